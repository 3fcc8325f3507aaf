<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="35"/>
        <source>faltapp – fältpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="58"/>
        <source>Visa bara en vecka (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="64"/>
        <source>Databas: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="68"/>
        <source>&amp;Nytt fältpass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="71"/>
        <source>&amp;Redigera fältpass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="74"/>
        <source>&amp;Filtrera vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="77"/>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="81"/>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="86"/>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="89"/>
        <source>Verktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="94"/>
        <source>Vecka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../faltapp/gui/main_window.py" line="108"/>
        <source>%n fältpass</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/main_window.py" line="161"/>
        <source>Passet är sparat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="49"/>
        <source>Nytt fältpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="49"/>
        <source>Redigera fältpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="70"/>
        <source>Kort sammanfattning av passet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="78"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="79"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="80"/>
        <source>S&amp;lut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="81"/>
        <source>&amp;Typ av pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="82"/>
        <source>&amp;Områden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="83"/>
        <source>Sa&amp;mmanfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="87"/>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="89"/>
        <source>Spara passet (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_form.py" line="91"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="37"/>
        <source>Områden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Mötta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Iakttagelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="40"/>
        <source>Utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/shift_model.py" line="40"/>
        <source>Avslutat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="37"/>
        <source>Skapa databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="37"/>
        <source>Lås upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="41"/>
        <source>Välj en lösenfras för den nya databasen. Den krypterar allt som sparas; utan den går uppgifterna inte att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="43"/>
        <source>Skriv lösenfrasen för att öppna databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="58"/>
        <source>&amp;Lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="60"/>
        <source>&amp;Upprepa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="67"/>
        <source>Skapa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="67"/>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="69"/>
        <source>Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="92"/>
        <source>Lösenfrasen måste vara minst {n} tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/unlock_dialog.py" line="96"/>
        <source>Lösenfraserna är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCombo</name>
    <message>
        <location filename="../../faltapp/gui/week_combo.py" line="32"/>
        <location filename="../../faltapp/gui/week_combo.py" line="51"/>
        <source>Alla veckor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../faltapp/gui/week_combo.py" line="53"/>
        <source>v. {week} {year} ({first}–{last})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../faltapp/gui/errors.py" line="19"/>
        <source>Något gick fel som faltapp inte räknade med. Allt som redan var sparat finns kvar. Försök igen; om felet kommer tillbaka, visa detaljerna för den som sköter faltapp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
