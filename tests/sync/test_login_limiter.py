"""The login limiter over real HTTP: counted before the password check, back-off per user and
per address (no lock-out), no reset by another account's success, shared by two servers on one
database. Sign-ins come from several loopback addresses (127.0.0.2, 127.0.0.3...)."""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import threading
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa

from fieldkit.sync.server.app import ServerConfig, create_app
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.server.db import default_db_url, login_limits, make_engine
from fieldkit.sync.server.login_limiter import LimitPolicy
from fieldkit.sync.server.store import ServerStore, now_ms
from tests.sync.conftest import BACKENDS, PASSWORD, cheap_password_hashing
from tests.sync.server_process import serve_in_thread, start_server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

POLICY = LimitPolicy(attempts=3, address_factor=3, backoff_s=10, user_max_s=60, address_max_s=3600)


class Clock:
    """Milliseconds, moved by the test only."""

    def __init__(self) -> None:
        self.now = 1_800_000_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1000)


@dataclass
class Servers:
    urls: list[str]  # two servers (own engines) on one database
    store: ServerStore
    clock: Clock


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory, server_db: str | None) -> Iterator[Servers]:
    data_dir: Path = tmp_path_factory.mktemp("limited")
    clock = Clock()
    config = ServerConfig(login_limits=POLICY)
    with cheap_password_hashing(), ExitStack() as stack:
        apps = [create_app(server_db, data_dir, config=config, clock=clock) for _ in range(2)]
        store: ServerStore = apps[0].state.store
        for name in ("victim", "mallory", "uma", "ugo", "ulla"):
            store.add_user(name=name, password=PASSWORD)
        urls = [stack.enter_context(serve_in_thread(app)) for app in apps]
        yield Servers(urls, store, clock)
        for app in apps:
            app.state.store.engine.dispose()


@pytest.fixture
def limited(servers: Servers) -> Servers:
    with servers.store.write() as conn:
        conn.execute(login_limits.delete())
    servers.clock.advance(7200)
    return servers


def _login(
    url: str, user: str, password: str, *, source: str = "127.0.0.1", forwarded: str = ""
) -> tuple[int, dict]:
    """POST /login from the loopback address ``source`` (through a proxy on 127.0.0.1 that
    says ``X-Forwarded-For: forwarded``); (status, headers)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=60, source_address=(source, 0)
    )
    try:
        # Each user signs in from a laptop of their own (a device id belongs to one user).
        device_id = hashlib.sha256(user.encode()).hexdigest()[:16]
        body = json.dumps({"user": user, "password": password, "device_id": device_id})
        headers = {"Content-Type": "application/json"}
        if forwarded:
            headers["X-Forwarded-For"] = forwarded
        conn.request("POST", "/api/v1/login", body, headers)
        reply = conn.getresponse()
        reply.read()
        return reply.status, {k.lower(): v for k, v in reply.getheaders()}
    finally:
        conn.close()


def test_concurrent_wrong_passwords_are_counted_before_checking(limited: Servers) -> None:
    statuses: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(24)

    def attempt(n: int) -> None:
        start.wait()
        status, _ = _login(limited.urls[n % 2], "victim", f"guess {n}", source="127.0.0.2")
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    # Exactly the 3 free attempts reached the password check (401); 21 were refused (429).
    assert sorted(statuses) == [401] * 3 + [429] * 21


def test_refusal_carries_retry_after_and_backs_off_exponentially(limited: Servers) -> None:
    url = limited.urls[0]
    for _ in range(3):
        assert _login(url, "victim", "wrong one")[0] == 401
    status, headers = _login(url, "victim", PASSWORD)  # even the right password waits
    assert status == 429
    assert headers["retry-after"] == "10"
    limited.clock.advance(10)
    assert _login(url, "victim", "wrong again")[0] == 401
    status, headers = _login(url, "victim", "wrong")
    assert (status, headers["retry-after"]) == (429, "20")
    limited.clock.advance(20)
    assert _login(url, "victim", PASSWORD)[0] == 200
    # Her success cleared her own count: the next wrong password is free again.
    assert _login(url, "victim", "typo")[0] == 401


def test_victim_signs_in_from_another_address_after_the_back_off(limited: Servers) -> None:
    """An attacker hammering one name slows its owner down by at most a minute."""
    attacker, victim = "127.0.0.2", "127.0.0.3"
    url = limited.urls[0]
    for n in range(15):
        status, headers = _login(url, "victim", f"guess {n}", source=attacker)
        if status == 429:
            limited.clock.advance(int(headers["retry-after"]))
            assert _login(url, "victim", f"guess {n}", source=attacker)[0] == 401
    status, headers = _login(url, "victim", PASSWORD, source=victim)
    assert status == 429
    assert int(headers["retry-after"]) <= 60  # the user's back-off has a ceiling
    limited.clock.advance(int(headers["retry-after"]))
    assert _login(url, "victim", PASSWORD, source=victim)[0] == 200
    # The attacker's address is still backed off (much longer than the user's ceiling).
    status, headers = _login(url, "ulla", "guess", source=attacker)
    assert status == 429
    assert int(headers["retry-after"]) > 60


def test_attackers_own_success_does_not_reset_the_address(limited: Servers) -> None:
    attacker, other = "127.0.0.4", "127.0.0.5"
    url = limited.urls[1]
    for user in ("uma", "ugo"):
        for _ in range(3):
            assert _login(url, user, "guess", source=attacker)[0] == 401
        # The attacker signs in to their own account between rounds.
        assert _login(url, "mallory", PASSWORD, source=attacker)[0] == 200
    for _ in range(3):
        assert _login(url, "ulla", "guess", source=attacker)[0] == 401
    # 9 failures from this address: backed off, whatever the attacker's own successes.
    status, headers = _login(url, "mallory", PASSWORD, source=attacker)
    assert status == 429 and int(headers["retry-after"]) >= 10
    # Another address is not affected; ulla's own name is backed off though.
    assert _login(url, "uma", PASSWORD, source=other)[0] == 429  # uma's own back-off
    assert _login(url, "mallory", PASSWORD, source=other)[0] == 200


def test_limits_are_shared_by_two_servers_on_one_database(limited: Servers) -> None:
    first, second = limited.urls
    assert _login(first, "victim", "one")[0] == 401
    assert _login(second, "victim", "two")[0] == 401
    assert _login(first, "victim", "three")[0] == 401
    assert _login(second, "victim", PASSWORD)[0] == 429
    assert _login(first, "victim", PASSWORD)[0] == 429
    limited.clock.advance(10)
    assert _login(second, "victim", PASSWORD)[0] == 200


def test_behind_a_local_proxy_each_laptop_is_its_own_address(limited: Servers) -> None:
    """A reverse proxy on 127.0.0.1 names the laptop in X-Forwarded-For (uvicorn trusts it
    from 127.0.0.1 only), so one attacker behind the proxy does not back off the whole team."""
    url = limited.urls[0]
    for user in ("uma", "ugo", "ulla"):
        for _ in range(3):
            assert _login(url, user, "guess", forwarded="203.0.113.9")[0] == 401
    assert _login(url, "mallory", PASSWORD, forwarded="203.0.113.9")[0] == 429
    assert _login(url, "mallory", PASSWORD, forwarded="198.51.100.4")[0] == 200
    # Not from the proxy's address: the header is not believed.
    for _ in range(2):
        _login(url, "victim", "guess", source="127.0.0.7", forwarded="198.51.100.6")
    with limited.store.read() as conn:
        counted = dict(conn.execute(sa.select(login_limits.c.key, login_limits.c.attempts)).all())
    assert counted["addr:127.0.0.7"] == 2 and "addr:198.51.100.6" not in counted
    assert counted["addr:203.0.113.9"] == 9


def test_two_server_processes_share_the_counts(tmp_path: Path, server_db: str | None) -> None:
    """Two ``fieldkit-server serve`` processes on one database: attempts on either count for
    both, and a back-off recorded by one is honoured by the other."""
    data = tmp_path / "srv"
    location = [*(["--db", server_db] if server_db else []), "--data-dir", str(data)]
    with cheap_password_hashing():
        add = [*location, "user", "add", "vicky"]
        assert server_main(add, stdin=io.StringIO(PASSWORD + "\n"), err=io.StringIO()) == 0
    first = start_server(*location, log_path=tmp_path / "first.log")
    second = start_server(*location, log_path=tmp_path / "second.log")
    engine = make_engine(server_db or default_db_url(data))
    try:
        for url in (first.url, second.url, first.url, second.url):
            assert _login(url, "vicky", "wrong")[0] == 401
        with engine.connect() as conn:
            attempts = conn.execute(
                sa.select(login_limits.c.attempts).where(login_limits.c.key == "user:vicky")
            ).scalar()
        assert attempts == 4
        # A long back-off, as one process would record it after many failures.
        with engine.begin() as conn:
            conn.execute(
                login_limits.update()
                .where(login_limits.c.key == "user:vicky")
                .values(attempts=40, blocked_until_ms=now_ms() + 3_600_000)
            )
        for url in (first.url, second.url):
            status, headers = _login(url, "vicky", PASSWORD)
            assert status == 429 and int(headers["retry-after"]) > 3000
    finally:
        engine.dispose()
        first.stop()
        second.stop()


def test_forgotten_counts_are_pruned(limited: Servers) -> None:
    url = limited.urls[0]
    for n in range(4):
        assert _login(url, f"nobody-{n}", "guess", source="127.0.0.8")[0] == 401
    limited.clock.advance(POLICY.forget_s + 1)
    assert _login(url, "uma", "guess", source="127.0.0.9")[0] == 401
    with limited.store.read() as conn:
        keys = set(conn.execute(sa.select(login_limits.c.key)).scalars())
    assert keys == {"user:uma", "addr:127.0.0.9"}
