"""Many laptops syncing against ``fieldkit-server`` on PostgreSQL (issue 9, item 9).

    .venv/bin/python benchmarks/bench_load.py [--laptops 50,200,500] [--cadence burst|app]
        [--rounds 3] [--spread 1] [--edit-every 0] [--seconds 120] [--workers 2] [--team 10]
        [--photo-kb 32] [--postgres URL]

For each laptop count: a fresh PostgreSQL database (made on the server of ``--postgres``, by
default ``$FIELDKIT_TEST_POSTGRES_URL`` or postgresql+psycopg://postgres@127.0.0.1:5432/test,
dropped at the end) and ``fieldkit-server serve --workers W`` on a free loopback port. Every
laptop is its own device and user, a researcher in a study of ``--team`` laptops; its rounds
of field work are prepared before the timed part (``load_laptops.py``).

The timed part (``load_driver.py``) sends what fieldkit's client sends for each sync (syncs,
its photo's upload, the teammates' photos' downloads) on one of two rhythms:

- ``--cadence burst``: every laptop starts within ``--spread`` seconds and runs ``--rounds``
  rounds with pauses of up to ``--spread`` seconds (1: all at once, a worst case no automatic
  sync produces: it says what hardware a team pressing Sync now together needs);
- ``--cadence app``: the desktop app's automatic sync for ``--seconds``: a sync 20 to 25 s
  after an edit settles, a probe and a sync after 5 minutes without one; each researcher edits
  again ``--edit-every`` seconds after a sync on average (0: at once, the busiest rhythm).

No round starts after ``--seconds``. Prints per laptop count: requests, p50/p95/max latency
(all requests, syncs alone, and whole sync rounds: what a researcher waits for), errors by
kind, server resident memory (sum of the uvicorn processes, sampled; and the sum of their
peaks) and CPU seconds, and the server's CPU per request and per sync round (what load does
not change: the cores a burst needs); then checks in the database that every study's feed is
numbered 1..N with no gap and that every change a laptop had acknowledged is stored exactly
once. The driver shares the machine with the server: on a small machine its CPU counts too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from benchmarks.load_driver import Results, drive, rounds_needed
from benchmarks.load_laptops import Laptop, prepare
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.server.db import feed, studies
from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import free_port

# --- the server process and its resources ----------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def server_pids(pid: int) -> list[int]:
    """The uvicorn supervisor and its workers (their own children, e.g. resource trackers)."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        with contextlib.suppress(OSError):  # it ended meanwhile
            todo += _children(p)
    return pids


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


async def sample_rss(pid: int, peak: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], sum(_status_kb(p, "VmRSS") for p in server_pids(pid)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 0.25)


def sample_database(db_url: str, seen: Counter[str], stop: asyncio.Event) -> None:
    """What the server's database sessions are doing, sampled (pg_stat_activity).

    ``active: Lock`` is a push waiting for its study's row lock; ``idle in transaction`` is a
    worker holding a transaction (and maybe that lock) while its Python code runs or waits.
    """
    name = sa.engine.make_url(db_url).database
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    query = sa.text(
        "SELECT state, wait_event_type FROM pg_stat_activity "
        "WHERE datname = :name AND pid <> pg_backend_pid()"
    )
    with engine.connect() as conn:
        while not stop.is_set():
            for state, wait in conn.execute(query, {"name": name}):
                seen[f"{state}: {wait}" if wait and state == "active" else str(state)] += 1
            seen["samples"] += 1
            conn.rollback()
            time.sleep(0.25)
    engine.dispose()


def start_server(
    root: Path, db_url: str, workers: int, extra: list[str]
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (root / "server.log").open("wb")
    command = [
        sys.executable,
        "-c",
        "import sys; from fieldkit.sync.server.cli import main; sys.exit(main())",
        "--db",
        db_url,
        "--data-dir",
        str(root / "server"),
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-format",
        "json",
        *extra,
    ]
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {(root / 'server.log').read_text()[-2000:]}")
        text = (root / "server.log").read_text()
        if text.count("Application startup complete") >= workers:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=5):
                return proc, url
        time.sleep(0.2)
    raise SystemExit("the server did not start")


# --- checking the feeds ----------------------------------------------------------------------


def check_feeds(db_url: str, laptops: list[Laptop]) -> list[str]:
    """Problems: gaps or duplicates in any study's feed, acknowledged changes not stored once."""
    problems = []
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        heads = dict(conn.execute(sa.select(studies.c.id, studies.c.last_seq)).all())
        stored: Counter[tuple[str, str]] = Counter()
        for study_id, head in heads.items():
            seqs = [
                row.server_seq
                for row in conn.execute(
                    sa.select(feed.c.server_seq)
                    .where(feed.c.study_id == study_id)
                    .order_by(feed.c.server_seq)
                )
            ]
            if seqs != list(range(1, head + 1)):
                problems.append(f"study {study_id}: feed is not 1..{head} ({len(seqs)} rows)")
        for (text,) in conn.execute(sa.select(feed.c.change)):
            change = json.loads(text)
            stored[(change["row_id"], change["stamp"])] += 1
    engine.dispose()
    twice = sum(1 for n in stored.values() if n > 1)
    if twice:
        problems.append(f"{twice} changes stored more than once")
    acked = [key for laptop in laptops for key in laptop.acked]
    lost = sum(1 for key in acked if stored[key] != 1)
    if lost:
        problems.append(f"{lost} acknowledged changes not in the feed exactly once")
    return problems


def server_durations(log: Path) -> list[float]:
    """Seconds each sync took from the server's point of view (its JSON request log)."""
    found = []
    for line in log.read_text().splitlines():
        if '"duration_ms"' not in line:
            continue
        entry = json.loads(line)
        fields = entry.get("fields", entry)
        if fields.get("path") == "/api/v1/sync":
            found.append(fields["duration_ms"] / 1000)
    return found


# --- one run ---------------------------------------------------------------------------------


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.0f}"


def _rhythm(args: argparse.Namespace) -> str:
    if args.cadence == "burst":
        return f"burst: {args.rounds} rounds, spread {args.spread:g} s"
    edits = f"an edit {args.edit_every:g} s after each sync" if args.edit_every else "busiest"
    return f"the app's automatic sync ({edits}) for {args.seconds:g} s"


def run(args: argparse.Namespace, count: int, dbs: PostgresDatabases) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldkit-load-") as tmp:
        root = Path(tmp)
        db_url = dbs.create()
        location = ["--db", db_url, "--data-dir", str(root / "server")]
        assert server_main([*location, "init"], err=io.StringIO()) == 0
        started = time.perf_counter()
        rounds = rounds_needed(args.cadence, args.seconds, args.rounds)
        laptops = prepare(root, db_url, count, args.team, rounds, args.photo_kb)
        print(
            f"\n{count} laptops, {_rhythm(args)}, {args.workers} workers: prepared in "
            f"{time.perf_counter() - started:.0f} s; load average before "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
            flush=True,
        )
        proc, url = start_server(root, db_url, args.workers, args.server_option or [])
        try:
            pids = server_pids(proc.pid)
            cpu_before = cpu_seconds(pids)
            peak = [0]
            sessions: Counter[str] = Counter()
            stop = asyncio.Event()

            async def measured() -> tuple[Results, float]:
                sampler = asyncio.create_task(sample_rss(proc.pid, peak, stop))
                watcher = asyncio.create_task(
                    asyncio.to_thread(sample_database, db_url, sessions, stop)
                )
                t0 = time.perf_counter()
                results = await drive(
                    url,
                    laptops,
                    cadence=args.cadence,
                    seconds=args.seconds,
                    spread=args.spread,
                    edit_every=args.edit_every,
                )
                elapsed = time.perf_counter() - t0
                stop.set()
                await sampler
                await watcher
                return results, elapsed

            client_cpu = time.process_time()
            results, elapsed = asyncio.run(measured())
            client_cpu = time.process_time() - client_cpu
            pids = server_pids(proc.pid)
            cpu = cpu_seconds(pids) - cpu_before
            hwm = sum(_status_kb(p, "VmHWM") for p in pids)
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
        report(args, count, results, elapsed, cpu, client_cpu, len(pids), peak[0], hwm)
        inside = server_durations(root / "server.log")
        print(
            f"  time inside the server (its request log), syncs: p50 {_ms(inside, 0.5)}  "
            f"p95 {_ms(inside, 0.95)}  max {_ms(inside, 1.0)}"
        )
        problems = check_feeds(db_url, laptops)
        samples = max(sessions.pop("samples", 0), 1)
        doing = ", ".join(f"{k} {n / samples:.1f}" for k, n in sessions.most_common())
        print(f"  database sessions on average: {doing}")
        whole = "no gap, no duplicate, every acknowledged change once"
        print(f"  feeds: {'; '.join(problems) if problems else whole}")
        syncs = results.latencies.get("sync", [])
        p95 = float(_ms(syncs, 0.95)) / 1000 if syncs else float("inf")
        ok = p95 <= 1.0 and not results.errors and hwm <= 1024 * 1024 and not problems
        verdict = "met" if ok else "MISSED"
        print(
            f"  goal (sync p95 <= 1 s, 0 errors, RSS <= 1 GB, feeds whole): {verdict}", flush=True
        )


def report(
    args: argparse.Namespace,
    count: int,
    results: Results,
    elapsed: float,
    cpu: float,
    client_cpu: float,
    processes: int,
    peak_kb: int,
    hwm_kb: int,
) -> None:
    every = [s for values in results.latencies.values() for s in values]
    syncs = results.latencies.get("sync", [])
    kinds = ", ".join(f"{len(v)} {k}" for k, v in sorted(results.latencies.items()))
    print(
        f"  {len(every)} requests in {elapsed:.1f} s ({kinds}; {len(syncs) / elapsed:.1f} syncs "
        f"a second); {results.rounds} sync rounds, {results.uploads} photos sent, "
        f"{results.downloads} fetched"
        + (f"; {results.skipped} rounds not started (time bound)" if results.skipped else "")
    )
    for kind, values in [("all", every), *sorted(results.latencies.items())]:
        print(
            f"  latency ms, {kind + ':':9} p50 {_ms(values, 0.5):>5}  p95 {_ms(values, 0.95):>5}  "
            f"max {_ms(values, 1.0):>5}  (mean {statistics.fmean(values) * 1000:.0f})"
        )
    rounds = results.round_seconds
    print(
        f"  whole sync rounds, s: p50 {_s(rounds, 0.5)}  p95 {_s(rounds, 0.95)}  "
        f"max {_s(rounds, 1.0)}"
    )
    print(f"  errors: {sum(results.errors.values())} {dict(results.errors) or ''}")
    print(f"  changes pushed {results.pushed}, pulled {results.pulled}")
    print(
        f"  server RSS (sum of {processes} processes): peak sampled {peak_kb / 1024:.0f} MB, "
        f"sum of peaks {hwm_kb / 1024:.0f} MB"
    )
    print(
        f"  CPU: server {cpu:.1f} s ({cpu / elapsed * 100:.0f}% of one core), "
        f"this driver {client_cpu:.1f} s, over {elapsed:.1f} s; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    # What load does not change: the server's CPU per request, and per sync round (a
    # laptop's syncs, its photo's upload, its teammates' photos): a burst of N rounds needs at
    # least N times that on one core before the last laptop gets its reply.
    per_request = cpu / max(len(every), 1)
    per_round = cpu / max(results.rounds, 1)
    print(
        f"  server CPU per request {per_request * 1000:.1f} ms, per sync round "
        f"{per_round * 1000:.0f} ms: {count} laptops at once need {count * per_round:.1f} "
        "core-seconds"
    )


def _s(values: list[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laptops", default="50,200,500", help="laptop counts, comma-separated")
    parser.add_argument("--cadence", choices=("burst", "app"), default="burst")
    parser.add_argument("--rounds", type=int, default=3, help="burst: rounds per laptop")
    parser.add_argument(
        "--spread",
        type=float,
        default=1.0,
        help="burst: seconds over which laptops start, and the longest pause between rounds",
    )
    parser.add_argument(
        "--edit-every",
        type=float,
        default=0.0,
        help="app: mean seconds from a sync to the researcher's next edit (0: at once)",
    )
    parser.add_argument("--seconds", type=float, default=120.0, help="no round starts later")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--team", type=int, default=10, help="laptops per study")
    parser.add_argument("--photo-kb", type=int, default=32)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("FIELDKIT_TEST_POSTGRES_URL")
        or "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="a PostgreSQL server to make the benchmark's databases on",
    )
    parser.add_argument("--server-option", action="append", help="passed to serve (repeat)")
    args = parser.parse_args()
    dbs = PostgresDatabases(args.postgres)
    try:
        for count in (int(n) for n in args.laptops.split(",")):
            run(args, count, dbs)
    finally:
        dbs.drop_all()


if __name__ == "__main__":
    main()
