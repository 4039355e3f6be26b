"""Every reply carries the server's time (``X-Server-Time-Ms``), refusals and 413s included.

The JSON bodies of ``/sync``, ``/login``, ``/studies`` and ``/health`` also carry
``server_time_ms``; the header (added by the middleware in ``edge.py``) makes it true of every
reply, for a client measuring its offset from whatever it last heard (see
``fieldkit.sync.clock``).
"""

from __future__ import annotations

HEADER = b"x-server-time-ms"
