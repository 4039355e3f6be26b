"""Stress the interview player: load a short WAV, play, seek, stop, switch, delete, fast.

Run as a script (by ``test_player_stress.py``, in a subprocess with a timeout, because the bug
it guards against is a deadlock: the process hangs instead of failing).

    python tests/ui/player_stress.py WAV ITERATIONS [plain]

Prints ``done N`` when every iteration finished. With ``plain`` it makes its own
``QMediaPlayer`` and ``QAudioOutput`` and calls them straight from Python, as the player did
before the fix; that hangs: the backend's thread waits for the GIL in the ``disconnectNotify``
of our ``QAudioOutput``'s wrapper, holding a Qt signal-slot mutex, while the GUI thread holds
the GIL and waits for that mutex (in ``stop()``, or any connect). Without it, the loop goes
through ``AudioPlayer`` (``media_calls``), which must always finish.
"""

from __future__ import annotations

import random
import sys
import time

from PySide6.QtCore import QEventLoop, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QApplication

from fieldkit.ui.audio import media_calls
from fieldkit.ui.audio.audio_player import AudioPlayer


def main() -> int:
    wav, iterations = sys.argv[1], int(sys.argv[2])
    plain = len(sys.argv) > 3 and sys.argv[3] == "plain"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    url = QUrl.fromLocalFile(wav)
    rng = random.Random(7)

    def spin(ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.monotonic() >= end:
                return

    started = time.monotonic()
    for i in range(iterations):
        widget = AudioPlayer(None)
        player = widget.player
        if plain:  # a player and output made as before the fix, called straight from Python
            player = QMediaPlayer(widget)
            player.setAudioOutput(QAudioOutput(widget))
            player.setSource(url)
            player.play()
        else:
            media_calls.set_source(player, url)
            widget.play()
        spin(rng.choice([0, 1, 5, 20, 50]))
        step = i % 4
        if plain:
            player.setPosition(100)
            player.stop()
            if step % 2:
                player.setSource(QUrl())
        elif step == 0:
            widget.seek(100)
            widget.stop()
        elif step == 1:
            widget.set_speed(2.0)
            widget.toggle_play()  # pause
            widget.release()
        elif step == 2:
            media_calls.set_source(player, url)  # the same file again: the engine is rebuilt
            widget.toggle_play()
        else:
            widget.interview_id = "an interview"
            widget.set_interview(None)  # leaving the interview stops and drops the source
        spin(rng.choice([0, 1, 5]))
        widget.deleteLater()  # deleted by the event loop, mid-teardown or not
        spin(rng.choice([0, 2]))
        if i % 25 == 0:
            print(f"{i} {time.monotonic() - started:.1f}s", flush=True)
    print(f"done {iterations} {time.monotonic() - started:.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
