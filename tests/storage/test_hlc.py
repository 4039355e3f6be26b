"""The hybrid logical clock: ordering under a bad wall clock, merging, and the stored form."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import col

from fieldkit.errors import ClockError
from fieldkit.storage import records
from fieldkit.storage.changes import HLC_KEY, next_stamp
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import (
    MAX_COUNTER,
    MAX_WALL_MS,
    HybridLogicalClock,
    Stamp,
    check_device_id,
)
from fieldkit.storage.models import ChangeLogEntry, LocalState

DEVICE = "00000000000000aa"
OTHER = "00000000000000bb"


class FakeWall:
    """A wall clock the test sets by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def clock(wall: Callable[[], int], **kw: object) -> HybridLogicalClock:
    return HybridLogicalClock(DEVICE, wall=wall, **kw)  # type: ignore[arg-type]


def test_stamps_increase_while_the_wall_clock_runs() -> None:
    wall = FakeWall(1_000)
    c = clock(wall)
    first = c.now()
    second = c.now()  # same millisecond: the counter moves
    wall.ms = 1_005
    third = c.now()
    assert first < second < third
    assert (second.wall_ms, second.counter) == (1_000, 1)
    assert (third.wall_ms, third.counter) == (1_005, 0)


def test_monotonic_when_the_wall_clock_jumps_back() -> None:
    wall = FakeWall(1_700_000_000_000)
    c = clock(wall)
    before = c.now()
    wall.ms = 946_684_800_000  # the battery died: back to the year 2000
    after = [c.now() for _ in range(5)]
    assert all(a > before for a in after)
    assert after == sorted(after) and len(set(after)) == 5
    assert all(a.wall_ms == before.wall_ms for a in after)  # the counter carries on
    wall.ms = 1_700_000_000_500  # and when the wall clock is right again, it takes over
    assert c.now() == Stamp(1_700_000_000_500, 0, DEVICE)


def test_a_restarted_clock_continues_after_its_last_stamp() -> None:
    last = Stamp(5_000, 9, DEVICE)
    c = clock(FakeWall(10), last=last)
    assert c.now() > last


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    wall = FakeWall(2_000)
    c = clock(wall, last=Stamp(2_000, MAX_COUNTER - 1, DEVICE))
    a = c.now()
    b = c.now()
    d = c.now()
    assert a == Stamp(2_000, MAX_COUNTER, DEVICE)
    assert b == Stamp(2_001, 0, DEVICE)
    assert a < b < d and a.encode() < b.encode() < d.encode()
    wall.ms = 2_001  # the wall clock reaching the borrowed millisecond must not go back
    assert c.now() > d


def test_observe_a_remote_stamp_ahead() -> None:
    c = clock(FakeWall(1_000))
    c.now()
    merged = c.observe(Stamp(5_000, 3, OTHER))
    assert merged == Stamp(5_000, 4, DEVICE)
    assert c.now() > Stamp(5_000, 3, OTHER)


def test_observe_a_remote_stamp_behind() -> None:
    wall = FakeWall(9_000)
    c = clock(wall)
    last = c.now()
    merged = c.observe(Stamp(1_000, 50, OTHER))
    assert merged > last and merged.wall_ms == 9_000
    wall.ms = 9_500
    assert c.observe(Stamp(1_000, 50, OTHER)) == Stamp(9_500, 0, DEVICE)


def test_observe_a_remote_stamp_with_an_equal_wall() -> None:
    c = clock(FakeWall(3_000))
    c.now()
    c.now()  # counter 1
    assert c.observe(Stamp(3_000, 7, OTHER)) == Stamp(3_000, 8, DEVICE)
    assert c.observe(Stamp(3_000, 2, OTHER)) == Stamp(3_000, 9, DEVICE)


def test_observe_with_the_wall_clock_ahead_of_both() -> None:
    wall = FakeWall(3_000)
    c = clock(wall)
    c.now()
    wall.ms = 8_000
    assert c.observe(Stamp(4_000, 7, OTHER)) == Stamp(8_000, 0, DEVICE)


def test_observe_at_the_counter_limit_stays_ordered() -> None:
    c = clock(FakeWall(10))
    remote = Stamp(3_000, MAX_COUNTER, OTHER)
    merged = c.observe(remote)
    assert merged > remote and merged == Stamp(3_001, 0, DEVICE)


def test_max_drift_refuses_a_stamp_too_far_ahead_and_changes_nothing() -> None:
    c = clock(FakeWall(10_000), max_drift_ms=1_000)
    last = c.now()
    with pytest.raises(ClockError, match="ahead of this clock"):
        c.observe(Stamp(20_000, 0, OTHER))
    assert c.last == last
    assert c.observe(Stamp(10_900, 0, OTHER)).wall_ms == 10_900  # within the limit
    with pytest.raises(ClockError):
        c.observe(Stamp(13_000, 0, OTHER), max_drift_ms=2_000)  # the call may override it
    assert c.observe(Stamp(13_000, 0, OTHER), max_drift_ms=5_000).wall_ms == 13_000


stamps = st.builds(
    Stamp,
    st.integers(0, MAX_WALL_MS),
    st.integers(0, MAX_COUNTER),
    st.text("0123456789abcdef", min_size=16, max_size=16),
)


@given(stamps)
def test_encode_decode_round_trip(stamp: Stamp) -> None:
    text = stamp.encode()
    assert len(text) == 32
    assert Stamp.decode(text) == stamp
    assert str(stamp) == text


@given(stamps, stamps)
def test_string_order_is_tuple_order(a: Stamp, b: Stamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


@given(st.lists(st.tuples(st.integers(0, 10**13), st.booleans()), min_size=1, max_size=60))
def test_now_and_observe_never_go_backwards(events: list[tuple[int, bool]]) -> None:
    wall = FakeWall(0)
    c = clock(wall)
    issued = []
    for ms, remote in events:
        wall.ms = ms % 5_000 + 1_000_000
        if remote:
            issued.append(c.observe(Stamp(ms % 2_000_000, ms % 7, OTHER)))
        else:
            issued.append(c.now())
    assert issued == sorted(issued) and len(set(issued)) == len(issued)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0" * 31,
        "0" * 33,
        "0193A4C5E6F70000A1B2C3D4E5F60718",  # upper case would sort differently
        "0193a4c5e6f70000a1b2c3d4e5f6071g",
        "0193a4c5e6f70000a1b2c3d4e5f6071\n",
        "0193a4c5e6f70000a1b2c3d4e5f60718\n",  # a trailing newline once slipped through
        " 0193a4c5e6f70000a1b2c3d4e5f60718",
        None,
        12,
    ],
)
def test_malformed_stamps_raise_clock_error(text: object) -> None:
    with pytest.raises(ClockError, match="not a clock stamp"):
        Stamp.decode(text)  # type: ignore[arg-type]


def test_out_of_range_stamps_and_bad_devices_raise_clock_error() -> None:
    for bad in [Stamp(-1, 0, DEVICE), Stamp(MAX_WALL_MS + 1, 0, DEVICE), Stamp(0, 1 << 16, DEVICE)]:
        with pytest.raises(ClockError):
            bad.encode()
    for device in ["short", "00000000000000AA", "00000000000000aa\n", "g" * 16]:
        with pytest.raises(ClockError, match="device id"):
            check_device_id(device)
        with pytest.raises(ClockError):
            HybridLogicalClock(device)


# --- the clock of a data folder --------------------------------------------------------------


def _all_stamps(store: Store) -> list[str]:
    with store.read() as s:
        return list(
            s.execute(select(ChangeLogEntry.stamp).order_by(col(ChangeLogEntry.seq))).scalars()
        )


def test_two_stores_on_one_data_folder_never_issue_the_same_stamp(data_dir: Path) -> None:
    first = Store.open(data_dir)
    second = Store.open(data_dir)  # the CLI beside the desktop app
    try:
        assert first.device_id == second.device_id
        # the second process's wall clock is a minute behind the first one's
        base = first.clock.now().wall_ms
        first.clock = HybridLogicalClock(first.device_id, wall=lambda: base + 60_000)
        second.clock = HybridLogicalClock(second.device_id, wall=lambda: base)
        with first.write() as s:
            study = records.create_study(s, name="Shared", with_codebook=False)
        for i in range(10):
            for store in (first, second, second, first):
                with store.write() as s:
                    records.create_case(s, study_id=study.id, title=f"case {i}")
        stamps = _all_stamps(first)
        assert len(stamps) == 41
        assert len(set(stamps)) == len(stamps)
        assert stamps == sorted(stamps)  # log order is clock order, across both processes
        with second.read() as s:
            assert s.get(LocalState, HLC_KEY).value == stamps[-1]
    finally:
        first.close()
        second.close()


def test_two_stores_writing_at_once_never_issue_the_same_stamp(data_dir: Path) -> None:
    stores = [Store.open(data_dir), Store.open(data_dir)]
    with stores[0].write() as s:
        study_id = records.create_study(s, name="Shared", with_codebook=False).id
    errors: list[BaseException] = []

    def work(store: Store) -> None:
        try:
            for i in range(15):
                with store.write() as s:
                    records.create_case(s, study_id=study_id, title=f"case {i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s,)) for s in stores]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        stamps = _all_stamps(stores[0])
        assert len(stamps) == 31 and len(set(stamps)) == 31
        assert stamps == sorted(stamps)
    finally:
        for s in stores:
            s.close()


def test_next_stamp_rereads_the_clock_in_a_long_lived_session(data_dir: Path) -> None:
    first = Store.open(data_dir)
    second = Store.open(data_dir)
    try:
        base = first.clock.now().wall_ms
        first.clock = HybridLogicalClock(first.device_id, wall=lambda: base + 60_000)
        second.clock = HybridLogicalClock(second.device_id, wall=lambda: base)
        with second.write() as s:
            early = next_stamp(s)
            held = s.get(LocalState, HLC_KEY)  # keeps it in the session's identity map
            s.commit()  # the session lives on past its first transaction
            with first.write() as other:
                ahead = next_stamp(other)
            later = next_stamp(s)
        assert early < ahead < later
        assert held is not None and held.value == later.encode()
    finally:
        first.close()
        second.close()
