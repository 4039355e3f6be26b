"""The push cursor's next position after a reply: every case of the decision, as a table."""

from __future__ import annotations

import pytest

from fieldkit.sync.push_position import PushDecision, PushMove, decide_push

KEEP, ACK, RESEND, RESTORED = (
    PushMove.KEEP,
    PushMove.ACKNOWLEDGED,
    PushMove.RESEND,
    PushMove.RESTORED,
)

# after, last, has changes, ack, sent, resend  ->  move, new cursor
CASES = [
    # a batch sent and stored
    ((10, 20, True, 20, 20, False), (ACK, 20)),
    # entries that carried nothing left to send: acknowledged all the same
    ((10, 20, False, 20, 10, False), (ACK, 20)),
    # nothing to send, nothing new: the cursor stays
    ((10, 10, False, 10, 10, False), (KEEP, None)),
    # a viewer's study (nothing sent) whatever the server says
    ((10, 10, False, 0, 10, False), (KEEP, None)),
    # a lost reply: the server stored an earlier batch up to 15; send again from there
    ((10, 20, True, 15, 20, False), (RESEND, 15)),
    # a lost reply and a smaller batch now: the server has more than this batch (up to what
    # this folder did send): carry on from the server's mark
    ((10, 20, True, 30, 30, False), (RESEND, 30)),
    # the server holds later counters than this folder ever sent: restored or copied folder
    ((10, 20, True, 30, 20, False), (RESTORED, None)),
    # the server holds less than it had acknowledged (restored, lost writes): resend
    ((10, 20, True, 4, 20, True), (RESEND, 4)),
    ((10, 10, False, 0, 10, True), (RESEND, 0)),
    # the server stored nothing and acknowledges no more than the cursor (overlap refused)
    ((10, 20, True, 10, 20, False), (KEEP, None)),
    # changes the server refused are held back (refused_pushes.py) and the batch sent again
    # without them, over the same counters: the server's mark covers the held ones
    ((10, 20, True, 20, 20, False), (ACK, 20)),
    # only held-back entries after the cursor (nothing sent; never counted as sent): passed
    # once the server's mark covers them, as the other laptops never miss a counter
    ((20, 25, False, 25, 20, False), (ACK, 25)),
    # ... while a server that holds less than that (it refused the overlap) keeps them waiting
    ((20, 25, False, 20, 20, False), (KEEP, None)),
]


@pytest.mark.parametrize(("given", "expected"), CASES)
def test_push_position(
    given: tuple[int, int, bool, int, int, bool], expected: tuple[PushMove, int | None]
) -> None:
    after, last, has_changes, ack, sent, resend = given
    decision = decide_push(
        after_seq=after, last_seq=last, has_changes=has_changes, ack=ack, sent=sent, resend=resend
    )
    assert decision == PushDecision(*expected)
    assert decision.again == (expected[0] is PushMove.RESEND)
