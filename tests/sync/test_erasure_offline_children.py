"""What a researcher writes offline on material an erasure took, before the erasure reached
their laptop (a new coding on the erased interview, a new memo on it), is emptied on the
server and on every laptop (real server, real HTTP). Not caught: free text naming the person
in a memo on something else (it names no erased record), see ``storage/erasure.py``."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import select

from fieldkit.storage.codings import code_text
from fieldkit.storage.erasure import erase_participant
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Coding, Interview, Memo
from fieldkit.sync.client import sync
from fieldkit.sync.server.db import feed
from tests.sync.conftest import BACKENDS, OpenLaptop, Server
from tests.sync.test_erasure_guards import _someone
from tests.sync.test_erasure_sync import THEIR_WORDS, _files_holding, _study_with_zawadi, _sync

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

BOBS_MEMO = "Zawadi seemed tired when she spoke of the camp"
BOBS_NOTE = "strong sense of belonging here"


def test_a_new_coding_and_memo_on_an_erased_interview_are_emptied_everywhere(
    server: Server, laptop: OpenLaptop
) -> None:
    alice, bob, lena = laptop("alice"), laptop("bob"), laptop("lena")
    _sync(alice)
    zawadi, _ = _study_with_zawadi(alice, server.study_id)
    _sync(alice)
    _sync(bob)
    _sync(lena)
    with bob.store.read() as session:
        alone = next(i for i in session.exec(select(Interview)) if THEIR_WORDS[0] in i.summary)
        alone_id, length = alone.id, len(alone.transcript)

    erase_participant(lena.store, zawadi, by="lena")
    _sync(lena)
    # Bob, offline, has not pulled the erasure: he codes and annotates her interview.
    with bob.store.write() as session:
        coding = code_text(
            session,
            record_id=alone_id,
            theme="Trust and relationships",
            start=0,
            end=length - 2,
            memo=BOBS_NOTE,
        ).id
        memo = add_memo(session, target_id=alone_id, body=BOBS_MEMO).id
    report = sync(bob.store, server_url=bob.url, token=bob.token)
    _sync(alice)
    _sync(lena)

    with server.store.read() as conn:
        history = [str(c) for c in conn.execute(sa.select(feed.c.change)).scalars()]
    words = [THEIR_WORDS[0], BOBS_MEMO, BOBS_NOTE]
    assert not [c for c in history if any(w in c for w in words)]
    folders = [r.store.data_dir for r in (alice, bob, lena)] + [server.data_dir]
    assert _files_holding(folders, [w.encode() for w in words]) == []
    for replica in (alice, bob):
        with replica.store.read() as session:
            kept_memo, kept_coding = session.get(Memo, memo), session.get(Coding, coding)
            assert kept_memo is not None and kept_memo.body == ""
            assert kept_coding is not None and kept_coding.quote == ""
            assert kept_coding.memo == ""
    assert any("P-77" in line for line in report.erased_edits)  # Bob is told why


def test_a_memo_the_eraser_had_not_pulled_yet_is_emptied_in_the_servers_history(
    server: Server, laptop: OpenLaptop
) -> None:
    """Bob's memo on her interview reached the server before Lena's erasure, but Lena had not
    pulled it, so her erasure does not name it: the server empties it all the same."""
    alice, bob, lena = laptop("alice"), laptop("bob"), laptop("lena")
    _sync(alice)
    person = _someone(alice, server.study_id, "P-95")
    _sync(alice)
    _sync(bob)
    _sync(lena)
    with bob.store.write() as session:
        interview = next(i for i in session.exec(select(Interview)) if "(P-95)" in i.transcript)
        memo = add_memo(session, target_id=interview.id, body=BOBS_MEMO).id
    _sync(bob)
    erase_participant(lena.store, person, by="lena")  # Lena has not pulled Bob's memo
    _sync(lena)
    _sync(alice)
    _sync(bob)
    _sync(lena)

    with server.store.read() as conn:
        history = [str(c) for c in conn.execute(sa.select(feed.c.change)).scalars()]
    assert not [c for c in history if BOBS_MEMO in c or "(P-95)" in c]
    folders = [r.store.data_dir for r in (alice, bob, lena)] + [server.data_dir]
    assert _files_holding(folders, [BOBS_MEMO.encode(), b"(P-95)"]) == []
    for replica in (alice, bob, lena):
        with replica.store.read() as session:
            kept = session.get(Memo, memo)
            assert kept is not None and kept.body == ""
