"""The outbox reads rows JSON-ready straight from SQLite: the same values as the typed read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col

from fieldkit.storage.db import Store
from fieldkit.storage.json_text import encode_compact
from fieldkit.storage.models import SYNC_MODELS, Case, Participant, Study, Theme
from fieldkit.storage.replication import collect_outbox, json_value
from fieldkit.storage.row_fetch import fetch_json_rows, fetch_rows


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def _fill(store: Store) -> str:
    with store.write() as session:
        study = Study(name="Fetch")
        session.add(study)
        session.flush()
        case = Case(study_id=study.id, title="Site")
        session.add(case)
        session.flush()
        session.add(
            Participant(
                study_id=study.id,
                case_id=case.id,
                code="P-1",
                role="teacher",
                consent_date=date(2025, 3, 1),
                consent_audio=False,
                consent_quotes=True,
            )
        )
        session.add(Theme(study_id=study.id, name="Water", archived=True, position=3))
        gone = Case(study_id=study.id, title="Gone", summary='ünïcode \u2014 "quoted"\n')
        gone.deleted_at = datetime(2025, 4, 2, 10, 30, 0, 123000, tzinfo=UTC)
        session.add(gone)
        study_id = study.id
    with store.write() as session:  # an update: the general (non-insert) path of the outbox
        row = session.execute(sa.select(Case).where(col(Case.title) == "Site")).scalar_one()
        row.summary = "revised"
    return study_id


def _all_rows(store: Store) -> dict[str, tuple[dict[str, object], dict[str, object]]]:
    out = {}
    with store.read() as session:
        conn = session.connection()
        for model in SYNC_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            ids = list(conn.execute(sa.select(table.c.id)).scalars())
            typed = fetch_rows(conn, table, ids)
            fast = fetch_json_rows(conn, table, ids)
            assert typed.keys() == fast.keys()
            for row_id, row in typed.items():
                out[row_id] = ({k: json_value(v) for k, v in row.items()}, dict(fast[row_id]))
    return out


def test_json_ready_rows_match_the_typed_read(store: Store) -> None:
    _fill(store)
    rows = _all_rows(store)
    assert len(rows) >= 5
    for typed, fast in rows.values():
        assert fast == typed
        assert encode_compact(fast) == encode_compact(typed)
    kinds = {type(v) for _, fast in rows.values() for v in fast.values()}
    assert bool in kinds  # yes/no columns come back as booleans, not 0 and 1
    gone = next(fast for _, fast in rows.values() if fast.get("title") == "Gone")
    assert gone["deleted_at"] == "2025-04-02T10:30:00.123000Z"


def test_a_time_stored_another_way_is_read_typed(store: Store) -> None:
    study_id = _fill(store)
    with store.write() as session:
        session.execute(
            sa.text("UPDATE studies SET created_at = '2025-03-01 09:00:00' WHERE id = :id"),
            {"id": study_id},
        )
    rows = _all_rows(store)
    typed, fast = rows[study_id]
    assert fast == typed
    assert fast["created_at"] == "2025-03-01T09:00:00.000000Z"


def test_outbox_text_is_the_changes_json(store: Store) -> None:
    study_id = _fill(store)
    with store.read() as session:
        box = collect_outbox(session, study_id=study_id, after_seq=0, max_bytes=1 << 26)
    assert len(box.encoded) == len(box.changes) >= 6
    assert [json.loads(t) for t in box.encoded] == [c.to_json_dict() for c in box.changes]
    assert any(c.op == "update" for c in box.changes)


@pytest.mark.parametrize(
    "value",
    [{"a": [1, 2.5, None, True, "é\n\x00\u2028"]}, [], "text", 5, None, 1.5, {"k": {"n": []}}],
)
def test_encode_compact_is_json_dumps(value: object) -> None:
    assert encode_compact(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
