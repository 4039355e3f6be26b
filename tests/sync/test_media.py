"""Media sync against a real server: round trips, stored once, Range, refusals, data saver."""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit.cli import main as fieldkit_main
from fieldkit.storage import records
from fieldkit.storage.attachments import attach_bytes
from fieldkit.sync.client import HttpResponse, SyncReport, UrllibTransport, sync
from fieldkit.sync.media import UPLOADS_KEY, set_data_saver
from fieldkit.sync.server.db import blob_studies, blobs, uploads
from fieldkit.sync.server.media_routes import parse_range
from tests.sync.conftest import BACKENDS, PASSWORD, Laptop, OpenLaptop, Server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

CHUNK = 64 * 1024


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, **kw)


def _content(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def attach(laptop: Laptop, study_id: str, data: bytes, name: str = "scan.pdf") -> str:
    with laptop.store.write() as session:
        case = records.create_case(session, study_id=study_id, title=f"Case {name}", country="Peru")
        found = attach_bytes(
            session,
            laptop.store.blobs,
            record_id=case.id,
            data=data,
            filename=name,
            kind="document",
        )
        return found.sha256


def _http(
    server: Server,
    method: str,
    path: str,
    *,
    token: str,
    body: Any = None,
    raw: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    sent = {"Authorization": f"Bearer {token}", **(headers or {})}
    data = raw
    if body is not None:
        data = json.dumps(body).encode()
        sent["Content-Type"] = "application/json"
    return UrllibTransport()(method, server.url + "/api/v1" + path, body=data, headers=sent)


def _server_files(server: Server) -> list[Path]:
    root = server.data_dir / "blobs"
    return [p for p in root.glob("??/*") if p.is_file()]


def _count(server: Server, table: sa.Table, **where: str) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    with server.store.read() as conn:
        return int(conn.execute(query).scalar_one())


def _upload_whole(server: Server, token: str, study_id: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    state = _http(
        server,
        "POST",
        "/uploads",
        token=token,
        body={"study_id": study_id, "sha256": sha, "size": len(data)},
    )
    assert state.status == 201, state.body
    info = json.loads(state.body)
    if not info["complete"]:
        reply = _http(
            server,
            "PUT",
            f"/uploads/{info['upload_id']}",
            token=token,
            raw=data,
            headers={"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
        )
        assert reply.status == 200, reply.body
        assert json.loads(reply.body)["complete"] is True
    return sha


# --- round trips -----------------------------------------------------------------------------


def test_round_trip_between_two_laptops(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    data = _content(1, 700_000)
    sha = attach(a, server.study_id, data, "field-notes.pdf")
    report = _sync(a, chunk_bytes=CHUNK)
    assert report.media.uploaded_files == 1
    assert report.media.uploaded_bytes == len(data)
    assert report.media.pending_uploads == 0
    stored = server.data_dir / "blobs" / sha[:2] / sha[2:]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    assert _count(server, blob_studies, sha256=sha, study_id=server.study_id) == 1
    assert _count(server, uploads, sha256=sha) == 0

    got = _sync(b, chunk_bytes=CHUNK)
    assert got.media.downloaded_files == 1
    assert got.media.downloaded_bytes == len(data)
    assert got.media.pending_downloads == 0
    assert b.store.blobs.open_verified(sha) == data
    assert not list((b.store.blobs.root / ".partial").glob("*"))
    # Nothing left to move: the next syncs are one request each, with no file traffic.
    for lp in (a, b):
        again = _sync(lp)
        assert again.requests == 1
        assert again.media.uploaded_files == again.media.downloaded_files == 0


def test_identical_file_from_two_laptops_is_stored_once(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)
    data = _content(2, 300_000)
    sha = attach(a, server.study_id, data, "consent-a.pdf")
    assert attach(b, server.study_id, data, "consent-b.pdf") == sha
    files_before = len(_server_files(server))
    first = _sync(a, chunk_bytes=CHUNK)
    second = _sync(b, chunk_bytes=CHUNK)
    assert first.media.uploaded_files == 1
    # The server already has it for this study: B sends no bytes of it.
    assert second.media.uploaded_bytes == 0
    assert second.media.pending_uploads == 0
    assert len(_server_files(server)) == files_before + 1
    assert _count(server, blobs, sha256=sha) == 1

    # Another study needs its own proof of the file (a hash is not the file), but the file on
    # disk is still one.
    other = server.new_study("Second study")
    server.store.add_member(study_id=other, user_name="alice", role="researcher")
    _sync(a)
    sha2 = attach(a, other, data, "consent-again.pdf")
    assert sha2 == sha
    third = _sync(a, chunk_bytes=CHUNK)
    assert third.media.uploaded_files == 1
    assert _count(server, blob_studies, sha256=sha) == 2
    assert _count(server, blobs, sha256=sha) == 1
    assert len(_server_files(server)) == files_before + 1


def test_a_file_a_teammate_sent_meanwhile_is_not_sent_again(
    server: Server, laptop: OpenLaptop
) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)
    data = _content(14, 120_000)
    set_data_saver(a.store, True)
    sha = attach(a, server.study_id, data, "same-photo-a.pdf")
    assert _sync(a, metered=True).media.pending_uploads == 1  # A's copy waits
    attach(b, server.study_id, data, "same-photo-b.pdf")
    assert _sync(b).media.uploaded_files == 1  # B, on wifi, sends it
    later = _sync(a, metered=False)
    # A's next request asked about its waiting file; the server has it now: nothing is sent.
    assert later.media.uploaded_bytes == 0
    assert later.media.pending_uploads == 0
    assert _count(server, blobs, sha256=sha) == 1


def test_a_download_cut_part_way_resumes(server: Server, laptop: OpenLaptop) -> None:
    from fieldkit.errors import ServerUnreachableError
    from tests.sync.media_faults import CuttingTransport

    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)  # earlier tests' files
    data = _content(3, 5 * CHUNK + 123)
    sha = attach(a, server.study_id, data, "photo-log.pdf")
    _sync(a)
    # B fetches two chunks, then the third reply is cut part way through.
    cutter = CuttingTransport()
    calls = {"blob_gets": 0}
    inner = cutter.inner

    def counting(
        method: str, url: str, *, body: bytes | None, headers: dict[str, str]
    ) -> HttpResponse:
        if method == "GET" and f"/blobs/{sha}" in url:
            calls["blob_gets"] += 1
            if calls["blob_gets"] == 3:
                cutter.download_cut = CHUNK // 2
        return cutter(method, url, body=body, headers=headers)

    cutter.inner = inner
    with pytest.raises(ServerUnreachableError):
        _sync(b, chunk_bytes=CHUNK, transport=counting)
    partial = b.store.blobs.root / ".partial" / sha
    assert partial.stat().st_size == 2 * CHUNK
    assert not b.store.blobs.has(sha)
    report = _sync(b, chunk_bytes=CHUNK)
    assert report.media.downloaded_files == 1
    assert report.media.downloaded_bytes == len(data) - 2 * CHUNK  # only the rest was fetched
    assert b.store.blobs.open_verified(sha) == data
    assert not partial.exists()


# --- the upload protocol -----------------------------------------------------------------------


def test_wrong_hash_is_refused_and_discarded(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    claimed = _content(4, 1000)
    sent = _content(5, 1000)
    sha = hashlib.sha256(claimed).hexdigest()
    state = _http(
        server,
        "POST",
        "/uploads",
        token=a.token,
        body={"study_id": server.study_id, "sha256": sha, "size": 1000},
    )
    upload_id = json.loads(state.body)["upload_id"]
    half = _http(
        server,
        "PUT",
        f"/uploads/{upload_id}",
        token=a.token,
        raw=sent[:600],
        headers={"Content-Range": "bytes 0-599/1000"},
    )
    assert json.loads(half.body)["offset"] == 600
    reply = _http(
        server,
        "PUT",
        f"/uploads/{upload_id}",
        token=a.token,
        raw=sent[600:],
        headers={"Content-Range": "bytes 600-999/1000"},
    )
    assert reply.status == 422
    assert "does not match its fingerprint" in json.loads(reply.body)["detail"]
    assert _http(server, "GET", f"/uploads/{upload_id}", token=a.token).status == 404
    missing = _http(
        server,
        "POST",
        "/blobs/missing",
        token=a.token,
        body={"study_id": server.study_id, "hashes": [sha]},
    )
    assert json.loads(missing.body)["missing"] == [sha]
    assert not (server.data_dir / "blobs" / sha[:2] / sha[2:]).exists()
    assert not (server.data_dir / "blobs" / ".uploads" / upload_id).exists()


def test_chunk_offsets_gaps_and_overlaps(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    data = _content(6, 3000)
    sha = hashlib.sha256(data).hexdigest()
    body = {"study_id": server.study_id, "sha256": sha, "size": 3000}
    info = json.loads(_http(server, "POST", "/uploads", token=a.token, body=body).body)
    path = f"/uploads/{info['upload_id']}"

    def put(start: int, end: int, total: int = 3000) -> HttpResponse:
        rng = {"Content-Range": f"bytes {start}-{end}/{total}"}
        return _http(server, "PUT", path, token=a.token, raw=data[start : end + 1], headers=rng)

    assert json.loads(put(0, 999).body)["offset"] == 1000
    gap = put(2000, 2999)
    assert gap.status == 409 and json.loads(gap.body)["offset"] == 1000
    assert json.loads(put(500, 1499).body)["offset"] == 1500  # overlap: the new part is kept
    assert _http(server, "HEAD", path, token=a.token).headers["upload-offset"] == "1500"
    assert put(1500, 1600, total=9999).status == 400
    bad = _http(server, "PUT", path, token=a.token, raw=b"xx", headers={"Content-Range": "0-1"})
    assert bad.status == 400 and "Content-Range" in json.loads(bad.body)["detail"]
    # A second POST for the same file in the same study resumes the same upload, whoever sends
    # it (a teammate's laptop with the same file helps instead of starting a second copy).
    again = json.loads(_http(server, "POST", "/uploads", token=a.token, body=body).body)
    assert (again["upload_id"], again["offset"]) == (info["upload_id"], 1500)
    b = laptop("bob")
    shared = json.loads(_http(server, "POST", "/uploads", token=b.token, body=body).body)
    assert (shared["upload_id"], shared["offset"]) == (info["upload_id"], 1500)
    done = put(1500, 2999)
    assert json.loads(done.body)["complete"] is True
    assert (server.data_dir / "blobs" / sha[:2] / sha[2:]).read_bytes() == data


def test_size_limits_get_413(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    huge = {"study_id": server.study_id, "sha256": "ab" * 32, "size": 6 * 1024**3}
    reply = _http(server, "POST", "/uploads", token=a.token, body=huge)
    assert reply.status == 413 and "larger than this server accepts" in reply.body.decode()
    data = _content(7, 3 * 1024 * 1024)  # the test server takes requests up to 2 MB
    sha = hashlib.sha256(data).hexdigest()
    body = {"study_id": server.study_id, "sha256": sha, "size": len(data)}
    info = json.loads(_http(server, "POST", "/uploads", token=a.token, body=body).body)
    assert info["max_chunk_bytes"] <= 2 * 1024 * 1024
    # The server answers from the declared length, before the body is sent.
    conn = http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1]), timeout=10)
    conn.putrequest("PUT", f"/api/v1/uploads/{info['upload_id']}")
    conn.putheader("Authorization", f"Bearer {a.token}")
    conn.putheader("Content-Range", f"bytes 0-{len(data) - 1}/{len(data)}")
    conn.putheader("Content-Length", str(len(data)))
    conn.endheaders()
    reply = conn.getresponse()
    assert reply.status == 413 and "larger than the server accepts" in reply.read().decode()
    conn.close()
    assert _http(server, "DELETE", f"/uploads/{info['upload_id']}", token=a.token).status == 204


# --- downloads with Range ------------------------------------------------------------------------


def test_range_requests(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    data = _content(8, 10_000)
    sha = _upload_whole(server, a.token, server.study_id, data)
    path = f"/blobs/{sha}?study={server.study_id}"
    whole = _http(server, "GET", path, token=a.token)
    assert whole.status == 200 and whole.body == data
    assert whole.headers["accept-ranges"] == "bytes"
    part = _http(server, "GET", path, token=a.token, headers={"Range": "bytes=100-199"})
    assert part.status == 206 and part.body == data[100:200]
    assert part.headers["content-range"] == "bytes 100-199/10000"
    tail = _http(server, "GET", path, token=a.token, headers={"Range": "bytes=-10"})
    assert tail.status == 206 and tail.body == data[-10:]
    rest = _http(server, "GET", path, token=a.token, headers={"Range": "bytes=9990-"})
    assert rest.body == data[9990:]
    past = _http(server, "GET", path, token=a.token, headers={"Range": "bytes=10000-10010"})
    assert past.status == 416
    assert past.headers["content-range"] == "bytes */10000"
    head = _http(server, "HEAD", path, token=a.token, headers={"Range": "bytes=0-9"})
    assert head.status == 206 and head.headers["content-length"] == "10"
    unknown = "0" * 64
    assert (
        _http(server, "GET", f"/blobs/{unknown}?study={server.study_id}", token=a.token).status
        == 404
    )


def test_parse_range(server_db: str | None) -> None:
    assert parse_range(None, 10) is None
    assert parse_range("bytes=0-0", 10) == (0, 0)
    assert parse_range("bytes=5-100", 10) == (5, 9)
    assert parse_range("bytes=-3", 10) == (7, 9)
    assert parse_range("bytes=-30", 10) == (0, 9)
    assert parse_range("bytes=0-1,4-5", 10) is None  # several ranges: the whole file
    assert parse_range("items=0-1", 10) is None
    assert parse_range("bytes=7-3", 10) is None


# --- who may do what --------------------------------------------------------------------------


def test_non_members_and_viewers_are_refused_on_every_media_endpoint(
    server: Server, laptop: OpenLaptop
) -> None:
    a, m, v = laptop("alice"), laptop("mallory"), laptop("vera")
    data = _content(9, 2000)
    sha = _upload_whole(server, a.token, server.study_id, data)
    other = _content(10, 2000)
    other_sha = hashlib.sha256(other).hexdigest()
    start = {"study_id": server.study_id, "sha256": other_sha, "size": len(other)}
    upload_id = json.loads(_http(server, "POST", "/uploads", token=a.token, body=start).body)[
        "upload_id"
    ]
    chunk = {"Content-Range": f"bytes 0-99/{len(other)}"}
    blob = f"/blobs/{sha}?study={server.study_id}"
    upload = f"/uploads/{upload_id}"
    ask = {"study_id": server.study_id, "hashes": [sha]}
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", "/blobs/missing", {"body": ask}),
        ("POST", "/uploads", {"body": start}),
        ("GET", upload, {}),
        ("HEAD", upload, {}),
        ("PUT", upload, {"raw": other[:100], "headers": chunk}),
        ("DELETE", upload, {}),
        ("GET", blob, {}),
        ("HEAD", blob, {}),
    ]
    # Every media route the app describes is in the list above.
    described = {
        (method.upper(), path)
        for path, ops in server.app.openapi()["paths"].items()
        for method in ops
        if path.startswith(("/api/v1/blobs", "/api/v1/uploads"))
    }
    named = {
        (method, path.split("?")[0].replace(upload_id, "{upload_id}").replace(sha, "{sha256}"))
        for method, path, _ in calls
    }
    assert described == {(meth, "/api/v1" + p) for meth, p in named}
    for method, path, kw in calls:
        reply = _http(server, method, path, token=m.token, **kw)
        assert reply.status == 403, (method, path, reply.status)
    viewer_refused = [c for c in calls if c[1].startswith("/uploads")]
    for method, path, kw in viewer_refused:
        reply = _http(server, method, path, token=v.token, **kw)
        assert reply.status == 403, (method, path, reply.status)
        if method != "HEAD":
            assert "viewer" in json.loads(reply.body)["detail"]
    # A viewer may read: ask what is missing and download.
    assert _http(server, "POST", "/blobs/missing", token=v.token, body=ask).status == 200
    assert _http(server, "GET", blob, token=v.token).body == data
    # Nothing changed for the member: the upload is intact and at offset 0.
    state = json.loads(_http(server, "GET", upload, token=a.token).body)
    assert state["offset"] == 0
    # A member of another study cannot read this study's file through that study.
    second = server.new_study("Mallory's study")
    server.store.add_member(study_id=second, user_name="mallory", role="lead")
    reply = _http(server, "GET", f"/blobs/{sha}?study={second}", token=m.token)
    assert reply.status == 404


def test_a_viewer_laptop_fetches_but_never_uploads(server: Server, laptop: OpenLaptop) -> None:
    a, v = laptop("alice"), laptop("vera")
    _sync(a)
    data = _content(11, 50_000)
    sha = attach(a, server.study_id, data, "map.pdf")
    _sync(a)
    report = _sync(v)
    assert report.media.downloaded_files >= 1
    assert v.store.blobs.open_verified(sha) == data
    attach(v, server.study_id, _content(12, 5000), "viewer-note.pdf")
    after = _sync(v)
    assert after.media.uploaded_files == 0
    assert after.media.problems == []


# --- data saver -------------------------------------------------------------------------------


def test_data_saver_holds_media_on_a_metered_connection(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)
    set_data_saver(a.store, True)
    set_data_saver(b.store, True)
    data = _content(13, 200_000)
    sha = attach(a, server.study_id, data, "interview.pdf")
    held = _sync(a, metered=True)
    assert held.pushed > 0  # the text went
    assert held.media.held and held.media.pending_uploads == 1
    assert held.media.uploaded_bytes == 0
    ask = {"study_id": server.study_id, "hashes": [sha]}
    lacking = json.loads(_http(server, "POST", "/blobs/missing", token=a.token, body=ask).body)
    assert lacking["missing"] == [sha]
    with a.store.read() as session:
        from fieldkit.storage.models import LocalState

        assert sha in session.get(LocalState, UPLOADS_KEY).value  # kept for later
    sent = _sync(a, metered=False)
    assert sent.media.uploaded_files == 1 and not sent.media.held
    pulled = _sync(b, metered=True)
    assert pulled.pulled > 0 and pulled.media.held and pulled.media.pending_downloads == 1
    assert not b.store.blobs.has(sha)
    forced = _sync(b, metered=True, media=True)  # "sync media now" overrides the saver
    assert forced.media.downloaded_files == 1
    assert b.store.blobs.open_verified(sha) == data


def test_cli_sync_reports_media(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "cli-laptop"

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        code = fieldkit_main(["--data-dir", str(data_dir), *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    code, _, err = run("login", "--server", server.url, "--user", "bob", stdin=PASSWORD + "\n")
    assert code == 0, err
    code, out, err = run("sync", "--json", "--data-saver", "on", "--metered")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["media"]["uploaded_files"] == 0
    assert figures["media"]["held"] == (figures["media"]["pending_downloads"] > 0)
    code, out, err = run("sync", "--media")
    assert code == 0, err
    assert "files sent 0" in out and "to fetch 0" in out


def test_admin_prunes_idle_uploads(server: Server, laptop: OpenLaptop) -> None:
    from fieldkit.sync.server.cli import main as server_main

    a = laptop("alice")
    data = _content(15, 5000)
    body = {"study_id": server.study_id, "sha256": hashlib.sha256(data).hexdigest(), "size": 5000}
    info = json.loads(_http(server, "POST", "/uploads", token=a.token, body=body).body)
    path = f"/uploads/{info['upload_id']}"
    rng = {"Content-Range": "bytes 0-99/5000"}
    assert _http(server, "PUT", path, token=a.token, raw=data[:100], headers=rng).status == 200
    part = server.data_dir / "blobs" / ".uploads" / info["upload_id"]
    assert part.stat().st_size == 100
    keep = server_main([*server.cli_args(), "uploads", "prune", "--days", "1"], err=io.StringIO())
    assert keep == 0 and part.exists()
    err = io.StringIO()
    time.sleep(0.01)
    assert server_main([*server.cli_args(), "uploads", "prune", "--days", "0"], err=err) == 0
    assert "abandoned" in err.getvalue()
    assert not part.exists()
    assert _http(server, "GET", path, token=a.token).status == 404
    # The laptop simply starts again.
    again = json.loads(_http(server, "POST", "/uploads", token=a.token, body=body).body)
    assert again["upload_id"] != info["upload_id"] and again["offset"] == 0
