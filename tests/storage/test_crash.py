"""Crash safety: a writing process killed with SIGKILL at random moments loses nothing it saved.

``crash_writer.py`` forks a writer per run (see its docstring); the writer commits research
rows in a loop and reports each transaction only after the commit returned. The test kills it
after a random (seeded) delay, over and over on the same data folder, so any damage would
accumulate, and checks the database file after every kill with plain ``sqlite3``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from fieldkit.storage.db import DB_NAME, Store
from fieldkit.storage.models import SYNC_MODELS
from fieldkit.storage.records import list_studies

WRITER = Path(__file__).with_name("crash_writer.py")
RESEARCH_TABLES = tuple(m.__tablename__ for m in SYNC_MODELS)
RECORD_KILLS = 60
BLOB_KILLS = 12
SEED = 20240315


@dataclass
class Run:
    exit_code: int
    saved: list[dict[str, object]] = field(default_factory=list)


class WriterServer:
    """The fork server of ``crash_writer.py``, driven over its stdin/stdout."""

    def __init__(self, log: Path) -> None:
        self.stderr = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
        )
        self.log = log

    def run(
        self, data_dir: Path, *, seed: int, mode: str, delay: float, after_first_save: bool
    ) -> Run:
        """Start a writer and SIGKILL it ``delay`` seconds after it started, or after its first
        reported save (so the kill surely lands in a busy writer, however slow the machine)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"run {data_dir} {seed} {mode}\n".encode())
        self.proc.stdin.flush()
        first = self._line(self.proc.stdout)
        assert first.startswith("started "), first
        pid = int(first.split()[1])
        run = Run(exit_code=0)
        if after_first_save:
            line = self._line(self.proc.stdout)
            if not self._take(line, pid, run):
                return run  # it ended by itself; the caller checks the exit code
        time.sleep(delay)
        # If it died by itself, the exit code below says how.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while self._take(self._line(self.proc.stdout), pid, run):
            pass
        return run

    def _take(self, line: str, pid: int, run: Run) -> bool:
        """Record one line of the writer's output; False once the writer has exited."""
        if line.startswith("saved "):
            run.saved.append(json.loads(line[len("saved ") :]))
            return True
        if line.startswith(f"exited {pid} "):
            run.exit_code = int(line.split()[2])
            return False
        raise AssertionError(f"unexpected line from the writer: {line!r}")

    def _line(self, stdout: IO[bytes]) -> str:
        raw = stdout.readline()
        if not raw:
            raise AssertionError(f"the writer server died:\n{self.log.read_text()}")
        return raw.decode("utf-8").rstrip("\n")

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.stderr.close()


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[WriterServer]:
    server = WriterServer(tmp_path / "writer-stderr.log")
    yield server
    server.close()


def check_database(db_path: Path, reported: dict[str, set[str]]) -> None:
    """Everything a crashed writer may leave must still be a whole, consistent database."""
    if not db_path.exists():
        assert not any(reported.values())
        return
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "change_log" not in tables:
            # Killed before the first migration committed: nothing may exist yet.
            assert not any(reported.values()), "rows were reported saved but no schema exists"
            assert not set(RESEARCH_TABLES) & tables, "half a migration is visible"
            return
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        logged = {
            (entity, row_id)
            for entity, row_id in con.execute(
                "SELECT entity, row_id FROM change_log WHERE op = 'insert'"
            )
        }
        for table in RESEARCH_TABLES:
            if table not in tables:
                # Killed between two migrations (each commits on its own): the folder is at an
                # earlier revision and the next open goes on; nothing can be saved there yet.
                assert not reported.get(table), f"rows reported saved in missing table {table}"
                continue
            present = {r[0] for r in con.execute(f"SELECT id FROM {table}")}
            missing = reported.get(table, set()) - present
            assert not missing, f"{len(missing)} reported {table} rows are gone: {missing}"
            # A row and its change-log entry commit together: neither exists alone.
            in_log = {row_id for entity, row_id in logged if entity == table}
            assert present == in_log, f"{table}: rows and change_log inserts differ"
        stamps = [r[0] for r in con.execute("SELECT stamp FROM change_log ORDER BY seq")]
        assert stamps == sorted(stamps), "change_log stamps went backwards after a crash"
        clock = con.execute("SELECT value FROM local_state WHERE key = 'hlc_last'").fetchone()
        if stamps:
            assert clock is not None and clock[0] >= stamps[-1], "the clock lost its last stamp"
        if "search_index" in tables:
            check_search_index(con)
    finally:
        con.close()


def check_search_index(con: sqlite3.Connection) -> None:
    """The FTS index is whole and in step with the records it indexes."""
    # Raises sqlite3.DatabaseError if the full-text index disagrees with its own content.
    con.execute("INSERT INTO search_index(search_index) VALUES('integrity-check')")
    docs = dict(con.execute("SELECT rowid, record_id FROM search_docs").fetchall())
    indexed = {r[0] for r in con.execute("SELECT rowid FROM search_index")}
    assert set(docs) == indexed, "search_docs and search_index rows differ"
    live: set[str] = set()
    for table in ("cases", "interviews", "observations", "memos"):
        query = f"SELECT id FROM {table} WHERE deleted_at IS NULL"
        live |= {r[0] for r in con.execute(query)}
    assert sorted(docs.values()) == sorted(live), "the index misses or repeats a record"


def remember(reported: dict[str, set[str]], run: Run) -> None:
    for saved in run.saved:
        rows = saved["rows"]
        assert isinstance(rows, list)
        for table, row_id in rows:
            reported.setdefault(table, set()).add(row_id)


def test_killed_writer_never_loses_a_reported_record(writer: WriterServer, data_dir: Path) -> None:
    rng = random.Random(SEED)
    reported: dict[str, set[str]] = {}
    runs: list[Run] = []
    for i in range(RECORD_KILLS):
        # The first kill most likely lands inside the first migration, every tenth one anywhere
        # from the start (opening, migrating, the first write); the others in a busy writer.
        from_start = i % 10 == 0
        delay = rng.uniform(0.0, 0.15) if from_start else rng.uniform(0.0, 0.3)
        run = writer.run(
            data_dir,
            seed=rng.getrandbits(32),
            mode="records",
            delay=delay,
            after_first_save=not from_start,
        )
        assert run.exit_code == -signal.SIGKILL, writer.log.read_text()
        runs.append(run)
        remember(reported, run)
        check_database(data_dir / DB_NAME, reported)

    # The kills really interrupted a working writer, again and again.
    assert sum(1 for r in runs if r.saved) >= RECORD_KILLS * 9 // 10
    kinds = {table for table, ids in reported.items() if ids}
    assert {"cases", "participants", "interviews", "observations", "codings"} <= kinds
    # And the folder still opens and takes writes as usual.
    with Store.open(data_dir) as store:
        with store.read() as session:
            assert [s.name for s in list_studies(session)] == ["Crash study"]
        with store.write() as session:
            from fieldkit.storage.records import create_case

            create_case(session, study_id=list_studies(session)[0].id, title="After the crashes")
    check_database(data_dir / DB_NAME, reported)


def blob_files(blob_root: Path) -> tuple[list[Path], list[Path]]:
    """(temporary files, stored blobs) under ``blobs/``."""
    temps, blobs = [], []
    for path in blob_root.rglob("*"):
        if path.is_file():
            (temps if path.name.startswith(".incoming-") else blobs).append(path)
    return temps, blobs


def attachment_hashes(db_path: Path) -> set[str]:
    if not db_path.exists():
        return set()
    con = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "attachments" not in tables:
            return set()
        return {r[0] for r in con.execute("SELECT sha256 FROM attachments")}
    finally:
        con.close()


def test_killed_blob_import_leaves_no_partial_blob(writer: WriterServer, data_dir: Path) -> None:
    rng = random.Random(SEED + 1)
    reported: dict[str, set[str]] = {}
    hashes: set[str] = set()
    for i in range(BLOB_KILLS):
        # After a first import each time, so the kill lands amid copying, fsync and renaming.
        run = writer.run(
            data_dir,
            seed=rng.getrandbits(32),
            mode="blobs",
            delay=rng.uniform(0.0, 0.4),
            after_first_save=i > 0,
        )
        assert run.exit_code == -signal.SIGKILL, writer.log.read_text()
        remember(reported, run)
        hashes.update(str(s["sha256"]) for s in run.saved)
        check_database(data_dir / DB_NAME, reported)

        root = data_dir / "blobs"
        temps, blobs = blob_files(root)
        # Leftover temp files sit only at the top of blobs/, never where a blob would be.
        assert all(t.parent == root for t in temps)
        for path in blobs:
            name = path.parent.name + path.name
            assert path.parent.parent == root and len(name) == 64, path
            assert hashlib.sha256(path.read_bytes()).hexdigest() == name, f"partial blob {path}"
        present = {p.parent.name + p.name for p in blobs}
        assert hashes <= present, "a blob reported saved is gone"
        # Every attachment row points at a whole file: the blob is stored before the row.
        assert attachment_hashes(data_dir / DB_NAME) <= present

    assert hashes, "no import finished before a kill; the delays are too short"
    with Store.open(data_dir) as store:
        for sha in hashes:
            store.blobs.verify(sha)
