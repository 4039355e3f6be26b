"""A change the server refuses is held back on the laptop; everything else still goes up.

Real laptops (SQLite data folders) sync with a real server over HTTP on loopback, on SQLite and
on PostgreSQL. Each laptop's change log is made to hold a change the server must refuse the way
it could happen in the field (an insert that never reached the server, an id another study
holds, a field an older server does not know); the researcher's later work must reach the team
in the same sync, the refused change must stay on the laptop with the server's reason until it
is sent again or discarded, and the push position must agree with the server's.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
import sqlalchemy as sa

from fieldkit.cli import main as cli_main
from fieldkit.storage import records
from fieldkit.storage.device_identity import take_new_device_id
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, ChangeLogEntry, Participant, RefusedPushEntry
from fieldkit.storage.participants import add_participant
from fieldkit.storage.refused_push_list import discard, refused_pushes, send_again
from fieldkit.storage.replication import get_cursor, set_cursor
from fieldkit.storage.set_aside import set_aside_changes
from fieldkit.sync import credentials
from fieldkit.sync.client import SyncReport, login, sync
from fieldkit.sync.local_status import local_sync_status
from fieldkit.sync.server import change_check
from fieldkit.sync.server.db import device_acks, feed
from tests.sync.conftest import BACKENDS, PASSWORD, Laptop, OpenLaptop, Server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


def _sync(laptop: Laptop) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token)


def _joined(open_laptop: OpenLaptop, user: str) -> Laptop:
    one = open_laptop(user)
    _sync(one)
    return one


def _add_case(laptop: Laptop, study_id: str, title: str, **fields: str) -> str:
    with laptop.store.write() as session:
        return records.create_case(session, study_id=study_id, title=title, **fields).id


def _edit(laptop: Laptop, case_id: str, **fields: str) -> None:
    with laptop.store.write() as session:
        records.update_fields(session, get_row(session, Case, case_id), dict(fields))


def _titles(laptop: Laptop, study_id: str) -> set[str]:
    with laptop.store.read() as session:
        return {c.title for c in records.list_cases(session, study_id=study_id)}


def _last_seq(laptop: Laptop) -> int:
    with laptop.store.read() as session:
        return int(session.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar_one())


def _push_cursor(laptop: Laptop, study_id: str) -> int:
    with laptop.store.read() as session:
        return int(get_cursor(session, study_id=study_id, name="push") or 0)


def _server_mark(server: Server, laptop: Laptop, study_id: str) -> int:
    with server.store.read() as conn:
        query = sa.select(device_acks.c.high_water).where(
            device_acks.c.device_id == laptop.store.device_id,
            device_acks.c.study_id == study_id,
        )
        return int(conn.execute(query).scalar_one())


def _feed_rows_of(server: Server, row_id: str) -> int:
    with server.store.read() as conn:
        query = sa.select(sa.func.count()).where(feed.c.change.contains(row_id))
        return int(conn.execute(query).scalar_one())


def _held(laptop: Laptop) -> list[tuple[int, int]]:
    """(log seq, refused change it waits for) of every held entry."""
    with laptop.store.read() as session:
        rows = session.execute(
            sa.select(RefusedPushEntry.log_seq, RefusedPushEntry.group_seq).order_by(
                RefusedPushEntry.log_seq  # type: ignore[arg-type]
            )
        )
        return [(int(a), int(b)) for a, b in rows]


def _lost_insert(laptop: Laptop, study_id: str, title: str) -> str:
    """A case whose insert never reached the server (the push cursor passed it unsent)."""
    case_id = _add_case(laptop, study_id, title)
    with laptop.store.write() as session:
        set_cursor(session, study_id=study_id, name="push", value=_last_seq(laptop))
    return case_id


def test_a_refused_edit_is_held_back_and_later_work_still_reaches_the_team(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    ghost = _lost_insert(alice, server.study_id, "Never reached the server")
    _edit(alice, ghost, title="Edited offline")  # an edit of a record the server never got
    _add_case(alice, server.study_id, "Clinic visit, 3 March")  # the researcher's next work

    report = _sync(alice)

    assert report.refused == 1
    assert report.pushed == 1  # the new case; the edit is held back
    _sync(bob)
    assert "Clinic visit, 3 March" in _titles(bob, server.study_id)
    assert "Edited offline" not in _titles(bob, server.study_id)
    assert _feed_rows_of(server, ghost) == 0
    # The push position passed the held edit, and agrees with the server's mark.
    last = _last_seq(alice)
    assert _push_cursor(alice, server.study_id) == last
    assert _server_mark(server, alice, server.study_id) == last
    with alice.store.read() as session:
        [item] = refused_pushes(session)
        status = local_sync_status(session)
        case = get_row(session, Case, ghost)
    assert (item.entity, item.row_id, item.op, item.changes) == ("cases", ghost, "update", 1)
    assert item.fields == ["title", "updated_at"]
    assert "never received" in item.reason
    assert case.title == "Edited offline"  # nothing lost on the laptop
    assert status.pending == 0 and status.set_aside == 1
    # The next sync sends nothing again and refuses nothing again.
    again = _sync(alice)
    assert (again.refused, again.pushed, again.requests) == (0, 0, 1)
    _add_case(alice, server.study_id, "Market day")
    assert _sync(alice).pushed == 1
    _sync(bob)
    assert "Market day" in _titles(bob, server.study_id)


def test_an_edit_after_a_refused_insert_waits_with_it_and_is_never_sent_half(
    server: Server, laptop: OpenLaptop
) -> None:
    other = server.new_study("A study only bob is in")
    server.store.add_member(study_id=other, user_name="bob", role="researcher")
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    taken = _add_case(bob, other, "Bob's case in the other study")
    _sync(bob)
    # Alice's new case gets an id the other study already holds on the server (a copied
    # record, a clash): its insert must be refused, and so must everything that builds on it.
    clash = _add_case(alice, server.study_id, "Under a taken id")
    with alice.store.write() as session:
        conn = session.connection()
        conn.execute(sa.text("PRAGMA foreign_keys=OFF"))
        conn.execute(sa.text("UPDATE cases SET id = :t WHERE id = :c"), {"t": taken, "c": clash})
        conn.execute(
            sa.text("UPDATE change_log SET row_id = :t WHERE row_id = :c"), {"t": taken, "c": clash}
        )
    _edit(alice, taken, country="Kenya")  # depends on the refused insert
    with alice.store.write() as session:  # so does a participant of that case
        participant = add_participant(session, case_id=taken, code="P-31", role="teacher").id
    _add_case(alice, server.study_id, "Unrelated new case")
    insert_seq = _last_seq(alice) - 3

    report = _sync(alice)

    assert report.refused == 1
    assert _held(alice) == [(insert_seq + n, insert_seq) for n in range(3)]
    _sync(bob)
    assert "Unrelated new case" in _titles(bob, server.study_id)
    assert "Under a taken id" not in _titles(bob, server.study_id)
    assert "Bob's case in the other study" in _titles(bob, other)
    assert _feed_rows_of(server, participant) == 0
    with bob.store.read() as session:
        assert set_aside_changes(session) == []  # nothing bob could not apply was sent
    # An edit made after the refusal waits too: it is held at the next sync, not sent.
    _edit(alice, taken, title="Under a taken id, renamed")
    later = _sync(alice)
    assert (later.refused, later.pushed) == (0, 0)
    assert _held(alice)[-1] == (_last_seq(alice), insert_seq)
    with alice.store.read() as session:
        [item] = refused_pushes(session)
    assert (item.id, item.op, item.changes, item.row_id) == (insert_seq, "insert", 4, taken)
    assert "another study" in item.reason
    assert _push_cursor(alice, server.study_id) == _server_mark(server, alice, server.study_id)
    # Discarded: never sent; the laptop's record keeps its values, the log its entries.
    with alice.store.write() as session:
        assert discard(session, insert_seq) == 4
    assert _held(alice) == []
    assert _sync(alice).pushed == 0
    with alice.store.read() as session:
        assert refused_pushes(session) == []
        assert get_row(session, Case, taken).title == "Under a taken id, renamed"
        assert local_sync_status(session).set_aside == 0
    with bob.store.read() as session:
        assert get_row(session, Case, taken).title == "Bob's case in the other study"


@contextmanager
def _server_without_field(entity: str, name: str) -> Iterator[None]:
    """The server (in this process) as an older version that does not know ``name``."""
    schema = change_check.table_schema(entity)
    assert schema is not None
    older = replace(
        schema,
        names=schema.names - {name},
        columns={k: v for k, v in schema.columns.items() if k != name},
    )
    change_check._SCHEMAS[entity] = older
    try:
        yield
    finally:
        change_check._SCHEMAS[entity] = schema


def test_a_refused_change_is_sent_again_once_the_server_takes_it(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    case_id = _add_case(alice, server.study_id, "Library corner")
    _sync(alice)
    _edit(alice, case_id, region="Kisumu")  # a field this (older) server does not know yet
    with alice.store.write() as session:
        participant = add_participant(session, case_id=case_id, code="P-07", role="librarian")
    with _server_without_field("cases", "region"):
        report = _sync(alice)
    assert (report.refused, report.pushed) == (1, 1)
    with alice.store.read() as session:
        [item] = refused_pushes(session)
    assert "unknown fields" in item.reason and "region" in item.reason
    _sync(bob)
    with bob.store.read() as session:
        assert get_row(session, Participant, participant.id).code == "P-07"
        assert get_row(session, Case, case_id).region is None
    # The server is updated; the researcher sends the change again.
    with alice.store.write() as session:
        assert send_again(session, item.id) == 1
        assert local_sync_status(session).pending == 1
    again = _sync(alice)
    assert (again.refused, again.pushed) == (0, 1)
    _sync(bob)
    with bob.store.read() as session:
        assert get_row(session, Case, case_id).region == "Kisumu"
    with alice.store.read() as session:
        assert refused_pushes(session) == []
    assert _push_cursor(alice, server.study_id) == _server_mark(server, alice, server.study_id)


def test_the_cli_lists_sends_again_and_discards_refused_changes(
    server: Server, laptop: OpenLaptop
) -> None:
    alice = _joined(laptop, "alice")
    credentials.save_credentials(
        alice.store.data_dir,
        credentials.Credentials(server_url=server.url, user="alice", token=alice.token),
    )
    ghost = _lost_insert(alice, server.study_id, "Never sent")
    _edit(alice, ghost, title="Never sent, edited")

    def cli(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(["--data-dir", str(alice.store.data_dir), *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    code, out, err = cli("sync", "--json")
    assert code == 0, err
    assert json.loads(out)["refused"] == 1
    assert "1 of this laptop's changes were refused by the server" in err
    code, out, err = cli("sync", "problems", "--json")
    assert code == 0, err
    [item] = json.loads(out)
    assert item["direction"] == "sent" and item["row_id"] == ghost
    assert "never received" in item["reason"]
    code, out, _ = cli("sync", "problems")
    assert f"refused {item['id']}" in out and ghost in out and "never received" in out
    # Sent again, still refused (the server still lacks the record): held back again.
    code, out, err = cli("sync", "retry", str(item["id"]))
    assert code == 0, err
    code, out, err = cli("sync", "--json")
    assert json.loads(out)["refused"] == 1
    [again] = json.loads(cli("sync", "problems", "--json")[1])
    code, out, err = cli("sync", "discard", str(again["id"]))
    assert code == 0, err
    assert json.loads(cli("sync", "problems", "--json")[1]) == []
    code, _, err = cli("sync", "discard", str(again["id"]))
    assert code != 0 and "no refused change" in err


def test_a_refused_change_sent_again_after_a_new_device_identity_is_taken(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, bob = _joined(laptop, "alice"), _joined(laptop, "bob")
    case_id = _add_case(alice, server.study_id, "Mobile library")
    _sync(alice)
    _edit(alice, case_id, region="Turkana")
    with _server_without_field("cases", "region"):
        assert _sync(alice).refused == 1
    # The folder then takes a new device identity (restored from a backup, say): the held
    # change still carries the old id, which the server takes only from the old device.
    old_device = alice.store.device_id
    take_new_device_id(alice.store)
    renewed = Laptop(
        alice.store,
        login(alice.store, server_url=server.url, user="alice", password=PASSWORD),
        server.url,
    )
    with alice.store.write() as session:
        [item] = refused_pushes(session)
        send_again(session, item.id)
    report = _sync(renewed)
    assert (report.refused, report.pushed) == (0, 1)
    _sync(bob)
    with bob.store.read() as session:
        case = get_row(session, Case, case_id)
        assert case.region == "Turkana"
        assert not json.loads(case.field_stamps or "{}")["region"].endswith(old_device)
