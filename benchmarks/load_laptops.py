"""bench_load.py's laptops: their accounts on the server and their rounds of field work.

A template data folder creates the studies (their codebooks become the server's seed, as
``study create`` makes them) and then, in each study, one round of field work with real
fieldkit code (a case, a participant, an interview of about 600 words coded three times, an
observation with a photo, two tags); its outbox gives the changes in the real wire format.
Each laptop and round gets a copy with new row ids, its own clock stamps and its own photo,
encoded ready to send.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher

from fieldkit.demo.texts import build_observation, build_transcript
from fieldkit.storage import records
from fieldkit.storage.attachments import attach_bytes
from fieldkit.storage.codings import code_text, tag_record
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.participants import add_participant
from fieldkit.storage.replication import collect_outbox
from fieldkit.sync import codec
from fieldkit.sync.server import auth
from fieldkit.sync.server.db import make_engine, studies
from fieldkit.sync.server.store import ServerStore

PASSWORD = "load benchmark"
THEMES = ("Trust and relationships", "Digital access", "Teacher empowerment")


@dataclass
class Round:
    body_push: str  # the changes as a JSON list, ready to splice into the request
    keys: list[tuple[str, str]]  # (row_id, stamp) of each change, to find it in the feed
    photo_tail: bytes  # the round's photo: the laptop's photo with these bytes after it
    photo_sha: str


@dataclass
class Laptop:
    index: int
    device_id: str
    token: str
    study_id: str
    cursor: int
    photo: bytes = b""
    rounds: list[Round] = field(default_factory=list)
    pushed_seq: int = 0
    acked: list[tuple[str, str]] = field(default_factory=list)  # (row_id, stamp) stored
    lacking: dict[str, int] = field(default_factory=dict)  # teammates' photos to fetch: size

    def photo_of(self, work: Round) -> bytes:
        return self.photo + work.photo_tail


def template_round(store: Store, study_id: str, rng: random.Random) -> list[dict[str, Any]]:
    """One round of field work in ``study_id`` with real storage code; its outbox changes."""
    with store.read() as session:
        before = collect_outbox(session, study_id=study_id, after_seq=0, max_bytes=sys.maxsize)
    with store.write() as session:
        case = records.create_case(
            session, study_id=study_id, title="Community reading camp", country="Kenya"
        )
        person = add_participant(
            session, case_id=case.id, code="P-01", role="teacher", consent_status="given"
        )
        built = build_transcript(
            rng, language="en", speakers=["P-01", "R"], place="the camp", target_words=600
        )
        interview = records.add_interview(
            session,
            case_id=case.id,
            date=date(2026, 3, 2),
            participant_ids=[person.id],
            language="en",
            transcript=built.text,
            summary="Reading camp after school; parents take turns.",
            interviewer="A. Diallo",
        )
        for n, theme in enumerate(THEMES):
            start = 40 + n * 300
            code_text(session, record_id=interview.id, theme=theme, start=start, end=start + 120)
        notes = build_observation(rng, language="en", place="the camp", time="9:00", paragraphs=1)
        observation = records.add_observation(
            session, case_id=case.id, date=date(2026, 3, 3), description=notes.text
        )
        attach_bytes(
            session,
            store.blobs,
            record_id=observation.id,
            data=_photo(rng, 2),
            filename="camp.jpg",
            kind="photo",
        )
        tag_record(session, record_id=interview.id, theme=THEMES[0])
        tag_record(session, record_id=observation.id, theme=THEMES[1])
    with store.read() as session:
        outbox = collect_outbox(
            session, study_id=study_id, after_seq=before.last_seq, max_bytes=sys.maxsize
        )
    return [json.loads(text) for text in outbox.encoded]


def _photo(rng: random.Random, kb: int) -> bytes:
    """A real JPEG of noise, about ``kb`` kB (noise does not compress, like a photo)."""
    from PIL import Image

    side = max(8, int((kb * 1024 / 0.8) ** 0.5))
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def laptop_round(
    template: list[dict[str, Any]], laptop: Laptop, wall_ms: int, rng: random.Random
) -> Round:
    """The template's changes as this laptop's: new ids, its stamps, a photo of its own.

    Each round's photo is the laptop's JPEG with a few bytes of its own after the image's end
    (still a valid JPEG, a file of its own to the server): a run of many rounds keeps one
    photo per laptop in memory.
    """
    new_ids = {c["row_id"]: str(uuid.uuid4()) for c in template if c["op"] == "insert"}
    tail = rng.randbytes(16)
    photo = laptop.photo + tail
    sha = _sha256(photo)
    changes = []
    keys = []
    for n, change in enumerate(template):
        values = {
            k: new_ids.get(v, v) if isinstance(v, str) else v
            for k, v in (change.get("values") or {}).items()
        }
        if change["entity"] == "attachments":
            values["sha256"], values["size"] = sha, len(photo)
        stamp = Stamp(wall_ms, n, laptop.device_id).encode()
        row_id = new_ids.get(change["row_id"], change["row_id"])
        copy = {**change, "row_id": row_id, "stamp": stamp, "values": values}
        if "bases" in copy:
            copy["bases"] = {k: "" for k in copy["bases"]}
        changes.append(copy)
        keys.append((row_id, stamp))
    return Round(codec.dump_json(changes).decode(), keys, tail, sha)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare(
    root: Path, db_url: str, laptops: int, team: int, rounds: int, photo_kb: int
) -> list[Laptop]:
    """Users, studies, memberships and tokens on the server; every laptop's rounds, encoded."""
    rng = random.Random(9)
    # Sign-ins are not measured here (tokens are issued directly); cheap hashes keep the
    # set-up of 500 users short (tests/sync/test_server_limits.py checks real ones).
    auth._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    engine = make_engine(db_url)
    server = ServerStore(engine)
    templates: dict[str, list[dict[str, Any]]] = {}
    with Store.open(root / "template") as store:
        for t in range((laptops + team - 1) // team):
            with store.write() as session:
                study = records.create_study(session, name=f"Reading camps, team {t + 1}")
                study_id = study.id
            with store.read() as session:
                seed = collect_outbox(
                    session, study_id=study_id, after_seq=0, max_bytes=sys.maxsize
                ).encoded
            server.create_study(
                study_id=study_id, name=f"team {t + 1}", seed=seed, seed_device=store.device_id
            )
            templates[study_id] = template_round(store, study_id, rng)
    with engine.connect() as conn:
        heads = dict(conn.execute(sa.select(studies.c.id, studies.c.last_seq)).all())
    study_ids = sorted(templates)
    wall_ms = int(time.time() * 1000)
    result = []
    for i in range(laptops):
        name = f"researcher{i:04d}"
        user_id = server.add_user(name=name, password=PASSWORD)
        study_id = study_ids[i // team]
        server.add_member(study_id=study_id, user_name=name, role="researcher")
        device = f"{rng.getrandbits(64):016x}"
        laptop = Laptop(
            i,
            device,
            server.issue_token(user_id=user_id, device_id=device),
            study_id,
            int(heads[study_id]),
            _photo(rng, photo_kb),
        )
        laptop.rounds = [
            laptop_round(templates[study_id], laptop, wall_ms + r * 1000, rng)
            for r in range(rounds)
        ]
        result.append(laptop)
    engine.dispose()
    return result
