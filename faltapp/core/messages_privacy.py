"""The English of privacy messages: gallring (retention), persons, access log (issue 9).

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
}
