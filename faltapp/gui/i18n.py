"""The language of the user interface: which one, its translators, and dates in it.

Swedish is the source language; English comes from ``resources/translations/faltapp_en.qm``,
built from the ``.ts`` source during set-up. The choice is kept in ``QSettings`` (not in the
database: the unlock dialog needs it before any database is open) and applies at the next
start. Without a saved choice the system language decides, Swedish when it is neither.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from faltapp.core.messages import set_language as set_message_language
from faltapp.core.vocabulary import resources_dir
from faltapp.core.weeks import IsoWeek

LANGUAGES = ("sv", "en")
"""The languages the interface ships in; the first is the source language."""

_SETTINGS_KEY = "language"
_LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    # en_GB, not en_US: dates day first, weeks start on Monday, as in Sweden.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_DATE_FORMATS = {"sv": "ddd d MMMM yyyy", "en": "ddd d MMM yyyy"}
_WEEK_FORMATS = {"sv": "v. {week} {year}", "en": "Week {week} {year}"}
_NAMES = {"sv": "Svenska", "en": "English"}

_active = LANGUAGES[0]
_installed: list[QTranslator] = []


def _settings() -> QSettings:
    # Explicit IniFormat: the same file on every platform, and tests can redirect it with
    # QSettings.setPath(IniFormat, UserScope, folder).
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "faltapp", "faltapp")


def system_language() -> str:
    """"sv" or "en" from the system locale; Swedish when the system speaks neither."""
    language = QLocale.system().language()
    return "en" if language == QLocale.Language.English else "sv"


def saved_language() -> str | None:
    """The language the user chose in Inställningar, or None when never chosen."""
    value = _settings().value(_SETTINGS_KEY)
    return value if value in LANGUAGES else None


def save_language(code: str) -> None:
    """Remember ``code`` ("sv" or "en") for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"okänt språk: {code!r}")
    settings = _settings()
    settings.setValue(_SETTINGS_KEY, code)
    settings.sync()


def current_language() -> str:
    """The language to start in: the saved choice, else the system language."""
    return saved_language() or system_language()


def language_names() -> list[tuple[str, str]]:
    """(code, name in its own language) of every language, for a choice list."""
    return [(code, _NAMES[code]) for code in LANGUAGES]


def active_language() -> str:
    """The language the running interface was set up in by :func:`install_translators`."""
    return _active


def _locale(language: str) -> QLocale:
    return QLocale(*_LOCALES[language])


def install_translators(app: QCoreApplication, language: str,
                        folder: Path | None = None) -> None:
    """Set the default locale and install Qt's and faltapp's translators for ``language``.

    Replaces whatever an earlier call installed. ``folder`` holds ``faltapp_<language>.qm``
    (default ``resources/translations``). When the ``.qm`` is missing (set-up not run), the
    interface stays Swedish rather than half-translated.
    """
    global _active
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if language != "sv":
        own = QTranslator(app)
        if own.load(f"faltapp_{language}", str(folder or resources_dir() / "translations")):
            _installed.append(own)
        else:
            language = "sv"
    locale = _locale(language)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.insert(0, qt)
    for translator in _installed:
        app.installTranslator(translator)
    _active = language
    set_message_language(language)  # validation and store messages follow the UI


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date, language: str | None = None) -> str:
    """E.g. "fre 14 mars 2025" / "Fri 14 Mar 2025"."""
    language = language or _active
    return _locale(language).toString(_qdate(day), _DATE_FORMATS[language])


def format_short_date(day: date, language: str | None = None) -> str:
    """E.g. "fre 14/3" / "Fri 14/3", for lists."""
    return _locale(language or _active).toString(_qdate(day), "ddd d/M")


def weekday_name(day: date, language: str | None = None) -> str:
    """E.g. "fredag" / "Friday"."""
    return _locale(language or _active).toString(_qdate(day), "dddd")


def format_week(week: IsoWeek, language: str | None = None) -> str:
    """E.g. "v. 11 2025" / "Week 11 2025"."""
    return _WEEK_FORMATS[language or _active].format(week=week.week, year=week.year)
