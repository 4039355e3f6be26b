"""Unresolved conflicts described for a person: which record, which field, both values, who, when.

``conflicts.resolve_conflict`` settles one; this module only reads. The value shown as *current*
is what the record holds now (normally the winning value; a later edit may have replaced it), so
the user always chooses between what they see in the record and the value that lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import ClockError
from fieldkit.storage.changes import current_stamp
from fieldkit.storage.conflicts import conflicts
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.models import MODEL_BY_TABLE, Conflict, SyncRow
from fieldkit.storage.outbox import device_id
from fieldkit.storage.row_changes import json_value, sync_columns

_LABEL_FIELDS = ("title", "name", "code")


@dataclass(frozen=True)
class Edit:
    """Who made one of the two values, and when (from its clock stamp)."""

    device: str
    own_device: bool  # made on this laptop
    wall_ms: int | None


@dataclass(frozen=True)
class ConflictView:
    id: str
    study_id: str
    record_type: str  # "case", "interview", ...
    row_id: str
    record_label: str  # the record's title, name or code
    field: str
    current_value: Any  # JSON-ready: what the record holds now
    other_value: Any  # JSON-ready: the value that lost
    current_edit: Edit
    other_edit: Edit
    detected_at: datetime
    record_exists: bool  # False when the record was deleted since
    mergeable: bool  # a text or date field: the user may type a merged value


def describe_conflicts(session: Session, *, study_id: str | None = None) -> list[ConflictView]:
    """Every unresolved conflict (of one study, or all), oldest first."""
    own = device_id(session)
    out: list[ConflictView] = []
    for conflict in conflicts(session, study_id=study_id):
        out.append(_describe(session, conflict, own))
    return out


def unresolved_count(session: Session) -> int:
    query = select(func.count()).select_from(Conflict).where(col(Conflict.resolved_at).is_(None))
    return int(session.execute(query).scalar_one())


def _describe(session: Session, conflict: Conflict, own: str) -> ConflictView:
    model = MODEL_BY_TABLE.get(conflict.entity)
    row: SyncRow | None = session.get(model, conflict.row_id) if model is not None else None
    column = sync_columns(model).get(conflict.field) if model is not None else None
    exists = row is not None and not row.is_deleted
    if row is not None and hasattr(row, conflict.field):
        current = json_value(getattr(row, conflict.field))
        stamp = current_stamp(row, conflict.field)
    else:
        current, stamp = _loads(conflict.winning_value), conflict.winning_stamp
    record_type = model.record_type if model is not None else conflict.entity
    label = next(
        (str(getattr(row, f)) for f in _LABEL_FIELDS if row is not None and getattr(row, f, None)),
        record_type,
    )
    return ConflictView(
        id=conflict.id,
        study_id=conflict.study_id,
        record_type=record_type,
        row_id=conflict.row_id,
        record_label=label,
        field=conflict.field,
        current_value=current,
        other_value=_loads(conflict.losing_value),
        current_edit=_edit(stamp, own),
        other_edit=_edit(conflict.losing_stamp, own),
        detected_at=conflict.detected_at,
        record_exists=exists,
        mergeable=column is not None and _is_text(column),
    )


def _is_text(column: sa.Column[Any]) -> bool:
    kind: Any = column.type
    if isinstance(kind, sa.TypeDecorator):
        kind = kind.impl_instance
    # Text is a String too; dates, flags, numbers and references to other rows are not.
    return isinstance(kind, sa.String) and not column.foreign_keys


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _edit(stamp: str, own: str) -> Edit:
    try:
        decoded = Stamp.decode(stamp)
    except ClockError:
        return Edit(device="", own_device=False, wall_ms=None)
    return Edit(device=decoded.device, own_device=decoded.device == own, wall_ms=decoded.wall_ms)


__all__ = ["ConflictView", "Edit", "describe_conflicts", "unresolved_count"]
