"""The registerutdrag of the person with the most contacts, against a minimal PDF baseline.

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/person_rights.py --db x10.db [--contacts 300]

Works on a copy. The demo data links few contacts to persons, so this links the newest
``--contacts`` contacts of the database to one new person (more than any real person has
over five years), then times ``registerutdrag_pdf`` (median of 5) beside the same-run
baseline: a minimal reportlab PDF with as many pages. Target (issue 9): ≤ 1 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from work_copy import copy_database

from faltapp.core.entities import Contact, Person
from faltapp.core.jobs import run_to_end
from faltapp.reports.registerutdrag import registerutdrag_pdf
from faltapp.store.database import Database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--contacts", type=int, default=300)
    args = parser.parse_args()
    with Database.open(copy_database(args.db), os.environ["FALTAPP_PASSPHRASE"]) as db:
        person = Person("Bench", 2008)
        db.save(person)
        newest = sorted(db.all(Contact), key=lambda c: c.id)[: args.contacts]
        db.apply([(dataclasses.replace(c, person_id=person.id), db.meta(Contact, c.id).version)
                  for c in newest])
        times, pages = [], 0
        for _ in range(5):
            started = time.perf_counter()
            data = run_to_end(registerutdrag_pdf(db, person.id))
            times.append(time.perf_counter() - started)
        import pypdf
        from reportlab.platypus import PageBreak, Paragraph

        from faltapp.reports.output import pdf_document
        from faltapp.reports.text import styles

        pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
        started = time.perf_counter()
        buffer = io.BytesIO()
        story = []
        for n in range(pages):
            story += [Paragraph(f"sida {n}", styles()["body"]), PageBreak()]
        pdf_document(buffer, "baseline").build(story)
        baseline = time.perf_counter() - started
        print(f"linked_contacts: {len(newest)}  pages: {pages}")
        print(f"baseline_minimal_pdf_s: {baseline:.3f}")
        print(f"registerutdrag_s: {statistics.median(times):.3f}  (target <= 1)")


if __name__ == "__main__":
    main()
