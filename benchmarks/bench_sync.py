"""The sync figures of issue 5, through a real sync server on loopback.

    .venv/bin/python benchmarks/bench_sync.py [--scale small|large] [--data-dir DIR]
        [--max-bytes N] [--skip-ratio] [--skip-link] [--profile-dir DIR] [--only e]
        [--extra-case] [--stop-after-pull]

Starts ``fieldkit-server serve`` in a subprocess on a free port with a temporary data folder.
Laptop A is a copy of a demo corpus: ``--data-dir DIR`` reuses the corpus in DIR (generated
there first if DIR has none), else one is generated in a temporary folder. The copy keeps the
corpus's device id: every change in it is stamped by that device, and the server only takes a
device's own stamps. Laptop B starts empty (a fresh device id). Prints, for each step, seconds,
requests and bytes on the wire (request and reply bodies as sent, compressed):

(a) A's first push and B's first pull (goal: at most 60 s each; the pull at most 20 s, next
    10 s, also with ``--extra-case``: one more case whose audio codings reach a batch before
    their recordings' attachment rows);
(b) a sync with nothing to do (goal: one request);
(c) a sync after 1% of the records changed (goal: one request), and B pulling it;
(d) bytes on the wire over the same rows as canonical JSON (``fieldkit export json``)
    compressed with zstd level 19 (goal: at most 1.15);
(e) 10,000 small observations (about 130 bytes of text each) pushed from A (goal: under
    0.6 s, at most 10 requests, under 400 kB);
(f) 100 new interviews (text only) synced through a link limited to 50 kB/s each way with a
    600 ms round trip (``tests/sync/fault_proxy.py``), pushed by A and pulled by B.

Finally checks that ``fieldkit export json`` of A and B is byte-identical.

``--only e`` runs step (e) alone, and B's pull of it, without a demo corpus: laptop A is a fresh
data folder with one study of a few cases, pushed and pulled once before the step.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import zstandard

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from fieldkit.demo import generate
from fieldkit.demo.texts import build_observation, build_transcript
from fieldkit.export.json_dump import write_json_dump
from fieldkit.storage.db import DB_NAME, Store
from fieldkit.storage.models import (
    Case,
    Coding,
    Interview,
    Memo,
    Observation,
    Participant,
    Study,
    SyncRow,
    Tag,
    Theme,
)
from fieldkit.sync.client import SyncReport, login, publish_study, sync
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.transport import DEFAULT_MAX_BYTES
from tests.sync.fault_proxy import FaultProxy

PASSWORD = "benchmark password"
# The text field each kind of record gets edited in for (c).
EDITS: tuple[tuple[type[SyncRow], str], ...] = (
    (Case, "summary"),
    (Participant, "notes"),
    (Interview, "summary"),
    (Observation, "description"),
    (Theme, "description"),
    (Tag, "tagged_by"),
    (Coding, "memo"),
    (Memo, "body"),
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited")
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def canonical_dump(store: Store) -> bytes:
    out = io.StringIO()
    with store.read() as session:
        write_json_dump(session, out)
    return out.getvalue().encode()


def line(label: str, r: SyncReport, cpu: tuple[float, float] | None = None) -> None:
    used = f"  cpu: client {cpu[0]:.2f} s, server {cpu[1]:.2f} s" if cpu else ""
    print(
        f"{label:<36} {r.seconds:7.2f} s {r.requests:4d} requests  "
        f"sent {r.bytes_sent / 1000:8.1f} kB  received {r.bytes_received / 1000:8.1f} kB  "
        f"pushed {r.pushed:6d}  pulled {r.pulled:6d}  conflicts {r.conflicts}{used}",
        flush=True,
    )


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def zstd19_size(dump: bytes, source: Path) -> tuple[int, str]:
    """zstd -19 of ``dump`` (minutes for a large corpus): remembered beside the corpus."""
    digest = hashlib.sha256(dump).hexdigest()
    memo = source / "bench_sync_zstd19.json"
    try:
        known = json.loads(memo.read_text())
        if known.get("sha256") == digest:
            return int(known["size"]), f"computed earlier for this corpus, {memo.name}"
    except (OSError, ValueError):
        pass
    started = time.perf_counter()
    size = len(zstandard.ZstdCompressor(level=19).compress(dump))
    took = time.perf_counter() - started
    with contextlib.suppress(OSError):
        memo.write_text(json.dumps({"sha256": digest, "size": size}))
    return size, f"{took:.0f} s to compute"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def tiny_corpus(dest: Path) -> Path:
    """A data folder with one study of five cases (what step (e) alone needs)."""
    with Store.open(dest) as store, store.write() as session:
        study = Study(name="Small observations")
        session.add(study)
        session.flush()
        for n in range(5):
            session.add(Case(study_id=study.id, title=f"Site {n + 1}"))
    return dest


def corpus(args: argparse.Namespace, root: Path) -> Path:
    """The folder holding the demo corpus to copy for laptop A."""
    source = Path(args.data_dir) if args.data_dir else root / "corpus"
    if not (source / DB_NAME).exists():
        started = time.perf_counter()
        with Store.open(source) as store:
            generate(store, scale=args.scale)
        print(f"demo {args.scale}: generated in {time.perf_counter() - started:.1f} s")
    return source


def copy_laptop(source: Path, dest: Path) -> None:
    """A copy of a data folder (database through SQLite's backup API, so WAL is folded in)."""
    import sqlite3

    dest.mkdir(parents=True)
    src = sqlite3.connect(source / DB_NAME)
    dst = sqlite3.connect(dest / DB_NAME)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    if (source / "blobs").is_dir():
        shutil.copytree(source / "blobs", dest / "blobs")


def study_of(store: Store) -> str:
    with store.read() as session:
        ids = list(session.execute(sa.select(Study.id)).scalars())  # type: ignore[call-overload]
    if len(ids) != 1:
        raise SystemExit(f"expected one study in the corpus, found {len(ids)}")
    return str(ids[0])


def count_rows(store: Store, study_id: str) -> int:
    from fieldkit.storage.models import SYNC_MODELS

    total = 0
    with store.read() as session:
        for model in SYNC_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            key = table.c.id if model is Study else table.c.study_id
            total += session.execute(
                sa.select(sa.func.count()).select_from(table).where(key == study_id)
            ).scalar_one()
    return int(total)


def change_one_percent(store: Store, study_id: str) -> int:
    """Edit a text field of every 100th record (by id) of each kind; returns how many."""
    changed = 0
    with store.write() as session:
        for model, name in EDITS:
            rows = list(
                session.execute(
                    sa.select(model).where(model.study_id == study_id).order_by(model.id)  # type: ignore[attr-defined]
                ).scalars()
            )
            for row in rows[::100]:
                setattr(row, name, (getattr(row, name) or "") + " (revised)")
                changed += 1
    return changed


def small_observations(store: Store, study_id: str, count: int) -> int:
    """``count`` new observations of about 130 bytes of text each; returns their text bytes."""
    rng = random.Random(5)
    with store.read() as session:
        case_ids = list(
            session.execute(sa.select(Case.id).where(Case.study_id == study_id)).scalars()  # type: ignore[call-overload]
        )
    texts: list[str] = []
    for _ in range(count):
        built = build_observation(rng, language="en", place="the school", time="9:00", paragraphs=1)
        text = built.text.replace("\n\n", " ")
        cut = text[:130].rsplit(" ", 1)[0] if len(text) > 130 else text
        texts.append(cut)
    day = date(2025, 3, 1)
    with store.write() as session:
        for i, text in enumerate(texts):
            session.add(
                Observation(
                    study_id=study_id,
                    case_id=case_ids[i % len(case_ids)],
                    date=day + timedelta(days=i % 90),
                    title=f"Note {i + 1}",
                    observer="A. Diallo",
                    description=text,
                )
            )
    return sum(len(t.encode()) for t in texts)


def new_interviews(store: Store, study_id: str, count: int) -> int:
    """``count`` new interviews with transcripts of about 2,000 words; returns text bytes."""
    rng = random.Random(100)
    with store.read() as session:
        case_ids = list(
            session.execute(sa.select(Case.id).where(Case.study_id == study_id)).scalars()  # type: ignore[call-overload]
        )
    size = 0
    with store.write() as session:
        for i in range(count):
            built = build_transcript(
                rng,
                language=rng.choice(["en", "fr", "es", "sw"]),
                speakers=["P-900", "P-901"],
                place="the learning centre",
                target_words=2000,
            )
            size += len(built.text.encode())
            session.add(
                Interview(
                    study_id=study_id,
                    case_id=rng.choice(case_ids),
                    date=date(2025, 4, 1) + timedelta(days=i % 30),
                    title=f"Follow-up interview {i + 1}",
                    interviewer="A. Diallo",
                    transcript=built.text,
                    summary="Follow-up on the learning centre's second term.",
                    status="transcribed",
                )
            )
    return size


def extra_case(store: Store, study_id: str) -> int:
    """One more case, added after the corpus as a researcher would: 30 interviews, each with a
    recording and three audio codings, and 20 observations with a photo each; returns rows.

    Its rows come last in the feed, in the batch that also carries the corpus's last codings:
    with the codings of the batch written first, its audio codings refer to attachments not
    written yet (the order that made a first pull take 52-63 s, issue 9).
    """
    from fieldkit.demo import media
    from fieldkit.storage import records
    from fieldkit.storage.attachments import attach_bytes
    from fieldkit.storage.codings import code_audio

    rng = random.Random(9)
    recording = media.recording()
    photos = media.photos()
    with store.read() as session:
        themes = list(
            session.execute(
                sa.select(Theme.name).where(Theme.study_id == study_id).order_by(Theme.name)  # type: ignore[arg-type]
            ).scalars()
        )
    before = count_rows(store, study_id)
    with store.write() as session:
        case = records.create_case(
            session, study_id=study_id, title="Hillside reading camp", country="Nepal"
        )
        for i in range(30):
            built = build_transcript(
                rng,
                language="en",
                speakers=["P-950", "P-951"],
                place="the reading camp",
                target_words=2000,
            )
            interview = records.add_interview(
                session,
                case_id=case.id,
                date=date(2025, 5, 1) + timedelta(days=i),
                title=f"Reading camp interview {i + 1}",
                transcript=built.text,
            )
            audio = attach_bytes(
                session,
                store.blobs,
                record_id=interview.id,
                data=recording.data,
                filename=f"camp-{i + 1:02d}.wav",
                kind="audio",
            )
            for n in range(3):
                code_audio(
                    session,
                    attachment_id=audio.id,
                    theme=rng.choice(themes),
                    start_ms=n * 1000,
                    end_ms=n * 1000 + 800,
                )
        for i in range(20):
            observation = records.add_observation(
                session,
                case_id=case.id,
                date=date(2025, 6, 1) + timedelta(days=i),
                description=f"Camera photo {i + 1} of the reading camp.",
            )
            photo = photos[i % len(photos)]
            attach_bytes(
                session,
                store.blobs,
                record_id=observation.id,
                data=photo.data,
                filename=f"camp-photo-{i + 1:02d}.jpg",
                kind="photo",
            )
    return count_rows(store, study_id) - before


@contextmanager
def server(root: Path, profile_dir: Path | None) -> Iterator[tuple[str, Path, int]]:
    server_dir = root / "server"
    for argv, stdin in (
        (["init"], ""),
        (["user", "add", "lena", "--can-create-studies"], PASSWORD + "\n"),
        (["user", "add", "bob", "--can-create-studies"], PASSWORD + "\n"),
    ):
        code = server_main(
            ["--data-dir", str(server_dir), *argv],
            stdin=io.StringIO(stdin),
            err=io.StringIO(),
        )
        assert code == 0
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    runner = [sys.executable]
    if profile_dir is not None:
        runner += ["-m", "pyinstrument", "-r", "text", "-o", str(profile_dir / "server.txt")]
    runner += ["-c", "import sys; from fieldkit.sync.server.cli import main; sys.exit(main())"]
    proc = subprocess.Popen(
        [*runner, "--data-dir", str(server_dir), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_up(url, proc)
        yield url, server_dir, proc.pid
    finally:
        # SIGINT: uvicorn stops cleanly and pyinstrument (if profiling) writes its report.
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)


class Runner:
    """Runs timed syncs, optionally under a profiler (one text report per step)."""

    def __init__(self, profile_dir: Path | None) -> None:
        self.profile_dir = profile_dir
        self.server_pid = 0

    def run(self, label: str, call: Callable[[], SyncReport]) -> SyncReport:
        client_cpu, server_cpu = time.process_time(), cpu_seconds(self.server_pid)
        if self.profile_dir is None:
            report = call()
        else:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.005)
            with profiler:
                report = call()
            name = "".join(c if c.isalnum() else "_" for c in label).strip("_")
            (self.profile_dir / f"client_{name}.txt").write_text(profiler.output_text())
        used = (time.process_time() - client_cpu, cpu_seconds(self.server_pid) - server_cpu)
        line(label, report, used)
        return report


def run_e(
    runner: Runner,
    a: Store,
    study_id: str,
    sync_a: Callable[[], SyncReport],
    sync_b: Callable[[], SyncReport],
) -> None:
    print("\n(e) 10,000 small observations pushed (goal: < 0.6 s, <= 10 requests, < 400 kB)")
    text_bytes = small_observations(a, study_id, 10_000)
    print(f"    text: {text_bytes / 10_000:.0f} bytes per observation on average")
    small = runner.run("10,000 observations: push (A)", sync_a)
    wire = small.bytes_sent + small.bytes_received
    print(
        f"    {small.seconds:.2f} s {verdict(small.seconds < 0.6)}, "
        f"{small.requests} requests {verdict(small.requests <= 10)}, "
        f"{wire / 1000:.0f} kB both ways {verdict(wire < 400_000)}"
    )
    runner.run("10,000 observations: pull (B)", sync_b)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=["small", "large"], default="large")
    parser.add_argument("--data-dir", help="a demo corpus to copy (generated there if missing)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    parser.add_argument("--skip-ratio", action="store_true", help="skip (d): zstd -19 is slow")
    parser.add_argument("--skip-link", action="store_true", help="skip (f), the slow link")
    parser.add_argument("--push-only", action="store_true", help="stop after the first push")
    parser.add_argument("--stop-after-pull", action="store_true", help="stop after (a)")
    parser.add_argument(
        "--extra-case",
        action="store_true",
        help="add one case of 30 recorded interviews with audio codings and 20 photos to A "
        "before (a)",
    )
    parser.add_argument("--profile-dir", help="write pyinstrument reports here")
    parser.add_argument(
        "--only", choices=["e"], help="run only this step, on a fresh study (no demo corpus)"
    )
    args = parser.parse_args()
    profile_dir = Path(args.profile_dir) if args.profile_dir else None
    if profile_dir is not None:
        profile_dir.mkdir(parents=True, exist_ok=True)
    runner = Runner(profile_dir)
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-sync-") as tmp:
        root = Path(tmp)
        source = tiny_corpus(root / "tiny") if args.only == "e" else corpus(args, root)
        copy_laptop(source, root / "a")
        with (
            server(root, profile_dir) as (url, server_dir, pid),
            Store.open(root / "a") as a,
            Store.open(root / "b") as b,
        ):
            runner.server_pid = pid
            study_id = study_of(a)
            only_e = args.only == "e"
            if args.extra_case and not only_e:
                added = extra_case(a, study_id)
                print(f"extra case: {added} records (30 recorded interviews, 20 photos)")
            first_dump = b"" if args.skip_ratio or only_e else canonical_dump(a)
            rows = count_rows(a, study_id)
            db_mb = (root / "a" / DB_NAME).stat().st_size / 1e6
            print(f"corpus: {rows} records in study {study_id}, database {db_mb:.0f} MB")
            print(f"batch budget: {args.max_bytes} bytes of JSON per request")
            token_a = login(a, server_url=url, user="lena", password=PASSWORD)
            publish_study(a, study_id=study_id, server_url=url, token=token_a)
            code = server_main(
                ["--data-dir", str(server_dir), "member", "add", study_id, "bob"],
                err=io.StringIO(),
            )
            assert code == 0
            token_b = login(b, server_url=url, user="bob", password=PASSWORD)
            # Records only: the corpus's media files (a few photos and recordings) go in their
            # own step, so the figures and the ratio in (d) are about the records.
            kw: dict[str, Any] = {"server_url": url, "max_bytes": args.max_bytes, "media": False}

            def sync_a(**extra: Any) -> SyncReport:
                return sync(a, token=token_a, **{**kw, **extra})

            def sync_b(**extra: Any) -> SyncReport:
                return sync(b, token=token_b, **{**kw, **extra})

            if only_e:
                sync_a()
                sync_b()
                run_e(runner, a, study_id, sync_a, sync_b)
                same = canonical_dump(a) == canonical_dump(b)
                print(f"\nexport json of A and B byte-identical: {same}")
                return
            print("\n(a) first push and first pull (goal: <= 60 s each)")
            push = runner.run("first push (A)", sync_a)
            if args.push_only:
                return
            pull = runner.run("first pull (B)", sync_b)
            print(f"    push {verdict(push.seconds <= 60)}, pull {verdict(pull.seconds <= 60)}")
            if args.stop_after_pull:
                return
            runner.run("media files: upload (A)", lambda: sync_a(media=True))
            runner.run("media files: download (B)", lambda: sync_b(media=True))

            print("\n(b) a sync with nothing to do (goal: 1 request)")
            idle_b = runner.run("nothing to do (B)", sync_b)
            idle_a = runner.run("nothing to do (A)", sync_a)
            print(f"    {verdict(idle_a.requests == 1 and idle_b.requests == 1)}")

            print("\n(c) a sync after 1% of the records changed (goal: 1 request)")
            changed = change_one_percent(a, study_id)
            print(f"    {changed} records edited on A ({100 * changed / rows:.2f}%)")
            delta_a = runner.run("1% changed: push (A)", sync_a)
            delta_b = runner.run("1% changed: pull (B)", sync_b)
            print(
                f"    push {verdict(delta_a.requests == 1)}, pull {verdict(delta_b.requests == 1)}"
            )

            print("\n(d) wire bytes / canonical JSON of the same rows at zstd -19 (goal: <= 1.15)")
            if args.skip_ratio:
                print("    skipped (--skip-ratio)")
            else:
                packed, how = zstd19_size(first_dump, source)
                print(
                    f"    canonical JSON of the pushed study: {len(first_dump) / 1e6:.1f} MB, "
                    f"zstd -19 {packed / 1e6:.2f} MB ({how})"
                )
                for label, wire in (
                    ("first push (A, request bodies)", push.bytes_sent),
                    ("first pull (B, reply bodies)", pull.bytes_received),
                ):
                    ratio = wire / packed
                    print(
                        f"    {label:<34} {wire / 1e6:7.2f} MB  ratio {ratio:.3f} "
                        f"{verdict(ratio <= 1.15)}"
                    )

            run_e(runner, a, study_id, sync_a, sync_b)

            print("\n(f) 100 new interviews through a 50 kB/s link with 600 ms round trips")
            if args.skip_link:
                print("    skipped (--skip-link)")
            else:
                text_bytes = new_interviews(a, study_id, 100)
                print(f"    transcripts: {text_bytes / 1e6:.2f} MB of text")
                port = int(url.rsplit(":", 1)[1])
                # 50 kB/s each way; 300 ms each way is a 600 ms round trip. (The proxy does not
                # delay the TCP handshake, which on a real link adds a round trip per request.)
                with FaultProxy(port, bandwidth_bps=50_000, latency_s=0.3) as proxy:
                    slow = {"server_url": proxy.url}
                    runner.run("100 interviews, slow link: push (A)", lambda: sync_a(**slow))
                    runner.run("100 interviews, slow link: pull (B)", lambda: sync_b(**slow))

            same = canonical_dump(a) == canonical_dump(b)
            print(f"\nexport json of A and B byte-identical: {same}")


if __name__ == "__main__":
    main()
