"""Own colours stay readable when the desktop switches to a dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.ui.codebook.palette_colors import WarningBanner, alert_text, is_dark, mix, readable_on


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    palette = QPalette(before)
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(color))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def test_banner_follows_the_palette(qtbot, qapp: QApplication, dark: QPalette) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    banner = WarningBanner(window)  # inside a window, as in the editor and the dialogs
    banner.setText("Your latest typing is not saved yet")
    back = banner.palette().color(QPalette.ColorRole.Window)
    text = banner.palette().color(QPalette.ColorRole.WindowText)
    assert is_dark(dark)
    assert back.lightnessF() < 0.5 < text.lightnessF()  # a dark banner with light text
    assert _contrast(back, text) >= 7
    qapp.setPalette(QPalette(QColor("#efefef")))  # the desktop goes light again
    qapp.processEvents()
    back = banner.palette().color(QPalette.ColorRole.Window)
    text = banner.palette().color(QPalette.ColorRole.WindowText)
    assert back.lightnessF() > 0.5 > text.lightnessF()
    assert _contrast(back, text) >= 7


def test_alert_text_and_heat_colours_read_on_both_bases(dark: QPalette) -> None:
    base = dark.color(QPalette.ColorRole.Base)
    assert _contrast(alert_text(dark), base) >= 4.5
    light = QPalette(QColor("#efefef"))
    assert _contrast(alert_text(light), light.color(QPalette.ColorRole.Base)) >= 4.5
    for theme in ("#2e7d32", "#f9a825", "#1565c0", "#b0bec5"):
        for strength in (0.15, 0.5, 1.0):
            cell = mix(QColor(theme), base, strength)
            assert _contrast(cell, readable_on(cell)) >= 4.5
    assert mix(QColor("#2e7d32"), base, 0.15).lightnessF() < 0.3  # low counts stay dark
