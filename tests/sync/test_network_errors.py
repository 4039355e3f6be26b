"""Network faults caused for real on loopback reach the researcher as plain sentences."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from fieldkit.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ServerUnreachableError,
    SyncError,
)
from fieldkit.sync.network_errors import network_sentence, server_name, status_sentence
from fieldkit.sync.transport import Client, UrllibTransport


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_names_the_server_and_what_to_check() -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(ServerUnreachableError) as caught:
        UrllibTransport(timeout_s=2)("GET", url + "/api/v1/health", body=None, headers={})
    text = str(caught.value)
    assert text == (
        f"The server at {url} did not answer (connection refused). "
        "Check the address and that the server is running."
    )
    assert "Errno" not in text and "/api/v1" not in text


def test_a_server_that_never_answers_is_a_timeout_in_words() -> None:
    with socket.socket() as listener:  # accepts connections (backlog) but never replies
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(ServerUnreachableError, match="took too long to answer"):
            UrllibTransport(timeout_s=0.3)("GET", url + "/x", body=None, headers={})


def test_a_name_that_does_not_resolve() -> None:
    try:
        socket.getaddrinfo("no-such-host.invalid", 443)
    except socket.gaierror as exc:
        fault = exc
    else:  # pragma: no cover - a resolver that answers for .invalid
        pytest.skip("this resolver answers for .invalid")
    text = network_sentence(fault, "https://no-such-host.invalid/api/v1/login")
    assert text.startswith("The server name no-such-host.invalid could not be found.")


def test_tls_faults_in_words() -> None:
    cert = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cert.verify_message = "self-signed certificate"
    assert "does not trust (self-signed certificate)" in network_sentence(
        cert, "https://10.0.0.5:8443/api"
    )
    assert server_name("https://10.0.0.5:8443/api/v1/sync?x=1") == "https://10.0.0.5:8443"


@pytest.fixture
def refusing() -> Iterator[tuple[str, dict[str, int]]]:
    answer = {"status": 401}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"detail": "token revoked"}'
            self.send_response(answer["status"])
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", answer
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_http_refusals_in_words(refusing: tuple[str, dict[str, int]]) -> None:
    url, answer = refusing
    client = Client(server_url=url, token="t", transport=UrllibTransport(timeout_s=5))
    with pytest.raises(AuthenticationError, match="did not accept the sign-in"):
        client.call("GET", "/studies")
    answer["status"] = 403
    with pytest.raises(PermissionDeniedError, match="Ask your team lead for access"):
        client.call("GET", "/studies")
    answer["status"] = 503
    with pytest.raises(SyncError) as caught:
        client.call("GET", "/studies")
    assert str(caught.value) == status_sentence(503, url)
    assert "had a problem of its own (HTTP 503)" in str(caught.value)
