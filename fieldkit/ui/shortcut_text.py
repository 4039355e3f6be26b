"""Keyboard shortcuts that read left to right in a right-to-left interface.

A shortcut such as ``Ctrl++`` or ``Ctrl+-`` ends in neutral characters; in an Arabic menu the
bidirectional algorithm gives them the paragraph's direction and the menu showed ``++Ctrl`` and
``-Ctrl+`` (second walk). Wrapped in left-to-right marks, the keys keep their order in any
layout; the marks have no width and change nothing in a left-to-right one.
:class:`ShortcutsLeftToRight` does this for every menu item's shortcut column (Qt draws it from
the action's text after a tab), so no action's text changes.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

LRM = "\u200e"


def keys_text(text: str) -> str:
    """``text`` (a shortcut as QKeySequence writes it) kept left to right in any layout."""
    return f"{LRM}{text}{LRM}" if text and not text.startswith(LRM) else text


class ShortcutsLeftToRight(QProxyStyle):
    """The application's style, with menu shortcuts drawn left to right."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.ControlElement.CE_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and "\t" in option.text
        ):
            label, keys = option.text.split("\t", 1)
            option = QStyleOptionMenuItem(option)
            option.text = f"{label}\t{keys_text(keys)}"
        super().drawControl(element, option, painter, widget)


def install_shortcut_style(app: QApplication) -> None:
    """Draw menu shortcuts left to right in every layout (once per application)."""
    if not isinstance(app.style(), ShortcutsLeftToRight):
        app.setStyle(ShortcutsLeftToRight(app.style().name()))


__all__ = ["LRM", "ShortcutsLeftToRight", "install_shortcut_style", "keys_text"]
