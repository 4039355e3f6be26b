"""This data folder's own settings and sync bookkeeping: string values by key in ``local_state``.

They never sync (device id, clock, cursors, tokens' server, preferences).
"""

from __future__ import annotations

import json

from sqlmodel import Session

from fieldkit.errors import ConflictError, phrase
from fieldkit.storage.models import LocalState

# Written by the sync client: the studies this folder shares through a team server, and this
# user's role in each ("lead", "researcher", "viewer").
SHARED_STUDIES_KEY = "sync:studies"
STUDY_ROLES_KEY = "sync:study_roles"


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


def check_study_owned(session: Session, study_id: str, name: str, *, deleting: bool) -> None:
    """A study shared through a team server is the team's: the server lets only its lead
    change it, and retires it itself. Refuse here, before the change jams every later sync."""
    shared = json.loads(read_local(session, SHARED_STUDIES_KEY) or "[]")
    if study_id not in shared:
        return
    if deleting:
        raise ConflictError(
            phrase(
                "the study “{name}” is shared through your team's server; it cannot be deleted "
                "from one laptop (delete its cases or records instead, or ask the server's "
                "administrator to retire it)",
                name=name,
            )
        )
    roles = json.loads(read_local(session, STUDY_ROLES_KEY) or "{}")
    if roles.get(study_id) != "lead":
        raise ConflictError(
            phrase(
                "the study “{name}” is shared through your team's server; only its lead can "
                "rename it or change its description",
                name=name,
            )
        )


def check_may_erase(session: Session, study_id: str) -> None:
    """On a study shared through a team server only its lead erases (the server refuses
    anyone else's erasure: ``sync/server/erasure.py``). Refuse here, before the erasure
    jams every later sync of this laptop."""
    shared = json.loads(read_local(session, SHARED_STUDIES_KEY) or "[]")
    roles = json.loads(read_local(session, STUDY_ROLES_KEY) or "{}")
    if study_id in shared and roles.get(study_id) != "lead":
        raise ConflictError(
            phrase(
                "only the study's lead can erase a participant's material: the erasure reaches "
                "every laptop and cannot be undone. Their consent is recorded as withdrawn, so "
                "exports already leave them out; ask your team lead to erase"
            )
        )


__all__ = [
    "SHARED_STUDIES_KEY",
    "STUDY_ROLES_KEY",
    "check_may_erase",
    "check_study_owned",
    "read_local",
    "write_local",
]
