"""HTTP to the team server: one request at a time, counted, errors mapped to typed errors.

Uses only the standard library (urllib), so the desktop install stays light; tests pass their
own ``Transport`` to inject faults.

The link rules (``UrllibTransport``): HTTPS is checked against the system's certificate
authorities, or against the team's own (``ca_pem``, from ``fieldkit login --ca-file``); plain
``http://`` is refused for any host outside loopback and the private and link-local ranges
unless the user allowed it (``--allow-insecure-http``); after a redirect to another scheme, host
or port the ``Authorization`` header (the device token) is not sent on.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from fieldkit.errors import (
    AuthenticationError,
    ChangeRefusedError,
    DeviceTakenError,
    PermissionDeniedError,
    RequestTooLargeError,
    ServerUnreachableError,
    SyncError,
    ValidationError,
    phrase,
    phrase_from_stored,
)
from fieldkit.sync import codec
from fieldkit.sync.clock import CLOCK_AHEAD, ClockAheadError
from fieldkit.sync.network_errors import network_sentence, status_sentence

if TYPE_CHECKING:
    from fieldkit.sync.credentials import Credentials

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


def is_local_host(host: str) -> bool:
    """Loopback, a private range or link-local: every address the name has (or the literal)."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        found = {str(info[4][0]).split("%")[0] for info in socket.getaddrinfo(name, None)}
    except (OSError, UnicodeError):
        return False  # unknown: not proven local (the request would fail anyway)
    addresses = [ipaddress.ip_address(a) for a in found]
    return bool(addresses) and all(
        a.is_loopback or a.is_private or a.is_link_local for a in addresses
    )


def is_encrypted(url: str) -> bool:
    return urllib.parse.urlsplit(url).scheme == "https"


def insecure_link(url: str) -> bool:
    """Plain HTTP to a host outside loopback and the private and link-local ranges."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme == "http" and not is_local_host(parts.hostname or "")


def check_link(url: str, *, allow_insecure_http: bool) -> None:
    """Refuse a plain-HTTP link across the internet unless the user allowed it."""
    if insecure_link(url) and not allow_insecure_http:
        host = urllib.parse.urlsplit(url).hostname
        raise SyncError(
            phrase(
                "{host} is not on this laptop's network, and http:// would send your sign-in "
                "and your data unencrypted across the internet; use the server's https:// "
                "address (or, knowingly, sign in again with --allow-insecure-http)",
                host=str(host),
            )
        )


def ssl_context(ca_pem: str | None) -> ssl.SSLContext:
    """The system's certificate authorities, or only the team's own (PEM text)."""
    try:
        return ssl.create_default_context(cadata=ca_pem) if ca_pem else ssl.create_default_context()
    except (ssl.SSLError, ValueError) as exc:
        raise ValidationError(
            phrase(
                "the certificate authority file is not a PEM certificate fieldkit can use "
                "({reason})",
                reason=str(exc),
            )
        ) from None


class _HttpsHandler(urllib.request.HTTPSHandler):
    """HTTPS with the team's certificate authorities, loaded at the first https request:
    loading the system's took 50 ms of every sync, and a server on the local network is
    often reached over plain http."""

    def __init__(self, ca_pem: str | None) -> None:
        super().__init__()
        self._ca_pem = ca_pem
        self._made: ssl.SSLContext | None = None

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        if self._made is None:
            self._made = ssl_context(self._ca_pem)
        return self.do_open(http.client.HTTPSConnection, req, context=self._made)


class _NoAuthToOtherHosts(urllib.request.HTTPRedirectHandler):
    """Follows a redirect, but never carries ``Authorization`` to another origin."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(newurl) != _origin(req.full_url):
            for name in list(new.headers):
                if name.lower() in ("authorization", "cookie"):
                    del new.headers[name]
            for name in list(new.unredirected_hdrs):
                if name.lower() in ("authorization", "cookie"):
                    del new.unredirected_hdrs[name]
        return new


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class UrllibTransport:
    """The default transport (the standard library, so the desktop install stays light).

    ``ca_pem``: the team's own certificate authority (else the system's); plain HTTP to a
    host on the internet only with ``allow_insecure_http``.
    """

    def __init__(
        self,
        *,
        timeout_s: float = 60.0,
        ca_pem: str | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self.timeout_s = timeout_s
        self.allow_insecure_http = allow_insecure_http
        self._opener = urllib.request.build_opener(_HttpsHandler(ca_pem), _NoAuthToOtherHosts())

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        check_link(url, allow_insecure_http=self.allow_insecure_http)
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers))
        try:
            try:
                with self._opener.open(request, timeout=self.timeout_s) as reply:
                    return HttpResponse(reply.status, _lower(reply.headers.items()), reply.read())
            except urllib.error.HTTPError as exc:
                return HttpResponse(exc.code, _lower(exc.headers.items()), exc.read())
        except (urllib.error.URLError, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if isinstance(reason, ssl.SSLError):
                raise SyncError(network_sentence(reason, url)) from None
            raise ServerUnreachableError(network_sentence(reason, url)) from None
        except http.client.HTTPException as exc:
            # A reply cut short (IncompleteRead) or garbled by a dropped link: a network fault.
            raise ServerUnreachableError(
                phrase(
                    "the connection to the server at {at} broke off mid-reply ({why}); "
                    "sync again to carry on",
                    at=url,
                    why=type(exc).__name__,
                )
            ) from None


def transport_for(credentials: Credentials, *, timeout_s: float = 60.0) -> UrllibTransport:
    """The transport every request for this account goes through (its link settings)."""
    return UrllibTransport(
        timeout_s=timeout_s,
        ca_pem=credentials.ca_pem,
        allow_insecure_http=credentials.allow_insecure_http,
    )


def insecure_warning(credentials: Credentials) -> str | None:
    """What to say on every sync when plain HTTP across the internet was allowed."""
    if not insecure_link(credentials.server_url):
        return None
    return (
        f"warning: {credentials.server_url} is reached over plain http:// across the internet "
        "(allowed at sign-in): your sign-in and data travel unencrypted; ask for an https:// "
        "address"
    )


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
                raise SyncError(phrase("the server sent a reply fieldkit cannot read")) from None
        if reply.status >= 400:
            _raise_for(reply.status, payload, self.base)
        return payload


def _raise_for(status: int, payload: Any, base: str) -> None:
    detail = payload.get("detail") if isinstance(payload, dict) else None
    message = (
        detail
        if isinstance(detail, str)
        else phrase("the server answered HTTP {status}", status=str(status))
    )
    said = detail if isinstance(detail, str) else None
    if status == 401:
        raise AuthenticationError(status_sentence(401, base, said))
    if status == 403:
        if isinstance(payload, dict) and payload.get("code") == DeviceTakenError.code:
            raise DeviceTakenError(message)
        raise PermissionDeniedError(status_sentence(403, base, said))
    if status == 429:
        raise AuthenticationError(message)
    if status == 409 and isinstance(payload, dict) and payload.get("code") == CLOCK_AHEAD:
        server_ms = payload.get("server_time_ms")
        if isinstance(server_ms, int) and not isinstance(server_ms, bool):
            raise ClockAheadError(message, server_time_ms=server_ms)
    if (
        status == 422
        and isinstance(payload, dict)
        and payload.get("code") == ChangeRefusedError.code
    ):
        refused = _refused_change(payload, message)
        if refused is not None:
            raise refused
    if status == 413:
        limit = re.search(r"(\d+) bytes", detail) if isinstance(detail, str) else None
        raise RequestTooLargeError(
            status_sentence(status, base, said),
            limit_bytes=int(limit.group(1)) if limit else None,
        )
    if status >= 500:
        raise SyncError(status_sentence(status, base))
    raise SyncError(status_sentence(status, base, said))


def _refused_change(payload: dict[str, Any], message: str) -> ChangeRefusedError | None:
    """The server's refusal of one pushed change, or None when it does not say which."""
    study_id, change = payload.get("study_id"), payload.get("change")
    entity, row_id, reason = payload.get("entity"), payload.get("row_id"), payload.get("reason")
    if not (
        isinstance(study_id, str)
        and type(change) is int
        and change > 0
        and isinstance(entity, str)
        and isinstance(row_id, str)
        and isinstance(reason, str)
    ):
        return None
    # An older server sends the English reason alone; a newer one how it was made too, so the
    # app says it in the reader's language.
    stored, code = payload.get("reason_phrase"), payload.get("reason_code")
    return ChangeRefusedError(
        message,
        study_id=study_id,
        change=change,
        entity=entity,
        row_id=row_id,
        reason=phrase_from_stored(reason, stored if isinstance(stored, str) else None),
        reason_code=code if isinstance(code, str) else None,
    )
