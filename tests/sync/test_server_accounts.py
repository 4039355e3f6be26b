"""Accounts and roles on a real server over real HTTP: removing members, changing roles,
disabling users and passwords revoke tokens at once; idle tokens expire (injected clock);
the study record and other members' uploads are the lead's; creating studies is a right."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col

from fieldkit.errors import AuthenticationError, PermissionDeniedError
from fieldkit.settings import Settings
from fieldkit.storage import records
from fieldkit.storage.attachments import attach_bytes
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, Study
from fieldkit.storage.refused_push_list import refused_pushes
from fieldkit.sync.client import HttpResponse, UrllibTransport, login, publish_study, sync
from fieldkit.sync.credentials import Credentials, save_credentials
from fieldkit.sync.local_status import local_sync_status
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.server.db import users
from fieldkit.sync.server.store import DAY_MS, now_ms
from tests.sync.conftest import BACKENDS, PASSWORD, OpenLaptop, Server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


def _call(server: Server, method: str, path: str, token: str, body: object = None) -> HttpResponse:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    data = None if body is None else json.dumps(body).encode()
    return UrllibTransport()(method, server.url + "/api/v1" + path, body=data, headers=headers)


def _admin(server: Server, *args: str, stdin: str = "") -> tuple[int, str]:
    err = io.StringIO()
    code = server_main([*server.cli_args(), *args], stdin=io.StringIO(stdin), err=err)
    return code, err.getvalue()


def _pull_all(laptop_store: Store, server: Server, token: str) -> None:
    sync(laptop_store, server_url=server.url, token=token, media=False)


def test_member_remove_revokes_tokens_at_once(server: Server, laptop: OpenLaptop) -> None:
    server.add_user("rosa", "researcher")
    rosa = laptop("rosa")
    assert _call(server, "GET", "/studies", rosa.token).status == 200
    code, err = _admin(server, "member", "remove", server.study_id, "rosa")
    assert code == 0, err
    assert "revoked 1 tokens" in err
    reply = _call(server, "GET", "/studies", rosa.token)
    assert reply.status == 401
    assert b"sign in again" in reply.body
    # Signing in again works, but the study is no longer hers.
    token = login(rosa.store, server_url=server.url, user="rosa", password=PASSWORD)
    studies = json.loads(_call(server, "GET", "/studies", token).body)["studies"]
    assert server.study_id not in {s["study_id"] for s in studies}
    assert _call(server, "GET", f"/studies/{server.study_id}", token).status == 403
    code, err = _admin(server, "member", "remove", server.study_id, "rosa")
    assert code == 1 and "not a member" in err


def test_member_role_change_revokes_tokens_and_applies(server: Server, laptop: OpenLaptop) -> None:
    server.add_user("rafa", "researcher")
    rafa = laptop("rafa")
    code, err = _admin(server, "member", "role", server.study_id, "rafa", "viewer")
    assert code == 0, err
    assert _call(server, "GET", "/studies", rafa.token).status == 401
    token = login(rafa.store, server_url=server.url, user="rafa", password=PASSWORD)
    info = json.loads(_call(server, "GET", f"/studies/{server.study_id}", token).body)
    assert info["role"] == "viewer"
    code, err = _admin(server, "member", "role", server.study_id, "nobody-here", "lead")
    assert code == 1 and "no user called" in err


def test_disabled_user_cannot_sign_in_or_use_tokens(server: Server, laptop: OpenLaptop) -> None:
    server.add_user("dora", "researcher")
    dora = laptop("dora")
    code, err = _admin(server, "user", "disable", "dora")
    assert code == 0, err
    assert _call(server, "GET", "/studies", dora.token).status == 401
    with pytest.raises(AuthenticationError):
        login(dora.store, server_url=server.url, user="dora", password=PASSWORD)
    assert _admin(server, "user", "enable", "dora")[0] == 0
    token = login(dora.store, server_url=server.url, user="dora", password=PASSWORD)
    assert _call(server, "GET", "/studies", token).status == 200


def test_passwd_revokes_tokens_and_changes_the_password(server: Server, laptop: OpenLaptop) -> None:
    server.add_user("paz", "researcher")
    paz = laptop("paz")
    code, err = _admin(server, "user", "passwd", "paz", stdin="a brand new secret\n")
    assert code == 0, err
    assert _call(server, "GET", "/studies", paz.token).status == 401
    with pytest.raises(AuthenticationError):
        login(paz.store, server_url=server.url, user="paz", password=PASSWORD)
    token = login(paz.store, server_url=server.url, user="paz", password="a brand new secret")
    assert _call(server, "GET", "/studies", token).status == 200
    code, err = _admin(server, "user", "passwd", "paz", stdin="short\n")
    assert code == 1 and "at least 8 characters" in err


@pytest.fixture
def frozen_server_clock(server: Server) -> Iterator[list[int]]:
    """The server's token clock, set by the test (``now[0]``), restored afterwards."""
    now = [now_ms()]
    server.store.clock = lambda: now[0]
    try:
        yield now
    finally:
        server.store.clock = now_ms


def test_idle_token_expires_and_nothing_unsynced_is_lost(
    server: Server, laptop: OpenLaptop, frozen_server_clock: list[int]
) -> None:
    now = frozen_server_clock
    server.add_user("ida", "researcher")
    ida = laptop("ida")  # token issued (and used) at now[0]
    _pull_all(ida.store, server, ida.token)
    # Used every 29 days, it stays valid (each use moves its idle time on).
    for _ in range(3):
        now[0] += 29 * DAY_MS
        assert _call(server, "GET", "/studies", ida.token).status == 200
    with ida.store.write() as session:
        records.create_case(session, study_id=server.study_id, title="Written while away")
    with ida.store.read() as session:
        waiting = local_sync_status(session).pending
    assert waiting >= 1
    now[0] += 31 * DAY_MS
    with pytest.raises(AuthenticationError, match="sign in again"):
        _pull_all(ida.store, server, ida.token)
    with ida.store.read() as session:
        assert local_sync_status(session).pending == waiting
    # Signing in again sends what was waiting.
    token = login(ida.store, server_url=server.url, user="ida", password=PASSWORD)
    report = sync(ida.store, server_url=server.url, token=token, media=False)
    assert report.pushed >= 1
    lena = laptop("lena")
    _pull_all(lena.store, server, lena.token)
    with lena.store.read() as session:
        titles = {c.title for c in session.execute(records.select(Case)).scalars()}
    assert "Written while away" in titles


def test_only_a_lead_changes_the_study_record(server: Server, laptop: OpenLaptop) -> None:
    alice, lena = laptop("alice"), laptop("lena")
    _pull_all(alice.store, server, alice.token)
    with alice.store.write() as session:
        study = session.get(Study, server.study_id)
        assert study is not None
        records.update_fields(session, study, {"name": "Alice's study now"})
        case = records.create_case(session, study_id=server.study_id, title="After the rename")
        case_id = case.id
    # That change alone is refused (and held back on alice's laptop); her later work goes up.
    report = sync(alice.store, server_url=server.url, token=alice.token, media=False)
    assert report.refused == 1
    with alice.store.read() as session:
        [held] = refused_pushes(session)
    assert (held.entity, held.row_id) == ("studies", server.study_id)
    assert "only a lead" in held.reason
    _pull_all(lena.store, server, lena.token)
    with lena.store.read() as session:
        assert session.get(Case, case_id) is not None
    with lena.store.write() as session:
        study = session.get(Study, server.study_id)
        assert study is not None and study.name != "Alice's study now"
        records.update_fields(session, study, {"name": "Learning ecosystems (2027)"})
    _pull_all(lena.store, server, lena.token)
    bob = laptop("bob")
    _pull_all(bob.store, server, bob.token)
    with bob.store.read() as session:
        study = session.get(Study, server.study_id)
        assert study is not None and study.name == "Learning ecosystems (2027)"


def _start_upload(server: Server, token: str, content: bytes) -> str:
    body = {
        "study_id": server.study_id,
        "sha256": hashlib.sha256(content).hexdigest(),
        "size": len(content),
    }
    reply = _call(server, "POST", "/uploads", token, body)
    assert reply.status == 201, reply.body
    return str(json.loads(reply.body)["upload_id"])


def test_only_a_lead_abandons_another_members_upload(server: Server, laptop: OpenLaptop) -> None:
    alice, lena = laptop("alice"), laptop("lena")
    leads = _start_upload(server, lena.token, b"the lead's recording " * 100)
    refused = _call(server, "DELETE", f"/uploads/{leads}", alice.token)
    assert refused.status == 403
    assert b"only they or a lead" in refused.body
    assert _call(server, "GET", f"/uploads/{leads}", lena.token).status == 200
    own = _start_upload(server, alice.token, b"alice's photo " * 100)
    assert _call(server, "DELETE", f"/uploads/{own}", alice.token).status == 204
    others = _start_upload(server, alice.token, b"alice's second photo " * 100)
    assert _call(server, "DELETE", f"/uploads/{others}", lena.token).status == 204
    assert _call(server, "DELETE", f"/uploads/{leads}", lena.token).status == 204


def test_creating_studies_needs_the_right(server: Server, laptop: OpenLaptop) -> None:
    server.add_user("nico")  # added without --can-create-studies
    nico = laptop("nico")
    with nico.store.write() as session:
        study_id = records.create_study(session, name="Nico's own study").id
    with pytest.raises(PermissionDeniedError, match="may not create studies"):
        publish_study(nico.store, study_id=study_id, server_url=server.url, token=nico.token)
    assert _admin(server, "user", "grant-create", "nico")[0] == 0
    role = publish_study(nico.store, study_id=study_id, server_url=server.url, token=nico.token)
    assert role == "lead"
    assert _admin(server, "user", "deny-create", "nico")[0] == 0
    with nico.store.write() as session:
        second = records.create_study(session, name="Another one").id
    with pytest.raises(PermissionDeniedError):
        publish_study(nico.store, study_id=second, server_url=server.url, token=nico.token)
    # Publishing the study already there stays harmless for its lead.
    again = publish_study(nico.store, study_id=study_id, server_url=server.url, token=nico.token)
    assert again == "lead"
    code, err = _admin(server, "user", "add", "carla", "--can-create-studies", stdin=PASSWORD)
    assert code == 0, err
    with server.store.read() as conn:
        allowed = conn.execute(
            sa.select(users.c.can_create_studies).where(col(users.c.name) == "carla")
        ).scalar()
    assert allowed is True


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_laptop_and_server_files_are_owner_only(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    old = os.umask(0)  # the loosest umask: the modes come from the code, not from it
    try:
        store = Store.open(tmp_path / "fresh" / "data")
        try:
            token = login(store, server_url=server.url, user="alice", password=PASSWORD)
            save_credentials(store.data_dir, Credentials(server.url, "alice", token))
            _pull_all(store, server, token)
            with store.write() as session:
                case = records.create_case(session, study_id=server.study_id, title="Modes")
                attach_bytes(
                    session,
                    store.blobs,
                    record_id=case.id,
                    data=b"a scanned consent form " * 200,
                    filename="consent.pdf",
                    kind="document",
                )
            sync(store, server_url=server.url, token=token)  # the file goes up too

            Settings().save(store.data_dir)
            data = store.data_dir
            assert _mode(data) == 0o700
            assert _mode(data.parent) == 0o700  # made by fieldkit too
            for name in ("fieldkit.sqlite3", "fieldkit.sqlite3-wal", "fieldkit.sqlite3-shm"):
                assert _mode(data / name) == 0o600, name
            assert _mode(data / "settings.json") == 0o600
            assert _mode(data / "sync-credentials.json") == 0o600
            blob_files = [p for p in (data / "blobs").rglob("*") if p.is_file()]
            assert blob_files
            for path in [data / "blobs", *(p for p in (data / "blobs").rglob("*"))]:
                assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
        finally:
            store.close()
        server_dir = tmp_path / "srv" / "data"
        code = server_main(["--data-dir", str(server_dir), "init"], err=io.StringIO())
        assert code == 0
        assert _mode(server_dir) == 0o700
        assert _mode(server_dir / "server.db") == 0o600
    finally:
        os.umask(old)
    if server.db_url is None:
        assert _mode(server.data_dir / "server.db") == 0o600
    server_blobs = [p for p in (server.data_dir / "blobs").rglob("*")]
    assert any(p.is_file() for p in server_blobs)
    for path in server_blobs:
        if path.is_dir():
            assert _mode(path) == 0o700, path
        elif not path.name.endswith(".lock"):
            assert _mode(path) == 0o600, path


def test_serve_passes_the_idle_time_to_every_worker(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.sync.server import cli

    monkeypatch.setenv(cli.ENV_DB, server.db_url or f"sqlite:///{server.data_dir / 'server.db'}")
    monkeypatch.setenv(cli.ENV_DATA_DIR, str(server.data_dir))
    monkeypatch.setenv(cli.ENV_TOKEN_IDLE_DAYS, "2.5")
    app = cli.app_from_env()
    try:
        assert app.state.store.token_idle_ms == int(2.5 * DAY_MS)  # type: ignore[attr-defined]
    finally:
        app.state.store.engine.dispose()  # type: ignore[attr-defined]
    with pytest.raises(SystemExit) as refused:  # a usage mistake: exit status 2
        server_main([*server.cli_args(), "serve", "--token-idle-days", "0"], err=io.StringIO())
    assert refused.value.code == 2
