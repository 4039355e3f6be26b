"""Record from a real audio input through the recorder widget; run by test_audio_device.py.

``python record_from_device.py DATA_DIR INTERVIEW_ID [MODE [PID]]`` (with ``PULSE_SERVER``
pointing at a PulseAudio that has a sine-wave source) prints one JSON line with what happened:

- ``tone`` (default): records about 2 s, pauses 1 s, records 1 s more, stops, waits until
  the recording is attached;
- ``switch``: records from "Silent microphone" (which delivers nothing) until the panel warns,
  then chooses "Test microphone" in the list, as a researcher would, and stops 1.5 s after
  sound came;
- ``server-stop``: records from "Test microphone", kills the sound server (PID) 1 s after
  sound came, and stops 1 s after the panel warned.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldkit.storage.db import Store
from fieldkit.ui.audio.audio_recorder import AudioRecorder


def main() -> None:
    data_dir, interview_id = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    store = Store.open(data_dir)
    recorder = AudioRecorder(store)
    recorder.set_interview(interview_id)
    result: dict[str, object] = {
        "devices": [recorder.device_box.itemText(i) for i in range(recorder.device_box.count())],
        "record_enabled": recorder.record_button.isEnabled(),
        "levels": [],
        "slowest_feed_ms": 0.0,
    }
    feed = recorder.feed

    def timed_feed(pcm: bytes) -> None:
        started = time.perf_counter()
        feed(pcm)
        spent = (time.perf_counter() - started) * 1000
        result["slowest_feed_ms"] = max(float(result["slowest_feed_ms"]), spent)  # type: ignore[arg-type]
        result.setdefault("feeds", []).append([round(spent, 3), len(pcm)])  # type: ignore[union-attr]

    recorder.feed = timed_feed  # type: ignore[method-assign]

    def sample_level() -> None:
        if recorder.state == "recording":
            result["levels"].append(recorder.level.value())  # type: ignore[union-attr]

    meter = QTimer()
    meter.timeout.connect(sample_level)
    meter.start(200)

    def attached(attachment_id: str) -> None:
        outcome = recorder.last_outcome
        result.update(
            attachment_id=attachment_id,
            format=list(recorder.audio.to_json().values()) if recorder.audio else None,
            duration_ms=outcome.duration_ms if outcome else None,
            elapsed_ms=recorder.elapsed_ms(),
        )
        app.quit()

    recorder.recording_attached.connect(attached)
    mode = sys.argv[3] if len(sys.argv) > 3 else "tone"
    if mode != "tone":
        watch_warnings(app, recorder, result, mode, sys.argv[4] if len(sys.argv) > 4 else "")
        finish(app, recorder, store, result)
        return
    recorder.start()
    recorder.resize(900, recorder.sizeHint().height())
    QTimer.singleShot(1500, lambda: recorder.grab().save("/tmp/audio_recorder_device.png"))
    QTimer.singleShot(2000, recorder.pause)
    QTimer.singleShot(2000, lambda: result.update(paused_at=recorder.elapsed_ms()))
    QTimer.singleShot(3000, lambda: result.update(after_pause=recorder.elapsed_ms()))
    QTimer.singleShot(3000, recorder.resume)
    QTimer.singleShot(4000, recorder.stop)
    finish(app, recorder, store, result)


def watch_warnings(
    app: QApplication, recorder: AudioRecorder, result: dict[str, object], mode: str, pid: str
) -> None:
    """Record a source that stops (or never starts) delivering; note what the panel says."""
    said: list[list[object]] = []
    result["said"] = said
    started = time.monotonic()
    steps = {"switched": False, "stopping": False, "killing": False}

    def note() -> None:
        text = recorder.message.text()
        row = [text, recorder.level.format(), recorder.device_box.isEnabled()]
        if not said or said[-1] != row:
            said.append(row)
        if recorder.signal == "none" and mode == "switch" and not steps["switched"]:
            steps["switched"] = True
            recorder.device_box.setFocus()
            key = Qt.Key.Key_Up if recorder.device_box.currentIndex() > 0 else Qt.Key.Key_Down
            QTest.keyClick(recorder.device_box, key)  # a real choice: "activated" follows
            result["chosen"] = recorder.device_box.currentText()
        if mode == "server-stop" and recorder.signal == "sound" and not steps["killing"]:
            steps["killing"] = True  # a second of sound, then the sound server goes away
            QTimer.singleShot(1000, lambda: os.kill(int(pid), 9))
        sound = recorder.signal == "sound" and steps["switched"]
        if (sound or (recorder.signal == "none" and mode == "server-stop")) and not steps[
            "stopping"
        ]:
            steps["stopping"] = True
            result["warned_after_s"] = round(time.monotonic() - started, 2)
            QTimer.singleShot(1500 if sound else 1000, stop)

    def stop() -> None:
        result["elapsed_before_stop"] = recorder.elapsed_ms()
        recorder.stop()
        QTimer.singleShot(3000, app.quit)  # nothing may be attached: do not wait for it

    if mode == "switch":
        index = recorder.device_box.findText("Silent microphone")
        recorder.device_box.setCurrentIndex(index)
    else:
        recorder.device_box.setCurrentIndex(recorder.device_box.findText("Test microphone"))
    poll = QTimer(recorder)
    poll.timeout.connect(note)
    poll.start(50)
    recorder.start()


def finish(
    app: QApplication, recorder: AudioRecorder, store: Store, result: dict[str, object]
) -> None:
    QTimer.singleShot(20_000, app.quit)  # never hang the test
    app.exec()
    result["state"] = recorder.state
    result["message"] = recorder.message.text()
    store.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
