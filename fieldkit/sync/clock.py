"""Clock correction and the clamp on future stamps (both ends of the protocol).

- Every server reply carries ``server_time_ms``. The client measures its offset (the server's
  time minus this laptop's wall clock, at the middle of the round trip) and keeps it in local
  state; the store's clock adds it to the wall clock, so a laptop with a wrong date stamps its
  changes with about the team's time from its first sign-in on.
- The server refuses a push with a stamp more than :data:`MAX_FUTURE_MS` ahead of its own time
  (HTTP 409, ``code: clock_ahead``, with its time): a laptop with a wrong date must not win every
  conflict. Refusing, not rewriting: the server is a relay and the pushing laptop keeps its own
  stamps (as field stamps and as bases of its later changes), so only the laptop can rewrite them
  consistently. Nothing is lost: the refused request stored nothing, and the client rewrites the
  late stamps (``fieldkit.storage.restamp``), corrects its clock and sends again.
"""

from __future__ import annotations

from sqlmodel import Session

from fieldkit.errors import SyncError, ValidationError, phrase
from fieldkit.storage.changes import CLOCK_OFFSET_KEY
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.local_values import write_local
from fieldkit.storage.models import LocalState
from fieldkit.storage.restamp import rewrite_future_stamps

MAX_FUTURE_MS = 5 * 60 * 1000
CLOCK_AHEAD = "clock_ahead"  # the ``code`` of the server's refusal


class StampAheadError(ValidationError):
    """Server side: a pushed stamp is too far ahead of the server's time."""

    def __init__(self, message: str, *, server_time_ms: int) -> None:
        super().__init__(message)
        self.server_time_ms = server_time_ms


class ClockAheadError(SyncError):
    """Client side: the server refused this laptop's stamps as too far in the future."""

    def __init__(self, message: str, *, server_time_ms: int) -> None:
        super().__init__(message)
        self.server_time_ms = server_time_ms


def check_not_ahead(stamp: Stamp, *, server_time_ms: int) -> None:
    """Raise :class:`StampAheadError` for a stamp more than MAX_FUTURE_MS after the server."""
    ahead = stamp.wall_ms - server_time_ms
    if ahead > MAX_FUTURE_MS:
        raise StampAheadError(
            phrase(
                "this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the times "
                "of its changes and sends them again (if this keeps happening, set the laptop's "
                "date and time)",
                ahead=describe(ahead),
            ),
            server_time_ms=server_time_ms,
        )


def describe(ms: int) -> str:
    seconds = abs(ms) / 1000
    if seconds < 120:
        return f"{seconds:.0f} seconds"
    if seconds < 7200:
        return f"{seconds / 60:.0f} minutes"
    if seconds < 172800:
        return f"{seconds / 3600:.0f} hours"
    return f"{seconds / 86400:.0f} days"


OFFSET_DEADBAND_MS = 2000  # a smaller offset is measurement noise, not a wrong date


def measure_offset(*, server_time_ms: int, sent_ms: int, received_ms: int) -> int:
    """The server's time minus ours, taking the server's reading as the round trip's middle.

    An offset no larger than its uncertainty (half the round trip, and at least
    :data:`OFFSET_DEADBAND_MS`) is taken as zero: the correction exists for laptops with a wrong
    date, and applying noise would reorder edits that two correct clocks made a moment apart.
    """
    offset = int(server_time_ms - (sent_ms + received_ms) // 2)
    uncertainty = max((received_ms - sent_ms) // 2, OFFSET_DEADBAND_MS)
    return 0 if abs(offset) <= uncertainty else offset


def save_offset(session: Session, offset_ms: int) -> None:
    write_local(session, CLOCK_OFFSET_KEY, str(offset_ms))


def record_server_time(store: Store, *, server_time_ms: int, sent_ms: int, received_ms: int) -> int:
    """Keep the offset measured on one round trip (its own transaction); returns it."""
    offset = measure_offset(server_time_ms=server_time_ms, sent_ms=sent_ms, received_ms=received_ms)
    with store.write() as session:
        save_offset(session, offset)
    store.clock.offset_ms = offset
    return offset


def correct_future_stamps(
    store: Store, *, server_time_ms: int, sent_ms: int, received_ms: int
) -> dict[str, str]:
    """After a ``clock_ahead`` refusal: correct the clock, rewrite the late stamps.

    Only stamps later than the server's own limit at the refusal are rewritten: a stamp the
    server accepted earlier was within its limit then, and its time only moves on, so those
    have left the laptop and must stay as they are. Returns old stamp -> new stamp.
    """
    offset = measure_offset(server_time_ms=server_time_ms, sent_ms=sent_ms, received_ms=received_ms)
    with store.write() as session:
        state = session.get(LocalState, CLOCK_OFFSET_KEY)
        try:
            previous = int(state.value) if state is not None else 0
        except ValueError:
            previous = 0
        save_offset(session, offset)
        mapping = rewrite_future_stamps(
            session,
            device=store.device_id,
            limit_ms=server_time_ms + MAX_FUTURE_MS,
            cap_ms=server_time_ms,
            shift_ms=offset - previous,
        )
    store.clock.offset_ms = offset
    return mapping


__all__ = [
    "CLOCK_AHEAD",
    "MAX_FUTURE_MS",
    "ClockAheadError",
    "StampAheadError",
    "check_not_ahead",
    "correct_future_stamps",
    "measure_offset",
    "record_server_time",
    "save_offset",
]
