"""Helpers for the service tests: a seeded study, and "this failed and changed nothing"."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldkit.errors import FieldkitError
from fieldkit.storage import migrate, records
from fieldkit.storage.changes import StoreSession
from fieldkit.storage.db import DB_NAME, Store, make_engine
from fieldkit.storage.models import SYNC_MODELS

TABLES = (*(m.__tablename__ for m in SYNC_MODELS), "change_log", "local_state")


@dataclass(frozen=True)
class Seeded:
    """A study (with the default codebook), a case, a participant, an interview, an observation."""

    study_id: str
    case_id: str
    participant_id: str
    interview_id: str
    observation_id: str


TRANSCRIPT = "Q: What helps? A: The school garden feeds everyone. Q: And trust? A: It grows slowly."


def make_template(folder: Path) -> Path:
    """A migrated, empty database file, made once per module (migrating takes ~0.3 s)."""
    path = folder / DB_NAME
    engine = make_engine(path)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()  # the last connection checkpoints the WAL into the main file
    assert not path.with_name(DB_NAME + "-wal").exists()
    return path


def make_seeded_template(folder: Path) -> tuple[Path, Seeded]:
    """A migrated database holding :func:`seed`'s study, without a device id (each copy
    gets its own when opened). Seeding takes a few hundred ms; copying a file does not."""
    path = make_template(folder)
    with Store.open(folder) as store:
        seeded = seed(store)
    con = sqlite3.connect(path)
    try:
        con.execute("DELETE FROM local_state WHERE key = 'device_id'")
        con.commit()
    finally:
        con.close()
    return path, seeded


def open_copy(template: Path, data_dir: Path) -> Store:
    """A store on a fresh copy of ``template``: its own device id, nothing shared."""
    data_dir.mkdir(parents=True)
    shutil.copyfile(template, data_dir / DB_NAME)
    return Store.open(data_dir)


def seed(store: Store, *, name: str = "Coastal schools") -> Seeded:
    with store.write() as s:
        study = records.create_study(s, name=name)
        case = records.create_case(s, study_id=study.id, title="Village school", country="Kenya")
        p = records.add_participant(s, case_id=case.id, code="P-01", role="teacher")
        interview = records.add_interview(
            s, case_id=case.id, date="2024-03-15", participant_ids=[p.id], transcript=TRANSCRIPT
        )
        obs = records.add_observation(
            s, case_id=case.id, date="2024-03-16", description="Children water the garden."
        )
        return Seeded(study.id, case.id, p.id, interview.id, obs.id)


def snapshot(store: Store) -> dict[str, tuple[int, str]]:
    """Row count and a digest of every row, per table, read with plain sqlite3."""
    con = sqlite3.connect(store.db_path)
    try:
        out = {}
        for table in TABLES:
            rows = con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


def log_count(store: Store) -> int:
    return snapshot(store)["change_log"][0]


def fails(
    store: Store,
    error: type[FieldkitError],
    match: str,
    action: Callable[[StoreSession], Any],
) -> FieldkitError:
    """Run ``action`` in a write transaction: it must raise ``error`` and change nothing."""
    before = snapshot(store)
    with pytest.raises(error, match=match) as caught, store.write() as session:
        action(session)
    assert type(caught.value) is error, f"{type(caught.value).__name__}: {caught.value}"
    assert snapshot(store) == before, "a failed call changed the database"
    message = str(caught.value)
    assert message and "Traceback" not in message
    return caught.value


def escape(text: str) -> str:
    return re.escape(text)
