"""Taking a new device identity when the server says this one belongs to someone else.

A device id is registered on the team server to the user who first signed in with it. A data
folder copied from a colleague's laptop (or restored from someone else's backup) carries that
colleague's id, and the server refuses it; the folder then takes a new id here and signs in
again.

What changes, in one transaction:

- the device id in ``local_state`` (and the open store's clock), so new edits carry the new id;
- this folder's changes *not yet acknowledged* by the server (change log entries after each
  study's push cursor) that carry the old id are re-stamped with the new one (same time and
  counter, so their order is unchanged), in rows, field stamps, log, bases and conflicts: the
  server only takes a device's own stamps, and these edits were made here. Acknowledged
  changes keep the old id: the server and every other laptop already have them so.
  If the colleague had unsent changes when the folder was copied, both laptops now send them,
  under two stamps with the same values; every replica settles them the same way.
- each study's push cursor is kept as the new device's starting point (``push_base``), which
  the client sends so the server knows the new device starts there, not at 0.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa

from fieldkit.storage.changes import DEVICE_KEY, HLC_KEY
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import DEVICE_DIGITS, Stamp
from fieldkit.storage.local_values import read_local, write_local
from fieldkit.storage.models import ChangeLogEntry, LocalState
from fieldkit.storage.restamp import rewrite_stamps
from fieldkit.storage.sync_cursors import get_cursor, set_cursor

BASE_CURSOR = "push_base"


SENT_PREFIX = "sync:sent:"  # per study: the highest counter put on the wire (sync/in_flight.py)
ACK_CURSOR = "acked"  # per study: the server's signed acknowledgement (sync/client.py)
RENEW_KEY = "identity:renew"  # set when the folder must take a new identity (copy_detection.py)


def take_new_device_id(store: Store, new: str | None = None) -> str:
    """Give this data folder a new device id (see the module's docstring); returns it.

    The server's signed acknowledgements and the "sent" marks belonged to the old id and go;
    a pending renewal (``copy_detection.py``) is done.
    """
    old = store.device_id
    new = new or secrets.token_hex(DEVICE_DIGITS // 2)
    log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
    with store.write() as session:
        studies = [str(s) for s in session.execute(sa.select(log.c.study_id).distinct()).scalars()]
        mapping: dict[str, str] = {}
        for study_id in studies:
            push = int(get_cursor(session, study_id=study_id, name="push") or 0)
            set_cursor(session, study_id=study_id, name=BASE_CURSOR, value=push)
            set_cursor(session, study_id=study_id, name=ACK_CURSOR, value="")
            query = sa.select(log.c.stamp).where(log.c.study_id == study_id, log.c.seq > push)
            for stamp in session.execute(query).scalars():
                if str(stamp).endswith(old):
                    mapping[str(stamp)] = str(stamp)[:-DEVICE_DIGITS] + new
        rewrite_stamps(session, mapping)
        write_local(session, DEVICE_KEY, new)
        state = LocalState.__table__  # type: ignore[attr-defined]
        session.execute(sa.delete(state).where(state.c.key.startswith(SENT_PREFIX)))
        session.execute(sa.delete(state).where(state.c.key == RENEW_KEY))
        last = read_local(session, HLC_KEY)
        if last is not None and last.endswith(old):
            write_local(session, HLC_KEY, last[:-DEVICE_DIGITS] + new)
    # Committed: the open store stamps with the new id from now on.
    store.device_id = new
    store.clock.device = new
    if last is not None:
        store.clock.catch_up(Stamp.decode(last[:-DEVICE_DIGITS] + new))
    return new


__all__ = ["BASE_CURSOR", "take_new_device_id"]
