"""HTTP to the team server: one request at a time, counted, errors mapped to typed errors.

Uses only the standard library (urllib), so the desktop install stays light; tests pass their
own ``Transport`` to inject faults.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from fieldkit.errors import (
    AuthenticationError,
    DeviceTakenError,
    PermissionDeniedError,
    ServerUnreachableError,
    SyncError,
)
from fieldkit.sync import codec
from fieldkit.sync.clock import CLOCK_AHEAD, ClockAheadError

API = "/api/v1"
# Bytes of JSON per sync request, each way. 16 MiB: a first sync of a large study (150,000
# records, 170 MB of JSON) takes about 11 round trips instead of 700 and compresses about 10%
# better than in 4 MiB batches (more context for zstd); a day's work, or 1% of a large study,
# goes in one. Text compresses 10 to 15 times, so even a full batch is about 1.2 MB on the
# wire, 25 s on a 50 kB/s link; an interrupted sync resumes from the last batch acknowledged.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
MAX_BODY = 256 * 1024 * 1024


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: Mapping[str, str]
    body: bytes


class Transport(Protocol):
    """Sends one HTTP request; raises ServerUnreachableError when there is no answer."""

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse: ...


class UrllibTransport:
    """The default transport (the standard library, so the desktop install stays light)."""

    def __init__(self, *, timeout_s: float = 60.0) -> None:
        self.timeout_s = timeout_s

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers))
        try:
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as reply:
                    return HttpResponse(reply.status, _lower(reply.headers.items()), reply.read())
            except urllib.error.HTTPError as exc:
                return HttpResponse(exc.code, _lower(exc.headers.items()), exc.read())
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServerUnreachableError(f"cannot reach the server at {url}: {reason}") from None
        except http.client.HTTPException as exc:
            # A reply cut short (IncompleteRead) or garbled by a dropped link: a network fault.
            raise ServerUnreachableError(
                f"the connection to the server at {url} broke off mid-reply "
                f"({type(exc).__name__}); sync again to carry on"
            ) from None


def _lower(items: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in items}


class Client:
    """One server conversation: counts requests and bytes, maps HTTP errors to typed errors."""

    def __init__(
        self, *, server_url: str, token: str | None, transport: Transport | None = None
    ) -> None:
        self.base = server_url.rstrip("/")
        self.token = token
        self.transport: Transport = transport or UrllibTransport()
        self.requests = 0
        self.bytes_sent = 0
        self.bytes_received = 0

    def call(self, method: str, path: str, body: Any = None, *, compress: bool = False) -> Any:
        headers = {"Accept": "application/json", "Accept-Encoding": codec.accepted_encodings()}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data: bytes | None = None
        if body is not None:
            data = codec.dump_json(body)
            headers["Content-Type"] = "application/json"
            if compress:
                encoding = codec.preferred_encoding()
                data = codec.compress(data, encoding)
                headers["Content-Encoding"] = encoding
        return self.send(method, path, data, headers)

    def send(self, method: str, path: str, data: bytes | None, headers: Mapping[str, str]) -> Any:
        self.requests += 1
        self.bytes_sent += len(data or b"")
        reply = self.transport(method, self.base + API + path, body=data, headers=headers)
        self.bytes_received += len(reply.body)
        try:
            raw = codec.decompress(
                reply.body, reply.headers.get("content-encoding"), max_size=MAX_BODY
            )
            payload = codec.load_json(raw) if raw else None
        except ValueError:
            if reply.status >= 400:
                payload = None
            else:
                raise SyncError("the server sent a reply fieldkit cannot read") from None
        if reply.status >= 400:
            _raise_for(reply.status, payload, self.base)
        return payload


def _raise_for(status: int, payload: Any, base: str) -> None:
    detail = payload.get("detail") if isinstance(payload, dict) else None
    message = detail if isinstance(detail, str) else f"the server answered HTTP {status}"
    if status == 401:
        raise AuthenticationError(f"the server refused the sign-in: {message}")
    if status == 403:
        if isinstance(payload, dict) and payload.get("code") == DeviceTakenError.code:
            raise DeviceTakenError(message)
        raise PermissionDeniedError(message)
    if status == 429:
        raise AuthenticationError(message)
    if status == 409 and isinstance(payload, dict) and payload.get("code") == CLOCK_AHEAD:
        server_ms = payload.get("server_time_ms")
        if isinstance(server_ms, int) and not isinstance(server_ms, bool):
            raise ClockAheadError(message, server_time_ms=server_ms)
    if status >= 500:
        raise SyncError(f"the server at {base} failed (HTTP {status}); try again later")
    raise SyncError(f"the server refused the request (HTTP {status}): {message}")
