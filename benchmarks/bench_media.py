"""Media sync figures through a real sync server on loopback.

    .venv/bin/python benchmarks/bench_media.py [--size-mb 40] [--chunk-kb 256]

Starts ``fieldkit-server serve`` in a subprocess with a temporary data folder. Laptop A
attaches one file of ``--size-mb`` random bytes and syncs (the file goes up in resumable
chunks); laptop B syncs and fetches it with Range requests. Prints seconds, requests and bytes
for each step, then checks both copies and the server's against the SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from fieldkit.storage import records
from fieldkit.storage.attachments import attach_bytes
from fieldkit.storage.db import Store
from fieldkit.sync.client import SyncReport, login, sync
from fieldkit.sync.server.cli import main as server_main

PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def admin(server_dir: Path, *argv: str, stdin: str = "") -> str:
    out = io.StringIO()
    code = server_main(
        ["--data-dir", str(server_dir), *argv], stdin=io.StringIO(stdin), out=out, err=sys.stderr
    )
    assert code == 0, argv
    return out.getvalue().strip()


def line(label: str, report: SyncReport, seconds: float) -> None:
    m = report.media
    print(
        f"{label:<28} {seconds:7.2f} s  {report.requests:5d} requests  "
        f"sent {report.bytes_sent / 1e6:8.2f} MB  received {report.bytes_received / 1e6:8.2f} MB  "
        f"files up {m.uploaded_files} ({m.uploaded_bytes / 1e6:.2f} MB)  "
        f"down {m.downloaded_files} ({m.downloaded_bytes / 1e6:.2f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=float, default=40.0)
    parser.add_argument("--chunk-kb", type=int, default=256)
    args = parser.parse_args()
    size = int(args.size_mb * 1024 * 1024)
    chunk = args.chunk_kb * 1024
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-media-") as tmp:
        root = Path(tmp)
        server_dir = root / "server"
        admin(server_dir, "init")
        study_id = admin(server_dir, "study", "create", "Media benchmark")
        for user in ("alice", "bob"):
            admin(server_dir, "user", "add", user, stdin=PASSWORD + "\n")
            admin(server_dir, "member", "add", study_id, user, "--role", "researcher")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from fieldkit.sync.server.cli import main; sys.exit(main())",
                "--data-dir",
                str(server_dir),
                "serve",
                "--port",
                str(port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(url + "/api/v1/health", timeout=2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            run(root, url, study_id, size, chunk, server_dir)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=60)


def run(root: Path, url: str, study_id: str, size: int, chunk: int, server_dir: Path) -> None:
    a = Store.open(root / "laptop-a")
    b = Store.open(root / "laptop-b")
    token_a = login(a, server_url=url, user="alice", password=PASSWORD)
    token_b = login(b, server_url=url, user="bob", password=PASSWORD)
    sync(a, server_url=url, token=token_a)
    sync(b, server_url=url, token=token_b)
    data = random.Random(1).randbytes(size)
    sha = hashlib.sha256(data).hexdigest()
    with a.write() as session:
        case = records.create_case(session, study_id=study_id, title="Recording", country="Peru")
        attach_bytes(
            session, a.blobs, record_id=case.id, data=data, filename="long.pdf", kind="document"
        )
    print(f"one file of {size / 1e6:.1f} MB, chunks of {chunk // 1024} kB")
    for label, store, token in (
        ("A pushes (upload)", a, token_a),
        ("B pulls (download)", b, token_b),
        ("A again (nothing to do)", a, token_a),
        ("B again (nothing to do)", b, token_b),
    ):
        started = time.perf_counter()
        report = sync(store, server_url=url, token=token, chunk_bytes=chunk)
        line(label, report, time.perf_counter() - started)
    stored = (server_dir / "blobs" / sha[:2] / sha[2:]).read_bytes()
    ok = hashlib.sha256(stored).hexdigest() == sha and b.blobs.open_verified(sha) == data
    print(f"server and laptop B copies match the SHA-256: {'yes' if ok else 'NO'}")
    a.close()
    b.close()


if __name__ == "__main__":
    main()
