"""Medborgarlöfte counts: each kind of rule counted right, per month of the shift's date."""

from __future__ import annotations

from datetime import date, datetime, time

from faltapp.core.entities import Contact, Observation, Place, Shift
from faltapp.core.promises import Promise, Rule, load_promises
from faltapp.store.database import Database

MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
PERIOD = (date(2026, 3, 1), date(2026, 4, 30))


def _rule(count: str, **filters: str | int) -> Rule:
    return Rule(count, tuple(filters.items()), count)


def _promise(promise_id: str, *rules: Rule) -> Promise:
    return Promise(promise_id, 2026, "gemensamt", promise_id, promise_id, rules)


def _places(db: Database) -> dict[str, str]:
    return {p.name: p.id for p in db.all(Place)}


def _fill(db: Database) -> None:
    """Two months of handmade shifts, plus records that must not count."""
    place = _places(db)
    torget, station, hamnen = place["Stortorget"], place["Resecentrum"], place["Hamnen"]
    a = Shift(date=date(2026, 3, 13), start=time(18), end=time(23), kind="kvallspass",
              area_ids=(torget,), partners=("nattvandrare", "polis"))
    # crosses midnight into April: everything on it counts in March
    b = Shift(date=date(2026, 3, 31), start=time(22), end=time(2), kind="nattpass",
              area_ids=(hamnen, torget, station))
    c = Shift(date=date(2026, 4, 2), start=time(14), end=time(17), kind="skolpass",
              area_ids=(torget,), partners=("skola",))
    d = Shift(date=date(2026, 4, 10), start=time(17), end=time(19), kind="tatortsvandring",
              area_ids=(torget,), partners=("polis",))
    e = Shift(date=date(2026, 4, 11), start=time(19), end=time(23), kind="kvallspass",
              area_ids=(hamnen,), partners=("nattvandrare",))
    outside = [Shift(date=day, start=time(19), end=time(23), kind="tatortsvandring",
                     area_ids=(torget,), partners=("nattvandrare",))
               for day in (date(2026, 2, 28), date(2026, 5, 1))]

    def obs(shift: Shift, at: datetime, category: str, text: str, *to: str) -> Observation:
        return Observation(shift_id=shift.id, observed_at=at, place_id=torget,
                           category=category, description=text, forwarded_to=to)

    records = [
        a, b, c, d, e, *outside,
        Contact(shift_id=a.id, alias="A1", actions=("samtal", "concern_talk")),
        Contact(shift_id=a.id, alias="A2", actions=("concern_report",)),
        Contact(shift_id=b.id, alias="B1", actions=("kontakt_vardnadshavare", "concern_talk")),
        Contact(shift_id=e.id, alias="E1", actions=("concern_talk",)),
        Contact(shift_id=outside[0].id, alias="X", actions=("concern_talk",)),
        obs(a, datetime(2026, 3, 13, 20), "otrygg_plats", "Trasig BELYSNING vid torget",
            "felanmalan", "polis"),
        obs(a, datetime(2026, 3, 13, 21), "paverkade", "Berusade", "polis"),
        obs(b, datetime(2026, 4, 1, 0, 30), "otrygg_plats", "Ingen belysning", "felanmalan"),
        obs(c, datetime(2026, 4, 2, 15), "otrygg_plats", "belysning trasig", "gata_park"),
        obs(c, datetime(2026, 4, 2, 16), "otrygg_plats", "Klotter", "felanmalan"),
        obs(d, datetime(2026, 4, 10, 18), "skadegorelse", "belysning sönderslagen",
            "felanmalan"),
        obs(outside[1], datetime(2026, 5, 1, 20), "otrygg_plats", "belysning", "felanmalan"),
    ]
    db.save_many(records)
    # a deleted contact and a deleted shift's records do not count
    gone = Contact(shift_id=c.id, alias="Borta", actions=("concern_talk",))
    deleted_shift = Shift(date=date(2026, 4, 20), start=time(19), end=time(23),
                          kind="tatortsvandring", area_ids=(torget,), partners=("polis",))
    db.save_many([gone, deleted_shift])
    db.delete(Contact, gone.id, db.meta(Contact, gone.id).version)
    db.delete(Shift, deleted_shift.id, db.meta(Shift, deleted_shift.id).version)


RULES = {
    "concern_talk": _rule("contacts_with_action", action="concern_talk"),
    "concern_report": _rule("contacts_with_action", action="concern_report"),
    "night_walkers": _rule("shifts_with_partner", partner="nattvandrare"),
    "police": _rule("shifts_with_partner", partner="polis"),
    "walks": _rule("shifts_of_kind", kind="tatortsvandring"),
    "centrum_evenings": _rule("shifts_in_areas", area="Centrum", from_hour=18),
    "centrum": _rule("shifts_in_areas", area="Centrum"),
    "lighting": _rule("observations_forwarded", category="otrygg_plats",
                      forwarded_to="felanmalan", description_contains="belysning"),
    "to_police": _rule("observations_forwarded", forwarded_to="polis"),
    "observations": _rule("observations"),
    "unsafe_places": _rule("observations", category="otrygg_plats"),
}

EXPECTED = {  # (March, April)
    "concern_talk": (2, 1),  # A1 and B1; E1; not X (February) or the deleted contact
    "concern_report": (1, 0),
    "night_walkers": (1, 1),  # a, e; not the shifts of February and May
    "police": (1, 1),  # a, d; not the deleted shift
    "walks": (0, 1),
    "centrum_evenings": (2, 1),  # a, b (past midnight); d ends 19:00; c ends 17:00
    "centrum": (2, 2),  # b once although two of its places are in Centrum
    "lighting": (2, 0),  # a (upper case), b at 00:30 in April counts in March
    "to_police": (2, 0),
    "observations": (3, 3),
    "unsafe_places": (2, 2),
}


def test_each_kind_of_rule_counts_per_month(db: Database) -> None:
    _fill(db)
    promises = [_promise(name, rule) for name, rule in RULES.items()]
    counts = db.promises.promise_counts(promises, *PERIOD)
    assert [c.promise.id for c in counts] == list(RULES)
    assert all(c.months == (MARCH, APRIL) for c in counts)
    assert {c.promise.id: c.per_rule[0] for c in counts} == EXPECTED


def test_rules_of_one_promise_add_up_and_keep_their_own_rows(db: Database) -> None:
    _fill(db)
    adults = _promise("adults", RULES["night_walkers"], RULES["police"])
    talks = _promise("talks", RULES["concern_report"], RULES["concern_talk"])
    first, second = db.promises.promise_counts([adults, talks], *PERIOD)
    assert first.per_rule == ((1, 1), (1, 1)) and first.per_month == (2, 2)
    assert second.per_rule == ((1, 0), (2, 1)) and second.total == 4


def test_a_period_inside_one_month_and_one_across_months(db: Database) -> None:
    _fill(db)
    walks = _promise("walks", RULES["walks"], RULES["concern_talk"])
    [march] = db.promises.promise_counts([walks], date(2026, 3, 13), date(2026, 3, 14))
    assert march.months == (MARCH,) and march.per_rule == ((0,), (1,))  # b is on the 31st
    [spring] = db.promises.promise_counts([walks], date(2026, 2, 1), date(2026, 5, 31))
    assert spring.per_rule == ((1, 0, 1, 1), (1, 2, 1, 0))


def test_a_period_with_nothing_gives_zeros_for_the_shipped_promises(db: Database) -> None:
    _fill(db)
    counts = db.promises.promise_counts(load_promises(), date(2021, 1, 1), date(2021, 12, 31))
    assert len(counts) == 9
    assert all(len(c.months) == 12 and c.total == 0 for c in counts)
    assert all(row == (0,) * 12 for c in counts for row in c.per_rule)


def test_the_shipped_promises_count_the_handmade_activities(db: Database) -> None:
    _fill(db)
    counts = {c.promise.id: c for c in db.promises.promise_counts(load_promises(), *PERIOD)}
    assert counts["2021-polis-3"].per_month == (2, 1)  # concern talks
    assert counts["2021-kommun-2"].per_month == (1, 1)  # night walkers and parents
    assert counts["2021-kommun-3"].per_rule == ((2, 0), (0, 1))  # felanmälan; gata/park
    assert counts["2021-gemensamt-1"].per_month == (0, 1)  # safety walks
    assert counts["2021-gemensamt-2"].per_month == (3, 3)  # every observation


def test_an_empty_database_and_no_promises(db: Database) -> None:
    assert db.promises.promise_counts([], *PERIOD) == []
    [counts] = db.promises.promise_counts([_promise("p", RULES["centrum"])], *PERIOD)
    assert counts.per_rule == ((0, 0),)
