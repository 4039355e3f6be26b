"""A signed-in member trying to lose, forge or stall another's work, over real HTTP.

Each attack is made the way a careful teammate could make it: a real sign-in, a real sync
request built from a real laptop's changes, then edited. Each must be refused with a message
that says what was wrong, and the victim's data must still reach every laptop.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import col

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, Theme
from fieldkit.storage.replication import collect_outbox, get_cursor
from fieldkit.storage.themes import rename_theme
from fieldkit.sync.client import HttpResponse, UrllibTransport, login, sync
from fieldkit.sync.server.app import create_app
from fieldkit.sync.server.db import (
    DB_FILE,
    default_db_url,
    device_acks,
    devices,
    feed,
    make_engine,
    metadata,
    studies,
)
from fieldkit.sync.server.seed import study_seed
from fieldkit.sync.server.store import ServerStore
from tests.sync.conftest import (
    BACKENDS,
    PASSWORD,
    Laptop,
    OpenLaptop,
    Server,
    cheap_password_hashing,
)
from tests.sync.helpers import dump
from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import serve_in_thread

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


# --- helpers -------------------------------------------------------------------------------


def _post(server: Server, path: str, body: Any, token: str | None = None) -> HttpResponse:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode()
    return UrllibTransport()("POST", server.url + "/api/v1" + path, body=data, headers=headers)


def _detail(reply: HttpResponse) -> str:
    return str(json.loads(reply.body)["detail"])


def _joined(open_laptop: OpenLaptop, user: str) -> Laptop:
    """A fresh laptop signed in as ``user`` that has pulled its studies."""
    one = open_laptop(user)
    _sync(one)
    return one


def _sync(laptop: Laptop) -> None:
    sync(laptop.store, server_url=laptop.url, token=laptop.token)


def _add_case(laptop: Laptop, study_id: str, title: str) -> str:
    with laptop.store.write() as session:
        return records.create_case(session, study_id=study_id, title=title).id


def _rename(laptop: Laptop, case_id: str, title: str) -> None:
    with laptop.store.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        records.update_fields(session, case, {"title": title})


def _unsent(laptop: Laptop, study_id: str) -> list[dict[str, Any]]:
    """The laptop's changes of ``study_id`` not yet pushed, as the wire carries them."""
    with laptop.store.read() as session:
        after = int(get_cursor(session, study_id=study_id, name="push") or 0)
        outbox = collect_outbox(session, study_id=study_id, after_seq=after, max_bytes=10**7)
    return [c.to_json_dict() for c in outbox.changes]


def _push(
    server: Server, laptop: Laptop, study_id: str, changes: list[dict[str, Any]]
) -> HttpResponse:
    """A hand-made sync request from ``laptop`` carrying ``changes`` after its push cursor."""
    with laptop.store.read() as session:
        after = int(get_cursor(session, study_id=study_id, name="push") or 0)
    body = {
        "device_id": laptop.store.device_id,
        "studies": [
            {
                "study_id": study_id,
                "pull_cursor": 0,
                "push_last_seq": 10**6,
                "push_after_seq": after,
                "push": changes,
            }
        ],
    }
    return _post(server, "/sync", body, laptop.token)


def _feed_size(server: Server) -> int:
    with server.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(feed)).scalar_one())


def _titles(store: Store, study_id: str) -> set[str]:
    with store.read() as session:
        return {c.title for c in records.list_cases(session, study_id=study_id)}


def _same_everywhere(study_id: str, *laptops: Laptop) -> None:
    for one in laptops:
        _sync(one)
    for one in laptops:
        _sync(one)  # a second round: everyone has what the others sent in the first
    dumps = {dump(one.store, study_id) for one in laptops}
    assert len(dumps) == 1


# --- device identity -----------------------------------------------------------------------


@pytest.mark.parametrize("thief", ["vera", "bob"])  # a viewer and a researcher
def test_a_device_id_of_another_user_is_refused_and_the_victim_syncs_on(
    server: Server, laptop: OpenLaptop, thief: str
) -> None:
    victim = _joined(laptop, "alice")
    _add_case(victim, server.study_id, f"Radio lessons ({thief})")
    _sync(victim)
    claimed = _post(
        server,
        "/login",
        {"user": thief, "password": PASSWORD, "device_id": victim.store.device_id},
    )
    assert claimed.status == 403
    assert json.loads(claimed.body)["code"] == "device_taken"
    assert "registered to another user" in _detail(claimed)
    # The attack of the issue: an empty push with a huge push_last_seq, under the victim's
    # device id, from the thief's own sign-in: refused (the token is the thief's device).
    own = laptop(thief)
    stall = {
        "device_id": victim.store.device_id,
        "studies": [{"study_id": server.study_id, "push_last_seq": 10**12, "push": []}],
    }
    refused = _post(server, "/sync", stall, own.token)
    assert refused.status == 422
    assert "not the device this token belongs to" in _detail(refused)
    # The victim's later work still goes up and reaches everyone.
    _add_case(victim, server.study_id, f"After the attempt ({thief})")
    _sync(victim)
    reader = _joined(laptop, "lena")
    _same_everywhere(server.study_id, victim, reader)
    assert {f"Radio lessons ({thief})", f"After the attempt ({thief})"} <= _titles(
        reader.store, server.study_id
    )


def test_a_viewer_cannot_move_its_push_position(server: Server, laptop: OpenLaptop) -> None:
    viewer = _joined(laptop, "vera")
    body = {
        "device_id": viewer.store.device_id,
        "studies": [{"study_id": server.study_id, "push_last_seq": 10**12, "push": []}],
    }
    reply = _post(server, "/sync", body, viewer.token)
    assert reply.status == 200
    assert json.loads(reply.body)["studies"][0]["ack_seq"] == 0
    with server.store.read() as conn:
        marks = conn.execute(
            sa.select(sa.func.count())
            .select_from(device_acks)
            .where(device_acks.c.device_id == viewer.store.device_id)
        ).scalar_one()
    assert marks == 0  # nothing recorded: a viewer never holds a push position
    _sync(viewer)  # and its own syncs keep working (it pulls)
    assert _titles(viewer.store, server.study_id) is not None


def test_a_copied_data_folder_takes_a_new_device_id_and_loses_nothing(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    """Bob copies Alice's data folder (unsent work in it) and signs in with it."""
    alice = _joined(laptop, "alice")
    first = _add_case(alice, server.study_id, "Reading camp, Kisumu")
    _sync(alice)
    _add_case(alice, server.study_id, "Not yet sent when copied")
    copy_dir = tmp_path / "copied-folder"
    copy_dir.mkdir()
    source = sqlite3.connect(alice.store.db_path)
    target = sqlite3.connect(copy_dir / alice.store.db_path.name)
    source.backup(target)  # a consistent copy of the open database, as a file copy would be
    source.close()
    target.close()
    copied = Store.open(copy_dir)
    try:
        old_id = copied.device_id
        token = login(copied, server_url=server.url, user="bob", password=PASSWORD)
        assert copied.device_id != old_id
        with server.store.read() as conn:
            owner = conn.execute(
                sa.select(devices.c.user_id).where(devices.c.device_id == copied.device_id)
            ).scalar()
        assert owner is not None
        bob = Laptop(copied, token, server.url)
        _add_case(bob, server.study_id, "Bob's own case on the copy")
        _rename(bob, first, "Reading camp, Kisumu (renamed on the copy)")
        _sync(bob)  # sends the copy's unsent work under its new id: the server takes it
        reader = _joined(laptop, "lena")
        _same_everywhere(server.study_id, alice, bob, reader)
        titles = _titles(reader.store, server.study_id)
        assert {
            "Not yet sent when copied",
            "Bob's own case on the copy",
            "Reading camp, Kisumu (renamed on the copy)",
        } <= titles
        # A re-opened copy keeps its new identity.
        copied.close()
        copied = Store.open(copy_dir)
        assert copied.device_id == bob.store.device_id
    finally:
        copied.close()


# --- forged and foreign changes ------------------------------------------------------------


def test_changes_stamped_by_another_device_are_refused(server: Server, laptop: OpenLaptop) -> None:
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    _add_case(alice, server.study_id, "A forged title is not stored")
    forged = _unsent(alice, server.study_id)
    before = _feed_size(server)
    reply = _push(server, bob, server.study_id, forged)
    assert reply.status == 422
    assert "change 1 of the push" in _detail(reply)
    assert f"stamped by device {alice.store.device_id}" in _detail(reply)
    assert _feed_size(server) == before
    _same_everywhere(server.study_id, alice, bob)


def test_an_edit_of_a_row_the_server_never_received_is_refused(
    server: Server, laptop: OpenLaptop
) -> None:
    alice = _joined(laptop, "alice")
    case_id = _add_case(alice, server.study_id, "Known case")
    _sync(alice)
    _rename(alice, case_id, "Renamed")
    edit = _unsent(alice, server.study_id)
    assert [c["op"] for c in edit] == ["update"]
    ghost = str(uuid.uuid4())
    edit[0]["row_id"] = ghost
    before = _feed_size(server)
    reply = _push(server, alice, server.study_id, edit)
    assert reply.status == 422
    detail = _detail(reply)
    assert "change 1 of the push" in detail and ghost in detail
    assert "never received" in detail
    assert _feed_size(server) == before
    # Nothing blocks the study: a new teammate pulls everything, the real edit goes up, and
    # so does an edit of a row the server made itself (the study's seeded codebook).
    with alice.store.read() as session:
        theme = session.execute(
            sa.select(Theme).where(col(Theme.study_id) == server.study_id).limit(1)
        ).scalar_one()
    with alice.store.write() as session:
        rename_theme(session, theme_id=theme.id, name=f"Renamed seeded theme {ghost[:8]}")
    bob = _joined(laptop, "bob")
    _same_everywhere(server.study_id, alice, bob)
    with bob.store.read() as session:
        renamed = session.get(Theme, theme.id)
        assert renamed is not None and renamed.name == f"Renamed seeded theme {ghost[:8]}"


def test_rows_of_another_study_cannot_be_edited_or_taken(
    server: Server, laptop: OpenLaptop
) -> None:
    other = server.new_study("A study alice and bob share")
    for name in ("alice", "bob"):
        server.store.add_member(study_id=other, user_name=name, role="researcher")
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    _sync(alice)
    theirs = _add_case(alice, other, "Belongs to the other study")
    _sync(alice)
    # An edit, sent as a change of the first study, of the other study's case.
    mine = _add_case(bob, server.study_id, "Bob's case")
    _sync(bob)
    _rename(bob, mine, "Renamed by bob")
    edit = _unsent(bob, server.study_id)
    edit[0]["row_id"] = theirs
    before = _feed_size(server)
    reply = _push(server, bob, server.study_id, edit)
    assert reply.status == 422
    assert theirs in _detail(reply) and "belongs to another study" in _detail(reply)
    # An insert in the first study that reuses the other study's id.
    _add_case(bob, server.study_id, "An insert under a taken id")
    insert = [c for c in _unsent(bob, server.study_id) if c["op"] == "insert"]
    insert[0]["row_id"] = theirs
    reply = _push(server, bob, server.study_id, insert)
    assert reply.status == 422
    assert theirs in _detail(reply) and "another study" in _detail(reply)
    assert _feed_size(server) == before
    _same_everywhere(other, alice, bob)
    assert "Belongs to the other study" in _titles(bob.store, other)
    _same_everywhere(server.study_id, alice, bob)


def test_a_replayed_old_batch_stores_nothing(server: Server, laptop: OpenLaptop) -> None:
    class Recorder(UrllibTransport):
        def __init__(self) -> None:
            super().__init__()
            self.bodies: list[bytes] = []
            self.headers: dict[str, str] = {}

        def __call__(
            self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
        ) -> HttpResponse:
            if url.endswith("/sync") and body:
                self.bodies.append(body)
                self.headers = dict(headers)
            return super().__call__(method, url, body=body, headers=headers)

    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    _add_case(alice, server.study_id, "Sent once")
    recorder = Recorder()
    sync(alice.store, server_url=alice.url, token=alice.token, transport=recorder)
    _add_case(alice, server.study_id, "Sent later")
    _sync(alice)
    before = _feed_size(server)
    old = recorder.bodies[0]
    replay = UrllibTransport()(
        "POST", server.url + "/api/v1/sync", body=old, headers=recorder.headers
    )
    assert replay.status == 200
    assert _feed_size(server) == before  # the server ignores counters it acknowledged
    # Replayed by another member (her token, alice's request): refused.
    stolen = {**recorder.headers, "Authorization": f"Bearer {bob.token}"}
    replay = UrllibTransport()("POST", server.url + "/api/v1/sync", body=old, headers=stolen)
    assert replay.status == 422
    assert _feed_size(server) == before
    _same_everywhere(server.study_id, alice, bob)


def test_unproven_claims_do_not_make_the_team_pull_again(
    server: Server, laptop: OpenLaptop
) -> None:
    """Claiming acknowledgements or a pull position the server never gave changes nothing."""
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    _add_case(alice, server.study_id, "Pulled once only")
    _sync(alice)
    _sync(bob)
    with server.store.read() as conn:
        epoch = conn.execute(
            sa.select(studies.c.epoch).where(studies.c.id == server.study_id)
        ).scalar_one()
    claim = {
        "device_id": bob.store.device_id,
        "studies": [
            {
                "study_id": server.study_id,
                "pull_cursor": 10**9,
                "pull_proof": "0" * 32,
                "push_last_seq": 10**6,
                "push_after_seq": 10**6,
                "push_acked": 10**6,
                "push_ack_proof": "f" * 32,
                "push": [],
            }
        ],
    }
    reply = _post(server, "/sync", claim, bob.token)
    assert reply.status == 200
    assert json.loads(reply.body)["studies"][0]["resend"] is False
    with server.store.read() as conn:
        assert (
            conn.execute(
                sa.select(studies.c.epoch).where(studies.c.id == server.study_id)
            ).scalar_one()
            == epoch
        )
    report = sync(alice.store, server_url=alice.url, token=alice.token)
    assert report.pulled == 0  # alice does not pull the study again


# --- a server restored from a backup -------------------------------------------------------


@contextmanager
def _serving(db_url: str | None, data_dir: Path) -> Iterator[str]:
    app = create_app(db_url, data_dir)
    try:
        with serve_in_thread(app) as url:
            yield url
    finally:
        app.state.store.engine.dispose()


class _Backup:
    """The whole server database, taken and put back while the server is stopped."""

    def __init__(self, db_url: str | None, data_dir: Path, folder: Path) -> None:
        self.db_url, self.data_dir, self.folder = db_url, data_dir, folder
        self.rows: dict[str, list[dict[str, Any]]] = {}

    def take(self) -> None:
        if self.db_url is None:  # SQLite: the file, as an admin's nightly copy would be
            shutil.copy2(self.data_dir / DB_FILE, self.folder / DB_FILE)
            return
        engine = make_engine(self.db_url)
        with engine.connect() as conn:
            for table in metadata.sorted_tables:
                self.rows[table.name] = [dict(r._mapping) for r in conn.execute(table.select())]
        engine.dispose()

    def restore(self) -> None:
        if self.db_url is None:
            for suffix in ("-wal", "-shm"):
                (self.data_dir / (DB_FILE + suffix)).unlink(missing_ok=True)
            shutil.copy2(self.folder / DB_FILE, self.data_dir / DB_FILE)
            return
        engine = make_engine(self.db_url)
        with engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(table.delete())
            for table in metadata.sorted_tables:
                if self.rows[table.name]:
                    conn.execute(table.insert(), self.rows[table.name])
        engine.dispose()


def test_a_server_restored_from_an_older_backup_gets_everything_back(
    server_db: str | None, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Laptops resend what the restored server lost; those that pulled it pull again."""
    db_url = None
    if server_db is not None:  # its own PostgreSQL database, not the module server's
        databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
        db_url = databases.create()
    data_dir = tmp_path / "server"
    (tmp_path / "backup").mkdir()
    backup = _Backup(db_url, data_dir, tmp_path / "backup")
    laptops: dict[str, Laptop] = {}

    def signed_in(url: str, user: str) -> Laptop:
        if user not in laptops:
            store = Store.open(tmp_path / f"laptop-{user}")
            token = login(store, server_url=url, user=user, password=PASSWORD)
            laptops[user] = Laptop(store, token, url)
        laptops[user].url = url
        return laptops[user]

    def run(url: str, *users: str) -> None:
        for user in users:
            _sync(signed_in(url, user))

    try:
        with cheap_password_hashing():
            with _serving(db_url, data_dir) as url:
                store = ServerStore(make_engine(db_url or default_db_url(data_dir)))
                study_id, device, seed = study_seed(name="Restored study")
                store.create_study(
                    study_id=study_id, name="Restored study", seed=seed, seed_device=device
                )
                for user in ("alice", "bob", "lena"):
                    store.add_user(name=user, password=PASSWORD)
                    store.add_member(study_id=study_id, user_name=user, role="researcher")
                store.engine.dispose()
                run(url, "alice", "bob")
                for i in range(3):
                    _add_case(laptops["alice"], study_id, f"Before the backup {i}")
                run(url, "alice", "bob")
            backup.take()
            with _serving(db_url, data_dir) as url:
                for i in range(2):
                    _add_case(laptops["alice"], study_id, f"Lost in the restore {i}")
                run(url, "alice", "bob")  # acknowledged to alice, pulled by bob
                _add_case(laptops["bob"], study_id, "Bob's, lost in the restore")
                run(url, "bob")
            backup.restore()
            with _serving(db_url, data_dir) as url:
                # A new teammate pushes first: her changes take the numbers bob had pulled.
                run(url, "lena")
                for i in range(5):
                    _add_case(laptops["lena"], study_id, f"Lena after the restore {i}")
                run(url, "lena", "alice", "bob", "lena", "alice", "bob")
                dumps = {dump(one.store, study_id) for one in laptops.values()}
                assert len(dumps) == 1
                titles = _titles(laptops["lena"].store, study_id)
                expected = {f"Before the backup {i}" for i in range(3)}
                expected |= {f"Lost in the restore {i}" for i in range(2)}
                expected |= {f"Lena after the restore {i}" for i in range(5)}
                expected.add("Bob's, lost in the restore")
                assert titles == expected
    finally:
        for one in laptops.values():
            one.store.close()
