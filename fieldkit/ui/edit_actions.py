"""Properties… (edit after saving) and Delete… for what the navigator and case view show.

Installed by :class:`~fieldkit.ui.record_actions.RecordActions`: an **Edit** menu (Undo
delete, Properties…, Delete…), the same in the navigator's context menu, the Delete key in
the navigator, the case's participant list and the photo strip, Ctrl+Z there to undo a
delete. Properties opens the dialog that created the row, in its edit mode (study, case,
interview with its participants, observation); a participant's is the participant dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from fieldkit.storage.deletion import DeletePlan
from fieldkit.storage.models import Interview, Observation, Study
from fieldkit.storage.records import interview_participants
from fieldkit.ui.case_dialogs import StudyDialog
from fieldkit.ui.case_view import load_participants
from fieldkit.ui.changes import Changes
from fieldkit.ui.delete_actions import DeleteActions
from fieldkit.ui.navigator_state import ROLE_ID, ROLE_KIND
from fieldkit.ui.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.worker import show_error

if TYPE_CHECKING:
    from fieldkit.ui.record_actions import RecordActions

EDITABLE_KINDS = ("study", "case", "interview", "observation")


class EditActions(QObject):
    def __init__(self, actions: RecordActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.window = actions.window
        self.store = actions.store
        self.deletes = DeleteActions(self.window.ops, self.window)
        self.properties = QAction(self.tr("&Properties…"), self.window)
        self.properties.setShortcut(QKeySequence("Alt+Return"))
        self.properties.triggered.connect(self.on_properties)
        self.delete = QAction(self.tr("&Delete…"), self.window)
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete.triggered.connect(self.on_delete)
        self.delete_participant = QAction(self.tr("Delete p&articipant…"), self.window)
        self.delete_participant.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_participant.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_participant.triggered.connect(self.on_delete_participant)

    def install(self) -> None:
        window = self.window
        menu = edit_menu(window.menuBar(), self.tr("&Edit"))
        menu.addAction(self.deletes.undo_action)
        menu.addSeparator()
        menu.addActions([self.properties, self.delete])
        window.navigator.addActions([self.delete, self.deletes.undo_action])
        people = window.case_view.participants
        people.addActions([self.delete_participant, self.deletes.undo_action])
        strip = window.editor.photos
        strip.delete_requested.connect(
            lambda photo_id: self.deletes.request_delete(
                photo_id, parent=self.window, on_deleted=lambda _plan: strip.reload()
            )
        )
        strip.list.addAction(self.deletes.undo_action)
        codebook = window.codebook_dock
        codebook.delete_requested.connect(
            lambda theme_id: self.deletes.request_delete(theme_id, parent=self.window)
        )
        codebook.tree.addAction(self.deletes.undo_action)
        window.navigator.selectionModel().currentChanged.connect(self.update_enabled)
        self.update_enabled()

    def context_actions(self, kind: str | None) -> list[QAction]:
        return [self.properties, self.delete] if kind in EDITABLE_KINDS else []

    def _current(self) -> tuple[str | None, str | None]:
        index = self.window.navigator.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(ROLE_KIND), index.data(ROLE_ID)

    def update_enabled(self, *_args: object) -> None:
        kind, _id = self._current()
        self.properties.setEnabled(kind in EDITABLE_KINDS)
        self.delete.setEnabled(kind in EDITABLE_KINDS)

    def on_delete(self) -> None:
        kind, row_id = self._current()
        if kind in EDITABLE_KINDS and row_id:
            self.deletes.request_delete(row_id, parent=self.window, on_deleted=self._left)

    def _left(self, plan: DeletePlan) -> None:
        """The open interview or observation went with the delete: show its case instead."""
        editor = self.window.editor
        gone = {row_id for _table, row_id in plan.rows}
        if editor.record is None or editor.record.id not in gone:
            return
        case_id = self.window.selection()[1]
        self.window.record_stack.setCurrentWidget(self.window.case_view)
        if case_id is not None and case_id not in gone:
            self.window._show_case(case_id)
        else:
            self.window.reader.setHtml(self.window._choose_html())

    def on_delete_participant(self) -> None:
        participant_id = self.window.case_view.participants.current_id()
        if participant_id is not None:
            self.deletes.request_delete(participant_id, parent=self.window)

    def on_properties(self) -> None:
        kind, row_id = self._current()
        if not row_id or kind not in EDITABLE_KINDS:
            return
        a = self.actions
        study_id, case_id, _title = self.window.selection()
        if kind == "study":
            study = a._load(Study, row_id)
            if study is not None:
                dialog = StudyDialog(a._runner("studies"), self.window, study=study)
                a._open(dialog, a._on_study_saved)
        elif kind == "case" and study_id is not None:
            a.on_edit_case()
        elif kind == "interview" and case_id is not None:
            self._edit_interview(row_id, case_id)
        elif kind == "observation" and case_id is not None:
            row = a._load(Observation, row_id)
            if row is not None:
                runner = a._runner("records", Changes.of(records=row_id, cases=case_id))
                edit = NewObservationDialog(
                    runner, case_id=case_id, observation=row, parent=self.window
                )
                a._open(edit, lambda rid: a._show(rid, case_id))

    def _edit_interview(self, interview_id: str, case_id: str) -> None:
        a = self.actions
        try:
            with self.store.read() as session:
                row = session.get(Interview, interview_id)
                if row is None or row.is_deleted:
                    raise LookupError(interview_id)
                linked = [p.id for p in interview_participants(session, interview_id=row.id)]
        except Exception as exc:  # deleted meanwhile (a sync)
            show_error(self.window, self.tr("Cannot open this"), exc)
            return
        runner = a._runner(
            "records", Changes.of(records=interview_id, cases=case_id, participants=linked)
        )
        dialog = NewInterviewDialog(
            runner,
            case_id=case_id,
            participants=load_participants(self.store, case_id),
            interview=row,
            linked=linked,
            parent=self.window,
        )
        a._open(dialog, lambda rid: a._show(rid, case_id))


def edit_menu(bar: QMenuBar, title: str) -> QMenu:
    """The menu bar's Edit menu (made after File when there is none yet)."""
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == title.replace("&", ""):
            return menu
    actions = bar.actions()
    menu = QMenu(title, bar)
    if len(actions) > 1:
        bar.insertMenu(actions[1], menu)
    else:
        bar.addMenu(menu)
    return menu
