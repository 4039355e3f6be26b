"""Uploads cut by real dropped connections resume: on retry, after an app or a server restart."""

from __future__ import annotations

import hashlib
import io
import json
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from fieldkit.errors import ServerUnreachableError
from fieldkit.storage.db import Store
from fieldkit.storage.models import LocalState
from fieldkit.sync.client import SyncReport, login, sync
from fieldkit.sync.media import UPLOADS_KEY
from fieldkit.sync.server.app import ServerConfig, create_app
from fieldkit.sync.server.cli import main as server_main
from tests.sync.conftest import BACKENDS, PASSWORD, Laptop, OpenLaptop, Server, _free_port
from tests.sync.media_faults import CuttingTransport
from tests.sync.test_media import attach

CHUNK = 64 * 1024
BOTH = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, **kw)


def _stored(data_dir: Path, sha: str) -> str:
    return hashlib.sha256((data_dir / "blobs" / sha[:2] / sha[2:]).read_bytes()).hexdigest()


def _saved_offset(store: Store, study_id: str, sha: str) -> int:
    with store.read() as session:
        state = json.loads(session.get(LocalState, UPLOADS_KEY).value)
    return int(state[f"{study_id}/{sha}"]["offset"])


@BOTH
@pytest.mark.parametrize("seed", [11, 22, 33])
def test_upload_cut_at_random_offsets_resumes(
    server: Server, laptop: OpenLaptop, seed: int
) -> None:
    a = laptop("alice")
    _sync(a)
    rng = random.Random(seed)
    size = 30 * CHUNK + rng.randrange(CHUNK)
    data = rng.randbytes(size)
    sha = attach(a, server.study_id, data, f"recording-{seed}.pdf")
    cuts = sorted(rng.sample(range(size + 1), 5))
    cutter = CuttingTransport(upload_cuts=list(cuts))
    failures = 0
    while True:
        try:
            report = _sync(a, transport=cutter, chunk_bytes=CHUNK)
            break
        except ServerUnreachableError:
            failures += 1
            assert failures <= len(cuts), "the upload did not resume"
    assert failures == len(cuts)
    assert report.media.pending_uploads == 0
    assert _stored(server.data_dir, sha) == sha
    # Each cut cost at most one chunk: the upload resumed, it never started again.
    assert size <= cutter.body_bytes_sent <= size + len(cuts) * CHUNK
    starts = [start for start, _ in cutter.puts]
    assert starts[0] == 0 and max(starts) >= size - CHUNK


@BOTH
def test_upload_resumes_after_the_app_restarts(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    folder = tmp_path / "restarting-laptop"
    store = Store.open(folder)
    token = login(store, server_url=server.url, user="alice", password=PASSWORD)
    first = Laptop(store, token, server.url)
    _sync(first)
    data = random.Random(5).randbytes(20 * CHUNK + 99)
    sha = attach(first, server.study_id, data, "long-interview.pdf")
    cut_at = 12 * CHUNK + 500
    with pytest.raises(ServerUnreachableError):
        _sync(first, transport=CuttingTransport(upload_cuts=[cut_at]), chunk_bytes=CHUNK)
    acknowledged = _saved_offset(store, server.study_id, sha)
    assert acknowledged == 12 * CHUNK
    store.close()

    store = Store.open(folder)  # the app starts again: new objects, same data folder
    try:
        again = Laptop(store, token, server.url)
        recorder = CuttingTransport()
        report = _sync(again, transport=recorder, chunk_bytes=CHUNK)
        assert recorder.puts[0][0] == acknowledged
        assert report.media.uploaded_bytes == len(data) - acknowledged
        assert report.media.uploaded_files == 1
        assert _stored(server.data_dir, sha) == sha
        with store.read() as session:
            assert sha not in session.get(LocalState, UPLOADS_KEY).value
    finally:
        store.close()


@BOTH
def test_a_chunk_whose_reply_was_lost_is_not_sent_again(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    _sync(a)
    data = random.Random(8).randbytes(6 * CHUNK + 1)
    sha = attach(a, server.study_id, data, "lost-reply.pdf")
    # The third chunk goes out whole, then the connection drops before its reply.
    with pytest.raises(ServerUnreachableError):
        _sync(a, transport=CuttingTransport(upload_cuts=[3 * CHUNK]), chunk_bytes=CHUNK)
    assert _saved_offset(a.store, server.study_id, sha) == 2 * CHUNK
    recorder = CuttingTransport()
    report = _sync(a, transport=recorder, chunk_bytes=CHUNK)
    assert recorder.puts[0][0] == 3 * CHUNK  # the server's offset, not the laptop's
    assert report.media.uploaded_bytes == len(data) - 3 * CHUNK
    assert _stored(server.data_dir, sha) == sha


class Cancelled(Exception):
    pass


@BOTH
def test_cancel_during_an_upload_keeps_what_was_sent(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    _sync(a)
    data = random.Random(6).randbytes(10 * CHUNK + 5)
    sha = attach(a, server.study_id, data, "cancelled.pdf")
    seen: list[int] = []

    def progress(report: SyncReport) -> None:
        seen.append(report.media.uploaded_bytes)
        if report.media.uploaded_bytes >= 4 * CHUNK:
            raise Cancelled()  # the user pressed Cancel

    with pytest.raises(Cancelled):
        _sync(a, chunk_bytes=CHUNK, progress=progress)
    assert seen[-3:] == [2 * CHUNK, 3 * CHUNK, 4 * CHUNK]
    assert _saved_offset(a.store, server.study_id, sha) == 4 * CHUNK
    recorder = CuttingTransport()
    report = _sync(a, transport=recorder, chunk_bytes=CHUNK)
    assert recorder.puts[0][0] == 4 * CHUNK
    assert report.media.uploaded_files == 1
    assert _stored(server.data_dir, sha) == sha


# --- a server of our own, to stop and start ------------------------------------------------------


class Restartable:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._uv: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.app: FastAPI | None = None
        self.config = ServerConfig()

    def start(self) -> None:
        self.app = create_app(None, self.data_dir, config=self.config)
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._uv = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._uv.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._uv.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        assert self._uv is not None and self._thread is not None and self.app is not None
        self._uv.should_exit = True
        self._thread.join(timeout=10)
        self.app.state.store.engine.dispose()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[tuple[Restartable, str]]:
    data_dir = tmp_path / "server"
    args = ["--data-dir", str(data_dir)]
    out = io.StringIO()
    assert server_main([*args, "init"], out=out, err=io.StringIO()) == 0
    assert server_main([*args, "study", "create", "Restarts"], out=out, err=io.StringIO()) == 0
    study_id = out.getvalue().strip().splitlines()[-1]
    stdin = io.StringIO(PASSWORD + "\n")
    assert server_main([*args, "user", "add", "alice"], stdin=stdin, err=io.StringIO()) == 0
    member = [*args, "member", "add", study_id, "alice", "--role", "researcher"]
    assert server_main(member, err=io.StringIO()) == 0
    running = Restartable(data_dir)
    running.start()
    yield running, study_id
    running.stop()


def test_upload_resumes_after_the_server_restarts(
    own_server: tuple[Restartable, str], tmp_path: Path
) -> None:
    running, study_id = own_server
    store = Store.open(tmp_path / "laptop")
    try:
        token = login(store, server_url=running.url, user="alice", password=PASSWORD)
        a = Laptop(store, token, running.url)
        _sync(a)
        data = random.Random(9).randbytes(16 * CHUNK + 7)
        sha = attach(a, study_id, data, "focus-group.pdf")
        with pytest.raises(ServerUnreachableError):
            _sync(a, transport=CuttingTransport(upload_cuts=[9 * CHUNK + 1]), chunk_bytes=CHUNK)
        running.stop()
        parts = [p for p in (running.data_dir / "blobs" / ".uploads").iterdir() if not p.suffix]
        assert [p.stat().st_size for p in parts] == [9 * CHUNK]
        with pytest.raises(ServerUnreachableError):
            _sync(a, chunk_bytes=CHUNK)  # the server is down: nothing is lost
        running.start()
        recorder = CuttingTransport()
        report = _sync(a, transport=recorder, chunk_bytes=CHUNK)
        assert recorder.puts[0][0] == 9 * CHUNK
        assert report.media.uploaded_files == 1
        assert report.media.uploaded_bytes == len(data) - 9 * CHUNK
        assert _stored(running.data_dir, sha) == sha
        assert not [p for p in (running.data_dir / "blobs" / ".uploads").iterdir()]
    finally:
        store.close()


def test_a_file_over_the_server_limit_is_reported_not_retried(
    own_server: tuple[Restartable, str], tmp_path: Path
) -> None:
    running, study_id = own_server
    running.stop()
    running.config = ServerConfig(max_blob_bytes=100_000)
    running.start()
    store = Store.open(tmp_path / "laptop")
    try:
        token = login(store, server_url=running.url, user="alice", password=PASSWORD)
        a = Laptop(store, token, running.url)
        _sync(a)
        attach(a, study_id, random.Random(3).randbytes(150_000), "too-big.pdf")
        report = _sync(a)
        assert report.pushed > 0
        assert len(report.media.problems) == 1
        assert "larger than this server accepts" in report.media.problems[0]
        assert report.media.pending_uploads == 0
        assert _sync(a).requests == 1  # not asked again at every sync
    finally:
        store.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_laptops_send_one_file_at_once_through_two_workers(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Both join the same upload; the chunks land once each (a lock across the worker
    processes), the SHA-256 is checked once, and the server keeps one file."""
    import sqlalchemy as sa

    from fieldkit.sync.server.db import blobs, make_engine
    from tests.sync.server_process import server_cli, start_server

    data_dir = tmp_path / "server"
    location = ["--data-dir", str(data_dir)]
    if backend == "postgres":
        location += ["--db", request.getfixturevalue("postgres_databases").create()]
    server_cli(*location, "init")
    study_id = server_cli(*location, "study", "create", "Twins").strip()
    for name in ("alice", "bob"):
        server_cli(*location, "user", "add", name, stdin=PASSWORD + "\n")
        server_cli(*location, "member", "add", study_id, name, "--role", "researcher")
    running = start_server(*location, log_path=tmp_path / "server.log", workers=2)
    stores: list[Store] = []
    try:
        laptops = []
        for name in ("alice", "bob"):
            store = Store.open(tmp_path / f"laptop-{name}")
            stores.append(store)
            token = login(store, server_url=running.url, user=name, password=PASSWORD)
            laptops.append(Laptop(store, token, running.url))
        data = random.Random(12).randbytes(40 * CHUNK + 3)
        for lp in laptops:
            _sync(lp)
            sha = attach(lp, study_id, data, "same-recording.pdf")
        for lp in laptops:  # text first: both now wait to send the same file
            assert _sync(lp, media=False).media.pending_uploads == 1
        barrier = threading.Barrier(2)
        reports: dict[int, SyncReport] = {}
        failures: list[BaseException] = []

        def send(index: int) -> None:
            try:
                barrier.wait(timeout=10)
                reports[index] = _sync(laptops[index], chunk_bytes=CHUNK)
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert failures == []
        for report in reports.values():
            assert report.media.pending_uploads == 0
            assert report.media.problems == []
        assert sum(r.media.uploaded_files for r in reports.values()) >= 1
        assert _stored(data_dir, sha) == sha
        assert [p for p in (data_dir / "blobs").glob("??/*")] == [
            data_dir / "blobs" / sha[:2] / sha[2:]
        ]
        assert [p.name for p in (data_dir / "blobs" / ".uploads").iterdir()] == []
        db_url = location[-1] if backend == "postgres" else f"sqlite:///{data_dir / 'server.db'}"
        engine = make_engine(db_url)
        with engine.begin() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(blobs)).scalar() == 1
        engine.dispose()
    finally:
        running.stop()
        for store in stores:
            store.close()
