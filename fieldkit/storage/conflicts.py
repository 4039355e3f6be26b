"""Conflicts recorded by remote applies: listing them and settling them."""

from __future__ import annotations

import json
from typing import Any, Literal

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import ConflictError, NotFoundError, ValidationError, phrase
from fieldkit.storage.changes import REMOTE
from fieldkit.storage.models import MODEL_BY_TABLE, Conflict, utcnow
from fieldkit.storage.row_changes import python_value, sync_columns


def conflicts(
    session: Session, *, study_id: str | None = None, unresolved_only: bool = True
) -> list[Conflict]:
    query = select(Conflict).order_by(col(Conflict.detected_at), col(Conflict.id))
    if study_id is not None:
        query = query.where(col(Conflict.study_id) == study_id)
    if unresolved_only:
        query = query.where(col(Conflict.resolved_at).is_(None))
    return list(session.execute(query).scalars())


def resolve_conflict(
    session: Session,
    *,
    conflict_id: str,
    choice: Literal["keep", "take_losing", "custom"],
    value: Any = None,
) -> Conflict:
    """Settle a conflict: keep the winner, take the losing value, or a custom (merged) value.

    Taking a value is a new local change (logged, so it syncs and wins by its newer stamp).
    """
    if session.info.get(REMOTE):
        raise RuntimeError("resolve_conflict needs a normal write session")
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFoundError(phrase("no conflict with id {id}", id=repr(conflict_id)))
    if conflict.resolved_at is not None:
        raise ConflictError(phrase("this conflict was already resolved"))
    if choice not in ("keep", "take_losing", "custom"):
        raise ValidationError(
            phrase("choose keep, take_losing or custom, not {choice}", choice=repr(choice))
        )
    model = MODEL_BY_TABLE[conflict.entity]
    row = session.get(model, conflict.row_id)
    if row is None:
        raise NotFoundError(
            phrase("the {record} of this conflict no longer exists", record=model.record_type)
        )
    if choice != "keep":
        column = sync_columns(model)[conflict.field]
        chosen = json.loads(conflict.losing_value) if choice == "take_losing" else value
        new = python_value(column, chosen, label=conflict.field)
        if getattr(row, conflict.field) != new:
            setattr(row, conflict.field, new)
    conflict.resolved_at = utcnow()
    session.flush()
    return conflict


__all__ = ["conflicts", "resolve_conflict"]
