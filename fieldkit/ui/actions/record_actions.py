"""New study, case, participant, interview and observation; edit a case or a participant.

The actions live in the File and Case menus, in the navigator's context menu and in the case
view's toolbar. Each opens a dialog (window-modal, not blocking) whose Save writes off the GUI
thread; the navigator then shows the new row, and a new interview or observation opens in the
editor. Every save goes through the window's operations (``window.ops``), which tell every
view what changed; this module only selects what was just made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Participant
from fieldkit.storage.redact_list import redact_entries
from fieldkit.ui.app_window import AppWindow
from fieldkit.ui.case_view import load_participants
from fieldkit.ui.changes import Changes, Kind
from fieldkit.ui.dialogs.case_dialogs import CaseDialog, StudyDialog
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.dialogs.redact_dialog import RedactDialog
from fieldkit.ui.operations import Runner
from fieldkit.ui.worker import show_error

ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # as in main_window
ROLE_ID = Qt.ItemDataRole.UserRole + 2


class RecordActions(QObject):
    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.ops = window.ops
        self.dialog: QDialog | None = None  # the one open (tests reach it here)
        self.new_study = self._action(self.tr("New &study…"), self.on_new_study)
        self.new_case = self._action(self.tr("New &case…"), self.on_new_case, "Ctrl+Shift+C")
        self.edit_case = self._action(self.tr("&Edit case…"), self.on_edit_case)
        self.new_participant = self._action(
            self.tr("New &participant…"), self.on_new_participant, "Ctrl+Shift+P"
        )
        self.edit_participant = self._action(
            self.tr("Edit p&articipant…"), self.on_edit_participant
        )
        self.new_interview = self._action(
            self.tr("New &interview…"), self.on_new_interview, "Ctrl+Shift+I"
        )
        self.new_observation = self._action(
            self.tr("New &observation…"), self.on_new_observation, "Ctrl+Shift+O"
        )
        self.redact_names = self._action(self.tr("&Names to redact…"), self.on_redact_names)

    def _action(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def install(self, file_menu: QMenu) -> None:
        """Menus, the navigator's context menu, the case view's toolbar, the data-changed link."""
        window = self.window
        file_menu.addActions([self.new_study, self.new_case])
        file_menu.addSeparator()
        file_menu.addAction(self.redact_names)  # for anonymised editions
        file_menu.addSeparator()
        case_menu = window.menuBar().addMenu(self.tr("&Case"))
        for action in self.case_actions():
            case_menu.addAction(action)
        case_menu.insertSeparator(self.new_participant)
        toolbar = window.case_view.toolbar
        for action in (self.edit_case, self.new_participant, self.new_interview):
            toolbar.addAction(action)
        toolbar.addAction(self.new_observation)
        window.case_view.participants.edit_requested.connect(self.edit_participant_id)
        window.case_view.participants.currentItemChanged.connect(self.update_enabled)
        window.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.navigator.customContextMenuRequested.connect(self._on_context_menu)
        window.navigator.selectionModel().currentChanged.connect(self.update_enabled)
        self.update_enabled()
        from fieldkit.ui.actions.edit_actions import EditActions

        window.case_view.participants.addAction(self.edit_participant)  # its right-click menu
        self.edits = EditActions(self, self)  # Edit menu: Properties…, Delete…, Undo delete
        self.edits.install()

    def case_actions(self) -> list[QAction]:
        return [
            self.edit_case,
            self.new_participant,
            self.edit_participant,
            self.new_interview,
            self.new_observation,
        ]

    def update_enabled(self, *_args: object) -> None:
        study_id, case_id, _title = self.window.selection()
        self.new_case.setEnabled(study_id is not None)
        self.redact_names.setEnabled(study_id is not None)
        for action in self.case_actions():
            action.setEnabled(case_id is not None)
        self.edit_participant.setEnabled(
            case_id is not None
            and self.window.case_view.case_id == case_id
            and self.window.case_view.participants.current_id() is not None
        )

    def _runner(self, kind: Kind, also: Changes | None = None) -> Runner:
        """Saves that announce the id they return as a ``kind`` (and ``also`` these ids)."""

        def changes(result: object) -> Changes:
            made = Changes.of(**{kind: [result] if isinstance(result, str) else []})
            return made | also if also is not None else made

        return self.ops.runner(changes)

    # --- the Edit menu's hooks (window_menus) ---------------------------------------------

    def delete_selected(self) -> None:
        self.edits.on_delete()

    def undo_delete(self) -> bool:
        """Undo the last delete; False when there is none (Ctrl+Z then undoes typing)."""
        return self.edits.deletes.undo_last()

    def edit_menu_actions(self) -> list[QAction]:
        return [self.edits.properties, self.edits.deletes.undo_action]

    # --- the context menu ------------------------------------------------------------------

    def _on_context_menu(self, pos: QPoint) -> None:
        navigator = self.window.navigator
        index = navigator.indexAt(pos)
        if index.isValid():
            navigator.setCurrentIndex(index)
        kind = index.data(ROLE_KIND) if index.isValid() else None
        menu = QMenu(navigator)
        edits = self.edits.context_actions(kind)
        if edits:
            menu.addActions(edits)
            menu.addSeparator()
        if kind in ("case", "interview", "observation"):
            for action in self.case_actions():
                menu.addAction(action)
            menu.addSeparator()
        if kind is not None:
            menu.addAction(self.new_case)
        menu.addAction(self.new_study)
        self.context_menu = menu
        menu.popup(navigator.viewport().mapToGlobal(pos))

    # --- opening dialogs -------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_saved: Callable[[Any], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.open()

    def _case_id(self) -> str | None:
        case_id = self.window.selection()[1]
        if case_id is None:
            self.window.statusBar().showMessage(self.tr("Select a case first."), 4000)
        return case_id

    def on_new_study(self) -> None:
        self._open(StudyDialog(self._runner("studies"), self.window), self._on_study_saved)

    def on_new_case(self) -> None:
        study_id = self.window.selection()[0]
        if study_id is None:
            self.window.statusBar().showMessage(self.tr("Create a study first."), 4000)
            return
        dialog = CaseDialog(
            self._runner("cases", Changes.of(studies=study_id)),
            study_id=study_id,
            parent=self.window,
        )
        self._open(dialog, lambda case_id: self._show(case_id, case_id))

    def on_edit_case(self) -> None:
        study_id, case_id, _title = self.window.selection()
        if study_id is None or case_id is None:
            return
        case = self._load(Case, case_id)
        if case is not None:
            runner = self._runner("cases", Changes.of(studies=study_id))
            dialog = CaseDialog(runner, study_id=study_id, case=case, parent=self.window)
            self._open(dialog, lambda _id: self._show(case_id, case_id))

    def on_new_participant(self) -> None:
        case_id = self._case_id()
        if case_id is not None:
            dialog = ParticipantDialog(
                self._runner("participants", Changes.of(cases=case_id)),
                case_id=case_id,
                parent=self.window,
            )
            self._open(dialog, lambda _id: self._participants_changed(case_id))

    def on_edit_participant(self) -> None:
        participant_id = self.window.case_view.participants.current_id()
        if participant_id is not None:
            self.edit_participant_id(participant_id)

    def edit_participant_id(self, participant_id: str) -> None:
        p = self._load(Participant, participant_id)
        if p is not None:
            dialog = ParticipantDialog(
                self._runner("participants", Changes.of(cases=p.case_id)),
                case_id=p.case_id,
                participant=p,
                parent=self.window,
            )
            self._open(dialog, lambda _id: self._participants_changed(p.case_id))

    def on_new_interview(self) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        dialog = NewInterviewDialog(
            self._runner("records", Changes.of(cases=case_id)),
            case_id=case_id,
            participants=load_participants(self.store, case_id),
            parent=self.window,
            data_dir=self.store.data_dir,
        )
        self._open(dialog, lambda record_id: self._show(record_id, case_id, editor=True))

    def on_new_observation(self) -> None:
        case_id = self._case_id()
        if case_id is not None:
            dialog = NewObservationDialog(
                self._runner("records", Changes.of(cases=case_id)),
                case_id=case_id,
                parent=self.window,
                data_dir=self.store.data_dir,
            )
            self._open(dialog, lambda record_id: self._show(record_id, case_id, editor=True))

    def on_redact_names(self) -> None:
        study_id = self.window.selection()[0]
        if study_id is None:
            self.window.statusBar().showMessage(self.tr("Create a study first."), 4000)
            return
        try:
            with self.store.read() as session:
                entries = redact_entries(session, study_id=study_id)
        except Exception as exc:  # the study was deleted meanwhile (a sync)
            show_error(self.window, self.tr("Cannot open this"), exc)
            return
        dialog = RedactDialog(
            self._runner("studies", Changes.of(studies=study_id)),
            study_id=study_id,
            entries=entries,
            parent=self.window,
        )
        self._open(dialog, self._on_redact_saved)

    def _on_redact_saved(self, count: int) -> None:
        self.window.statusBar().showMessage(
            self.tr("%n name(s) on the study's list to redact.", "", count), 4000
        )

    # --- after a save ----------------------------------------------------------------------

    def _load(self, model: type[Any], row_id: str) -> Any:
        try:
            with self.store.read() as session:
                return get_row(session, model, row_id)
        except Exception as exc:  # deleted meanwhile (a sync): a message, not a traceback
            show_error(self.window, self.tr("Cannot open this"), exc)
            return None

    def _on_study_saved(self, study_id: str) -> None:
        model = self.window.nav_model
        for row in range(model.rowCount()):
            item = model.item(row)
            if item.data(ROLE_ID) == study_id:
                self.window.navigator.setCurrentIndex(item.index())

    def _show(self, record_id: str, case_id: str, *, editor: bool = False) -> None:
        self.window.select_record(record_id, case_id)
        if editor:
            self.window.editor.text.setFocus()

    def _participants_changed(self, _case_id: str) -> None:
        self.update_enabled()  # the case view reloaded its participants on the change
