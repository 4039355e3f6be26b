"""Server CPU per request, measured one request at a time (issue 9, item 9).

    .venv/bin/python benchmarks/bench_server_cpu.py [--syncs 400] [--uploads 200] [--postgres URL]

``bench_load.py`` measures CPU per request under many laptops at once; on a shared machine
that figure moves with everyone else's load (GIL hand-offs, cache misses). This one starts
``fieldkit-server serve --workers 1`` on a fresh PostgreSQL database and sends requests one
after another from this process: syncs with nothing new (token check, roles, push position,
pull) and small uploads (start, one chunk, with the file stored and fsynced), then fetches
each uploaded file, and prints the server's CPU seconds (user + system, from /proc) per
request.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import server_cli, start_server

PASSWORD = "cpu per request"
DEVICE = "00aa11bb22cc33dd"


def cpu_seconds(pid: int) -> float:
    """User + system CPU of ``pid`` and its descendants."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue  # it ended meanwhile
    return total


def call(url: str, method: str, path: str, body: bytes | None, **headers: str) -> Any:
    request = urllib.request.Request(url + path, data=body, method=method)
    for name, value in headers.items():
        request.add_header(name.replace("_", "-"), value)
    with urllib.request.urlopen(request, timeout=60) as reply:
        return json.loads(reply.read() or b"{}")


def _fetch(url: str, path: str, authorization: str) -> bytes:
    request = urllib.request.Request(url + path)
    request.add_header("Authorization", authorization)
    request.add_header("Range", "bytes=0-2047")
    with urllib.request.urlopen(request, timeout=60) as reply:
        data: bytes = reply.read()
        return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--syncs", type=int, default=400)
    parser.add_argument("--uploads", type=int, default=200)
    default_db = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    parser.add_argument(
        "--postgres", default=os.environ.get("FIELDKIT_TEST_POSTGRES_URL", default_db)
    )
    args = parser.parse_args()
    databases = PostgresDatabases(args.postgres)
    with tempfile.TemporaryDirectory() as tmp:
        location = ("--db", databases.create(), "--data-dir", str(Path(tmp) / "server"))
        server_cli(*location, "init")
        study = server_cli(*location, "study", "create", "CPU").strip()
        server_cli(*location, "user", "add", "amara", stdin=PASSWORD + "\n")
        server_cli(*location, "member", "add", study, "amara")
        server = start_server(*location, log_path=Path(tmp) / "server.log", workers=1)
        try:
            json_type = {"Content_Type": "application/json"}
            login = {"user": "amara", "password": PASSWORD, "device_id": DEVICE}
            token = call(
                server.url, "POST", "/api/v1/login", json.dumps(login).encode(), **json_type
            )
            auth = {"Authorization": f"Bearer {token['token']}", **json_type}
            sync = json.dumps({"device_id": DEVICE, "studies": [{"study_id": study}]}).encode()
            for _ in range(20):  # warm: the server's key, prepared statements
                call(server.url, "POST", "/api/v1/sync", sync, **auth)
            pid = server.process.pid
            before = cpu_seconds(pid)
            for _ in range(args.syncs):
                call(server.url, "POST", "/api/v1/sync", sync, **auth)
            per_sync = (cpu_seconds(pid) - before) / max(args.syncs, 1)
            before = cpu_seconds(pid)
            sent: list[str] = []
            for _ in range(args.uploads):
                data = os.urandom(2048)
                sha256 = hashlib.sha256(data).hexdigest()
                start = {"study_id": study, "sha256": sha256, "size": len(data)}
                state = call(
                    server.url, "POST", "/api/v1/uploads", json.dumps(start).encode(), **auth
                )
                chunk = {"Authorization": auth["Authorization"]}
                chunk["Content-Range"] = f"bytes 0-{len(data) - 1}/{len(data)}"
                call(server.url, "PUT", f"/api/v1/uploads/{state['upload_id']}", data, **chunk)
                sent.append(sha256)
            per_upload = (cpu_seconds(pid) - before) / max(2 * args.uploads, 1)
            before = cpu_seconds(pid)
            for sha256 in sent:  # a teammate's photo fetched, as the client asks for it
                _fetch(server.url, f"/api/v1/blobs/{sha256}?study={study}", auth["Authorization"])
            per_download = (cpu_seconds(pid) - before) / max(len(sent), 1)
        finally:
            server.stop()
            databases.drop_all()
    print(f"server CPU per sync with nothing new: {per_sync * 1000:.2f} ms ({args.syncs} syncs)")
    print(
        f"server CPU per upload request (start, chunk): {per_upload * 1000:.2f} ms "
        f"({2 * args.uploads} requests)"
    )
    print(f"server CPU per download (2 kB, one range): {per_download * 1000:.2f} ms")


if __name__ == "__main__":
    main()
