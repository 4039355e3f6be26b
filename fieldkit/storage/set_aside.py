"""Pulled changes this replica could not apply: set aside, listed, and tried again.

A laptop never stops syncing for one change. :func:`apply_pulled_changes` applies a pulled
batch with ``set_aside=True``: a change that cannot be applied (most often an update to a record
that has not arrived yet, or one naming a field this version does not know) is kept in
``set_aside_changes`` with the reason (its English, and how it was made so the app can say it
in the reader's language) and the change as it came, and the rest of the batch is
applied, so the caller can move its pull cursor on. After each batch that added rows, the
study's set-aside changes are tried again, oldest first, with the usual rules
(:mod:`fieldkit.storage.remote_apply`: fast-forward, or the later stamp wins and the losing value
goes to the conflicts table); those that apply leave the table, the others stay with their
latest reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from fieldkit.errors import ValidationError, phrase_from_stored, reason_of, stored_phrase
from fieldkit.storage.gc_pause import paused_gc
from fieldkit.storage.models import SetAsideChange, Study, utcnow
from fieldkit.storage.remote_apply import ApplyResult, apply_remote_changes
from fieldkit.storage.row_changes import RowChange, compact_json

_TABLE: sa.Table = SetAsideChange.__table__  # type: ignore[attr-defined]
_STUDIES: sa.Table = Study.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SetAsideView:
    """One set-aside change as the CLI and the app list it."""

    seq: int
    study_id: str
    entity: str
    row_id: str
    fields: list[str]
    reason: str  # a Phrase when it was kept with one (the app says it with ``say``)
    set_aside_at: datetime
    study_name: str = ""  # empty when this laptop does not have the study's row

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "study_id": self.study_id,
            "study_name": self.study_name,
            "entity": self.entity,
            "row_id": self.row_id,
            "fields": self.fields,
            "reason": self.reason,
            "set_aside_at": self.set_aside_at.isoformat(timespec="milliseconds"),
        }


def apply_pulled_changes(
    session: Session, raw_changes: Sequence[Any], *, study_id: str
) -> ApplyResult:
    """Apply a batch pulled for ``study_id`` (changes as decoded JSON), setting aside what
    cannot be applied; then try the study's earlier set-aside changes again if rows arrived.

    ``set_aside`` in the result counts the changes of this batch that were set aside,
    ``recovered`` the earlier ones that applied now.
    """
    with paused_gc():  # tens of thousands of small objects, none of them cyclic garbage
        return _apply_pulled(session, raw_changes, study_id)


def _apply_pulled(session: Session, raw_changes: Sequence[Any], study_id: str) -> ApplyResult:
    parsed: list[RowChange] = []
    positions: list[int] = []
    reasons: dict[int, str] = {}  # position in the batch -> why it is set aside
    for position, raw in enumerate(raw_changes):
        try:
            parsed.append(RowChange.from_json_dict(raw))
            positions.append(position)
        except ValidationError as exc:
            reasons[position] = reason_of(exc)
    result = apply_remote_changes(session, parsed, study_id=study_id, set_aside=True)
    reasons.update((positions[index], reason) for index, reason in result.refused.items())
    if reasons:  # in feed order, so they are tried again in that order
        aside = [_row(study_id, raw_changes[n], reasons[n]) for n in sorted(reasons)]
        session.connection().execute(_TABLE.insert(), aside)
    result.set_aside = len(reasons)
    if result.inserted:
        result.add(_retry(session, study_id))
    return result


def _row(study_id: str, raw: Any, reason: str) -> dict[str, Any]:
    data = raw if isinstance(raw, dict) else {}
    values = data.get("values")
    fields = sorted(str(name) for name in values) if isinstance(values, dict) else []
    return {
        "study_id": study_id,
        "entity": str(data.get("entity", ""))[:40],
        "row_id": str(data.get("row_id", ""))[:36],
        "fields": ",".join(fields),
        "reason": reason,
        "reason_phrase": stored_phrase(reason),
        "change": compact_json(raw),
        "set_aside_at": utcnow(),
    }


def _retry(session: Session, study_id: str) -> ApplyResult:
    """Apply the study's set-aside changes that can be applied now (``recovered`` counts them)."""
    conn = session.connection()
    stored = conn.execute(
        sa.select(_TABLE.c.seq, _TABLE.c.change, _TABLE.c.reason, _TABLE.c.reason_phrase)
        .where(_TABLE.c.study_id == study_id)
        .order_by(_TABLE.c.seq)
    ).all()
    if not stored:
        return ApplyResult()
    changes: list[RowChange] = []
    seqs: list[int] = []
    for seq, text, _reason, _phrase in stored:
        try:
            changes.append(RowChange.from_json_dict(json.loads(text)))
            seqs.append(seq)
        except (ValueError, ValidationError):
            continue  # still not a change this version can read: it stays
    if not changes:
        return ApplyResult()
    result = apply_remote_changes(session, changes, study_id=study_id, set_aside=True)
    applied = [seq for index, seq in enumerate(seqs) if index not in result.refused]
    if applied:
        conn.execute(_TABLE.delete().where(_TABLE.c.seq.in_(applied)))
    kept = {seq: (reason, made) for seq, _text, reason, made in stored}
    moved = []
    for index, reason in result.refused.items():
        now = (reason, stored_phrase(reason))
        if kept[seqs[index]] != now:  # a new reason, or one kept before phrases were
            moved.append({"v_seq": seqs[index], "v_reason": now[0], "v_phrase": now[1]})
    if moved:
        statement = (
            _TABLE.update()
            .where(_TABLE.c.seq == sa.bindparam("v_seq"))
            .values(reason=sa.bindparam("v_reason"), reason_phrase=sa.bindparam("v_phrase"))
        )
        conn.execute(statement, moved)
    result.recovered = len(applied)
    result.refused = {}
    return result


def set_aside_changes(session: Session, *, study_id: str | None = None) -> list[SetAsideView]:
    """The set-aside changes (of one study, or all), oldest first."""
    names = _STUDIES.c.name.label("study_name")
    query = (
        sa.select(_TABLE, names)
        .select_from(_TABLE.outerjoin(_STUDIES, _STUDIES.c.id == _TABLE.c.study_id))
        .order_by(_TABLE.c.seq)
    )
    if study_id is not None:
        query = query.where(_TABLE.c.study_id == study_id)
    return [
        SetAsideView(
            seq=int(row.seq),
            study_id=row.study_id,
            entity=row.entity,
            row_id=row.row_id,
            fields=[name for name in row.fields.split(",") if name],
            reason=phrase_from_stored(row.reason, row.reason_phrase),
            set_aside_at=row.set_aside_at,
            study_name=row.study_name or "",
        )
        for row in session.connection().execute(query)
    ]


def set_aside_count(session: Session) -> int:
    """How many pulled changes are set aside, over every study."""
    query = sa.select(sa.func.count()).select_from(_TABLE)
    return int(session.connection().execute(query).scalar_one())


__all__ = ["SetAsideView", "apply_pulled_changes", "set_aside_changes", "set_aside_count"]
