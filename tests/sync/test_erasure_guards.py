"""An erasure holds: an edit made offline before it arrived cannot bring the words back, and
only a study's lead may erase, only rows of that study (real server, real HTTP)."""

from __future__ import annotations

import json
import threading

import pytest
import sqlalchemy as sa
from sqlmodel import select

from fieldkit.errors import ConflictError, FieldkitError, PermissionDeniedError
from fieldkit.storage import records
from fieldkit.storage.changes import current_stamp
from fieldkit.storage.erasure import erase_participant
from fieldkit.storage.local_values import STUDY_ROLES_KEY, write_local
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Erasure, Interview
from fieldkit.storage.participants import add_participant
from fieldkit.storage.text_edits import set_text
from fieldkit.sync.client import publish_study, sync
from fieldkit.sync.server.db import feed
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server
from tests.sync.test_erasure_sync import (
    OTHERS_WORDS,
    THEIR_WORDS,
    _files_holding,
    _study_with_zawadi,
    _sync,
)

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

NEW_WORDS = "Bibi yangu anapenda hadithi za kambi ya kusoma"  # Zawadi again, typed by Bob offline
BOBS_OWN = "The teacher adds that the camp runs until August"


def _history(server: Server) -> list[str]:
    with server.store.read() as conn:  # on PostgreSQL the history is not in the server's folder
        return [str(c) for c in conn.execute(sa.select(feed.c.change)).scalars()]


def test_an_offline_edit_made_before_the_erasure_arrived_brings_no_words_back(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, bob, lena = laptop("alice"), laptop("bob"), laptop("lena")
    _sync(alice)
    zawadi, group = _study_with_zawadi(alice, server.study_id)
    _sync(alice)
    _sync(bob)
    _sync(lena)
    with bob.store.read() as session:
        alone = next(i.id for i in session.exec(select(Interview)) if THEIR_WORDS[0] in i.summary)

    erase_participant(lena.store, zawadi, by="lena")
    # Bob, offline, has not pulled the erasure: he types more of Zawadi's words and his own
    # into the group interview, and rewrites the summary of her interview. Later stamps.
    with bob.store.write() as session:
        row = session.get(Interview, group)
        assert row is not None
        text = row.transcript.replace(
            "P-78: Thank you.\n", f"P-77: {NEW_WORDS}.\nP-78: {BOBS_OWN}.\nP-78: Thank you.\n"
        )
        set_text(session, record_id=group, text=text)
        theirs = session.get(Interview, alone)
        assert theirs is not None
        records.update_fields(session, theirs, {"summary": NEW_WORDS})
    with lena.store.read() as session:
        erased_at = session.exec(select(Erasure)).one().row_stamp
    with bob.store.read() as session:
        edited = session.get(Interview, group)
        assert edited is not None and current_stamp(edited, "transcript") > erased_at

    _sync(lena)
    report = sync(bob.store, server_url=bob.url, token=bob.token)
    _sync(alice)
    _sync(lena)

    told = "\n".join(report.erased_edits)
    assert "P-77" in told and "withdrew consent" in told
    words = [w.encode() for w in [*THEIR_WORDS, NEW_WORDS]]
    folders = [r.store.data_dir for r in (alice, bob, lena)] + [server.data_dir]
    assert _files_holding(folders, words) == []
    assert not [c for c in _history(server) if NEW_WORDS in c or THEIR_WORDS[1] in c]
    texts = set()
    for replica in (alice, bob, lena):
        with replica.store.read() as session:
            kept = session.get(Interview, group)
            assert kept is not None
            texts.add(kept.transcript)
            summary = session.get(Interview, alone).summary  # type: ignore[union-attr]
            assert NEW_WORDS not in summary
    assert len(texts) == 1  # converged
    (text,) = texts
    assert BOBS_OWN in text and OTHERS_WORDS in text and "P-77" not in text


def _someone(laptop: Laptop, study_id: str, code: str) -> str:
    """A participant with an interview of their own; returns the participant's id."""
    with laptop.store.write() as session:
        case = records.create_case(session, study_id=study_id, title=f"Case of {code}")
        person = add_participant(
            session, case_id=case.id, code=code, role="learner", consent_status="given"
        )
        records.add_interview(
            session,
            case_id=case.id,
            date="2024-04-01",
            participant_ids=[person.id],
            transcript=f"{code}: {THEIR_WORDS[0]} ({code}).\n",
        )
        return person.id


def test_only_a_lead_may_erase(server: Server, laptop: OpenLaptop) -> None:
    alice = laptop("alice")
    _sync(alice)
    zawadi = _someone(alice, server.study_id, "P-90")
    _sync(alice)
    with pytest.raises(ConflictError, match="only the study's lead can erase"):
        erase_participant(alice.store, zawadi, by="alice")
    # An older laptop that does not check: the server refuses, and erases nothing.
    with alice.store.write() as session:
        write_local(session, STUDY_ROLES_KEY, json.dumps({server.study_id: "lead"}))
    erase_participant(alice.store, zawadi, by="alice")
    with pytest.raises(PermissionDeniedError, match=r"only a lead of study .* can erase"):
        _sync(alice)
    assert any(f"{THEIR_WORDS[0]} (P-90)" in c for c in _history(server))


def test_an_erasure_naming_another_studys_records_is_refused(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, lena = laptop("alice"), laptop("lena")
    with alice.store.write() as session:
        other = records.create_study(session, name="Alice's own study").id
        case = records.create_case(session, study_id=other, title="River school")
        secret = add_memo(session, target_id=case.id, body="A note of another study").id
    publish_study(alice.store, study_id=other, server_url=server.url, token=alice.token)
    _sync(alice)
    zawadi = _someone(alice, server.study_id, "P-91")
    _sync(alice)
    _sync(lena)
    erasure = erase_participant(lena.store, zawadi, by="lena")
    forged = [*json.loads(erasure.rows), ["memos", secret, ["body"]]]
    with lena.store.write() as session:  # what the push carries is read from the row
        table = Erasure.__table__  # type: ignore[attr-defined]
        session.execute(
            sa.update(table).where(table.c.id == erasure.id).values(rows=json.dumps(forged))
        )
    with pytest.raises(FieldkitError, match=r"names record .* of another study"):
        _sync(lena)
    assert any("A note of another study" in c for c in _history(server))


def test_a_push_checked_just_before_a_concurrent_erasure_commits_stores_no_words(
    server: Server, laptop: OpenLaptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bob's push has passed every check of the route when Lena's erasure commits (a hook at
    the start of ``ServerStore.sync`` runs her whole sync, in another server request, then
    lets Bob's go on): the check under the study's lock still makes his edit erased."""
    alice, bob, lena = laptop("alice"), laptop("bob"), laptop("lena")
    _sync(alice)
    zawadi = _someone(alice, server.study_id, "P-93")
    _sync(alice)
    _sync(bob)
    _sync(lena)
    with bob.store.read() as session:
        alone = next(i.id for i in session.exec(select(Interview)) if "(P-93)" in i.transcript)
    erase_participant(lena.store, zawadi, by="lena")
    with bob.store.write() as session:
        theirs = session.get(Interview, alone)
        assert theirs is not None
        records.update_fields(session, theirs, {"summary": NEW_WORDS})

    original = server.store.sync
    armed = [True]

    def erasure_lands_first(**kwargs: object) -> object:
        if armed[0]:
            armed[0] = False
            errors: list[BaseException] = []

            def lena_syncs() -> None:
                try:
                    _sync(lena)
                except BaseException as error:  # reported in the test's own thread
                    errors.append(error)

            other = threading.Thread(target=lena_syncs)
            other.start()
            other.join(timeout=60)
            assert not other.is_alive() and not errors, errors
        return original(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(server.store, "sync", erasure_lands_first)
    sync(bob.store, server_url=bob.url, token=bob.token)
    monkeypatch.undo()
    assert not armed[0]
    _sync(alice)

    assert not [c for c in _history(server) if NEW_WORDS in c]
    for replica in (alice, bob, lena):
        with replica.store.read() as session:
            summary = session.get(Interview, alone).summary  # type: ignore[union-attr]
            assert NEW_WORDS not in summary
