"""``fieldkit encrypt`` SIGKILLed at each step leaves a folder that opens, plain or encrypted,
with every record and file in it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.storage.crypto.convert import CRASH_ENV
from fieldkit.storage.crypto.folder_key import is_encrypted, unlock
from fieldkit.storage.db import Store
from fieldkit.storage.search import search
from tests.storage.encrypted_demo import PASSPHRASE

# Each step of the conversion; up to "blobs-sealed" the old folder stays, from "ready" on the
# conversion goes forward at the next open.
BEFORE_READY = ["key-written", "database-copied", "blobs-sealed"]
AFTER_READY = [
    "ready",
    "moved-fieldkit.sqlite3",
    "moved-blobs",
    "placed-fieldkit.sqlite3",
    "placed-blobs",
    "placed-fieldkit.key",
    "before-cleanup",
]


def _contents(store: Store) -> tuple[list[tuple[str, str]], list[str]]:
    with store.read() as session:
        hits = [(h.record_id, h.snippet) for h in search(session, query="school")]
    hashes = list(store.blobs.iter_hashes())
    for sha in hashes:
        store.blobs.verify(sha)
    return hits, hashes


@pytest.mark.slow
@pytest.mark.parametrize("step", BEFORE_READY + AFTER_READY)
def test_a_kill_at_any_step_leaves_a_usable_folder(
    step: str, demo_copy: Path, plain_demo: Path
) -> None:
    with Store.open(plain_demo) as plain:
        expected = _contents(plain)
    env = {**os.environ, CRASH_ENV: step, "PYTHONPATH": os.getcwd()}
    proc = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(demo_copy), "encrypt"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr  # a real kill, at that step
    # The next open (any command, the app) finishes or undoes the conversion.
    from fieldkit.storage.crypto.unlocking import folder_key

    key = folder_key(demo_copy, passphrase=PASSPHRASE)
    assert is_encrypted(demo_copy) == (step in AFTER_READY)
    with Store.open(demo_copy, key=key) as store:
        assert _contents(store) == expected
    leftovers = {p.name for p in demo_copy.iterdir()} & {".encrypting", ".plain-old"}
    assert leftovers == set()
    if step in BEFORE_READY:  # and it can still be encrypted afterwards
        subprocess.run(
            [sys.executable, "-m", "fieldkit", "--data-dir", str(demo_copy), "encrypt"],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": os.getcwd()},
            timeout=120,
            check=True,
        )
        with Store.open(demo_copy, key=unlock(demo_copy, PASSPHRASE)) as store:
            assert _contents(store) == expected
