"""Every reply carries the server's time (``X-Server-Time-Ms``), refusals and 413s included.

The JSON bodies of ``/sync``, ``/login``, ``/studies`` and ``/health`` also carry
``server_time_ms``; the header makes it true of every reply, for a client measuring its offset
from whatever it last heard (see ``fieldkit.sync.clock``).
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-server-time-ms"


class ServerTimeHeader:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers.append((HEADER, str(time.time_ns() // 1_000_000).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, stamped)
