"""The medborgarlöfte follow-up read back from the PDF: every promise's rows equal
``db.promises.promise_counts``, for a handmade set, a demo year, a period across a year's end
and an empty period."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import date

import pdfplumber
import pypdf
import pytest

from faltapp.core.jobs import run_to_end
from faltapp.core.promises import Promise, PromiseCounts, load_promises
from faltapp.reports.promise_report import MONTHS, NOTHING, OWNER_TITLES, promises_pdf
from faltapp.store.database import Database
from tests.reports.scenario import demo_database, night_shift, standard_scenario, walk_shift


def of(year: int) -> tuple[Promise, ...]:
    """The shipped promises as if made for ``year``."""
    return tuple(dataclasses.replace(p, year=year, id=f"{year}-{p.id}") for p in load_promises())


def read_tables(data: bytes) -> list[list[list[str]]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [[[(c or "").replace("\n", " ") for c in row] for row in t]
                for page in pdf.pages for t in page.extract_tables()]


def text_of(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def assert_tables_equal_counts(data: bytes, counts: list[PromiseCounts]) -> None:
    """Each promise with activities has a table, in order, whose rows equal its counts."""
    tables = iter(read_tables(data))
    for c in counts:
        if c.total == 0:
            continue
        head, *rows = next(tables)
        assert head == ["Räknas", *(MONTHS[m.month - 1] for m in c.months), "Summa"]
        expected = [[r.label, *map(str, row), str(sum(row))]
                    for r, row in zip(c.promise.rules, c.per_rule, strict=True)]
        if len(expected) > 1:
            expected.append(["Summa", *map(str, c.per_month), str(c.total)])
        assert rows == expected
    assert next(tables, None) is None


def make(db: Database, start: date, end: date, promises: tuple[Promise, ...]) -> bytes:
    return run_to_end(promises_pdf(db, start, end, promises))


def test_handmade_activities_read_back_equal_promise_counts(db: Database) -> None:
    standard_scenario(db)
    night_shift(db)
    walk_shift(db)
    promises = of(2026)
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    data = make(db, start, end, promises)
    counts = db.promises.promise_counts(promises, start, end)
    assert sum(c.total for c in counts) >= 6
    assert_tables_equal_counts(data, counts)
    text = text_of(data)
    for title in OWNER_TITLES.values():
        assert title in text
    nothing = [c for c in counts if c.total == 0]
    assert nothing and text.count(NOTHING) == len(nothing)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = demo_database(tmp_path_factory.mktemp("demo") / "demo.db", years=2)
    yield db
    db.close()


def test_a_demo_year_reads_back_equal_promise_counts(demo: Database) -> None:
    promises = of(2025)
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    counts = demo.promises.promise_counts(promises, start, end)
    assert sum(c.total for c in counts) > 1000
    assert_tables_equal_counts(make(demo, start, end, promises), counts)


def test_a_period_across_a_years_end_uses_each_years_own_promises(demo: Database) -> None:
    promises = of(2025) + of(2026)[:4]
    data = make(demo, date(2025, 11, 15), date(2026, 2, 10), promises)
    late = demo.promises.promise_counts(promises[:9], date(2025, 11, 15), date(2025, 12, 31))
    early = demo.promises.promise_counts(promises[9:], date(2026, 1, 1), date(2026, 2, 10))
    assert [m.month for m in late[0].months] == [11, 12]
    assert [m.month for m in early[0].months] == [1, 2]
    assert_tables_equal_counts(data, late + early)
    text = text_of(data)
    assert "2025 (2025-11-15 – 2025-12-31)" in text and "2026 (2026-01-01 – 2026-02-10)" in text


def test_an_empty_period_says_so_for_every_promise(db: Database) -> None:
    promises = of(2026)
    data = make(db, date(2026, 3, 1), date(2026, 5, 31), promises)
    assert read_tables(data) == []
    text = text_of(data)
    assert text.count(NOTHING) == len(promises)
    assert "Medborgarlöften – uppföljning 2026-03-01 – 2026-05-31" in text
    before = make(db, date(2020, 1, 1), date(2020, 12, 31), promises)
    assert "Inga medborgarlöften finns inlagda för 2020 eller tidigare." in text_of(before)


def test_a_year_without_promises_follows_up_the_latest_made_before_it(db: Database) -> None:
    promises = of(2026)
    later = text_of(make(db, date(2030, 1, 1), date(2030, 12, 31), promises))
    assert "Inga löften finns inlagda för 2030: de senaste, från 2026, följs upp." in later
    assert later.count(NOTHING) == len(promises)
    assert all(p.title in later.replace("\n", " ") for p in promises)


def test_the_shipped_promises_are_the_default(db: Database) -> None:
    data = run_to_end(promises_pdf(db, date(2021, 1, 1), date(2021, 12, 31)))
    text = text_of(data)
    assert all(p.title in text.replace("\n", " ") for p in load_promises())
