"""Search finds what a pull brought as soon as the sync returns: new records, edits, deletes
(a pulled batch is indexed after its writes, not row by row: storage/search_bulk.py)."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.storage import records
from fieldkit.storage.deletion import delete_row_with
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Case, Interview, Observation
from fieldkit.storage.search import search
from fieldkit.sync.client import SyncReport, sync
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server

# Every test here runs on SQLite and, when FIELDKIT_TEST_POSTGRES_URL is set, PostgreSQL.
pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

COUNT = 300  # several pages of the pull (max_bytes below)


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, media=False, **kw)


def _found(laptop: Laptop, query: str, **filters: Any) -> list[str]:
    with laptop.store.read() as session:
        return [hit.record_id for hit in search(session, query=query, limit=10_000, **filters)]


def test_every_pulled_record_is_found_right_after_the_sync(
    server: Server, laptop: OpenLaptop
) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    with a.store.write() as session:
        case = records.create_case(
            session, study_id=server.study_id, title="Lakeside camp", locality="Kisumu"
        )
        made = [
            records.add_observation(
                session,
                case_id=case.id,
                date="2026-02-01",
                title=f"Visit {n}",
                description=f"Learners read aloud; tallymark{n} on the board.",
            ).id
            for n in range(COUNT)
        ]
        interview = records.add_interview(
            session, case_id=case.id, date="2026-02-02", transcript="The kiosk sells solar lamps."
        )
        memo = add_memo(session, target_id=interview.id, body="Ask about the lampshade prices")
        case_id, interview_id, memo_id = case.id, interview.id, memo.id
    _sync(a)
    pulled = _sync(b, max_bytes=16 * 1024)
    assert pulled.pulled >= COUNT + 3 and pulled.requests > 2
    for n in (0, 1, COUNT // 2, COUNT - 1):
        assert _found(b, f"tallymark{n}") == [made[n]]
    assert sorted(_found(b, "learners aloud", record_types=["observation"])) == sorted(made)
    assert _found(b, "kisumu") == [case_id]
    assert _found(b, "lampshade", case_id=case_id) == [memo_id]  # the memo's case, from its record

    with a.store.write() as session:  # edits, a move and a delete, pulled as updates
        first = session.get(Observation, made[0])
        gone = session.get(Observation, made[1])
        kiosk = session.get(Interview, interview_id)
        camp = session.get(Case, case_id)
        assert first and gone and kiosk and camp
        first.description = "Rewritten: the inspector counted goats."
        kiosk.transcript = "The kiosk now sells paraffin."
        camp.locality = "Homa Bay"
        delete_row_with(session, gone)
    _sync(a)
    _sync(b)
    assert _found(b, "goats") == [made[0]] and _found(b, "tallymark0") == []
    assert _found(b, "tallymark1") == []
    assert _found(b, "paraffin") == [interview_id] and _found(b, "solar") == []
    assert _found(b, "homa bay") == [case_id] and _found(b, "kisumu") == []
