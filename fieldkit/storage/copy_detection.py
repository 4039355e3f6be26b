"""Noticing a data folder that is a copy, so that it takes a device identity of its own.

A device id names one replica. Two folders with the same id (a folder copied to a second
laptop, or restored from a backup) would send different changes under the same counters, and
the server would keep only one of them. So a folder remembers the machine it runs on
(``identity:machine``, a digest of the OS's machine id), and is marked for a new identity
(``identity:renew``) when:

- it is opened on another machine than the one it remembers (a copy on a new laptop);
- it was restored from a backup (``fieldkit restore`` leaves ``.restored`` in it, turned into
  the mark at its first open);
- the server has already acknowledged later counters of this device than the folder holds
  (a copy or a backup on the same machine: the sync client marks it).

The sync client then asks the server for a new device and takes it
(``fieldkit.sync.identity_renewal``): unacknowledged changes are re-stamped and sent again,
everything the server holds is pulled, nothing is lost or duplicated (rows keep their ids).
"""

from __future__ import annotations

import hashlib
import os
import sys
import uuid
from pathlib import Path

from fieldkit.storage.db import Store
from fieldkit.storage.device_identity import RENEW_KEY
from fieldkit.storage.local_values import read_local, write_local

MACHINE_KEY = "identity:machine"
RESTORED_MARK = ".restored"  # left in a folder by ``fieldkit restore`` (backup.py)
MACHINE_ENV = "FIELDKIT_MACHINE_ID"  # overrides the OS's machine id (tests, odd systems)
_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def machine_fingerprint() -> str:
    """A stable digest naming this computer (never the raw id: it is not ours to spread)."""
    raw = os.environ.get(MACHINE_ENV, "")
    if not raw:
        for path in _MACHINE_ID_FILES:
            try:
                raw = path.read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError):
                continue
            if raw:
                break
    if not raw:  # macOS, Windows, containers without a machine id: the network card's address
        raw = f"{sys.platform}:{uuid.getnode():012x}"
    return hashlib.sha256(f"fieldkit-machine:{raw}".encode()).hexdigest()[:32]


def note_machine(store: Store, machine: str | None = None) -> bool:
    """Remember this machine; True (and the folder marked for renewal) if it was another one."""
    machine = machine or machine_fingerprint()
    mark = store.data_dir / RESTORED_MARK
    if mark.exists():  # restored from a backup: a new identity before anything is sent
        mark_for_new_identity(store, "restored")
        mark.unlink()
    with store.read() as session:
        known = read_local(session, MACHINE_KEY)
    if known == machine:
        return False
    with store.write() as session:
        write_local(session, MACHINE_KEY, machine)
        if known is not None:
            write_local(session, RENEW_KEY, "copied")
    return known is not None


def mark_for_new_identity(store: Store, reason: str) -> None:
    with store.write() as session:
        write_local(session, RENEW_KEY, reason)


def needs_new_identity(store: Store) -> str | None:
    """Why this folder must take a new device identity before it syncs, or None."""
    with store.read() as session:
        reason = read_local(session, RENEW_KEY)
    return reason or None


__all__ = [
    "MACHINE_ENV",
    "MACHINE_KEY",
    "RENEW_KEY",
    "RESTORED_MARK",
    "machine_fingerprint",
    "mark_for_new_identity",
    "needs_new_identity",
    "note_machine",
]
