"""What the desktop app's sync uses, without Qt: health probe, backoff, sign-in/out, status,
preferences and the sync progress callback, against a real loopback server."""

from __future__ import annotations

import random
import stat
from pathlib import Path

import pytest

from fieldkit.errors import (
    AuthenticationError,
    ServerUnreachableError,
    SyncError,
    ValidationError,
)
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.sync.account import normalise_server_url, sign_in, sign_out
from fieldkit.sync.client import SyncReport, sync
from fieldkit.sync.credentials import credentials_path, load_credentials
from fieldkit.sync.local_status import local_sync_status
from fieldkit.sync.preferences import (
    SyncPreferences,
    data_saver_enabled,
    load_preferences,
    save_preferences,
)
from fieldkit.sync.reachability import Backoff, check_server
from tests.sync.conftest import PASSWORD, OpenLaptop, Server, _free_port
from tests.sync.helpers import dump


def test_backoff_doubles_with_jitter_up_to_the_maximum_and_resets() -> None:
    backoff = Backoff(initial_s=5, maximum_s=300, jitter=0.2, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(12)]
    nominal = [min(300, 5 * 2**i) for i in range(12)]
    for delay, expected in zip(delays, nominal, strict=True):
        assert expected * 0.8 <= delay <= min(300, expected * 1.2)
    assert delays[-1] <= 300 and delays[-1] >= 240
    assert len({round(d, 6) for d in delays[-4:]}) > 1  # jittered: laptops do not knock together
    backoff.reset()
    assert backoff.next_delay() <= 6
    for _ in range(5000):  # a week offline does not overflow
        backoff.next_delay()
    with pytest.raises(ValueError):
        Backoff(initial_s=10, maximum_s=5)


def test_health_probe_answers_or_says_unreachable(server: Server) -> None:
    assert check_server(server.url) > 1_600_000_000_000
    dead = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(ServerUnreachableError, match="did not answer"):
        check_server(dead, timeout_s=2)


def test_sign_in_keeps_a_token_never_the_password_and_sign_out_revokes_it(
    server: Server, store: Store
) -> None:
    with pytest.raises(ValidationError, match="http://"):
        sign_in(store, server_url="server:8765", user="alice", password=PASSWORD)
    with pytest.raises(ValidationError, match="password"):
        sign_in(store, server_url=server.url, user="alice", password="")
    with pytest.raises(AuthenticationError, match="did not accept the sign-in"):
        sign_in(store, server_url=server.url, user="mallory", password="wrong")
    creds = sign_in(store, server_url=server.url + "/", user=" alice ", password=PASSWORD)
    assert (creds.server_url, creds.user) == (server.url, "alice")
    path = credentials_path(store.data_dir)
    assert PASSWORD not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_credentials(store.data_dir) == creds
    sync(store, server_url=creds.server_url, token=creds.token)
    assert sign_out(store.data_dir, creds) is True
    assert not path.exists()
    with pytest.raises(AuthenticationError):
        sync(store, server_url=creds.server_url, token=creds.token)
    # Offline, sign-out still forgets the token locally and says the server was not told.
    offline = sign_in(store, server_url=server.url, user="alice", password=PASSWORD)
    moved = type(offline)(f"http://127.0.0.1:{_free_port()}", offline.user, offline.token)
    assert sign_out(store.data_dir, moved) is False
    assert not path.exists()


def test_normalise_server_url() -> None:
    assert normalise_server_url(" https://x.org:8765/ ") == "https://x.org:8765"
    for bad in ("", "http://", "x.org", "ftp://x.org"):
        with pytest.raises(ValidationError):
            normalise_server_url(bad)


def test_preferences_are_kept_in_local_state(store: Store) -> None:
    with store.read() as s:
        assert load_preferences(s) == SyncPreferences(auto_sync=False, data_saver=False)
    with store.write() as s:
        save_preferences(s, SyncPreferences(auto_sync=True, data_saver=True))
    with store.read() as s:
        assert load_preferences(s) == SyncPreferences(auto_sync=True, data_saver=True)
        assert data_saver_enabled(s)
    with store.write() as s:
        save_preferences(s, SyncPreferences(auto_sync=True, data_saver=False))
    with store.read() as s:
        assert not data_saver_enabled(s)


def test_status_counts_unsent_changes_and_the_last_sync(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    with a.store.read() as s:
        before = local_sync_status(s)
    assert before.last_sync_ms is None and before.pending == 0 and before.conflicts == 0
    sync(a.store, server_url=a.url, token=a.token)
    with a.store.write() as s:
        records.create_case(s, study_id=server.study_id, title="Status school")
    with a.store.read() as s:
        edited = local_sync_status(s)
    assert edited.pending == 1 and edited.last_seq > before.last_seq
    assert edited.last_sync_ms is not None
    sync(a.store, server_url=a.url, token=a.token)
    with a.store.read() as s:
        after = local_sync_status(s)
    assert after.pending == 0 and after.last_seq == edited.last_seq
    assert after.last_sync_ms is not None and after.last_sync_ms >= edited.last_sync_ms


def test_progress_is_reported_and_an_exception_stops_the_sync_safely(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    a, b = laptop("alice"), laptop("bob")
    sync(a.store, server_url=a.url, token=a.token)
    with a.store.write() as s:
        for i in range(60):
            records.create_case(s, study_id=server.study_id, title=f"Case {i}", summary="x" * 500)
    seen: list[SyncReport] = []

    class Stop(SyncError):
        pass

    def stop_after_first(report: SyncReport) -> None:
        seen.append(report)
        raise Stop("the user pressed Cancel")

    with pytest.raises(Stop):
        sync(a.store, server_url=a.url, token=a.token, max_bytes=4096, progress=stop_after_first)
    assert len(seen) == 1 and seen[0].requests == 1 and seen[0].pushed > 0
    with a.store.read() as s:
        assert 0 < local_sync_status(s).pending < 60  # the first round was committed
    rounds: list[int] = []
    done = sync(
        a.store,
        server_url=a.url,
        token=a.token,
        max_bytes=4096,
        progress=lambda r: rounds.append(r.pushed),
    )
    assert rounds == sorted(rounds) and len(rounds) == done.requests > 1
    sync(b.store, server_url=b.url, token=b.token)
    sync(a.store, server_url=a.url, token=a.token)
    assert dump(a.store) == dump(b.store)
    with a.store.read() as s:
        assert local_sync_status(s).pending == 0
