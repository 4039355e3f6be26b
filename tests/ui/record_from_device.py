"""Record from a real audio input through the recorder widget; run by test_audio_device.py.

``python record_from_device.py DATA_DIR INTERVIEW_ID`` (with ``PULSE_SERVER`` pointing at a
PulseAudio that has a sine-wave source) records about 2 s, pauses 1 s, records 1 s more,
stops, waits until the recording is attached and prints one JSON line with what happened.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldkit.storage.db import Store
from fieldkit.ui.audio_recorder import AudioRecorder


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
    recorder.start()
    recorder.resize(900, recorder.sizeHint().height())
    QTimer.singleShot(1500, lambda: recorder.grab().save("/tmp/audio_recorder_device.png"))
    QTimer.singleShot(2000, recorder.pause)
    QTimer.singleShot(2000, lambda: result.update(paused_at=recorder.elapsed_ms()))
    QTimer.singleShot(3000, lambda: result.update(after_pause=recorder.elapsed_ms()))
    QTimer.singleShot(3000, recorder.resume)
    QTimer.singleShot(4000, recorder.stop)
    QTimer.singleShot(20_000, app.quit)  # never hang the test
    app.exec()
    result["state"] = recorder.state
    result["message"] = recorder.message.text()
    store.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
