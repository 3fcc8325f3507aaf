<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>ContactsSection</name>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>faltapp – fältpass</source>
        <translation>faltapp – shifts</translation>
    </message>
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
        <source>&amp;Redigera fältpass…</source>
        <translation>&amp;Edit shift…</translation>
    </message>
    <message>
        <source>&amp;Filtrera vecka</source>
        <translation>&amp;Filter by week</translation>
    </message>
    <message>
        <source>Byt &amp;lösenfras…</source>
        <translation>Change &amp;passphrase…</translation>
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
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Vecka:</source>
        <translation>Week:</translation>
    </message>
    <message numerus="yes">
        <source>%n fältpass</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message>
        <source>Passet är sparat.</source>
        <translation>The shift is saved.</translation>
    </message>
    <message>
        <source>Lösenfrasen är bytt. Använd den nya nästa gång du öppnar faltapp.</source>
        <translation>The passphrase is changed. Use the new one the next time you open faltapp.</translation>
    </message>
    <message>
        <source>Avslutar när arbetet i bakgrunden har stannat…</source>
        <translation>Quitting once the background work has stopped…</translation>
    </message>
</context>
<context>
    <name>ObservationsSection</name>
    <message>
        <source>Iakttagelser</source>
        <translation>Observations</translation>
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
    <name>ShiftDialog</name>
    <message>
        <source>Nytt fältpass</source>
        <translation>New shift</translation>
    </message>
    <message>
        <source>Redigera fältpass</source>
        <translation>Edit shift</translation>
    </message>
    <message>
        <source>Kort sammanfattning av passet</source>
        <translation>Short summary of the shift</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;lut</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Typ av pass</source>
        <translation>&amp;Kind of shift</translation>
    </message>
    <message>
        <source>&amp;Områden</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <source>Sa&amp;mmanfattning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spara passet (Ctrl+Enter)</source>
        <translation>Save the shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>okänd typ: {code}</source>
        <translation>unknown kind: {code}</translation>
    </message>
    <message>
        <source>Okänd plats ({id})</source>
        <translation>Unknown place ({id})</translation>
    </message>
    <message>
        <source>Sparar</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Sparar passet…</source>
        <translation>Saving the shift…</translation>
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
        <translation>Finished</translation>
    </message>
</context>
<context>
    <name>TallySection</name>
    <message>
        <source>Möten utan registrering</source>
        <translation>Anonymous encounters</translation>
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
        <source>Försök {n}: {message}</source>
        <translation>Attempt {n}: {message}</translation>
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
</context>
<context>
    <name>WeekCombo</name>
    <message>
        <source>Alla veckor</source>
        <translation>All weeks</translation>
    </message>
    <message>
        <source>v. {week} {year} ({first}–{last})</source>
        <translation>wk {week} {year} ({first}–{last})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Något gick fel som faltapp inte räknade med. Allt som redan var sparat finns kvar. Försök igen; om felet kommer tillbaka, visa detaljerna för den som sköter faltapp.</source>
        <translation>Something went wrong that faltapp did not expect. Everything already saved is still there. Try again; if the error comes back, show the details to whoever looks after faltapp.</translation>
    </message>
</context>
</TS>
