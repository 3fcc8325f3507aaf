"""Every string the user sees in the GUI goes through Qt's translation functions."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "faltapp" / "gui"
TS_FILE = ROOT / "resources" / "translations" / "faltapp_en.ts"
_spec = importlib.util.spec_from_file_location("update_translations",
                                               ROOT / "tools" / "update_translations.py")
assert _spec is not None and _spec.loader is not None
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "showMessage", "addMenu",
    "addItem", "setStatusTip", "setWhatsThis", "addRow", "critical", "warning", "information",
}
TEXT_WIDGETS = {"QLabel", "QAction", "QToolBar", "QPushButton", "QGroupBox", "QCheckBox"}


def literal_texts(path: Path) -> list[str]:
    """Human-readable string literals passed straight to a widget, not through tr()."""
    offenders = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_SETTERS | TEXT_WIDGETS:
            continue
        for arg in node.args[:1]:
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                and re.search(r"[A-Za-zÅÄÖåäö]{2}", arg.value)
            ):
                offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return offenders


@pytest.mark.parametrize("path", update_translations.gui_sources(),
                         ids=lambda p: str(p.relative_to(GUI)))
def test_no_untranslated_text_reaches_a_widget(path: Path) -> None:
    assert literal_texts(path) == []


def test_translation_source_lists_every_tr_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(update_translations.lupdate_command(fresh), check=True, capture_output=True,
                   timeout=120)

    def sources(ts: Path) -> set[str]:
        return set(re.findall(r"<source>(.*?)</source>", ts.read_text(encoding="utf-8"), re.S))

    missing = sources(fresh) - sources(TS_FILE)
    assert not missing, f"run tools/update_translations.py and translate: {missing}"


def test_every_string_is_found_in_its_class(tmp_path: Path) -> None:
    """lupdate reads ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")`` literally;
    through an alias (``tr = self.tr``) it files the string under no class, and the running
    app, which looks it up under the class, never finds the translation."""
    fresh = tmp_path / "located.ts"
    subprocess.run(update_translations.lupdate_command(fresh, "absolute"), check=True,
                   capture_output=True, timeout=120)
    root = ET.parse(fresh).getroot()
    homeless = [
        f"{Path(loc.get('filename', '')).name}:{loc.get('line')}: {message.findtext('source')}"
        for context in root.iter("context") if not context.findtext("name")
        for message in context.iter("message") for loc in message.iter("location")
    ]
    assert not homeless, ("call self.tr(...) or QCoreApplication.translate(...) directly, "
                          "not through a name like tr:\n" + "\n".join(homeless))


def test_every_string_has_an_english_translation() -> None:
    assert update_translations.unfinished(TS_FILE) == [], (
        "translate these in resources/translations/faltapp_en.ts")


def test_only_complete_translations_are_accepted_and_vanished_ones_ignored(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text("""<TS><context><name>A</name>
    <message><source>Ta bort</source><translation type="unfinished">Delete</translation></message>
    <message><source>Ny</source><translation type="unfinished"></translation></message>
    <message><source>Gammal</source><translation type="vanished"></translation></message>
    <message numerus="yes"><source>%n pass</source><translation type="unfinished">
        <numerusform>%n shift</numerusform><numerusform></numerusform></translation></message>
    </context></TS>""", encoding="utf-8")
    assert update_translations.accept_same_text(ts) == 1
    assert update_translations.unfinished(ts) == ["Ny", "%n pass"]
