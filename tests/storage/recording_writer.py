"""A recorder for the crash tests: writes synthetic PCM through RecordingWriter until killed.

Run as ``python recording_writer.py DATA_DIR INTERVIEW_ID SEED``. It writes chunks of random
sizes (not whole frames, like an audio device's reads) with short random pauses, and after
each write returned prints ``written FRAMES DURABLE_MS`` with one ``os.write`` (never half a
line on the pipe): FRAMES is how many whole frames the writer has been given so far, DURABLE_MS
how much sits in closed, fsynced segments.

Frame ``i`` holds the 16-bit samples ``pattern(i)`` (left, right), so a test can check that a
recovered file is exactly the start of what was written.
"""

from __future__ import annotations

import os
import random
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

from fieldkit.storage.recording import AudioFormat, RecordingWriter

AUDIO = AudioFormat(sample_rate=8000, channels=2, sample_width=2)
SEGMENT_SECONDS = 0.25


def pattern(i: int) -> tuple[int, int]:
    return (i % 30011) - 15000, (i * 7 % 20011) - 10000


def frames(start: int, count: int) -> bytes:
    return b"".join(struct.pack("<hh", *pattern(i)) for i in range(start, start + count))


def pcm(offset: int, size: int) -> bytes:
    """Bytes ``offset`` to ``offset + size`` of the endless synthetic stream."""
    first = offset // AUDIO.frame_size
    last = (offset + size + AUDIO.frame_size - 1) // AUDIO.frame_size
    skip = offset - first * AUDIO.frame_size
    return frames(first, last - first)[skip : skip + size]


def main() -> None:
    data_dir, interview_id, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    files_key = bytes.fromhex(sys.argv[4]) if len(sys.argv) > 4 else None  # encrypted folder
    rng = random.Random(seed)
    writer = RecordingWriter(
        data_dir,
        interview_id=interview_id,
        audio=AUDIO,
        segment_seconds=SEGMENT_SECONDS,
        files_key=files_key,
    )
    os.write(1, f"folder {writer.folder}\n".encode())
    given = 0
    while True:
        size = rng.randint(1, 1200)  # bytes: often not whole frames, like a device's reads
        writer.write(pcm(given, size))
        given += size
        os.write(1, f"written {given // AUDIO.frame_size} {writer.durable_ms}\n".encode())
        if rng.random() < 0.05:
            writer.pause()  # the app pauses sometimes: that closes the segment
        time.sleep(rng.uniform(0.0, 0.004))


def run_and_kill(
    data_dir: Path, interview_id: str, seed: int, delay: float, files_key: bytes | None = None
) -> tuple[int, int]:
    """Run this script, let it write for ``delay`` s after its first write, SIGKILL it.

    Returns (frames reported written, ms reported durable) by its last line before the kill.
    """
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    proc = subprocess.Popen(
        [
            sys.executable,
            __file__,
            str(data_dir),
            interview_id,
            str(seed),
            *([files_key.hex()] if files_key else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines = [proc.stdout.readline(), proc.stdout.readline()]  # "folder …", first "written …"
    assert lines[1].startswith(b"written"), proc.stderr.read().decode()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    assert proc.wait() == -signal.SIGKILL
    proc.stderr.close()
    last = [ln for ln in (lines[1], *rest.splitlines()) if ln.startswith(b"written")][-1]
    frames, durable_ms = (int(x) for x in last.split()[1:3])
    return frames, durable_ms


if __name__ == "__main__":
    main()
