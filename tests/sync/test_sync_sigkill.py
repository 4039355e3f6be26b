"""``fieldkit sync`` killed with SIGKILL at random moments of a big push and a big pull.

The CLI runs as a real process on a real data folder against the real server on loopback; the
kill is a real SIGKILL (no cleanup, no rollback handler: what a power cut or the OOM killer
does). The next sync carries on from where the last committed round stopped.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, Interview
from fieldkit.storage.replication import get_cursor
from fieldkit.sync.server.db import feed
from tests.sync.conftest import PASSWORD, Server
from tests.sync.helpers import dump

FIELDKIT = str(Path(sys.executable).parent / "fieldkit")
SENTENCE = "Les enseignants partagent les tablettes après l'école; the radio lessons reach far. "


def _cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [FIELDKIT, "--data-dir", str(data_dir), *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _run(data_dir: Path, *args: str, stdin: str | None = None) -> str:
    proc = _cli(data_dir, *args, stdin=stdin)
    # Hundreds of small rounds, each fsynced: minutes on a loaded CI machine (never a hang).
    out, err = proc.communicate(stdin.encode() if stdin is not None else None, timeout=900)
    assert proc.returncode == 0, err.decode()
    return out.decode()


def _kill_at_random(
    data_dir: Path, rng: random.Random, times: int, progress: Callable[[], int]
) -> list[int]:
    """Start ``fieldkit sync``; once ``progress()`` moves (the sync is under way, however slow
    the machine is to start the process), SIGKILL it after a further random delay."""
    seen = []
    for _ in range(times):
        baseline = progress()
        proc = _cli(data_dir, "sync", "--max-bytes", "4096")
        deadline = time.monotonic() + 120
        while proc.poll() is None and progress() == baseline and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), err.decode()
        seen.append(progress())
    return seen


def _pull_cursor(data_dir: Path, study_id: str) -> int:
    with Store.open(data_dir, migrate=False) as store, store.read() as session:
        return int(get_cursor(session, study_id=study_id, name="pull") or 0)


def _integrity(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "fieldkit.sqlite3")
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _feed_size(server: Server) -> int:
    with server.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(feed)).scalar_one())


def test_sync_killed_mid_push_and_mid_pull_resumes(server: Server, tmp_path: Path) -> None:
    rng = random.Random(99)
    pusher, puller = tmp_path / "pusher", tmp_path / "puller"
    for folder, user in ((pusher, "alice"), (puller, "bob")):
        _run(folder, "login", "--server", server.url, "--user", user, stdin=PASSWORD + "\n")
    _run(pusher, "sync")
    with Store.open(pusher) as store, store.write() as session:
        for n in range(250):
            case = records.create_case(
                session, study_id=server.study_id, title=f"Killed site {n}", country="Kenya"
            )
            records.add_interview(
                session,
                case_id=case.id,
                date="2024-03-05",
                title=f"Interview {n}",
                transcript=SENTENCE * 20,
            )
    before = _feed_size(server)
    pushed = _kill_at_random(pusher, rng, 4, lambda: _feed_size(server))
    _run(pusher, "sync", "--max-bytes", "4096")  # small batches: the pull has many rounds too
    after = _feed_size(server)
    assert after - before == 500  # each case and interview exactly once, despite the kills
    # Some kill fell in the middle of the push (part of it was on the server).
    assert any(before < n < after for n in pushed), (before, pushed, after)
    pulled = _kill_at_random(puller, rng, 4, lambda: _pull_cursor(puller, server.study_id))
    _run(puller, "sync")
    final = _pull_cursor(puller, server.study_id)
    assert any(0 < n < final for n in pulled), (pulled, final)
    for folder in (pusher, puller):
        assert _integrity(folder) == "ok"
    with Store.open(pusher) as a, Store.open(puller) as b:
        assert dump(a) == dump(b)
        with b.read() as session:
            titles = list(session.execute(sa.select(Case.title)).scalars())
            interviews = session.execute(sa.select(sa.func.count()).select_from(Interview))
            assert interviews.scalar_one() >= 250
        killed = [t for t in titles if t.startswith("Killed site")]
        assert len(killed) == len(set(killed)) == 250
    # A sync with nothing left to do is one request.
    out = _run(puller, "sync", "--json")
    assert '"requests": 1' in out
