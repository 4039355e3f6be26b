"""When this data folder was last backed up, and whether to remind the researcher."""

from __future__ import annotations

import time
from collections.abc import Callable

from fieldkit.storage.db import Store
from fieldkit.storage.local_values import read_local, write_local

LAST_BACKUP_KEY = "backup:last_ms"
FIRST_SEEN_KEY = "backup:first_seen_ms"  # when this folder was first checked, never backed up
REMIND_AFTER_MS = 7 * 24 * 3600 * 1000  # a week


def _wall_ms() -> int:
    return int(time.time() * 1000)


def note_backup(store: Store, now_ms: Callable[[], int] = _wall_ms) -> None:
    with store.write() as session:
        write_local(session, LAST_BACKUP_KEY, str(now_ms()))


def last_backup_ms(store: Store) -> int | None:
    with store.read() as session:
        value = read_local(session, LAST_BACKUP_KEY)
    return int(value) if value and value.isdigit() else None


def backup_due(store: Store, now_ms: Callable[[], int] = _wall_ms) -> bool:
    """True when the last backup is more than a week old, or when a folder that was never
    backed up has been in use for a week (a folder made a minute ago is not overdue)."""
    last = last_backup_ms(store)
    if last is None:
        with store.write() as session:
            first = read_local(session, FIRST_SEEN_KEY)
            if not (first and first.isdigit()):
                write_local(session, FIRST_SEEN_KEY, str(now_ms()))
                return False
        last = int(first)
    return now_ms() - last > REMIND_AFTER_MS


__all__ = [
    "FIRST_SEEN_KEY",
    "LAST_BACKUP_KEY",
    "REMIND_AFTER_MS",
    "backup_due",
    "last_backup_ms",
    "note_backup",
]
