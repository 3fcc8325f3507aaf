"""The English of privacy and safety messages: gallring, the first run, unlocking, safe places.

Merged into ``messages.EN``; kept apart so that file stays readable.
"""

from __future__ import annotations

EN_PRIVACY: dict[str, str] = {
    # -- gallring (retention) --
    "Ange gallringstiden som ett helt antal dagar.":
        "Enter the retention period as a whole number of days.",
    "Gallringstiden måste vara minst 1 dag ({days} skulle gallra allt direkt).":
        "The retention period must be at least 1 day ({days} would cull everything at once).",
    "Gallringstiden kan vara högst {max} dagar.":
        "The retention period can be at most {max} days.",
    "Inget att gallra.": "Nothing to cull.",
    "Gallrade {n} poster ({versions} versioner).": "Culled {n} records ({versions} versions).",
    "Gallrar…": "Culling…",
    "Gallringstid kan bara ändras för {kinds}.": "A retention period can only be set for {kinds}.",
    "bevaras": "kept",
    "{days} dagar": "{days} days",
    "{kind}: {n} poster, äldsta senaste anteckning {oldest}":
        "{kind}: {n} records, oldest last entry {oldest}",
    # -- first run: passphrase strength --
    "Ingen lösenfras": "No passphrase",
    "Mycket svag": "Very weak",
    "Svag": "Weak",
    "Medel": "Fair",
    "Stark": "Strong",
    "Mycket stark": "Very strong",
    "Lätt att gissa. Skriv hellre fyra eller fem vanliga ord som inte hör ihop, "
    "till exempel en mening bara du kan.":
        "Easy to guess. Rather type four or five common words that do not belong together, "
        "for example a sentence only you know.",
    # -- growing wait after wrong passphrases --
    "Vänta {seconds} sekunder till innan nästa försök (för många fel lösenfraser i rad).":
        "Wait {seconds} more seconds before the next try (too many wrong passphrases in a row).",
    "Fel lösenfras. Vänta {seconds} sekunder innan nästa försök.":
        "Wrong passphrase. Wait {seconds} seconds before the next try.",
    # -- safe places for the database (issue 10) --
    "Mappen {folder} ligger på en löstagbar enhet (ett USB-minne eller ett minneskort). "
    "Databasen kan skadas om enheten dras ut; lägg den på datorns egen disk. Flytta data med "
    "exportfiler.":
        "The folder {folder} is on a removable drive (a USB stick or a memory card). The "
        "database can be damaged if it is pulled out; keep it on the computer's own disk. Move "
        "data with export files.",
    "Mappen {folder} ligger på en nätverksenhet ({kind}). Där kan två datorer skriva "
    "samtidigt och skada databasen; lägg den på datorns egen disk. Dela data med exportfiler.":
        "The folder {folder} is on a network share ({kind}). Two computers can write there at "
        "once and damage the database; keep it on the computer's own disk. Share data with "
        "export files.",
    # -- faltapp check (issue 10) --
    "En sida går inte att läsa: {reason}": "A page cannot be read: {reason}",
    "Databasen är hel.": "The database is whole.",
    "Databasen är skadad:": "The database is damaged:",
    "Den nyaste säkerhetskopian är från {when}; återställ den med 'faltapp restore 1' (den "
    "kontrolleras först).":
        "The newest backup is from {when}; restore it with 'faltapp restore 1' (it is checked "
        "first).",
    "Det finns ingen säkerhetskopia att återställa från.": "There is no backup to restore from.",
    "Åtkomstloggen: {n} rader": "Access log: {n} rows",
    # -- registerutdrag and erasure (issue 9 item 3) --
    "Personen finns inte (eller är raderad).": "The person does not exist (or was erased).",
    "Personen finns inte.": "The person does not exist.",
    "Raderar…": "Erasing…",
    "Registerutdraget är sparat i {path}.": "The register extract is saved in {path}.",
    "Lägg till --yes för att radera utan att bli tillfrågad.":
        "Add --yes to erase without being asked.",
    "Radera {alias} med alla kopplade kontakter och uppföljningar för gott? Skriv ja: ":
        "Erase {alias} with every linked contact and follow-up for good? Type yes: ",
    "Inget raderades.": "Nothing was erased.",
    "{alias} är raderad: {contacts} kontakter och {follow_ups} uppföljningar.":
        "{alias} is erased: {contacts} contacts and {follow_ups} follow-ups.",
}
