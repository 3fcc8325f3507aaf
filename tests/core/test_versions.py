"""Record versions "<lamport>-<device_id>" and the Lamport clock that orders them."""

from __future__ import annotations

import pytest

from faltapp.core.versions import LamportClock, Version, VersionFormatError

DEVICE_A = "0123456789abcdef0123456789abcdef"
DEVICE_B = "fedcba9876543210fedcba9876543210"


@pytest.mark.parametrize("text", [f"1-{DEVICE_A}", f"42-{DEVICE_B}", f"0-{DEVICE_A}",
                                  f"{10**18 - 1}-{DEVICE_A}"])
def test_version_text_round_trips(text: str) -> None:
    version = Version.parse(text)
    assert str(version) == text
    assert Version.parse(str(version)) == version


def test_parse_reads_lamport_and_device() -> None:
    assert Version.parse(f"17-{DEVICE_B}") == Version(17, DEVICE_B)


def test_higher_lamport_wins_whatever_the_device() -> None:
    assert Version(2, DEVICE_A) > Version(1, DEVICE_B)
    assert Version.parse(f"10-{DEVICE_A}") > Version.parse(f"9-{DEVICE_B}")


def test_lamport_compares_as_a_number_not_as_text() -> None:
    assert Version.parse(f"10-{DEVICE_A}") > Version.parse(f"9-{DEVICE_A}")


def test_equal_lamport_is_decided_by_device_id() -> None:
    assert Version(5, DEVICE_B) > Version(5, DEVICE_A)
    assert max(Version(5, DEVICE_A), Version(5, DEVICE_B)) == Version(5, DEVICE_B)


def test_sorting_orders_by_lamport_then_device() -> None:
    versions = [Version(3, DEVICE_A), Version(1, DEVICE_B), Version(3, DEVICE_B),
                Version(1, DEVICE_A)]
    assert sorted(versions) == [Version(1, DEVICE_A), Version(1, DEVICE_B),
                                Version(3, DEVICE_A), Version(3, DEVICE_B)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "17",
        f"17{DEVICE_A}",
        f"-1-{DEVICE_A}",
        f"x-{DEVICE_A}",
        f"1a-{DEVICE_A}",
        f"1.5-{DEVICE_A}",
        f"-{DEVICE_A}",
        "1-",
        f"1-{DEVICE_A[:-1]}",
        f"1-{DEVICE_A}0",
        f"1-{DEVICE_A.upper()}",
        f"1-{DEVICE_A[:-1]}g",
        f" 1-{DEVICE_A}",
        f"1-{DEVICE_A} ",
        f"{10**18}-{DEVICE_A}",
    ],
)
def test_malformed_versions_are_refused(text: str) -> None:
    with pytest.raises(VersionFormatError, match="Ogiltig version"):
        Version.parse(text)


def test_version_with_trailing_newline_is_refused() -> None:
    with pytest.raises(VersionFormatError):
        Version.parse(f"1-{DEVICE_A}\n")


def test_version_with_non_ascii_digits_is_refused() -> None:
    with pytest.raises(VersionFormatError):
        Version.parse(f"\u0661-{DEVICE_A}")


def test_version_format_error_is_a_value_error() -> None:
    assert issubclass(VersionFormatError, ValueError)


def test_tick_increments_by_one() -> None:
    clock = LamportClock()
    assert [clock.tick(), clock.tick(), clock.tick()] == [1, 2, 3]
    assert clock.value == 3


def test_clock_starts_from_a_stored_value() -> None:
    clock = LamportClock(41)
    assert clock.value == 41
    assert clock.tick() == 42


def test_negative_start_value_is_refused() -> None:
    with pytest.raises(ValueError):
        LamportClock(-1)


def test_observe_moves_forward() -> None:
    clock = LamportClock(5)
    clock.observe(20)
    assert clock.value == 20
    assert clock.tick() == 21


@pytest.mark.parametrize("seen", [0, 3, 10])
def test_observe_never_moves_back(seen: int) -> None:
    clock = LamportClock(10)
    clock.observe(seen)
    assert clock.value == 10
    assert clock.tick() == 11


def test_next_version_uses_device_and_advances() -> None:
    clock = LamportClock(7)
    first = clock.next_version(DEVICE_A)
    second = clock.next_version(DEVICE_A)
    assert first == Version(8, DEVICE_A)
    assert str(second) == f"9-{DEVICE_A}"
    assert second > first


def test_version_after_observing_another_device_beats_it() -> None:
    theirs = Version.parse(f"100-{DEVICE_B}")
    clock = LamportClock(3)
    clock.observe(theirs.lamport)
    mine = clock.next_version(DEVICE_A)
    assert mine > theirs
    assert mine.device_id == DEVICE_A
