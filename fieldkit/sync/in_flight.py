"""What this data folder has sent: the highest change counter per study ever put on the wire.

When a reply is lost, the server may hold a batch the client never saw acknowledged. The next
batch can be smaller (another study took more of the byte budget, or ``--max-bytes`` changed),
so the server's acknowledgement comes back *above* the batch's last counter. That is fine when
this folder did send up to there; it is the sign of a data folder restored from a backup (or
copied) only when it did not. The mark is written before each request that pushes, so it
survives a crash.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import Session

from fieldkit.storage.db import Store
from fieldkit.storage.device_identity import SENT_PREFIX
from fieldkit.storage.models import LocalState

PREFIX = SENT_PREFIX


def note_sent(store: Store, last_seqs: Mapping[str, int]) -> None:
    """Raise each study's mark to ``last_seqs[study]`` (one transaction; none if nothing new)."""
    if not last_seqs:
        return
    with store.read() as session:
        current = {sid: sent_up_to(session, sid) for sid in last_seqs}
    raised = {sid: seq for sid, seq in last_seqs.items() if seq > current[sid]}
    if not raised:
        return
    with store.write() as session:
        for sid, seq in raised.items():
            state = session.get(LocalState, PREFIX + sid)
            if state is None:
                session.add(LocalState(key=PREFIX + sid, value=str(seq)))
            elif seq > _int(state.value):
                state.value = str(seq)


def sent_up_to(session: Session, study_id: str) -> int:
    state = session.get(LocalState, PREFIX + study_id)
    return _int(state.value) if state is not None else 0


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


__all__ = ["note_sent", "sent_up_to"]
