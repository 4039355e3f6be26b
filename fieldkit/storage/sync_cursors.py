"""Per-study sync cursors, kept in the local-only ``LocalState`` table."""

from __future__ import annotations

from sqlmodel import Session

from fieldkit.storage.local_values import write_local
from fieldkit.storage.models import LocalState


def cursor_key(study_id: str, name: str) -> str:
    return f"cursor:{name}:{study_id}"


def get_cursor(session: Session, *, study_id: str, name: str) -> str | None:
    """A per-study sync cursor (``name`` e.g. "pull" or "push"), or None if never set."""
    state = session.get(LocalState, cursor_key(study_id, name), populate_existing=True)
    return state.value if state is not None else None


def set_cursor(session: Session, *, study_id: str, name: str, value: str | int) -> None:
    write_local(session, cursor_key(study_id, name), str(value))
    session.flush()


__all__ = ["cursor_key", "get_cursor", "set_cursor"]
