"""Collect every tr() string of faltapp/gui into resources/translations/faltapp_en.ts.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over every .py under faltapp/gui (recursively), keeping the translations
already in the .ts and dropping strings no longer in the code, then prints how many strings
still wait for a translation. Translate them in Qt Linguist (pyside6-linguist) or by editing
the XML; ./bootstrap.sh builds the .qm the app loads.
"""

from __future__ import annotations

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


def lupdate_command(ts_file: Path, locations: str = "none") -> list[str]:
    """The pyside6-lupdate call that writes ``ts_file`` from :func:`gui_sources`.

    ``locations`` "none" keeps line numbers out of the committed .ts (no churn on every edit);
    "absolute" helps to find where a string comes from.
    """
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    return [str(lupdate), *map(str, gui_sources()), "-no-obsolete", "-locations", locations,
            "-source-language", "sv_SE", "-target-language", "en", "-ts", str(ts_file)]


def unfinished(ts_file: Path) -> list[str]:
    """Source texts in ``ts_file`` without a finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        texts = [translation.text] if translation is not None else []
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text for form in translation.iter("numerusform")]
        if (translation is None or translation.get("type") == "unfinished"
                or not all(texts)):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    """Update the .ts; exit code 0 even with unfinished strings (they are listed)."""
    subprocess.run(lupdate_command(TS_FILE), check=True, cwd=ROOT)
    missing = unfinished(TS_FILE)
    for source in missing:
        print(f"  unfinished: {source}")
    print(f"{len(missing)} string(s) unfinished in {TS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
