"""The recorder with a real audio input: a private PulseAudio whose "microphone" hears 441 Hz.

Skipped where ``pulseaudio`` is not installed (it is not needed to run fieldkit; install the
Debian package ``pulseaudio`` to run this test). The daemon runs on a socket in the test's own
folder and is stopped by its pid afterwards. ``pulse_tone.py`` plays a tone into a null sink
whose monitor is remapped as an ordinary input ("Test microphone"), so the stream is real and
real-time. The recording runs in a subprocess, because Qt's audio backend connects to
PulseAudio once, when it first starts in a process.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
import wave
from array import array
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from fieldkit.storage import records
from fieldkit.storage.attachments import attachments_for, read_attachment
from fieldkit.storage.db import Store

SCRIPT = Path(__file__).with_name("record_from_device.py")
TONE = Path(__file__).with_name("pulse_tone.py")
ROOT = Path(__file__).parents[2]


SILENT_MIC = [
    "-L",
    "module-null-sink sink_name=quiet",  # nothing plays into it: its monitor delivers nothing
    "-L",
    "module-remap-source master=quiet.monitor source_name=silent "
    "source_properties='device.description=\"Silent microphone\"'",
]


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    yield from _pulse(tmp_path, [])


@pytest.fixture
def pulse_two(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Two microphones: "Silent microphone" (delivers nothing) and "Test microphone"."""
    for env in _pulse(tmp_path, SILENT_MIC):
        # A suspended source is opened by Qt (and called active) but never delivers a sample.
        pactl = shutil.which("pactl")
        if pactl is None:
            pytest.skip("pactl is not installed (Debian package pulseaudio-utils)")
        subprocess.run([pactl, "suspend-source", "silent", "1"], env=env, check=True, timeout=10)
        yield env


def _pulse(tmp_path: Path, extra: list[str]) -> Iterator[dict[str, str]]:
    binary = shutil.which("pulseaudio")
    if binary is None:
        pytest.skip("pulseaudio is not installed (Debian package pulseaudio)")
    run = tmp_path / "pulse"
    run.mkdir()
    socket = run / "native"
    env = {**os.environ, "HOME": str(run), "XDG_RUNTIME_DIR": str(run)}
    log = (run / "log").open("wb")
    proc = subprocess.Popen(
        [
            binary,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "-L",
            f"module-native-protocol-unix socket={socket} auth-anonymous=1",
            "-L",
            "module-null-sink sink_name=speakers",
            "-L",
            "module-remap-source master=speakers.monitor source_name=mic "
            "source_properties='device.description=\"Test microphone\"'",
            *extra,
        ],
        env=env,
        stdout=log,
        stderr=log,
    )
    tone: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"pulseaudio did not start: {(run / 'log').read_text()[-500:]}")
            time.sleep(0.05)
        env = {
            **env,
            "PULSE_SERVER": f"unix:{socket}",
            "PYTHONPATH": str(ROOT),
            "TEST_PULSE_PID": str(proc.pid),
        }
        tone = subprocess.Popen([sys.executable, str(TONE), "speakers"], env=env, stderr=log)
        yield env
    finally:
        for child in (tone, proc):
            if child is None:
                continue
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        log.close()


def _interview(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        return records.add_interview(session, case_id=case.id, date="2024-05-01").id


def _record(env: dict[str, str], data_dir: Path, interview_id: str, *mode: str) -> dict[str, Any]:
    """Run record_from_device.py; its JSON line. Fails on any Python error it printed, even one
    Qt swallowed (a slot PySide6 could not call prints a TypeError and goes on)."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(data_dir), interview_id, *mode],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    lines = done.stdout.decode().strip().splitlines()
    stderr = done.stderr.decode()
    assert done.returncode == 0 and lines, stderr[-2000:]
    bad = [
        line
        for line in stderr.splitlines()
        if any(word in line for word in ("Traceback", "Error:", "Cannot call meta function"))
    ]
    assert not bad, bad
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def test_records_from_a_real_input_device(
    pulse: dict[str, str], store: Store, data_dir: Path
) -> None:
    interview_id = _interview(store)
    result = _record(pulse, data_dir, interview_id)
    assert result["devices"] == ["Test microphone"] and result["record_enabled"]
    assert result["state"] == "idle" and "attached" in result["message"], result
    # 2 s, a 1 s pause that records nothing, 1 s more (timer slack allowed).
    assert result["after_pause"] - result["paused_at"] < 100
    # (Starting takes a moment: the folder is made off the GUI thread, the device opens.)
    assert 1500 <= result["duration_ms"] <= 3100, result
    assert result["duration_ms"] == result["elapsed_ms"]  # what the timer showed is attached
    assert max(result["levels"]) > 5  # the meter moved
    # Taking a chunk on the GUI thread is quick (the disk is the writer thread's business);
    # the worst case allows for a busy shared machine.
    spent = sorted(ms for ms, _size in result["feeds"])
    assert spent[len(spent) // 2] < 1.0 and spent[-1] < 20, spent[-5:]
    with store.read() as session:
        [attachment] = attachments_for(session, record_id=interview_id)
        data = read_attachment(session, store.blobs, attachment_id=attachment.id)
    assert (
        attachment.id == result["attachment_id"] and attachment.duration_ms == result["duration_ms"]
    )
    with wave.open(io.BytesIO(data)) as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        pcm = w.readframes(w.getnframes())
    assert [rate, channels, width] == result["format"] and width == 2
    samples = array("h", pcm)[::channels]  # the first channel
    # The tone came through at its pitch: 882 zero crossings a second at 441 Hz.
    crossings = sum(1 for a, b in pairwise(samples) if (a < 0) != (b < 0))
    assert abs(crossings / (len(samples) / rate) - 882) < 30


def test_a_microphone_that_delivers_nothing_is_said_loudly_and_another_can_be_chosen(
    pulse_two: dict[str, str], store: Store, data_dir: Path
) -> None:
    interview_id = _interview(store)
    result = _record(pulse_two, data_dir, interview_id, "switch")
    said = [text for text, _meter, _box in result["said"]]
    # Never "Recording…" over nothing: first it waits, then it warns.
    first_warning = next(i for i, text in enumerate(said) if "No sound is coming" in text)
    assert not any(text.startswith("Recording") for text in said[:first_warning]), said
    assert "Silent microphone" in said[first_warning]
    [_text, meter, box_enabled] = result["said"][first_warning]
    assert meter == "NO SIGNAL" and box_enabled  # the list offers another microphone
    assert result["chosen"] == "Test microphone"
    # The tone from the chosen microphone is recorded and attached.
    assert any(text.startswith("Recording…") for text in said[first_warning:]), said
    assert result["state"] == "idle" and "attached" in result["message"], result
    assert result["duration_ms"] >= 1000, result


def test_the_sound_server_stopping_mid_recording_is_said(
    pulse: dict[str, str], store: Store, data_dir: Path
) -> None:
    interview_id = _interview(store)
    result = _record(pulse, data_dir, interview_id, "server-stop", pulse["TEST_PULSE_PID"])
    said = [text for text, _meter, _box in result["said"]]
    assert any(text.startswith("Recording…") for text in said), said  # it did record at first
    warning = next(row for row in result["said"] if "No sound is coming" in row[0])
    assert warning[1] == "NO SIGNAL"
    # The sound recorded before the server stopped is kept and attached.
    assert result["elapsed_before_stop"] > 500, result
    assert result["state"] == "idle" and "attached" in result["message"], result
