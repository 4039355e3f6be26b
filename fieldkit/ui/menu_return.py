"""A menu of the main window dismissed with Escape gives the window the researcher came from
back its place in front.

Clicking the main window's menu bar while the Review window is in front raises the main
window (the window manager does so on any click); pressing Escape then left the Review window
hidden behind it, although nothing was chosen. The main window notes which of its own windows
(the Review window, any other top-level window of the app) had the focus just before it, and
Escape on one of its menus returns there. A click inside the main window forgets it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget


class MenuReturn(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.came_from: QWidget | None = None  # the app's window in front before this one
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def watch(self) -> None:
        """Watch the menu bar's menus (call once they are all added)."""
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.installEventFilter(self)

    def _on_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not self.window:
            return
        before = old.window() if old is not None else None
        # Focus moving within the main window (a click in it) forgets where it came from.
        self.came_from = before if before is not None and before is not self.window else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() != Qt.Key.Key_Escape:
                return False
            back = self.came_from
            if back is not None and back.isVisible():
                QTimer.singleShot(0, lambda: self._return_to(back))
        return False

    def _return_to(self, back: QWidget) -> None:
        if back.isVisible():
            back.raise_()
            back.activateWindow()
