"""How long `fieldkit demo` takes, and what it leaves on disk.

    .venv/bin/python benchmarks/bench_demo.py [--scale large] [--data-dir DIR] [--seed N]
                                              [--without-search-triggers]

Generates the corpus into a temporary folder (or an empty --data-dir) and prints the seconds
(wall and CPU, and the share spent in database transactions), records per second (records =
every research row written), the database size on disk including its WAL, and the blob folder
size. ``--without-search-triggers`` drops the full-text triggers in the benchmark's own folder
first, to show what feeding the search index costs; never use it on a real data folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from fieldkit.demo import generate
from fieldkit.storage.db import Store


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return 0


def mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def drop_search_triggers(store: Store) -> int:
    with store.engine.begin() as conn:
        names = (
            conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
            )
            .scalars()
            .all()
        )
        for name in names:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return len(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="large", choices=["small", "large"])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--data-dir", type=Path, help="an empty folder (default: a temp folder)")
    parser.add_argument("--without-search-triggers", action="store_true")
    args = parser.parse_args()
    tmp = None
    data_dir = args.data_dir
    if data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="fieldkit-demo-bench-")
        data_dir = Path(tmp.name)
    store = Store.open(data_dir)
    try:
        if args.without_search_triggers:
            print(f"dropped {drop_search_triggers(store)} search triggers (benchmark folder only)")
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            if done == total or now - last[0] > 10:
                last[0] = now
                print(f"  {stage}: {done}/{total}", flush=True)

        cpu = time.process_time()
        summary = generate(store, scale=args.scale, seed=args.seed, progress=progress)
        cpu = time.process_time() - cpu
        db = store.db_path
        db_size = size(db) + size(Path(f"{db}-wal")) + size(Path(f"{db}-shm"))
        print(
            f"scale {summary.scale}, seed {summary.seed}, cores {os.cpu_count()}, "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        print(
            f"rows: {summary.cases} cases, {summary.participants} participants, "
            f"{summary.interviews} interviews, {summary.observations} observations, "
            f"{summary.codings} codings, {summary.tags} tags, {summary.memos} memos, "
            f"{summary.attachments} attachments, {summary.themes} themes, "
            f"{summary.interview_participants} interview-participant links"
        )
        print(f"records (all research rows): {summary.records:,}")
        print(
            f"seconds: {summary.seconds:.1f} wall, {cpu:.1f} CPU; "
            f"{summary.write_seconds:.1f} s in {summary.transactions} database transactions"
        )
        print(f"records per second: {summary.records / summary.seconds:,.0f}")
        print(f"database on disk (with WAL): {mb(db_size)} before close")
        store.close()
        closed = size(db) + size(Path(f"{db}-wal"))
        print(f"database on disk after close (WAL checkpointed): {mb(closed)}")
        print(f"blob folder: {mb(size(data_dir / 'blobs'))} in {summary.blobs} files")
    finally:
        store.close()
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
