"""Bounded resources, against a real ``fieldkit-server serve`` process on loopback.

A zip bomb and a body of millions of tiny values get 413 without the server's memory growing
(its peak resident size, ``VmHWM`` in /proc, is read) while /health keeps answering; JSON
nested thousands deep gets 400; a Range header of 4,300 digits gets 416 or the whole file;
connections stalled mid-header are closed and the server keeps serving; 40 sign-ins at once
take two argon2 checks' worth of memory, not forty.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import zstandard

from fieldkit.sync.server.db import default_db_url, make_engine
from fieldkit.sync.server.store import ServerStore
from tests.sync.server_process import ServerProcess, server_cli, start_server

PASSWORD = "correct horse battery"
MiB = 1024 * 1024
HEADER_TIMEOUT_S = 2
# Peak memory a test may add to the server's resident size at start. Before the limits, the
# zip bombs took 1.7 GB more and 40 sign-ins 1.5 GB more; with them, about 290 MB (two bodies
# of 30 MiB decompressed and scanned at a time) and 130 MB (two argon2 checks of 64 MiB).
MAX_GROWTH = 450 * MiB
CROWD = 40  # users signing in at once


@dataclass
class Running:
    server: ServerProcess
    study_id: str

    @property
    def url(self) -> str:
        return self.server.url

    def memory(self, field: str) -> int:
        """``VmRSS`` (now) or ``VmHWM`` (peak) of the server process, in bytes."""
        status = Path(f"/proc/{self.server.process.pid}/status").read_text()
        line = next(line for line in status.splitlines() if line.startswith(field + ":"))
        return int(line.split()[1]) * 1024

    def login(self, device: int = 1, *, user: str = "amina", source: str | None = None) -> str:
        body = {"user": user, "password": PASSWORD, "device_id": f"{device:016x}"}
        transport = httpx.HTTPTransport(local_address=source) if source else None
        with httpx.Client(transport=transport, timeout=120) as client:
            reply = client.post(self.url + "/api/v1/login", json=body)
        assert reply.status_code == 200, reply.text
        token: str = reply.json()["token"]
        return token


@pytest.fixture(scope="module")
def server_location(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], str]:
    location = ["--data-dir", str(tmp_path_factory.mktemp("limits") / "server")]
    server_cli(*location, "init")
    study_id = server_cli(*location, "study", "create", "Limits").strip()
    server_cli(*location, "user", "add", "amina", stdin=PASSWORD + "\n")
    server_cli(*location, "member", "add", study_id, "amina", "--role", "lead")
    # A crowd of colleagues for the concurrent sign-ins (each their own name and address, so
    # the sign-in limiter lets every password reach its argon2 check). Made in-process with
    # the server's real hash settings: the memory a check takes comes from the stored hash.
    engine = make_engine(default_db_url(Path(location[1])))
    try:
        store = ServerStore(engine)
        for n in range(CROWD):
            store.add_user(name=f"crowd{n:02d}", password=PASSWORD)
    finally:
        engine.dispose()
    return location, study_id


@pytest.fixture
def running(server_location: tuple[list[str], str], tmp_path: Path) -> Iterator[Running]:
    """A fresh server process per test, so each measures its own peak memory."""
    location, study_id = server_location
    options = ["--header-timeout", str(HEADER_TIMEOUT_S)]
    server = start_server(*location, log_path=tmp_path / "server.log", options=options)
    try:
        yield Running(server, study_id)
    finally:
        server.stop()


def _post_sync(url: str, token: str, body: bytes, encoding: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if encoding:
        headers["Content-Encoding"] = encoding
    return httpx.post(url + "/api/v1/sync", content=body, headers=headers, timeout=120)


def test_zip_bombs_get_413_in_bounded_memory_while_health_answers(running: Running) -> None:
    token = running.login()
    start = running.memory("VmRSS")
    packer = zstandard.ZstdCompressor(level=3)
    # 64 MiB of {} in a few kB (past the inflated-size cap), and 30 MiB of them (under the
    # cap, but ten million values: parsed, that was 700 MB of Python objects).
    inflated = b"[" + b"{}," * (64 * MiB // 3) + b"{}]"
    bomb = packer.compress(inflated)
    many_values = packer.compress(b"[" + b"{}," * (30 * MiB // 3) + b"{}]")
    del inflated
    assert len(bomb) < 20_000
    bodies = [bomb, many_values] * 3
    with ThreadPoolExecutor(len(bodies)) as pool:
        sent = [pool.submit(_post_sync, running.url, token, b, "zstd") for b in bodies]
        health = []
        while not all(f.done() for f in sent) or not health:
            health.append(httpx.get(running.url + "/api/v1/health", timeout=30).status_code)
        replies = [f.result() for f in sent]
    assert [r.status_code for r in replies] == [413] * len(bodies)
    assert "larger than" in replies[0].json()["detail"]
    assert "JSON values" in replies[1].json()["detail"]
    assert set(health) == {200}
    assert running.memory("VmHWM") - start < MAX_GROWTH


@pytest.mark.parametrize("depth", [65, 5000, 100_000])
def test_deeply_nested_json_gets_400(running: Running, depth: int) -> None:
    token = running.login()
    nested = "[" * depth + "]" * depth
    body = f'{{"device_id":"{1:016x}","studies":{nested}}}'.encode()
    reply = _post_sync(running.url, token, body, None)
    assert reply.status_code == 400, reply.text
    assert "nests deeper than 64 levels" in reply.json()["detail"]
    # Within the limit, an ordinary (empty) sync still works.
    ok = _post_sync(
        running.url, token, json.dumps({"device_id": f"{1:016x}", "studies": []}).encode(), None
    )
    assert ok.status_code == 200, ok.text


def _upload(running: Running, token: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    auth = {"Authorization": f"Bearer {token}"}
    started = httpx.post(
        running.url + "/api/v1/uploads",
        json={"study_id": running.study_id, "sha256": sha, "size": len(data)},
        headers=auth,
    )
    assert started.status_code == 201, started.text
    if started.json()["complete"]:  # uploaded by an earlier test
        return sha
    upload_id = started.json()["upload_id"]
    headers = {**auth, "Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"}
    put = httpx.put(f"{running.url}/api/v1/uploads/{upload_id}", content=data, headers=headers)
    assert put.status_code == 200 and put.json()["complete"], put.text
    return sha


@pytest.mark.parametrize(
    ("range_header", "status", "served"),
    [
        ("bytes=" + "9" * 4300 + "-", 416, None),
        ("bytes=0-" + "9" * 4300, 206, (0, 999)),
        ("bytes=-" + "9" * 4300, 206, (0, 999)),
        ("bytes=" + "0" * 4300 + "5-9", 206, (5, 9)),
    ],
)
def test_a_range_of_thousands_of_digits_is_answered(
    running: Running, range_header: str, status: int, served: tuple[int, int] | None
) -> None:
    token = running.login()
    data = bytes(range(256)) * 3 + b"fieldkit" * 29
    assert len(data) == 1000
    sha = _upload(running, token, data)
    reply = httpx.get(
        f"{running.url}/api/v1/blobs/{sha}",
        params={"study": running.study_id},
        headers={"Authorization": f"Bearer {token}", "Range": range_header},
    )
    assert reply.status_code == status, reply.text
    if served is None:
        assert reply.headers["Content-Range"] == "bytes */1000"
    else:
        first, last = served
        assert reply.content == data[first : last + 1]
        assert reply.headers["Content-Range"] == f"bytes {first}-{last}/1000"


def _stalled(url: str, sent: bytes) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=60)
    if sent:
        sock.sendall(sent)
    return sock


def test_connections_stalled_mid_header_are_closed(running: Running) -> None:
    partial = [
        b"",  # connects and says nothing
        b"GET /api/v1/hea",
        b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nUser-Agent: slow",
        b"POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n",
    ]
    sockets = [_stalled(running.url, partial[i % len(partial)]) for i in range(50)]
    try:
        # Meanwhile the server answers others.
        assert httpx.get(running.url + "/api/v1/health", timeout=30).status_code == 200
        # Each stalled connection is closed by the server: recv sees the end of the stream
        # (or a reset) long before the sockets' 60 s timeout.
        for sock in sockets:
            with contextlib.suppress(ConnectionResetError):
                assert sock.recv(1024) == b""
    finally:
        for sock in sockets:
            sock.close()
    assert httpx.get(running.url + "/api/v1/health", timeout=30).status_code == 200


def test_a_keep_alive_connection_stalled_in_its_second_request_is_closed(
    running: Running,
) -> None:
    sock = _stalled(running.url, b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
    try:
        first = b""
        while b"\r\n\r\n" not in first or not first.rstrip().endswith(b"}"):
            chunk = sock.recv(4096)
            assert chunk, "the first request was not answered"
            first += chunk
        assert first.startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHo")
        assert sock.recv(1024) == b""
    finally:
        sock.close()


def test_oversized_headers_are_refused(running: Running) -> None:
    reply = httpx.get(
        running.url + "/api/v1/health", headers={"X-Padding": "a" * (64 * 1024)}, timeout=30
    )
    assert reply.status_code in (400, 431)
    assert httpx.get(running.url + "/api/v1/health", timeout=30).status_code == 200


def test_small_json_endpoints_take_small_bodies(running: Running) -> None:
    token = running.login()
    # 15 MB of {} for the sign-in (parsed on the event loop, it held it for 3 s): 413 at once.
    many = b'{"user":"amina","password":"x","device_id":"0000000000000001","x":['
    many += b"{}," * (5 * MiB) + b"{}]}"
    reply = httpx.post(running.url + "/api/v1/login", content=many, timeout=60)
    assert reply.status_code == 413
    # Asking about 10,000 files (700 kB) still fits.
    hashes = [f"{n:064x}" for n in range(10_000)]
    asked = httpx.post(
        running.url + "/api/v1/blobs/missing",
        json={"study_id": running.study_id, "hashes": hashes},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    assert asked.status_code == 200, asked.text
    assert len(asked.json()["missing"]) == 10_000


def test_the_inflated_size_cap_is_a_serve_option(
    server_location: tuple[list[str], str], tmp_path: Path
) -> None:
    location, _study_id = server_location
    options = ["--max-body-mb", "1"]
    server = start_server(*location, log_path=tmp_path / "server.log", options=options)
    try:
        running = Running(server, _study_id)
        token = running.login()
        padding = "x" * (2 * MiB)
        body = json.dumps({"device_id": f"{1:016x}", "studies": [], "note": padding}).encode()
        reply = _post_sync(running.url, token, zstandard.ZstdCompressor().compress(body), "zstd")
        assert reply.status_code == 413
        assert f"larger than {MiB} bytes" in reply.json()["detail"]
    finally:
        server.stop()


def test_forty_sign_ins_at_once_in_bounded_memory(running: Running) -> None:
    start = running.memory("VmRSS")
    barrier = threading.Barrier(40)

    def sign_in(n: int) -> str:
        barrier.wait(timeout=60)
        return running.login(n + 100, user=f"crowd{n:02d}", source=f"127.0.1.{n + 1}")

    with ThreadPoolExecutor(40) as pool:
        tokens = list(pool.map(sign_in, range(CROWD)))
    assert len(set(tokens)) == 40
    assert running.memory("VmHWM") - start < MAX_GROWTH
