"""Is the team server reachable? A cheap health probe, and the backoff between probes.

``check_server`` sends ``GET /api/v1/health`` (no sign-in, a few hundred bytes) with a short
timeout. ``Backoff`` spaces failed probes out exponentially with jitter (5 s, 10 s, 20 s … up to
5 min by default), so a laptop offline for a week does not keep its radio busy, and a team's
laptops coming back together do not all knock at the same second.
"""

from __future__ import annotations

import random

from fieldkit.errors import SyncError, phrase
from fieldkit.sync.transport import Client, Transport, UrllibTransport

PROBE_TIMEOUT_S = 5.0


def check_server(
    server_url: str, *, timeout_s: float = PROBE_TIMEOUT_S, transport: Transport | None = None
) -> int:
    """The server's time in ms if it answers its health check; ServerUnreachableError if not."""
    client = Client(
        server_url=server_url,
        token=None,
        transport=transport or UrllibTransport(timeout_s=timeout_s),
    )
    reply = client.call("GET", "/health")
    if not isinstance(reply, dict) or reply.get("status") != "ok":
        raise SyncError(
            phrase("{at} answered, but it does not look like a fieldkit server", at=server_url)
        )
    try:
        return int(reply["server_time_ms"])
    except (KeyError, TypeError, ValueError):
        raise SyncError(
            phrase("{at} sent a health reply fieldkit cannot read", at=server_url)
        ) from None


class Backoff:
    """Delays (seconds) between attempts: doubling from ``initial_s`` to ``maximum_s``, jittered.

    Each delay is the nominal one times a random factor in [1 - jitter, 1 + jitter], never above
    ``maximum_s``. ``reset`` after a success starts again from ``initial_s``.
    """

    def __init__(
        self,
        *,
        initial_s: float = 5.0,
        maximum_s: float = 300.0,
        factor: float = 2.0,
        jitter: float = 0.2,
        rng: random.Random | None = None,
    ) -> None:
        if not 0 < initial_s <= maximum_s or factor < 1 or not 0 <= jitter < 1:
            raise ValueError("backoff needs 0 < initial <= maximum, factor >= 1, 0 <= jitter < 1")
        self.initial_s = initial_s
        self.maximum_s = maximum_s
        self.factor = factor
        self.jitter = jitter
        self.rng = rng or random.Random()
        self.failures = 0

    def next_delay(self) -> float:
        """The wait before the next attempt, after one more failure."""
        nominal = min(self.maximum_s, self.initial_s * self.factor ** min(self.failures, 60))
        self.failures += 1
        spread = 1 + self.rng.uniform(-self.jitter, self.jitter)
        return min(self.maximum_s, nominal * spread)

    def reset(self) -> None:
        self.failures = 0


__all__ = ["PROBE_TIMEOUT_S", "Backoff", "check_server"]
