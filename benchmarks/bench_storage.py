"""Storage figures on the demo corpus: search latency, loading an interview, size on disk.

    .venv/bin/python benchmarks/bench_storage.py [--data-dir DIR] [--scale large]

Without --data-dir it generates the corpus into a temporary folder first (and reports how long
that took). Figures are medians/percentiles of repeated runs on this machine; nothing here is a
pass/fail check.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from fieldkit.storage.codings import codings_for
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Coding, Interview, Observation
from fieldkit.storage.search import search

QUERIES = [
    "trust",
    "teachers",
    "parents",
    "radio",
    "tablet",
    "reading",
    "data",
    "feedback",
    "community",
    "girls",
    "confiance",
    "enseignants",
    "parents d'élèves",
    "confianza",
    "maestros",
    "comunidad",
    "confiança",
    "professores",
    "educação",
    "educacao",
    "walimu",
    "wazazi",
    "shule",
    "शिक्षा",
    "शिक्षक",
    "बच्चे",
    '"reading camp"',
    "teach*",
    "learn*",
    "digital access",
    "mobile phone",
    "school leader",
    "head teacher",
    "district officer",
    "attendance data",
    "local language",
    "mother tongue",
    "scale up",
    "government",
    "evidence",
    "coaching",
    "wellbeing",
    "inclusion",
    "disability",
    "electricity",
    "internet connection",
    "NEAR(",
    '"unbalanced quote',
    "😀 school",
    "assessment results",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--scale", default="large", choices=["small", "large"])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each query")
    args = parser.parse_args()
    tmp = None
    data_dir = args.data_dir
    if data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="fieldkit-bench-")
        data_dir = Path(tmp.name)
    store = Store.open(data_dir)
    with store.read() as session:
        interviews = session.execute(select(func.count()).select_from(Interview)).scalar_one()
    if interviews == 0:
        from fieldkit.demo import generate

        started = time.perf_counter()
        summary = generate(store, scale=args.scale)
        seconds = time.perf_counter() - started
        print(
            f"demo --scale {args.scale}: {seconds:.1f} s, "
            f"{summary.records / seconds:,.0f} records/s ({summary.records:,} records)"
        )
    with store.read() as session:
        counts = {
            m.__tablename__: session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (Interview, Observation, Coding)
        }
    print("corpus:", ", ".join(f"{v:,} {k}" for k, v in counts.items()))

    latencies: list[float] = []
    hits_total = 0
    with store.read() as session:
        for q in QUERIES:  # warm the page cache once
            search(session, query=q, limit=50)
        for q in QUERIES:
            for _ in range(args.runs):
                started = time.perf_counter()
                hits = search(session, query=q, limit=50)
                latencies.append((time.perf_counter() - started) * 1000)
            hits_total += len(hits)
    print(
        f"search over {len(QUERIES)} queries x {args.runs} runs (limit 50): "
        f"p50 {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
        f"max {max(latencies):.1f} ms; {hits_total} hits in all"
    )

    with store.read() as session:
        busiest = [
            row[0]
            for row in session.execute(
                select(Coding.target_id, func.count().label("n"))
                .where(Coding.target_type == "interview")
                .group_by(Coding.target_id)
                .order_by(func.count().desc())
                .limit(50)
            )
        ]
    rng = random.Random(7)
    rng.shuffle(busiest)
    loads: list[float] = []
    sizes: list[int] = []
    for interview_id in busiest:
        started = time.perf_counter()
        with store.read() as session:
            interview = get_row(session, Interview, interview_id)
            codings = codings_for(session, record_id=interview.id)
            _ = len(interview.transcript)
        loads.append((time.perf_counter() - started) * 1000)
        sizes.append(len(codings))
    print(
        f"load one interview with its codings ({min(sizes)}–{max(sizes)} codings, "
        f"{len(loads)} interviews): median {statistics.median(loads):.2f} ms, "
        f"p95 {percentile(loads, 95):.2f} ms"
    )

    db_files = [data_dir / n for n in ("fieldkit.sqlite3", "fieldkit.sqlite3-wal")]
    db_bytes = sum(p.stat().st_size for p in db_files if p.exists())
    blob_bytes = folder_size(data_dir / "blobs") if (data_dir / "blobs").exists() else 0
    print(f"on disk: database {db_bytes / 1e6:.1f} MB (with WAL), blobs {blob_bytes / 1e6:.2f} MB")
    store.close()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
