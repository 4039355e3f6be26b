"""The main window: a navigator of studies, cases and records, a reader, the codebook.

It owns the one :class:`~fieldkit.ui.operations.Operations` (``self.ops``) every write goes
through; its ``changed(Changes)`` signal is how each view learns what changed (a sync pull
announces ``everything``), and each refreshes only what it shows. It reads through the storage
services only (no SQL here).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
)

from fieldkit.storage.db import Store
from fieldkit.ui import browse, last_record
from fieldkit.ui.actions.window_menus import WindowMenus
from fieldkit.ui.app_window import AppWindow, Selection
from fieldkit.ui.author import use_data_dir
from fieldkit.ui.case_view import CaseView
from fieldkit.ui.changes import Changes
from fieldkit.ui.codebook.codebook_dock import CodebookDock
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.first_paint import after_first_paint
from fieldkit.ui.messages import error_message
from fieldkit.ui.navigator_state import ROLE_ID, ROLE_KIND, restore_state, save_state
from fieldkit.ui.operations import Operations
from fieldkit.ui.search.search_dock import SearchDock
from fieldkit.ui.sync.sync_controller import SyncController
from fieldkit.ui.worker import show_error

DOCK_WIDTH = 400  # the codebook's first width: the default themes' names and counts whole


class MainWindow(AppWindow):
    def __init__(self, store: Store, *, load_later: bool = False) -> None:
        super().__init__()
        self.store = store
        use_data_dir(store.data_dir)  # codings, tags and memos carry the researcher's own name
        self.ops = Operations(store, self)  # every write; its ``changed`` refreshes the views
        self._pending = Changes()  # announced changes not yet shown, merged (see _on_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)  # a burst of changes in one turn of the event loop: one pass
        self._settle.timeout.connect(self._apply_changes)
        self.setWindowTitle(self.tr("fieldkit — %1").replace("%1", str(store.data_dir)))
        self.resize(1280, 720)
        self.navigator = QTreeView()
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Studies, cases and records"))
        self.nav_model = QStandardItemModel(self)
        self.navigator.setModel(self.nav_model)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Record"))
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        self.editor = RecordEditor(store)  # interviews and observations; cases in the reader
        self.record_stack = QStackedWidget()
        self.case_view = CaseView(store, self.reader)  # a case: its text and participants
        self.record_stack.addWidget(self.case_view)
        self.record_stack.addWidget(self.editor)
        splitter.addWidget(self.record_stack)
        splitter.setSizes([380, 900])
        self.setCentralWidget(splitter)
        self.codebook_dock = CodebookDock(store, self)
        self.codebook_model = self.codebook_dock.model
        self.search_dock = SearchDock(store, self)
        # The docks on the far side from the navigator: right, or left in a right-to-left
        # language (Qt mirrors the splitter, not the dock areas).
        area = Qt.DockWidgetArea.RightDockWidgetArea
        if self.isRightToLeft():
            area = Qt.DockWidgetArea.LeftDockWidgetArea
        self.addDockWidget(area, self.codebook_dock)
        self.addDockWidget(area, self.search_dock)
        self.tabifyDockWidget(self.codebook_dock, self.search_dock)  # fits 1366×768
        self.codebook_dock.raise_()
        self.search_dock.open_record.connect(self._on_open_record)
        self.search_dock.open_passage.connect(self.open_passage)
        self.codebook_dock.show_passages.connect(self.search_dock.show_theme)
        self.sync = SyncController(  # status bar now; monitor, poll and account after the paints
            self, store, start_later=load_later
        )
        self.ops.changed.connect(self._on_changed)  # the navigator and the case shown
        self.ops.changed.connect(self.editor.on_changes)  # the open record, its themes
        self._build_menus()
        review = self.menuBar().addMenu(self.tr("&Review")).addAction(self.tr("Case and &study…"))
        review.setShortcut(QKeySequence("Ctrl+Shift+R"))
        review.triggered.connect(self.open_review)
        self.sync.fill_menu(self.menuBar().addMenu(self.tr("&Sync")))
        self.menus = WindowMenus(self)  # Edit, View, Help: every shortcut is in a menu
        edit, view, help_menu = self.menus.install(
            self.menuBar(), self.search_dock.find_action, review
        )
        after_file = self.menuBar().actions()[1]  # Edit and View come right after File
        self.menuBar().insertMenu(after_file, edit)
        self.menuBar().insertMenu(after_file, view)
        self.menuBar().addMenu(help_menu)
        from fieldkit.ui.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self)  # View ▸ Language, applied at once
        view.addSeparator()
        self.language_menu.fill(view)
        from fieldkit.ui.menu_return import MenuReturn

        self.menu_return = MenuReturn(self)  # Escape on a menu: back to the Review window
        self.menu_return.watch()
        self.navigator.selectionModel().currentChanged.connect(self._on_current_changed)
        self.navigator.selectionModel().currentChanged.connect(self._follow_study)
        self.navigator.expanded.connect(self._on_expanded)
        if load_later:  # the app's start: paint the window first, fill the navigator just after
            after_first_paint(self, self._fill_then_start_sync)
        else:
            self.refresh()
            last_record.reopen(self)  # where the researcher left off
        self._restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        from fieldkit.ui.actions.record_actions import RecordActions

        self.record_actions = RecordActions(self)  # new study, case, participant, record…
        self.record_actions.install(file_menu)
        from fieldkit.ui.editor.transcript_import import TranscriptImport

        self.transcript_import = TranscriptImport(self, self.editor)  # .txt, .docx, .srt, .vtt
        file_menu.addAction(self.transcript_import.action)
        from fieldkit.ui.actions.export_actions import ExportActions

        self.exports = ExportActions(
            self, self.store, self.selection, lambda: self.ops.announce(Changes.all())
        )
        export_menu = self.menuBar().addMenu(self.tr("&Export"))
        self.exports.fill(export_menu, file_menu)
        from fieldkit.ui.protect.folder_lock import FolderProtection

        self.protection = FolderProtection(self, self.store)  # encrypt, lock when idle
        self.protection.install(file_menu)

        from fieldkit.ui.protect.protect_actions import ProtectActions

        self.protect = ProtectActions(
            self, self.store, self.selection, lambda: self.ops.announce(Changes.all())
        )
        self.protect.fill(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _fill_then_start_sync(self) -> None:
        self.refresh()
        after_first_paint(self, self._after_navigator_shown)
        self.protect.remind_if_due()  # a week without a backup: the status bar says so

    def _after_navigator_shown(self) -> None:
        last_record.reopen(self)  # where the researcher left off, once the navigator is seen
        self.sync.start()

    def _on_changed(self, changes: Changes) -> None:
        """The navigator and case at once (what saved it selects the new row next); the codebook,
        search options and sync status once this turn of the event loop ends, merged."""
        if changes.touches("studies", "cases", "records"):
            self.refresh()  # the navigator's rows, counts and titles; the open record
        elif changes.touches("participants"):
            self.case_view.participants_changed(changes)
        self._pending = self._pending | changes
        self._settle.start()

    def _apply_changes(self) -> None:
        changes, self._pending = self._pending, Changes()
        structure = changes.touches("studies", "cases", "records")  # refresh() did the docks
        if not structure and changes.touches("themes", "codings", "tags"):
            self.codebook_dock.refresh()  # counts, names, colours
        self.search_dock.on_changes(changes)  # its filters, and its results if it shows some
        if not structure:
            self.sync.refresh_status()  # pending changes to send

    def refresh(self) -> None:
        """Re-read the navigator (keeping its open cases and current item) and the case shown.

        Not a command: what the window does for a change too wide to name (``everything``, a
        new study or case, a record's title) and at start-up.
        """
        overview = browse.load_overview(self.store)
        kept = save_state(self.navigator, self.nav_model)
        self._restoring = True  # the same item becoming current again does not reopen it
        self.nav_model.clear()
        for study in overview.studies:
            item = _item(f"{study.name}  ({study.case_count})", "study", study.id)
            for case in study.cases:
                child = _item(f"{case.title}  ({case.record_count})", "case", case.id)
                child.appendRow(_item("…", "placeholder", ""))
                item.appendRow(child)
            self.nav_model.appendRow(item)
        self.navigator.expandToDepth(0)
        if not overview.studies:  # a new data folder: say where to start instead of blank panes
            self.reader.setHtml(self._first_steps_html())
            self.record_stack.setCurrentWidget(self.case_view)
        elif self.case_view.case_id is None and self.editor.record is None:
            self.reader.setHtml(self._choose_html())  # no longer "holds no study yet"
        try:
            restore_state(self.navigator, self.nav_model, kept)
        finally:
            self._restoring = False
        study_id = self.selection()[0]
        self.codebook_dock.set_study(study_id)
        self.search_dock.set_study(study_id)
        shown = self.case_view.case_id
        if shown is not None and self.record_stack.currentWidget() is self.case_view:
            self._show_case(shown)  # its text (a sync or an edit may have changed it) and people
        self.sync.refresh_status()  # online/offline, pending changes, last sync, conflicts

    def _choose_html(self) -> str:
        return "".join(
            [
                "<h2>",
                self.tr("Choose a case or a record on the left"),
                "</h2><p>",
                self.tr(
                    "Add a case with <b>File ▸ New case…</b>; then participants, interviews and "
                    "observations from the <b>Case</b> menu."
                ),
                "</p>",
            ]
        )

    def _first_steps_html(self) -> str:
        return "".join(
            [
                "<h2>",
                self.tr("This data folder holds no study yet"),
                "</h2><p>",
                self.tr(
                    "Start one with <b>File ▸ New study…</b>, then add cases with "
                    "<b>File ▸ New case…</b>, and participants and their consent, interviews "
                    "and observations from the <b>Case</b> menu."
                ),
                "</p><p>",
                self.tr(
                    "Joining a team? Use <b>Sync ▸ Settings…</b> to sign in to your team's "
                    "server: the studies you belong to arrive with the first sync."
                ),
                "</p>",
            ]
        )

    def selection(self) -> Selection:
        """(study id, case id, case title) of the selected item, or of its nearest parents."""
        item = self.nav_model.itemFromIndex(self.navigator.currentIndex())
        study_id = case_id = case_title = None
        while item is not None:
            kind = item.data(ROLE_KIND)
            if kind == "case" and case_id is None:
                case_id, case_title = item.data(ROLE_ID), item.text().rsplit("  (", 1)[0]
            if kind == "study":
                study_id = item.data(ROLE_ID)
            item = item.parent()
        if study_id is None and self.nav_model.rowCount():
            study_id = self.nav_model.item(0).data(ROLE_ID)
        return study_id, case_id, case_title

    def _on_expanded(self, index: object) -> None:
        item = self.nav_model.itemFromIndex(index)  # type: ignore[arg-type]
        if item is None or item.data(ROLE_KIND) != "case":
            return
        first = item.child(0)
        if first is None or first.data(ROLE_KIND) != "placeholder":
            return
        item.removeRows(0, item.rowCount())
        labels = {"interview": self.tr("Interview: %1"), "observation": self.tr("Observation: %1")}
        for record in browse.load_case_records(self.store, case_id=item.data(ROLE_ID)):
            text = labels.get(record.kind, f"{record.kind.title()}: %1").replace("%1", record.title)
            item.appendRow(_item(text, record.kind, record.id))

    def _on_current_changed(self, current: object, _previous: object) -> None:
        item = self.nav_model.itemFromIndex(current)  # type: ignore[arg-type]
        if item is None:
            return
        kind, record_id = item.data(ROLE_KIND), item.data(ROLE_ID)
        open_id = self.editor.record.id if self.editor.record is not None else None
        if getattr(self, "_restoring", False) and record_id == open_id:
            return  # a refresh re-selected the open record: reload_from_store shows changes
        if kind in ("interview", "observation"):
            try:
                self.editor.open_record(record_id)
            except Exception as exc:  # gone or unreadable: say so, never a traceback
                show_error(self, self.tr("Cannot open this record"), exc)
                return
            self.record_stack.setCurrentWidget(self.editor)
        elif kind == "case":
            self._show_case(record_id)
            self.record_stack.setCurrentWidget(self.case_view)

    def show_case_instead(self, case_id: str | None) -> None:
        self.record_stack.setCurrentWidget(self.case_view)
        if case_id is not None:
            self._show_case(case_id)
        else:
            self.case_view.case_id = None
            self.reader.setHtml(self._choose_html())

    def _show_case(self, case_id: str) -> None:
        try:
            self.reader.setHtml(browse.record_html(self.store, kind="case", record_id=case_id))
        except Exception as exc:  # gone (deleted, or by a sync): say so, never a traceback
            self.case_view.case_id = None
            self.reader.setHtml(self._choose_html())
            self.statusBar().showMessage(error_message(exc), 6000)
            return
        self.case_view.show_case(case_id)

    def _follow_study(self, *_args: object) -> None:
        """The codebook and search docks show the study of the navigator's selection."""
        study_id = self.selection()[0]
        if study_id != self.codebook_dock.study_id:
            self.codebook_dock.set_study(study_id)
            self.search_dock.set_study(study_id)

    def _on_open_record(self, record_type: str, record_id: str, char_offset: int) -> None:
        case_id = record_id if record_type == "case" else self.search_dock.case_of(record_id)
        self.select_record(record_id, case_id, char_offset)

    def select_record(self, record_id: str, case_id: str | None, char_offset: int = 0) -> None:
        """Select a record (or a case) in the navigator, its case expanded (records load then)."""
        for study_row in range(self.nav_model.rowCount()):
            study = self.nav_model.item(study_row)
            cases = (study.child(r) for r in range(study.rowCount()))
            case = next((c for c in cases if c.data(ROLE_ID) == case_id), None)
            if case is None:
                continue
            self.navigator.expand(case.index())
            children = (case.child(r) for r in range(case.rowCount()))
            target = next((c for c in children if c.data(ROLE_ID) == record_id), case)
            self.navigator.setCurrentIndex(target.index())
            self.navigator.scrollTo(target.index())
            go_to = getattr(self.editor, "go_to_offset", None)  # the editor's jump, when it has one
            if target is not case and go_to is not None:
                go_to(char_offset)
            return

    def open_passage(
        self, _record_type: str, record_id: str, case_id: str, start: int, end: int
    ) -> None:
        """Open a record (from any passage list) with the passage selected, window in front."""
        self.select_record(record_id, case_id, start)
        if self.editor.record is not None and self.editor.record.id == record_id:
            self.editor.select_passage(start, end)
        self.activateWindow()
        self.raise_()

    def open_review(self) -> None:
        from fieldkit.ui.review.window import ReviewWindow

        study_id, case_id, _title = self.selection()
        if study_id is not None:
            self.review = ReviewWindow(self.store, study_id, case_id, self)
            self.review.open_passage.connect(self.open_passage)
            self.review.show()

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(self._state_key())
        if state is not None:
            self.restoreState(state)
        else:  # first time (on this side): as wide on the left as on the right, see showEvent
            self._dock_width: int | None = DOCK_WIDTH

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_dock_width", None):  # once shown: Qt gives a left dock less
            self.resizeDocks([self.codebook_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            self._dock_width = None

    def _state_key(self) -> str:
        """The docks' places, kept apart for right-to-left languages (docks on the left).
        Fixed when the window is built: a language switch turns the old window right-to-left
        before it closes, and its left-to-right docks must not be saved as the Arabic ones."""
        if not hasattr(self, "_built_rtl"):
            self._built_rtl = self.isRightToLeft()
        return "main_window/state_rtl" if self._built_rtl else "main_window/state"

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue(self._state_key(), self.saveState())

    def closeEvent(self, event: object) -> None:
        last_record.remember(self)  # reopened, with its selection, at the next start
        self.editor.flush()  # the last typing is saved before the window goes
        # Playback ends now, GIL-free, not in a deletion from Python (see ui/media_calls.py).
        self.editor.audio.player.release()
        self.save_layout()
        super().closeEvent(event)  # type: ignore[arg-type]


def _item(text: str, kind: str, record_id: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)  # the navigator is narrow on a laptop: long titles are clipped
    item.setEditable(False)
    item.setData(kind, ROLE_KIND)
    item.setData(record_id, ROLE_ID)
    return item
