"""Many laptops syncing at once against ``fieldkit-server`` on PostgreSQL (issue 9, item 9).

    .venv/bin/python benchmarks/bench_load.py [--laptops 50,200,500] [--rounds 3]
        [--seconds 120] [--spread 1] [--workers 4] [--team 10] [--photo-kb 32]
        [--postgres URL]

For each laptop count: a fresh PostgreSQL database (made on the server of ``--postgres``, by
default ``$FIELDKIT_TEST_POSTGRES_URL`` or postgresql+psycopg://postgres@127.0.0.1:5432/test,
dropped at the end) and ``fieldkit-server serve --workers W`` on a free loopback port. Every
laptop is its own device and user, a researcher in a study of ``--team`` laptops.

Before the timed part, each laptop's work is prepared with real fieldkit code: a template data
folder creates the studies (their codebooks become the server's seed, as ``study create``
makes them) and then, in each study, one round of field work (a case, a participant, an
interview of about 600 words coded three times, an observation with a photo, two tags); its
outbox gives the changes in the real wire format. Each laptop and round gets a copy with new
row ids, its own clock stamps and its own photo bytes, encoded ready to send.

The timed part is an asyncio driver (plain HTTP/1.1 on asyncio streams; a new connection per
request, as fieldkit's client makes them): every laptop starts within ``--spread`` seconds
and runs ``--rounds`` rounds, each a ``POST /sync`` (its changes and its pull cursor, zstd),
more syncs while the reply says ``more``, then its photo through the real media endpoints
(``POST /uploads``, ``PUT /uploads/ID``) when the server says it lacks it, then a pause of up
to ``--spread`` seconds. No round starts after ``--seconds``. With the default spread of 1 s
all laptops sync at the same moment, far more often than any automatic sync would.

Prints per laptop count: requests, p50/p95/max latency (all requests, and syncs alone),
errors by kind, server resident memory (sum of the uvicorn processes, sampled; and the sum of
their peaks) and CPU seconds; then checks in the database that every study's feed is numbered
1..N with no gap and that every change a laptop had acknowledged is stored exactly once.
The driver shares the machine with the server: on a small machine its CPU counts too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import zstandard
from argon2 import PasswordHasher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from fieldkit.demo.texts import build_observation, build_transcript
from fieldkit.storage import records
from fieldkit.storage.attachments import attach_bytes
from fieldkit.storage.codings import code_text, tag_record
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.participants import add_participant
from fieldkit.storage.replication import collect_outbox
from fieldkit.sync import codec
from fieldkit.sync.server import auth
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.server.db import feed, make_engine, studies
from fieldkit.sync.server.store import ServerStore
from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import free_port

PASSWORD = "load benchmark"
PULL_BYTES = 16 * 1024 * 1024  # what the client asks for (transport.DEFAULT_MAX_BYTES)
THEMES = ("Trust and relationships", "Digital access", "Teacher empowerment")


# --- preparing the laptops' work (before the timed part) -----------------------------------


@dataclass
class Round:
    body_push: str  # the changes as a JSON list, ready to splice into the request
    keys: list[tuple[str, str]]  # (row_id, stamp) of each change, to find it in the feed
    photo: bytes
    photo_sha: str


@dataclass
class Laptop:
    index: int
    device_id: str
    token: str
    study_id: str
    cursor: int
    rounds: list[Round] = field(default_factory=list)
    pushed_seq: int = 0
    acked: list[tuple[str, str]] = field(default_factory=list)  # (row_id, stamp) stored


def template_round(store: Store, study_id: str, rng: random.Random) -> list[dict[str, Any]]:
    """One round of field work in ``study_id`` with real storage code; its outbox changes."""
    with store.read() as session:
        before = collect_outbox(session, study_id=study_id, after_seq=0, max_bytes=sys.maxsize)
    with store.write() as session:
        case = records.create_case(
            session, study_id=study_id, title="Community reading camp", country="Kenya"
        )
        person = add_participant(
            session, case_id=case.id, code="P-01", role="teacher", consent_status="given"
        )
        built = build_transcript(
            rng, language="en", speakers=["P-01", "R"], place="the camp", target_words=600
        )
        interview = records.add_interview(
            session,
            case_id=case.id,
            date=date(2026, 3, 2),
            participant_ids=[person.id],
            language="en",
            transcript=built.text,
            summary="Reading camp after school; parents take turns.",
            interviewer="A. Diallo",
        )
        for n, theme in enumerate(THEMES):
            start = 40 + n * 300
            code_text(session, record_id=interview.id, theme=theme, start=start, end=start + 120)
        notes = build_observation(rng, language="en", place="the camp", time="9:00", paragraphs=1)
        observation = records.add_observation(
            session, case_id=case.id, date=date(2026, 3, 3), description=notes.text
        )
        attach_bytes(
            session,
            store.blobs,
            record_id=observation.id,
            data=_photo(rng, 2),
            filename="camp.jpg",
            kind="photo",
        )
        tag_record(session, record_id=interview.id, theme=THEMES[0])
        tag_record(session, record_id=observation.id, theme=THEMES[1])
    with store.read() as session:
        outbox = collect_outbox(
            session, study_id=study_id, after_seq=before.last_seq, max_bytes=sys.maxsize
        )
    return [json.loads(text) for text in outbox.encoded]


def _photo(rng: random.Random, kb: int) -> bytes:
    """A real JPEG of noise, about ``kb`` kB (noise does not compress, like a photo)."""
    from PIL import Image

    side = max(8, int((kb * 1024 / 0.8) ** 0.5))
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def laptop_round(
    template: list[dict[str, Any]], laptop: Laptop, wall_ms: int, rng: random.Random, kb: int
) -> Round:
    """The template's changes as this laptop's: new ids, its stamps, its own photo."""
    new_ids = {c["row_id"]: str(uuid.uuid4()) for c in template if c["op"] == "insert"}
    photo = _photo(rng, kb)
    sha = _sha256(photo)
    changes = []
    keys = []
    for n, change in enumerate(template):
        values = {
            k: new_ids.get(v, v) if isinstance(v, str) else v
            for k, v in (change.get("values") or {}).items()
        }
        if change["entity"] == "attachments":
            values["sha256"], values["size"] = sha, len(photo)
        stamp = Stamp(wall_ms, n, laptop.device_id).encode()
        row_id = new_ids.get(change["row_id"], change["row_id"])
        copy = {**change, "row_id": row_id, "stamp": stamp, "values": values}
        if "bases" in copy:
            copy["bases"] = {k: "" for k in copy["bases"]}
        changes.append(copy)
        keys.append((row_id, stamp))
    return Round(codec.dump_json(changes).decode(), keys, photo, sha)


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def prepare(
    root: Path, db_url: str, laptops: int, team: int, rounds: int, photo_kb: int
) -> list[Laptop]:
    """Users, studies, memberships and tokens on the server; every laptop's rounds, encoded."""
    rng = random.Random(9)
    # Sign-ins are not measured here (tokens are issued directly); cheap hashes keep the
    # set-up of 500 users short (tests/sync/test_server_limits.py checks real ones).
    auth._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    engine = make_engine(db_url)
    server = ServerStore(engine)
    templates: dict[str, list[dict[str, Any]]] = {}
    with Store.open(root / "template") as store:
        for t in range((laptops + team - 1) // team):
            with store.write() as session:
                study = records.create_study(session, name=f"Reading camps, team {t + 1}")
                study_id = study.id
            with store.read() as session:
                seed = collect_outbox(
                    session, study_id=study_id, after_seq=0, max_bytes=sys.maxsize
                ).encoded
            server.create_study(
                study_id=study_id, name=f"team {t + 1}", seed=seed, seed_device=store.device_id
            )
            templates[study_id] = template_round(store, study_id, rng)
    with engine.connect() as conn:
        heads = dict(conn.execute(sa.select(studies.c.id, studies.c.last_seq)).all())
    study_ids = sorted(templates)
    wall_ms = int(time.time() * 1000)
    result = []
    for i in range(laptops):
        name = f"researcher{i:04d}"
        user_id = server.add_user(name=name, password=PASSWORD)
        study_id = study_ids[i // team]
        server.add_member(study_id=study_id, user_name=name, role="researcher")
        device = f"{rng.getrandbits(64):016x}"
        laptop = Laptop(
            i,
            device,
            server.issue_token(user_id=user_id, device_id=device),
            study_id,
            int(heads[study_id]),
        )
        laptop.rounds = [
            laptop_round(templates[study_id], laptop, wall_ms + r * 1000, rng, photo_kb)
            for r in range(rounds)
        ]
        result.append(laptop)
    engine.dispose()
    return result


# --- the timed part --------------------------------------------------------------------------


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    pushed: int = 0
    pulled: int = 0
    uploads: int = 0

    def took(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)


_PACK = zstandard.ZstdCompressor(level=3)  # the client's cost; the server reads any level
_UNPACK = zstandard.ZstdDecompressor()


@dataclass
class Reply:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Connection:
    """One laptop's requests: plain HTTP/1.1 over asyncio streams, a new connection each time
    (as fieldkit's client, urllib, makes them). httpx cost the driver ten times more CPU per
    request, and on a shared machine the driver's CPU is the server's latency."""

    def __init__(self, url: str, token: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.fixed = (
            f"Host: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
            "Accept-Encoding: zstd, gzip\r\nConnection: close\r\n"
        )

    async def request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            head = f"{method} {path} HTTP/1.1\r\n{self.fixed}{extra}Content-Length: {len(body)}"
            writer.write(head.encode() + b"\r\n\r\n" + body)
            await writer.drain()
            status = int((await reader.readline()).split()[1])
            found: dict[str, str] = {}
            while (line := await reader.readline()) not in (b"\r\n", b""):
                key, _, value = line.decode("latin-1").partition(":")
                found[key.strip().lower()] = value.strip()
            length = found.get("content-length")
            data = await (reader.readexactly(int(length)) if length else reader.read())
        finally:
            writer.close()
        if found.get("content-encoding") == "zstd":
            data = _UNPACK.decompressobj().decompress(data)
        return Reply(status, data)


async def _call(
    conn: Connection,
    results: Results,
    kind: str,
    method: str,
    path: str,
    body: bytes,
    headers: dict[str, str],
) -> Reply | None:
    started = time.perf_counter()
    try:
        reply = await asyncio.wait_for(conn.request(method, path, body, headers), 120)
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
        results.errors[f"{kind}: {type(exc).__name__} {exc}"[:120]] += 1
        return None
    results.took(kind, time.perf_counter() - started)
    if reply.status >= 400:
        results.errors[f"{kind}: HTTP {reply.status}"] += 1
        return None
    return reply


_SYNC_HEADERS = {"Content-Encoding": "zstd", "Content-Type": "application/json"}
_JSON = {"Content-Type": "application/json"}


async def _sync_round(conn: Connection, laptop: Laptop, work: Round, r: Results) -> None:
    after = laptop.pushed_seq or None
    last = laptop.pushed_seq + 1
    push: codec.RawJson | list[Any] = codec.RawJson(work.body_push)
    missing: set[str] = set()
    while True:
        part = {
            "study_id": laptop.study_id,
            "pull_cursor": laptop.cursor,
            "push_last_seq": last,
            "push_after_seq": after,
            "push": push,
        }
        request = {"device_id": laptop.device_id, "max_bytes": PULL_BYTES, "studies": [part]}
        body = _PACK.compress(codec.dump_json(request))
        reply = await _call(conn, r, "sync", "POST", "/api/v1/sync", body, _SYNC_HEADERS)
        if reply is None:
            return
        data = reply.json()
        study = data["studies"][0]
        if push and study["ack_seq"] >= last:
            laptop.pushed_seq = last
            laptop.acked.extend(work.keys)
            r.pushed += len(work.keys)
            push, after = [], None
        r.pulled += len(study["changes"])
        laptop.cursor = study["cursor"]
        missing |= set((data.get("missing_blobs") or {}).get(laptop.study_id, []))
        if not study["more"]:
            break
    if work.photo_sha in missing:
        await _upload(conn, laptop, work, r)


async def _upload(conn: Connection, laptop: Laptop, work: Round, r: Results) -> None:
    size = len(work.photo)
    ask = {"study_id": laptop.study_id, "sha256": work.photo_sha, "size": size}
    started = await _call(conn, r, "upload", "POST", "/api/v1/uploads", codec.dump_json(ask), _JSON)
    if started is None or started.json()["complete"]:
        return
    path = f"/api/v1/uploads/{started.json()['upload_id']}"
    chunk = {"Content-Range": f"bytes 0-{size - 1}/{size}"}
    done = await _call(conn, r, "upload", "PUT", path, work.photo, chunk)
    if done is not None and done.json()["complete"]:
        r.uploads += 1


async def _laptop(url: str, laptop: Laptop, r: Results, deadline: float, spread: float) -> None:
    rng = random.Random(laptop.index)
    conn = Connection(url, laptop.token)
    await asyncio.sleep(rng.random() * spread)
    for work in laptop.rounds:
        if time.monotonic() > deadline:
            r.errors["not started: out of time"] += 1
            continue
        await _sync_round(conn, laptop, work, r)
        await asyncio.sleep(rng.random() * spread)


async def drive(url: str, laptops: list[Laptop], seconds: float, spread: float) -> Results:
    results = Results()
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(_laptop(url, laptop, results, deadline, spread) for laptop in laptops))
    return results


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


def run(args: argparse.Namespace, count: int, dbs: PostgresDatabases) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldkit-load-") as tmp:
        root = Path(tmp)
        db_url = dbs.create()
        assert (
            server_main(
                ["--db", db_url, "--data-dir", str(root / "server"), "init"], err=io.StringIO()
            )
            == 0
        )
        started = time.perf_counter()
        laptops = prepare(root, db_url, count, args.team, args.rounds, args.photo_kb)
        print(
            f"\n{count} laptops, {args.rounds} rounds, spread {args.spread:g} s, "
            f"{args.workers} workers: prepared in "
            f"{time.perf_counter() - started:.0f} s",
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
                results = await drive(url, laptops, args.seconds, args.spread)
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
        every = [s for values in results.latencies.values() for s in values]
        syncs = results.latencies.get("sync", [])
        print(
            f"  {len(every)} requests in {elapsed:.1f} s ({len(syncs)} syncs, "
            f"{len(syncs) / elapsed:.0f} a second, "
            f"{len(results.latencies.get('upload', []))} upload requests, {results.uploads} photos)"
        )
        print(
            f"  latency ms, all:   p50 {_ms(every, 0.5)}  p95 {_ms(every, 0.95)}  "
            f"max {_ms(every, 1.0)}  (mean {statistics.fmean(every) * 1000 if every else 0:.0f})"
        )
        print(
            f"  latency ms, syncs: p50 {_ms(syncs, 0.5)}  p95 {_ms(syncs, 0.95)}  "
            f"max {_ms(syncs, 1.0)}"
        )
        print(f"  errors: {sum(results.errors.values())} {dict(results.errors) or ''}")
        print(f"  changes pushed {results.pushed}, pulled {results.pulled}")
        print(
            f"  server RSS (sum of {len(pids)} processes): peak sampled {peak[0] / 1024:.0f} MB, "
            f"sum of peaks {hwm / 1024:.0f} MB"
        )
        print(
            f"  CPU: server {cpu:.1f} s ({cpu / elapsed * 100:.0f}% of one core), "
            f"this driver {client_cpu:.1f} s, over {elapsed:.1f} s; load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        # What load does not change: the server's CPU per request, and per round (every laptop
        # syncing once, its photo included): at least that many seconds on one core, halved
        # on two, before the last laptop of a round that starts at once gets its reply.
        per_request = cpu / max(len(every), 1)
        print(
            f"  server CPU per request {per_request * 1000:.1f} ms, per round of {count} laptops "
            f"{cpu / max(args.rounds, 1):.1f} s"
        )
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
        p95 = float(_ms(syncs, 0.95)) / 1000 if syncs else float("inf")
        ok = p95 <= 1.0 and not results.errors and hwm <= 1024 * 1024 and not problems
        verdict = "met" if ok else "MISSED"
        print(f"  goal (p95 <= 1 s, 0 errors, RSS <= 1 GB, feeds whole): {verdict}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laptops", default="50,200,500", help="laptop counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=120.0, help="no round starts later")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--team", type=int, default=10, help="laptops per study")
    parser.add_argument("--photo-kb", type=int, default=32)
    parser.add_argument(
        "--spread",
        type=float,
        default=1.0,
        help="seconds over which laptops start, and the longest pause between rounds "
        "(1: all at once; 30: as if each synced about every 15 s)",
    )
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
