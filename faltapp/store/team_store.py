"""This device's keys, its team and the roster of enrolled devices (issue 8; no Qt).

Hung off the facade as ``db.team``. Reads run on the calling thread's read connection;
writes go through the one writer. The private keys are made on first use and never leave the
encrypted database except through ``faltapp team identity``. A database that was copied gets
a new device id (``store/identity.py``) and with it new keys: a copy must enrol on its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import astuple, replace
from typing import TYPE_CHECKING, Any

from faltapp.core.messages import text
from faltapp.core.team import (
    LEADER,
    MEMBER,
    RosterConflict,
    Team,
    TeamDevice,
    clean_name,
    merged_device,
)
from faltapp.core.versions import utc_now
from faltapp.store.errors import StoreError
from faltapp.store.writer import Txn, Writer

if TYPE_CHECKING:
    from faltapp.sync.identity import DeviceKeys

_DEVICE_COLUMNS = ('"device_id", "team_id", "name", "role", "signing_public", "age_recipient", '
                   '"enrolled_at", "enrolled_by", "revoked_at", "revoked_by", '
                   '"last_export_at", "last_counter"')
_SELECT_DEVICES = f'SELECT {_DEVICE_COLUMNS} FROM "team_device"'
_UPSERT_DEVICE = (f'INSERT OR REPLACE INTO "team_device" ({_DEVICE_COLUMNS}) '
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
TEAM_TABLES = ("team", "team_device")


class TeamError(StoreError):
    """A team action this database cannot do (one sentence for the user)."""


class TeamStore:
    """Keys, team and roster; ``writer`` for changes, ``reader`` for queries."""

    def __init__(self, writer: Writer, reader: Any, device_id: str) -> None:
        self._writer = writer
        self._db = reader
        self.device_id = device_id

    # -- keys -------------------------------------------------------------------------------

    def keys(self) -> DeviceKeys:
        """This device's keys, made and stored on first use."""
        # Only when keys are used: pyrage and cryptography stay off the start-up path.
        from faltapp.sync.identity import keys_from_stored, new_keys, private_bytes

        row = self._db.execute('SELECT "signing_key", "age_identity" FROM "device_key" '
                               'WHERE "device_id" = ?', [self.device_id]).fetchone()
        if row:
            return keys_from_stored(self.device_id, row[0], row[1])
        with self._writer.transaction() as txn:
            row = txn.conn.execute('SELECT "signing_key", "age_identity" FROM "device_key" '
                                   'WHERE "device_id" = ?', [self.device_id]).fetchone()
            if row:  # another thread made them while this one waited
                return keys_from_stored(self.device_id, row[0], row[1])
            made = new_keys(self.device_id)
            # One row: the keys of an id this database no longer has (a copy) go.
            txn.conn.execute('DELETE FROM "device_key"')
            txn.conn.execute('INSERT INTO "device_key" ("device_id", "signing_key", '
                             '"age_identity", "created_at") VALUES (?, ?, ?, ?)',
                             [self.device_id, private_bytes(made), made.age_secret, utc_now()])
            txn.changed("device_key", self.device_id)
        return made

    # -- reading ----------------------------------------------------------------------------

    def team(self) -> Team | None:
        """The team this database belongs to, or None."""
        row = self._db.execute('SELECT "team_id", "name", "created_at", "created_by" '
                               'FROM "team"').fetchone()
        return Team(*row) if row else None

    def roster(self) -> list[TeamDevice]:
        """Every device of the team: leaders first, then by name; revoked ones included."""
        rows = self._db.execute(_SELECT_DEVICES).fetchall()
        devices = [_device(row) for row in rows]
        return sorted(devices, key=lambda d: (d.role != LEADER, d.name.casefold(), d.device_id))

    def device(self, device_id: str) -> TeamDevice | None:
        """The roster entry of ``device_id``, or None."""
        row = self._db.execute(_SELECT_DEVICES + ' WHERE "device_id" = ?',
                               [device_id]).fetchone()
        return _device(row) if row else None

    def leader_recipients(self) -> list[str]:
        """The age recipients of every leader that is not revoked."""
        return [d.age_recipient for d in self.roster() if d.is_leader]

    def is_leader(self) -> bool:
        """True when this device is a leader of its team and not revoked."""
        me = self.device(self.device_id)
        return me is not None and me.is_leader

    # -- changes ----------------------------------------------------------------------------

    def create_team(self, name: str, device_name: str) -> Team:
        """Start a team with this device as its first leader."""
        name = _checked(name, "Teamets namn")
        device_name = _checked(device_name, "Enhetens namn")
        keys = self.keys()
        now = utc_now()
        team = Team(uuid.uuid4().hex, name, now, self.device_id)
        me = TeamDevice(self.device_id, team.team_id, device_name, LEADER, keys.signing_public,
                        keys.age_recipient, now, self.device_id)
        with self._writer.transaction() as txn:
            self._refuse_second_team(txn, team.team_id)
            txn.conn.execute('INSERT INTO "team" ("team_id", "name", "created_at", '
                             '"created_by", "joined_at") VALUES (?, ?, ?, ?, ?)',
                             [team.team_id, team.name, now, self.device_id, now])
            _put(txn, me)
        return team

    def join(self, team: Team, leaders: Iterable[TeamDevice]) -> None:
        """Join ``team`` from its card: the team and its leaders go on the roster.

        Joining the same team again (a new card) adds leaders it did not know; this device
        itself is on the roster only once a leader has approved it.
        """
        with self._writer.transaction() as txn:
            if not self._refuse_second_team(txn, team.team_id):
                txn.conn.execute('INSERT INTO "team" ("team_id", "name", "created_at", '
                                 '"created_by", "joined_at") VALUES (?, ?, ?, ?, ?)',
                                 [team.team_id, team.name, team.created_at, team.created_by,
                                  utc_now()])
            self._merge(txn, team.team_id, leaders)

    def enrol(self, device: TeamDevice) -> TeamDevice:
        """Put an approved device on the roster (this device must be a leader).

        Approving a device again changes nothing, except that ``role`` leader makes it one.
        """
        team = self.leader_team()
        if device.team_id != team.team_id:
            raise TeamError(text("Förfrågan gäller ett annat team."))
        if device.device_id == self.device_id:
            raise TeamError(text("En enhet kan inte godkänna sig själv."))
        known = self.device(device.device_id)
        if known is not None and known.revoked:
            raise TeamError(text("Enheten {device} är återkallad och kan inte godkännas igen; "
                                 "den får gå med på nytt från en ny databas.",
                                 device=device.device_id[:8]))
        entry = replace(device, name=_checked(device.name, "Enhetens namn"),
                        enrolled_at=utc_now(), enrolled_by=self.device_id, revoked_at=None,
                        revoked_by=None)
        with self._writer.transaction() as txn:
            return self._merge(txn, team.team_id, [entry])[0]

    def revoke(self, device_id: str) -> TeamDevice:
        """Revoke a device for good (this device must be a leader; the last leader stays)."""
        self.leader_team()
        known = self.device(device_id)
        if known is None:
            raise TeamError(text("Enheten {device} finns inte i teamet.", device=device_id[:8]))
        if known.revoked:
            return known
        if known.is_leader and [d.device_id for d in self.roster() if d.is_leader] == [device_id]:
            raise TeamError(text("{name} är teamets enda ledare och kan inte återkallas; "
                                 "godkänn en ledare till först.", name=known.name))
        revoked = replace(known, revoked_at=utc_now(), revoked_by=self.device_id)
        with self._writer.transaction() as txn:
            _put(txn, revoked)
        return revoked

    def merge_roster(self, team_id: str, devices: Iterable[TeamDevice], signer: str) -> int:
        """Take in a leader's roster (from a signed file); returns how many entries changed.

        ``signer`` must be a leader on this roster who is not revoked. Keys of known devices
        never change, revocations stay, and the local record of last exports is kept.
        """
        team = self.team()
        if team is None or team.team_id != team_id:
            raise TeamError(text("Listan över enheter kommer från ett annat team."))
        author = self.device(signer)
        if author is None or not author.is_leader:
            raise TeamError(text("Listan över enheter är inte från en ledare i teamet."))
        before = {d.device_id: d for d in self.roster()}
        with self._writer.transaction() as txn:
            after = self._merge(txn, team_id, devices)
        return sum(1 for d in after if before.get(d.device_id) != d)

    def note_export(self, device_id: str, counter: int, at: str) -> None:
        """Record an export of ``device_id`` seen with ``counter`` (the counter only goes up)."""
        with self._writer.transaction() as txn:
            cursor = txn.conn.execute('UPDATE "team_device" SET "last_counter" = ?, '
                                      '"last_export_at" = ? WHERE "device_id" = ? '
                                      'AND "last_counter" < ?',
                                      [counter, at, device_id, counter])
            if cursor.rowcount:
                txn.changed("team_device", device_id)

    # -- helpers ----------------------------------------------------------------------------

    def leader_team(self) -> Team:
        """The team, when this device leads it; else :class:`TeamError`."""
        team = self.team()
        if team is None:
            raise TeamError(text("Den här databasen hör inte till något team."))
        if not self.is_leader():
            raise TeamError(text("Bara en teamledare kan göra det."))
        return team

    def _refuse_second_team(self, txn: Txn, team_id: str) -> bool:
        """True if already in ``team_id``; refuses another team."""
        row = txn.conn.execute('SELECT "team_id", "name" FROM "team"').fetchone()
        if row and row[0] != team_id:
            raise TeamError(text("Den här databasen hör redan till teamet {name}.",
                                 name=row[1]))
        return row is not None

    def _merge(self, txn: Txn, team_id: str, devices: Iterable[TeamDevice]) -> list[TeamDevice]:
        merged = []
        for incoming in devices:
            if incoming.team_id != team_id or incoming.role not in (LEADER, MEMBER):
                raise TeamError(text("Enheten {device} hör inte till teamet.",
                                     device=incoming.device_id[:8]))
            row = txn.conn.execute(_SELECT_DEVICES + ' WHERE "device_id" = ?',
                                   [incoming.device_id]).fetchone()
            try:
                entry = merged_device(_device(row) if row else None, incoming)
            except RosterConflict as error:
                raise TeamError(str(error)) from error
            _put(txn, entry)
            merged.append(entry)
        return merged


def _checked(value: str, label: str) -> str:
    try:
        return clean_name(value, label)
    except ValueError as error:
        raise TeamError(str(error)) from error


def _device(row: Any) -> TeamDevice:
    return TeamDevice(*row[:11], last_counter=int(row[11] or 0))


def _put(txn: Txn, device: TeamDevice) -> None:
    txn.conn.execute(_UPSERT_DEVICE, list(astuple(device)))
    txn.changed("team_device", device.device_id)
