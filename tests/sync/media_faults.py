"""Transports that really cut connections: the request or reply stops part way, the socket closes.

Used by the media tests: the server sees a request whose body ends early (or a reply nobody
reads to the end), exactly as on a 2G link that drops.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldkit.errors import ServerUnreachableError
from fieldkit.sync.client import HttpResponse, UrllibTransport

_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")


def _connect(url: str) -> tuple[http.client.HTTPConnection, str]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return conn, target


def _hang_up(conn: http.client.HTTPConnection) -> None:
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    conn.close()


@dataclass
class CuttingTransport:
    """The real transport, but the upload chunk holding the next byte in ``upload_cuts``
    is sent only up to that byte (a cut at a chunk's end sends it whole and loses the reply),
    and the next download reply is read only up to ``download_cut`` bytes; then the socket
    closes and ServerUnreachableError is raised."""

    upload_cuts: list[int] = field(default_factory=list)  # byte offsets in the file
    download_cut: int | None = None  # bytes of the next blob reply body to read
    inner: UrllibTransport = field(default_factory=UrllibTransport)
    body_bytes_sent: int = 0  # upload chunk bytes put on the wire, cut or not
    puts: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each chunk sent

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        if method == "PUT" and "/uploads/" in url and body is not None:
            match = _RANGE.match(headers.get("Content-Range", ""))
            assert match is not None
            start, end = int(match.group(1)), int(match.group(2))
            self.puts.append((start, end))
            if self.upload_cuts and start <= self.upload_cuts[0] <= end + 1:
                keep = self.upload_cuts.pop(0) - start
                self.body_bytes_sent += keep
                self._cut_request(method, url, body, headers, keep)
            self.body_bytes_sent += len(body)
        if method == "GET" and "/blobs/" in url and self.download_cut is not None:
            keep, self.download_cut = self.download_cut, None
            self._cut_reply(url, headers, keep)
        return self.inner(method, url, body=body, headers=headers)

    @staticmethod
    def _cut_request(
        method: str, url: str, body: bytes, headers: Mapping[str, str], keep: int
    ) -> None:
        conn, target = _connect(url)
        conn.putrequest(method, target, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        if keep:
            conn.send(body[:keep])
        if keep == len(body) and conn.sock is not None:
            # The whole request went: the reply is what gets lost. Wait until the server has
            # answered (it stored the chunk), then drop the connection unread.
            conn.sock.recv(1, socket.MSG_PEEK)
        _hang_up(conn)
        raise ServerUnreachableError(f"connection cut after {keep} of {len(body)} bytes (test)")

    @staticmethod
    def _cut_reply(url: str, headers: Mapping[str, str], keep: int) -> None:
        conn, target = _connect(url)
        conn.request("GET", target, headers=dict(headers))
        reply = conn.getresponse()
        reply.read(keep)
        _hang_up(conn)
        raise ServerUnreachableError(f"reply cut after {keep} bytes (test)")
