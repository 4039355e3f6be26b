"""uvicorn with the server's limits: header size and read time, idle keep-alive, concurrency.

uvicorn closes an idle keep-alive connection after ``timeout_keep_alive`` seconds, but a
connection that sends half a request line or half its headers and then stalls (a slowloris)
stays open for ever: 50 of them held 50 sockets and counted against ``limit_concurrency``.
``GuardedH11Protocol`` gives every request ``header_timeout_s`` seconds from its first byte
(or from the connection's opening) to the end of its headers, then closes the connection.
Bodies are not timed: a 256 kB media chunk on a 2G link may take a minute to arrive.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from fieldkit.sync.server.limits import ENV_HEADER_TIMEOUT, HttpLimits, header_timeout_s


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing connections whose headers do not arrive in time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timeout_s = header_timeout_s()
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._waiting_for_headers():
            self._arm()
        super().data_received(data)
        if not self._waiting_for_headers():
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _waiting_for_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self) -> None:
        if self._header_deadline is None:
            self._header_deadline = self.loop.call_later(self._header_timeout_s, self._too_slow)

    def _disarm(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _too_slow(self) -> None:
        self._header_deadline = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            self.transport.close()


def uvicorn_options(limits: HttpLimits) -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.run``; sets the variable the workers read."""
    os.environ[ENV_HEADER_TIMEOUT] = str(limits.header_timeout_s)
    return {
        "http": GuardedH11Protocol,
        "timeout_keep_alive": limits.timeout_keep_alive_s,
        "h11_max_incomplete_event_size": limits.max_header_bytes,
        "limit_concurrency": limits.limit_concurrency,
    }
