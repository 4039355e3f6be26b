"""The codebook manager dock: the study's themes with colours and counts, and their upkeep.

Add, rename (F2, inline), recolour, archive/restore, merge into another theme and re-parent by
drag and drop. Every change goes through ``fieldkit.storage.themes`` in a write session run by
``worker.run_task`` (off the GUI thread: a write waits for the disk, and for any other writer),
then the dock reloads and emits ``themes_changed``. Errors (a duplicate name, a cycle) are shown
as messages and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.pins import PIN_KEYS, pin_theme
from fieldkit.storage.db import Store
from fieldkit.ui.actions.delete_key import on_delete_key
from fieldkit.ui.alive import run_for
from fieldkit.ui.changes import Changes
from fieldkit.ui.codebook.codebook_model import (
    COL_CODINGS,
    COL_NAME,
    COL_PIN,
    COL_TAGS,
    ThemeModel,
    ThemeRow,
    load_codebook,
)
from fieldkit.ui.codebook.free_tag_list import FreeTagList
from fieldkit.ui.codebook.theme_changes import ThemeChanges
from fieldkit.ui.codebook.theme_dialogs import MergeDialog
from fieldkit.ui.codebook.theme_filter import ThemeFilter
from fieldkit.ui.operations import operations_for
from fieldkit.ui.worker import show_error


class CodebookDock(QDockWidget):
    show_passages = Signal(str)  # theme id: list the passages coded with it
    loaded = Signal()
    delete_requested = Signal(str)  # a theme's id: the window asks, deletes, offers undo

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Codebook"), parent)
        self.setObjectName("codebook_dock")
        self.store = store
        self.study_id: str | None = None
        self._loading = False
        self._generation = 0  # of the last refresh: an older read never overwrites a newer
        self.model = ThemeModel(self)
        self.proxy = ThemeFilter(COL_NAME, self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.itemChanged.connect(self._on_item_changed)
        self.changes = ThemeChanges(
            self, store, on_changed=self._on_changed, on_failed=self._on_change_failed
        )
        self.model.reparent_requested.connect(self.changes.reparent)
        self.filter.textChanged.connect(self._on_filter)
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName(self.tr("Codebook actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter themes…"))
        self.filter.setAccessibleName(self.tr("Filter themes"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Themes"))
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.doubleClicked.connect(self._on_show_passages)  # F2 renames
        self._fit_columns()
        layout.addWidget(self.tree, 1)
        self.free_tags = FreeTagList(self.store)
        self.free_tags.made_theme.connect(self._on_changed)
        layout.addWidget(self.free_tags)
        self.setWidget(body)
        self._make_actions()

    def _fit_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        if header.count() > COL_PIN:
            header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
            for column in (COL_CODINGS, COL_TAGS, COL_PIN):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _action(self, text: str, slot: Callable[[], None], shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(self.tr("Add theme"), self._on_add, "Ctrl+N")
        self.add_child_action = self._action(
            self.tr("Sub-theme"), self._on_add_child, "Ctrl+Shift+N"
        )
        self.rename_action = self._action(self.tr("Rename"), self._on_rename, "F2")
        # No shortcut: Ctrl+K is the coding palette's, everywhere.
        self.recolor_action = self._action(self.tr("Colour…"), self._on_recolor)
        self.archive_action = self._action(self.tr("Archive"), self._on_archive, "Ctrl+E")
        self.merge_action = self._action(self.tr("Merge into…"), self._on_merge, "Ctrl+M")
        self.delete_action = QAction(self.tr("Delete theme…"), self)
        self.delete_action.triggered.connect(self._on_delete)
        on_delete_key(self.tree, self._on_delete)  # the tree's key, not the filter box's
        self.passages_action = self._action(
            self.tr("Show coded passages"), self._on_show_passages, "Ctrl+Return"
        )
        self.toolbar.addAction(self.add_action)
        self.toolbar.addAction(self.add_child_action)
        self.toolbar.addAction(self.rename_action)
        more = QMenu(self)
        more.addActions([self.recolor_action, self.archive_action, self.merge_action])
        more.addSeparator()
        more.addAction(self.passages_action)
        more.addAction(self.delete_action)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More theme actions"))
        self.more_button.setMenu(more)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.more_button)

    # --- loading ---------------------------------------------------------------------------

    def set_study(self, study_id: str | None) -> None:
        self.study_id = study_id
        self._update_actions()  # Add theme works at once, not only once the themes are read
        self.refresh()

    def refresh(self) -> None:
        """Read the study's themes again. Reads run on the thread pool and may end out of order:
        only the last one started is shown, so a read begun before a change (the first load,
        say) cannot put back what the change's own read showed."""
        study_id, store = self.study_id, self.store
        self._generation += 1
        generation = self._generation
        self.free_tags.load(study_id)  # the words and their counts, beside the themes'
        if study_id is None:
            self._on_loaded([])
            return

        def loaded(rows: list[ThemeRow]) -> None:
            if generation == self._generation:
                self._on_loaded(rows)

        run_for(
            self,
            lambda _c: load_codebook(store, study_id),
            on_done=loaded,
            title=self.tr("Codebook"),
        )

    def _on_loaded(self, rows: list[ThemeRow]) -> None:
        current = self.current_theme_id()
        scrolled = self.tree.verticalScrollBar().value()  # a change must not jump to the top
        self._loading = True
        try:
            self.model.load(rows)
        finally:
            self._loading = False
        self._fit_columns()
        self.tree.expandAll()
        if current:
            self.select_theme(current)
        self.tree.verticalScrollBar().setValue(scrolled)
        self._update_actions()
        self.loaded.emit()

    def _on_filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()

    # --- selection -------------------------------------------------------------------------

    def current_theme_id(self) -> str | None:
        index = self.proxy.mapToSource(self.tree.currentIndex())
        return self.model.theme_id(index)

    def current_row(self) -> ThemeRow | None:
        theme_id = self.current_theme_id()
        return self.model.rows.get(theme_id) if theme_id else None

    def select_theme(self, theme_id: str) -> bool:
        matches = self.model.match(
            self.model.index(0, COL_NAME),
            Qt.ItemDataRole.UserRole + 1,
            theme_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        proxy_index = self.proxy.mapFromSource(matches[0]) if matches else QModelIndex()
        if proxy_index.isValid():
            self.tree.setCurrentIndex(proxy_index)
        return proxy_index.isValid()

    def _update_actions(self, *_args: object) -> None:
        row = self.current_row()
        for action in (
            self.add_child_action,
            self.rename_action,
            self.recolor_action,
            self.archive_action,
            self.merge_action,
            self.passages_action,
            self.delete_action,
        ):
            action.setEnabled(row is not None)
        self.add_action.setEnabled(self.study_id is not None)
        archived = row is not None and row.archived
        self.archive_action.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.add_action, self.add_child_action])
        menu.addSeparator()
        menu.addActions([self.rename_action, self.recolor_action])
        menu.addActions([self.archive_action, self.merge_action])
        menu.addSeparator()
        menu.addAction(self.passages_action)
        row = self.current_row()
        if row is not None and self.study_id is not None and not row.archived:
            menu.addSeparator()
            menu.addMenu(self.pin_menu(row))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        self.context_menu = menu  # tests reach it here
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def pin_menu(self, row: ThemeRow) -> QMenu:
        """Pin to Alt+1…9 (saying which theme holds each key now), or unpin."""
        menu = QMenu(self.tr("Pin to Alt+N"), self)
        holders = {r.pin: r.name for r in self.model.rows.values() if r.pin}
        for key in range(1, PIN_KEYS + 1):
            text = "Alt+" + str(key)
            if key in holders and holders[key] != row.name:
                text += "  " + self.tr("(now %1)").replace("%1", holders[key])
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(row.pin == key)
            action.triggered.connect(lambda _=False, k=key, r=row.id: self.pin(r, k))
        if row.pin:
            menu.addSeparator()
            unpin = menu.addAction(self.tr("Unpin"))
            unpin.triggered.connect(lambda _=False, r=row.id: self.pin(r, None))
        return menu

    def pin(self, theme_id: str, key: int | None) -> None:
        """Pin ``theme_id`` to Alt+``key`` (None: unpin): the editor and the badges follow."""
        study_id, data_dir = self.study_id, self.store.data_dir
        if study_id is None:
            return
        operations_for(self, self.store).run_steps(
            lambda _control: pin_theme(data_dir, study_id, theme_id, key),
            changes=Changes.of(themes=theme_id),
            on_done=lambda _pins: self._on_changed(theme_id),
            owner=self,
            title=self.tr("Pin theme"),
        )

    # --- asking the user (replaced in tests) -----------------------------------------------

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_color(self, color: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(color), self, self.tr("Theme colour"))
        return chosen.name() if chosen.isValid() else None

    def ask_merge_target(self, source: ThemeRow) -> str | None:
        excluded = self.model.descendants(source.id) | {source.id}
        candidates = [r for r in self.model.rows.values() if r.id not in excluded]
        dialog = MergeDialog(source, candidates, self)
        return dialog.target_id() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- action handlers -------------------------------------------------------------------

    def _on_add(self) -> None:
        study_id = self.study_id
        name = self.ask_text(self.tr("Add theme"), self.tr("Name of the new theme:"))
        if name is not None and study_id is not None:
            self.changes.add(study_id, name, None)

    def _on_add_child(self) -> None:
        row, study_id = self.current_row(), self.study_id
        if row is None or study_id is None:
            return
        label = self.tr("Name of the new sub-theme of “%1”:").replace("%1", row.name)
        name = self.ask_text(self.tr("Add sub-theme"), label)
        if name is not None:
            self.changes.add(study_id, name, row.id)

    def _on_rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(COL_NAME))

    def _on_item_changed(self, item: QStandardItem) -> None:
        theme_id = self.model.theme_id(item.index())
        row = self.model.rows.get(theme_id) if theme_id else None
        if self._loading or row is None or item.column() != COL_NAME:
            return
        if item.text() != row.name:
            self.changes.rename(row.id, item.text())

    def _on_recolor(self) -> None:
        row = self.current_row()
        color = self.ask_color(row.color) if row else None
        if row is not None and color is not None:
            self.changes.recolor(row.id, color)

    def _on_archive(self) -> None:
        row = self.current_row()
        if row is not None:
            self.changes.set_archived(row.id, not row.archived)

    def _on_delete(self) -> None:
        theme_id = self.current_theme_id()
        if theme_id is not None:
            self.delete_requested.emit(theme_id)

    def _on_show_passages(self, *_args: object) -> None:
        theme_id = self.current_theme_id()
        if theme_id is not None:
            self.show_passages.emit(theme_id)

    def _on_merge(self) -> None:
        row = self.current_row()
        target = self.ask_merge_target(row) if row else None
        if row is not None and target is not None:
            self.changes.merge(row.id, target)

    # --- after a change -------------------------------------------------------------------

    def _on_changed(self, theme_id: str) -> None:
        self._select_after_load(theme_id)
        if self.window() is self:  # on its own (no window to refresh it on the change)
            self.refresh()

    def _on_change_failed(self, title: str, exc: BaseException) -> None:
        self.refresh()  # an inline edit the service refused goes back to the stored name
        show_error(self, title, exc)

    def _select_after_load(self, theme_id: str) -> None:
        def select() -> None:
            self.loaded.disconnect(select)
            self.select_theme(theme_id)

        self.loaded.connect(select)
