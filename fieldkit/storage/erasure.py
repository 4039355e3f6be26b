"""Erasing a withdrawn participant's material on this laptop, as a change that syncs.

What goes (:func:`plan_erasure` lists it for the confirmation): the interviews that are theirs
alone (linked only to them, no one else speaking) and their recordings; in a group interview
or an observation, the turns they speak ("P-014: …" lines, ``consent_text``) and the codings
on those turns; the codings, tags and memos of the erased records; memos about them (naming
their code or name); photos
of them (attached to them, or whose caption names their code or name); their name and notes.

How (:func:`erase_participant`, one transaction): every text field that carried their words is
set to "" (or the record's text without their turns) and the rows are tombstoned, through the
ORM, so the change log sends the erasure like any edit; an :class:`Erasure` row names the rows,
fields and files (never the words). Then :func:`clean_up` makes it hard on this replica: set-aside
changes and conflicts of those rows deleted, the search index rebuilt, the database VACUUMed
with ``secure_delete`` on and the WAL truncated (no free page or old frame keeps the words), and
blob files no live attachment uses removed. Every replica runs :func:`clean_up` for each erasure
it receives (``pending_cleanups``); the server rewrites its history (``server/erasure.py``).

Written elsewhere before the erasure arrived: an edit of an erased row, and a coding, memo, tag
or attachment on a record taken whole (or on the participant), are emptied on the server and
on every laptop (``server/erased_edits.py``, :func:`enforce`). Not caught: words of theirs in a
row that names no erased record (a memo on the case naming them, typed offline), a coding made
offline on their turn in a group interview (its span points into the text before the erasure),
and the file of a photo added offline to an erased record (its caption goes, its bytes stay).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from fieldkit.storage.db import Store
from fieldkit.storage.local_values import check_may_erase, read_local, write_local
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import (
    MODEL_BY_TABLE,
    Attachment,
    Coding,
    Conflict,
    Erasure,
    FreeTag,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    SetAsideChange,
    SyncRow,
    Tag,
    utcnow,
)
from fieldkit.storage.speaker_turns import speaker_labels, turns_of

# The fields of each table that carry words; the server rewrites these in its history.
WORD_FIELDS: dict[str, tuple[str, ...]] = {
    "interviews": ("title", "transcript", "summary", "place", "interviewer"),
    "observations": ("title", "description", "setting", "observer"),
    "codings": ("quote", "memo"),
    "memos": ("title", "body"),
    "attachments": ("caption", "filename"),
    "participants": ("name", "notes"),
    "tags": (),
    "free_tags": ("word",),
    "interview_participants": (),
}
# Rows that hang on a record by ``target_id``: one made offline on a record the erasure took
# whole (or on the participant) is emptied as it reaches the server and every laptop.
CHILD_TABLES = ("codings", "memos", "attachments", "tags", "free_tags")
DONE_PREFIX = "erasure:done:"


@dataclass
class ErasurePlan:
    participant: Participant
    whole: list[SyncRow] = field(default_factory=list)  # rows erased entirely
    edited: dict[str, str] = field(default_factory=dict)  # record id -> text without the turns
    edited_rows: list[Interview | Observation] = field(default_factory=list)
    blobs: set[str] = field(default_factory=set)

    def describe(self) -> list[str]:
        """What goes, in a few lines a researcher can check before confirming."""
        kinds: dict[str, int] = {}
        for row in self.whole:
            kinds[row.record_type] = kinds.get(row.record_type, 0) + 1
        names = {
            "interview": "interviews (theirs alone)",
            "observation": "observations",
            "coding": "coded passages",
            "tag": "tags",
            "free_tag": "free-word tags",
            "memo": "memos",
            "attachment": "recordings and photos",
            "interview_participant": "links to group interviews",
        }
        lines = [f"{n} {names.get(k, k)}" for k, n in sorted(kinds.items()) if k != "participant"]
        if self.edited_rows:
            lines.append(f"their turns in {len(self.edited_rows)} group interviews or observations")
        lines.append("their name and notes")
        return lines


def plan_erasure(session: Session, participant_id: str) -> ErasurePlan:
    """Everything :func:`erase_participant` would erase (reads only)."""
    person = get_row(session, Participant, participant_id)
    plan = ErasurePlan(person)
    turn = turns_of(person.code)
    others_by_code = _other_codes(session, person)
    links = _live(session, InterviewParticipant, "participant_id", person.id)
    linked = {link.interview_id for link in links}  # type: ignore[attr-defined]
    mentions = [w.strip() for w in (person.code, person.name) if w and w.strip()]
    code_only = [person.code.strip()]
    interviews = _mentioning(session, Interview, person.study_id, ["transcript"], code_only, linked)
    for interview in interviews:
        assert isinstance(interview, Interview)
        speaks = bool(turn.search(interview.transcript))
        if interview.id not in linked and not speaks:
            continue
        links_here = _live(session, InterviewParticipant, "interview_id", interview.id)
        others = [ip for ip in links_here if ip.participant_id != person.id]  # type: ignore[attr-defined]
        rest = turn.sub("", interview.transcript)
        if not others and not set(speaker_labels(rest)) & others_by_code.keys():
            _erase_record(session, plan, interview)
        else:
            plan.edited[interview.id] = rest
            plan.edited_rows.append(interview)
    plan.whole += links
    for obs in _mentioning(session, Observation, person.study_id, ["description"], code_only):
        assert isinstance(obs, Observation)
        if turn.search(obs.description):
            rest = turn.sub("", obs.description)
            if rest.strip():
                plan.edited[obs.id] = rest
                plan.edited_rows.append(obs)
            else:
                _erase_record(session, plan, obs)
    for record in plan.edited_rows:
        text = record.transcript if isinstance(record, Interview) else record.description
        spans = [(m.start(), m.end()) for m in turn.finditer(text)]
        for coding in _live(session, Coding, "target_id", record.id):
            assert isinstance(coding, Coding)
            if coding.unit == "char" and any(
                coding.start < end and coding.end > start for start, end in spans
            ):
                plan.whole.append(coding)
    named_in = re.compile(
        "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in mentions), re.IGNORECASE
    )
    memos = _mentioning(session, Memo, person.study_id, ["title", "body"], mentions)
    memos += _live(session, Memo, "target_id", person.id)
    for memo in memos:
        assert isinstance(memo, Memo)
        if memo.target_id == person.id or named_in.search(f"{memo.title}\n{memo.body}"):
            plan.whole.append(memo)
    attachments = _mentioning(session, Attachment, person.study_id, ["caption"], mentions)
    for attachment in attachments + _live(session, Attachment, "target_id", person.id):
        assert isinstance(attachment, Attachment)
        named = any(w.casefold() in attachment.caption.casefold() for w in mentions)
        of_them = attachment.target_id == person.id or (attachment.kind == "photo" and named)
        if of_them and attachment not in plan.whole:
            plan.whole.append(attachment)
    plan.blobs = {a.sha256 for a in plan.whole if isinstance(a, Attachment)}
    return plan


def _erase_record(session: Session, plan: ErasurePlan, record: Interview | Observation) -> None:
    plan.whole.append(record)
    for model in (Coding, Tag, FreeTag, Memo, Attachment):
        plan.whole += _live(session, model, "target_id", record.id)


def _other_codes(session: Session, person: Participant) -> dict[str, Participant]:
    """The study's other participants by casefolded code (an interviewer is not one)."""
    table = Participant.__table__  # type: ignore[attr-defined]
    query = select(Participant).where(table.c.study_id == person.study_id, table.c.id != person.id)
    return {p.code.strip().casefold(): p for p in session.exec(query)}


def _mentioning(
    session: Session,
    model: type[SyncRow],
    study_id: str,
    fields: list[str],
    words: list[str],
    ids: Collection[str] = (),
) -> list[SyncRow]:
    """The study's live rows whose ``fields`` contain one of ``words`` (SQL LIKE, a first
    sieve: the caller checks with its own pattern), or whose id is in ``ids``."""
    table = model.__table__  # type: ignore[attr-defined]
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    found = [table.c[f].like(f"%{w}%", escape="\\") for f in fields for w in escaped]
    if ids:
        found.append(table.c.id.in_(sorted(ids)))
    query = select(model).where(
        table.c.study_id == study_id, table.c.deleted_at.is_(None), sa.or_(*found)
    )
    return list(session.exec(query))


def _live(session: Session, model: type[SyncRow], column: str, value: str) -> list[SyncRow]:
    """The live rows of ``model`` whose ``column`` is ``value``."""
    table = model.__table__  # type: ignore[attr-defined]
    query = select(model).where(table.c[column] == value, table.c.deleted_at.is_(None))
    return list(session.exec(query))


def erase_participant(store: Store, participant_id: str, *, by: str) -> Erasure:
    """Erase the participant's material here (see the module docstring); the erasure syncs."""
    with store.write() as session:
        plan = plan_erasure(session, participant_id)
        check_may_erase(session, plan.participant.study_id)
        rows: list[list[object]] = []
        for row in _unique(plan.whole):
            table = str(row.__tablename__)
            fields = WORD_FIELDS.get(table, ())
            for name in fields:
                setattr(row, name, None if name in _NULLABLE else "")
            row.deleted_at = utcnow()
            rows.append([table, row.id, list(fields)])
        for record in plan.edited_rows:
            name = "transcript" if isinstance(record, Interview) else "description"
            setattr(record, name, plan.edited[record.id])
            # The participant's code: only their turns go, should an edit bring them back.
            rows.append([str(record.__tablename__), record.id, [name], plan.participant.code])
        person = plan.participant
        person.name, person.notes, person.consent_status = None, "", "withdrawn"
        person.deleted_at = utcnow()
        rows.append(["participants", person.id, ["name", "notes"]])
        erasure = Erasure(
            study_id=person.study_id,
            participant_id=person.id,
            participant_code=person.code,
            rows=json.dumps(rows),
            blobs=json.dumps(sorted(plan.blobs)),
            erased_by=by,
        )
        session.add(erasure)
        session.flush()
    clean_up(store, erasure)
    return erasure


_NULLABLE = {"name", "place", "interviewer", "setting", "observer"}


def _unique(rows: Iterable[SyncRow]) -> list[SyncRow]:
    seen: dict[str, SyncRow] = {}
    for row in rows:
        seen.setdefault(row.id, row)
    return list(seen.values())


def pending_cleanups(store: Store) -> list[Erasure]:
    """Erasures this replica received but has not cleaned up after yet."""
    with store.read() as session:
        found = list(session.exec(select(Erasure)))
        return [e for e in found if read_local(session, DONE_PREFIX + e.id) is None]


def erased_value(name: str, value: str, code: str = "") -> str | None:
    """What an erasure leaves of ``value`` in field ``name``: nothing, or (``code`` given) the
    text without that participant's speaker turns. The server applies it to later pushes
    (``sync/server/erased_edits.py``), every replica to its own copy (:func:`enforce`)."""
    if code:
        return turns_of(code).sub("", value)
    return None if name in _NULLABLE else ""


def enforce(session: Session, erasure: Erasure) -> list[str]:
    """Erase again what an edit made before the erasure arrived brought back (its later stamp
    won): the same value the server stored for it, under the same stamp, so replicas agree.
    Returns a line per record, for the researcher who made the edit."""
    told = []
    for table_name, row_id, names, *code in json.loads(erasure.rows):
        model = MODEL_BY_TABLE.get(table_name)
        if model is None or not names:
            continue
        table = model.__table__  # type: ignore[attr-defined]
        row = session.execute(sa.select(table).where(table.c.id == row_id)).mappings().first()
        if row is None:
            continue
        fixed = {}
        for name in names:
            if isinstance(row.get(name), str):
                kept = erased_value(name, row[name], code[0] if code else "")
                if kept != row[name]:
                    fixed[name] = kept
        if fixed:
            # Core, not the ORM: no change is logged (the server already holds this value).
            session.execute(sa.update(table).where(table.c.id == row_id).values(**fixed))
            title = row.get("title") or row.get("code") or row_id
            told.append(
                f"{model.record_type} “{title}”: your edit held words of {erasure.participant_code}"
                f", erased after they withdrew consent; those words were removed"
            )
    return told + _enforce_children(session, erasure)


def _enforce_children(session: Session, erasure: Erasure) -> list[str]:
    """Empty what was written offline on a record the erasure took whole (a new coding, memo,
    tag or photo on it): the server empties the same when it is pushed (``erased_edits.py``)."""
    rows = json.loads(erasure.rows)
    named = {str(r[1]) for r in rows}
    whole = sorted({str(r[1]) for r in rows if len(r) == 3})
    told = []
    for table_name in CHILD_TABLES:
        model = MODEL_BY_TABLE[table_name]
        table = model.__table__  # type: ignore[attr-defined]
        fields = WORD_FIELDS[table_name]
        for chunk in _chunks(whole, 500):
            query = sa.select(table).where(table.c.target_id.in_(chunk))
            for row in session.execute(query).mappings().all():
                if row["id"] in named or not fields:
                    continue
                fixed = {
                    n: erased_value(n, row[n])
                    for n in fields
                    if isinstance(row[n], str) and row[n] != erased_value(n, row[n])
                }
                if fixed:
                    session.execute(sa.update(table).where(table.c.id == row["id"]).values(**fixed))
                    told.append(
                        f"{model.record_type}: what you wrote on material of "
                        f"{erasure.participant_code}, erased after they withdrew consent, "
                        "was removed"
                    )
    return told


def clean_up(store: Store, erasure: Erasure) -> list[str]:
    """Make the erasure hard on this replica (idempotent; see the module docstring). Returns
    what :func:`enforce` said."""
    ids = [str(r[1]) for r in json.loads(erasure.rows)]
    with store.write() as session:
        told = enforce(session, erasure)
        tables = [SetAsideChange.__table__, Conflict.__table__]  # type: ignore[attr-defined]
        for table in tables:
            for chunk in _chunks(ids, 500):
                session.execute(sa.delete(table).where(table.c.row_id.in_(chunk)))
        session.execute(sa.text("INSERT INTO search_index(search_index) VALUES ('rebuild')"))
        attachments = Attachment.__table__  # type: ignore[attr-defined]
        query = sa.select(attachments.c.sha256).where(attachments.c.deleted_at.is_(None))
        live = {str(sha) for sha in session.execute(query).scalars()}
    for sha in json.loads(erasure.blobs):
        if sha not in live:
            store.blobs.path_for(sha).unlink(missing_ok=True)
    _vacuum(store)
    # Done only now: a kill before this point (VACUUM is atomic) repeats the clean-up later.
    with store.write() as session:
        write_local(session, DONE_PREFIX + erasure.id, "1")
    return told


def _vacuum(store: Store) -> None:
    """Rewrite the database file without free pages, then empty the WAL."""
    raw = store.engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = [
    "CHILD_TABLES",
    "DONE_PREFIX",
    "WORD_FIELDS",
    "ErasurePlan",
    "clean_up",
    "enforce",
    "erase_participant",
    "erased_value",
    "pending_cleanups",
    "plan_erasure",
]
