"""The list of a record's codings beside its text: colour swatch, quote, memo.

Click (or Enter) selects the coding's span in the text; Delete removes it; double-click edits
its memo; right-click offers the same three. The panel only emits signals; the record editor
does the saving.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem, QMenu, QWidget

from fieldkit.storage.editing import CodingView
from fieldkit.storage.text_direction import display_quote, paragraph_is_rtl

ROLE_CODING = Qt.ItemDataRole.UserRole + 10


class CodingsPanel(QListWidget):
    coding_activated = Signal(str)
    remove_requested = Signal(str)
    memo_edited = Signal(str, str)  # coding id, new memo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Codings of this record"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._shown: tuple[CodingView, ...] = ()
        self._icons: dict[str, QIcon] = {}
        self.itemClicked.connect(self._on_item_clicked)
        self.itemActivated.connect(self._on_item_clicked)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.context_menu: QMenu | None = None  # the one open (tests reach it here)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def set_codings(self, codings: tuple[CodingView, ...], language: str | None = None) -> None:
        """Show ``codings``; ``language`` (the record's) sets the direction of bare quotes."""
        if codings == self._shown:
            return
        current = self.current_coding_id()
        self._shown = codings
        self.clear()
        if not codings:
            hint = QListWidgetItem(
                self.tr(
                    "No codings yet. Select words, then press Ctrl+K "
                    "(or Alt+1…9 for pinned themes)."
                )
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(hint)
        for c in codings:
            # On one line, in its own direction: an Arabic quote keeps its marks outside it.
            extra = [self.tr("(its text was deleted)")] if c.detached else []
            if c.memo:
                extra.append(self.tr("Memo: %1").replace("%1", c.memo))
            short = display_quote(c.quote, language, limit=140)
            text = "\n".join([c.theme_name, short, *extra])
            item = QListWidgetItem(self._icon(c.color), text)
            item.setData(ROLE_CODING, c.id)
            if paragraph_is_rtl(c.quote.strip(), language):  # an Arabic quote reads from the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # The whole quote on hover.
            item.setToolTip("\n".join([c.theme_name, display_quote(c.quote, language), *extra]))
            self.addItem(item)
            if c.id == current:
                self.setCurrentItem(item)

    def coding_ids(self) -> list[str]:
        return [c.id for c in self._shown]

    def coding(self, coding_id: str) -> CodingView | None:
        return next((c for c in self._shown if c.id == coding_id), None)

    def current_coding_id(self) -> str | None:
        item = self.currentItem()
        coding_id = item.data(ROLE_CODING) if item is not None else None
        return str(coding_id) if coding_id else None

    def _icon(self, color: str) -> QIcon:
        if color not in self._icons:
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(color))
            self._icons[color] = QIcon(pixmap)
        return self._icons[color]

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        if item.data(ROLE_CODING):
            self.coding_activated.emit(str(item.data(ROLE_CODING)))

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        coding = self.coding(str(item.data(ROLE_CODING)))
        if coding is None:
            return
        memo, ok = QInputDialog.getMultiLineText(
            self, self.tr("Memo"), self.tr("Memo on this coding:"), coding.memo
        )
        if ok and memo != coding.memo:
            self.memo_edited.emit(coding.id, memo)

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None or not item.data(ROLE_CODING):
            return
        self.setCurrentItem(item)
        coding_id = str(item.data(ROLE_CODING))
        menu = QMenu(self)
        menu.addAction(self.tr("&Show in the text")).triggered.connect(
            lambda: self.coding_activated.emit(coding_id)
        )
        menu.addAction(self.tr("&Edit memo…")).triggered.connect(
            lambda: self._on_item_double_clicked(item)
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Remove coding")).triggered.connect(
            lambda: self.remove_requested.emit(coding_id)
        )
        self.context_menu = menu
        menu.popup(self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            coding_id = self.current_coding_id()
            if coding_id:
                self.remove_requested.emit(coding_id)
            return
        super().keyPressEvent(event)
