"""Messages for the person at the keyboard, in Swedish or English (Qt-free).

Core code writes each message as a Swedish template and calls :func:`text`; in an English UI
(``gui/i18n.py`` calls :func:`set_language` at start) the English template of the same key is
used. String parameters that are themselves known texts (field labels such as "Alias") are
translated too. A template without an English entry falls back to Swedish, and
``tests/core/test_messages.py`` checks that every template core uses has one.
"""

from __future__ import annotations

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
}


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
