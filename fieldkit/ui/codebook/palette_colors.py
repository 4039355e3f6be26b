"""Colours that stay readable in the system's light and dark palettes.

The app follows the desktop's palette; a colour of our own is only ever chosen here, as a pair
(background and text) or against the palette's own background, so text never ends up dark on
dark or light on light.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_WARNING_LIGHT = ("#fde2e1", "#5c0f0b")  # background, text
_WARNING_DARK = ("#5a1d1a", "#ffdad6")


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its text is lighter than its background."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return text.lightnessF() > base.lightnessF()


def warning_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a warning banner."""
    background, text = _WARNING_DARK if is_dark(palette) else _WARNING_LIGHT
    return QColor(background), QColor(text)


def alert_text(palette: QPalette) -> QColor:
    """Red text readable on the palette's base colour (consent missing, a failed check)."""
    return QColor("#ff8a80" if is_dark(palette) else "#b3261e")


def mix(color: QColor, base: QColor, strength: float) -> QColor:
    """``color`` blended into ``base``: 0 gives ``base``, 1 gives ``color``."""
    s = max(0.0, min(1.0, strength))
    return QColor(
        round(base.red() + (color.red() - base.red()) * s),
        round(base.green() + (color.green() - base.green()) * s),
        round(base.blue() + (color.blue() - base.blue()) * s),
    )


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return QColor("#000000" if background.lightnessF() > 0.55 else "#ffffff")


class WarningBanner(QLabel):
    """A word-wrapped warning line whose colours follow the light or dark palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applying = False
        self.setWordWrap(True)
        self.setMargin(4)
        self.setAutoFillBackground(True)
        self._apply()

    def _apply(self) -> None:
        background, text = warning_colors(QApplication.palette())
        palette = self.palette()
        if palette.color(QPalette.ColorRole.Window) == background and (
            palette.color(QPalette.ColorRole.WindowText) == text
        ):
            return
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, background)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, text)
        self._applying = True  # setPalette sends a PaletteChange of its own
        try:
            self.setPalette(palette)
        finally:
            self._applying = False

    def event(self, event: QEvent) -> bool:
        # The desktop switched between light and dark: a window gets ApplicationPaletteChange,
        # the widgets inside it a PaletteChange from their parent.
        kind = event.type()
        changed = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if kind in changed and not self._applying:
            self._apply()
        return super().event(event)


__all__ = ["WarningBanner", "alert_text", "is_dark", "mix", "readable_on", "warning_colors"]
