"""Laptops with a wrong date: the offset corrects their clock, the server clamps future stamps.

The wrong date is the one fault here that cannot be caused for real (the test machine's clock is
shared), so each skewed laptop's store gets a clock whose wall source is the real clock plus a
skew (the ``wall`` injection ``HybridLogicalClock`` supports). Everything else is real: SQLite
stores, the uvicorn server on loopback, HTTP.

What the design promises, and so what these tests assert: a laptop's stamps are the server's
time give or take the error of measuring the offset (up to half a round trip); causally later
edits (made after pulling the other's) always win; concurrent edits settle the same way on every
replica with the loser kept. It cannot promise which of two concurrent edits made milliseconds
apart on two laptops wins, so an edit meant to be *later* is made later on the injected clock,
by :data:`GAP_MS`: far more than any round trip (no sleeping, no reliance on the machine being
quick), far less than the server's 5-minute limit on stamps ahead of its time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import HybridLogicalClock, Stamp, wall_clock_ms
from fieldkit.storage.models import Case, ChangeLogEntry
from fieldkit.storage.replication import conflicts
from fieldkit.sync.client import HttpResponse, UrllibTransport, login, sync
from fieldkit.sync.clock import MAX_FUTURE_MS
from fieldkit.sync.server.db import feed
from tests.sync.conftest import BACKENDS, PASSWORD, OpenLaptop, Server
from tests.sync.helpers import dump

YEAR_MS = 365 * 24 * 3600 * 1000
GAP_MS = 30_000  # "later" on the injected clocks: beyond any offset error, within MAX_FUTURE_MS

BOTH_DATABASES = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


class SkewedWall:
    """The real clock plus ``skew_ms`` (changeable, like a laptop whose battery died)."""

    def __init__(self, skew_ms: int = 0) -> None:
        self.skew_ms = skew_ms

    def __call__(self) -> int:
        return wall_clock_ms() + self.skew_ms


class StatusTransport:
    """The real transport, noting the status of every reply."""

    def __init__(self) -> None:
        self.inner = UrllibTransport()
        self.statuses: list[int] = []

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        reply = self.inner(method, url, body=body, headers=headers)
        self.statuses.append(reply.status)
        return reply


class Device:
    def __init__(self, server: Server, path: Path, user: str, wall: SkewedWall) -> None:
        self.store = Store.open(path)
        self.wall = wall
        self.store.clock = HybridLogicalClock(
            self.store.device_id, last=self.store.clock.last, wall=wall
        )
        self.url = server.url
        self.token = login(self.store, server_url=server.url, user=user, password=PASSWORD)
        self.transport = StatusTransport()

    def sync(self) -> None:
        sync(self.store, server_url=self.url, token=self.token, transport=self.transport)

    def set_region(self, case_id: str, value: str, *, later: bool = False) -> None:
        """Edit the case's region; ``later``: GAP_MS after anything this laptop's clock said.

        The laptop's next sync measures the jump as offset and corrects it, as it would a clock
        that moved; the edit keeps its later stamp.
        """
        if later:
            self.wall.skew_ms += GAP_MS
        with self.store.write() as session:
            records.update_fields(session, session.get(Case, case_id), {"region": value})

    def region(self, case_id: str) -> str | None:
        with self.store.read() as session:
            return session.get(Case, case_id).region

    def losers(self, case_id: str) -> set[str]:
        with self.store.read() as session:
            found = conflicts(session, unresolved_only=False)
        return {json.loads(c.losing_value) for c in found if c.row_id == case_id}

    def close(self) -> None:
        self.store.close()


def _new_case(device: Device, study_id: str, title: str) -> str:
    device.sync()
    with device.store.write() as session:
        return records.create_case(session, study_id=study_id, title=title, country="Peru").id


def _feed_walls(server: Server) -> list[int]:
    """The wall times of the stamps in the study's feed, in feed order."""
    query = (
        sa.select(feed.c.change)
        .where(feed.c.study_id == server.study_id)
        .order_by(feed.c.server_seq)
    )
    with server.store.read() as conn:
        texts = conn.execute(query).scalars().all()
    return [Stamp.decode(json.loads(t)["stamp"]).wall_ms for t in texts]


def _all_converged(devices: list[Device]) -> None:
    dumps = {dump(d.store) for d in devices}
    assert len(dumps) == 1


@BOTH_DATABASES
def test_clock_that_jumps_a_year_ahead_does_not_win_every_conflict(
    server: Server, tmp_path: Path
) -> None:
    normal = Device(server, tmp_path / "normal", "alice", SkewedWall())
    ahead = Device(server, tmp_path / "ahead", "bob", SkewedWall())
    behind = Device(server, tmp_path / "behind", "lena", SkewedWall())
    devices = [normal, ahead, behind]
    try:
        case_id = _new_case(normal, server.study_id, "Clock school")
        for d in devices:
            d.sync()
        # The batteries die: one laptop wakes up a year ahead, one a year behind, offline.
        ahead.wall.skew_ms = YEAR_MS
        behind.wall.skew_ms = -YEAR_MS
        ahead.set_region(case_id, "ahead 1")  # first...
        normal.set_region(case_id, "normal 1", later=True)  # ...then later, on a right clock
        with ahead.store.read() as session:
            late = session.execute(sa.select(sa.func.max(ChangeLogEntry.stamp))).scalar_one()
        assert Stamp.decode(late).wall_ms > wall_clock_ms() + YEAR_MS // 2
        ahead.sync()
        # The server refused the year-ahead stamps once; the laptop rewrote them and resent.
        assert 409 in ahead.transport.statuses
        assert ahead.transport.statuses[-1] == 200
        for d in (normal, behind, ahead, normal):
            d.sync()
        _all_converged(devices)
        assert normal.region(case_id) == "normal 1"  # the later edit won, not the later date
        assert "ahead 1" in ahead.losers(case_id)  # and the loser is kept where it was made
        # No stamp in the server's feed is beyond its limit.
        assert max(_feed_walls(server)) <= wall_clock_ms() + MAX_FUTURE_MS
        # Having synced, the laptop stamps with the server's time: a later edit wins.
        normal.set_region(case_id, "normal 2")
        ahead.set_region(case_id, "ahead 2", later=True)
        for d in (normal, ahead, behind, normal):
            d.sync()
        _all_converged(devices)
        assert normal.region(case_id) == "ahead 2"
        assert "normal 2" in normal.losers(case_id)
        # The laptop a year behind: once it has synced (and measured its offset), its later
        # edit wins too, and its earlier one loses.
        behind.set_region(case_id, "behind 3")
        normal.set_region(case_id, "normal 3", later=True)
        for d in (behind, normal, ahead, behind):
            d.sync()
        _all_converged(devices)
        assert normal.region(case_id) == "normal 3"
        assert "behind 3" in behind.losers(case_id)
        normal.set_region(case_id, "normal 4")
        behind.set_region(case_id, "behind 4", later=True)
        for d in (normal, behind, ahead, normal):
            d.sync()
        _all_converged(devices)
        assert ahead.region(case_id) == "behind 4"
        # Nothing lost: each concurrent edit's loser is kept as a conflict (on every replica
        # that saw both values), and no other value is.
        losers = {"ahead 1", "normal 2", "behind 3", "normal 4"}
        kept = set().union(*(d.losers(case_id) for d in devices))
        assert kept == losers
    finally:
        for d in devices:
            d.close()


@BOTH_DATABASES
def test_laptops_with_a_wrong_date_from_the_start_stamp_with_server_time(
    server: Server, tmp_path: Path
) -> None:
    started, earlier = wall_clock_ms(), len(_feed_walls(server))
    normal = Device(server, tmp_path / "normal", "alice", SkewedWall())
    ahead = Device(server, tmp_path / "ahead", "bob", SkewedWall(YEAR_MS))
    behind = Device(server, tmp_path / "behind", "lena", SkewedWall(-YEAR_MS))
    devices = [normal, ahead, behind]
    try:
        # Sign-in measured the offset: the stamps are the server's time, give or take half a
        # round trip (far below GAP_MS / 2 however slow the machine), not a year off.
        for d in (ahead, behind):
            assert abs(d.store.clock.corrected_ms() - wall_clock_ms()) < GAP_MS // 2
        case_id = _new_case(normal, server.study_id, "Wrong date school")
        for d in devices:
            d.sync()
        # An edit made after pulling another laptop's edit wins, whatever the dates: the
        # clocks merge the stamps they pull (causal order, no measurement involved).
        causal = []
        for first, second in ((ahead, normal), (normal, ahead), (behind, normal), (normal, behind)):
            first.set_region(case_id, f"first {len(causal)}")
            first.sync()
            second.sync()
            second.set_region(case_id, f"second {len(causal)}")
            for d in (second, *devices):
                d.sync()
            _all_converged(devices)
            causal.append(normal.region(case_id))
        assert causal == [f"second {n}" for n in range(4)]
        # Concurrent edits, the second clearly later (GAP_MS on its clock): the later one wins
        # on every replica, whichever laptop has the wrong date, and the loser is kept.
        later = []
        for first, second in ((ahead, normal), (normal, ahead), (behind, normal), (normal, behind)):
            first.set_region(case_id, f"early {len(later)}")
            second.set_region(case_id, f"late {len(later)}", later=True)
            for d in (first, second, *devices):
                d.sync()
            _all_converged(devices)
            later.append(normal.region(case_id))
            assert f"early {len(later) - 1}" in first.losers(case_id)
        assert later == [f"late {n}" for n in range(4)]
        assert 409 not in ahead.transport.statuses  # nothing was ever too far ahead
        # Every stamp the server holds is its own time give or take: none a year off.
        walls = _feed_walls(server)[earlier:]
        assert started - GAP_MS <= min(walls)
        assert max(walls) <= wall_clock_ms() + MAX_FUTURE_MS
    finally:
        for d in devices:
            d.close()


def test_rewritten_stamps_keep_order_and_bases(tmp_path: Path) -> None:
    from fieldkit.storage.restamp import rewrite_future_stamps

    wall = SkewedWall(YEAR_MS)
    store = Store.open(tmp_path / "laptop")
    store.clock = HybridLogicalClock(store.device_id, last=store.clock.last, wall=wall)
    try:
        with store.write() as session:
            study = records.create_study(session, name="Restamp")
            case = records.create_case(session, study_id=study.id, title="One")
        for value in ("a", "b", "c"):
            with store.write() as session:
                records.update_fields(session, session.get(Case, case.id), {"region": value})
        with store.read() as session:
            before = list(session.execute(sa.select(ChangeLogEntry)).scalars())
        now = wall_clock_ms()
        with store.write() as session:
            mapping = rewrite_future_stamps(
                session, device=store.device_id, limit_ms=now + MAX_FUTURE_MS, shift_ms=-YEAR_MS
            )
        assert len(mapping) == len({e.stamp for e in before})
        with store.read() as session:
            after = list(session.execute(sa.select(ChangeLogEntry)).scalars())
            row = session.get(Case, case.id)
        new_stamps = [e.stamp for e in after]
        assert new_stamps == [mapping[e.stamp] for e in before]
        # Same order, still one stamp per transaction (distinct ones stay distinct).
        assert new_stamps == sorted(new_stamps)
        assert len(set(new_stamps)) == len({e.stamp for e in before})
        assert all(abs(Stamp.decode(s).wall_ms - now) < 60_000 for s in new_stamps)
        # Each later edit's base is the rewritten stamp of the edit before it.
        region_bases = [json.loads(e.fields)["region"] for e in after[-2:]]
        region_stamps = [e.stamp for e in after[-3:-1]]
        assert region_bases == region_stamps
        assert json.loads(row.field_stamps)["region"] == after[-1].stamp
        # The clock carries on after the rewritten stamps, at the corrected time.
        wall.skew_ms = 0
        with store.write() as session:
            records.update_fields(session, session.get(Case, case.id), {"region": "d"})
        with store.read() as session:
            last = session.execute(sa.select(sa.func.max(ChangeLogEntry.stamp))).scalar_one()
        assert last > new_stamps[-1]
        assert Stamp.decode(last).wall_ms < now + 60_000
    finally:
        store.close()


@BOTH_DATABASES
def test_every_reply_carries_the_server_time(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    transport = UrllibTransport()
    asks = [
        ("GET", "/api/v1/health", None, {}),
        ("GET", f"/api/v1/studies/{server.study_id}", None, {"Authorization": f"Bearer {a.token}"}),
        ("GET", "/api/v1/studies/nowhere", None, {"Authorization": f"Bearer {a.token}"}),
        ("GET", "/api/v1/studies", None, {}),  # 401
        ("POST", "/api/v1/sync", b"{not json", {"Authorization": f"Bearer {a.token}"}),
        ("GET", "/api/v1/no-such-endpoint", None, {}),
    ]
    statuses = []
    for method, path, body, headers in asks:
        before = wall_clock_ms()
        reply = transport(method, server.url + path, body=body, headers=headers)
        statuses.append(reply.status)
        assert before - 1000 <= int(reply.headers["x-server-time-ms"]) <= wall_clock_ms() + 1000
    assert statuses == [200, 200, 403, 401, 400, 404]


def test_an_offset_within_its_uncertainty_is_taken_as_zero() -> None:
    from fieldkit.sync.clock import OFFSET_DEADBAND_MS, measure_offset

    # Two correct clocks: a few ms of noise must not move this laptop's stamps.
    assert measure_offset(server_time_ms=10_050, sent_ms=10_000, received_ms=10_040) == 0
    assert (
        measure_offset(
            server_time_ms=10_000 + OFFSET_DEADBAND_MS, sent_ms=10_000, received_ms=10_000
        )
        == 0
    )
    # A slow round trip widens the band: the server's reading could be anywhere in it.
    assert measure_offset(server_time_ms=15_000, sent_ms=0, received_ms=20_000) == 0
    # A wrong date is corrected.
    year = 365 * 24 * 3600 * 1000
    assert measure_offset(server_time_ms=year + 500, sent_ms=0, received_ms=1000) == year
    assert measure_offset(server_time_ms=10_000 - 5000, sent_ms=10_000, received_ms=10_000) == -5000
