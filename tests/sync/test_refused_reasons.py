"""The server's reason for refusing a pushed change, and what waits with it (real HTTP).

Real laptops (SQLite data folders) sync with a real server on loopback, on SQLite and on
PostgreSQL. The reason arrives as a phrase (``reason_phrase`` beside the English ``reason``), is
kept in the laptop's refused_pushes row and reads in the interface language; an older server's
English reason is kept and shown as it is. An edit of a record the server never received holds
back the records that refer to it (a participant of that case), so they never reach the server
and are never set aside on the other laptops.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldkit.errors import ChangeRefusedError, Phrase
from fieldkit.storage import records
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, ChangeLogEntry, Participant, RefusedPushEntry
from fieldkit.storage.participants import add_participant
from fieldkit.storage.refused_push_list import refused_pushes
from fieldkit.storage.replication import get_cursor, set_cursor
from fieldkit.storage.set_aside import set_aside_changes
from fieldkit.sync.client import SyncReport, sync
from fieldkit.sync.server.db import feed
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

NEVER_RECEIVED = "the server has never received that record, so no laptop could apply the edit"


def _sync(laptop: Laptop) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token)


def _joined(open_laptop: OpenLaptop, user: str) -> Laptop:
    one = open_laptop(user)
    _sync(one)
    return one


def _add_case(laptop: Laptop, study_id: str, title: str) -> str:
    with laptop.store.write() as session:
        return records.create_case(session, study_id=study_id, title=title).id


def _edit(laptop: Laptop, case_id: str, **fields: str) -> None:
    with laptop.store.write() as session:
        records.update_fields(session, get_row(session, Case, case_id), dict(fields))


def _last_seq(laptop: Laptop) -> int:
    with laptop.store.read() as session:
        return int(session.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar_one())


def _lost_insert(laptop: Laptop, study_id: str, title: str) -> str:
    """A case whose insert never reached the server (the push cursor passed it unsent)."""
    case_id = _add_case(laptop, study_id, title)
    with laptop.store.write() as session:
        set_cursor(session, study_id=study_id, name="push", value=_last_seq(laptop))
    return case_id


def _feed_rows_of(server: Server, row_id: str) -> int:
    with server.store.read() as conn:
        query = sa.select(sa.func.count()).where(feed.c.change.contains(row_id))
        return int(conn.execute(query).scalar_one())


def _held_rows(laptop: Laptop) -> set[tuple[str, str]]:
    with laptop.store.read() as session:
        query = sa.select(RefusedPushEntry.entity, RefusedPushEntry.row_id)
        return {(str(e), str(r)) for e, r in session.execute(query)}


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from fieldkit.ui import translations

    before = QLocale()
    translations.apply_language(qapp, "fr")
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)


def test_the_servers_reason_is_kept_as_a_phrase_and_reads_in_french(
    server: Server, laptop: OpenLaptop, french: None
) -> None:
    from fieldkit.ui.messages import say

    alice = _joined(laptop, "alice")
    ghost = _lost_insert(alice, server.study_id, "Never reached the server")
    _edit(alice, ghost, title="Edited offline")

    assert _sync(alice).refused == 1

    with alice.store.read() as session:
        [item] = refused_pushes(session)
        stored = session.execute(sa.select(RefusedPushEntry.reason_phrase)).scalar_one()
    assert isinstance(item.reason, Phrase) and item.reason.template == NEVER_RECEIVED
    assert str(item.reason) == NEVER_RECEIVED  # the CLI's English
    assert stored is not None and NEVER_RECEIVED in stored
    assert say(item.reason) == (
        "Le serveur n'a jamais reçu cette fiche : aucun portable ne pourrait appliquer la "
        "modification"
    )


def test_an_older_servers_english_reason_is_kept_and_shown_as_it_is(
    server: Server, laptop: OpenLaptop, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.ui.messages import say

    english_only = ChangeRefusedError.details

    def older(self: ChangeRefusedError) -> dict[str, object]:  # as servers before this sent
        body = english_only(self)
        del body["reason_phrase"], body["reason_code"]
        return body

    monkeypatch.setattr(ChangeRefusedError, "details", older)
    alice = _joined(laptop, "alice")
    ghost = _lost_insert(alice, server.study_id, "Never reached the server")
    _edit(alice, ghost, title="Edited offline")
    _add_case(alice, server.study_id, "Market day")

    report = _sync(alice)

    assert (report.refused, report.pushed) == (1, 1)
    with alice.store.read() as session:
        [item] = refused_pushes(session)
        stored = session.execute(sa.select(RefusedPushEntry.reason_phrase)).scalar_one()
    assert not isinstance(item.reason, Phrase) and stored is None
    assert item.reason == NEVER_RECEIVED
    assert say(item.reason) == NEVER_RECEIVED  # English, as the server said it


def test_children_of_a_refused_edit_of_an_unknown_record_wait_with_it(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    ghost = _lost_insert(alice, server.study_id, "Never reached the server")
    with alice.store.write() as session:  # a participant added before the edit...
        before = add_participant(session, case_id=ghost, code="P01", role="teacher").id
    _edit(alice, ghost, title="Edited offline")
    with alice.store.write() as session:  # ... and one after it
        after = add_participant(session, case_id=ghost, code="P02", role="pupil").id
    _add_case(alice, server.study_id, "Clinic visit, 3 March")  # unrelated: must go up

    report = _sync(alice)

    assert (report.refused, report.pushed) == (1, 1)
    for held in (ghost, before, after):
        assert _feed_rows_of(server, held) == 0
    assert _held_rows(alice) == {
        ("cases", ghost),
        ("participants", before),
        ("participants", after),
    }
    last = _last_seq(alice)
    with alice.store.read() as session:
        [item] = refused_pushes(session)
        assert int(get_cursor(session, study_id=server.study_id, name="push") or 0) == last
    # Listed as the refused edit of the case, with the participants' entries waiting for it.
    assert (item.entity, item.row_id, item.op, item.changes) == ("cases", ghost, "update", 3)
    assert item.fields == ["title", "updated_at"]
    # A later edit of a waiting participant waits too; nothing reaches the team.
    with alice.store.write() as session:
        records.update_fields(session, get_row(session, Participant, before), {"role": "head"})
    again = _sync(alice)
    assert (again.refused, again.pushed) == (0, 0)
    assert _feed_rows_of(server, before) == 0
    _sync(bob)
    with bob.store.read() as session:
        assert set_aside_changes(session) == []  # nothing of the unknown case reached bob
        assert "Clinic visit, 3 March" in {
            c.title for c in records.list_cases(session, study_id=server.study_id)
        }
