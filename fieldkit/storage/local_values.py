"""This data folder's own settings and sync bookkeeping: string values by key in ``local_state``.

They never sync (device id, clock, cursors, tokens' server, preferences).
"""

from __future__ import annotations

from sqlmodel import Session

from fieldkit.storage.models import LocalState


def read_local(session: Session, key: str) -> str | None:
    """The value stored under ``key`` (re-read from the database), or None."""
    state = session.get(LocalState, key, populate_existing=True)
    return state.value if state is not None else None


def write_local(session: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key``, replacing what was there (in the caller's transaction)."""
    state = session.get(LocalState, key)
    if state is None:
        session.add(LocalState(key=key, value=value))
    else:
        state.value = value


__all__ = ["read_local", "write_local"]
