"""Times and dates as a tired person types them, read strictly (no Qt).

A text either means exactly one time or date, or it is refused with a :class:`TimeTextError`
whose message (Swedish) says why. Nothing is ever rounded, clamped or guessed into another
valid value: "2530" is refused, not turned into 23:00.

Decisions: "24:00" (also "24", "2400") is midnight and reads as 00:00, the end of a shift
that stops at midnight. A date without a year takes the current year, or last year when that
would put it more than a day ahead (shifts are logged afterwards).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from faltapp.core.messages import text as message_text

NEXT_DAY = "(+1)"
"""Shown after a time that falls on the day after the shift started."""

MESSAGES = {
    "time_format": "«{text}» är ingen tid. Skriv t.ex. 21:30, 2130 eller 21.",
    "hour": "«{text}»: timmen måste vara 0–23.",
    "minute": "«{text}»: minuterna måste vara 00–59.",
    "date_format": "«{text}» är inget datum. Skriv t.ex. 2025-03-14, 14/3 eller idag.",
    "no_such_date": "«{text}»: det datumet finns inte.",
}
"""Message templates by error code (Swedish; ``core.messages`` holds their English)."""

_TIME_PARTS = re.compile(r"(\d{1,2})(?:[:.,\s](\d{2}))?")
_TIME_DIGITS = re.compile(r"\d{3,4}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:\.?[/.\s]\s*(\d{4}|\d{2}))?\.?")
_TODAY = frozenset({"idag", "i dag", "today"})
_YESTERDAY = frozenset({"igår", "i går", "igar", "i gar", "yesterday"})
_FUTURE_DAYS = 1
_PAST_DAYS = 90


class TimeTextError(ValueError):
    """A text that is no time or date; ``str(error)`` is the message for the user, in the
    UI's language."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        """Key of :data:`MESSAGES`."""
        self.text = text
        """What was typed (trimmed)."""
        super().__init__(message_text(MESSAGES[code], text=text))


def _clock(hour: int, minute: int, text: str) -> time:
    if hour == 24 and minute == 0:
        return time(0, 0)
    if hour > 23:
        raise TimeTextError("hour", text)
    if minute > 59:
        raise TimeTextError("minute", text)
    return time(hour, minute)


def parse_time(text: str) -> time | None:
    """The time ``text`` means; ``None`` for an empty text.

    Accepts "21:30", "21.30", "21,30", "21 30", "2130", "930" (09:30), "21" (21:00), "9"
    and "24:00" (00:00). Raises :class:`TimeTextError` for anything else ("2530", "21:75").
    """
    text = text.strip()
    if not text:
        return None
    if _TIME_DIGITS.fullmatch(text):
        return _clock(int(text[:-2]), int(text[-2:]), text)
    match = _TIME_PARTS.fullmatch(text)
    if match is None:
        raise TimeTextError("time_format", text)
    return _clock(int(match.group(1)), int(match.group(2) or 0), text)


def format_time(t: time) -> str:
    """``t`` as "HH:MM"."""
    return f"{t.hour:02d}:{t.minute:02d}"


def is_next_day(t: time, start: time | None) -> bool:
    """True when ``t``, a time within a shift that began at ``start``, falls after midnight."""
    return start is not None and t < start


def format_shift_time(t: time, start: time | None) -> str:
    """"21:30", or "02:15 (+1)" when the shift began at ``start`` and ``t`` is after midnight."""
    shown = format_time(t)
    return f"{shown} {NEXT_DAY}" if is_next_day(t, start) else shown


def _date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise TimeTextError("no_such_date", text) from None


def _without_year(month: int, day: int, today: date, text: str) -> date:
    """The latest date with this day and month that is not improbably far ahead."""
    latest = today + timedelta(days=_FUTURE_DAYS)
    for year in range(today.year, today.year - 9, -1):  # 29 February: back to a leap year
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            return candidate
    raise TimeTextError("no_such_date", text)


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` means; ``None`` for an empty text.

    Accepts "2025-03-14", "20250314", "14/3", "14.3", "14/3 2025", "14/3/2025", "14.3.2025",
    "14.3.25", "idag"/"today" and "igår"/"yesterday". Raises :class:`TimeTextError` otherwise.
    """
    text = text.strip()
    if not text:
        return None
    word = text.casefold()
    if word in _TODAY:
        return today
    if word in _YESTERDAY:
        return today - timedelta(days=1)
    for pattern in (_ISO_DATE, _COMPACT_DATE):
        match = pattern.fullmatch(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return _date(year, month, day, text)
    match = _DAY_MONTH.fullmatch(text)
    if match is None:
        raise TimeTextError("date_format", text)
    day, month = int(match.group(1)), int(match.group(2))
    year_text = match.group(3)
    if year_text is None:
        return _without_year(month, day, today, text)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    return _date(year, month, day, text)


def format_date(d: date) -> str:
    """``d`` as "YYYY-MM-DD" (the form every field shows after it has been read)."""
    return d.isoformat()


def improbable_date(d: date, today: date) -> bool:
    """True for a shift date worth a question: more than a day ahead, or over 90 days ago."""
    return d > today + timedelta(days=_FUTURE_DAYS) or d < today - timedelta(days=_PAST_DAYS)
