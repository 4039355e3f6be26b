"""TLS for real: ``fieldkit-server serve --tls-cert/--tls-key`` as its own process with a
certificate from a throw-away CA; ``fieldkit login --ca-file`` then sync; a wrong CA refused
with a clear message. Plus the client's link rules: no plain HTTP across the internet without
``--allow-insecure-http``, and no ``Authorization`` after a redirect to another host."""

from __future__ import annotations

import io
import json
import signal
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fieldkit.cli import main as fieldkit_main
from fieldkit.errors import SyncError
from fieldkit.sync.credentials import Credentials
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.transport import (
    Client,
    UrllibTransport,
    check_link,
    insecure_warning,
    is_local_host,
)
from tests.sync.conftest import PASSWORD, cheap_password_hashing
from tests.sync.server_process import SERVER_CLI, free_port
from tests.sync.tls_certs import TlsFiles, make_ca, make_server_cert


@dataclass
class TlsServer:
    url: str
    tls: TlsFiles
    study_id: str


def _wait_for_https(url: str, ca: Path, process: subprocess.Popen[bytes], log: Path) -> None:
    context = ssl.create_default_context(cafile=str(ca))
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=2, context=context):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(f"the server did not start: {log.read_text()}") from None
            time.sleep(0.1)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    root = tmp_path_factory.mktemp("tls")
    tls = make_server_cert(root / "certs")
    data = root / "server"
    where = ["--data-dir", str(data)]
    out = io.StringIO()
    with cheap_password_hashing():  # the hash carries its cost: the server checks it cheaply
        assert server_main([*where, "init"], err=io.StringIO()) == 0
        assert server_main([*where, "study", "create", "Over TLS"], out=out) == 0
        add = [*where, "user", "add", "amina"]
        assert server_main(add, stdin=io.StringIO(PASSWORD + "\n"), err=io.StringIO()) == 0
    study_id = out.getvalue().strip()
    member = [*where, "member", "add", study_id, "amina", "--role", "lead"]
    assert server_main(member, err=io.StringIO()) == 0
    port = free_port()
    log = root / "server.log"
    command = [SERVER_CLI, *where, "serve", "--port", str(port)]
    command += ["--tls-cert", str(tls.cert), "--tls-key", str(tls.key)]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    url = f"https://127.0.0.1:{port}"
    try:
        _wait_for_https(url, tls.ca, process, log)
        yield TlsServer(url, tls, study_id)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _cli(
    monkeypatch: pytest.MonkeyPatch, data: Path, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    code = fieldkit_main(["--data-dir", str(data), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_login_with_the_teams_ca_then_sync_over_tls(
    tls_server: TlsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "laptop"
    login = ["login", "--server", tls_server.url, "--user", "amina"]
    code, _, err = _cli(
        monkeypatch, data, *login, "--ca-file", str(tls_server.tls.ca), stdin=PASSWORD + "\n"
    )
    assert code == 0, err
    saved = json.loads((data / "sync-credentials.json").read_text())
    assert saved["ca_pem"] == tls_server.tls.ca.read_text()
    # The CA file may go away: every later sync uses the copy kept with the account.
    tls_server.tls.ca.rename(tmp_path / "moved-ca.pem")
    try:
        code, out, err = _cli(monkeypatch, data, "sync", "--json")
        assert code == 0, err
        figures = json.loads(out)
        assert tls_server.study_id in figures["studies"] and figures["pulled"] > 0
        code, out, err = _cli(monkeypatch, data, "case", "add", "--study", tls_server.study_id,
                              "--title", "Sent over TLS")  # fmt: skip
        assert code == 0, err
        code, out, err = _cli(monkeypatch, data, "sync", "--json")
        assert code == 0, err
        assert json.loads(out)["pushed"] >= 1
        assert "warning" not in err
        # Signing in again (a token expired) keeps the CA kept with the account.
        code, _, err = _cli(monkeypatch, data, *login, stdin=PASSWORD + "\n")
        assert code == 0, err
        assert json.loads((data / "sync-credentials.json").read_text())["ca_pem"]
        code, _, err = _cli(monkeypatch, data, "sync")
        assert code == 0, err
    finally:
        (tmp_path / "moved-ca.pem").rename(tls_server.tls.ca)


def test_a_wrong_ca_is_refused_with_a_clear_message(
    tls_server: TlsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_ca, _key = make_ca(tmp_path / "other", "somebody else's CA")
    data = tmp_path / "laptop"
    login = ["login", "--server", tls_server.url, "--user", "amina"]
    for extra in (["--ca-file", str(other_ca)], []):  # another CA; the system's CAs
        code, _, err = _cli(monkeypatch, data, *login, *extra, stdin=PASSWORD + "\n")
        assert code == 1
        assert "certificate this laptop does not trust" in err and "--ca-file" in err
        assert "Traceback" not in err
    assert not (data / "sync-credentials.json").exists()
    # A key is not a CA certificate: said so before anything is sent.
    code, _, err = _cli(
        monkeypatch, data, *login, "--ca-file", str(tls_server.tls.key), stdin=PASSWORD + "\n"
    )
    assert code == 1 and "no PEM certificate" in err
    # Signed in with the right CA, then the kept CA is replaced: sync refuses the server.
    code, _, err = _cli(
        monkeypatch, data, *login, "--ca-file", str(tls_server.tls.ca), stdin=PASSWORD + "\n"
    )
    assert code == 0, err
    path = data / "sync-credentials.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), "ca_pem": other_ca.read_text()}))
    code, _, err = _cli(monkeypatch, data, "sync")
    assert code == 1 and "does not trust" in err


def test_serve_refuses_unusable_certificate_files(tmp_path: Path) -> None:
    tls = make_server_cert(tmp_path / "certs")
    base = [SERVER_CLI, "--data-dir", str(tmp_path / "srv"), "serve", "--port", str(free_port())]
    cases = [
        (["--tls-cert", str(tls.cert), "--tls-key", str(tmp_path / "certs" / "ca.key")],
         "cannot be used together"),
        (["--tls-cert", str(tls.cert)], "give both --tls-cert and --tls-key"),
        (["--tls-cert", str(tls.cert), "--tls-key", str(tmp_path / "nope.key")], "no file"),
    ]  # fmt: skip
    for extra, message in cases:
        done = subprocess.run([*base, *extra], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert message in done.stderr and "Traceback" not in done.stderr


def test_plain_http_only_on_this_network_unless_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for host in ("127.0.0.1", "localhost", "10.1.2.3", "192.168.0.7", "169.254.3.4", "[::1]"):
        check_link(f"http://{host}:8765", allow_insecure_http=False)
        assert is_local_host(host)
    check_link("https://8.8.8.8", allow_insecure_http=False)
    with pytest.raises(SyncError, match="https://"):
        check_link("http://8.8.8.8:8765", allow_insecure_http=False)
    check_link("http://8.8.8.8:8765", allow_insecure_http=True)
    # The refusal comes before any connection (no request leaves for 8.8.8.8).
    with pytest.raises(SyncError, match="unencrypted"):
        UrllibTransport()("GET", "http://8.8.8.8:8765/api/v1/health", body=None, headers={})
    code, _, err = _cli(
        monkeypatch, tmp_path / "laptop", "login", "--server", "http://8.8.8.8:8765",
        "--user", "amina", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 1 and "--allow-insecure-http" in err
    allowed = Credentials("http://8.8.8.8:8765", "amina", "t", allow_insecure_http=True)
    warning = insecure_warning(allowed)
    assert warning is not None and "unencrypted" in warning
    assert insecure_warning(Credentials("http://127.0.0.1:8765", "amina", "t")) is None
    assert insecure_warning(Credentials("https://8.8.8.8", "amina", "t")) is None


class _Recorder(BaseHTTPRequestHandler):
    """Records each request's headers; ``/hop`` redirects to ``server.redirect_to``."""

    def do_GET(self) -> None:
        server = self.server
        assert isinstance(server, _RecordingServer)
        server.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        if self.path.endswith("/hop"):
            self.send_response(302)
            self.send_header("Location", server.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _RecordingServer(ThreadingHTTPServer):
    seen: list[tuple[str, dict[str, str]]]
    redirect_to = ""


@pytest.fixture
def recorders() -> Iterator[tuple[_RecordingServer, _RecordingServer]]:
    servers = []
    for _ in range(2):
        server = _RecordingServer(("127.0.0.1", 0), _Recorder)
        server.seen = []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    try:
        yield servers[0], servers[1]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def test_no_authorization_to_another_host_after_a_redirect(
    recorders: tuple[_RecordingServer, _RecordingServer],
) -> None:
    first, second = recorders
    first_url = f"http://127.0.0.1:{first.server_address[1]}"
    second_url = f"http://127.0.0.1:{second.server_address[1]}"
    client = Client(server_url=first_url, token="secret-device-token")
    # Another port is another origin: the token stays behind.
    first.redirect_to = second_url + "/api/v1/landed"
    assert client.call("GET", "/hop") == {"status": "ok"}
    assert first.seen[0][1]["authorization"] == "Bearer secret-device-token"
    assert [path for path, _ in second.seen] == ["/api/v1/landed"]
    assert "authorization" not in second.seen[0][1]
    # A redirect within the same server keeps it.
    first.redirect_to = first_url + "/api/v1/moved"
    assert client.call("GET", "/hop") == {"status": "ok"}
    assert first.seen[-1][0] == "/api/v1/moved"
    assert first.seen[-1][1]["authorization"] == "Bearer secret-device-token"
    # "localhost" is another host name than 127.0.0.1 (another origin), even on the same port.
    first.redirect_to = f"http://localhost:{first.server_address[1]}/api/v1/by-name"
    assert client.call("GET", "/hop") == {"status": "ok"}
    assert first.seen[-1][0] == "/api/v1/by-name"
    assert "authorization" not in first.seen[-1][1]
