"""A disk that fills while the export file is written: one sentence, no file in the folder,
the export counter unused — the next export on a disk with room carries the same records
under the same number. (That the atomic write leaves no temporary file behind on a full
disk is shown by tests/reports/test_output.py.)"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.core.jobs import run_to_end
from faltapp.store import atomic_file
from faltapp.sync import exporter
from faltapp.sync.exporter import ExportError, export_job
from tests.sync.devices import Team, new_shift, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_a_full_disk_leaves_nothing_and_uses_no_counter(
        team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20)
    stick = tmp_path / "sticka"
    stick.mkdir()
    real = atomic_file.write_atomically

    def full(path: Path, data: bytes, *, replace: bool) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporter, "write_atomically", full)
    with pytest.raises(ExportError, match=r"^Exporten kunde inte sparas i .*sticka: No space"):
        run_to_end(export_job(asa, stick / "a.faltapp"))
    assert list(stick.iterdir()) == [] and asa.sync.last_export() is None
    monkeypatch.setattr(exporter, "write_atomically", real)
    result = run_to_end(export_job(asa, stick / "a.faltapp"))
    assert (result.counter, result.records) == (1, 3)
