"""The player never deadlocks when recordings are played, stopped, switched and closed quickly.

A regression (a blocking ``QMediaPlayer`` call made from Python with the GIL held, see
``fieldkit/ui/media_calls.py``) hangs the process, so ``player_stress.py`` runs in a
subprocess with a timeout: the test then fails instead of hanging the suite. Run before the
fix (plain calls), the same loop hung in most runs of 300 iterations, usually within 100-200.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.ui.test_audio_device import pulse  # noqa: F401  (fixture: a private PulseAudio)

SCRIPT = Path(__file__).with_name("player_stress.py")
ROOT = Path(__file__).parents[2]
ITERATIONS = 150
TIMEOUT_S = 18


def short_wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes(bytes(16_000))  # half a second of silence
    return path


def run_stress(wav: Path, env: dict[str, str]) -> str:
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), str(wav), str(ITERATIONS)],
            env=env,
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode(errors="replace").strip().splitlines()
        pytest.fail(f"the player deadlocked (no progress after {out[-1:] or 'start'})")
    lines = done.stdout.decode().strip().splitlines()
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return lines[-1]


def test_play_stop_switch_and_delete_quickly_without_a_sound_card(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PULSE_SERVER"}
    last = run_stress(short_wav(tmp_path / "short.wav"), env)
    assert last.startswith(f"done {ITERATIONS} ")


def test_play_stop_switch_and_delete_quickly_with_pulseaudio(
    pulse: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    last = run_stress(short_wav(tmp_path / "short.wav"), pulse)
    assert last.startswith(f"done {ITERATIONS} ")
