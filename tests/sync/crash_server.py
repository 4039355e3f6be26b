"""A ``fieldkit-server serve`` process a test can crash (SIGKILL) and start again on one port."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from fieldkit.sync.server.cli import main as server_main
from tests.sync.conftest import PASSWORD
from tests.sync.server_process import free_port

SERVER_CLI = str(Path(sys.executable).with_name("fieldkit-server"))


def init_server(data_dir: Path, users: dict[str, str]) -> str:
    """A server data folder with one study and ``users`` (name -> role); returns the study id."""
    err = io.StringIO()
    assert server_main(["--data-dir", str(data_dir), "init"], err=err) == 0, err.getvalue()
    out = io.StringIO()
    args = ["--data-dir", str(data_dir), "study", "create", "Faulty links"]
    assert server_main(args, out=out, err=err) == 0, err.getvalue()
    study_id = out.getvalue().strip()
    for name, role in users.items():
        add = ["--data-dir", str(data_dir), "user", "add", name]
        assert server_main(add, stdin=io.StringIO(PASSWORD + "\n"), err=err) == 0
        member = ["--data-dir", str(data_dir), "member", "add", study_id, name, "--role", role]
        assert server_main(member, err=err) == 0
    return study_id


class CrashableServer:
    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> CrashableServer:
        cmd = [SERVER_CLI, "--data-dir", str(self.data_dir), "serve"]
        cmd += ["--host", "127.0.0.1", "--port", str(self.port)]
        log_path = self.data_dir / "server.log"
        with log_path.open("ab") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=log, env=dict(os.environ))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: {log_path.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/api/v1/health", timeout=1) as reply:
                    if json.load(reply).get("status") == "ok":
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the server did not start in time")

    def kill(self) -> None:
        """SIGKILL: a crash or a power cut, mid-request if one is running."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
