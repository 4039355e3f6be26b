"""A withdrawn participant erased on one laptop is erased everywhere: after the erasure has
synced, no file of any data folder or of the server (database, WAL, blobs) holds their words
(the bytes of every file are searched), while everyone else's words are kept."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldkit.storage import records
from fieldkit.storage.attachments import attach_bytes
from fieldkit.storage.codings import code_text
from fieldkit.storage.erasure import erase_participant, plan_erasure
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Interview
from fieldkit.storage.participants import add_participant
from fieldkit.sync.client import sync
from fieldkit.sync.server.db import feed
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

THEIR_WORDS = [
    "Kila asubuhi ninasikiliza redio ya shule pamoja na bibi yangu",
    "Mwalimu wangu ananipigia simu kila Jumatano jioni",
    "Zawadi loves the reading camp by the lake",
]
OTHERS_WORDS = "The community library opens on Saturdays for every child"
RECORDING = b"RECORDING-OF-ZAWADI-"


def _sync(laptop: Laptop) -> None:
    sync(laptop.store, server_url=laptop.url, token=laptop.token)


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(RECORDING * 800)
    return out.getvalue()


def _study_with_zawadi(laptop: Laptop, study_id: str) -> tuple[str, str]:
    with laptop.store.write() as session:
        case = records.create_case(session, study_id=study_id, title="Lake reading camp")
        zawadi = add_participant(
            session,
            case_id=case.id,
            code="P-77",
            role="learner",
            name="Zawadi Achieng",
            consent_status="given",
        )
        teacher = add_participant(
            session, case_id=case.id, code="P-78", role="teacher", consent_status="given"
        )
        alone = records.add_interview(
            session,
            case_id=case.id,
            date="2024-03-01",
            participant_ids=[zawadi.id],
            transcript=THEIR_WORDS[0] + ".\n",
            summary=THEIR_WORDS[0],
        )
        attach_bytes(
            session, laptop.store.blobs, record_id=alone.id, data=_wav(), filename="p77.wav"
        )
        group_text = f"P-78: {OTHERS_WORDS}.\nP-77: {THEIR_WORDS[1]}.\nP-78: Thank you.\n"
        group = records.add_interview(
            session,
            case_id=case.id,
            date="2024-03-02",
            participant_ids=[zawadi.id, teacher.id],
            transcript=group_text,
        )
        start = group_text.index(THEIR_WORDS[1])
        code_text(
            session,
            record_id=group.id,
            theme="Trust and relationships",
            start=start,
            end=start + len(THEIR_WORDS[1]),
        )
        other = group_text.index(OTHERS_WORDS)
        code_text(
            session,
            record_id=group.id,
            theme="Trust and relationships",
            start=other,
            end=other + len(OTHERS_WORDS),
        )
        add_memo(session, target_id=case.id, body=f"P-77 said: {THEIR_WORDS[2]}.")
        return zawadi.id, group.id


def _files_holding(folders: list[Path], words: list[bytes]) -> list[str]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                hits += [f"{path}: {w[:20]!r}" for w in words if w in data]
    return hits


def test_an_erasure_reaches_every_laptop_and_the_server(server: Server, laptop: OpenLaptop) -> None:
    alice, bob, lena = laptop("alice"), laptop("bob"), laptop("lena")
    _sync(alice)
    zawadi, group = _study_with_zawadi(alice, server.study_id)
    _sync(alice)
    _sync(bob)
    _sync(lena)  # the lead erases (server/erasure.py: only a lead may)
    folders = [alice.store.data_dir, bob.store.data_dir, lena.store.data_dir, server.data_dir]
    theirs = [w.encode() for w in THEIR_WORDS] + [RECORDING * 4]
    assert _files_holding(folders, theirs)  # the search below can find them when present

    with lena.store.read() as session:
        planned = plan_erasure(session, zawadi).describe()
    assert any("interviews" in line for line in planned)
    erase_participant(lena.store, zawadi, by="lena")
    _sync(lena)
    _sync(alice)
    _sync(bob)

    assert _files_holding(folders, theirs) == []
    with server.store.read() as conn:  # on PostgreSQL the history is not in the server's folder
        history = [str(c) for c in conn.execute(sa.select(feed.c.change)).scalars()]
    assert not [w for w in THEIR_WORDS if any(w in change for change in history)]
    assert any(OTHERS_WORDS in change for change in history)
    for replica in (alice, bob, lena):
        with replica.store.read() as session:
            kept = session.get(Interview, group)
            assert kept is not None and OTHERS_WORDS in kept.transcript
            assert "P-77" not in kept.transcript
    assert _files_holding([bob.store.data_dir], [OTHERS_WORDS.encode()])
