"""The server's Alembic migrations: an empty database migrated to head is exactly db.py."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine

from fieldkit.sync.server import migrate
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.server.db import default_db_url, make_engine, metadata
from fieldkit.sync.server.migrate import create_schema
from tests.sync.postgres import PostgresDatabases


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return default_db_url(tmp_path)
    databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
    return databases.create()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def _tables(engine: Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def test_the_recorded_head_is_the_scripts_head() -> None:
    """create_schema trusts migrate.HEAD to skip Alembic when the database is up to date."""
    assert migrate.head_revision() == migrate.HEAD


def test_empty_database_migrates_to_exactly_the_tables_of_db_py(engine: Engine) -> None:
    assert _tables(engine) == set()
    assert migrate.current_revision(engine) is None
    create_schema(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    assert _tables(engine) == set(metadata.tables) | {"alembic_version"}
    assert _differences(engine) == []


def test_downgrade_to_nothing_and_upgrade_again(engine: Engine) -> None:
    create_schema(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO studies (id, name, created_ms) VALUES ('s', 'S', 1)"))
    migrate.downgrade(engine, "base")
    assert _tables(engine) == {"alembic_version"}
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    assert _differences(engine) == []
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM studies")).scalar_one() == 0


def test_a_database_someone_changed_by_hand_shows_up_in_the_comparison(engine: Engine) -> None:
    """The comparison the tests above rely on does see a difference."""
    create_schema(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE stray (id INTEGER PRIMARY KEY)"))
    assert _differences(engine) != []


def test_servers_starting_at_once_all_find_one_schema(db_url: str, tmp_path: Path) -> None:
    """Several processes upgrading an empty database together: one migrates, others wait."""
    command = [str(Path(sys.executable).with_name("fieldkit-server")), "--db", db_url]
    runs = [
        subprocess.Popen(
            [*command, "--data-dir", str(tmp_path / f"srv{n}"), "init"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    results = [(run.wait(timeout=120), run.stderr.read() if run.stderr else "") for run in runs]
    assert [code for code, _ in results] == [0, 0, 0], results
    engine = make_engine(db_url)
    try:
        assert migrate.current_revision(engine) == migrate.HEAD
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_a_server_that_read_no_revision_just_before_another_migrated_carries_on(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race behind the test above: this server read "no revision yet" a moment before
    another one committed the whole schema. Under the migration lock it finds tables *and* a
    revision: a migrated database, not one from before migrations."""
    create_schema(engine)  # the other server, done
    monkeypatch.setattr(migrate, "current_revision", lambda _engine: None)  # what this one read
    migrate.upgrade(engine)
    monkeypatch.undo()
    assert migrate.current_revision(engine) == migrate.HEAD
    assert _differences(engine) == []


def test_init_takes_db_after_the_command_and_says_where(db_url: str, tmp_path: Path) -> None:
    err = io.StringIO()
    code = server_main(["init", "--data-dir", str(tmp_path / "srv"), "--db", db_url], err=err)
    assert code == 0, err.getvalue()
    assert "ready" in err.getvalue()
    assert "password" not in err.getvalue()
    engine = make_engine(db_url)
    try:
        assert migrate.current_revision(engine) == migrate.HEAD
    finally:
        engine.dispose()


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    err = io.StringIO()
    url = "postgresql+psycopg://someone:secret@127.0.0.1:1/nothing"
    code = server_main(["--data-dir", str(tmp_path), "--db", url, "init"], err=err)
    assert code == 1
    message = err.getvalue()
    assert message.startswith("fieldkit-server: error: cannot use the database")
    assert "secret" not in message and "Traceback" not in message


def test_a_database_from_before_migrations_is_refused_clearly(tmp_path: Path) -> None:
    engine = make_engine(default_db_url(tmp_path))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"))
    finally:
        engine.dispose()
    err = io.StringIO()
    assert server_main(["--data-dir", str(tmp_path), "init"], err=err) == 1
    assert "before server migrations" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_users_from_before_the_study_creation_right_keep_it(engine: Engine) -> None:
    """Upgrading must not break a deployment: existing users may still create studies."""
    from fieldkit.sync.server.store import ServerStore

    migrate.upgrade(engine, "25b2cd75bcfc")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO users (name, password_hash, created_ms) VALUES ('old-timer', 'x', 1)"
            )
        )
    migrate.upgrade(engine)
    store = ServerStore(engine)
    store.add_user(name="newcomer", password="a long enough password")
    with engine.connect() as conn:
        rights = dict(conn.execute(sa.text("SELECT name, can_create_studies FROM users")).all())
    assert rights == {"old-timer": True, "newcomer": False}


def test_device_and_row_owners_are_filled_from_tokens_and_the_feed(engine: Engine) -> None:
    """A server from before devices and row owners: the upgrade fills both from what it has."""
    migrate.upgrade(engine, "25b2cd75bcfc")
    insert = (
        "INSERT INTO feed (study_id, server_seq, device_id, device_seq, change) "
        "VALUES (:s, :n, 'd1', 1, :c)"
    )
    changes = [
        ("s1", {"entity": "cases", "row_id": "r1", "op": "insert"}),
        ("s1", {"entity": "cases", "row_id": "r1", "op": "update"}),
        ("s2", {"entity": "cases", "row_id": "r2", "op": "insert"}),
        ("s2", {"entity": "cases", "row_id": "r3", "op": "update"}),  # never inserted: unknown
    ]
    with engine.begin() as conn:
        for sid in ("s1", "s2"):
            conn.execute(
                sa.text("INSERT INTO studies (id, name, created_ms) VALUES (:s, :s, 1)"), {"s": sid}
            )
        for name in ("ana", "ben"):
            conn.execute(
                sa.text("INSERT INTO users (name, password_hash, created_ms) VALUES (:n, 'x', 1)"),
                {"n": name},
            )
        ids = dict(conn.execute(sa.text("SELECT name, id FROM users")).all())
        for n, (user, device) in enumerate([("ana", "d1"), ("ben", "d1"), ("ben", "d2")]):
            conn.execute(
                sa.text(
                    "INSERT INTO tokens (user_id, device_id, token_hash, created_ms) "
                    "VALUES (:u, :d, :h, 1)"
                ),
                {"u": ids[user], "d": device, "h": f"hash{n}"},
            )
        for n, (sid, change) in enumerate(changes, start=1):
            conn.execute(sa.text(insert), {"s": sid, "n": n, "c": json.dumps(change)})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        owners = set(conn.execute(sa.text("SELECT row_id, entity, study_id FROM row_owners")))
        devices = dict(conn.execute(sa.text("SELECT device_id, user_id FROM devices")).all())
        keys = conn.execute(sa.text("SELECT count(*) FROM server_keys")).scalar_one()
    assert owners == {("r1", "cases", "s1"), ("r2", "cases", "s2")}
    assert devices == {"d1": ids["ana"], "d2": ids["ben"]}  # the first to sign in keeps it
    assert keys == 1


def test_erasures_received_before_erased_rows_are_remembered_by_the_upgrade(
    engine: Engine,
) -> None:
    """A server that stored erasures before ``erased_rows`` existed: the upgrade keeps their
    rows, so an offline edit of one of them is made erased again as it is stored."""
    migrate.upgrade(engine, "e93afee7d169")
    rows = [
        ["interviews", "i1", ["summary", "transcript"]],
        ["interviews", "g1", ["transcript"], "P-77"],  # only P-77's turns
        ["memos", "m1", []],  # nothing named: nothing kept
    ]
    erasure = {
        "entity": "erasures",
        "row_id": "e1",
        "op": "insert",
        "stamp": "2",
        "values": {"rows": json.dumps(rows), "blobs": "[]"},
    }
    ordinary = {"entity": "interviews", "row_id": "i2", "op": "update", "values": {"x": "1"}}
    insert = (
        "INSERT INTO feed (study_id, server_seq, device_id, device_seq, change) "
        "VALUES ('s1', :n, 'd1', :n, :c)"
    )
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO studies (id, name, created_ms) VALUES ('s1', 's', 1)"))
        for n, change in enumerate([ordinary, erasure, erasure], start=1):  # one sent twice
            conn.execute(sa.text(insert), {"n": n, "c": json.dumps(change)})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        kept = set(
            conn.execute(
                sa.text("SELECT row_id, entity, turns_of, study_id, fields FROM erased_rows")
            )
        )
    assert kept == {
        ("i1", "interviews", "", "s1", '["summary", "transcript"]'),
        ("g1", "interviews", "P-77", "s1", '["transcript"]'),
    }
