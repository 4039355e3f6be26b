"""Opening a data folder: SQLite settings, device id, sessions, damaged folders, migrations."""

from __future__ import annotations

import ast
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text
from sqlmodel import SQLModel

from fieldkit.errors import StorageError
from fieldkit.storage import migrate, records
from fieldkit.storage.db import DB_NAME, Store, make_engine
from fieldkit.storage.models import ChangeLogEntry, Study

ENV_PY = Path(migrate.MIGRATIONS) / "env.py"


def test_every_pooled_connection_uses_wal_foreign_keys_and_full_sync(store: Store) -> None:
    # Hold several connections at once so the pool must open new ones, not reuse one.
    conns = [store.engine.connect() for _ in range(5)]
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        for conn in conns:
            conn.close()
    with store.write() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2
    with store.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_device_id_is_stable_per_folder_and_differs_between_folders(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a") as first:
        device = first.device_id
    with Store.open(tmp_path / "a") as again:
        assert again.device_id == device
    with Store.open(tmp_path / "b") as other:
        assert other.device_id != device
    assert len(device) == 16 and int(device, 16) >= 0


def test_read_session_refuses_writes_and_keeps_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError, match="read-only"), store.read() as session:
        session.add(Study(name="Sneaky"))
        session.flush()
    with pytest.raises(RuntimeError, match="read-only"):
        with store.write() as session:
            study = records.create_study(session, name="Real", with_codebook=False)
        with store.read() as session:
            row = session.get(Study, study.id)
            assert row is not None
            row.name = "Changed while reading"
            session.flush()
    with store.read() as session:
        names = session.execute(select(Study.name)).scalars().all()
        assert names == ["Real"]


def test_a_file_where_the_data_folder_should_be_is_refused(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("notes")
    with pytest.raises(StorageError, match="not a folder"):
        Store.open(not_a_folder)
    assert not_a_folder.read_text() == "notes"


@pytest.mark.parametrize(
    "content",
    [os.urandom(16_384), b"SQLite format 3\x00" + os.urandom(16_384)],
    ids=["random-bytes", "sqlite-header-then-garbage"],
)
def test_a_garbage_database_file_gives_a_clear_storage_error(
    data_dir: Path, content: bytes
) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(content)
    with pytest.raises(StorageError) as caught:
        Store.open(data_dir)
    message = str(caught.value)
    assert str(data_dir) in message
    assert "damaged" in message or "not a fieldkit database" in message
    assert "Traceback" not in message and "sqlalche.me" not in message
    # The damaged file is left alone for the researcher (or a recovery tool) to look at.
    assert (data_dir / DB_NAME).read_bytes() == content


def test_hard_delete_of_a_research_row_is_refused(store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Keep me", with_codebook=False)
    with pytest.raises(StorageError, match="never erased"), store.write() as session:
        row = session.get(Study, study.id)
        session.delete(row)
    with store.read() as session:
        assert session.get(Study, study.id) is not None
        count = session.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one()
        assert count == 1


def test_delete_row_leaves_a_tombstone(store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Old", with_codebook=False)
    with store.write() as session:
        records.delete_row(session, session.get(Study, study.id))
    with store.read() as session:
        row = session.get(Study, study.id)
        assert row is not None and row.deleted_at is not None
        assert records.list_studies(session) == []


# --- migrations -----------------------------------------------------------------------------


def env_include_object() -> Callable[..., bool]:
    """``include_object`` from the migrations' env.py (which runs migrations when imported)."""
    tree = ast.parse(ENV_PY.read_text("utf-8"))
    keep = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == "include_object")
        or (
            isinstance(node, ast.Assign)
            and any(
                isinstance(t, ast.Name) and t.id == "MANUAL_TABLES_PREFIX" for t in node.targets
            )
        )
    ]
    assert len(keep) == 2, "env.py no longer defines include_object / MANUAL_TABLES_PREFIX"
    namespace: dict[str, Any] = {"Any": Any}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(ENV_PY), "exec"), namespace)
    return namespace["include_object"]  # type: ignore[no-any-return]


def test_the_env_filter_skips_only_search_tables() -> None:
    include = env_include_object()
    assert include(None, "search_index", "table", True, None) is False
    assert include(None, "search_docs", "table", True, None) is False
    for table in SQLModel.metadata.tables:
        assert include(None, table, "table", True, None) is True


def test_migrating_an_empty_database_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.sqlite3")
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "include_object": env_include_object(),
                    "compare_type": True,
                    "render_as_batch": True,
                },
            )
            diff = compare_metadata(context, SQLModel.metadata)
        assert diff == []
        tables = set(inspect(engine).get_table_names())
        assert set(SQLModel.metadata.tables) <= tables
    finally:
        engine.dispose()


def test_downgrade_to_base_then_upgrade_to_head(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "roundtrip.sqlite3")
    try:
        migrate.upgrade(engine)
        command.downgrade(migrate.alembic_config(engine), "base")
        assert migrate.current_revision(engine) is None
        with engine.connect() as conn:
            left = conn.exec_driver_sql(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchall()
        assert left == [("table", "alembic_version")]
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert set(SQLModel.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    # A folder migrated that way works as usual.
    with Store.open(tmp_path / "unused") as _:
        pass


def test_reopening_a_folder_keeps_its_data(data_dir: Path) -> None:
    with Store.open(data_dir) as store, store.write() as session:
        study = records.create_study(session, name="Survives reopening")
    with Store.open(data_dir) as store, store.read() as session:
        assert [s.id for s in records.list_studies(session)] == [study.id]


def test_the_recorded_head_revision_is_the_scripts_head() -> None:
    """Store.open trusts migrate.HEAD to skip Alembic when a folder is up to date."""
    from fieldkit.storage import migrate

    assert migrate.head_revision() == migrate.HEAD


def test_an_up_to_date_folder_opens_without_alembic(data_dir) -> None:
    import subprocess
    import sys

    Store.open(data_dir).close()
    code = (
        "import sys; from fieldkit.storage.db import Store; "
        f"Store.open({str(data_dir)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
