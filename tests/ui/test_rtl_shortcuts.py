"""Keyboard shortcuts read left to right in an Arabic menu: "Ctrl++", not "++Ctrl" (second
walk). Checked with the Unicode bidirectional algorithm (python-bidi, as the PDF uses) and on a
real right-to-left QMenu painted through the app's style."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from bidi.algorithm import get_display
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from fieldkit.ui.shortcut_text import LRM, ShortcutsLeftToRight, keys_text


@pytest.mark.parametrize("keys", ["Ctrl++", "Ctrl+-", "Ctrl+Shift+Z", "Alt+Return"])
def test_marked_keys_keep_their_order_in_a_right_to_left_line(keys: str) -> None:
    assert get_display(keys_text(keys), base_dir="R").replace(LRM, "") == keys
    assert get_display(keys_text(keys), base_dir="L").replace(LRM, "") == keys
    if keys.endswith(("+", "-")):  # what the menu showed before
        assert get_display(keys, base_dir="R") != keys
    assert keys_text(keys_text(keys)) == keys_text(keys) and keys_text("") == ""


class _Recorder(QProxyStyle):
    """The base style, noting the text of every menu item it draws."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_MenuItem:
            assert isinstance(option, QStyleOptionMenuItem)
            self.texts.append(option.text)
        super().drawControl(element, option, painter, widget)


def test_a_right_to_left_menu_draws_its_shortcuts_marked(qtbot) -> None:
    recorder = _Recorder()
    style = ShortcutsLeftToRight(recorder)
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    menu.setStyle(style)
    style.setParent(menu)  # lives as long as the menu that uses it
    bigger = QAction("نص أكبر", menu)
    bigger.setShortcut(QKeySequence("Ctrl++"))
    menu.addAction(bigger)
    menu.addAction(QAction("اللغة", menu))  # no shortcut: drawn as it is
    menu.grab()
    assert f"نص أكبر\t{LRM}Ctrl++{LRM}" in recorder.texts
    assert "اللغة" in recorder.texts
    assert bigger.text() == "نص أكبر"  # the action itself is unchanged


def test_the_shortcuts_window_marks_its_keys_in_a_right_to_left_interface(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QMenuBar

    from fieldkit.ui.help_windows import ShortcutsDialog

    bar = QMenuBar()
    qtbot.addWidget(bar)
    view = bar.addMenu("عرض")
    bigger = view.addAction("نص أكبر")
    bigger.setShortcut(QKeySequence("Ctrl++"))
    before = qapp.layoutDirection()
    try:
        for direction, expected in (
            (Qt.LayoutDirection.RightToLeft, keys_text("Ctrl++")),
            (Qt.LayoutDirection.LeftToRight, "Ctrl++"),
        ):
            qapp.setLayoutDirection(direction)
            dialog = ShortcutsDialog(bar)
            qtbot.addWidget(dialog)
            table = dialog.table
            keys = {
                table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())
            }
            assert keys["نص أكبر"] == expected
    finally:
        qapp.setLayoutDirection(before)
