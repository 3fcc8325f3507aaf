"""Messages for the person at the keyboard, in Swedish or English (Qt-free).

Core code writes each message as a Swedish template and calls :func:`text`; in an English UI
(``gui/i18n.py`` calls :func:`set_language` at start) the English template of the same key is
used. String parameters that are themselves known texts (field labels such as "Alias") are
translated too. A template without an English entry falls back to Swedish, and
``tests/core/test_messages.py`` checks that every template core uses has one.
"""

from __future__ import annotations

from faltapp.core.messages_privacy import EN_PRIVACY
from faltapp.core.messages_sync import EN_SYNC

_language = "sv"

EN: dict[str, str] = {
    # field labels
    "Typ av pass": "Kind of shift", "Områden": "Areas", "Personal": "Staff",
    "Samverkanspartner": "Partners", "Sammanfattningen": "The summary", "Vädret": "The weather",
    "Kön": "Gender", "Ålder": "Age", "Antal": "Number", "Påverkade av alkohol":
    "Affected by alcohol", "Påverkade av droger": "Affected by drugs", "Alias": "Alias",
    "Typ av samtal": "Kind of conversation", "Åtgärder": "Actions",
    "Anteckningen": "The note", "Hänvisad till": "Referred to",
    "Allvarlighetsgrad": "Severity", "Antal personer": "Number of people",
    "Beskrivningen": "The description", "Vidarebefordrat till": "Forwarded to",
    "Uppföljningen": "The follow-up", "Status": "Status", "Problemet": "The problem",
    "Föreslagen åtgärd": "Proposed action", "Ansvarig": "Responsible", "Prioritet": "Priority",
    "Platsens namn": "The place's name", "Området": "The area", "Namnet": "The name",
    "Initialerna": "The initials", "Rollen": "The role", "Kategorins namn": "The category's name",
    "alkohol": "alcohol", "droger": "drugs",
    # rules
    "{label} måste vara text.": "{label} must be text.",
    "{label} måste fyllas i.": "{label} must be filled in.",
    "{label} får vara högst {limit} tecken (nu {count}).":
        "{label} may be at most {limit} characters (now {count}).",
    "{label} innehåller otillåtna styrtecken.": "{label} contains control characters that are "
                                                "not allowed.",
    "{label} måste vara ett heltal.": "{label} must be a whole number.",
    "{label} måste vara mellan {low} och {high} (nu {value}).":
        "{label} must be between {low} and {high} (now {value}).",
    "{label}: okänt värde {value!r}.": "{label}: unknown value {value!r}.",
    "{label}: högst {count} val.": "{label}: at most {count} choices.",
    "{label}: samma val förekommer flera gånger.": "{label}: the same choice appears twice.",
    "Datumet {date} är orimligt.": "The date {date} is not plausible.",
    "Passet måste sluta efter att det börjat.": "The shift must end after it starts.",
    "Ett pass får vara högst 16 timmar.": "A shift may last at most 16 hours.",
    "Slutet ligger före starten. Ett pass över midnatt får vara högst 16 timmar.":
        "The end is before the start. A shift past midnight may last at most 16 hours.",
    "Okänd status {value!r}.": "Unknown status {value!r}.",
    "Fler påverkade än antalet mötta.": "More affected than the number met.",
    "Födelseåret måste vara ett heltal.": "The birth year must be a whole number.",
    "Födelseåret {year} ger åldern {age} år. Kontakter är unga mellan {low} och {high} år.":
        "The birth year {year} gives the age {age}. Contacts are young people aged {low} to "
        "{high}.",
    "Okänd kategori {value!r}.": "Unknown category {value!r}.",
    "Välj en plats.": "Choose a place.", "Välj en kategori.": "Choose a category.",
    "Kategorikoden får bara innehålla a–z, 0–9 och _ (högst 40 tecken).":
        "The category code may only contain a–z, 0–9 and _ (at most 40 characters).",
    "{affected} påverkade av {label}, men bara {met} mötta.":
        "{affected} affected by {label}, but only {met} met.",
    "Klockslaget {time} ligger utanför passet ({start}–{end}).":
        "The time {time} is outside the shift ({start}–{end}).",
    # typed times and dates (core/time_text.py)
    "«{text}» är ingen tid. Skriv t.ex. 21:30, 2130 eller 21.":
        "«{text}» is not a time. Type e.g. 21:30, 2130 or 21.",
    "«{text}»: timmen måste vara 0–23.": "«{text}»: the hour must be 0–23.",
    "«{text}»: minuterna måste vara 00–59.": "«{text}»: the minutes must be 00–59.",
    "«{text}» är inget datum. Skriv t.ex. 2025-03-14, 14/3 eller idag.":
        "«{text}» is not a date. Type e.g. 2025-03-14, 14/3 or today.",
    "«{text}»: det datumet finns inte.": "«{text}»: that date does not exist.",
    # the database (store/errors.py, lock.py, database.py, versioning.py, merge.py, drafts.py)
    "Databasen {path} finns inte.": "The database {path} does not exist.",
    "Det finns redan en fil {path}. Välj ett annat namn.":
        "There is already a file {path}. Choose another name.",
    "Mappen {folder} finns inte.": "The folder {folder} does not exist.",
    "Mappen {folder} är skrivskyddad. faltapp måste kunna skriva där databasen ligger.":
        "The folder {folder} is read-only. faltapp must be able to write where the database "
        "is.",
    "Filen {path} är inte en faltapp-databas, är skadad eller hör inte ihop med nyckelfilen "
    "bredvid den.":
        "The file {path} is not a faltapp database, is damaged or does not belong with the key "
        "file beside it.",
    "Databasen {path} kommer från en nyare version av faltapp. Uppdatera faltapp för att "
    "öppna den; inget har ändrats.":
        "The database {path} comes from a newer version of faltapp. Update faltapp to open it; "
        "nothing has been changed.",
    "Databasen är stängd.": "The database is closed.",
    "Databasen används redan av ett annat faltapp-fönster eller -kommando ({path}). "
    "Stäng det först.":
        "The database is already in use by another faltapp window or command ({path}). "
        "Close that first.",
    "Databasen används redan av ett annat faltapp-fönster eller -kommando ({path}, "
    "processnummer {pid}). Stäng det först.":
        "The database is already in use by another faltapp window or command ({path}, "
        "process number {pid}). Close that first.",
    "Låsfilen {path} går inte att använda ({cause}); ta bort den om inget annat "
    "faltapp-fönster är öppet.":
        "The lock file {path} cannot be used ({cause}); remove it if no other faltapp window "
        "is open.",
    "Databasen är upptagen av en annan skrivning (till exempel en import). Inget av det du "
    "skrev har gått förlorat; försök spara igen om en stund.":
        "The database is busy with another write (an import, for example). Nothing you typed "
        "has been lost; try saving again in a moment.",
    "Databasfilen {path} är skrivskyddad, så inget kan sparas. Ge din användare skrivrätt "
    "till filen och mappen och starta faltapp igen.":
        "The database file {path} is read-only, so nothing can be saved. Give your user write "
        "permission on the file and its folder and start faltapp again.",
    "Disken där databasen ligger ({folder}) är full. Ingenting sparades; frigör utrymme och "
    "försök igen.":
        "The disk the database is on ({folder}) is full. Nothing was saved; free some space and "
        "try again.",
    "Posten {record_id} finns inte ({table}).": "The record {record_id} does not exist "
                                                "({table}).",
    "Posten har ändrats någon annanstans sedan du öppnade den. Din ändring sparades inte; "
    "öppna posten igen för att se den nya versionen.":
        "The record was changed elsewhere after you opened it. Your change was not saved; open "
        "the record again to see the new version.",
    "Posten {record_id} är gallrad och kan inte sparas igen.":
        "The record {record_id} has been purged and cannot be saved again.",
    "Versionen {version} av posten {record_id} finns redan med ett annat innehåll; den nya "
    "togs inte emot.":
        "Version {version} of the record {record_id} already exists with other content; the "
        "new one was not accepted.",
    "Fältet {field} hänvisar till {target} {target_id}, som inte finns.":
        "The field {field} refers to {target} {target_id}, which does not exist.",
    "Samma post förekommer två gånger.": "The same record appears twice.",
    "Innehållet i {table} {record_id} stämmer inte med sin hash.":
        "The content of {table} {record_id} does not match its hash.",
    "Utkastet är för stort ({count} tecken).": "The draft is too large ({count} characters).",
    # what the operating system refused (store/errors.py os_error_cause)
    "faltapp saknar behörighet": "faltapp lacks permission",
    "det är en mapp": "it is a folder",
    "disken är full": "the disk is full",
    "filsystemet är skrivskyddat": "the file system is read-only",
    "namnet är för långt": "the name is too long",
    "fel i filsystemet ({code})": "file system error ({code})",
    "okänt": "unknown",
    # the key file and the passphrase (store/key_errors.py, key_file.py, keys.py)
    "Nyckelfilen bredvid databasen saknas: {path}. Databasen kan inte öppnas utan den. "
    "Lägg tillbaka nyckelfilen från en säkerhetskopia.":
        "The key file beside the database is missing: {path}. The database cannot be opened "
        "without it. Put the key file back from a backup.",
    "Nyckelfilen {path} är skadad eller är inte en nyckelfil från faltapp.":
        "The key file {path} is damaged or is not a faltapp key file.",
    "Nyckelfilen {path} begär långt mer minne eller tid än faltapp någonsin använder och är "
    "troligen skadad.":
        "The key file {path} asks for far more memory or time than faltapp ever uses and is "
        "probably damaged.",
    "Nyckelfilen {path} är {kind} och inte en vanlig fil, så den kan inte läsas.":
        "The key file {path} is {kind}, not a regular file, so it cannot be read.",
    "en mapp": "a folder", "en namngiven pipe (FIFO)": "a named pipe (FIFO)",
    "en socket": "a socket", "en enhetsfil": "a device file",
    "en okänd sorts fil": "an unknown kind of file",
    "Nyckelfilen {path} går inte att läsa: {cause}.": "The key file {path} cannot be read: "
                                                     "{cause}.",
    "Nyckelfilen {path} går inte att skriva: {cause}.": "The key file {path} cannot be "
                                                       "written: {cause}.",
    "Det finns redan en nyckelfil {path}. Den skrivs inte över.":
        "There is already a key file {path}. It is not overwritten.",
    "Fel lösenfras.": "Wrong passphrase.",
    "Lösenfrasen måste vara minst {count} tecken.":
        "The passphrase must be at least {count} characters.",
    "Lösenfraserna är inte lika.": "The passphrases are not the same.",
    # the lists and drafts commands (cli_lists.py)
    "plats": "place", "person": "person",
    "Hittar ingen {what} med id {prefix!r}.": "No {what} has the id {prefix!r}.",
    "Id {prefix!r} passar flera: skriv fler tecken.":
        "The id {prefix!r} fits several: type more characters.",
    "Det finns redan en {what} som heter {name!r}.": "There is already a {what} called {name!r}.",
    "(inaktiv)": "(inactive)",
    "Inget entydigt utkast för {prefix!r}.": "No single draft fits {prefix!r}.",
    "Utkastet för {shift} är borttaget.": "The draft of {shift} has been removed.",
    "{shift}  sparat {saved_at}": "{shift}  saved {saved_at}",
    "Inga osparade utkast.": "No unsaved drafts.",
    # reports (reports/output.py, shift_report.py, walk_report.py, cli_reports.py)
    "{path} är en mapp: välj ett filnamn.": "{path} is a folder: choose a file name.",
    "Disken är full: {name} sparades inte. Frigör utrymme eller välj en annan plats.":
        "The disk is full: {name} was not saved. Free some space or choose another place.",
    "Mappen {folder} är skrivskyddad: {name} sparades inte. Välj en annan mapp.":
        "The folder {folder} is read-only: {name} was not saved. Choose another folder.",
    "Mappen {folder} finns inte: {name} sparades inte.":
        "The folder {folder} does not exist: {name} was not saved.",
    "{name} kunde inte sparas i {folder}: {reason}": "{name} could not be saved in {folder}: "
                                                     "{reason}",
    "Passet {shift_id} finns inte (det kan vara borttaget).":
        "The shift {shift_id} does not exist (it may have been deleted).",
    "Det finns inget pass med id {prefix!r}.": "There is no shift with the id {prefix!r}.",
    "Sparade {path}.": "Saved {path}.",
    "Filen med medborgarlöften {path} kan inte läsas: {cause}.":
        "The file of citizen promises {path} cannot be read: {cause}.",
    "Filen {path} är inte en fil med medborgarlöften.":
        "The file {path} is not a file of citizen promises.",
    "Filen med medborgarlöften {path} har version {version}; den här versionen av faltapp "
    "läser version 1.":
        "The file of citizen promises {path} has version {version}; this version of faltapp "
        "reads version 1.",
    "{path}, löfte nr {number}: id {value!r} finns redan.":
        "{path}, promise no. {number}: the id {value!r} is already used.",
    "{path}, löfte nr {number}: {field} saknas.": "{path}, promise no. {number}: {field} is "
                                                   "missing.",
    "{path}, löfte nr {number}: {field} kan inte vara {value!r}.":
        "{path}, promise no. {number}: {field} cannot be {value!r}.",
    "{path}, löfte nr {number}, regel nr {rule}: {field} saknas.":
        "{path}, promise no. {number}, rule no. {rule}: {field} is missing.",
    "{path}, löfte nr {number}, regel nr {rule}: {field} kan inte vara {value!r}.":
        "{path}, promise no. {number}, rule no. {rule}: {field} cannot be {value!r}.",
    "{path}, löfte nr {number}, regel nr {rule}: okänt fält {field!r}.":
        "{path}, promise no. {number}, rule no. {rule}: unknown field {field!r}.",
    # -- report CLI --
    "{value!r} är ingen period; skriv den som 2026-01-01..2026-12-31, 2026 eller 2026-03.":
        "{value!r} is not a period; write it as 2026-01-01..2026-12-31, 2026 or 2026-03.",
    "Perioden {value!r} slutar före den börjar.": "The period {value!r} ends before it starts.",
    # -- persons and the access log --
    "Skolan":
        "The school",
    "Riskbedömningen":
        "The risk note",
    "Känd hos":
        "Known to",
    "Inga personer.":
        "No persons.",
    "{n} kontakter":
        "{n} contacts",
    "Ingen person har id {value!r}.":
        "No person has the id {value!r}.",
    "Flera personer har id som börjar med {value!r}.":
        "Several persons have an id beginning with {value!r}.",
    "Födelseår":
        "Birth year",
    "Skola":
        "School",
    "Risk":
        "Risk",
    "Kontakter: {n}":
        "Contacts: {n}",
    "{value!r} är inget datum; skriv det som 2026-12-31.":
        "{value!r} is not a date; write it as 2026-12-31.",
    "Okänd händelse {value!r}; välj bland {known}.":
        "Unknown event {value!r}; choose from {known}.",
    "Inga rader i åtkomstloggen.":
        "The access log is empty.",
    "Åtkomstloggen kunde inte sparas i {path}: {reason}.":
        "The access log could not be saved in {path}: {reason}.",
    # -- sync: batched merge --
    "Versionerna av {table} {record_id} pekar på varandra i en ring.":
        "The versions of {table} {record_id} name each other as parents in a ring.",
}

EN.update(EN_SYNC)
EN.update(EN_PRIVACY)


def set_language(code: str) -> None:
    """Use ``code`` ("sv" or "en") for every message from now on (the UI's language)."""
    global _language
    _language = "en" if code == "en" else "sv"


def language() -> str:
    """The language messages are written in now."""
    return _language


def text(template: str, **params: object) -> str:
    """``template`` (Swedish) in the current language, formatted with ``params``."""
    if _language == "en":
        template = EN.get(template, template)
        params = {k: EN.get(v, v) if isinstance(v, str) else v for k, v in params.items()}
    return template.format(**params)
