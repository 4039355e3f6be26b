"""The server's database work per request stays small (issue 9, item 9: CPU per request).

Every statement costs the worker CPU (SQLAlchemy, the driver, a thread waiting for the reply)
and a round trip: these count them on a real server over HTTP. And a pooled PostgreSQL
connection is checked only after it sat unused; one the database dropped is replaced.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio.to_thread
import pytest
import sqlalchemy as sa

from fieldkit.sync.server.app import create_app
from fieldkit.sync.server.db import make_engine
from fieldkit.sync.server.routes import SMALL_SYNC_BYTES
from fieldkit.sync.server.store import ServerStore
from tests.sync.conftest import cheap_password_hashing
from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import serve_in_thread

PASSWORD = "counting statements"
DEVICE = "0011223344556677"
STUDY = "study-rt"


def _call(url: str, path: str, body: Any, token: str = "") -> dict[str, Any]:
    return json.loads(_send(url, "POST", path, json.dumps(body).encode(), token))


def _send(
    url: str, method: str, path: str, data: bytes | None, token: str, **headers: str
) -> bytes:
    request = urllib.request.Request(url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    for name, value in headers.items():
        request.add_header(name.replace("_", "-"), value)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as reply:
        result: bytes = reply.read()
        return result


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, list[str]]]:
    """A server (SQLite), a signed-in member's token, and the statements it runs from now."""
    with cheap_password_hashing():
        app = create_app(data_dir=tmp_path / "server")
        store: ServerStore = app.state.store
        user_id = store.add_user(name="amara", password=PASSWORD)
        store.create_study(study_id=STUDY, name="Round trips", lead_user_id=user_id)
        statements: list[str] = []
        try:
            with serve_in_thread(app) as url:
                login = {"user": "amara", "password": PASSWORD, "device_id": DEVICE}
                token = _call(url, "/api/v1/login", login)["token"]

                @sa.event.listens_for(store.engine, "before_cursor_execute")
                def _count(*args: Any) -> None:
                    statements.append(" ".join(str(args[2]).split()[:4]))

                yield url, token, statements
        finally:
            store.engine.dispose()


def test_a_sync_with_nothing_new_reads_no_feed(served: tuple[str, str, list[str]]) -> None:
    url, token, statements = served
    body = {"device_id": DEVICE, "studies": [{"study_id": STUDY, "pull_cursor": 0}]}
    _call(url, "/api/v1/sync", body, token)  # the first one also reads the server's key
    statements.clear()
    reply = _call(url, "/api/v1/sync", body, token)
    assert [(s["study_id"], s["cursor"], s["changes"]) for s in reply["studies"]] == [
        (STUDY, 0, [])
    ]
    # Token, memberships, the study with this device's position, each after SQLite's BEGIN;
    # the pull's BEGIN. (Before: a second query for the position and one for the top: 9.)
    assert len(statements) <= 7, statements
    assert not any("feed" in s.lower() for s in statements)


def test_an_upload_start_checks_role_and_file_in_one_query(
    served: tuple[str, str, list[str]],
) -> None:
    url, token, statements = served
    body = {"study_id": STUDY, "sha256": "ab" * 32, "size": 10}
    state = _call(url, "/api/v1/uploads", body, token)
    assert (state["complete"], state["offset"]) == (False, 0)
    # Token; role and file at once; the upload looked for and made; each after SQLite's BEGIN.
    # (Before: the role and the file were two reads, 9 statements.)
    assert len(statements) <= 7, statements


def test_each_request_goes_to_a_worker_thread_once(
    served: tuple[str, str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The token check runs in the thread that does the request's database work: waking a
    thread and coming back was the largest single cost of a request under load."""
    url, token, _statements = served
    sync = {"device_id": DEVICE, "studies": [{"study_id": STUDY, "pull_cursor": 0}]}
    _call(url, "/api/v1/sync", sync, token)  # the first one also reads the server's key
    calls: list[str] = []
    real = anyio.to_thread.run_sync

    async def counted(func: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(getattr(func, "__name__", type(func).__name__))
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counted)

    def once(method: str, path: str, body: Any = None, **headers: str) -> bytes:
        calls.clear()
        data = body if isinstance(body, bytes | None) else json.dumps(body).encode()
        reply = _send(url, method, path, data, token, **headers)
        assert len(calls) == 1, (method, path, calls)
        return reply

    data = b"ten bytes!"
    sha = hashlib.sha256(data).hexdigest()
    once("POST", "/api/v1/sync", sync)
    once("GET", "/api/v1/studies")
    once("GET", "/api/v1/health")
    upload = once("POST", "/api/v1/uploads", {"study_id": STUDY, "sha256": sha, "size": 10})
    chunk = f"/api/v1/uploads/{json.loads(upload)['upload_id']}"
    assert json.loads(once("PUT", chunk, data, Content_Range="bytes 0-9/10"))["complete"]
    asked = json.loads(once("POST", "/api/v1/blobs/missing", {"study_id": STUDY, "hashes": [sha]}))
    assert asked["missing"] == []
    assert once("GET", f"/api/v1/blobs/{sha}?study={STUDY}", Range="bytes=2-5") == data[2:6]


def test_a_sync_body_past_the_small_size_is_read_under_a_parse_slot(
    served: tuple[str, str, list[str]],
) -> None:
    url, token, _statements = served
    # A field this server does not know (a newer client's) makes the body large.
    body = {
        "device_id": DEVICE,
        "studies": [{"study_id": STUDY, "pull_cursor": 0}],
        "padding": "x" * (SMALL_SYNC_BYTES + 10),
    }
    plain = json.dumps(body).encode()
    for data, encoding in [(plain, "identity"), (gzip.compress(plain), "gzip")]:
        reply = json.loads(
            _send(url, "POST", "/api/v1/sync", data, token, Content_Encoding=encoding)
        )
        assert [s["study_id"] for s in reply["studies"]] == [STUDY], encoding


def test_a_dropped_pooled_connection_is_replaced(
    postgres_databases: PostgresDatabases,
) -> None:
    db_url = postgres_databases.create()
    name = sa.engine.make_url(db_url).database
    admin = sa.create_engine(
        postgres_databases.admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
    )
    checked = make_engine(db_url, ping_after_idle_s=0.0)  # as after 10 s unused
    trusted = make_engine(db_url)  # used a moment ago: not checked
    kill = sa.text(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = :name AND pid <> pg_backend_pid()"
    )
    try:
        for engine in (checked, trusted):
            with engine.connect() as conn:
                assert conn.execute(sa.text("SELECT 1")).scalar() == 1
        with admin.connect() as conn:
            conn.execute(kill, {"name": name})
        # Checked before use: the dead connection is swapped for a new one, unnoticed.
        with checked.connect() as conn:
            assert conn.execute(sa.text("SELECT 2")).scalar() == 2
        # Not checked: that one request fails (the server answers 503, "try again") and the
        # pool starts afresh, so the next one works.
        with pytest.raises(sa.exc.OperationalError), trusted.connect() as conn:
            conn.execute(sa.text("SELECT 3"))
        with trusted.connect() as conn:
            assert conn.execute(sa.text("SELECT 4")).scalar() == 4
    finally:
        checked.dispose()
        trusted.dispose()
        admin.dispose()
