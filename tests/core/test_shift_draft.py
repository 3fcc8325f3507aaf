"""The editor's draft: round trip through JSON, emptiness, damaged drafts."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from faltapp.core.entities import Contact, Observation, Shift, Tally, WalkItem
from faltapp.core.shift_bundle import LoadedShift, ShiftBundle
from faltapp.core.shift_draft import DraftFormatError, ShiftDraft, blank_shift, raw_key


def full_draft() -> ShiftDraft:
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(0, 30), kind="kvallspass",
                  area_ids=("p1",), partners=("polis",), summary="Lugnt — ሰላም", weather="Regn")
    draft = ShiftDraft(shift, bases={("shift", shift.id): "3-abc"})
    draft.tallies.append(Tally(shift.id, "flicka", "13_15", 9, affected_alcohol=1))
    draft.contacts.append(Contact(shift.id, "Ahmed ع.", 2010, "pojke", conversation="orossamtal"))
    draft.observations.append(Observation(shift.id, datetime(2025, 3, 15, 0, 10), "p1",
                                          "otrygg_plats"))
    draft.walk_items.append(WalkItem(shift.id, "Mörk gångväg", deadline=date(2025, 4, 1)))
    draft.raw[raw_key("contact", draft.contacts[0].id, "birth_year")] = "20"
    draft.reason = "Fel tid"
    return draft


def test_a_draft_survives_json_unchanged() -> None:
    draft = full_draft()
    again = ShiftDraft.from_json(draft.to_json())
    assert again == draft


def test_children_of_the_bundle_point_at_the_shift() -> None:
    draft = full_draft()
    draft.contacts[0] = Contact("someone-else", "X")
    assert {c.shift_id for c in draft.bundle().contacts} == {draft.shift.id}


def test_a_new_blank_shift_has_no_content() -> None:
    draft = ShiftDraft(blank_shift(date(2025, 3, 14)))
    assert draft.is_new and not draft.has_content()
    draft.tallies.append(Tally(draft.shift.id, "pojke", "16_17", 0))
    assert not draft.has_content()  # a grid of zeros is nothing met
    draft.raw["shift:x:summary"] = "h"
    assert draft.has_content()


def test_a_loaded_shift_is_not_new() -> None:
    shift = blank_shift(date(2025, 3, 14))
    draft = ShiftDraft.from_loaded(LoadedShift(ShiftBundle(shift), {("shift", shift.id): "1-a"}))
    assert not draft.is_new


@pytest.mark.parametrize("text", [
    "", "null", "[]", '{"format": "annat"}',
    '{"format": "faltapp-editor-draft", "version": 99, "shift": {}}',
    '{"format": "faltapp-editor-draft", "version": 1, "shift": {"date": "igår"}}',
])
def test_a_damaged_draft_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(DraftFormatError):
        ShiftDraft.from_json(text)
