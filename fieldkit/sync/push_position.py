"""Where a study's push cursor goes after the server's reply: one pure decision.

The client sends a batch of its change log collected after its push cursor (``after_seq``)
up to ``last_seq``; the server replies with its acknowledgement ``ack`` (the high-water mark of
this device's counters it holds) and ``resend`` when it holds less than the client had been
told (restored from a backup, lost writes). ``sent`` is the highest counter this data folder
ever put on the wire for the study (``in_flight``), which tells a lost reply from a data folder
restored from a backup. Table-tested in ``tests/sync/test_push_position.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class PushMove(Enum):
    KEEP = "keep"  # nothing was pushed or acknowledged: the cursor stays
    ACKNOWLEDGED = "acknowledged"  # the batch is stored: the cursor moves to its end
    RESEND = "resend"  # the server holds up to ``cursor``: send again from there, now
    RESTORED = "restored"  # the server holds later counters than this folder ever sent


@dataclass(frozen=True)
class PushDecision:
    move: PushMove
    cursor: int | None = None  # the new push cursor (None: leave it)

    @property
    def again(self) -> bool:
        """Whether this study needs another round trip in this sync for its push."""
        return self.move is PushMove.RESEND


def decide_push(
    *, after_seq: int, last_seq: int, has_changes: bool, ack: int, sent: int, resend: bool
) -> PushDecision:
    """The push cursor's next position for one study after one reply."""
    if resend:
        # The server lost what it had acknowledged: it stored nothing now and holds up to ack.
        return PushDecision(PushMove.RESEND, ack)
    if has_changes and last_seq < ack <= sent:
        # A reply was lost and this batch came out smaller: the server has up to ``ack`` (it
        # stored nothing now); carry on from there.
        return PushDecision(PushMove.RESEND, ack)
    if has_changes and ack > last_seq:
        return PushDecision(PushMove.RESTORED)
    if last_seq > after_seq and ack >= last_seq:
        # Acknowledged (or entries that carried nothing left to send).
        return PushDecision(PushMove.ACKNOWLEDGED, last_seq)
    if after_seq < ack < last_seq:
        # A reply was lost after the server stored an earlier batch: it stored nothing now;
        # send again from what it has.
        return PushDecision(PushMove.RESEND, ack)
    return PushDecision(PushMove.KEEP)


__all__ = ["PushDecision", "PushMove", "decide_push"]
