"""Encryption at rest: the same work on a plain and an encrypted copy of one data folder.

    .venv/bin/python benchmarks/bench_encryption.py --source /work/wt/_data/large [--runs 5]

The source folder is copied (never modified) into a temporary folder; the benchmark case of
``bench_pdf`` (30 interviews, 20 camera photos) is added to the copy; the copy is copied again
and that one converted with ``fieldkit encrypt`` in a child process (its wall and CPU seconds
and peak memory are the conversion figures). Then, alternating plain and encrypted so the load
other programs put on the machine falls on both alike: search p95 over bench_storage's
queries, opening an interview with its codings, and the 30-interview case PDF. Figures are
wall-clock with the process's CPU seconds beside them; nothing here is a pass/fail check.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import col

from benchmarks.bench_pdf import build_benchmark_case
from benchmarks.bench_storage import QUERIES, percentile
from fieldkit.export.pdf import export_case_pdf
from fieldkit.export.pdf.photos import PhotoCache
from fieldkit.storage.codings import codings_for
from fieldkit.storage.crypto.folder_key import FolderKey, unlock
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Coding, Interview, Study
from fieldkit.storage.search import search

PASSPHRASE = "benchmark passphrase, not a secret"


def cpu() -> float:
    return time.process_time()


def timed(call: Callable[[], object]) -> tuple[float, float]:
    wall, started = time.perf_counter(), cpu()
    call()
    return (time.perf_counter() - wall) * 1000, (cpu() - started) * 1000


def convert(folder: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(folder), "encrypt"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(
        f"conversion in place (fieldkit encrypt, {size / 1e6:.0f} MB folder): {wall:.1f} s "
        f"(CPU {cpu_s:.1f} s), peak memory {after.ru_maxrss / 1024:.0f} MB"
    )
    assert proc.stdout.strip(), proc.stderr


class Side:
    def __init__(self, label: str, store: Store, case_id: str, interviews: list[str]) -> None:
        self.label, self.store, self.case_id, self.interviews = label, store, case_id, interviews
        self.search: list[tuple[float, float]] = []
        self.opens: list[tuple[float, float]] = []  # first open of each interview (cold)
        self.reopens: list[tuple[float, float]] = []  # later opens (its pages cached)
        self.pdfs: list[tuple[float, float]] = []
        self.cache = PhotoCache()

    def run_search(self, runs: int) -> None:
        with self.store.read() as session:
            for q in QUERIES:
                for _ in range(runs):
                    self.search.append(timed(lambda q=q: search(session, query=q, limit=50)))

    def run_opens(self) -> None:
        for interview_id in self.interviews:

            def load(interview_id: str = interview_id) -> None:
                with self.store.read() as session:
                    interview = get_row(session, Interview, interview_id)
                    codings_for(session, record_id=interview.id)
                    len(interview.transcript)

            first = len(self.opens) < len(self.interviews)
            (self.opens if first else self.reopens).append(timed(load))

    def run_pdf(self, out: Path) -> None:
        path = out / f"{self.label}.pdf"
        self.pdfs.append(
            timed(lambda: export_case_pdf(self.store, case_id=self.case_id, path=path))
        )


def first_push_pull(label: str, folder: Path, key: FolderKey | None, root: Path) -> None:
    """A fresh server; laptop A (this folder) publishes and pushes, a new laptop B pulls."""
    import io

    from benchmarks.bench_sync import PASSWORD, cpu_seconds, server
    from fieldkit.storage.crypto.folder_key import create_key
    from fieldkit.sync.client import login, publish_study, sync
    from fieldkit.sync.server.cli import main as server_main

    root.mkdir()
    laptop_b = root / "b"
    key_b = None
    if key is not None:  # an encrypted laptop pulls into an encrypted folder
        laptop_b.mkdir()
        key_b, _ = create_key(laptop_b, PASSPHRASE)
    with (
        server(root, None) as (url, server_dir, pid),
        Store.open(folder, key=key) as a,
        Store.open(laptop_b, key=key_b) as b,
    ):
        with a.read() as s:
            study = s.execute(select(Study).order_by(col(Study.created_at))).scalars().first()
            assert study is not None
        token_a = login(a, server_url=url, user="lena", password=PASSWORD)
        publish_study(a, study_id=study.id, server_url=url, token=token_a)
        argv = ["--data-dir", str(server_dir), "member", "add", study.id, "bob"]
        assert server_main(argv, err=io.StringIO()) == 0
        token_b = login(b, server_url=url, user="bob", password=PASSWORD)
        for step, store, token in (("push (A)", a, token_a), ("pull (B)", b, token_b)):
            client, served = cpu(), cpu_seconds(pid)
            report = sync(store, server_url=url, token=token, media=False)
            print(
                f"first {step:9s} {label:9s}: {report.seconds:6.2f} s (CPU client "
                f"{cpu() - client:.2f} s, server {cpu_seconds(pid) - served:.2f} s), "
                f"pushed {report.pushed}, pulled {report.pulled}"
            )


def summary(values: list[tuple[float, float]], q: float) -> tuple[float, float]:
    return percentile([w for w, _ in values], q), percentile([c for _, c in values], q)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, required=True, help="a data folder to copy")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each query per round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sync", action="store_true", help="also first push and pull")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-enc-") as tmp:
        plain_dir, enc_dir = Path(tmp) / "plain", Path(tmp) / "encrypted"
        shutil.copytree(args.source, plain_dir)
        with Store.open(plain_dir) as store, store.read() as s:
            study = s.execute(select(Study).order_by(col(Study.created_at))).scalars().first()
            assert study is not None
            study_id = study.id
        with Store.open(plain_dir) as store:
            case_id, _ = build_benchmark_case(store, study_id)
            with store.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            with store.read() as s:
                interviews = [
                    row[0]
                    for row in s.execute(
                        select(Coding.target_id)
                        .where(Coding.target_type == "interview")
                        .group_by(Coding.target_id)
                        .order_by(func.count().desc())
                        .limit(50)
                    )
                ]
        shutil.copytree(plain_dir, enc_dir)
        convert(enc_dir)
        started = time.perf_counter()
        key = unlock(enc_dir, PASSPHRASE)
        print(f"unlock (Argon2id 64 MiB, t=3): {time.perf_counter() - started:.2f} s")
        out = Path(tmp) / "out"
        out.mkdir()
        sides = [
            Side("plain", Store.open(plain_dir), case_id, interviews),
            Side("encrypted", Store.open(enc_dir, key=key), case_id, interviews),
        ]
        for side in sides:  # warm each page cache and the fonts once
            side.run_search(1)
            side.search.clear()
            side.run_pdf(out)
            side.pdfs.clear()
        for _ in range(args.rounds):
            for side in sides:
                side.run_search(args.runs)
                side.run_opens()
                side.run_pdf(out)
        rows = []
        for side in sides:
            rows.append(
                (
                    side.label,
                    summary(side.search, 95),
                    summary(side.opens, 50),
                    summary(side.opens, 95),
                    summary(side.reopens, 50),
                    (
                        statistics.median(w for w, _ in side.pdfs),
                        statistics.median(c for _, c in side.pdfs),
                    ),
                )
            )
            side.store.close()
        if args.sync:
            for label, folder, folder_key in (
                ("plain", plain_dir, None),
                ("encrypted", enc_dir, key),
            ):
                first_push_pull(label, folder, folder_key, Path(tmp) / f"sync-{label}")
        names = (
            "search p95",
            "open interview median",
            "open interview p95",
            "reopen interview median",
            "case PDF",
        )
        for index, name in enumerate(names, start=1):
            (pw, pc), (ew, ec) = rows[0][index], rows[1][index]
            unit = "s" if name == "case PDF" else "ms"
            scale = 1000 if unit == "s" else 1
            print(
                f"{name:25s} plain {pw / scale:8.2f} {unit} (CPU {pc / scale:.2f})  "
                f"encrypted {ew / scale:8.2f} {unit} (CPU {ec / scale:.2f})  "
                f"wall {100 * (ew / pw - 1):+.0f} %  CPU {100 * (ec / max(pc, 1e-9) - 1):+.0f} %"
            )


if __name__ == "__main__":
    main()
