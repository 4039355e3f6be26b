"""``fieldkit backup`` and ``fieldkit restore`` killed with SIGKILL in the middle of their work.

Real processes, a real SIGKILL (no cleanup runs), killed once the work is visibly under way (the
partial backup file, or the hidden folder of the restore, exists): the target is either absent
or complete, the data folder stays usable, and the next backup or restore simply succeeds.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.storage.db import Store

FIELDKIT = str(Path(sys.executable).parent / "fieldkit")
BIG = 48 * 1024 * 1024  # a long recording: the copy takes long enough to be caught mid-way

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL")


def _dump(folder: Path) -> str:
    out = io.StringIO()
    assert main(["--data-dir", str(folder), "export", "json"], out=out) == 0
    return out.getvalue()


def _folder_with_a_big_file(folder: Path) -> None:
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    with Store.open(folder) as store:
        store.blobs.put_bytes(os.urandom(BIG))


def _kill_when(argv: list[str], appeared: Callable[[], bool]) -> bool:
    """Start the CLI; SIGKILL it as soon as ``appeared()``; False if it finished first."""
    proc = subprocess.Popen([FIELDKIT, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if appeared():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.wait()
    return False


def test_a_killed_backup_leaves_no_half_file(tmp_path: Path) -> None:
    folder, target = tmp_path / "data", tmp_path / "laptop.fkb"
    _folder_with_a_big_file(folder)
    before = _dump(folder)
    partial = tmp_path / ".laptop.fkb.partial"
    killed = _kill_when(
        ["--data-dir", str(folder), "backup", "-o", str(target)],
        lambda: partial.exists() and partial.stat().st_size > 1024 * 1024,
    )
    assert killed, "the backup finished before it could be killed"
    assert not target.exists()  # no half backup under the target's name
    assert _dump(folder) == before  # the data folder is untouched and usable
    assert main(["--data-dir", str(folder), "backup", "-o", str(target)]) == 0
    assert not partial.exists()
    assert main(["--data-dir", str(tmp_path / "restored"), "restore", str(target)]) == 0
    assert _dump(tmp_path / "restored") == before


def test_a_killed_restore_leaves_no_half_folder(tmp_path: Path) -> None:
    folder, backup = tmp_path / "data", tmp_path / "laptop.fkb"
    _folder_with_a_big_file(folder)
    assert main(["--data-dir", str(folder), "backup", "-o", str(backup)]) == 0
    target = tmp_path / "restored"

    def restoring() -> bool:
        return any(
            p.is_dir() and sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) > 1 << 20
            for p in tmp_path.glob(".restored.restoring-*")
        )

    assert _kill_when(["--data-dir", str(target), "restore", str(backup)], restoring)
    assert not target.exists()  # no half data folder where the researcher would look
    assert main(["--data-dir", str(target), "restore", str(backup)]) == 0
    assert not list(tmp_path.glob(".restored.restoring-*"))  # the killed attempt was swept
    assert _dump(target) == _dump(folder)


def test_a_killed_erasure_is_all_or_nothing_and_finishes_later(tmp_path: Path) -> None:
    """Killed at growing delays: the folder always opens, the participant is erased entirely
    or not at all, and once a run completes no file holds their words."""
    from sqlmodel import select

    from fieldkit.storage.models import Interview, InterviewParticipant, Participant
    from fieldkit.storage.speaker_turns import turns_of

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    unique = "Bibi yangu anasema redio ya shule ilibadilisha kijiji chetu kabisa"
    with Store.open(folder) as store, store.write() as session:
        link = session.exec(select(InterviewParticipant)).first()
        assert link is not None
        pid = link.participant_id
        code = session.get(Participant, pid).code  # type: ignore[union-attr]
        group = session.get(Interview, link.interview_id)
        assert group is not None
        group.transcript += f"\n[09:59] {code}: {unique}.\n"  # words only they ever said
        turns = [m.group(0).strip() for m in turns_of(code).finditer(group.transcript)]
    argv = ["--data-dir", str(folder), "participant", "withdraw", pid, "--erase"]
    for delay in (0.2, 0.6, 1.0, 1.5, 2.5):
        proc = subprocess.Popen(
            [FIELDKIT, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        with Store.open(folder) as store, store.read() as session:
            person = session.get(Participant, pid)
            assert person is not None
            kept = session.get(Interview, link.interview_id)
            assert kept is not None
            erased = person.deleted_at is not None
            assert erased == (not any(t in kept.transcript for t in turns))  # all or nothing
        if erased:
            break
    if not erased:
        assert main(argv) == 0
    assert main(["--data-dir", str(folder), "redact", "list"]) in (0, 1)  # opens fine
    # Whatever was killed, a later run (any erase, or a sync) finishes the clean-up.
    with Store.open(folder) as store:
        from fieldkit.storage.erasure import clean_up, pending_cleanups

        for unfinished in pending_cleanups(store):
            clean_up(store, unfinished)
    for path in folder.rglob("*"):
        if path.is_file():
            assert unique.encode() not in path.read_bytes(), path
