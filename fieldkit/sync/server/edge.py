"""``Edge``: the one ASGI middleware every request goes through before FastAPI's routes.

In one layer (four layers of middleware cost each request four more coroutines and message
copies, a measurable share of a sync's CPU under load), in this order:

- a request id and one log line (``request_log.py``), the 500 for an error nothing handled;
- the server's time on every reply (``server_time.py``), refusals included;
- 431 for a request whose headers total more than ``header_limit`` bytes: uvicorn's h11 limit
  stops headers that keep arriving past it, not those that come whole in one read (256 kB);
- 413 for a body over its limit, declared or streamed: ``body_limit`` for sync batches and
  upload chunks, ``small_body_limit`` for every other endpoint (FastAPI parses those bodies on
  the event loop: 15 MB of ``{},`` sent to /login held it 3 s).
"""

from __future__ import annotations

import json
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fieldkit.sync.server.request_log import (
    HEADER,
    SCOPE_KEY,
    RequestInfo,
    client_request_id,
    log_request,
    log_unhandled,
    server_error_body,
)
from fieldkit.sync.server.server_time import HEADER as SERVER_TIME

# The endpoints whose bodies may be large (sync batches, upload chunks); they parse them off
# the event loop.
_LARGE_BODIES = (("POST", "/api/v1/sync"), ("PUT", "/api/v1/uploads/"))


class _TooLarge(Exception):
    pass


class Edge:
    def __init__(
        self, app: ASGIApp, *, body_limit: int, small_body_limit: int, header_limit: int
    ) -> None:
        self.app = app
        self.body_limit = body_limit
        self.small_body_limit = small_body_limit
        self.header_limit = header_limit

    def _body_limit(self, scope: Scope) -> int:
        method, path = scope.get("method", ""), scope.get("path", "")
        large = any(method == m and path.startswith(p) for m, p in _LARGE_BODIES)
        return self.body_limit if large else self.small_body_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        header_bytes = 0
        given = declared = None
        for key, value in scope.get("headers") or ():
            header_bytes += len(key) + len(value) + 4
            if key == HEADER:
                given = value
            elif key == b"content-length":
                declared = value
        rid = client_request_id(given) or uuid.uuid4().hex
        info = RequestInfo(request_id=rid)
        scope[SCOPE_KEY] = info
        limit = self._body_limit(scope)
        status = bytes_in = bytes_out = 0
        tags = [(HEADER, rid.encode())]

        async def counted_receive() -> Message:
            nonlocal bytes_in
            message = await receive()
            if message["type"] == "http.request":
                bytes_in += len(message.get("body", b""))
                if bytes_in > limit:
                    raise _TooLarge()
            return message

        async def tagged_send(message: Message) -> None:
            nonlocal status, bytes_out
            if message["type"] == "http.response.start":
                status = int(message["status"])
                now = str(time.time_ns() // 1_000_000).encode()
                headers = [*(message.get("headers") or ()), *tags, (SERVER_TIME, now)]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                bytes_out += len(message.get("body", b""))
            await send(message)

        try:
            if header_bytes > self.header_limit:
                detail = (
                    "the request's headers are larger than the server accepts "
                    f"({self.header_limit} bytes)"
                )
                await _reply(tagged_send, 431, {"detail": detail})
            elif declared is not None and declared.isdigit() and int(declared) > limit:
                await _too_large(tagged_send, limit)
            else:
                try:
                    await self.app(scope, counted_receive, tagged_send)
                except _TooLarge:
                    if status == 0:
                        await _too_large(tagged_send, limit)
        except Exception:
            log_unhandled(rid, scope)
            if status == 0:
                await _reply(tagged_send, 500, server_error_body(rid))
            else:
                status = 500  # the reply was cut off part way
        finally:
            log_request(scope, info, status, started, bytes_in, bytes_out)


async def _too_large(send: Send, limit: int) -> None:
    detail = f"the request is larger than the server accepts ({limit} bytes)"
    await _reply(send, 413, {"detail": detail})


async def _reply(send: Send, status: int, body: dict[str, str]) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


__all__ = ["Edge"]
