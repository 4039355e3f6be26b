"""The server's limits and tuning, one frozen value handed to the app and its routes.

Its own module so that the routes can read it without importing the app that installs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.sync.server.limits import DEFAULT_MAX_BODY_MB, MAX_HEADER_BYTES
from fieldkit.sync.server.login_limiter import LimitPolicy
from fieldkit.sync.server.store import DEFAULT_TOKEN_IDLE_DAYS


@dataclass(frozen=True)
class ServerConfig:
    max_request_bytes: int = 16 * 1024 * 1024  # on the wire
    # Decompressed (``serve --max-body-mb``; see limits.py).
    max_body_bytes: int = DEFAULT_MAX_BODY_MB * 1024 * 1024
    max_json_depth: int = 64  # a sync request nests 7 levels
    # Sync bodies decompressed and parsed at once per worker: each may briefly take a few times
    # its size in memory (a 16 MiB push is about 150 MB of Python objects).
    parse_concurrency: int = 2
    # zstd level 19 took 35 ms of CPU for a 70 kB reply, half of a sync's server time with 50
    # laptops; level 12 takes 3 ms for 6 % more bytes (above 1 MiB replies use 12 anyway).
    reply_zstd_level: int = 12
    # PostgreSQL connections per worker (``serve --db-connections`` shared by the workers);
    # None: SQLAlchemy's default (5, and 10 more while busy).
    db_pool_size: int | None = None
    max_pull_bytes: int = 16 * 1024 * 1024  # JSON per reply (the client asks for less)
    default_pull_bytes: int = 256 * 1024
    login_limits: LimitPolicy = field(default_factory=LimitPolicy)
    token_idle_days: float = DEFAULT_TOKEN_IDLE_DAYS  # a token unused this long: sign in again
    max_blob_bytes: int = 5 * 1024 * 1024 * 1024  # one media file (a long WAV recording)
    max_chunk_bytes: int = 8 * 1024 * 1024  # one upload chunk
    max_header_bytes: int = MAX_HEADER_BYTES
    # Any other request's body (sign-in, asking for 10,000 hashes: 700 kB).
    max_small_request_bytes: int = 1024 * 1024

    @property
    def max_json_values(self) -> int:
        """Real changes take 15 bytes or more per JSON value; ``{},`` takes 3."""
        return max(self.max_body_bytes // 12, 1000)
