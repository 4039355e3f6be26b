"""A writer for the crash tests: it writes research rows until it is killed.

Python takes about a second to import SQLAlchemy, too long to start afresh for each of 50+
kills, so this script is a small fork server. Run as::

    python crash_writer.py

it imports everything once and reads commands from stdin, one per line::

    run DATA_DIR SEED MODE        MODE is "records" or "blobs"

For each command it forks a child that opens a Store on DATA_DIR and writes in a loop, and
prints ``started PID``. The child prints one line per committed transaction, *after* the
commit returned: ``saved {"rows": [[table, id], ...]}`` (JSON), written with one ``os.write``
so a kill never leaves half a line. When the child ends (the test SIGKILLs it) the server
prints ``exited PID CODE`` with CODE as ``os.waitstatus_to_exitcode`` gives it (-9 after
SIGKILL), so the test knows the child is gone before it looks at the files.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session as SASession

from fieldkit.storage import codings, records
from fieldkit.storage.changes import StoreSession
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    Attachment,
    Case,
    Interview,
    Observation,
    Participant,
    Study,
    SyncRow,
)

CREATED = "crash_writer_created"
WORDS = (
    *("the", "school", "garden", "feeds", "learners", "and", "teachers", "meet", "parents"),
    *("élèves", "maîtresse", "jamii", "shule", "विद्यालय", "शिक्षक", "escola", "comunidade", "学习"),
)


@event.listens_for(StoreSession, "after_flush")
def _collect_new(session: SASession, _context: Any) -> None:
    # ``session.new`` still holds the rows just inserted when after_flush runs.
    created = session.info.setdefault(CREATED, [])
    for row in session.new:
        if isinstance(row, SyncRow):
            created.append([row.__tablename__, row.id])


def say(line: str) -> None:
    # One write(2) of less than PIPE_BUF bytes: atomic on a pipe, never half a line.
    data = (line + "\n").encode("utf-8")
    assert len(data) < 4096
    os.write(1, data)


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def pick(session: StoreSession, model: type[SyncRow], rng: random.Random) -> Any:
    count = session.execute(select(func.count()).select_from(model)).scalar_one()
    if not count:
        return None
    offset = rng.randrange(count)
    return session.execute(select(model).order_by(model.id).offset(offset).limit(1)).scalar_one()


def write_records(store: Store, rng: random.Random) -> None:
    while True:
        with store.write() as session:
            study = pick(session, Study, rng) or records.create_study(session, name="Crash study")
            case = pick(session, Case, rng) or records.create_case(
                session, study_id=study.id, title="First site", country="Kenya"
            )
            kind = rng.choice(("case", "participant", "interview", "observation", "coding"))
            if kind == "case":
                records.create_case(session, study_id=study.id, title=text(rng, 3))
            elif kind == "participant":
                records.add_participant(
                    session,
                    case_id=case.id,
                    code=f"P-{secrets.token_hex(6)}",
                    role=rng.choice(records.ROLES),
                    consent_status=rng.choice(records.CONSENT_STATUSES),
                )
            elif kind == "interview":
                people = [pick(session, Participant, rng) for _ in range(rng.randrange(3))]
                ids = sorted({p.id for p in people if p is not None and p.case_id == case.id})
                records.add_interview(
                    session,
                    case_id=case.id,
                    date="2024-03-15",
                    participant_ids=ids,
                    language=rng.choice(("en", "fr", "sw", "hi", "pt-BR")),
                    transcript=text(rng, rng.randrange(20, 400)),
                )
            elif kind == "observation":
                records.add_observation(
                    session, case_id=case.id, date="2024-03-16", description=text(rng, 60)
                )
            else:
                target = pick(session, rng.choice((Interview, Observation)), rng)
                body = codings.record_text(target) if target is not None else ""
                if target is not None and body.strip():
                    start = rng.randrange(len(body))
                    while body[start].isspace():
                        start -= 1
                    end = rng.randrange(start + 1, len(body) + 1)
                    theme = rng.choice(("Trust and relationships", "Equity and inclusion"))
                    try:
                        codings.code_text(
                            session, record_id=target.id, theme=theme, start=start, end=end
                        )
                    except Exception as exc:  # the same span twice: a refused duplicate
                        if "already coded" not in str(exc):
                            raise
            created = list(session.info.get(CREATED, []))
        say("saved " + json.dumps({"rows": created}))


def write_blobs(store: Store, rng: random.Random, scratch: Path) -> None:
    source = scratch / f"import-{os.getpid()}.bin"
    while True:
        # A fresh few-MB "recording" each time, so every import writes a new blob.
        source.write_bytes(rng.randbytes(rng.randrange(2, 5) * 1024 * 1024))
        with store.write() as session:
            study = pick(session, Study, rng) or records.create_study(session, name="Blobs")
            case = pick(session, Case, rng) or records.create_case(
                session, study_id=study.id, title="Site with recordings"
            )
            interview = records.add_interview(session, case_id=case.id, date="2024-03-15")
            sha, size = store.blobs.put_file(source)
            session.add(
                Attachment(
                    study_id=study.id,
                    target_type="interview",
                    target_id=interview.id,
                    kind="audio",
                    sha256=sha,
                    filename="recording.wav",
                    media_type="audio/wav",
                    size=size,
                )
            )
            session.flush()
            created = list(session.info.get(CREATED, []))
        say("saved " + json.dumps({"rows": created, "sha256": sha}))


def child(data_dir: Path, seed: int, mode: str) -> None:
    rng = random.Random(seed)
    try:
        store = Store.open(data_dir)
        if mode == "blobs":
            write_blobs(store, rng, data_dir.parent)
        else:
            write_records(store, rng)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)


def warm_up() -> None:
    """Do once what every writer needs (lazy imports, mapper set-up), so each fork starts fast.

    The scratch store is closed before any fork: no SQLite connection crosses a fork.
    """
    with (
        tempfile.TemporaryDirectory() as scratch,
        Store.open(Path(scratch) / "warm-up") as store,
        store.write() as session,
    ):
        study = records.create_study(session, name="Warm-up")
        case = records.create_case(session, study_id=study.id, title="Warm-up")
        records.add_interview(session, case_id=case.id, date="2024-01-01")


def serve() -> None:
    warm_up()
    while line := sys.stdin.readline():
        parts = line.split()
        if not parts:
            continue
        if parts[0] != "run" or len(parts) != 4:
            say(f"error unknown command {line.strip()!r}")
            continue
        data_dir, seed, mode = Path(parts[1]), int(parts[2]), parts[3]
        pid = os.fork()
        if pid == 0:
            child(data_dir, seed, mode)
            os._exit(0)
        say(f"started {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exited {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve()
