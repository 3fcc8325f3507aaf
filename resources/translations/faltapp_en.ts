<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="49"/>
        <source>faltapp – fältpass</source>
        <translation>faltapp – shifts</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="72"/>
        <source>Visa bara en vecka (Ctrl+F)</source>
        <translation>Show one week only (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="78"/>
        <source>Databas: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="82"/>
        <source>&amp;Nytt fältpass…</source>
        <translation>&amp;New shift…</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="85"/>
        <source>&amp;Redigera fältpass…</source>
        <translation>&amp;Edit shift…</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="88"/>
        <source>&amp;Filtrera vecka</source>
        <translation>&amp;Filter by week</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="91"/>
        <source>Byt &amp;lösenfras…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="93"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="97"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="104"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="107"/>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="112"/>
        <source>Vecka:</source>
        <translation>Week:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../faltapp/gui/main_window.py" line="126"/>
        <source>%n fältpass</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="184"/>
        <source>Passet är sparat.</source>
        <translation>The shift is saved.</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="200"/>
        <source>Lösenfrasen är bytt. Använd den nya nästa gång du öppnar faltapp.</source>
        <translation>The passphrase is changed. Use the new one the next time you open faltapp.</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="210"/>
        <source>Avslutar när arbetet i bakgrunden har stannat…</source>
        <translation>Quitting once the background work has stopped…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="53"/>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="56"/>
        <source>Den nya lösenfrasen gäller från nästa gång databasen öppnas. Den måste ha minst {n} tecken.</source>
        <translation>The new passphrase applies from the next time the database is opened. It must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="66"/>
        <source>&amp;Nuvarande lösenfras</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="67"/>
        <source>N&amp;y lösenfras</source>
        <translation>Ne&amp;w passphrase</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="68"/>
        <source>&amp;Upprepa den nya</source>
        <translation>&amp;Repeat the new one</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="72"/>
        <source>Byt</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="73"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="107"/>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/passphrase_dialog.py" line="123"/>
        <source>Byter lösenfras…</source>
        <translation>Changing the passphrase…</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="62"/>
        <source>Nytt fältpass</source>
        <translation>New shift</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="62"/>
        <source>Redigera fältpass</source>
        <translation>Edit shift</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="83"/>
        <source>Kort sammanfattning av passet</source>
        <translation>Short summary of the shift</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="87"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="88"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="89"/>
        <source>S&amp;lut</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="90"/>
        <source>&amp;Typ av pass</source>
        <translation>&amp;Kind of shift</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="91"/>
        <source>&amp;Områden</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="92"/>
        <source>Sa&amp;mmanfattning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="96"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="98"/>
        <source>Spara passet (Ctrl+Enter)</source>
        <translation>Save the shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="100"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="124"/>
        <source>okänd typ: {code}</source>
        <translation>unknown kind: {code}</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="136"/>
        <source>Okänd plats ({id})</source>
        <translation>Unknown place ({id})</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="185"/>
        <source>Sparar</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="185"/>
        <source>Sparar passet…</source>
        <translation>Saving the shift…</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Mötta</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Iakttagelser</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="40"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="40"/>
        <source>Avslutat</source>
        <translation>Finished</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../faltapp/gui/tasks.py" line="121"/>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/tasks.py" line="151"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/tasks.py" line="153"/>
        <source>%v av %m</source>
        <translation>%v of %m</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="59"/>
        <source>Skapa databas</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="59"/>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="63"/>
        <source>Välj en lösenfras för den nya databasen. Den krypterar allt som sparas; utan den går uppgifterna inte att läsa.</source>
        <translation>Choose a passphrase for the new database. It encrypts everything saved; without it the data cannot be read.</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="65"/>
        <source>Skriv lösenfrasen för att öppna databasen.</source>
        <translation>Enter the passphrase to open the database.</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="78"/>
        <source>&amp;Lösenfras</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="80"/>
        <source>&amp;Upprepa</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="87"/>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="87"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="88"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="108"/>
        <source>Försök {n}: {message}</source>
        <translation>Attempt {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="145"/>
        <source>Skapar databasen…</source>
        <translation>Creating the database…</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="146"/>
        <source>Låser upp…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="126"/>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>WeekCombo</name>
    <message>
        <location filename="../../faltapp/gui/week_combo.py" line="32"/>
        <location filename="../../faltapp/gui/week_combo.py" line="51"/>
        <source>Alla veckor</source>
        <translation>All weeks</translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/week_combo.py" line="53"/>
        <source>v. {week} {year} ({first}–{last})</source>
        <translation>wk {week} {year} ({first}–{last})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../faltapp/gui/errors.py" line="22"/>
        <source>Något gick fel som faltapp inte räknade med. Allt som redan var sparat finns kvar. Försök igen; om felet kommer tillbaka, visa detaljerna för den som sköter faltapp.</source>
        <translation>Something went wrong that faltapp did not expect. Everything already saved is still there. Try again; if the error comes back, show the details to whoever looks after faltapp.</translation>
    </message>
</context>
</TS>
