"""Structured logs: one line per request (JSON or text), request ids, and no secrets in them."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit.sync.server.app import create_app
from fieldkit.sync.server.logs import JsonFormatter, TextFormatter, log_config
from fieldkit.sync.server.store import ServerStore
from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import ServerProcess, serve_in_thread, server_cli, start_server

PASSWORD = "a password never logged"
DEVICE = "00112233aabbccdd"
REQUEST_FIELDS = {
    "time",
    "level",
    "logger",
    "pid",
    "message",
    "method",
    "path",
    "status",
    "duration_ms",
    "user_id",
    "device_id",
    "bytes_in",
    "bytes_out",
    "request_id",
}


def _call(
    url: str, method: str, path: str, body: Any = None, **headers: str
) -> tuple[int, dict[str, Any], dict[str, str]]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    for name, value in headers.items():
        request.add_header(name.replace("_", "-"), value)
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, json.loads(reply.read() or b"{}"), dict(reply.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}"), dict(exc.headers)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[ServerProcess, str]]:
    location = ["--data-dir", str(tmp_path / "server")]
    server_cli(*location, "init")
    study_id = server_cli(*location, "study", "create", "Logged").strip()
    server_cli(*location, "user", "add", "amara", stdin=PASSWORD + "\n")
    server_cli(*location, "member", "add", study_id, "amara")
    server = start_server(*location, log_path=tmp_path / "server.log", log_format="json")
    try:
        yield server, study_id
    finally:
        server.stop()


def test_one_json_line_per_request_with_route_user_and_sizes(
    served: tuple[ServerProcess, str],
) -> None:
    server, study_id = served
    status, reply, _ = _call(
        server.url,
        "POST",
        "/api/v1/login",
        {"user": "amara", "password": PASSWORD, "device_id": DEVICE},
    )
    assert status == 200
    token = reply["token"]
    auth = {"Authorization": f"Bearer {token}"}
    status, _, headers = _call(
        server.url, "GET", f"/api/v1/studies/{study_id}", X_Request_ID="trace-42", **auth
    )
    assert status == 200
    assert headers["x-request-id"] == "trace-42"
    body = {"device_id": DEVICE, "studies": [{"study_id": study_id, "pull_cursor": 0}]}
    assert _call(server.url, "POST", "/api/v1/sync", body, **auth)[0] == 200
    assert _call(server.url, "GET", "/api/v1/studies", Authorization="Bearer wrong")[0] == 401
    status, _, headers = _call(server.url, "GET", f"/api/v1/no/such/{token}")
    assert status == 404
    generated = headers["x-request-id"]
    server.stop()

    lines = server.json_log()  # every line of the server's output is JSON
    requests = [line for line in lines if line["logger"] == "fieldkit.server.request"]
    assert all(set(line) >= REQUEST_FIELDS for line in requests)
    by_path = {(line["method"], line["path"], line["status"]): line for line in requests}
    login = by_path["POST", "/api/v1/login", 200]
    assert login["user_id"] is None and login["bytes_in"] > 40 and login["bytes_out"] > 40
    info = by_path["GET", "/api/v1/studies/{study_id}", 200]  # the template, not the id
    assert info["request_id"] == "trace-42"
    assert isinstance(info["user_id"], int) and info["device_id"] == DEVICE
    assert isinstance(info["duration_ms"], float | int) and info["duration_ms"] >= 0
    synced = by_path["POST", "/api/v1/sync", 200]
    assert synced["device_id"] == DEVICE and synced["bytes_out"] > 0
    refused = by_path["GET", "/api/v1/studies", 401]
    assert refused["user_id"] is None
    missing = by_path["GET", "(no route)", 404]
    assert missing["request_id"] == generated and len(generated) == 32
    assert len({line["request_id"] for line in requests}) == len(requests)
    text = server.log_path.read_text()
    assert PASSWORD not in text and token not in text and "wrong" not in text


def test_text_format_and_the_uvicorn_logging_config() -> None:
    record = logging.LogRecord(
        "fieldkit.server.request", logging.INFO, "", 0, "GET %s", ("/x",), None
    )
    record.fields = {"status": 200, "request_id": "r1"}
    text = TextFormatter().format(record)
    assert text.endswith("info fieldkit.server.request GET /x status=200 request_id=r1")
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "GET /x" and line["status"] == 200 and line["request_id"] == "r1"
    config = log_config("json")
    assert config["formatters"]["fieldkit"]["()"].endswith("JsonFormatter")
    with pytest.raises(ValueError, match="json, text"):
        log_config("xml")


def test_an_unhandled_error_is_logged_with_its_request_id(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(None, tmp_path / "server")

    @app.get("/api/v1/fail-for-test")
    def fail() -> None:
        raise RuntimeError("a bug in a route")

    caplog.set_level(logging.INFO, logger="fieldkit.server")
    with serve_in_thread(app) as url:
        status, reply, headers = _call(url, "GET", "/api/v1/fail-for-test", X_Request_ID="bug-1")
    assert status == 500
    assert reply["request_id"] == "bug-1"
    assert "bug-1" in reply["detail"]
    assert headers["x-request-id"] == "bug-1"
    error = next(r for r in caplog.records if r.name == "fieldkit.server.error")
    assert error.fields["request_id"] == "bug-1"  # type: ignore[attr-defined]
    assert error.exc_info is not None and "a bug in a route" in str(error.exc_info[1])
    access = next(r for r in caplog.records if r.name == "fieldkit.server.request")
    assert access.fields["status"] == 500  # type: ignore[attr-defined]
    assert access.fields["path"] == "/api/v1/fail-for-test"  # type: ignore[attr-defined]
    app.state.store.engine.dispose()


def test_database_down_is_503_logged_and_shown_by_health(
    postgres_databases: PostgresDatabases, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db_url = postgres_databases.create()
    app = create_app(db_url, tmp_path / "server")
    store: ServerStore = app.state.store
    store.add_user(name="amara", password=PASSWORD)
    caplog.set_level(logging.INFO, logger="fieldkit.server")
    name = sa.engine.make_url(db_url).database
    admin = sa.create_engine(
        postgres_databases.admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
    )
    try:
        with serve_in_thread(app) as url:
            login = {"user": "amara", "password": PASSWORD, "device_id": DEVICE}
            token = _call(url, "POST", "/api/v1/login", login)[1]["token"]
            auth = {"Authorization": f"Bearer {token}"}
            status, health, _ = _call(url, "GET", "/api/v1/health")
            assert (status, health["status"], health["database"]) == (200, "ok", "ok")
            # The database goes away under the running server.
            with admin.connect() as conn:
                conn.execute(sa.text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name"
                    ),
                    {"name": name},
                )
            status, health, _ = _call(url, "GET", "/api/v1/health")
            assert (status, health["status"], health["database"]) == (
                503,
                "unavailable",
                "unreachable",
            )
            assert isinstance(health["server_time_ms"], int)
            status, reply, headers = _call(
                url, "GET", "/api/v1/studies", X_Request_ID="db-down", **auth
            )
            assert status == 503
            assert "database is unavailable" in reply["detail"]
            assert headers["retry-after"] == "30"
            # Back again: the server recovers by itself.
            with admin.connect() as conn:
                conn.execute(sa.text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
            assert _call(url, "GET", "/api/v1/health")[1]["database"] == "ok"
            assert _call(url, "GET", "/api/v1/studies", **auth)[0] == 200
    finally:
        admin.dispose()
        app.state.store.engine.dispose()
    errors = [r for r in caplog.records if r.name == "fieldkit.server.error"]
    assert any(r.fields["request_id"] == "db-down" for r in errors)  # type: ignore[attr-defined]
    logged = "\n".join(r.getMessage() + str(getattr(r, "fields", "")) for r in caplog.records)
    assert token not in logged and PASSWORD not in logged
