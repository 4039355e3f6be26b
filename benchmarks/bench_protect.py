"""Figures of issue 12 (items 2 and 3) on the large demo corpus.

    .venv/bin/python benchmarks/bench_protect.py [--corpus DIR] [--skip-backup] [--skip-erase]

The corpus folder is copied to a temporary folder first (it is never modified). Prints:

- ``fieldkit backup`` of the copy: seconds, peak RSS of the process, size of the backup file;
- ``fieldkit restore`` of that file into a new folder: seconds, peak RSS;
- erasing one participant (one who speaks in interviews) on laptop A and syncing it to laptop
  B, through a real ``fieldkit-server`` on loopback: the erasure itself (with its VACUUM), A's
  sync (the server rewrites its history and compacts), B's sync (applies and cleans up), and
  the total. A's first push and B's first pull of the corpus come before and are printed too.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from sqlmodel import select

from benchmarks.bench_sync import PASSWORD, server
from fieldkit.storage.db import Store
from fieldkit.storage.erasure import erase_participant, plan_erasure
from fieldkit.storage.models import InterviewParticipant, Participant, Study
from fieldkit.sync.client import login, publish_study, sync
from fieldkit.sync.server.cli import main as server_main

FIELDKIT = str(Path(sys.executable).parent / "fieldkit")


def timed_process(argv: list[str]) -> tuple[float, int]:
    """Run the CLI; (seconds, peak RSS in MB) of that one process."""
    started = time.perf_counter()
    proc = subprocess.Popen([FIELDKIT, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"fieldkit {' '.join(argv)} failed: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
    return seconds, usage.ru_maxrss // 1024


def bench_backup(root: Path, folder: Path) -> None:
    backup = root / "large.fkb"
    seconds, rss = timed_process(["--data-dir", str(folder), "backup", "-o", str(backup)])
    size = backup.stat().st_size / 1e6
    print(f"backup:  {seconds:6.1f} s  peak RSS {rss} MB  file {size:.0f} MB", flush=True)
    restored = root / "restored"
    seconds, rss = timed_process(["--data-dir", str(restored), "restore", str(backup)])
    print(f"restore: {seconds:6.1f} s  peak RSS {rss} MB", flush=True)
    shutil.rmtree(restored)
    backup.unlink()


def _speaker(store: Store) -> str:
    """A participant linked to interviews (the first, for a deterministic figure)."""
    with store.read() as session:
        link = session.exec(select(InterviewParticipant).order_by(InterviewParticipant.id)).first()
        assert link is not None
        person = session.get(Participant, link.participant_id)
        assert person is not None
        return person.id


def bench_erase(root: Path, folder: Path) -> None:
    with server(root, None) as (url, server_dir, _pid):
        a = Store.open(folder)
        b = Store.open(root / "laptop-b")
        try:
            token_a = login(a, server_url=url, user="lena", password=PASSWORD)
            with a.read() as session:
                study = session.exec(select(Study)).one()
            publish_study(a, server_url=url, token=token_a, study_id=study.id)
            args = ["--data-dir", str(server_dir), "member", "add", study.id, "bob"]
            assert server_main([*args, "--role", "researcher"], err=io.StringIO()) == 0
            token_b = login(b, server_url=url, user="bob", password=PASSWORD)
            started = time.perf_counter()
            sync(a, server_url=url, token=token_a, media=False)
            print(f"first push (A):  {time.perf_counter() - started:6.1f} s", flush=True)
            started = time.perf_counter()
            sync(b, server_url=url, token=token_b, media=False)
            print(f"first pull (B):  {time.perf_counter() - started:6.1f} s", flush=True)
            person = _speaker(a)
            with a.read() as session:
                what = "; ".join(plan_erasure(session, person).describe())
            started = time.perf_counter()
            erase_participant(a, person, by="lena")
            erased = time.perf_counter() - started
            sync(a, server_url=url, token=token_a, media=False)
            pushed = time.perf_counter() - started - erased
            sync(b, server_url=url, token=token_b, media=False)
            total = time.perf_counter() - started
            print(f"erase one participant ({what})", flush=True)
            print(
                f"  on A {erased:.1f} s, A's sync {pushed:.1f} s, B's sync "
                f"{total - erased - pushed:.1f} s; total {total:.1f} s",
                flush=True,
            )
        finally:
            a.close()
            b.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/wt/_data/large"))
    parser.add_argument("--skip-erase", action="store_true")
    parser.add_argument("--skip-backup", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-protect-") as tmp:
        root = Path(tmp)
        folder = root / "laptop-a"
        started = time.perf_counter()
        shutil.copytree(args.corpus, folder)
        print(f"copied the corpus in {time.perf_counter() - started:.1f} s", flush=True)
        if not args.skip_backup:
            bench_backup(root, folder)
        if not args.skip_erase:
            bench_erase(root, folder)


if __name__ == "__main__":
    main()
