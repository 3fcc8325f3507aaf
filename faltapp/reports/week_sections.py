"""The sections of the Veckosammanställning, each from the week's figures (no Qt, no SQL).

Every number comes from ``db.reports`` / ``db.promises``; here only tables and charts. Zero
cells of the place × time band grid print "–" so the hot spots stand out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from faltapp.core.promises import PromiseCounts
from faltapp.core.report_figures import (
    AreaFigures,
    CategoryFigures,
    DayFigures,
    NotableObservation,
    OpenFollowUp,
    PlaceBandFigures,
    Totals,
)
from faltapp.core.time_bands import LABELS
from faltapp.core.vocabulary import Vocabulary, vocabulary
from faltapp.reports.charts import bar_chart, column_chart
from faltapp.reports.layout import none_line, section, signed, table
from faltapp.reports.shift_report import WEEKDAYS, clock
from faltapp.reports.text import paragraph, styles

WIDTH = 178 * mm
"""The text width of an A4 page between the report margins."""

TOTAL_LABELS: dict[str, str] = {
    "shifts": "Pass", "met": "Mötta ungdomar", "contacts": "Kontakter",
    "observations": "Iakttagelser", "concern_talks": "Orossamtal",
    "concern_reports": "Orosanmälningar", "affected_alcohol": "Påverkade av alkohol",
    "affected_drugs": "Påverkade av droger", "police_shifts": "Pass med polis",
    "adult_shifts": "Pass med nattvandrare/föräldrar",
    "open_follow_ups": "Öppna uppföljningar", "overdue_follow_ups": "varav försenade",
}
"""The Swedish label of every figure of ``Totals``, in reading order."""
OWNERS = {"polis": "Polisen", "kommun": "Kommunen", "gemensamt": "Gemensamt"}
NO_AREA = "Utan område"
LATE = colors.HexColor("#f6d5d5")


def short_day(day: date) -> str:
    """"fre 20/11"."""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day}/{day.month}"


def _count(n: int) -> str:
    return str(n) if n else "–"


def totals(this: Totals, previous: Totals, week: int, last: int, today: date
           ) -> list[Flowable]:
    """Every total of the week beside the previous ISO week's and the signed change."""
    rows = [["", f"v. {week}", f"v. {last}", "Förändring"]]
    for name, label in TOTAL_LABELS.items():
        now, before = getattr(this, name), getattr(previous, name)
        rows.append([label, str(now), str(before), signed(now - before)])
    grid = table(rows, [70 * mm, 22 * mm, 22 * mm, 24 * mm], numeric=(1, 2, 3))
    note = _small(f"Uppföljningar: gjorda under respektive veckas pass och öppna "
                  f"{today.isoformat()}; försenade har passerat sitt senast-datum.")
    return section("Totalt", [grid, Spacer(0, 2), note])


def days(figures: Sequence[DayFigures]) -> list[Flowable]:
    """Per weekday (shifts by their start date): table beside a chart of young people met."""
    rows = [["Dag", "Pass", "Mötta", "Kontakter", "Iakttagelser"]]
    for d in figures:
        rows.append([short_day(d.day), str(d.shifts), str(d.met), str(d.contacts),
                     str(d.observations)])
    rows.append(["Totalt", *(str(sum(getattr(d, f) for d in figures))
                             for f in ("shifts", "met", "contacts", "observations"))])
    grid = table(rows, [22 * mm, 12 * mm, 15 * mm, 21 * mm, 24 * mm], numeric=range(1, 5),
                 total_row=True)
    chart = column_chart([short_day(d.day) for d in figures], [d.met for d in figures],
                         WIDTH - 96 * mm, 34 * mm)
    caption = paragraph("Mötta ungdomar per dag", styles()["small"])
    return section("Per veckodag", [
        _small("Ett pass som går över midnatt räknas på sin startdag."),
        _beside(grid, [caption, chart])])


def areas(figures: Sequence[AreaFigures]) -> list[Flowable]:
    """Per area: shifts (a shift in two areas counts in both), contacts, observations."""
    if not figures:
        return section("Per område", none_line("Inga områden registrerade."))
    ordered = sorted(figures, key=lambda a: (a.area == "", a.area.casefold()))
    rows = [["Område", "Pass", "Kontakter", "Iakttagelser"]]
    rows += [[a.area or NO_AREA, str(a.shifts), str(a.contacts), str(a.observations)]
             for a in ordered]
    grid = table(rows, [60 * mm, 18 * mm, 22 * mm, 24 * mm], numeric=(1, 2, 3))
    return section("Per område", [
        _small("Ett pass i flera områden räknas i vart och ett; kontakter och iakttagelser "
               "i sin plats område."), grid])


def categories(figures: Sequence[CategoryFigures]) -> list[Flowable]:
    """Per EST category: observations and people, then a bar chart of the observations."""
    if not figures:
        return section("Per EST-kategori", none_line("Inga iakttagelser."))
    rows = [["Kategori", "Iakttagelser", "Personer"]]
    rows += [[c.name or c.code or "Utan kategori", str(c.observations), str(c.people)]
             for c in figures]
    rows.append(["Totalt", str(sum(c.observations for c in figures)),
                 str(sum(c.people for c in figures))])
    grid = table(rows, [60 * mm, 24 * mm, 20 * mm], numeric=(1, 2), total_row=True)
    chart = bar_chart([r[0] for r in rows[1:-1]], [c.observations for c in figures], WIDTH,
                      label_width=50 * mm)
    caption = paragraph("Iakttagelser per kategori", styles()["small"])
    return section("Per EST-kategori", [grid, Spacer(0, 3 * mm), KeepTogether([caption, chart])])


def place_bands(figures: Sequence[PlaceBandFigures]) -> list[Flowable]:
    """Observations per place and time band with row and column totals, busiest place first."""
    if not figures:
        return section("Plats och tid", none_line("Inga iakttagelser."))
    cells: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for f in figures:
        cells.setdefault(f.place_id, {})[f.band] = f.observations
        names[f.place_id] = f.place or "okänd plats"
    order = sorted(cells, key=lambda p: (-sum(cells[p].values()), names[p].casefold(), p))
    rows = [["Plats", *LABELS, "Totalt"]]
    for place in order:
        line = [cells[place].get(band, 0) for band in LABELS]
        rows.append([names[place], *map(_count, line), str(sum(line))])
    column = [sum(cells[p].get(band, 0) for p in cells) for band in LABELS]
    rows.append(["Totalt", *map(_count, column), str(sum(column))])
    widths = [58 * mm, *[16 * mm] * len(LABELS), 18 * mm]
    grid = table(rows, widths, numeric=range(1, len(LABELS) + 2), total_row=True)
    return section("Plats och tid", [
        _small("Iakttagelser per plats och tidsband. Det som sker efter midnatt hör till "
               "passets startdag (01– är efter kl. 01)."), grid])


def notable(found: Sequence[NotableObservation], total: int) -> list[Flowable]:
    """The notable observations (severity Hög or forwarded to the police), capped."""
    title = "Anmärkningsvärda iakttagelser"
    note = _small("Allvar Hög eller vidarebefordrat till polis; allvarligast först, sedan "
                  "senast först.")
    if not found:
        return section(title, [note, none_line("Inga anmärkningsvärda iakttagelser.")])
    v = vocabulary()
    rows = [["När", "Plats", "Kategori", "Allvar", "Antal", "Beskrivning"]]
    for o in found:
        sent = ", ".join(Vocabulary.name_of(v.forward_targets, t) for t in o.forwarded_to)
        rows.append([f"{short_day(o.shift_date)} {clock(o.observed_at, o.shift_date)}",
                     o.place or "okänd plats", o.category or "–",
                     Vocabulary.name_of(v.severities, str(o.severity)), str(o.people),
                     (o.description or "–") + (f"\nVidarebefordrat till {sent}" if sent else "")])
    widths = [w * mm for w in (23, 31, 37, 14, 13, 60)]
    body: list[Flowable] = [note, table(rows, widths, numeric=(4,))]
    if total > len(found):
        body.append(paragraph(f"… och {total - len(found)} till (se passrapporterna).",
                              styles()["body"]))
    return section(title, body)


def follow_ups(found: Sequence[OpenFollowUp]) -> list[Flowable]:
    """Open follow-ups made on the week's shifts, soonest due first, overdue ones marked."""
    title = "Öppna uppföljningar"
    if not found:
        return section(title, none_line("Inga öppna uppföljningar från veckans pass."))
    rows = [["Uppföljning", "Från passet", "Ansvarig", "Senast", "Status"]]
    for f in found:
        rows.append([f.text or "–", short_day(f.shift_date), f.owner or "–",
                     f.due.isoformat() if f.due else "–",
                     "Försenad" if f.overdue else "Öppen"])
    grid = table(rows, [w * mm for w in (80, 22, 34, 22, 20)])
    late = [i for i, f in enumerate(found, start=1) if f.overdue]
    grid.setStyle(TableStyle([("BACKGROUND", (4, i), (4, i), LATE) for i in late]))
    return section(title, [_small("Gjorda under veckans pass, de som ska vara klara först "
                                  "överst."), grid])


def promises(counts: Sequence[PromiseCounts], week: int, note: str) -> list[Flowable]:
    """Medborgarlöften: each promise with what counted toward it during the week; ``note``
    says which year's promises (or, with no counts, why there are none)."""
    title = "Medborgarlöften"
    if not counts:
        return section(title, none_line(note))
    rows = [["Ägare", "Löfte och vad som räknas", f"v. {week}"]]
    for c in counts:
        parts = "; ".join(f"{rule.label}: {sum(row)}"
                          for rule, row in zip(c.promise.rules, c.per_rule, strict=True))
        rows.append([OWNERS.get(c.promise.owner, c.promise.owner),
                     f"{c.promise.title}\n{parts}", str(c.total)])
    grid = table(rows, [26 * mm, 134 * mm, 18 * mm], numeric=(2,))
    return section(title, [_small(note), grid])


def _small(text: str) -> Flowable:
    return paragraph(text, styles()["small"])


def _beside(left: Flowable, right: list[Flowable]) -> Table:
    """Two flowables side by side, tops aligned."""
    grid = Table([[left, right]], colWidths=[96 * mm, WIDTH - 96 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return grid
