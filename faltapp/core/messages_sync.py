"""English for the messages of sync, team enrolment and backups (merged into ``messages.EN``).

Kept apart from ``messages.py`` so each stays readable; the same rule holds: every Swedish
template passed to ``messages.text`` has its English here or there.
"""

from __future__ import annotations

EN_SYNC: dict[str, str] = {
    # -- sync: conflicts --
    "Konflikten för {table} {record_id} är redan löst; ingenting ändrades.":
        "The conflict for {table} {record_id} is already resolved; nothing was changed.",
    # -- sync: export format --
    "NaN och Infinity är inga tal i JSON": "NaN and Infinity are not numbers in JSON",
    "{where} går inte att läsa: {problem}.": "{where} cannot be read: {problem}.",
    "Post {number}: fältet {field!r} {problem}.":
        "Record {number}: the field {field!r} {problem}.",
    "Post {number} är {size} byte; en post får vara högst {limit} byte.":
        "Record {number} is {size} bytes; a record may be at most {limit} bytes.",
    "talet {value} är för stort": "the number {value} is too large",
    "texten är inte UTF-8": "the text is not UTF-8",
    "för djupt nästlad (över {limit} nivåer)": "nested too deeply (over {limit} levels)",
    "felaktig JSON vid tecken {position}": "invalid JSON at character {position}",
    "saknas eller är inte text": "is missing or not text",
    "har ett ogiltigt värde ({length} tecken)": "has an invalid value ({length} characters)",
    "Post {number} är inget JSON-objekt.": "Record {number} is not a JSON object.",
    "är inte true eller false": "is not true or false",
    "är inget JSON-objekt": "is not a JSON object",
    "pekar på versionen själv": "points to the version itself",
    "kräver en annan förälder i fältet 'parent'": "needs another parent in the field 'parent'",
    "måste vara tomt i en borttagen post": "must be empty in a deleted record",
    "Post {number} ({table} {record_id}): innehållet stämmer inte med dess hash.":
        "Record {number} ({table} {record_id}): the content does not match its hash.",
    "Post {number}": "Record {number}",
    "Den sista posten slutar inte med en radbrytning; filen är avkortad.":
        "The last record does not end with a line break; the file is cut short.",
    "saknas": "is missing",
    "Post {number} är en tom rad.": "Record {number} is an empty line.",
    "Post {number}: {table} {record_id} version {version} finns två gånger i filen.":
        "Record {number}: {table} {record_id} version {version} is in the file twice.",
    "samma nyckel {key!r} finns två gånger": "the key {key!r} appears twice",
    "texten innehåller ett ensamt surrogattecken": "the text contains a lone surrogate",
    "Manifestets fält {field!r} {problem}.": "The manifest's field {field!r} {problem}.",
    "Manifestet": "The manifest",
    "Filens formatversion {version!r} är ingen giltig version.":
        "The file's format version {version!r} is not a valid version.",
    "Filen har exportformat {version}, men den här versionen av faltapp läser bara format "
    "{ours}.x; den behöver en faltapp som läser format {major}.x.":
        "The file is in export format {version}, but this version of faltapp reads only "
        "format {ours}.x; it needs a faltapp that reads format {major}.x.",
    "är inget objekt med högst {limit} tabeller": "is not an object of at most {limit} tables",
    "Manifestet är inget JSON-objekt.": "The manifest is not a JSON object.",
    "Filen är ingen faltapp-export.": "The file is not a faltapp export.",
    "är inget heltal från 0 till {limit}": "is not a whole number from 0 to {limit}",
    "en rad i filens början är för lång": "a line at the start of the file is too long",
    "Filen är ingen giltig faltapp-export: {problem}.":
        "The file is not a valid faltapp export: {problem}.",
    "Filen är ofullständig; det saknas {missing} byte i slutet.":
        "The file is incomplete; {missing} bytes are missing at the end.",
    "Filen är för stor för en export ({size} MB; högst {limit} MB).":
        "The file is too large for an export ({size} MB; at most {limit} MB).",
    "Manifestet är skrivet för en annan enhet än nyckelns.":
        "The manifest is written for another device than the key's.",
    "Filen är tom.": "The file is empty.",
    "storleksraden är felaktig": "the line of sizes is wrong",
    "manifestet kan inte vara {size} byte": "the manifest cannot be {size} bytes",
    "manifestet har inte den längd storleksraden anger":
        "the manifest does not have the length the line of sizes gives",
    "manifestets formatversion är inte den på första raden":
        "the manifest's format version is not the one on the first line",
    "Posterna stämmer inte med manifestets kontrollsumma; filen har ändrats.":
        "The records do not match the manifest's checksum; the file has been changed.",
    "Filen saknar en giltig signatur.": "The file has no valid signature.",
    "Filen är ofullständig; slutet saknas.": "The file is incomplete; its end is missing.",
    "Filen är skadad eller ofullständig och gick inte att dekryptera.":
        "The file is damaged or incomplete and could not be decrypted.",
    "{name} är en mapp, inte en exportfil.": "{name} is a folder, not an export file.",
    "Filen {name} finns inte (längre).": "The file {name} does not exist (any more).",
    "Filen {name} gick inte att läsa till slut; sitter minnet kvar?":
        "The file {name} could not be read to the end; is the memory stick still in?",
    "det finns {extra} byte för mycket efter posterna":
        "there are {extra} bytes too many after the records",
    "Manifestet anger {expected} poster i {table}, men filen har {found}.":
        "The manifest gives {expected} records in {table}, but the file has {found}.",
    "Filens signatur stämmer inte: den har ändrats efter att den skrevs eller är inte "
    "skriven av den enhet den säger.":
        "The file's signature does not match: it was changed after it was written or was not "
        "written by the device it names.",
    "Mottagarnyckeln {value!r} är ingen giltig age-nyckel.":
        "The recipient key {value!r} is not a valid age key.",
    "Filen är inte krypterad till den här enheten (eller så är dess början skadad).":
        "The file is not encrypted to this device (or its beginning is damaged).",
    "{name} är ingen vanlig fil.": "{name} is not a regular file.",
    # -- backups and restore --
    "{shifts} pass, {contacts} kontakter, {follow_ups} uppföljningar":
        "{shifts} shifts, {contacts} contacts, {follow_ups} follow-ups",
    "manuell": "manual", "före import": "before import",
    "före återställning": "before restore", "antal okänt": "counts unknown",
    "Databasen är orörd.": "The database is untouched.",
    "Säkerhetskopian {name} finns inte längre.": "The backup {name} no longer exists.",
    "Säkerhetskopian kunde inte skrivas i {folder} ({cause}). Databasen är orörd.":
        "The backup could not be written in {folder} ({cause}). The database is untouched.",
    "Säkerhetskopian {name} går inte att öppna med databasens nyckel: den är skadad eller "
    "gjordes före ett nyckelbyte.":
        "The backup {name} does not open with the database's key: it is damaged or was made "
        "before a rekey.",
    "Säkerhetskopian {name} kommer från en nyare version av faltapp.":
        "The backup {name} comes from a newer version of faltapp.",
    "Säkerhetskopian {name} är skadad och kan inte återställas.":
        "The backup {name} is damaged and cannot be restored.",
    "Kontrollerar säkerhetskopian…": "Checking the backup…",
    "Sparar den nuvarande databasen…": "Saving the current database…",
    "Återställa databasen till säkerhetskopian från {when} ({reason})? Det som ändrats sedan "
    "dess sparas först som en egen säkerhetskopia.":
        "Restore the database to the backup from {when} ({reason})? What changed since then "
        "is first saved as a backup of its own.",
    "Säkerhetskopian är sparad: {path} ({counts}).": "The backup is saved: {path} ({counts}).",
    "Databasen är återställd till säkerhetskopian från {when}.":
        "The database is restored to the backup from {when}.",
    "Det finns inga säkerhetskopior ännu.": "There are no backups yet.",
    "Det finns ingen säkerhetskopia nummer {number}; 'faltapp restore' listar dem.":
        "There is no backup number {number}; 'faltapp restore' lists them.",
    "Databasen som den var före återställningen finns i {path}.":
        "The database as it was before the restore is in {path}.",
    "Lägg till --yes för att återställa utan att bli tillfrågad.":
        "Add --yes to restore without being asked.",
    "Skriv ja för att återställa: ": "Type yes to restore: ",
    "Inget återställdes.": "Nothing was restored.",
    # -- sync: team enrolment (identity, team files, db.team, faltapp team) --
    "Teamets namn": "The team's name", "Enhetens namn": "The device's name",
    "ett teamkort": "a team card", "en anslutningsförfrågan": "an enrolment request",
    "en enhetslista": "a roster",
    "Enheten {device} finns redan i teamet med andra nycklar; uppgiften är förfalskad eller "
    "kommer från ett annat team.":
        "The device {device} is already in the team with other keys; the entry is forged or "
        "comes from another team.",
    "Förfrågan gäller ett annat team.": "The request is for another team.",
    "En enhet kan inte godkänna sig själv.": "A device cannot approve itself.",
    "Enheten {device} är återkallad och kan inte godkännas igen; den får gå med på nytt från "
    "en ny databas.":
        "The device {device} is revoked and cannot be approved again; it may join anew from a "
        "new database.",
    "Enheten {device} finns inte i teamet.": "The device {device} is not in the team.",
    "{name} är teamets enda ledare och kan inte återkallas; godkänn en ledare till först.":
        "{name} is the team's only leader and cannot be revoked; approve another leader first.",
    "Listan över enheter kommer från ett annat team.": "The roster comes from another team.",
    "Listan över enheter är inte från en ledare i teamet.":
        "The roster is not from a leader of the team.",
    "Den här databasen hör inte till något team.": "This database does not belong to a team.",
    "Bara en teamledare kan göra det.": "Only a team leader can do that.",
    "Den här databasen hör redan till teamet {name}.":
        "This database already belongs to the team {name}.",
    "Enheten {device} hör inte till teamet.": "The device {device} does not belong to the team.",
    "Signeringsnyckeln är inte en giltig Ed25519-nyckel.":
        "The signing key is not a valid Ed25519 key.",
    "Krypteringsnyckeln är inte en giltig age-mottagare.":
        "The encryption key is not a valid age recipient.",
    "Filen har ett ogiltigt värde i fältet {field!r}.":
        "The file has an invalid value in the field {field!r}.",
    "Filen är för stor för att vara {kind}.": "The file is too large to be {kind}.",
    "Teamkortet är inte utfärdat av någon av teamets ledare.":
        "The team card was not issued by any of the team's leaders.",
    "Enhetslistan nämner samma enhet två gånger.": "The roster names the same device twice.",
    "Filen saknar en giltig formatversion.": "The file has no valid format version.",
    "Filen har formatversion {found} och kräver en nyare faltapp (den här läser format "
    "{ours}.x).":
        "The file has format version {found} and needs a newer faltapp (this one reads format "
        "{ours}.x).",
    "Filens signatur stämmer inte: den har ändrats efter att den skrevs eller är signerad av "
    "någon annan.":
        "The file's signature does not match: it was changed after it was written or signed "
        "by someone else.",
    "Filen är inte signerad.": "The file is not signed.",
    "Filen är {other}, inte {kind}.": "The file is {other}, not {kind}.",
    "Filen är inte {kind} från faltapp.": "The file is not {kind} from faltapp.",
    "Filen har ett okänt fält {field!r}.": "The file has an unknown field {field!r}.",
    "Filen är inte {kind}: den är inte läsbar JSON.":
        "The file is not {kind}: it is not readable JSON.",
    "Teamkortet kommer från den här enheten; ge det till den som ska gå med i teamet.":
        "The team card comes from this device; give it to the person who is to join the team.",
    "Förfrågan bygger på ett teamkort som ingen ledare i teamet har utfärdat.":
        "The request is based on a team card that no leader of the team issued.",
    "Nycklarna i förfrågan stämmer inte med teamets, så teamkortet eller förfrågan har "
    "ändrats på vägen; ge fältsekreteraren ett nytt teamkort.":
        "The keys in the request do not match the team's, so the team card or the request was "
        "changed on the way; give the field secretary a new team card.",
    "Enhetslistan gäller ett annat team.": "The roster is for another team.",
    "Enhetslistan är inte signerad av en ledare som den här enheten känner.":
        "The roster is not signed by a leader this device knows.",
    "{path} innehåller den här enhetens hemliga age-nyckel: med den kan vem som helst läsa "
    "varje exportfil som är krypterad till enheten. Bara du och teamets ledare får ha den; "
    "förvara den som en nyckel och radera den när den inte behövs.":
        "{path} holds this device's secret age key: with it anyone can read every export file "
        "encrypted to the device. Only you and the team's leaders may hold it; keep it like a "
        "key and delete it when it is not needed.",
    "Filen {path} gick inte att läsa eller skriva ({reason}).":
        "The file {path} could not be read or written ({reason}).",
    "Teamet {name} är skapat med den här enheten som ledare.":
        "The team {name} is created with this device as its leader.",
    "Spara teamkortet med 'faltapp team card -o FIL' och ge det till den som ska gå med.":
        "Save the team card with 'faltapp team card -o FILE' and give it to whoever is to join.",
    "Teamkortet är sparat i {path}.": "The team card is saved in {path}.",
    "Förfrågan att gå med i {team} är sparad i {path}.":
        "The request to join {team} is saved in {path}.",
    "Fingeravtryck: {fingerprint}": "Fingerprint: {fingerprint}",
    "Ledaren ser samma fingeravtryck när förfrågan godkänns; jämför dem tillsammans, siffra "
    "för siffra.":
        "The leader sees the same fingerprint when approving the request; compare them "
        "together, digit by digit.",
    "{name} ({device}) är godkänd som {role}.": "{name} ({device}) is approved as {role}.",
    "{name} ({device}) är återkallad {at}; dess exportfiler tas inte längre emot.":
        "{name} ({device}) was revoked {at}; its export files are no longer accepted.",
    "Team: {name} ({team})": "Team: {name} ({team})",
    "* = den här enheten": "* = this device",
    "enhet": "device", "namn": "name", "roll": "role", "godkänd (UTC)": "approved (UTC)",
    "återkallad": "revoked", "senaste export": "last export", "ledare": "leader",
    "medlem": "member", "Teamledare": "Team leader",
    "Varning: {warning}": "Warning: {warning}",
    "Age-identiteten är sparad i {path} (bara läsbar för dig).":
        "The age identity is saved in {path} (readable only by you).",
    "Filen {path} finns inte.": "The file {path} does not exist.",
    "{path} är en mapp, inte en fil.": "{path} is a folder, not a file.",
    "Jämför fingeravtrycket med det på skärmen hos {name}; är de lika, kör kommandot igen med "
    "--yes.":
        "Compare the fingerprint with the one on {name}'s screen; if they are the same, run the "
        "command again with --yes.",
    "Enhetslistan är sparad i {path}; {name} läser in den med 'faltapp team roster --take "
    "{path}'.":
        "The roster is saved in {path}; {name} reads it with 'faltapp team roster --take "
        "{path}'.",
    "Ge {name} enhetslistan: 'faltapp team roster -o FIL'.":
        "Give {name} the roster: 'faltapp team roster -o FILE'.",
    "Enhetslistan är inläst: {count} ändringar.": "The roster is read: {count} changes.",
    "Enhetslistan är sparad i {path}.": "The roster is saved in {path}.",
    "Den här enheten väntar på att en ledare godkänner den.":
        "This device is waiting for a leader to approve it.",
    "Hittar ingen enhet i teamet med id {prefix!r}.":
        "No device in the team has the id {prefix!r}.",
    "Filen {path} finns redan; välj ett annat namn.":
        "The file {path} already exists; choose another name.",
    # -- sync: export and import jobs, quarantine, cli_sync --
    'Den här databasen hör inte till något team; gå med i ett team innan du exporterar.':
        'This database belongs to no team; join a team before you export.',
    'Den här enheten är inte godkänd i teamet ännu; en ledare måste godkänna den innan den kan '
    'exportera.':
        'This device is not approved in the team yet; a leader must approve it before it can '
        'export.',
    'Den här enheten är återkallad ur teamet och kan inte exportera.':
        'This device is revoked from the team and cannot export.',
    'Exporten kunde inte sparas i {folder}: {problem}.':
        'The export could not be saved in {folder}: {problem}.',
    '{new} nya, {updated} uppdaterade, {unchanged} oförändrade, {conflicts} konflikter':
        '{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts',
    'redan importerad':
        'already imported',
    'Läser in {name}':
        'Importing {name}',
    'Kontrollerar {name}':
        'Checking {name}',
    '{table} {record_id} version {version} finns redan här med annat innehåll; filen är '
    'förfalskad eller skadad.':
        '{table} {record_id} version {version} is already here with other content; the file is '
        'forged or damaged.',
    'Enhetslistan i filen är inget JSON-objekt.':
        'The roster in the file is not a JSON object.',
    'Enhetslistan i filen är inte signerad av en ledare i teamet.':
        'The roster in the file is not signed by a leader of the team.',
    'är inget giltigt datum eller klockslag':
        'is not a valid date or time',
    'Post {number} ({table} {record_id}): fältet {field!r} {problem}.':
        'Record {number} ({table} {record_id}): the field {field!r} {problem}.',
    'Filen är en äldre export från {name} (nummer {counter}); export nummer {last} är redan '
    'inläst.':
        'The file is an older export from {name} (number {counter}); export number {last} is '
        'already imported.',
    'stämmer inte med postens id':
        "does not match the record's id",
    'är inte text':
        'is not text',
    'är inget heltal':
        'is not a whole number',
    'är ingen lista med text':
        'is not a list of texts',
    'Den här databasen hör inte till något team; gå med i ett team innan du läser in exporter.':
        'This database belongs to no team; join a team before you import exports.',
    'Filen kommer från ett annat team.':
        'The file comes from another team.',
    'Filen är en export från den här enheten; ge den till teamledaren.':
        'The file is an export from this device; give it to the team leader.',
    'Filen är skriven av en enhet ({device}) som inte är godkänd i teamet.':
        'The file was written by a device ({device}) that is not approved in the team.',
    'Filen är skriven av {name}, som är återkallad ur teamet.':
        'The file was written by {name}, who is revoked from the team.',
    'Filen är skriven av {name}, som inte är ledare; en fältsekreterares enhet läser bara in '
    'exporter från teamledaren.':
        "The file was written by {name}, who is not a leader; a field secretary's device imports"
        " only the team leader's exports.",
    'En export med samma id lästes in {when} med annat innehåll; den här filen har ändrats och '
    'läses inte in.':
        'An export with the same id was imported {when} with other content; this file has been '
        'changed and is not imported.',
    'Post {number}: tabellen {table!r} finns inte i den här versionen av faltapp.':
        'Record {number}: the table {table!r} does not exist in this version of faltapp.',
    'Post {number} ({table} {record_id}) är ogiltig: {problem}':
        'Record {number} ({table} {record_id}) is not valid: {problem}',
    'Post {number} ({table} {record_id}): fältet {field!r} pekar på {ref} i {target}, som varken'
    ' finns här eller i filen; läs in teamets tidigare exporter först.':
        'Record {number} ({table} {record_id}): the field {field!r} points to {ref} in {target},'
        " which is neither here nor in the file; import the team's earlier exports first.",
    'Filen är för stor för att kopieras hit; den ligger kvar i {path}.':
        'The file is too large to be copied here; it is still in {path}.',
    'Originalet kunde inte flyttas och ligger kvar i {path}.':
        'The original could not be moved and is still in {path}.',
    '{what} av {who} {when}':
        '{what} by {who} {when}',
    'Exporten är sparad i {path}: {records} poster, export nummer {counter}.':
        'The export is saved in {path}: {records} records, export number {counter}.',
    'borttagen':
        'deleted',
    'ändrad':
        'changed',
    'Inga olösta konflikter.':
        'No unresolved conflicts.',
    '{table} {record_id}: gäller nu {winner}; den andra versionen {loser}':
        '{table} {record_id}: now in force {winner}; the other version {loser}',
    '{name}: inte inläst: {reason}':
        '{name}: not imported: {reason}',
    '(provkörning: inget sparades)':
        '(dry run: nothing was saved)',
    '(flyttad till {path})':
        '(moved to {path})',
    # -- sync: the inbox folder --
    "{n} filer inlästa ({new} nya, {updated} uppdaterade)":
        "{n} files read in ({new} new, {updated} updated)",
    "{n} med konflikter väntar på granskning": "{n} with conflicts wait for review",
    "{n} vägrade (se karantänmappen)": "{n} refused (see the quarantine folder)",
    "Inkorgen: {what}.": "Inbox: {what}.",
    "Mappen {folder} finns inte.": "The folder {folder} does not exist.",
    "Ingen inkorg är vald.": "No inbox is chosen.",
    "Inkorg: {folder}": "Inbox: {folder}",
    "{name}: {n} konflikter; läs in den med 'faltapp import' efter granskning":
        "{name}: {n} conflicts; read it in with 'faltapp import' after a review",
    "Inget nytt i inkorgen.": "Nothing new in the inbox.",
    "daglig": "daily",
}
