"""Rewrite the golden PDFs' structure in tests/reports/golden/ (tests/reports/test_golden.py).

A golden is not the PDF's bytes but what a reader sees: the page count and, per page, every
printed line (text, rounded position, fonts) and every table's cells, read with pdfplumber from a
PDF made with ``invariant=1`` from a fixed database: the standard scenario for the Passrapport,
a seeded demo year for the Veckosammanställning and the Lägesbild. ``manifest.json`` records
the sha256 of the report font files and the versions of reportlab and uharfbuzz, which move
every position: after a font rebuild or an upgrade the test says to look at the PDFs and run

    .venv/bin/python tools/update_golden.py [--pdf-dir DIR]

``--pdf-dir`` also writes the PDFs themselves, to look at (``pdftoppm -png -r 70``).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
import tempfile
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make faltapp and tests importable
    sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from faltapp.core.entities import Category, Place  # noqa: E402
from faltapp.core.jobs import run_to_end  # noqa: E402
from faltapp.core.weeks import IsoWeek  # noqa: E402
from faltapp.demo import DemoSpec, generate  # noqa: E402
from faltapp.reports.fonts import font_files  # noqa: E402
from faltapp.store.database import Database  # noqa: E402
from faltapp.store.keys import KdfParams  # noqa: E402

GOLDEN = ROOT / "tests" / "reports" / "golden"
COMMAND = ".venv/bin/python tools/update_golden.py"
DEMO = DemoSpec(workers=8, years=1, seed=7, end=date(2026, 11, 22))
WEEK = IsoWeek.parse("2026-W46")
TODAY = date(2026, 11, 18)
"""The demo's last full week, counted on the Wednesday after it."""
GOLDENS = ("passrapport", "veckosammanstallning", "lagesbild")
"""Each golden's name: its JSON file in GOLDEN and its key in :func:`build`."""
_SUBSET = re.compile(r"^[A-Z]{6}\+")


def _database(path: Path) -> Database:
    """A new database with the tests' cheap key derivation."""
    return Database.create(path, "golden golden", kdf=KdfParams.for_tests())


def build(folder: Path) -> dict[str, bytes]:
    """Every golden's PDF by name (its JSON file's), made from fixed databases in ``folder``."""
    from faltapp.reports.lagesbild import lagesbild_pdf
    from faltapp.reports.shift_report import shift_pdf
    from faltapp.reports.week_report import week_pdf
    from tests.reports.scenario import standard_scenario

    with _database(folder / "scenario.db") as scenario, _database(folder / "demo.db") as demo:
        shift_id = standard_scenario(scenario).shift.id
        demo.save_many(generate(DEMO, demo.all(Place), demo.all(Category)))
        return {
            "passrapport": run_to_end(shift_pdf(scenario, shift_id)),
            "veckosammanstallning": run_to_end(week_pdf(demo, WEEK, TODAY)),
            "lagesbild": run_to_end(lagesbild_pdf(demo, WEEK, TODAY)),
        }


def manifest() -> dict[str, Any]:
    """What moves every position: the font files' sha256, reportlab's and uharfbuzz's version."""
    return {
        "fonts": {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
                  for path in font_files().values()},
        "reportlab": metadata.version("reportlab"),
        "uharfbuzz": metadata.version("uharfbuzz"),
    }


def structure(data: bytes) -> dict[str, Any]:
    """What a reader sees in the PDF: per page its lines (x, top in points, fonts, text) and its
    tables' cells."""
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines = [
                [round(line["x0"]), round(line["top"]),
                 ",".join(sorted({_SUBSET.sub("", c["fontname"]) for c in line["chars"]})),
                 line["text"]]
                for line in page.extract_text_lines(return_chars=True)
            ]
            pages.append({"lines": lines, "tables": page.extract_tables()})
    return {"page_count": len(pages), "pages": pages}


def dump(golden: dict[str, Any]) -> str:
    """``golden`` as JSON with one printed line or table row per text line (readable diffs)."""
    def rows(items: list[Any], indent: str) -> str:
        return ",\n".join(indent + json.dumps(item, ensure_ascii=False) for item in items)

    pages = [f'  {{"lines": [\n{rows(page["lines"], "   ")}\n  ],\n'
             f'  "tables": [\n' + ",\n".join(f"   [\n{rows(t, '    ')}\n   ]"
                                             for t in page["tables"]) + "\n  ]}"
             for page in golden["pages"]]
    return (f'{{"page_count": {golden["page_count"]},\n "pages": [\n'
            + ",\n".join(pages) + "\n ]}\n")


def differences(expected: dict[str, Any], actual: dict[str, Any], limit: int = 8) -> list[str]:
    """The first ``limit`` ways ``actual`` differs from ``expected``, one readable line each."""
    out = []
    if expected["page_count"] != actual["page_count"]:
        out.append(f"pages: {expected['page_count']} → {actual['page_count']}")
    for number, (old, new) in enumerate(zip(expected["pages"], actual["pages"], strict=False), 1):
        for i in range(max(len(old["lines"]), len(new["lines"]))):
            was = old["lines"][i] if i < len(old["lines"]) else None
            now = new["lines"][i] if i < len(new["lines"]) else None
            if was != now:
                out.append(f"page {number} line {i + 1}: {was} → {now}")
        if old["tables"] != new["tables"]:
            out.append(f"page {number}: table cells differ")
    return out[:limit]


def main(argv: list[str] | None = None) -> int:
    """Rewrite every golden and the manifest; print what changed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-dir", type=Path, help="also write the PDFs here, to look at")
    args = parser.parse_args(argv)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pdfs = build(Path(scratch))
    for name, data in pdfs.items():
        target = GOLDEN / f"{name}.json"
        new = structure(data)
        old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else None
        target.write_text(dump(new), encoding="utf-8")
        changes = "new" if old is None else "; ".join(differences(old, new)) or "unchanged"
        print(f"{target.relative_to(ROOT)}: {new['page_count']} pages, {changes}")
        if args.pdf_dir:
            args.pdf_dir.mkdir(parents=True, exist_ok=True)
            (args.pdf_dir / f"{name}.pdf").write_bytes(data)
    (GOLDEN / "manifest.json").write_text(json.dumps(manifest(), indent=1) + "\n",
                                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
