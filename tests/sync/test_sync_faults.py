"""Syncs over a bad link: resets, truncated bodies, delays, a server crash and restart.

Three laptops talk to a real ``fieldkit-server`` process through the fault-injecting proxy.
While the faults last, syncs may fail (always with a SyncError a researcher can read, never
anything else); once they stop, one more round of syncs converges with nothing lost and
nothing duplicated.
"""

from __future__ import annotations

import random
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldkit.errors import SyncError
from fieldkit.storage.db import Store
from fieldkit.sync.client import login, sync
from fieldkit.sync.server.db import default_db_url, feed, make_engine
from tests.sync.conftest import PASSWORD
from tests.sync.crash_server import CrashableServer, init_server
from tests.sync.fault_proxy import FaultProxy
from tests.sync.workload import Ledger, assert_converged, assert_nothing_lost, random_edits

USERS = {"ana": "researcher", "ben": "researcher", "cai": "researcher"}


class Team:
    def __init__(self, root: Path) -> None:
        self.data = root / "server"
        self.study_id = init_server(self.data, USERS)
        self.server = CrashableServer(self.data).start()
        self.proxy = FaultProxy(self.server.port).start()
        self.stores = {name: Store.open(root / name) for name in USERS}
        self.tokens = {
            name: login(store, server_url=self.proxy.url, user=name, password=PASSWORD)
            for name, store in self.stores.items()
        }

    def sync(self, name: str, max_bytes: int = 256 * 1024) -> None:
        sync(
            self.stores[name],
            server_url=self.proxy.url,
            token=self.tokens[name],
            max_bytes=max_bytes,
        )

    def feed_duplicates(self) -> list[str]:
        engine = make_engine(default_db_url(self.data))
        try:
            with engine.connect() as conn:
                query = sa.select(feed.c.change).group_by(feed.c.change).having(sa.func.count() > 1)
                return [str(c) for c in conn.execute(query).scalars()]
        finally:
            engine.dispose()

    def close(self) -> None:
        for store in self.stores.values():
            store.close()
        self.proxy.stop()
        self.server.stop()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = Team(tmp_path)
    try:
        yield t
    finally:
        t.close()


def test_random_faults_and_a_server_crash_then_one_more_sync_converges(team: Team) -> None:
    names = sorted(USERS)
    for name in names:
        team.sync(name)
    rng = random.Random(20241125)
    ledger = Ledger()
    failures: Counter[str] = Counter()
    team.proxy.random_faults(0.5, seed=7, max_bytes=3000, max_delay=0.1)
    for step in range(30):
        name = rng.choice(names)
        random_edits(team.stores[name], name, ledger, team.study_id, rng, rng.randint(1, 4))
        try:
            team.sync(name, max_bytes=rng.choice([1024, 4096, 256 * 1024]))
        except SyncError as exc:  # anything else (a raw traceback) fails the test
            failures[type(exc).__name__] += 1
            assert str(exc) and "Traceback" not in str(exc)
        if step == 15:
            team.server.kill()  # a crash: whatever was in flight is gone
            with pytest.raises(SyncError):
                team.sync(rng.choice(names))
            team.server.start()
    team.proxy.clear()
    for name in names + names:
        team.sync(name)
    stores = [team.stores[n] for n in names]
    assert_converged(stores)
    assert_nothing_lost(ledger, stores)
    assert team.feed_duplicates() == []
    # The faults really happened, and some syncs really failed.
    assert len(team.proxy.stats.faults) >= 10, team.proxy.stats.faults
    assert sum(failures.values()) >= 5, failures
    assert len(ledger.writes) > 20


def test_each_fault_alone_then_a_retry_converges(team: Team) -> None:
    names = sorted(USERS)
    for name in names:
        team.sync(name)
    ledger = Ledger()
    rng = random.Random(3)
    faults = [
        lambda: team.proxy.reset_request_after(200),
        lambda: team.proxy.reset_request_after(400),
        lambda: team.proxy.reset_reply_after(10),
        lambda: team.proxy.reset_reply_after(300),
        lambda: team.proxy.truncate_request(300),
        lambda: team.proxy.truncate_reply(0),
        lambda: team.proxy.truncate_reply(150),
        lambda: team.proxy.truncate_reply(400),
        lambda: team.proxy.refuse(),
    ]
    for n, schedule in enumerate(faults):
        name = names[n % len(names)]
        for other in names:  # something to pull, so the reply has a body worth cutting
            if other != name:
                random_edits(team.stores[other], other, ledger, team.study_id, rng, 5)
                team.sync(other)
        random_edits(team.stores[name], name, ledger, team.study_id, rng, 5)
        schedule()
        with pytest.raises(SyncError):
            team.sync(name)
        assert len(team.proxy.stats.faults) == n + 1, team.proxy.stats.faults
        team.sync(name)  # the fault was for one connection: this one gets through
    team.proxy.delay(0.3)
    team.sync(names[0])  # a slow connection is only slow
    for name in names + names:
        team.sync(name)
    stores = [team.stores[n] for n in names]
    assert_converged(stores)
    assert_nothing_lost(ledger, stores)
    assert team.feed_duplicates() == []
    assert len(team.proxy.stats.faults) == len(faults) + 1


def test_shaped_link_is_slow_by_its_bandwidth_and_latency(team: Team) -> None:
    """The shaping the benchmarks use: bytes per second each way, one-way latency."""
    with FaultProxy(team.server.port, bandwidth_bps=100_000, latency_s=0.1) as slow:
        started = time.monotonic()
        with urllib.request.urlopen(slow.url + "/api/v1/health", timeout=30) as reply:
            assert reply.status == 200
        round_trip = time.monotonic() - started
        body = b'{"user": "' + b"x" * 50_000 + b'"}'
        request = urllib.request.Request(
            slow.url + "/api/v1/login",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=30)
        upload = time.monotonic() - started
        assert refused.value.code == 422
        refused.value.close()
    # Lower bounds only: the proxy's delays make them hold however loaded the machine is; an
    # upper bound would measure the machine (a 2-core CI box under load), not the shaping.
    assert round_trip >= 0.2  # two one-way latencies
    assert upload >= 0.5 + 0.2  # 50 kB at 100 kB/s, plus the round trip
    assert slow.stats.bytes_up >= 50_000
