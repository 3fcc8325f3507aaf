"""The interface language: chosen once, kept outside the database, and dates that follow it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import test_english_coverage as coverage
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from faltapp.core.entities import Category
from faltapp.core.vocabulary import vocabulary
from faltapp.core.weeks import IsoWeek
from faltapp.gui import i18n, labels

FRIDAY = date(2025, 3, 14)
english = coverage.english
english_qm = coverage.english_qm


@pytest.fixture
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """QSettings written under ``tmp_path`` instead of the real home, for one test."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "org", "app")
    before = str(Path(probe.fileName()).parent.parent)  # Qt has no getter for the path
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, before)


def test_the_choice_is_kept_outside_the_home_in_tests(settings_dir: Path) -> None:
    assert i18n.saved_language() is None
    assert i18n.current_language() == i18n.system_language()
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
    assert i18n.current_language() == "en"
    i18n.save_language("sv")
    assert i18n.current_language() == "sv"
    assert [p.relative_to(settings_dir) for p in settings_dir.rglob("*.ini")] == [
        Path("faltapp/faltapp.ini")]


def test_an_unknown_language_is_refused_and_a_garbled_setting_ignored(
        settings_dir: Path) -> None:
    with pytest.raises(ValueError):
        i18n.save_language("de")
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "faltapp", "faltapp")
    settings.setValue("language", "klingon")
    settings.sync()
    assert i18n.saved_language() is None


@pytest.mark.parametrize(("locale", "expected"), [
    ("sv_SE.UTF-8", "sv"), ("en_GB.UTF-8", "en"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "sv"),
    ("C", "sv"),
])
def test_the_system_language_decides_swedish_unless_english(locale: str, expected: str) -> None:
    env = {**os.environ, "LC_ALL": locale, "LANG": locale, "LANGUAGE": ""}
    code = "from faltapp.gui.i18n import system_language; print(system_language())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == expected


def test_language_names_are_in_their_own_language() -> None:
    assert i18n.language_names() == [("sv", "Svenska"), ("en", "English")]


def test_dates_and_weeks_in_both_languages() -> None:
    assert i18n.format_date(FRIDAY, "sv") == "fre 14 mars 2025"
    assert i18n.format_date(FRIDAY, "en") == "Fri 14 Mar 2025"
    assert i18n.format_short_date(FRIDAY, "sv") == "fre 14/3"
    assert i18n.format_short_date(FRIDAY, "en") == "Fri 14/3"
    assert i18n.weekday_name(FRIDAY, "sv") == "fredag"
    assert i18n.weekday_name(FRIDAY, "en") == "Friday"
    assert i18n.format_week(IsoWeek(2025, 11), "sv") == "v. 11 2025"
    assert i18n.format_week(IsoWeek(2025, 11), "en") == "Week 11 2025"


def test_the_app_starts_swedish(qapp: QApplication) -> None:
    assert i18n.active_language() == "sv"
    assert i18n.format_date(FRIDAY) == "fre 14 mars 2025"
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"


def test_english_translates_the_interface_and_dates(english: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&File"
    assert QCoreApplication.translate("MainWindow", "%n fältpass", "", 2) == "2 shifts"
    assert QCoreApplication.translate("MainWindow", "%n fältpass", "", 1) == "1 shift"
    assert i18n.format_date(FRIDAY) == "Fri 14 Mar 2025"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert QLocale().toString(FRIDAY, QLocale.FormatType.ShortFormat).startswith("14/03")


def test_back_in_swedish_after_english(qapp: QApplication, english_qm: Path) -> None:
    i18n.install_translators(qapp, "en", english_qm)
    i18n.install_translators(qapp, "sv")
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"
    assert i18n.format_short_date(FRIDAY) == "fre 14/3"


def test_without_the_qm_the_app_stays_swedish(qapp: QApplication, tmp_path: Path) -> None:
    i18n.install_translators(qapp, "en", tmp_path)  # an empty folder: set-up never built it
    assert i18n.active_language() == "sv"
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"
    assert QLocale().language() == QLocale.Language.Swedish


def test_vocabulary_and_categories_follow_the_language(english: None) -> None:
    kinds = vocabulary().shift_kinds
    assert labels.name_of(kinds, "kvallspass") == "Evening shift"
    assert labels.name_of(kinds, "no-such-kind") == "no-such-kind"
    assert labels.term_label(kinds[0]) == kinds[0].name_en
    default = Category(code="otrygg_plats", name="Otrygg plats",
                       description="Belysning, insyn, nedskräpning, ödslig")
    assert labels.category_label(default) == "Unsafe place"
    assert labels.category_description(default) == "Lighting, visibility, litter, deserted"
    renamed = Category(code="otrygg_plats", name="Mörk plats", description="Egen text")
    assert labels.category_label(renamed) == "Mörk plats"
    assert labels.category_description(renamed) == "Egen text"


def test_vocabulary_in_swedish(qapp: QApplication) -> None:
    assert labels.name_of(vocabulary().shift_kinds, "kvallspass") == "Kvällspass"
    default = Category(code="otrygg_plats", name="Otrygg plats")
    assert labels.category_label(default) == "Otrygg plats"


def test_the_app_starts_in_the_saved_language(qapp: QApplication, settings_dir: Path,
                                              english_qm: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from faltapp.gui.app import create_application

    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "faltapp_en.qm").write_bytes(
        (english_qm / "faltapp_en.qm").read_bytes())
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)
    i18n.save_language("en")
    try:
        assert create_application() is qapp
        assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&File"
        assert i18n.format_short_date(FRIDAY) == "Fri 14/3"
    finally:
        i18n.install_translators(qapp, "sv")
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"
