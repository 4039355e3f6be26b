"""Held-back changes in the outbox: skipped, passed, followed, sent again, discarded.

A real data folder; the server's refusal is stood in for by ``hold_refused`` (the sync client
calls it with what the server named). Over real HTTP: ``tests/sync/test_push_refusals.py``.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fieldkit.errors import NotFoundError, ValidationError
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, ChangeLogEntry, Study
from fieldkit.storage.refused_push_list import discard, refused_pushes, send_again
from fieldkit.storage.refused_pushes import hold_followers, hold_refused
from fieldkit.storage.replication import collect_outbox, pending_count, set_cursor


def _study(store: Store) -> str:
    with store.write() as session:
        study = Study(name="Delta schools")
        session.add(study)
        session.flush()
        return study.id


def _case(store: Store, study_id: str, title: str) -> str:
    with store.write() as session:
        return records.create_case(session, study_id=study_id, title=title).id


def _edit(store: Store, case_id: str, **fields: str) -> None:
    with store.write() as session:
        records.update_fields(session, get_row(session, Case, case_id), dict(fields))


def _last(store: Store) -> int:
    with store.read() as session:
        return int(session.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar_one())


def _log(store: Store) -> list[tuple[int, str, str, str]]:
    with store.read() as session:
        rows = session.execute(
            sa.select(
                ChangeLogEntry.seq, ChangeLogEntry.row_id, ChangeLogEntry.op, ChangeLogEntry.stamp
            ).order_by(ChangeLogEntry.seq)  # type: ignore[arg-type]
        )
        return [(int(a), str(b), str(c), str(d)) for a, b, c, d in rows]


def test_held_entries_are_skipped_passed_and_followed(store: Store) -> None:
    study_id = _study(store)
    start = _last(store)
    first = _case(store, study_id, "River school")
    _edit(store, first, region="Mopti")
    refused_seq = _last(store)
    second = _case(store, study_id, "Hill school")
    _edit(store, first, kind="primary")  # a later edit of the refused record
    with store.write() as session:
        assert (
            hold_refused(
                session,
                study_id=study_id,
                entity="cases",
                row_id=first,
                from_seq=refused_seq,
                reason="the server has never received that record",
            )
            == 2
        )
        outbox = collect_outbox(session, study_id=study_id, after_seq=start, max_bytes=10**6)
        # Neither held entry goes; the push still passes them (the trailing one included).
        assert [(c.row_id, c.op) for c in outbox.changes] == [(first, "insert"), (second, "insert")]
        assert outbox.first_seqs == [start + 1, start + 3]
        assert outbox.last_seq == _last(store)
        assert pending_count(session, after_seq=start, study_id=study_id) == 2
        set_cursor(session, study_id=study_id, name="push", value=outbox.last_seq)

    # An edit of the record made later waits with it, and is held once the cursor passes it.
    _edit(store, first, locality="Sévaré")
    with store.write() as session:
        after = outbox.last_seq
        waiting = collect_outbox(session, study_id=study_id, after_seq=after, max_bytes=10**6)
        assert waiting.changes == [] and waiting.last_seq == _last(store)
        assert waiting.waiting == [(_last(store), "cases", first)]
        assert hold_followers(session, study_id=study_id, waiting=waiting.waiting, up_to=after) == 0
        assert (
            hold_followers(
                session, study_id=study_id, waiting=waiting.waiting, up_to=waiting.last_seq
            )
            == 1
        )
        set_cursor(session, study_id=study_id, name="push", value=waiting.last_seq)
        [item] = refused_pushes(session)
    assert (item.id, item.op, item.changes) == (refused_seq, "update", 3)
    assert item.fields == ["kind", "locality", "region", "updated_at"]
    assert "never received" in item.reason


def test_send_again_logs_the_held_entries_anew_and_discard_keeps_the_values(store: Store) -> None:
    study_id = _study(store)
    case_id = _case(store, study_id, "River school")
    _edit(store, case_id, region="Mopti")
    refused_seq = _last(store)
    with store.write() as session:
        hold_refused(
            session,
            study_id=study_id,
            entity="cases",
            row_id=case_id,
            from_seq=refused_seq,
            reason="a change to cases names unknown fields: ['region']",
        )
        # Not passed yet (the sync that was refused broke off): cannot be discarded now.
        with pytest.raises(ValidationError, match="sync once more"):
            discard(session, refused_seq)
        set_cursor(session, study_id=study_id, name="push", value=refused_seq)
    before = _log(store)
    with store.write() as session:
        assert send_again(session, refused_seq) == 1
        assert refused_pushes(session) == []
        assert pending_count(session, after_seq=refused_seq, study_id=study_id) == 1
        outbox = collect_outbox(session, study_id=study_id, after_seq=refused_seq, max_bytes=10**6)
    after = _log(store)
    assert after[:-1] == before  # the log is never edited, only added to
    assert after[-1][1:] == before[-1][1:] and after[-1][0] > before[-1][0]
    assert [(c.op, c.values.get("region")) for c in outbox.changes] == [("update", "Mopti")]

    # Refused again, passed, discarded: never sent, the record keeps its value.
    with store.write() as session:
        hold_refused(
            session,
            study_id=study_id,
            entity="cases",
            row_id=case_id,
            from_seq=after[-1][0],
            reason="still unknown",
        )
        set_cursor(session, study_id=study_id, name="push", value=after[-1][0])
        [item] = refused_pushes(session)
        assert discard(session, item.id) == 1
        assert refused_pushes(session) == []
        with pytest.raises(NotFoundError):
            discard(session, item.id)
        assert get_row(session, Case, case_id).region == "Mopti"
    assert _log(store) == after
