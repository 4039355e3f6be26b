"""Run something just after a window is first on screen (the app's start: paint, then load)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)  # never painted (minimised): load anyway

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint reaches the screen
        return False

    def _run(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.widget.removeEventFilter(self)
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], fallback_ms: int = 1000
) -> None:
    """Call ``callback`` once, right after ``widget`` is first painted (or after fallback_ms)."""
    _FirstPaint(widget, callback, fallback_ms)


__all__ = ["after_first_paint"]
