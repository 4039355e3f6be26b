"""Is sound reaching the recorder? The watch behind its warning, and the level meter.

A microphone can open fine and then deliver nothing: a virtual source nobody feeds, a USB
microphone pulled out, the sound server stopped. Qt still reports the input as active, so the
recorder cannot rely on it: :class:`SignalWatch` notes when chunks arrive (on an injected
clock) and says "none" once nothing came for :data:`NO_SIGNAL_SECONDS`. Chunks of zeros are
"silence", which is different: the microphone works and the room is quiet (or it is muted).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QProgressBar, QWidget

NO_SIGNAL_SECONDS = 3.0
SILENCE_SECONDS = 1.5  # no chunk louder than SILENCE_LEVEL for this long: "silence"
SILENCE_LEVEL = 0.01
NO_SIGNAL_STYLE = "QProgressBar { color: white; background: #b00020; font-weight: bold; }"

# "waiting": started, nothing arrived yet; "sound"; "silence"; "none": nothing for a while.
SIGNAL_STATES = ("waiting", "sound", "silence", "none")


class SignalWatch:
    """When chunks arrived and how loud they were, judged on ``clock`` (seconds)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._since = clock()
        self._heard_at: float | None = None
        self._loud_at: float | None = None

    def reset(self) -> None:
        """Start watching afresh (recording started or resumed, another microphone chosen)."""
        self._since = self._clock()
        self._heard_at = None
        self._loud_at = None

    def heard(self, level: float) -> None:
        now = self._clock()
        self._heard_at = now
        if level >= SILENCE_LEVEL:
            self._loud_at = now

    def status(self) -> str:
        now = self._clock()
        last = self._heard_at if self._heard_at is not None else self._since
        if now - last >= NO_SIGNAL_SECONDS:
            return "none"
        if self._heard_at is None:
            return "waiting"
        loud = self._loud_at if self._loud_at is not None else self._since
        return "silence" if now - loud >= SILENCE_SECONDS else "sound"


class LevelMeter(QProgressBar):
    """The input level, with a word when there is nothing to show: silence is not no signal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setFixedHeight(16)
        self.setMinimumWidth(80)
        self.setAccessibleName(self.tr("Input level"))
        self.status = "idle"
        self.show_status("idle", 0.0)

    def show_status(self, status: str, level: float) -> None:
        """``status`` is a :data:`SIGNAL_STATES` value, or "idle" when not recording."""
        self.status = status
        words = {
            "waiting": self.tr("waiting for sound…"),
            "silence": self.tr("silence"),
            "none": self.tr("NO SIGNAL"),
        }
        word = words.get(status, "")
        self.setValue(0 if status in ("none", "idle", "waiting") else int(level * 100))
        self.setFormat(word)
        self.setTextVisible(bool(word))
        self.setAccessibleDescription(word)
        style = NO_SIGNAL_STYLE if status == "none" else ""
        if self.styleSheet() != style:  # restyling costs: only when it changes
            self.setStyleSheet(style)


__all__ = ["NO_SIGNAL_SECONDS", "LevelMeter", "SignalWatch"]
