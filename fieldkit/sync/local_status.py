"""What the status bar says about sync, read from the local database (no network).

``pending`` counts this laptop's logged changes the server has not acknowledged yet (those after
each study's push cursor), so it drops to 0 after a successful sync. Changes in studies where
this user is a viewer are never sent; they are counted apart (``kept_local``). ``set_aside``
counts pulled changes this laptop could not apply yet and its own changes the server refused
(held back: not pending either), both listed by ``fieldkit sync problems``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.storage.conflict_views import unresolved_count
from fieldkit.storage.models import ChangeLogEntry, LocalState, Study
from fieldkit.storage.outbox import pending_count
from fieldkit.storage.refused_push_list import refused_count
from fieldkit.storage.set_aside import set_aside_count
from fieldkit.storage.sync_cursors import get_cursor


@dataclass(frozen=True)
class LocalSyncStatus:
    pending: int  # changes waiting to be sent
    last_sync_ms: int | None  # server time of the last successful sync round, or None
    conflicts: int  # unresolved
    last_seq: int  # the newest local change's number: it moves on every local edit
    kept_local: int = 0  # changes in viewer studies, never sent
    set_aside: int = 0  # pulled changes not applied yet, own changes refused (held back)


def local_sync_status(session: Session) -> LocalSyncStatus:
    # Imported here: the desktop app's status bar imports this module at start, the client later.
    from fieldkit.sync.client import LAST_SYNC_KEY, VIEWER_KEY

    last_seq = session.execute(select(func.max(ChangeLogEntry.seq))).scalar_one() or 0
    viewer = set(_json_list(session, VIEWER_KEY))
    study_ids = session.execute(select(col(Study.id))).scalars()  # a few rows, not the log
    pending = kept = 0
    for study_id in study_ids:
        after = int(get_cursor(session, study_id=study_id, name="push") or 0)
        count = pending_count(session, after_seq=after, study_id=study_id)
        if study_id in viewer:
            kept += count
        else:
            pending += count
    last = session.get(LocalState, LAST_SYNC_KEY, populate_existing=True)
    try:
        last_ms = int(last.value) if last is not None else None
    except ValueError:
        last_ms = None
    return LocalSyncStatus(
        pending=pending,
        last_sync_ms=last_ms,
        conflicts=unresolved_count(session),
        last_seq=int(last_seq),
        kept_local=kept,
        set_aside=set_aside_count(session) + refused_count(session),
    )


def _json_list(session: Session, key: str) -> list[str]:
    state = session.get(LocalState, key, populate_existing=True)
    if state is None:
        return []
    try:
        return [str(s) for s in json.loads(state.value)]
    except (ValueError, TypeError):
        return []


__all__ = ["LocalSyncStatus", "local_sync_status"]
