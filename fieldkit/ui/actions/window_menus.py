"""The main window's Edit, View and Help menus: every shortcut of the window is in a menu.

Keys the transcript handles itself while it has the focus (Ctrl+K, Ctrl+Z, Ctrl+Shift+Z,
Ctrl+T, F8: see ``coded_text_edit`` and ``audio_panel``) are also menu actions here, with the
same shortcut, calling the same editor methods: the menu shows them, and they work when the
focus is elsewhere. Alt+1…9 (pinned themes) are listed in Help ▸ Keyboard shortcuts.

Edit ▸ Delete asks the window's record actions (``record_actions.delete_selected``, when they
have it) to delete what is selected; Delete is a key of the navigator only, so it never takes
the key from a text field or a list that deletes on its own. Edit ▸ Undo (Ctrl+Z) outside the
transcript undoes the last delete first (``record_actions.undo_delete``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from fieldkit.ui.app_window import AppWindow

FONT_KEY = "main_window/text_point_size"
MIN_POINTS, MAX_POINTS = 7, 32


class WindowMenus(QObject):
    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        editor = window.editor
        self.undo = self._action(self.tr("&Undo"), self.undo_last, QKeySequence.StandardKey.Undo)
        self.redo = self._action(self.tr("&Redo"), editor.history.redo, "Ctrl+Shift+Z")
        self.code = self._action(self.tr("&Code with theme…"), editor.open_palette, "Ctrl+K")
        self.mark = self._action(self.tr("Insert &time mark"), self._insert_mark, "Ctrl+T")
        self.play = self._action(self.tr("&Play or pause the recording"), self._play, "F8")
        self.delete = self._action(self.tr("&Delete…"), self.delete_selected, "Del")
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.navigator.addAction(self.delete)  # the key works in the navigator only
        self.larger = self._action(self.tr("&Larger text"), lambda: self.zoom(1), "Ctrl++")
        self.smaller = self._action(self.tr("&Smaller text"), lambda: self.zoom(-1), "Ctrl+-")
        self.normal = self._action(self.tr("&Normal text size"), lambda: self.zoom(0), "Ctrl+0")
        self.shortcuts = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.guide = self._action(self.tr("&User guide"), self.show_guide)
        self.about = self._action(self.tr("&About fieldkit"), self.show_about)
        self.preferences = self._action(
            self.tr("Pre&ferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_dialog: QDialog | None = None
        self._default_points = window.editor.text.font().pointSizeF()
        saved = QSettings().value(FONT_KEY)
        if saved is not None:
            self._set_points(float(str(saved)))

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        return action

    def install(self, bar: QMenuBar, find: QAction, review: QAction) -> tuple[QMenu, QMenu, QMenu]:
        """Edit after File, then View; Help last (the caller adds it after its own menus)."""
        edit = QMenu(self.tr("&Edit"), bar)
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.code, self.mark, self.play])
        edit.addSeparator()
        edit.addAction(find)
        edit.addSeparator()
        edit.addAction(self.delete)
        more = getattr(getattr(self.window, "record_actions", None), "edit_menu_actions", None)
        if callable(more):  # Properties…, Undo delete
            edit.addActions(more())
        edit.addSeparator()
        edit.addAction(self.preferences)
        view = QMenu(self.tr("&View"), bar)
        for dock in (self.window.codebook_dock, self.window.search_dock):
            view.addAction(dock.toggleViewAction())  # a closed dock comes back from here
        view.addAction(review)
        view.addSeparator()
        view.addActions([self.larger, self.smaller, self.normal])
        help_menu = QMenu(self.tr("&Help"), bar)
        help_menu.addActions([self.shortcuts, self.guide])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        return edit, view, help_menu

    # --- edit ------------------------------------------------------------------------------

    def _insert_mark(self) -> None:
        panel = self.window.editor.audio
        if panel.built and panel.isVisible():
            panel.insert_mark()
        else:
            self.window.statusBar().showMessage(
                self.tr("Open a recording to insert time marks."), 4000
            )

    def _play(self) -> None:
        panel = self.window.editor.audio
        if panel.built and panel.isVisible():
            panel.player.toggle_play()
        else:
            self.window.statusBar().showMessage(self.tr("This record has no recording."), 4000)

    def undo_last(self) -> None:
        """Ctrl+Z: in the transcript, its own history; elsewhere the last delete first (when
        the record actions have one to undo), else the transcript's history."""
        undo_delete = getattr(getattr(self.window, "record_actions", None), "undo_delete", None)
        editor = self.window.editor
        if callable(undo_delete) and not editor.text.hasFocus() and undo_delete():
            return
        editor.history.undo()

    def delete_selected(self) -> None:
        delete = getattr(getattr(self.window, "record_actions", None), "delete_selected", None)
        if callable(delete):
            delete()
        else:
            self.window.statusBar().showMessage(self.tr("Nothing here can be deleted yet."), 4000)

    def show_preferences(self) -> None:
        from fieldkit.ui.dialogs.preferences_dialog import PreferencesDialog

        self.preferences_dialog = PreferencesDialog(self.window.store.data_dir, self.window)
        self.preferences_dialog.open()

    # --- view ------------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """Larger (1), smaller (-1) or normal (0) text in the transcript and the reader."""
        points = self._points()
        target = self._default_points if step == 0 else points + step
        self._set_points(target)
        QSettings().setValue(FONT_KEY, self._points())

    def _points(self) -> float:
        return self.window.editor.text.font().pointSizeF()

    def _set_points(self, points: float) -> None:
        points = max(MIN_POINTS, min(MAX_POINTS, points))
        for widget in (self.window.editor.text, self.window.reader):
            font = QFont(widget.font())
            font.setPointSizeF(points)
            widget.setFont(font)

    # --- help ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from fieldkit.ui.help_windows import ShortcutsDialog

        self.dialog: QDialog = ShortcutsDialog(self.window.menuBar(), self.window)
        self.dialog.show()

    def show_guide(self) -> None:
        from fieldkit.ui.help_windows import GuideDialog

        self.dialog = GuideDialog(self.window)
        self.dialog.show()

    def show_about(self) -> None:
        from fieldkit.ui.help_windows import show_about

        show_about(self.window)
