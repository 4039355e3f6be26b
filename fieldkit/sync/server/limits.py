"""The server's connection limits and their defaults (no web framework imported here).

``fieldkit-server serve`` takes them as options; the workers are separate processes that build
the app and the HTTP protocol themselves, so the values travel in environment variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# The largest sync request accepted, decompressed (``serve --max-body-mb``). A laptop pushes at
# most 16 MiB of JSON at once (transport.DEFAULT_MAX_BYTES), a little more when a batch must
# carry the rows its changes refer to.
DEFAULT_MAX_BODY_MB = 32
# Database connections all workers together may open (``serve --db-connections``), split
# evenly between them; PostgreSQL refuses connections past max_connections (100 by default).
DEFAULT_DB_CONNECTIONS = 60
ENV_HEADER_TIMEOUT = "FIELDKIT_SERVER_HEADER_TIMEOUT_S"
# The request line and headers together (a sync request's are under 1 kB).
MAX_HEADER_BYTES = 16 * 1024


@dataclass(frozen=True)
class HttpLimits:
    header_timeout_s: float = 10.0  # from a request's first byte to the end of its headers
    timeout_keep_alive_s: int = 5  # an idle connection between requests
    max_header_bytes: int = MAX_HEADER_BYTES  # while they arrive (h11's buffer)
    limit_concurrency: int = 1000  # connections and requests per worker; more get 503


def header_timeout_s() -> float:
    """The header timeout ``serve`` chose (the default when none)."""
    try:
        value = float(os.environ.get(ENV_HEADER_TIMEOUT, ""))
    except ValueError:
        return HttpLimits.header_timeout_s
    return value if value > 0 else HttpLimits.header_timeout_s
