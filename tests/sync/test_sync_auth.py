"""Who may do what: tokens, roles, memberships, malformed bodies, limits, rate limiting."""

from __future__ import annotations

import gzip
import http.client
import io
import json
import os
import stat
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlalchemy as sa

import fieldkit
from fieldkit.cli import main as fieldkit_main
from fieldkit.errors import AuthenticationError, PermissionDeniedError, ServerUnreachableError
from fieldkit.storage import records
from fieldkit.storage.replication import collect_outbox
from fieldkit.sync.client import HttpResponse, UrllibTransport, sync
from fieldkit.sync.server.db import feed, login_limits
from fieldkit.sync.server.store import now_ms
from tests.sync.conftest import BACKENDS, PASSWORD, Laptop, OpenLaptop, Server

# Every test here runs on SQLite and, when FIELDKIT_TEST_POSTGRES_URL is set, PostgreSQL.
pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


def _raw(
    server: Server,
    method: str,
    path: str,
    body: bytes | None = None,
    *,
    token: str | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    return UrllibTransport()(method, server.url + path, body=body, headers=all_headers)


def _feed_size(server: Server) -> int:
    with server.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(feed)).scalar_one())


def _sync_body(laptop: Laptop, study_id: str, push: list[dict[str, object]]) -> bytes:
    body = {
        "device_id": laptop.store.device_id,
        "studies": [{"study_id": study_id, "pull_cursor": 0, "push_last_seq": 10**6, "push": push}],
    }
    return json.dumps(body).encode()


def test_health_and_openapi(server: Server) -> None:
    health = _raw(server, "GET", "/api/v1/health")
    assert health.status == 200
    reply = json.loads(health.body)
    assert (reply["status"], reply["database"], reply["api_version"]) == ("ok", "ok", 1)
    assert reply["server_version"] == fieldkit.__version__
    assert abs(reply["server_time_ms"] - time.time() * 1000) < 60_000
    spec = _raw(server, "GET", "/openapi.json")
    assert spec.status == 200
    described = json.loads(spec.body)
    assert "/api/v1/sync" in described["paths"]
    assert "503" in described["paths"]["/api/v1/health"]["get"]["responses"]
    assert "database" in described["components"]["schemas"]["Health"]["properties"]


def test_wrong_token_is_401(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    with pytest.raises(AuthenticationError):
        sync(a.store, server_url=server.url, token="not-a-token")
    assert _raw(server, "GET", "/api/v1/studies").status == 401
    assert _raw(server, "GET", "/api/v1/studies", token="x" * 40).status == 401


def test_logout_revokes_the_token(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    assert _raw(server, "GET", "/api/v1/studies", token=a.token).status == 200
    assert _raw(server, "POST", "/api/v1/logout", token=a.token).status == 204
    assert _raw(server, "GET", "/api/v1/studies", token=a.token).status == 401


def test_viewer_cannot_push_and_nothing_is_stored(server: Server, laptop: OpenLaptop) -> None:
    v = laptop("vera")
    sync(v.store, server_url=v.url, token=v.token)  # pulling is allowed
    with v.store.write() as session:
        records.create_case(session, study_id=server.study_id, title="Viewer's case")
    before = _feed_size(server)
    # The client knows it is a viewer: it keeps pulling and sends nothing.
    report = sync(v.store, server_url=v.url, token=v.token)
    assert report.pushed == 0 and report.read_only == [server.study_id]
    # Sending the change anyway is refused by the server.
    with v.store.read() as session:
        outbox = collect_outbox(session, study_id=server.study_id, after_seq=0, max_bytes=10**6)
    body = {
        "device_id": v.store.device_id,
        "studies": [
            {
                "study_id": server.study_id,
                "pull_cursor": 0,
                "push_last_seq": outbox.last_seq,
                "push": [c.to_json_dict() for c in outbox.changes],
            }
        ],
    }
    reply = _raw(server, "POST", "/api/v1/sync", json.dumps(body).encode(), token=v.token)
    assert reply.status == 403
    assert "viewer" in json.loads(reply.body)["detail"]
    assert _feed_size(server) == before


def test_non_member_is_refused_on_every_study_endpoint(server: Server, laptop: OpenLaptop) -> None:
    m = laptop("mallory")
    listed = json.loads(_raw(server, "GET", "/api/v1/studies", token=m.token).body)
    assert listed["studies"] == []
    checked = set()
    # Every endpoint the app describes (its OpenAPI document lists all routes).
    paths = server.app.openapi()["paths"]
    for path, operations in paths.items():
        if not path.startswith("/api/v1/") or path == "/api/v1/logout":
            continue  # logout would revoke the token the loop uses
        for method in sorted(op.upper() for op in operations):
            url = path.replace("{study_id}", server.study_id)
            if path == "/api/v1/sync":
                body = _sync_body(m, server.study_id, [])
            elif "publish" in path:
                body = json.dumps({"name": "Hijack"}).encode()
            else:
                body = None if method == "GET" else b"{}"
            status = _raw(server, method, url, body, token=m.token).status
            if "{study_id}" in path or path == "/api/v1/sync":
                assert status in (403, 404, 409), (method, path, status)
                checked.add(path)
    assert checked == {
        "/api/v1/studies/{study_id}",
        "/api/v1/studies/{study_id}/publish",
        "/api/v1/sync",
    }
    with pytest.raises(PermissionDeniedError):
        _pull_study(m, server.study_id)


def _pull_study(laptop: Laptop, study_id: str) -> None:
    from fieldkit.sync.client import Client

    client = Client(server_url=laptop.url, token=laptop.token)
    client.call("POST", "/sync", json.loads(_sync_body(laptop, study_id, [])), compress=True)


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        (b"not json at all", {}, 400),
        (b"\x00\xff\xfe garbage", {"Content-Encoding": "gzip"}, 400),
        (b"[1, 2, 3]", {}, 422),
        (b'{"device_id": "0000000000000000", "studies": []}', {}, 422),
        (gzip.compress(b"{" * 10), {"Content-Encoding": "gzip"}, 400),
        (gzip.compress(b" " * (20 * 1024 * 1024)), {"Content-Encoding": "gzip"}, 413),
        (b"{}", {"Content-Encoding": "brotli"}, 400),
    ],
)
def test_malformed_bodies_get_4xx(
    server: Server, laptop: OpenLaptop, body: bytes, headers: dict[str, str], expected: int
) -> None:
    a = laptop("alice")
    reply = _raw(server, "POST", "/api/v1/sync", body, token=a.token, headers=headers)
    assert reply.status == expected, reply.body
    assert "detail" in json.loads(reply.body)


def test_oversized_requests_get_413(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    host, port = server.url.removeprefix("http://").split(":")
    # Declared too large: refused before the body is read.
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.putrequest("POST", "/api/v1/sync")
    conn.putheader("Authorization", f"Bearer {a.token}")
    conn.putheader("Content-Length", str(3 * 1024 * 1024))
    conn.endheaders()
    reply = conn.getresponse()
    assert reply.status == 413
    assert "larger" in json.loads(reply.read())["detail"]
    conn.close()
    # Streamed (chunked, no length) past the limit: refused once the limit is crossed.
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    chunks = (b"x" * 65536 for _ in range(48))
    conn.request(
        "POST",
        "/api/v1/sync",
        body=chunks,
        headers={"Authorization": f"Bearer {a.token}", "Transfer-Encoding": "chunked"},
        encode_chunked=True,
    )
    assert conn.getresponse().status == 413
    conn.close()


def test_bad_changes_are_refused_and_nothing_stored(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    before = _feed_size(server)
    good_stamp = "0" * 16 + a.store.device_id
    bad_pushes = [
        [{"entity": "case"}],
        [{"entity": "no_such_table", "row_id": "x", "study_id": server.study_id,
          "stamp": good_stamp, "op": "insert", "values": {}, "bases": {}}],
        [{"entity": "case", "row_id": "x", "study_id": server.study_id,
          "stamp": "nonsense", "op": "insert", "values": {}, "bases": {}}],
        [{"entity": "case", "row_id": "x", "study_id": server.study_id,
          "stamp": "0" * 32, "op": "insert", "values": {}, "bases": {}}],
        [{"entity": "case", "row_id": "x", "study_id": "another-study",
          "stamp": good_stamp, "op": "insert", "values": {}, "bases": {}}],
        [{"entity": "case", "row_id": "x", "study_id": server.study_id,
          "stamp": good_stamp, "op": "update", "values": {"nope": 1}, "bases": {"nope": None}}],
        [{"entity": "case", "row_id": "x", "study_id": server.study_id,
          "stamp": good_stamp, "op": "update", "values": {"title": 5}, "bases": {"title": None}}],
        [{"entity": "case", "row_id": "x", "study_id": server.study_id,
          "stamp": good_stamp, "op": "insert", "values": {"title": "t"}, "bases": {"title": None}}],
    ]  # fmt: skip
    for push in bad_pushes:
        reply = _raw(
            server, "POST", "/api/v1/sync", _sync_body(a, server.study_id, push), token=a.token
        )
        assert reply.status == 422, reply.body
    assert _feed_size(server) == before


def test_login_wrong_password_and_rate_limit(server: Server, laptop: OpenLaptop) -> None:
    server.add_user("rita")
    limiter = server.app.state.limiter
    limiter.clock = lambda: 1_000_000  # no back-off runs out during the test, however slow
    payload = {"user": "rita", "password": "wrong password", "device_id": "ab" * 8}
    statuses = [
        _raw(server, "POST", "/api/v1/login", json.dumps(payload).encode()).status for _ in range(6)
    ]
    assert statuses[:5] == [401] * 5
    assert statuses[5] == 429
    payload["password"] = PASSWORD
    # Even the right password waits until the window has passed.
    assert _raw(server, "POST", "/api/v1/login", json.dumps(payload).encode()).status == 429
    bad = _raw(server, "POST", "/api/v1/login", b'{"user": 3}')
    assert bad.status == 422
    # Another user from the same address is not locked out by rita's failures.
    assert limiter.retry_after_s(user="bob", address="127.0.0.1") == 0
    limiter.clock = now_ms
    with server.store.write() as conn:
        conn.execute(login_limits.delete())


def test_unreachable_server(laptop: OpenLaptop, server: Server) -> None:
    a = laptop("alice")
    with pytest.raises(ServerUnreachableError):
        sync(a.store, server_url="http://127.0.0.1:9", token=a.token)


def test_cli_login_and_sync(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "cli-laptop"

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        code = fieldkit_main(["--data-dir", str(data), *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    code, _, err = run("sync")
    assert code != 0 and "fieldkit login" in err
    code, _, err = run("login", "--server", server.url, "--user", "bob", stdin="wrong\n")
    assert code != 0 and "password is wrong" in err
    code, _, err = run("login", "--server", server.url, "--user", "bob", stdin=PASSWORD + "\n")
    assert code == 0, err
    token_file = data / "sync-credentials.json"
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    assert PASSWORD not in token_file.read_text()
    code, out, err = run("sync")
    assert code == 0, err
    assert out.startswith("pushed 0, pulled ") and "requests 2" in out
    code, out, _ = run("sync", "--json")
    assert json.loads(out)["requests"] == 1
    # A study made offline: publish it, then sync pushes it.
    code, out, err = run("study", "create", "Notes from the bus")
    assert code == 0, err
    own_study = out.strip()
    code, _, err = run("publish", "--study", own_study)
    assert code == 0 and "lead" in err
    code, out, err = run("sync", "--json")
    figures = json.loads(out)
    assert own_study in figures["studies"] and figures["pushed"] > 20
    # Unreachable server and a revoked token: clear reasons, non-zero exit.
    saved = json.loads(token_file.read_text())
    token_file.write_text(json.dumps({**saved, "server_url": "http://127.0.0.1:9"}))
    code, _, err = run("sync")
    assert code != 0 and "did not answer" in err
    token_file.write_text(json.dumps({**saved, "token": "revoked"}))
    code, _, err = run("sync")
    assert code != 0 and "sign-in" in err


def test_server_cli_errors(server: Server) -> None:
    from fieldkit.sync.server.cli import main as server_main

    err = io.StringIO()
    args = [*server.cli_args(), "member", "add", "nope", "alice"]
    assert server_main(args, err=err) == 1
    assert "no study" in err.getvalue()
    err = io.StringIO()
    args = [*server.cli_args(), "user", "add", "alice"]
    assert server_main(args, stdin=io.StringIO(PASSWORD + "\n"), err=err) == 1
    assert "already a user" in err.getvalue()
    _ = urllib.request  # the client uses only the standard library


def test_values_a_database_cannot_store_get_4xx(server: Server, laptop: OpenLaptop) -> None:
    """A NUL character (PostgreSQL text cannot hold one) is refused, never a 500."""
    login = {"user": "ali\u0000ce", "password": PASSWORD, "device_id": "0123456789abcdef"}
    reply = _raw(server, "POST", "/api/v1/login", json.dumps(login).encode())
    assert 400 <= reply.status < 500
    a = laptop("alice")
    reply = _raw(server, "GET", "/api/v1/studies/no%00such", token=a.token)
    assert 400 <= reply.status < 500
    publish = json.dumps({"name": "Nul\u0000study"}).encode()
    reply = _raw(server, "POST", "/api/v1/studies/nul-study/publish", publish, token=a.token)
    assert reply.status < 500  # SQLite stores the name; PostgreSQL refuses it (422)
