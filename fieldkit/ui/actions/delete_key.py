"""The Delete key of one list: calls its delete action, without a window shortcut.

Several lists delete what is selected in them (participants, photos, memos, the codebook's
themes); a ``QAction`` shortcut on each would be the same key in several actions (the
window's rule: no shortcut means two things, see ``window_menus``). An event filter on the
list takes the key only while that list has the focus; the action, with no key of its own,
stays in the list's context menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _DeleteKey(QObject):
    def __init__(self, widget: QWidget, on_delete: Callable[[], object]) -> None:
        super().__init__(widget)
        self._on_delete = on_delete
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._on_delete()
            return True
        return False


def on_delete_key(widget: QWidget, on_delete: Callable[[], object]) -> None:
    """Call ``on_delete`` when Delete is pressed in ``widget`` (kept alive by the widget)."""
    _DeleteKey(widget, on_delete)
