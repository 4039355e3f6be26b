"""``fieldkit-server serve`` as a real process (uvicorn, its workers), for tests."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI

SERVER_CLI = str(Path(sys.executable).with_name("fieldkit-server"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_cli(*args: str, stdin: str | None = None) -> str:
    """Run ``fieldkit-server ARGS`` to completion; its standard output."""
    done = subprocess.run(
        [SERVER_CLI, *args], input=stdin, capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise AssertionError(f"fieldkit-server {' '.join(args)} failed: {done.stderr}")
    return done.stdout


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def log_lines(self) -> list[str]:
        return [line for line in self.log_path.read_text().splitlines() if line.strip()]

    def json_log(self) -> list[dict[str, object]]:
        """Every line of the log as JSON (fails on a line that is not)."""
        return [json.loads(line) for line in self.log_lines()]


def start_server(
    *location: str,
    log_path: Path,
    workers: int = 1,
    log_format: str = "json",
    options: Sequence[str] = (),
) -> ServerProcess:
    """Start ``fieldkit-server LOCATION serve [OPTIONS]`` on a free port; wait until it answers."""
    port = free_port()
    command = [SERVER_CLI, *location, "serve", "--port", str(port), "--workers", str(workers)]
    command += ["--log-format", log_format, *options]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = ServerProcess(process, f"http://127.0.0.1:{port}", log_path)
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {log_path.read_text()}")
        try:
            with urllib.request.urlopen(server.url + "/api/v1/health", timeout=2) as reply:
                if reply.status == 200:
                    break
        except (OSError, urllib.error.URLError):
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise AssertionError(f"the server did not start: {log_path.read_text()}")
        time.sleep(0.1)
    if workers > 1:
        _wait_for_workers(server, workers, deadline)
    return server


def _wait_for_workers(server: ServerProcess, workers: int, deadline: float) -> None:
    """uvicorn starts workers one by one; wait until each said it is up."""
    while time.monotonic() < deadline:
        text = server.log_path.read_text()
        if text.count("Application startup complete") >= workers:
            return
        time.sleep(0.1)
    raise AssertionError(f"not every worker started: {server.log_path.read_text()}")


@contextmanager
def serve_in_thread(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in this process; yields its URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # seconds on a loaded machine; usually well under one
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise AssertionError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
