"""Collect every tr() string of faltapp/gui into resources/translations/faltapp_en.ts.

    .venv/bin/python tools/update_translations.py [--accept-same-text] [--drop-obsolete]

Runs pyside6-lupdate over every .py under faltapp/gui (recursively), keeping the translations
already in the .ts, then lists the strings that still wait for a translation. Strings no longer
in the code stay in the .ts marked "vanished" (a string moved during a refactoring keeps its
translation that way) until ``--drop-obsolete`` removes them. Translate in Qt Linguist
(pyside6-linguist) or by editing the XML; ./bootstrap.sh builds the .qm the app loads.

A string that moved to another class, or also appears in a new one, gets the translation it
already has elsewhere, marked unfinished for review; ``--accept-same-text`` accepts those.
(lupdate's guesses from merely *similar* texts are switched off: they are usually wrong.)
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "faltapp" / "gui"
TS_FILE = ROOT / "resources" / "translations" / "faltapp_en.ts"


def gui_sources() -> list[Path]:
    """Every Python file of the GUI, in a stable order."""
    return sorted(GUI.rglob("*.py"))


def lupdate_command(ts_file: Path, locations: str = "none",
                    drop_obsolete: bool = False) -> list[str]:
    """The pyside6-lupdate call that writes ``ts_file`` from :func:`gui_sources`.

    ``locations`` "none" keeps line numbers out of the committed .ts (no churn on every edit);
    "absolute" helps to find where a string comes from.
    """
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    return [str(lupdate), *map(str, gui_sources()), *(["-no-obsolete"] if drop_obsolete else []),
            "-locations", locations, "-disable-heuristic", "similartext",
            "-source-language", "sv_SE", "-target-language", "en", "-ts", str(ts_file)]


def unfinished(ts_file: Path) -> list[str]:
    """Source texts in ``ts_file`` without a finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [translation.text] if translation is not None else []
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text for form in translation.iter("numerusform")]
        if (translation is None or translation.get("type") == "unfinished"
                or not all(texts)):
            missing.append(message.findtext("source") or "")
    return missing


def accept_same_text(ts_file: Path) -> int:
    """Mark unfinished messages that already carry a translation as finished; how many."""
    accepted = 0

    def accept(match: re.Match[str]) -> str:
        nonlocal accepted
        body = match.group(0)
        if re.search(r"<translation[^>]*>\s*</translation>|<numerusform>\s*</numerusform>", body):
            return body
        accepted += 1
        return body.replace('<translation type="unfinished">', "<translation>")

    text = ts_file.read_text(encoding="utf-8")
    text = re.sub(r'<message[^>]*>(?:(?!</message>).)*type="unfinished".*?</message>', accept,
                  text, flags=re.S)
    ts_file.write_text(text, encoding="utf-8")
    return accepted


def main() -> int:
    """Update the .ts; exit code 0 even with unfinished strings (they are listed)."""
    drop = "--drop-obsolete" in sys.argv[1:]
    subprocess.run(lupdate_command(TS_FILE, drop_obsolete=drop), check=True, cwd=ROOT)
    if "--accept-same-text" in sys.argv[1:]:
        print(f"{accept_same_text(TS_FILE)} translation(s) taken from the same text elsewhere")
    missing = unfinished(TS_FILE)
    for source in missing:
        print(f"  unfinished: {source}")
    print(f"{len(missing)} string(s) unfinished in {TS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
