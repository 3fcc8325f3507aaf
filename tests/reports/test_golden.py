"""Golden PDFs: the Passrapport, the Veckosammanställning and the Lägesbild still print what they
printed, compared structurally (pages, each line's text, rounded position and fonts, table cells),
not byte for byte.

The goldens in ``tests/reports/golden/`` are made from fixed databases (the standard scenario, a
seeded demo year) by one command, run from the checkout after a deliberate change to a report,
the font, reportlab or uharfbuzz, and after looking at the PDFs (``--pdf-dir DIR``, then
``pdftoppm -png -r 70``):

    .venv/bin/python tools/update_golden.py [--pdf-dir DIR]
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import update_golden as golden


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Every golden's PDF made now, from the same fixed databases."""
    return golden.build(tmp_path_factory.mktemp("golden"))


def stored(name: str) -> dict:
    """A stored golden (or the manifest) as JSON."""
    return json.loads((golden.GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


def test_font_and_shaping_are_those_the_goldens_were_made_with() -> None:
    recorded, now = stored("manifest"), golden.manifest()
    assert recorded == now, (
        f"The report font or reportlab/uharfbuzz changed since the golden PDFs were made "
        f"({recorded} → {now}). Every position may move: look at the PDFs, then run "
        f"`{golden.COMMAND} --pdf-dir /tmp/golden` and commit tests/reports/golden/.")


@pytest.mark.parametrize("name", golden.GOLDENS)
def test_report_prints_as_its_golden(pdfs: dict[str, bytes], name: str) -> None:
    if stored("manifest") != golden.manifest():
        pytest.skip("font or shaping changed: see test_font_and_shaping_are_those_…")
    expected, actual = stored(name), golden.structure(pdfs[name])
    assert actual == expected, (
        f"{name} prints differently from tests/reports/golden/{name}.json:\n  "
        + "\n  ".join(golden.differences(expected, actual))
        + f"\nIf the change is intended, look at the PDF and run `{golden.COMMAND}`.")


def test_every_golden_is_made_by_the_command(pdfs: dict[str, bytes]) -> None:
    files = {p.stem for p in golden.GOLDEN.glob("*.json")} - {"manifest"}
    assert files == set(pdfs) == set(golden.GOLDENS), "golden files and the command disagree"
    assert (golden.GOLDEN / "README.md").exists()


def test_a_moved_line_is_named_in_the_message(pdfs: dict[str, bytes]) -> None:
    expected = stored("passrapport")
    moved = json.loads(json.dumps(expected))
    moved["pages"][0]["lines"][0][1] += 3
    (line,) = golden.differences(expected, moved)
    assert line.startswith("page 1 line 1: [") and "Passrapport" in line


def test_goldens_are_readable_json(tmp_path: Path) -> None:
    structure = stored("passrapport")
    path = tmp_path / "again.json"
    path.write_text(golden.dump(structure), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == structure
