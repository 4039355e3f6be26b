"""Network faults and HTTP refusals said in plain sentences a researcher can act on.

The one place that turns ``[Errno 111] Connection refused``, a DNS failure, a timeout, an
untrusted certificate or an HTTP 401/403/5xx into words; the transport raises its errors with
these sentences, so the desktop app and the CLI say the same thing.
"""

from __future__ import annotations

import errno
import socket
import ssl
import urllib.parse

from fieldkit.errors import Phrase, phrase

_CHECK = " Check the address and that the server is running."


def server_name(url: str) -> str:
    """``https://sync.example.org:8443`` from any URL on that server (no path, no query)."""
    parts = urllib.parse.urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    host = parts.hostname or parts.netloc
    if ":" in host:  # an IPv6 address goes back in brackets
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def network_sentence(reason: BaseException | str, url: str) -> Phrase:
    """What went wrong reaching the server at ``url``, and what to do about it."""
    at = server_name(url)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return phrase(
            "The server at {at} showed a certificate this laptop does not trust "
            "({why}). If your team runs its own certificate authority, "
            "sign in again with its certificate (a PEM file; --ca-file in the terminal).",
            at=at,
            why=reason.verify_message,
        )
    if isinstance(reason, ssl.SSLError):
        return phrase(
            "No secure connection could be made to the server at {at} "
            "({why}). Check the address: https:// is for a server "
            "with a certificate, http:// for one without.",
            at=at,
            why=reason.reason or "TLS failed",
        )
    if isinstance(reason, socket.gaierror):
        return phrase(
            "The server name {host} could not be found. Check the address for typing "
            "mistakes, and that this laptop is connected to the internet or your network.",
            host=urllib.parse.urlsplit(url).hostname or at,
        )
    if isinstance(reason, TimeoutError | socket.timeout):
        return phrase(
            "The server at {at} took too long to answer. The connection may be slow or the "
            "server busy; try again later.",
            at=at,
        )
    if isinstance(reason, ConnectionRefusedError):
        return phrase("The server at {at} did not answer (connection refused)." + _CHECK, at=at)
    if isinstance(reason, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return phrase(
            "The connection to the server at {at} was cut off. Try again; if it keeps "
            "happening, the network or the server is unstable.",
            at=at,
        )
    code = getattr(reason, "errno", None)
    if code in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
        return phrase(
            "The server at {at} cannot be reached from this network (no route). Check that "
            "this laptop is connected, then the address.",
            at=at,
        )
    why = reason.strerror.lower() if isinstance(reason, OSError) and reason.strerror else reason
    return phrase("The server at {at} could not be reached ({why})." + _CHECK, at=at, why=why)


def status_sentence(status: int, url: str, detail: str | None = None) -> Phrase:
    """What an HTTP refusal from the server means for the researcher."""
    at = server_name(url)
    said = phrase(" (it said: {detail})", detail=detail) if detail else ""
    if status == 401:
        return phrase(
            "The server at {at} did not accept the sign-in{said}. Check your user name and "
            "password, or sign in again.",
            at=at,
            said=said,
        )
    if status == 403:
        return phrase(
            "The server at {at} does not allow this account to do that{said}. Ask your team "
            "lead for access.",
            at=at,
            said=said,
        )
    if status == 404:
        return phrase(
            "The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.",
            at=at,
        )
    if status >= 500:
        return phrase(
            "The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; "
            "try again later, and tell your team lead if it lasts.",
            at=at,
            status=str(status),
        )
    return phrase(
        "The server at {at} refused the request (HTTP {status}){said}.",
        at=at,
        status=str(status),
        said=said,
    )


__all__ = ["network_sentence", "server_name", "status_sentence"]
