"""A pulled batch is indexed in bulk after its writes (search_bulk.py), and must leave exactly the
index the per-row triggers leave on the laptop that made the records."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.deletion import delete_row_with, restore_row
from fieldkit.storage.memos import add_memo
from fieldkit.storage.migrate import alembic_config, upgrade
from fieldkit.storage.models import Case, Interview, Memo, Observation, new_id, utcnow
from fieldkit.storage.search import search
from fieldkit.storage.search_bulk import FLAG_TABLE, index_records, search_triggers_paused
from tests.storage.test_replication_bulk import send_all
from tests.storage.test_search import build_corpus

BEFORE = "d5e8a1f2c3b4"  # the revision before the triggers could stand aside


def index_of(store: Store) -> list[tuple[Any, ...]]:
    """Everything search holds, per record: its type, study, case and the three indexed texts."""
    con = sqlite3.connect(store.db_path)
    try:
        con.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        rows = con.execute(
            "SELECT d.record_type, d.record_id, d.study_id, d.case_id, i.title, i.body, i.summary "
            "FROM search_docs AS d LEFT JOIN search_index AS i ON i.rowid = d.rowid "
            "ORDER BY d.record_id"
        ).fetchall()
        assert con.execute("SELECT count(*) FROM search_index").fetchone()[0] == len(rows)
        assert con.execute(f"SELECT count(*) FROM {FLAG_TABLE}").fetchone()[0] == 0
        return rows
    finally:
        con.close()


def test_a_pulled_batch_is_indexed_as_the_triggers_index_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a") as a, Store.open(tmp_path / "b") as b:
        corpus = build_corpus(a)
        with a.write() as s:  # a memo in each search table's shape, cases with a place
            add_memo(s, target_id=corpus.radio_observation, body="Radio memo about the tank")
            add_memo(s, target_id=corpus.case_b, body="Case memo", title="Rio Claro notes")
        for study in (corpus.study_id, corpus.other_study_id):
            send_all(a, b, study)
        first = index_of(a)
        assert len(first) == 11 and index_of(b) == first

        with a.write() as s:  # then edits of every kind the update trigger watches
            garden = s.get(Interview, corpus.garden_interview)
            radio = s.get(Observation, corpus.radio_observation)
            case_a = s.get(Case, corpus.case_a)
            memo = s.get(Memo, corpus.case_memo)
            assert garden and radio and case_a and memo
            garden.title, garden.summary = "Seed exchange", "Parents swap seeds."
            radio.case_id = corpus.case_a  # moves; memos on it follow (the "moved" trigger)
            case_a.locality, case_a.region = "Mbita", "Homa Bay"
            memo.target_type, memo.target_id = "observation", corpus.radio_observation
            delete_row_with(s, s.get(Interview, corpus.long_interview))  # type: ignore[arg-type]
        with a.write() as s:
            restored = s.get(Interview, corpus.long_interview)
            assert restored is not None
            restore_row(s, restored)
            delete_row_with(s, s.get(Case, corpus.case_b))  # type: ignore[arg-type]
        send_all(a, b, corpus.study_id)
        second = index_of(a)
        assert second != first
        assert index_of(b) == second
        with b.read() as s:
            assert [h.record_id for h in search(s, query="seeds swap")] == [corpus.garden_interview]
            assert search(s, query="Escola Rio Claro", record_types=["case"]) == []  # deleted


def test_triggers_stand_aside_only_while_paused(store: Store) -> None:
    corpus = build_corpus(store)

    def observation(text: str) -> dict[str, Any]:
        now = utcnow()
        return {
            "id": new_id(),
            "created_at": now,
            "updated_at": now,
            "row_stamp": "0" * 32,
            "study_id": corpus.study_id,
            "case_id": corpus.case_a,
            "title": text,
            "date": date(2026, 1, 2),
            "description": "",
        }

    table = Observation.__table__  # type: ignore[attr-defined]
    paused, plain = observation("Quietly"), observation("Loudly")
    with store.write() as s:
        conn = s.connection()
        with search_triggers_paused(conn):
            conn.execute(table.insert(), [paused])
            found = conn.execute(
                sa.text("SELECT count(*) FROM search_docs WHERE record_id = :i"),
                {"i": paused["id"]},
            )
            assert found.scalar() == 0  # the trigger stood aside
            index_records(conn, "observations", [paused["id"]])
        conn.execute(table.insert(), [plain])  # after: the trigger indexes again
    with store.read() as s:
        assert [h.record_id for h in search(s, query="quietly")] == [paused["id"]]
        assert [h.record_id for h in search(s, query="loudly")] == [plain["id"]]
    index_of(store)


def test_a_failed_apply_leaves_no_pause_behind(store: Store) -> None:
    corpus = build_corpus(store)
    with (
        pytest.raises(RuntimeError),
        store.write() as s,
        search_triggers_paused(s.connection()),
    ):
        raise RuntimeError("a write failed")
    with store.write() as s:
        records.add_observation(
            s, case_id=corpus.case_a, date="2026-01-03", description="Afterwards"
        )
    with store.read() as s:
        assert len(search(s, query="afterwards")) == 1


def test_downgrade_restores_the_plain_triggers(store: Store) -> None:
    from alembic import command

    corpus = build_corpus(store)
    command.downgrade(alembic_config(store.engine), BEFORE)
    con = sqlite3.connect(store.db_path)
    sql = [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    tables = [
        r[0] for r in con.execute(f"SELECT name FROM sqlite_master WHERE name = '{FLAG_TABLE}'")
    ]
    con.close()
    assert sql and not any(FLAG_TABLE in text for text in sql) and tables == []
    with store.write() as s:
        records.add_observation(
            s, case_id=corpus.case_a, date="2026-01-03", description="Zanzibarite"
        )
    upgrade(store.engine)
    with store.write() as s:
        records.add_observation(
            s, case_id=corpus.case_b, date="2026-01-04", description="Quokkaform"
        )
    with store.read() as s:
        assert len(search(s, query="zanzibarite")) == 1 and len(search(s, query="quokkaform")) == 1
    index_of(store)
