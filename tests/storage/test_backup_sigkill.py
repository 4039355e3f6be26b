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
