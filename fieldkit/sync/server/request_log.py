"""One log line per request, and a request id that follows it into errors and the reply.

The middleware (``edge.py``) gives each request an id (the client's ``X-Request-ID`` when it
is a short token, else a new one), returns it in the ``X-Request-ID`` reply header, and when
the reply is sent logs, on ``fieldkit.server.request``: method, path template
(``/api/v1/studies/{study_id}``, not the id), status, duration in ms, user and device id (when
the request was signed in), bytes in and out, and the request id.
Bodies, headers, query strings and so tokens and passwords are never logged.

An error no handler turned into a reply is logged with its traceback and the request id, and
the client gets a 500 naming that id.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from starlette.types import Scope

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


def client_request_id(given: bytes | None) -> str | None:
    """The client's ``X-Request-ID`` when it is a short token (else the server makes one)."""
    return given.decode() if given and _CLIENT_ID.match(given) else None


def log_request(
    scope: Scope, info: RequestInfo, status: int, started: float, bytes_in: int, bytes_out: int
) -> None:
    """The request's log line (``started``: its ``time.perf_counter()`` on arrival)."""
    fields: dict[str, Any] = {
        "method": scope.get("method", ""),
        "path": _path_template(scope),
        "status": status,
        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
        "user_id": info.user_id,
        "device_id": info.device_id,
        "bytes_in": bytes_in,
        "bytes_out": bytes_out,
        "request_id": info.request_id,
    }
    log.info("%s %s %s", fields["method"], fields["path"], status, extra={"fields": fields})


def log_unhandled(rid: str, scope: Scope) -> None:
    """Called in an ``except`` block: the error with its traceback and the request id."""
    errors.exception(
        "unhandled error", extra={"fields": {"request_id": rid, "path": _path_template(scope)}}
    )


def server_error_body(rid: str) -> dict[str, str]:
    return {
        "detail": "the server failed on this request; its admin can find what happened "
        f"in the server log under request id {rid}",
        "request_id": rid,
    }
