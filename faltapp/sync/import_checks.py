"""The importer's checks between reading a file and merging it (issue 8 item 3; no Qt).

In the issue's order: the team matches → the signer is enrolled and not revoked (and, on a
field secretary's device, a leader) → [signature, records hash: ``export_format``] → the
export is not a replay → every record strictly valid in staging: its table is known, every
field has its JSON type, the entity passes ``core/validation.py`` (lengths, enums, control
characters) and every reference points at a record this database knows or one in the same
file. Each refusal is an :class:`ImportRefused` with one Swedish sentence and a ``reason``.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from faltapp.core.codec import from_payload
from faltapp.core.entities import TYPE_BY_TABLE, Category
from faltapp.core.messages import text
from faltapp.core.validation import Context, validate
from faltapp.store.errors import StoreError
from faltapp.store.merge import ForeignVersion
from faltapp.store.versioning import REFERENCES
from faltapp.sync.export_format import ExportFileError, ExportRecord, Manifest

if TYPE_CHECKING:
    from faltapp.core.team import TeamDevice
    from faltapp.store.database import Database


class ImportRefused(StoreError):
    """A file that is not imported: one sentence, a ``reason`` code, where it was put aside."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.quarantined: Any = None  # the quarantine path, once the file was put aside


def refused(error: ExportFileError) -> ImportRefused:
    """The format's refusal as the importer's."""
    return ImportRefused(error.reason, str(error))


# -- who wrote it -----------------------------------------------------------------------------

def signer_check(db: Database, found: list[TeamDevice]) -> Callable[[Manifest], str]:
    """The format reader's ``signer_key``: the team and signer checks, then the signer's key.

    The signer's roster entry is appended to ``found`` for the caller.
    """
    team = db.team.team()
    me = db.team.device(db.device_id)

    def signer_key(manifest: Manifest) -> str:
        if team is None:
            raise ImportRefused("no_team", text(
                "Den här databasen hör inte till något team; gå med i ett team innan du läser "
                "in exporter."))
        if manifest.team_id != team.team_id:
            raise ImportRefused("other_team", text("Filen kommer från ett annat team."))
        if manifest.device_id == db.device_id:
            raise ImportRefused("own_export", text(
                "Filen är en export från den här enheten; ge den till teamledaren."))
        device = db.team.device(manifest.device_id)
        if device is None:
            raise ImportRefused("unknown_device", text(
                "Filen är skriven av en enhet ({device}) som inte är godkänd i teamet.",
                device=manifest.device_id[:8]))
        if device.revoked:
            raise ImportRefused("revoked", text(
                "Filen är skriven av {name}, som är återkallad ur teamet.", name=device.name))
        if not device.is_leader and (me is None or not me.is_leader):
            raise ImportRefused("not_from_leader", text(
                "Filen är skriven av {name}, som inte är ledare; en fältsekreterares enhet "
                "läser bara in exporter från teamledaren.", name=device.name))
        found.append(device)
        return device.signing_public

    return signer_key


def check_replay(db: Database, manifest: Manifest, signer: TeamDevice) -> bool:
    """True when this exact export was imported before; refuses a changed or older one."""
    earlier = db.sync.imported(manifest.export_id)
    if earlier is not None:
        if earlier.records_sha256 != manifest.records_sha256 or earlier.device_id != \
                manifest.device_id or earlier.counter != manifest.counter:
            raise ImportRefused("changed_export", text(
                "En export med samma id lästes in {when} med annat innehåll; den här filen "
                "har ändrats och läses inte in.", when=earlier.imported_at[:16]))
        return True
    if manifest.counter <= signer.last_counter:
        raise ImportRefused("replay", text(
            "Filen är en äldre export från {name} (nummer {counter}); export nummer {last} "
            "är redan inläst.", name=signer.name, counter=manifest.counter,
            last=signer.last_counter))
    return False


# -- the records ------------------------------------------------------------------------------

def staged_versions(db: Database, records: list[ExportRecord]) -> list[tuple[type, ForeignVersion]]:
    """Every record strictly checked (module docstring), as versions ``db.merge`` takes."""
    codes = {c.code for c in db.all(Category)}
    codes.update(r.data["code"] for r in records if r.table == "category" and r.data
                 and isinstance(r.data.get("code"), str))
    contexts: dict[str, Context] = {}
    in_file: dict[str, set[str]] = {}
    staged: list[tuple[type, ForeignVersion]] = []
    for number, record in enumerate(records, 1):
        cls = TYPE_BY_TABLE.get(record.table)
        if cls is None:
            raise ImportRefused("unknown_table", text(
                "Post {number}: tabellen {table!r} finns inte i den här versionen av faltapp.",
                number=number, table=record.table))
        in_file.setdefault(record.table, set()).add(record.id)
        if record.data is None:
            continue  # a purged edit: nothing to take in (the exporter never writes one)
        if not record.deleted:
            day = record.changed_at[:10]
            if day not in contexts:
                contexts[day] = Context(frozenset(codes), today=_day(day))
            _check_entity(cls, record, number, contexts[day])
        staged.append((cls, ForeignVersion(
            record.table, record.id, record.version, record.parent, record.hash,
            record.deleted, record.data, record.changed_at, record.changed_by,
            record.parent2, record.data_json)))
    _check_references(db, records, in_file)
    return staged


def _check_entity(cls: type, record: ExportRecord, number: int, context: Context) -> None:
    data = record.data or {}
    if data.get("id") != record.id:
        raise _bad(number, record, "id", text("stämmer inte med postens id"))
    for name, spec in _fields(cls).items():
        if name not in data:
            if spec.required:
                raise _bad(number, record, name, text("saknas"))
            continue
        value = data[name]
        if type(value) is spec.kind and spec.kind in _SCALARS:  # the usual case, at once
            continue
        problem = _type_problem(spec, value)
        if problem:
            raise _bad(number, record, name, problem)
    entity = from_payload(cls, data)
    for problem in validate(entity, context):
        if problem.unknown is None:  # an unknown code from a newer build is kept as it is
            raise ImportRefused("invalid_record", text(
                "Post {number} ({table} {record_id}) är ogiltig: {problem}",
                number=number, table=record.table, record_id=record.id,
                problem=problem.message))


def _check_references(db: Database, records: list[ExportRecord],
                      in_file: dict[str, set[str]]) -> None:
    wanted: dict[str, dict[str, tuple[int, ExportRecord, str]]] = {}
    fields: dict[str, list[tuple[str, str]]] = {}  # table -> (field, table it refers to)
    for (table, name), target in REFERENCES.items():
        fields.setdefault(table, []).append((name, target))
    for number, record in enumerate(records, 1):
        if not record.data or record.deleted:
            continue
        for name, target in fields.get(record.table, ()):
            value = record.data.get(name)
            for ref in value if isinstance(value, list) else [value] if value else []:
                if isinstance(ref, str) and ref not in in_file.get(target, ()):
                    wanted.setdefault(target, {}).setdefault(ref, (number, record, name))
    for target, refs in wanted.items():
        known = db.sync.existing_ids(target, list(refs))
        for ref, (number, record, name) in refs.items():
            if ref not in known:
                raise ImportRefused("dangling_reference", text(
                    "Post {number} ({table} {record_id}): fältet {field!r} pekar på {ref} i "
                    "{target}, som varken finns här eller i filen; läs in teamets tidigare "
                    "exporter först.", number=number, table=record.table,
                    record_id=record.id, field=name, ref=ref, target=target))


@dataclasses.dataclass(frozen=True, slots=True)
class _Field:
    required: bool  # no default: an older file cannot lack it
    nullable: bool
    kind: Any  # str, int, bool, list, or date/time/datetime (canonical text)


@functools.cache
def _fields(cls: type) -> dict[str, _Field]:
    """Field name → what its JSON value must be, for an entity class (computed once)."""
    hints = typing.get_type_hints(cls)
    out: dict[str, _Field] = {}
    for f in dataclasses.fields(cls):
        hint, nullable = hints[f.name], False
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = typing.get_args(hint)
            nullable = type(None) in args
            hint = next(a for a in args if a is not type(None))
        kind = list if typing.get_origin(hint) is tuple else hint
        required = (f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING)
        out[f.name] = _Field(required, nullable, kind)
    return out


def _type_problem(spec: _Field, value: Any) -> str | None:
    """What is wrong with ``value`` as JSON for a field (None: nothing)."""
    kind = spec.kind
    if value is None and spec.nullable:
        return None
    if kind is str:
        return None if isinstance(value, str) else text("är inte text")
    if kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else text("är inget heltal")
    if kind is bool:
        return None if isinstance(value, bool) else text("är inte true eller false")
    if kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return text("är ingen lista med text")
        return None
    canonical = _CANONICAL.get(kind)
    if canonical is not None:
        try:
            if isinstance(value, str) and canonical(value) == value:
                return None
        except ValueError:
            pass
        return text("är inget giltigt datum eller klockslag")
    return None


_SCALARS = (str, int, bool)  # exactly these types pass: bool is no int here, a list is checked

_CANONICAL: dict[Any, Callable[[str], str]] = {
    # what core/codec.py writes; anything else ISO would allow (weeks, no dashes) is refused
    date: lambda v: date.fromisoformat(v).isoformat(),
    time: lambda v: time.fromisoformat(v).strftime("%H:%M"),
    datetime: lambda v: datetime.fromisoformat(v).isoformat(timespec="minutes"),
}


def _day(value: str) -> date:
    """The day a version was made (validation rules that depend on today use it)."""
    try:
        return min(date.fromisoformat(value), date.today())
    except ValueError:
        return date.today()


def _bad(number: int, record: ExportRecord, name: str, problem: str) -> ImportRefused:
    return ImportRefused("invalid_record", text(
        "Post {number} ({table} {record_id}): fältet {field!r} {problem}.", number=number,
        table=record.table, record_id=record.id, field=name, problem=problem))
