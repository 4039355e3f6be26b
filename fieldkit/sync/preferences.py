"""This laptop's sync choices, kept in the data folder's local-only ``local_state`` table.

- ``sync:auto``: sync on its own when the server is reachable (off until the user allows it);
- ``sync:data_saver``: send text first and media only on unmetered connections.

The server address, user name and token are not here: they live in the owner-only credentials
file (:mod:`fieldkit.sync.credentials`); the password is never kept anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from fieldkit.storage.local_values import read_local, write_local

AUTO_SYNC_KEY = "sync:auto"
DATA_SAVER_KEY = "sync:data_saver"  # what the media sync reads ("1": on)


@dataclass(frozen=True)
class SyncPreferences:
    auto_sync: bool = False
    data_saver: bool = False


def load_preferences(session: Session) -> SyncPreferences:
    return SyncPreferences(
        auto_sync=_flag(session, AUTO_SYNC_KEY), data_saver=data_saver_enabled(session)
    )


def save_preferences(session: Session, preferences: SyncPreferences) -> None:
    _set_flag(session, AUTO_SYNC_KEY, preferences.auto_sync)
    _set_flag(session, DATA_SAVER_KEY, preferences.data_saver)
    session.flush()


def data_saver_enabled(session: Session) -> bool:
    """True when media should wait for an unmetered connection."""
    return _flag(session, DATA_SAVER_KEY)


def _flag(session: Session, key: str) -> bool:
    return read_local(session, key) == "1"


def _set_flag(session: Session, key: str, on: bool) -> None:
    write_local(session, key, "1" if on else "0")


__all__ = [
    "AUTO_SYNC_KEY",
    "DATA_SAVER_KEY",
    "SyncPreferences",
    "data_saver_enabled",
    "load_preferences",
    "save_preferences",
]
