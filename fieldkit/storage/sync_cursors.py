"""Per-study sync cursors, kept in the local-only ``LocalState`` table."""

from __future__ import annotations

from sqlmodel import Session

from fieldkit.storage.local_values import read_local, write_local


def cursor_key(study_id: str, name: str) -> str:
    return f"cursor:{name}:{study_id}"


def get_cursor(session: Session, *, study_id: str, name: str) -> str | None:
    """A per-study sync cursor (``name`` e.g. "pull" or "push"), or None if never set."""
    return read_local(session, cursor_key(study_id, name))


def set_cursor(session: Session, *, study_id: str, name: str, value: str | int) -> None:
    write_local(session, cursor_key(study_id, name), str(value))
    session.flush()


__all__ = ["cursor_key", "get_cursor", "set_cursor"]
