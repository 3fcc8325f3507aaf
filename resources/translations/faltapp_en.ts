<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AccessLogView</name>
    <message>
        <source>Åtkomstlogg — faltapp</source>
        <translation>Access log — faltapp</translation>
    </message>
    <message>
        <source>&amp;Från och med:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Åtkomstlogg</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Inga rader i loggen från den dagen.</source>
        <translation>No entries in the log from that day on.</translation>
    </message>
    <message>
        <source>&amp;Exportera CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Rader: {n}</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <source>{n} rader</source>
        <translation type="vanished">{n} entries</translation>
    </message>
    <message>
        <source>öppnade person</source>
        <translation>opened person</translation>
    </message>
    <message>
        <source>öppnade kontakt</source>
        <translation>opened contact</translation>
    </message>
    <message>
        <source>registerutdrag</source>
        <translation>subject access report</translation>
    </message>
    <message>
        <source>raderade person</source>
        <translation>erased person</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>utskrift</source>
        <translation>printout</translation>
    </message>
    <message>
        <source>sparade PDF</source>
        <translation>saved PDF</translation>
    </message>
    <message>
        <source>ändrade inställningar</source>
        <translation>changed settings</translation>
    </message>
    <message>
        <source>Spara åtkomstloggen som CSV</source>
        <translation>Save the access log as CSV</translation>
    </message>
    <message>
        <source>Exportera åtkomstloggen</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>Sparade {n} rader i {path}</source>
        <translation>Saved {n} entries in {path}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Godkänn enhet</source>
        <translation>Approve a device</translation>
    </message>
    <message>
        <source>&amp;Välj förfrågan…</source>
        <translation>&amp;Choose the request…</translation>
    </message>
    <message>
        <source>Ingen förfrågan vald.</source>
        <translation>No request chosen.</translation>
    </message>
    <message>
        <source>&amp;Ja, samma siffror</source>
        <translation>&amp;Yes, the same digits</translation>
    </message>
    <message>
        <source>&amp;Fältsekreterare</source>
        <translation>Field &amp;secretary</translation>
    </message>
    <message>
        <source>Team&amp;ledare</source>
        <translation>Team &amp;leader</translation>
    </message>
    <message>
        <source>Roll i teamet</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>&amp;Godkänn</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>{name} vill gå med i teamet (enhet {device}).</source>
        <translation>{name} wants to join the team (device {device}).</translation>
    </message>
    <message>
        <source>Visar den andra skärmen samma siffror? Läs dem högt för varandra, grupp för grupp. Skiljer sig någon siffra: godkänn inte, utan be om ett nytt teamkort och en ny förfrågan.</source>
        <translation>Does the other screen show the same digits? Read them aloud to each other, group by group. If any digit differs, do not approve: ask for a new team card and a new request.</translation>
    </message>
    <message>
        <source>Förfrågan kommer från den här datorn; en enhet kan inte godkänna sig själv.</source>
        <translation>The request comes from this computer; a device cannot approve itself.</translation>
    </message>
    <message>
        <source>{name} ({device}) är återkallad och kan inte godkännas igen; den får gå med på nytt från en ny databas.</source>
        <translation>{name} ({device}) is revoked and cannot be approved again; it may join anew from a new database.</translation>
    </message>
    <message>
        <source>teamledare</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>fältsekreterare</source>
        <translation>field secretary</translation>
    </message>
    <message>
        <source>{name} är godkänd som {role}. Enheten får teamets lista med din nästa export (Team → Exportera…); sedan kan den exportera och importera själv.</source>
        <translation>{name} is approved as {role}. The device gets the team&apos;s list with your next export (Team → Export…); after that it can export and import by itself.</translation>
    </message>
    <message>
        <source>Också som &amp;teamledare</source>
        <translation type="vanished">Also as team &amp;leader</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Ja, samma siffror: godkänn</source>
        <translation type="vanished">&amp;Yes, the same digits: approve</translation>
    </message>
    <message>
        <source>Välj förfrågan</source>
        <translation>Choose the request</translation>
    </message>
    <message>
        <source>{name} vill gå med (enhet {device}).</source>
        <translation type="vanished">{name} wants to join (device {device}).</translation>
    </message>
    <message>
        <source>Visar den andra skärmen samma siffror? Läs dem tillsammans, grupp för grupp.</source>
        <translation type="vanished">Does the other screen show the same digits? Read them together, group by group.</translation>
    </message>
    <message>
        <source>{name} är godkänd. Exportera nu (Team → Exportera…): med exporten får {name} teamets lista och kan sedan exportera själv.</source>
        <translation type="vanished">{name} is approved. Export now (Team → Export…): with the export {name} gets the team&apos;s list and can then export too.</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>&amp;Lås nu</source>
        <translation type="vanished">&amp;Lock now</translation>
    </message>
    <message>
        <source>Lå&amp;s nu</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lås faltapp nu; lösenfrasen öppnar igen (Ctrl+L)</source>
        <translation>Lock faltapp now; the passphrase opens it again (Ctrl+L)</translation>
    </message>
    <message>
        <source>faltapp är låst</source>
        <translation>faltapp is locked</translation>
    </message>
</context>
<context>
    <name>BasicsSection</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Typ av pass</source>
        <translation>Kind of shift</translation>
    </message>
    <message>
        <source>Områden: filter</source>
        <translation>Areas: filter</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Personal: filter</source>
        <translation>Staff: filter</translation>
    </message>
    <message>
        <source>Personal på passet</source>
        <translation>Staff on the shift</translation>
    </message>
    <message>
        <source>Väder</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Valfritt, t.ex. regn, kallt</source>
        <translation>Optional, e.g. rain, cold</translation>
    </message>
    <message>
        <source>Uppehåll</source>
        <translation>Dry</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Mulet</source>
        <translation>Overcast</translation>
    </message>
    <message>
        <source>Regn</source>
        <translation>Rain</translation>
    </message>
    <message>
        <source>Snö</source>
        <translation>Snow</translation>
    </message>
    <message>
        <source>Blåsigt</source>
        <translation>Windy</translation>
    </message>
    <message>
        <source>Kallt</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Varmt</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Dimma</source>
        <translation>Fog</translation>
    </message>
    <message>
        <source>Halt</source>
        <translation>Icy</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <source>S&amp;lut</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>T&amp;yp</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <source>&amp;Områden (skriv för att filtrera, Enter kryssar)</source>
        <translation>&amp;Areas (type to filter, Enter ticks)</translation>
    </message>
    <message>
        <source>Perso&amp;nal på passet</source>
        <translation>Staff o&amp;n the shift</translation>
    </message>
    <message>
        <source>&amp;Väder</source>
        <translation>&amp;Weather</translation>
    </message>
    <message>
        <source>Samverkanspartner på plats</source>
        <translation>Partners present</translation>
    </message>
    <message>
        <source>Grunduppgifter</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>okänd typ ({code})</source>
        <translation>unknown kind ({code})</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Olösta konflikter</source>
        <translation>Unresolved conflicts</translation>
    </message>
    <message>
        <source>Fälten i de två versionerna</source>
        <translation>The fields of the two versions</translation>
    </message>
    <message>
        <source>Välj värdet att behålla med mellanslag eller dubbelklick; Spara valen tar resten från vinnaren.</source>
        <translation>Choose the value to keep with Space or a double-click; Save the choices takes the rest from the winner.</translation>
    </message>
    <message>
        <source>Visa &amp;alla fält</source>
        <translation>Show &amp;all fields</translation>
    </message>
    <message>
        <source>Ta &amp;vinnaren</source>
        <translation>Take the &amp;winner</translation>
    </message>
    <message>
        <source>Behåll vinnaren som den är (Ctrl+1)</source>
        <translation>Keep the winner as it is (Ctrl+1)</translation>
    </message>
    <message>
        <source>Ta &amp;den andra</source>
        <translation>Take the &amp;other</translation>
    </message>
    <message>
        <source>Ta den andra versionen i stället (Ctrl+2)</source>
        <translation>Take the other version instead (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Spara valen</source>
        <translation>&amp;Save the choices</translation>
    </message>
    <message>
        <source>Spara de värden du valt med mellanslag, övriga från vinnaren (Ctrl+S)</source>
        <translation>Save the values you chose with Space, the rest from the winner (Ctrl+S)</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stäng fönstret (Esc)</source>
        <translation>Close the window (Esc)</translation>
    </message>
    <message>
        <source>Inga olösta konflikter.</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <source>{table}: {title}</source>
        <translation>{table}: {title}</translation>
    </message>
    <message>
        <source>Vinnaren ändrades {winner_at} av enhet {winner_by}; den andra {loser_at} av enhet {loser_by}. Vinnaren visas nu överallt; den andra finns kvar i historiken.</source>
        <translation>The winner was changed {winner_at} by device {winner_by}; the other {loser_at} by device {loser_by}. The winner is shown everywhere now; the other stays in the history.</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Vinnaren</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Den andra</source>
        <translation>The other</translation>
    </message>
    <message>
        <source>Fältpass</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Räkning</source>
        <translation>Tally</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Iakttagelse</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Vandringspunkt</source>
        <translation>Walk item</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Samverkan</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Väder</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Allvar</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vidarebefordrat</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Ny kontakt (ett samtal med en ung person)</source>
        <translation>&amp;New contact (a conversation with a young person)</translation>
    </message>
    <message>
        <source>Inga kontakter på det här passet. En kontakt är ett samtal med en enskild ung person (alias och födelseår, inga namn). Alt+N lägger till en.</source>
        <translation>No contacts on this shift. A contact is a conversation with one young person (alias and birth year, no names). Alt+N adds one.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Född</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Ta bort kontakten «{alias}»?</source>
        <translation>Delete the contact “{alias}”?</translation>
    </message>
    <message>
        <source>t.ex. 2010</source>
        <translation>e.g. 2010</translation>
    </message>
    <message>
        <source>(inget valt)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <source>Skapa &amp;uppföljning</source>
        <translation>Create follow-&amp;up</translation>
    </message>
    <message>
        <source>En uppföljning av samtalet (Alt+U)</source>
        <translation>A follow-up of the conversation (Alt+U)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Typ av samtal</source>
        <translation>Kind of conversation</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Hänvisad till</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Skriv födelseåret med fyra siffror, t.ex. 2010.</source>
        <translation>Type the birth year with four digits, e.g. 2010.</translation>
    </message>
    <message>
        <source>kontakten</source>
        <translation>the contact</translation>
    </message>
    <message>
        <source>Följ upp samtalet med {alias}</source>
        <translation>Follow up the conversation with {alias}</translation>
    </message>
</context>
<context>
    <name>CountSpin</name>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Skriv antalet eller stega med + och −</source>
        <translation>Type the number or step with + and −</translation>
    </message>
    <message>
        <source>{count} är för många: högst {most}. Skriv ett mindre tal.</source>
        <translation>{count} is too many: at most {most}. Type a smaller number.</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <source>Skapa team</source>
        <translation>Create a team</translation>
    </message>
    <message>
        <source>Teamets namn</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation type="vanished">Your name</translation>
    </message>
    <message>
        <source>&amp;Teamets namn:</source>
        <translation>Team &amp;name:</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation type="vanished">Your na&amp;me:</translation>
    </message>
    <message>
        <source>Spara team&amp;kort…</source>
        <translation>Save the team &amp;card…</translation>
    </message>
    <message>
        <source>&amp;Skapa</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Den här datorn blir teamledare. Ge sedan teamkortet till den som ska gå med.</source>
        <translation>This computer becomes the team leader. Then give the team card to whoever is to join.</translation>
    </message>
    <message>
        <source>Teamet {name} är skapat. Spara teamkortet och ge det till den som ska gå med. Deras skärm visar då ditt fingeravtryck som ledare:</source>
        <translation>The team {name} is created. Save the team card and give it to whoever is to join. Their screen then shows your fingerprint as leader:</translation>
    </message>
    <message>
        <source>Teamkortet är sparat i {path}. Ge det till den som ska gå med; deras skärm visar då ditt fingeravtryck som ledare:</source>
        <translation>The team card is saved in {path}. Give it to whoever is to join; their screen then shows your fingerprint as leader:</translation>
    </message>
    <message>
        <source>Teamet {name} är skapat. Spara teamkortet och ge det till den som ska gå med.</source>
        <translation type="vanished">The team {name} is created. Save the team card and give it to whoever is to join.</translation>
    </message>
    <message>
        <source>Spara teamkortet</source>
        <translation>Save the team card</translation>
    </message>
    <message>
        <source>Teamkortet är sparat i {path}.</source>
        <translation type="vanished">The team card is saved in {path}.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Dagens säkerhetskopia är gjord.</source>
        <translation>Today&apos;s backup is made.</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia kunde inte göras: {reason}</source>
        <translation>Today&apos;s backup could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>åååå-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Ctrl+Upp/Ned: en dag, Page Up/Down: en vecka</source>
        <translation>Ctrl+Up/Down: one day, Page Up/Down: one week</translation>
    </message>
    <message>
        <source>Veckodag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Datumet ({date}) ligger nästa år. Stämmer det?</source>
        <translation>The date ({date}) is next year. Is that right?</translation>
    </message>
    <message>
        <source>Datumet ({date}) ligger {days} dagar fram i tiden. Stämmer det?</source>
        <translation>The date ({date}) is {days} days ahead. Is that right?</translation>
    </message>
    <message>
        <source>Datumet ({date}) ligger {days} dagar bakåt i tiden. Stämmer det?</source>
        <translation>The date ({date}) is {days} days ago. Is that right?</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Pass bakom talet</source>
        <translation>Shifts behind the number</translation>
    </message>
    <message>
        <source>Inga pass räknas här längre.</source>
        <translation>No shifts are counted here any more.</translation>
    </message>
    <message>
        <source>&amp;Öppna passet</source>
        <translation>&amp;Open shift</translation>
    </message>
    <message>
        <source>Öppna det valda passet (Enter)</source>
        <translation>Open the selected shift (Enter)</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pass bakom talet — {week}</source>
        <translation>Shifts behind the number — {week}</translation>
    </message>
    <message numerus="yes">
        <source>{what} ({week}): %n pass</source>
        <translation>
            <numerusform>{what} ({week}): %n shift</numerusform>
            <numerusform>{what} ({week}): %n shifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorFlow</name>
    <message>
        <source>Passet är tomt: skriv in något (möten, kontakter, iakttagelser eller en sammanfattning) innan det sparas. Ett tomt pass sparas inte.</source>
        <translation>The shift is empty: enter something (encounters, contacts, observations or a summary) before saving. An empty shift is not saved.</translation>
    </message>
    <message>
        <source>Passet kan inte avslutas än. Rätta det som listan ovan visar ({count} st.).</source>
        <translation>The shift cannot be finalised yet. Correct what the list above shows ({count}).</translation>
    </message>
    <message>
        <source>Passet är avslutat och sparat {time}.</source>
        <translation>The shift was finalised and saved at {time}.</translation>
    </message>
    <message>
        <source>Passet är sparat {time}.</source>
        <translation>The shift was saved at {time}.</translation>
    </message>
    <message>
        <source>Passet har ändrats någon annanstans (i ett annat fönster eller av en import) sedan du öppnade det. Det du skrivit är kvar här och i utkastet. Stäng och öppna passet igen för att se den andra ändringen.</source>
        <translation>The shift was changed elsewhere (in another window or by an import) since you opened it. What you typed is still here and in the draft. Close and reopen the shift to see the other change.</translation>
    </message>
    <message>
        <source>Rättelse pågår. Skäl: {reason}</source>
        <translation>Correction in progress. Reason: {reason}</translation>
    </message>
    <message>
        <source>Ta bort passet</source>
        <translation>Delete the shift</translation>
    </message>
    <message>
        <source>Ta bort passet {date} och allt som registrerats på det?</source>
        <translation>Delete the shift of {date} and everything recorded on it?</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Passet {date} har ändringar som inte är sparade.</source>
        <translation>The shift of {date} has changes that are not saved.</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Släng ändringar</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Försök {n}: {message}</source>
        <translation>Attempt {n}: {message}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportera till teamet</source>
        <translation>Export to the team</translation>
    </message>
    <message>
        <source>&amp;Allt, inte bara det som ändrats sedan förra exporten</source>
        <translation>A&amp;ll, not only what changed since the last export</translation>
    </message>
    <message>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Välj mapp…</source>
        <translation>C&amp;hoose folder…</translation>
    </message>
    <message>
        <source>Filnamn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>&amp;Filnamn:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Den här datorn är inte godkänd i något team ännu, så det finns ingen att exportera till. Gå med via Team → Gå med i team… och låt teamledaren godkänna datorn, eller skapa ett team om du är teamledare.</source>
        <translation>This computer is not approved in a team yet, so there is nobody to export to. Join through Team → Join a team… and let the team leader approve the computer, or create a team if you are the team leader.</translation>
    </message>
    <message>
        <source>Exporten tar med det som ändrats sedan förra exporten (nr {n}, {at}).</source>
        <translation>The export holds what changed since the last export (no. {n}, {at}).</translation>
    </message>
    <message>
        <source>Det här blir datorns första export: den tar med allt.</source>
        <translation>This is the computer&apos;s first export: it holds everything.</translation>
    </message>
    <message>
        <source>Krypteras till alla i teamet ({names}) och den här datorn: teamledarens export delar det gemensamma med alla.</source>
        <translation>Encrypted to everyone in the team ({names}) and this computer: the team leader&apos;s export shares what is common with all.</translation>
    </message>
    <message>
        <source>Krypteras så att bara den här datorn kan läsa den: teamet har inga andra enheter ännu.</source>
        <translation>Encrypted so that only this computer can read it: the team has no other devices yet.</translation>
    </message>
    <message>
        <source>Krypteras så att bara teamledarna ({names}) och den här datorn kan läsa den.</source>
        <translation>Encrypted so that only the team leaders ({names}) and this computer can read it.</translation>
    </message>
    <message>
        <source>Krypteras så att bara teamets ledare kan läsa den.</source>
        <translation>Encrypted so that only the team&apos;s leaders can read it.</translation>
    </message>
    <message>
        <source>Välj mapp för exporten</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <source>Skriv ett filnamn.</source>
        <translation>Type a file name.</translation>
    </message>
    <message>
        <source>Exporterar</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Sparade {n} poster i {path}.</source>
        <translation>Saved {n} records in {path}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Kom igång med faltapp</source>
        <translation>Get started with faltapp</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Skapa databasen</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skapar den krypterade databasen…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Visa bara en persons uppföljningar (Alt+N)</source>
        <translation>Show one person&apos;s follow-ups only (Alt+N)</translation>
    </message>
    <message>
        <source>A&amp;nsvarig:</source>
        <translation>Ow&amp;ner:</translation>
    </message>
    <message>
        <source>&amp;Gruppera efter ansvarig</source>
        <translation>&amp;Group by owner</translation>
    </message>
    <message>
        <source>Gruppera efter ansvarig</source>
        <translation>Group by owner</translation>
    </message>
    <message>
        <source>Öppna uppföljningar</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Inga öppna uppföljningar.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <source>Inga öppna uppföljningar för den här personen.</source>
        <translation>No open follow-ups for this person.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Från pass</source>
        <translation>From shift</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Snart</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>{text} ({alias})</source>
        <translation>{text} ({alias})</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>okänd person</source>
        <translation>unknown person</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Ny uppföljning</source>
        <translation>&amp;New follow-up</translation>
    </message>
    <message>
        <source>Inga uppföljningar på det här passet. Alt+N lägger till en; på en kontakt skapar Alt+U en uppföljning av samtalet.</source>
        <translation>No follow-ups on this shift. Alt+N adds one; on a contact, Alt+U creates a follow-up of the conversation.</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta bort uppföljningen «{text}»?</source>
        <translation>Delete the follow-up “{text}”?</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>Gallring</name>
    <message>
        <source>Gallring</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Gallrar uppgifter som passerat sin gallringstid…</source>
        <translation>Culling data past its retention period…</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>faltapp avslutades oväntat förra gången; databasen är kontrollerad och hel.</source>
        <translation>faltapp ended unexpectedly last time; the database is checked and whole.</translation>
    </message>
    <message>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>faltapp avslutades oväntat förra gången, och databasen är skadad:
{problems}

Vill du återställa en säkerhetskopia?</source>
        <translation>faltapp ended unexpectedly last time, and the database is damaged:
{problems}

Do you want to restore a backup?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importera från teamet</source>
        <translation>Import from the team</translation>
    </message>
    <message>
        <source>Välj exportfiler från teamet (.faltapp). Först visas vad varje fil skulle ändra; inget läses in förrän du väljer Importera.</source>
        <translation>Choose export files from the team (.faltapp). First you see what each file would change; nothing is read in until you choose Import.</translation>
    </message>
    <message>
        <source>Valda filer</source>
        <translation>Chosen files</translation>
    </message>
    <message>
        <source>&amp;Välj filer…</source>
        <translation>C&amp;hoose files…</translation>
    </message>
    <message>
        <source>Visa &amp;konflikter</source>
        <translation>Show &amp;conflicts</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Välj exportfiler</source>
        <translation>Choose export files</translation>
    </message>
    <message>
        <source>faltapp-exporter (*.faltapp);;Alla filer (*)</source>
        <translation>faltapp exports (*.faltapp);;All files (*)</translation>
    </message>
    <message>
        <source>Kontrollerar filerna…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <source>Kontrollerar</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Kontrollen avbröts.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>{n} av {total} filer kan läsas in.</source>
        <translation>{n} of {total} files can be read in.</translation>
    </message>
    <message>
        <source>Importerar</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{n} filer lästes in; {c} poster är i konflikt och väntar på granskning.</source>
        <translation>{n} files were read in; {c} records are in conflict and wait for review.</translation>
    </message>
    <message>
        <source>{n} filer lästes in.</source>
        <translation>{n} files were read in.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Uppdaterade</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Oförändrade</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>redan importerad</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>Kan läsas in</source>
        <translation>Can be read in</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Inkorg</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>En inkorg är en mapp där teamets exportfiler hamnar, till exempel en delad mapp eller teamets USB-minne. Nya filer läses in av sig själva; en fil som ger en konflikt visas först. Inget i mappen flyttas eller tas bort.</source>
        <translation>An inbox is a folder where the team&apos;s export files land, for example a shared folder or the team&apos;s USB stick. New files are read in by themselves; a file that makes a conflict is shown first. Nothing in the folder is moved or deleted.</translation>
    </message>
    <message>
        <source>&amp;Välj mapp…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Ingen inkorg</source>
        <translation>&amp;No inbox</translation>
    </message>
    <message>
        <source>Läs &amp;nu</source>
        <translation>&amp;Read now</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Inkorg: {folder}</source>
        <translation>Inbox: {folder}</translation>
    </message>
    <message>
        <source>Ingen inkorg är vald.</source>
        <translation>No inbox is chosen.</translation>
    </message>
    <message>
        <source>Välj inkorg</source>
        <translation>Choose the inbox</translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message>
        <source>Inkorgen {folder} går inte att nå (är USB-minnet utdraget?).</source>
        <translation>The inbox {folder} cannot be reached (is the USB stick out?).</translation>
    </message>
    <message>
        <source>Inkorgen kunde inte läsas: {reason}</source>
        <translation>The inbox could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>okänt värde: {code}</source>
        <translation>unknown value: {code}</translation>
    </message>
</context>
<context>
    <name>ItemListSection</name>
    <message>
        <source>Ta bort… (Ctrl+Delete)</source>
        <translation>Delete… (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Gå med i team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>Inget teamkort valt.</source>
        <translation>No team card chosen.</translation>
    </message>
    <message>
        <source>&amp;Välj teamkort…</source>
        <translation>&amp;Choose the team card…</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation type="vanished">Your name</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation type="vanished">Your na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Gå med och spara förfrågan…</source>
        <translation>&amp;Join and save the request…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Välj teamkortet du fått av teamledaren. Sedan sparar du en förfrågan som ledaren godkänner medan ni jämför fingeravtrycket på era skärmar.</source>
        <translation>Choose the team card you got from the team leader. Then you save a request, which the leader approves while you compare the fingerprint on your screens.</translation>
    </message>
    <message>
        <source>Välj teamkort</source>
        <translation>Choose the team card</translation>
    </message>
    <message>
        <source>Teamkortet kommer från den här datorn; ge det till den som ska gå med.</source>
        <translation>The team card comes from this computer; give it to whoever is to join.</translation>
    </message>
    <message>
        <source>Den här datorn hör redan till teamet {name}; den kan inte gå med i ett annat.</source>
        <translation>This computer already belongs to the team {name}; it cannot join another.</translation>
    </message>
    <message>
        <source>Teamkort för {team}, utfärdat av {leader}. Ledarens skärm visar samma fingeravtryck som ledare:</source>
        <translation>Team card for {team}, issued by {leader}. The leader&apos;s screen shows the same fingerprint as leader:</translation>
    </message>
    <message>
        <source>Förfrågan är sparad i {path}. Ge den till ledaren och läs upp siffrorna nedan för varandra; ledarens skärm ska visa exakt samma. Du får teamets lista med ledarens nästa export.</source>
        <translation>The request is saved in {path}. Give it to the leader and read the digits below aloud to each other; the leader&apos;s screen must show exactly the same. You get the team&apos;s list with the leader&apos;s next export.</translation>
    </message>
    <message>
        <source>Teamkort för {team} (ledare: {leaders}).</source>
        <translation type="vanished">Team card for {team} (leaders: {leaders}).</translation>
    </message>
    <message>
        <source>Spara förfrågan</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <source>Förfrågan är sparad i {path}. Ge den till ledaren och läs upp siffrorna nedan; ledarens skärm ska visa exakt samma. Du får teamets lista med ledarens nästa export.</source>
        <translation type="vanished">The request is saved in {path}. Give it to the leader and read out the digits below; the leader&apos;s screen must show exactly the same. You get the team&apos;s list with the leader&apos;s next export.</translation>
    </message>
</context>
<context>
    <name>KeyChecks</name>
    <message>
        <source>Tangent {key}</source>
        <translation>Key {key}</translation>
    </message>
    <message>
        <source>Tryck bokstaven för att kryssa i eller ur; piltangenterna flyttar, Tab går vidare</source>
        <translation>Press a box&apos;s letter to tick or untick it; arrow keys move, Tab moves on</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket för menyer, knappar och datum. Utan val följer faltapp datorns språk (svenska om det varken är svenska eller engelska).</source>
        <translation>The language of menus, buttons and dates. Without a choice faltapp follows the computer&apos;s language (Swedish when that is neither Swedish nor English).</translation>
    </message>
    <message>
        <source>Språket byts när du startar om faltapp.</source>
        <translation>The language changes when you restart faltapp.</translation>
    </message>
    <message>
        <source>Språk &amp;för faltapp:</source>
        <translation>Lan&amp;guage of faltapp:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visa bara en vecka (Ctrl+F)</source>
        <translation>Show one week only (Ctrl+F)</translation>
    </message>
    <message>
        <source>Databas: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>&amp;Nytt fältpass…</source>
        <translation>&amp;New shift…</translation>
    </message>
    <message>
        <source>Fältpass</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>&amp;Kopiera föregående pass…</source>
        <translation>&amp;Copy previous shift…</translation>
    </message>
    <message>
        <source>&amp;Öppna fältpass…</source>
        <translation>&amp;Open shift…</translation>
    </message>
    <message>
        <source>Öppna det valda passet (Enter eller F2)</source>
        <translation>Open the selected shift (Enter or F2)</translation>
    </message>
    <message>
        <source>Filtrera &amp;vecka</source>
        <translation>&amp;Filter by week</translation>
    </message>
    <message>
        <source>&amp;Fältpass</source>
        <translation>&amp;Shifts</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar</source>
        <translation>F&amp;ollow-ups</translation>
    </message>
    <message>
        <source>Ve&amp;cka</source>
        <translation>Wee&amp;k</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Skriv ut det valda passet, eller veckan på fliken Vecka (Ctrl+P)</source>
        <translation>Print the selected shift, or the week on the Week tab (Ctrl+P)</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Spara det valda passet, eller veckan på fliken Vecka, som PDF (Ctrl+Shift+S)</source>
        <translation>Save the selected shift, or the week on the Week tab, as PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Byt &amp;lösenfras…</source>
        <translation>Chan&amp;ge passphrase…</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Skriv ut &amp;veckosammanställning…</source>
        <translation>&amp;Print week summary…</translation>
    </message>
    <message>
        <source>Spara veckosammanställning som &amp;PDF…</source>
        <translation>&amp;Save week summary as PDF…</translation>
    </message>
    <message>
        <source>&amp;Lägesbild som PDF…</source>
        <translation>Situation report as P&amp;DF…</translation>
    </message>
    <message>
        <source>Lägesbild som &amp;CSV…</source>
        <translation>Situation report as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Medborgarlöften…</source>
        <translation>C&amp;itizen promises…</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>V&amp;ecka:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>Inga fältpass än. Tryck Ctrl+N för att registrera ett.</source>
        <translation>No shifts yet. Press Ctrl+N to record one.</translation>
    </message>
    <message>
        <source>Inga fältpass den här veckan.</source>
        <translation>No shifts this week.</translation>
    </message>
    <message numerus="yes">
        <source>Uppföljningar (försenade: %n)</source>
        <translation>
            <numerusform>Follow-ups (overdue: %n)</numerusform>
            <numerusform>Follow-ups (overdue: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uppföljningar (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fältpass</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message>
        <source>Välj ett fältpass i listan, eller fliken Vecka, först.</source>
        <translation>Select a shift in the list, or the Week tab, first.</translation>
    </message>
    <message>
        <source>Rapporten blev inte klar</source>
        <translation>The report was not made</translation>
    </message>
    <message>
        <source>Lösenfrasen är bytt. Använd den nya nästa gång du öppnar faltapp.</source>
        <translation>The passphrase has been changed. Use the new one the next time you open faltapp.</translation>
    </message>
    <message>
        <source>Avslutar när arbetet i bakgrunden har stannat…</source>
        <translation>Quitting once the background work has stopped…</translation>
    </message>
    <message>
        <source>&amp;Personer…</source>
        <translation>&amp;Persons…</translation>
    </message>
    <message>
        <source>Åtkomst&amp;logg…</source>
        <translation>Access &amp;log…</translation>
    </message>
    <message>
        <source>Bara teamledaren ser åtkomstloggen.</source>
        <translation>Only the team leader sees the access log.</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>Skriv för att filtrera, Enter kryssar i</source>
        <translation>Type to filter, Enter ticks</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>(okänd: {key})</source>
        <translation>(unknown: {key})</translation>
    </message>
    <message>
        <source>Enter lägger till «{text}» som ny</source>
        <translation>Enter adds “{text}” as new</translation>
    </message>
    <message>
        <source>Inget matchar «{text}»</source>
        <translation>Nothing matches “{text}”</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Du och datorn</source>
        <translation>You and this computer</translation>
    </message>
    <message>
        <source>Namnen syns för teamet när ni synkar, och du finns med bland personalen från första passet.</source>
        <translation>The team sees these names when you sync, and you are on the staff list from your first shift.</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Datorns namn</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>Ditt n&amp;amn:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Datorns namn:</source>
        <translation>Com&amp;puter name:</translation>
    </message>
</context>
<context>
    <name>ObservationsSection</name>
    <message>
        <source>Iakttagelser</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Ny iakttagelse</source>
        <translation>&amp;New observation</translation>
    </message>
    <message>
        <source>Inga iakttagelser på det här passet. Alt+N lägger till en.</source>
        <translation>No observations on this shift. Alt+N adds one.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ta bort iakttagelsen klockan {time} ({category})?</source>
        <translation>Delete the observation at {time} ({category})?</translation>
    </message>
    <message>
        <source>Tryck siffran för kategorin</source>
        <translation>Press the category&apos;s number</translation>
    </message>
    <message>
        <source>Börja skriva ett vanligt fall för kategorin: Enter tar förslaget</source>
        <translation>Start typing a common case for the category; Enter accepts the suggestion</translation>
    </message>
    <message>
        <source>Klockan</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Allvarlighet</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Antal personer</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Vidarebefordrat till</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Skriv klockslaget.</source>
        <translation>Type the time.</translation>
    </message>
    <message>
        <source>Välj en plats.</source>
        <translation>Choose a place.</translation>
    </message>
    <message>
        <source>Välj en kategori (tryck siffran).</source>
        <translation>Choose a category (press its number).</translation>
    </message>
    <message>
        <source>Till exempel: {cases}</source>
        <translation>For example: {cases}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Den nya lösenfrasen gäller från nästa gång databasen öppnas. Den måste ha minst {n} tecken.</source>
        <translation>The new passphrase applies from the next time the database is opened. It must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Nuvarande lösenfras</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Upprepa den nya lösenfrasen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>&amp;Nuvarande lösenfras</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <source>N&amp;y lösenfras</source>
        <translation>Ne&amp;w passphrase</translation>
    </message>
    <message>
        <source>&amp;Upprepa den nya</source>
        <translation>&amp;Repeat the new one</translation>
    </message>
    <message>
        <source>Byt</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
    <message>
        <source>Byter lösenfras…</source>
        <translation>Changing the passphrase…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Lösenfrasen krypterar allt som sparas. Välj fyra eller fem vanliga ord som inte hör ihop; den går inte att återställa.</source>
        <translation>The passphrase encrypts everything that is saved. Choose four or five common words that do not belong together; it cannot be recovered.</translation>
    </message>
    <message>
        <source>Upprepa lösenfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Lösenfrasens styrka</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Nyckelfilen sparas här: {path}
Utan den och lösenfrasen går uppgifterna inte att läsa, inte ens för IT-avdelningen. Spara en kopia av nyckelfilen på ett säkert ställe, inte på den här datorn.</source>
        <translation>The key file is saved here: {path}
Without it and the passphrase nobody can read the data, not even the IT department. Keep a copy of the key file somewhere safe, not on this computer.</translation>
    </message>
    <message>
        <source>Jag &amp;förstår att lösenfrasen och nyckelfilen inte går att återskapa</source>
        <translation>I &amp;understand that the passphrase and the key file cannot be recreated</translation>
    </message>
    <message>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Styrka:</source>
        <translation>Strength:</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>t.ex. 2010</source>
        <translation>e.g. 2010</translation>
    </message>
    <message>
        <source>t.ex. Socialtjänsten, barn och unga</source>
        <translation>e.g. Social services, children and youth</translation>
    </message>
    <message>
        <source>Kort: högst {n} tecken. Detaljer hör hemma i socialtjänstens journal.</source>
        <translation>Short: at most {n} characters. Details belong in the social services&apos; records.</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Födelseår:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>&amp;Kön:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Sk&amp;ola:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>S&amp;kola:</source>
        <translation type="vanished">Sc&amp;hool:</translation>
    </message>
    <message>
        <source>Känd &amp;hos:</source>
        <translation>&amp;Known to:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>Kontakter över tid</source>
        <translation>Contacts over time</translation>
    </message>
    <message>
        <source>Inga kontakter är kopplade till personen. Koppla en kontakt i passets kontaktformulär (fältet Person).</source>
        <translation>No contacts are linked to this person. Link a contact in the shift&apos;s contact form (the Person field).</translation>
    </message>
    <message>
        <source>Ko&amp;ntakter över tid:</source>
        <translation>Co&amp;ntacts over time:</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Registerutdra&amp;g…</source>
        <translation>Register e&amp;xtract…</translation>
    </message>
    <message>
        <source>Ra&amp;dera person…</source>
        <translation>&amp;Delete person…</translation>
    </message>
    <message>
        <source>Skriv födelseåret med fyra siffror, t.ex. 2010.</source>
        <translation>Write the birth year with four digits, e.g. 2010.</translation>
    </message>
</context>
<context>
    <name>PersonModel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Född</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Senaste kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>okänt pass</source>
        <translation>unknown shift</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>skriv en del av ett alias</source>
        <translation>type part of an alias</translation>
    </message>
    <message>
        <source>Ny person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Lägg till en person med kontaktens alias</source>
        <translation>Add a person with the contact&apos;s alias</translation>
    </message>
    <message>
        <source>(ingen person)</source>
        <translation>(no person)</translation>
    </message>
    <message>
        <source>okänd person</source>
        <translation>unknown person</translation>
    </message>
</context>
<context>
    <name>PersonRegister</name>
    <message>
        <source>Personer — faltapp</source>
        <translation>Persons — faltapp</translation>
    </message>
    <message>
        <source>en del av ett alias</source>
        <translation>part of an alias</translation>
    </message>
    <message>
        <source>&amp;Sök alias:</source>
        <translation>&amp;Search alias:</translation>
    </message>
    <message>
        <source>Sök alias</source>
        <translation>Search alias</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>&amp;Ny person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>Ö&amp;ppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ingen person har ett alias som innehåller det du skrev.</source>
        <translation>No person has an alias containing what you typed.</translation>
    </message>
    <message>
        <source>Inga personer ännu. En person samlar kontakterna med samma unga människa över tid; Alt+N lägger till en.</source>
        <translation>No persons yet. A person gathers the contacts with the same young person over time; Alt+N adds one.</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <source>Spara registerutdrag</source>
        <translation>Save the register extract</translation>
    </message>
    <message>
        <source>Registerutdrag</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <source>Registerutdraget är sparat i {path}.</source>
        <translation>The register extract is saved in {path}.</translation>
    </message>
    <message>
        <source>Radera person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Radera {alias} för gott, med alla kontakter och uppföljningar som hör till personen? Det går inte att ångra; raderingen skrivs i loggen.</source>
        <translation>Delete {alias} for good, with every contact and follow-up that belongs to the person? This cannot be undone; the deletion is written to the log.</translation>
    </message>
    <message>
        <source>Raderar</source>
        <translation>Deleting</translation>
    </message>
</context>
<context>
    <name>PlaceKind</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Används</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Platsens namn</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Område (valfritt)</source>
        <translation>Area (optional)</translation>
    </message>
    <message>
        <source>Skriv för att filtrera platserna</source>
        <translation>Type to filter the places</translation>
    </message>
    <message>
        <source>Filtrera platser</source>
        <translation>Filter places</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Lägg till plats</source>
        <translation>Add place</translation>
    </message>
    <message>
        <source>Byt namn på plats</source>
        <translation>Rename place</translation>
    </message>
    <message>
        <source>Lägg till en plats (Insert)</source>
        <translation>Add a place (Insert)</translation>
    </message>
    <message>
        <source>Byt namn på den markerade platsen (F2)</source>
        <translation>Rename the selected place (F2)</translation>
    </message>
    <message>
        <source>Inaktivera platsen (Ctrl+D): den syns kvar i gamla pass men erbjuds inte i nya.</source>
        <translation>Deactivate the place (Ctrl+D): it stays visible on old shifts but is not offered on new ones.</translation>
    </message>
    <message>
        <source>Aktivera platsen igen (Ctrl+D).</source>
        <translation>Activate the place again (Ctrl+D).</translation>
    </message>
    <message>
        <source>Ta bort platsen (Delete); går bara när inget använder den.</source>
        <translation>Delete the place (Delete); only possible when nothing uses it.</translation>
    </message>
    <message>
        <source>”{name}” används redan en gång och kan inte tas bort. Inaktivera platsen i stället (Ctrl+D): den syns kvar i gamla pass men erbjuds inte i nya.</source>
        <translation>“{name}” is already used once and cannot be deleted. Deactivate the place instead (Ctrl+D): it stays visible on old shifts but is not offered on new ones.</translation>
    </message>
    <message>
        <source>”{name}” används redan {n} gånger (i pass, kontakter eller iakttagelser) och kan inte tas bort. Inaktivera platsen i stället (Ctrl+D): den syns kvar i gamla pass men erbjuds inte i nya.</source>
        <translation>“{name}” is already used {n} times (on shifts, contacts or observations) and cannot be deleted. Deactivate the place instead (Ctrl+D): it stays visible on old shifts but is not offered on new ones.</translation>
    </message>
    <message>
        <source>Det finns redan en plats som heter ”{name}”.</source>
        <translation>There is already a place called “{name}”.</translation>
    </message>
    <message>
        <source>Det finns redan en inaktiv plats som heter ”{name}”. Aktivera den i stället.</source>
        <translation>There is already an inactive place called “{name}”. Activate it instead.</translation>
    </message>
    <message>
        <source>Ta bort platsen ”{name}”? Den används inte någonstans.</source>
        <translation>Delete the place “{name}”? It is not used anywhere.</translation>
    </message>
    <message>
        <source>Platsen finns inte längre; listan är uppdaterad.</source>
        <translation>The place no longer exists; the list has been updated.</translation>
    </message>
    <message>
        <source>Platsen ändrades på annat håll medan du skrev. Stäng och försök igen.</source>
        <translation>The place was changed elsewhere while you were typing. Close and try again.</translation>
    </message>
    <message>
        <source>Inga platser matchar filtret.</source>
        <translation>No places match the filter.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Ny plats</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Skriv en del av namnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>«{name}» är bara en del av ett namn. Välj platsen bland förslagen med pilarna och Enter.</source>
        <translation>“{name}” is only part of a name. Choose the place among the suggestions with the arrow keys and Enter.</translation>
    </message>
    <message>
        <source>«{name}» finns inte bland platserna. Tryck Enter för att lägga till den.</source>
        <translation>“{name}” is not among the places. Press Enter to add it.</translation>
    </message>
    <message>
        <source>«{name}» finns inte bland platserna.</source>
        <translation>“{name}” is not among the places.</translation>
    </message>
    <message>
        <source>Lägg till «{name}» som ny plats?</source>
        <translation>Add “{name}” as a new place?</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problem i passet</source>
        <translation>Problems in the shift</translation>
    </message>
    <message>
        <source>{section}: {message}</source>
        <translation>{section}: {message}</translation>
    </message>
    <message>
        <source>Rätta detta innan passet avslutas ({count}). Enter visar fältet:</source>
        <translation>Correct these before the shift is finalised ({count}). Enter shows the field:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inaktiv</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;Filtrera:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Byt namn…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Inaktivera</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <source>&amp;Aktivera</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>&amp;Behåll</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Den här rapporten finns inte i den här versionen av faltapp än.</source>
        <translation>This report is not in this version of faltapp yet.</translation>
    </message>
    <message>
        <source>Skriv ut passrapport</source>
        <translation>Print shift report</translation>
    </message>
    <message>
        <source>Spara passrapport som PDF</source>
        <translation>Save shift report as PDF</translation>
    </message>
    <message>
        <source>Skriv ut veckosammanställning</source>
        <translation>Print week summary</translation>
    </message>
    <message>
        <source>Spara veckosammanställning som PDF</source>
        <translation>Save week summary as PDF</translation>
    </message>
    <message>
        <source>Spara lägesbild som PDF</source>
        <translation>Save situation report as PDF</translation>
    </message>
    <message>
        <source>Spara lägesbild som CSV</source>
        <translation>Save situation report as CSV</translation>
    </message>
    <message>
        <source>Spara medborgarlöften som PDF</source>
        <translation>Save citizen promises as PDF</translation>
    </message>
    <message>
        <source>Rapporten görs…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Skriver ut…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Skickat till {printer}: {pages} sid.</source>
        <translation>Sent to {printer}: {pages} p.</translation>
    </message>
    <message>
        <source>Sparade {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Välj den säkerhetskopia du vill gå tillbaka till. Databasen som den är nu sparas först som en egen säkerhetskopia, så du kan ångra återställningen.</source>
        <translation>Choose the backup you want to go back to. The database as it is now is first saved as a backup of its own, so you can undo the restore.</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior ännu. faltapp gör en före varje import.</source>
        <translation>There are no backups yet. faltapp makes one before every import.</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior (nyaste först):</source>
        <translation>&amp;Backups (newest first):</translation>
    </message>
    <message>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Å&amp;terställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Välj en säkerhetskopia i listan först.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen; säkerhetskopian öppnas med den.</source>
        <translation>Type the passphrase; the backup is opened with it.</translation>
    </message>
    <message>
        <source>Stäng öppna fältpass och vänta tills arbetet i bakgrunden är klart, och försök sedan igen.</source>
        <translation>Close open shifts and wait until the work in the background is done, then try again.</translation>
    </message>
    <message>
        <source>Kontrollerar lösenfrasen…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Återställa databasen till säkerhetskopian från {when} ({reason})?

Det som ändrats sedan dess sparas först som en egen säkerhetskopia. Huvudfönstret stängs och öppnas igen.</source>
        <translation>Restore the database to the backup from {when} ({reason})?

What changed since then is first saved as a backup of its own. The main window closes and opens again.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Huvudfönstret kunde inte stängas; inget återställdes.</source>
        <translation>The main window could not be closed; nothing was restored.</translation>
    </message>
    <message>
        <source>Återställer…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Återställer databasen…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <source>Återställningen avbröts; databasen är som den var.</source>
        <translation>The restore was cancelled; the database is as it was.</translation>
    </message>
    <message>
        <source>Öppnar databasen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Databasen är återställd. Det som fanns före återställningen finns som en egen säkerhetskopia.</source>
        <translation>The database is restored. What was there before the restore is kept as a backup of its own.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Uppgifter om enskilda tas bort för gott när gallringstiden har gått, räknat från den sista anteckningen. faltapp gallrar en gång om dagen när programmet startar. Socialnämndens dokumenthanteringsplan avgör vilka tider som gäller.</source>
        <translation>Data about individuals is removed for good when its retention period has passed, counted from the last entry. faltapp culls once a day when it starts. The social welfare board&apos;s records management plan decides which periods apply.</translation>
    </message>
    <message>
        <source>&amp;Förhandsvisa</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Gallra &amp;nu…</source>
        <translation>Cull &amp;now…</translation>
    </message>
    <message>
        <source>Bevaras</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Gallringstid i dagar: {kind}</source>
        <translation>Retention period in days: {kind}</translation>
    </message>
    <message>
        <source>Standard: {days} dagar</source>
        <translation>Default: {days} days</translation>
    </message>
    <message>
        <source>Gallringstiden är sparad.</source>
        <translation>The retention period is saved.</translation>
    </message>
    <message>
        <source>Senast gallrat: {day}</source>
        <translation>Last culled: {day}</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{kind}: {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>Nästa gallring tar bort: {counts}</source>
        <translation>The next run removes: {counts}</translation>
    </message>
    <message>
        <source>Inget att gallra just nu.</source>
        <translation>Nothing to cull right now.</translation>
    </message>
    <message>
        <source>Gallra nu</source>
        <translation>Cull now</translation>
    </message>
    <message>
        <source>Ta bort innehållet i alla uppgifter som passerat sin gallringstid? Det går inte att ångra.</source>
        <translation>Remove the content of all data past its retention period? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Välkommen till faltapp</source>
        <translation>Welcome to faltapp</translation>
    </message>
    <message>
        <source>faltapp sparar kvällspassen, kontakterna och iakttagelserna krypterat på den här datorn. Först några frågor.</source>
        <translation>faltapp keeps evening shifts, contacts and observations encrypted on this computer. First a few questions.</translation>
    </message>
    <message>
        <source>&amp;Fältsekreterare: jag skriver in mina pass</source>
        <translation>&amp;Field secretary: I enter my shifts</translation>
    </message>
    <message>
        <source>Team&amp;ledare: jag samlar teamets pass och skriver veckosammanställningar</source>
        <translation>Team &amp;leader: I collect the team&apos;s shifts and write weekly summaries</translation>
    </message>
    <message>
        <source>Vilken är din roll?</source>
        <translation>What is your role?</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Enheter i teamet</source>
        <translation>Devices in the team</translation>
    </message>
    <message>
        <source>Teamets enheter</source>
        <translation>The team&apos;s devices</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Ansluten</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Återkallad</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Senaste export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>Senast inläst härifrån</source>
        <translation>Last read in from it</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Återkalla…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Ta bort den valda enheten ur teamet (Delete)</source>
        <translation>Remove the chosen device from the team (Delete)</translation>
    </message>
    <message>
        <source>Den här datorn hör inte till något team. En teamledare skapar teamet (Team → Skapa team…); fältsekreterare går med med teamkortet (Team → Gå med i team…).</source>
        <translation>This computer belongs to no team. A team leader creates the team (Team → Create a team…); field secretaries join with the team card (Team → Join a team…).</translation>
    </message>
    <message>
        <source>Återkalla {name}, enhet {device}?

Exportfiler som enheten skriver efter detta tas inte emot av teamet, och den får inga nya filer krypterade till sig. Det som redan lästs in finns kvar. Det går inte att ångra: enheten får gå med på nytt från en ny databas.</source>
        <translation>Revoke {name}, device {device}?

Export files the device writes after this are not accepted by the team, and no new files are encrypted to it. What has already been read in stays. This cannot be undone: the device must join anew from a new database.</translation>
    </message>
    <message>
        <source>Den här datorn hör inte till något team. En teamledare skapar teamet; fältsekreterare går med med teamkortet (faltapp team).</source>
        <translation type="vanished">This computer belongs to no team. A team leader creates the team; field secretaries join with the team card (faltapp team).</translation>
    </message>
    <message>
        <source>Team {name}: 1 enhet</source>
        <translation>Team {name}: 1 device</translation>
    </message>
    <message>
        <source>Team {name}: {n} enheter</source>
        <translation>Team {name}: {n} devices</translation>
    </message>
    <message>
        <source>Den här datorn väntar på att en ledare godkänner den; teamets lista kommer med ledarens nästa export.</source>
        <translation>This computer is waiting for a leader to approve it; the team&apos;s list comes with the leader&apos;s next export.</translation>
    </message>
    <message>
        <source>Återkalla enhet</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <source>Återkalla {name}s enhet {device}? Filer som den skriver efter detta tas inte emot av teamet. Det som redan lästs in finns kvar.</source>
        <translation type="vanished">Revoke {name}&apos;s device {device}? Files it writes after this are not accepted by the team. What was already read in stays.</translation>
    </message>
    <message>
        <source> (den här datorn)</source>
        <translation> (this computer)</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Fältsekreterare</source>
        <translation>Field secretary</translation>
    </message>
    <message>
        <source>nr {counter}, {at}</source>
        <translation>no. {counter}, {at}</translation>
    </message>
    <message>
        <source>{at}: {new} nya, {updated} uppdaterade</source>
        <translation>{at}: {new} new, {updated} updated</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Minuter innan faltapp låses</source>
        <translation>Minutes before faltapp locks</translation>
    </message>
    <message>
        <source>faltapp låses när ingen har använt tangentbord eller mus på så många minuter, och när datorn går i vila. Ctrl+L låser direkt. Lösenfrasen öppnar igen, med fönstren som de var.</source>
        <translation>faltapp locks when no one has used the keyboard or mouse for this many minutes, and when the computer goes to sleep. Ctrl+L locks at once. The passphrase opens it again, with the windows as they were.</translation>
    </message>
    <message>
        <source>Lås efter &amp;minuter utan aktivitet:</source>
        <translation>Lock after &amp;minutes without activity:</translation>
    </message>
    <message>
        <source>Skriv ett helt antal minuter, minst 1 (&quot;{typed}&quot; går inte).</source>
        <translation>Type a whole number of minutes, at least 1 (&quot;{typed}&quot; will not do).</translation>
    </message>
    <message>
        <source>Sparat: låses efter {n} minuter.</source>
        <translation>Saved: locks after {n} minutes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Platser</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>P&amp;ersonal</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Gallring</source>
        <translation>&amp;Retention</translation>
    </message>
    <message>
        <source>Säker&amp;het</source>
        <translation>Sec&amp;urity</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stäng inställningarna (Esc)</source>
        <translation>Close the settings (Esc)</translation>
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <source>«{text}» går inte att tolka: rätta det eller töm fältet.</source>
        <translation>“{text}” cannot be read: correct it or clear the field.</translation>
    </message>
    <message>
        <source>Varför rättas passet? Skälet sparas i historiken.</source>
        <translation>Why is the shift being corrected? The reason is kept in the history.</translation>
    </message>
    <message>
        <source>Korrigera passet</source>
        <translation>Correct the shift</translation>
    </message>
    <message>
        <source>Skriv ett skäl (det krävs). Varför rättas passet?</source>
        <translation>Type a reason (required). Why is the shift being corrected?</translation>
    </message>
    <message>
        <source>Osparat utkast återställt. Spara när du är klar.</source>
        <translation>Unsaved draft restored. Save when you are done.</translation>
    </message>
    <message>
        <source>Ett sparat utkast av passet går inte att läsa ({why}). Det ligger kvar orört tills du ändrar något här.</source>
        <translation>A saved draft of this shift cannot be read ({why}). It is left untouched until you change something here.</translation>
    </message>
    <message>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>{number}  {title}</source>
        <translation>{number}  {title}</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Spara passet som utkast (Ctrl+S)</source>
        <translation>Save the shift as a draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avsluta &amp;passet</source>
        <translation>&amp;Finalise shift</translation>
    </message>
    <message>
        <source>Kontrollera allt, spara och lås passet (Ctrl+Enter)</source>
        <translation>Check everything, save and lock the shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Korrigera…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Rätta ett avslutat pass, med skäl (Ctrl+E)</source>
        <translation>Correct a finalised shift, giving a reason (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ta &amp;bort passet…</source>
        <translation>Dele&amp;te shift…</translation>
    </message>
    <message>
        <source>Ta bort passet (Alt+B)</source>
        <translation>Delete the shift (Alt+T)</translation>
    </message>
    <message>
        <source>Skr&amp;iv ut…</source>
        <translation>Print rep&amp;ort…</translation>
    </message>
    <message>
        <source>Skriv ut passet som det är sparat (Ctrl+P)</source>
        <translation>Print the shift as it is saved (Ctrl+P)</translation>
    </message>
    <message>
        <source>Spara som PD&amp;F…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Spara passrapporten som PDF (Ctrl+Shift+S)</source>
        <translation>Save the shift report as PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stäng fönstret (Esc)</source>
        <translation>Close the window (Esc)</translation>
    </message>
    <message>
        <source>Utkast sparat {time}</source>
        <translation>Draft saved at {time}</translation>
    </message>
    <message>
        <source>Utkastet kunde inte sparas: {why}</source>
        <translation>The draft could not be saved: {why}</translation>
    </message>
    <message>
        <source>Passet är inte sparat än: det finns inget att skriva ut.</source>
        <translation>The shift is not saved yet: there is nothing to print.</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Rapporten visar passet som det är sparat. Spara ändringarna först?</source>
        <translation>The report shows the shift as it is saved. Save the changes first?</translation>
    </message>
    <message>
        <source>Spara och fortsätt</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>nytt</source>
        <translation>new</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>avslutat</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>avslutat, rättas</source>
        <translation>finalised, being corrected</translation>
    </message>
    <message>
        <source>Fältpass {date} — {status}</source>
        <translation>Shift {date} — {status}</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Mötta</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Iakttagelser</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>{start}–{end} +1</source>
        <translation>{start}–{end} +1</translation>
    </message>
    <message>
        <source>okänd typ ({code})</source>
        <translation>unknown kind ({code})</translation>
    </message>
    <message>
        <source>okänd plats</source>
        <translation>unknown place</translation>
    </message>
    <message>
        <source>okänd person</source>
        <translation>unknown person</translation>
    </message>
</context>
<context>
    <name>StaffKind</name>
    <message>
        <source>Fältsekreterare</source>
        <translation>Outreach worker</translation>
    </message>
    <message>
        <source>Samordnare</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Används</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Initialer</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Skriv för att filtrera personalen</source>
        <translation>Type to filter the staff</translation>
    </message>
    <message>
        <source>Filtrera personal</source>
        <translation>Filter staff</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Lägg till person i personalen</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Byt namn eller initialer</source>
        <translation>Change name or initials</translation>
    </message>
    <message>
        <source>Lägg till en person (Insert)</source>
        <translation>Add a person (Insert)</translation>
    </message>
    <message>
        <source>Byt namn eller initialer på den markerade personen (F2)</source>
        <translation>Change the name or initials of the selected person (F2)</translation>
    </message>
    <message>
        <source>Inaktivera personen (Ctrl+D): namnet syns kvar i gamla pass men erbjuds inte i nya.</source>
        <translation>Deactivate the person (Ctrl+D): the name stays visible on old shifts but is not offered on new ones.</translation>
    </message>
    <message>
        <source>Aktivera personen igen (Ctrl+D).</source>
        <translation>Activate the person again (Ctrl+D).</translation>
    </message>
    <message>
        <source>Ta bort personen (Delete); går bara när hen inte finns i något pass eller någon uppföljning.</source>
        <translation>Delete the person (Delete); only possible when they are on no shift and no follow-up.</translation>
    </message>
    <message>
        <source>”{name}” finns i ett pass eller en uppföljning och kan inte tas bort. Inaktivera personen i stället (Ctrl+D): namnet syns kvar i gamla pass men erbjuds inte i nya.</source>
        <translation>“{name}” is on a shift or a follow-up and cannot be deleted. Deactivate the person instead (Ctrl+D): the name stays visible on old shifts but is not offered on new ones.</translation>
    </message>
    <message>
        <source>”{name}” finns i {n} pass eller uppföljningar och kan inte tas bort. Inaktivera personen i stället (Ctrl+D): namnet syns kvar i gamla pass men erbjuds inte i nya.</source>
        <translation>“{name}” is on {n} shifts or follow-ups and cannot be deleted. Deactivate the person instead (Ctrl+D): the name stays visible on old shifts but is not offered on new ones.</translation>
    </message>
    <message>
        <source>Det finns redan en person som heter ”{name}”.</source>
        <translation>There is already a person called “{name}”.</translation>
    </message>
    <message>
        <source>Det finns redan en inaktiv person som heter ”{name}”. Aktivera hen i stället.</source>
        <translation>There is already an inactive person called “{name}”. Activate them instead.</translation>
    </message>
    <message>
        <source>Ta bort ”{name}” ur personallistan? Hen finns inte i något pass.</source>
        <translation>Remove “{name}” from the staff list? They are not on any shift.</translation>
    </message>
    <message>
        <source>Personen finns inte längre; listan är uppdaterad.</source>
        <translation>The person no longer exists; the list has been updated.</translation>
    </message>
    <message>
        <source>Personen ändrades på annat håll medan du skrev. Stäng och försök igen.</source>
        <translation>The person was changed elsewhere while you were typing. Close and try again.</translation>
    </message>
    <message>
        <source>Ingen i personalen matchar filtret.</source>
        <translation>No staff member matches the filter.</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Hur var kvällen? Stämning, platser, vad som behöver följas upp.</source>
        <translation>How was the evening? Mood, places, what needs following up.</translation>
    </message>
    <message>
        <source>Sa&amp;mmanfattning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>Det du klistrade in ({length} tecken) ryms inte: sammanfattningen får vara högst {limit} tecken. Texten i fältet är oförändrad.</source>
        <translation>What you pasted ({length} characters) does not fit: the summary may be at most {limit} characters. The text in the field is unchanged.</translation>
    </message>
    <message>
        <source>{length} av {limit} tecken</source>
        <translation>{length} of {limit} characters</translation>
    </message>
</context>
<context>
    <name>TallySection</name>
    <message>
        <source>Skriv antalet eller stega med + och −. Tab går radvis.</source>
        <translation>Type the number or step with + and −. Tab moves row by row.</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mötta, {gender}, {band}</source>
        <translation>Met, {gender}, {band}</translation>
    </message>
    <message>
        <source>Summa {band}</source>
        <translation>Total {band}</translation>
    </message>
    <message>
        <source>Summa {gender}</source>
        <translation>Total {gender}</translation>
    </message>
    <message>
        <source>Summa mötta</source>
        <translation>Total met</translation>
    </message>
    <message>
        <source>Verkade påverkade av a&amp;lkohol:</source>
        <translation>Seemed affected by a&amp;lcohol:</translation>
    </message>
    <message>
        <source>Antal som verkade påverkade av alkohol (Alt+L)</source>
        <translation>Number who seemed affected by alcohol (Alt+L)</translation>
    </message>
    <message>
        <source>Verkade påverkade av d&amp;roger:</source>
        <translation>Seemed affected by d&amp;rugs:</translation>
    </message>
    <message>
        <source>Antal som verkade påverkade av droger (Alt+R)</source>
        <translation>Number who seemed affected by drugs (Alt+R)</translation>
    </message>
    <message>
        <source>Möten utan registrering</source>
        <translation>Anonymous encounters</translation>
    </message>
    <message>
        <source>{band}, {gender}: {message}</source>
        <translation>{band}, {gender}: {message}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%v av %m</source>
        <translation>%v of %m</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Poster som ändrats på två datorer samtidigt (Ctrl+Shift+K)</source>
        <translation>Records changed on two computers at the same time (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Enheter i teamet…</source>
        <translation>&amp;Devices in the team…</translation>
    </message>
    <message>
        <source>&amp;Skapa team…</source>
        <translation>Create a &amp;team…</translation>
    </message>
    <message>
        <source>&amp;Gå med i team…</source>
        <translation>&amp;Join a team…</translation>
    </message>
    <message>
        <source>Spara &amp;teamkort…</source>
        <translation>Save the team ca&amp;rd…</translation>
    </message>
    <message>
        <source>Godkänn e&amp;nhet…</source>
        <translation>&amp;Approve a device…</translation>
    </message>
    <message>
        <source>Ink&amp;org…</source>
        <translation>In&amp;box…</translation>
    </message>
    <message>
        <source>Den här datorn hör redan till teamet {name}.</source>
        <translation>This computer already belongs to the team {name}.</translation>
    </message>
    <message>
        <source>Bara en teamledare kan göra det.</source>
        <translation>Only a team leader can do that.</translation>
    </message>
    <message>
        <source>Den här datorn hör inte till något team än.</source>
        <translation>This computer belongs to no team yet.</translation>
    </message>
    <message>
        <source>Gör den här datorn till ledare för ett nytt team</source>
        <translation>Make this computer the leader of a new team</translation>
    </message>
    <message>
        <source>Gå med i ett team med teamkortet från ledaren</source>
        <translation>Join a team with the team card from its leader</translation>
    </message>
    <message>
        <source>Teamkortet ger du till den som ska gå med</source>
        <translation>You give the team card to whoever is to join</translation>
    </message>
    <message>
        <source>Godkänn en förfrågan medan ni jämför fingeravtrycket</source>
        <translation>Approve a request while you compare the fingerprint together</translation>
    </message>
    <message>
        <source>E&amp;xportera…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Spara en krypterad exportfil till teamet (Ctrl+Shift+E)</source>
        <translation>Save an encrypted export file for the team (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Importera…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Läs in exportfiler från teamet (Ctrl+Shift+I)</source>
        <translation>Read in export files from the team (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>En mapp där teamets exportfiler läses in av sig själva</source>
        <translation>A folder whose team export files are read in by themselves</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>Fingeravtryck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Mappen finns inte.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>Filen finns inte.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Det är en mapp, inte en fil.</source>
        <translation>That is a folder, not a file.</translation>
    </message>
    <message>
        <source>Filen gick inte att läsa eller skriva: {reason}</source>
        <translation>The file could not be read or written: {reason}</translation>
    </message>
    <message>
        <source>Spara teamkortet</source>
        <translation>Save the team card</translation>
    </message>
    <message>
        <source>Teamkortet är sparat i {path}. Den som går med ser ditt fingeravtryck som ledare: {digits}</source>
        <translation>The team card is saved in {path}. Whoever joins sees your fingerprint as leader: {digits}</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>tt:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Nästa dag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Efter midnatt: dagen efter passets början</source>
        <translation>After midnight: the day after the shift began</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Skapa databas</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Välj en lösenfras för den nya databasen. Den krypterar allt som sparas; utan den går uppgifterna inte att läsa.</source>
        <translation>Choose a passphrase for the new database. It encrypts everything saved; without it the data cannot be read.</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen för att öppna databasen.</source>
        <translation>Enter the passphrase to open the database.</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Upprepa lösenfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Lösenfras</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Upprepa</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Skapar databasen…</source>
        <translation>Creating the database…</translation>
    </message>
    <message>
        <source>Låser upp…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>WalkSection</name>
    <message>
        <source>Tätortsvandring</source>
        <translation>Safety walk</translation>
    </message>
    <message>
        <source>&amp;Ny punkt i protokollet</source>
        <translation>&amp;New protocol item</translation>
    </message>
    <message>
        <source>Protokollet är tomt. Alt+N lägger till en punkt: ett problem på en plats och vad som bör göras.</source>
        <translation>The protocol is empty. Alt+N adds an item: a problem at a place and what should be done.</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta bort punkten «{problem}»?</source>
        <translation>Delete the item “{problem}”?</translation>
    </message>
    <message>
        <source>Gata/park</source>
        <translation>Streets/parks</translation>
    </message>
    <message>
        <source>Fastighetsägare</source>
        <translation>Property owner</translation>
    </message>
    <message>
        <source>Polis</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Socialtjänst</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Räddningstjänst</source>
        <translation>Rescue services</translation>
    </message>
    <message>
        <source>Föreslagen åtgärd</source>
        <translation>Proposed action</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
</context>
<context>
    <name>WeekChooser</name>
    <message>
        <source>{week} ({first}–{last})</source>
        <translation>{week} ({first}–{last})</translation>
    </message>
</context>
<context>
    <name>WeekCombo</name>
    <message>
        <source>Alla veckor</source>
        <translation>All weeks</translation>
    </message>
    <message>
        <source>Denna vecka ({week})</source>
        <translation>This week ({week})</translation>
    </message>
    <message>
        <source>Förra veckan ({week})</source>
        <translation>Last week ({week})</translation>
    </message>
    <message>
        <source>{week} ({first}–{last})</source>
        <translation>{week} ({first}–{last})</translation>
    </message>
</context>
<context>
    <name>WeekFigures</name>
    <message>
        <source>Fältpass</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Mötta (räknade)</source>
        <translation>Met (counted)</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Iakttagelser</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Orossamtal</source>
        <translation>Concern talks</translation>
    </message>
    <message>
        <source>Orosanmälningar</source>
        <translation>Reports of concern</translation>
    </message>
    <message>
        <source>Påverkade av alkohol</source>
        <translation>Affected by alcohol</translation>
    </message>
    <message>
        <source>Påverkade av droger</source>
        <translation>Affected by drugs</translation>
    </message>
    <message>
        <source>Pass med polis</source>
        <translation>Shifts with the police</translation>
    </message>
    <message>
        <source>Pass med nattvandrare/föräldrar</source>
        <translation>Shifts with night walkers/parents</translation>
    </message>
    <message>
        <source>Öppna uppföljningar</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Försenade uppföljningar</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>före 17</source>
        <translation>before 17</translation>
    </message>
    <message>
        <source>(inget område)</source>
        <translation>(no area)</translation>
    </message>
    <message>
        <source>(ingen kategori)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>(okänd plats)</source>
        <translation>(unknown place)</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{what}: Enter eller dubbelklick visar passen bakom talet.</source>
        <translation>{what}: Enter or double-click lists the shifts behind the number.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Vecka att visa</source>
        <translation>Week to show</translation>
    </message>
    <message>
        <source>Föregående och nästa vecka: Alt+Vänsterpil och Alt+Högerpil</source>
        <translation>Previous and next week: Alt+Left and Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Skriv ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Skriv ut veckosammanställningen</source>
        <translation>Print the week summary</translation>
    </message>
    <message>
        <source>Spara som PD&amp;F…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Spara veckosammanställningen som PDF</source>
        <translation>Save the week summary as PDF</translation>
    </message>
    <message>
        <source>Lägesbild som &amp;PDF…</source>
        <translation>Situation report as &amp;PDF…</translation>
    </message>
    <message>
        <source>Lägesbild för EST, utan personuppgifter</source>
        <translation>Situation report for EST, without personal data</translation>
    </message>
    <message>
        <source>Lägesbild som &amp;CSV…</source>
        <translation>Situation report as &amp;CSV…</translation>
    </message>
    <message>
        <source>Lägesbildens tal för kommunens egna verktyg</source>
        <translation>The situation report&apos;s numbers for the municipality&apos;s own tools</translation>
    </message>
    <message>
        <source>&amp;Medborgarlöften…</source>
        <translation>C&amp;itizen promises…</translation>
    </message>
    <message>
        <source>Uppföljning av medborgarlöftena för veckans år</source>
        <translation>Follow-up of the citizen promises for the week&apos;s year</translation>
    </message>
    <message>
        <source>Föregående vecka</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Föregående vecka (Alt+Vänsterpil)</source>
        <translation>Previous week (Alt+Left)</translation>
    </message>
    <message>
        <source>Nästa vecka</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Nästa vecka (Alt+Högerpil)</source>
        <translation>Next week (Alt+Right)</translation>
    </message>
    <message>
        <source>Vec&amp;ka:</source>
        <translation>W&amp;eek:</translation>
    </message>
    <message>
        <source>&amp;Lägesbild och medborgarlöften</source>
        <translation>&amp;Situation report and citizen promises</translation>
    </message>
    <message>
        <source>Veckans tal</source>
        <translation>The week&apos;s numbers</translation>
    </message>
    <message>
        <source>Per dag</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Per &amp;dag</source>
        <translation>By da&amp;y</translation>
    </message>
    <message>
        <source>Per område</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>Inga pass med områden den här veckan.</source>
        <translation>No shifts with areas this week.</translation>
    </message>
    <message>
        <source>Per &amp;område</source>
        <translation>By &amp;area</translation>
    </message>
    <message>
        <source>Per kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Inga iakttagelser den här veckan.</source>
        <translation>No observations this week.</translation>
    </message>
    <message>
        <source>Per ka&amp;tegori</source>
        <translation>By &amp;category</translation>
    </message>
    <message>
        <source>Plats och tid</source>
        <translation>Place and time</translation>
    </message>
    <message>
        <source>&amp;Plats × tid</source>
        <translation>Place × &amp;time</translation>
    </message>
    <message numerus="yes">
        <source>{week}: %n fältpass. Enter eller dubbelklick på ett tal visar passen bakom det.</source>
        <translation>
            <numerusform>{week}: %n shift. Enter or double-click on a number lists the shifts behind it.</numerusform>
            <numerusform>{week}: %n shifts. Enter or double-click on a number lists the shifts behind it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det finns inga pass bakom det här talet.</source>
        <translation>There are no shifts behind this number.</translation>
    </message>
</context>
<context>
    <name>_NamesForm</name>
    <message>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Datorns namn</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>t.ex. Bärbar 2</source>
        <translation>e.g. Laptop 2</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Datorns namn:</source>
        <translation>Com&amp;puter name:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Något gick fel som faltapp inte räknade med. Allt som redan var sparat finns kvar. Försök igen; om felet kommer tillbaka, visa detaljerna för den som sköter faltapp.</source>
        <translation>Something went wrong that faltapp did not expect. Everything already saved is still there. Try again; if the error comes back, show the details to whoever looks after faltapp.</translation>
    </message>
</context>
<context>
    <name>offer_drafts</name>
    <message>
        <source>Osparat utkast</source>
        <translation>Unsaved draft</translation>
    </message>
    <message>
        <source>Det finns ett osparat utkast från {when} som inte går att läsa ({why}). Det lämnas orört.</source>
        <translation>There is an unsaved draft from {when} that cannot be read ({why}). It is left untouched.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Det finns ett osparat utkast från {when} för passet {date}. Vill du fortsätta med det?</source>
        <translation>There is an unsaved draft from {when} for the shift of {date}. Do you want to continue with it?</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Senare</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>pdf_printing</name>
    <message>
        <source>Skrivaren kunde inte startas. Kontrollera att den är ansluten och försök igen.</source>
        <translation>The printer could not be started. Check that it is connected and try again.</translation>
    </message>
</context>
</TS>
