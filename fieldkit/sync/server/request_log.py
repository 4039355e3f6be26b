"""One log line per request, and a request id that follows it into errors and the reply.

``RequestLog`` is plain ASGI middleware (the outermost one): it gives each request an id (the
client's ``X-Request-ID`` when it is a short token, else a new one), returns it in the
``X-Request-ID`` reply header, and when the reply is sent logs, on ``fieldkit.server.request``:
method, path template (``/api/v1/studies/{study_id}``, not the id), status, duration in ms,
user and device id (when the request was signed in), bytes in and out, and the request id.
Bodies, headers, query strings and so tokens and passwords are never logged.

An error no handler turned into a reply is logged with its traceback and the request id, and
the client gets a 500 naming that id.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("fieldkit.server.request")
errors = logging.getLogger("fieldkit.server.error")

SCOPE_KEY = "fieldkit.request"
HEADER = b"x-request-id"
_CLIENT_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,64}$")


@dataclass
class RequestInfo:
    """What the log line says about one request; routes fill in who sent it."""

    request_id: str
    user_id: int | None = None
    device_id: str | None = None


def request_info(scope: Scope) -> RequestInfo | None:
    info = scope.get(SCOPE_KEY)
    return info if isinstance(info, RequestInfo) else None


def note_identity(scope: Scope, *, user_id: int, device_id: str) -> None:
    """Called once a request's token is checked, so its log line names the user and device."""
    info = request_info(scope)
    if info is not None:
        info.user_id = user_id
        info.device_id = device_id


def request_id(scope: Scope) -> str:
    info = request_info(scope)
    return info.request_id if info is not None else "-"


def _path_template(scope: Scope) -> str:
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    if isinstance(template, str):
        return template
    return "(no route)"  # a 404 or a reply from middleware: the raw path might hold anything


class RequestLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        given = dict(scope.get("headers") or []).get(HEADER)
        rid = given.decode() if given and _CLIENT_ID.match(given) else uuid.uuid4().hex
        info = RequestInfo(request_id=rid)
        scope[SCOPE_KEY] = info
        status = 0
        bytes_in = 0
        bytes_out = 0

        async def counting_receive() -> Message:
            nonlocal bytes_in
            message = await receive()
            if message["type"] == "http.request":
                bytes_in += len(message.get("body", b""))
            return message

        async def tagging_send(message: Message) -> None:
            nonlocal status, bytes_out
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = list(message.get("headers") or [])
                headers.append((HEADER, rid.encode()))
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                bytes_out += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, tagging_send)
        except Exception:
            errors.exception(
                "unhandled error",
                extra={"fields": {"request_id": rid, "path": _path_template(scope)}},
            )
            if status == 0:
                await _server_error(rid, tagging_send)
            else:
                status = 500  # the reply was cut off part way
        finally:
            fields: dict[str, Any] = {
                "method": scope.get("method", ""),
                "path": _path_template(scope),
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "user_id": info.user_id,
                "device_id": info.device_id,
                "bytes_in": bytes_in,
                "bytes_out": bytes_out,
                "request_id": rid,
            }
            log.info("%s %s %s", fields["method"], fields["path"], status, extra={"fields": fields})


async def _server_error(rid: str, send: Send) -> None:
    body = json.dumps(
        {
            "detail": "the server failed on this request; its admin can find what happened "
            f"in the server log under request id {rid}",
            "request_id": rid,
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 500,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
