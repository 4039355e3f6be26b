"""Ctrl+K: a small filterable list of the codebook's themes; Enter codes with the chosen one.

Type-ahead: every word typed must start a word of the theme's name (or appear in it), case and
accents aside, so "tru rel" finds "Trust and relationships" and "numeriq" "Accès numérique".
Up/Down move in the list while typing. When no theme has the typed name, the list ends with
"Create 'typed name'" (first when nothing matches): choosing it asks the editor to create that
theme and code with it (``create_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fieldkit.storage.editing import ThemeChoice
from fieldkit.storage.name_matching import typed_name_matches

ROLE_THEME = Qt.ItemDataRole.UserRole + 20
ROLE_CREATE = Qt.ItemDataRole.UserRole + 21  # the name of a theme to create


class CodingPalette(QDialog):
    chosen = Signal(str)  # theme id
    create_requested = Signal(str)  # a new theme's name, as typed

    def __init__(self, themes: tuple[ThemeChoice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code with theme"))
        self.themes = themes
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type a theme's name…"))
        self.filter.setAccessibleName(self.tr("Theme filter"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Themes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(360, 420)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._on_item_activated)
        self._on_filter_changed("")

    def _on_filter_changed(self, text: str) -> None:
        self.list.clear()
        for theme in self.themes:
            if text.strip() and not typed_name_matches(theme.name, text):
                continue
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(theme.color))
            indent = "" if text.strip() else "    " * theme.depth
            item = QListWidgetItem(QIcon(pixmap), indent + theme.name)
            item.setData(ROLE_THEME, theme.id)
            self.list.addItem(item)
        name = " ".join(text.split())
        if name and not any(t.name.lower() == name.lower() for t in self.themes):
            create = QListWidgetItem(self.tr("Create “%1”").replace("%1", name))
            create.setData(ROLE_CREATE, name)
            create.setToolTip(self.tr("A new theme in the codebook, used for these words at once"))
            self.list.addItem(create)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: object, event: object) -> bool:
        key_press = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if watched is self.filter and key_press and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        name = item.data(ROLE_CREATE)
        self.accept()
        if name:
            self.create_requested.emit(str(name))
        else:
            self.chosen.emit(str(item.data(ROLE_THEME)))
