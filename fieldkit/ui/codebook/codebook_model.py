"""The codebook as a Qt item model: themes with colour swatches and coding counts.

Themes drag out as ``application/x-fieldkit-theme`` (the theme id), so any view can accept them.
Dropping a theme on another theme (or on the empty area: top level) does not move rows itself:
it emits ``reparent_requested`` and the dock asks the storage service, then reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from fieldkit.pins import load_pins
from fieldkit.storage.db import Store
from fieldkit.storage.review import subtree_totals
from fieldkit.storage.themes import theme_tree
from fieldkit.ui.messages import number

THEME_MIME = "application/x-fieldkit-theme"
ROLE_THEME_ID = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_CODINGS, COL_TAGS, COL_PIN = 0, 1, 2, 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ThemeRow:
    """One theme as the dock shows it (a plain value, safe to hand across threads)."""

    id: str
    name: str
    color: str
    parent_id: str | None
    archived: bool
    codings: int
    tags: int
    depth: int
    pin: int | None = None  # Alt+N, when the researcher pinned it


def load_codebook(store: Store, study_id: str) -> list[ThemeRow]:
    """The study's themes in tree order (archived ones too) with their counts and pins."""
    pins = {theme_id: key for key, theme_id in load_pins(store.data_dir, study_id).items()}
    with store.read() as session:
        return [
            ThemeRow(
                t.theme.id,
                t.theme.name,
                t.theme.color,
                t.theme.parent_id,
                t.theme.archived,
                t.codings,
                t.tags,
                t.depth,
                pins.get(t.theme.id),
            )
            for t in theme_tree(session, study_id=study_id, include_archived=True)
        ]


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _muted(palette: QPalette) -> QColor:
    """Text colour toned down towards the background, still readable (archived themes)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(text.red() * 0.7 + base.red() * 0.3),
        round(text.green() * 0.7 + base.green() * 0.3),
        round(text.blue() * 0.7 + base.blue() * 0.3),
    )


class ThemeModel(QStandardItemModel):
    reparent_requested = Signal(str, object)  # theme id, new parent id or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, ThemeRow] = {}
        self.totals: dict[str, int] = {}  # codings of each theme with its sub-themes
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Theme"), self.tr("Codings"), self.tr("Tags"), self.tr("Key")]
        )

    def load(self, rows: Sequence[ThemeRow]) -> None:
        self.clear()
        self._set_headers()
        self.rows = {row.id: row for row in rows}
        items: dict[str, QStandardItem] = {}
        muted = _muted(QApplication.palette())
        # A parent theme shows its total with its sub-themes (in bold), not only its own.
        totals = subtree_totals([r.depth for r in rows], [r.codings for r in rows])
        self.totals = {row.id: total for row, total in zip(rows, totals, strict=True)}
        tag_totals = subtree_totals([r.depth for r in rows], [r.tags for r in rows])  # as codings
        for row, total, tag_total in zip(rows, totals, tag_totals, strict=True):
            name = QStandardItem(swatch(row.color), row.name)
            name.setData(row.id, ROLE_THEME_ID)
            name.setToolTip(self._tooltip(row, total))
            count = self._cell(row, number(total))
            if total != row.codings:
                bold = QFont()
                bold.setBold(True)
                count.setFont(bold)
                count.setToolTip(self._tooltip(row, total))
            tags = self._cell(row, number(tag_total))
            if tag_total != row.tags:
                bold = QFont()
                bold.setBold(True)
                tags.setFont(bold)
            pin = self._cell(row, f"Alt+{row.pin}" if row.pin else "")
            if row.pin:
                pin.setToolTip(
                    self.tr("Alt+%1 codes the selected words with this theme").replace(
                        "%1", str(row.pin)
                    )
                )
                pin.setAccessibleDescription(pin.toolTip())
            cells = [name, count, tags, pin]
            if row.archived:
                font = QFont()
                font.setItalic(True)
                for item in cells:
                    item.setFont(font)
                    item.setForeground(muted)
            parent = items.get(row.parent_id or "")
            (parent or self.invisibleRootItem()).appendRow(cells)
            items[row.id] = name

    @staticmethod
    def _cell(row: ThemeRow, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(row.id, ROLE_THEME_ID)
        item.setEditable(False)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _tooltip(self, row: ThemeRow, total: int) -> str:
        codings = self.tr("%n coding(s)", "", row.codings)
        tags = self.tr("%n tag(s)", "", row.tags)
        text = f"{row.name} — {codings}, {tags}"
        if total != row.codings:
            text += " · " + self.tr("%n coding(s) with its sub-themes", "", total)
        if row.pin:
            text += " · Alt+" + str(row.pin)
        if row.archived:
            text += " · " + self.tr("archived")
        return text

    def theme_id(self, index: Index) -> str | None:
        value = index.data(ROLE_THEME_ID) if index.isValid() else None
        return str(value) if value else None

    def descendants(self, theme_id: str) -> set[str]:
        """The ids of every theme below ``theme_id``."""
        below: set[str] = set()
        frontier = {theme_id}
        while frontier:
            frontier = {r.id for r in self.rows.values() if r.parent_id in frontier} - below
            below |= frontier
        return below

    # --- drag and drop ---------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [THEME_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [i for i in (self.theme_id(index) for index in indexes) if i]
        if ids:
            mime.setData(THEME_MIME, ids[0].encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(THEME_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(THEME_MIME):
            return False
        theme_id = bytes(data.data(THEME_MIME).data()).decode()
        if theme_id not in self.rows:
            return False
        new_parent = self.theme_id(parent)
        if new_parent != self.rows[theme_id].parent_id:
            self.reparent_requested.emit(theme_id, new_parent)
        # The rows stay where they are until the dock reloads from storage.
        return False
