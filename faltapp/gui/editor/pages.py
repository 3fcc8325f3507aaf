"""The shift editor's pages (sections) in side-index order, each built when first needed.

Building all seven pages up front made opening a shift slow; :class:`Pages` builds a page the
first time it is asked for (shown, given a problem, or asked for by a caller). A page that was
never built has not changed, so the draft keeps its part as loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from faltapp.gui.editor.basics_section import BasicsSection
from faltapp.gui.editor.contacts_section import ContactsSection
from faltapp.gui.editor.follow_ups_section import FollowUpsSection
from faltapp.gui.editor.observations_section import ObservationsSection
from faltapp.gui.editor.section import Section
from faltapp.gui.editor.summary_section import SummarySection
from faltapp.gui.editor.tally_section import TallySection
from faltapp.gui.editor.walk_section import WalkSection

SECTIONS: tuple[type[Section], ...] = (
    BasicsSection, TallySection, ContactsSection, ObservationsSection, FollowUpsSection,
    WalkSection, SummarySection)
"""In the order of the side index; Alt+1… follows this order."""


def owner_of(table: str, field: str) -> str:
    """KEY of the page showing problems and unparsed text of ``table``/``field`` ("" for none;
    the same rule as :meth:`Section.owns`, answerable before the page is built)."""
    for cls in SECTIONS:
        if field in cls.SHIFT_FIELDS if table == "shift" else table in cls.TABLES:
            return cls.KEY
    return ""


def raw_owner(key: str) -> str:
    """KEY of the page holding the unparsed text under ``key`` (a ``raw_key``)."""
    table, _record, field = key.split(":", 2)
    return owner_of(table, field)


def title_of(cls: type[Section]) -> str:
    """A section's translated title without building it (``title`` only calls ``self.tr``,
    which PySide also answers on the class, in the class's translation context)."""
    return cls.title(cls)  # type: ignore[arg-type]


class Pages(Mapping[str, Section]):
    """The sections by KEY in side-index order; each is built by ``make`` when first asked
    for (``pages[key]``). :meth:`built` lists only those built so far."""

    def __init__(self, make: Callable[[type[Section]], Section]) -> None:
        self._classes = {cls.KEY: cls for cls in SECTIONS}
        self._make = make
        self._built: dict[str, Section] = {}

    def __getitem__(self, key: str) -> Section:
        return self.build(key)

    def build(self, key: str) -> Section:
        """The page of ``key``, built now if it was not yet."""
        if key not in self._built:
            self._built[key] = self._make(self._classes[key])
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def is_built(self, key: str) -> bool:
        """True once the page of ``key`` exists."""
        return key in self._built

    def built(self) -> list[Section]:
        """The pages built so far, in side-index order."""
        return [self._built[key] for key in self._classes if key in self._built]
