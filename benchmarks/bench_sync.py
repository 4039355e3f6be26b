"""First push and first pull of the demo corpus through a real sync server on loopback.

    .venv/bin/python benchmarks/bench_sync.py [--scale small|large] [--max-bytes N] [--push-only]

Starts ``fieldkit-server serve`` in a subprocess on a free port with a temporary data folder,
generates the demo study on laptop A, publishes it, and prints seconds, requests and bytes
(request and reply bodies as sent, compressed) for: A's first push, B's first pull, a sync
with nothing to do, and a sync after about 1% of the cases changed. Checks that
``fieldkit export json`` of both laptops is byte-identical.
"""

from __future__ import annotations

import argparse
import io
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from fieldkit.demo import generate
from fieldkit.export.json_dump import write_json_dump
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case
from fieldkit.sync.client import SyncReport, login, publish_study, sync
from fieldkit.sync.server.cli import main as server_main

PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited")
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def dump(store: Store) -> str:
    out = io.StringIO()
    with store.read() as session:
        write_json_dump(session, out)
    return out.getvalue()


def line(label: str, r: SyncReport) -> None:
    print(
        f"{label:<28} {r.seconds:8.2f} s  {r.requests:5d} requests  "
        f"sent {r.bytes_sent / 1024:9.1f} kB  received {r.bytes_received / 1024:9.1f} kB  "
        f"pushed {r.pushed:7d}  pulled {r.pulled:7d}  conflicts {r.conflicts}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=["small", "large"], default="small")
    parser.add_argument("--max-bytes", type=int, default=256 * 1024)
    parser.add_argument("--push-only", action="store_true", help="stop after the first push")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-sync-") as tmp:
        root = Path(tmp)
        server_dir = root / "server"
        for argv, stdin in (
            (["init"], ""),
            (["user", "add", "lena"], PASSWORD + "\n"),
            (["user", "add", "bob"], PASSWORD + "\n"),
        ):
            code = server_main(["--data-dir", str(server_dir), *argv], stdin=io.StringIO(stdin))
            assert code == 0
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
            wait_up(url, proc)
            a, b = Store.open(root / "a"), Store.open(root / "b")
            started = time.perf_counter()
            summary = generate(a, scale=args.scale)
            print(f"demo {args.scale}: generated in {time.perf_counter() - started:.1f} s")
            token_a = login(a, server_url=url, user="lena", password=PASSWORD)
            publish_study(a, study_id=summary.study_id, server_url=url, token=token_a)
            code = server_main(
                ["--data-dir", str(server_dir), "member", "add", summary.study_id, "bob"]
            )
            assert code == 0
            token_b = login(b, server_url=url, user="bob", password=PASSWORD)
            kw = {"server_url": url, "max_bytes": args.max_bytes}
            line("first push (A)", sync(a, token=token_a, **kw))  # type: ignore[arg-type]
            if args.push_only:
                return
            line("first pull (B)", sync(b, token=token_b, **kw))  # type: ignore[arg-type]
            line("nothing to do (B)", sync(b, token=token_b, **kw))  # type: ignore[arg-type]
            with a.write() as session:
                cases = list(session.execute(records.select(Case)).scalars())
                for case in cases[: max(1, len(cases) // 100)]:
                    records.update_fields(session, case, {"summary": case.summary + " (revised)"})
            line("1% of cases changed (A)", sync(a, token=token_a, **kw))  # type: ignore[arg-type]
            line("... pulled by B", sync(b, token=token_b, **kw))  # type: ignore[arg-type]
            same = dump(a) == dump(b)
            print(f"export json of A and B byte-identical: {same}")
            a.close()
            b.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
