"""Properties… (edit after saving) and Delete… for what the navigator and case view show.

Installed by :class:`~fieldkit.ui.actions.record_actions.RecordActions`, whose hooks the Edit menu
(``window_menus``) calls: Edit ▸ Delete (the navigator's Delete key), Edit ▸ Undo (Ctrl+Z
outside the transcript: the last delete first), Properties… and Undo delete listed there; the
navigator's context menu; the Delete key in the case's participant list, the photo strip and
the codebook. Properties opens the dialog that created the row, in its edit mode (study, case,
interview with its participants, observation); a participant's is the participant dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from fieldkit.storage.db import Store
from fieldkit.storage.deletion import DeletePlan
from fieldkit.storage.models import Interview, Observation, Study
from fieldkit.storage.records import interview_participants
from fieldkit.ui.actions.delete_actions import DeleteActions
from fieldkit.ui.actions.delete_key import on_delete_key
from fieldkit.ui.app_window import AppWindow
from fieldkit.ui.case_view import load_participants
from fieldkit.ui.changes import Changes, Kind
from fieldkit.ui.dialogs.case_dialogs import StudyDialog
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.navigator_state import ROLE_ID, ROLE_KIND
from fieldkit.ui.operations import Runner
from fieldkit.ui.worker import show_error


class DialogHost(Protocol):
    """What EditActions uses of the record actions that install it (``RecordActions``): the
    window, how they load a row, open a dialog and select what was saved."""

    window: AppWindow
    store: Store

    def _load(self, model: type[Any], row_id: str) -> Any: ...
    def _runner(self, kind: Kind, also: Changes | None = None) -> Runner: ...
    def _open(self, dialog: QDialog, on_saved: Callable[[Any], None]) -> None: ...
    def _on_study_saved(self, study_id: str) -> None: ...
    def _show(self, record_id: str, case_id: str, *, editor: bool = False) -> None: ...
    def on_edit_case(self) -> None: ...


EDITABLE_KINDS = ("study", "case", "interview", "observation")


class EditActions(QObject):
    def __init__(self, actions: DialogHost, parent: QObject) -> None:
        super().__init__(parent)
        self.actions = actions
        self.window = actions.window
        self.store = actions.store
        self.deletes = DeleteActions(self.window.ops, self.window)
        self.properties = QAction(self.tr("&Properties…"), self.window)
        self.properties.setShortcut(QKeySequence("Alt+Return"))
        self.properties.triggered.connect(self.on_properties)
        # The navigator's Delete key is Edit ▸ Delete (window_menus), which calls on_delete;
        # this one, with no key, is for the navigator's context menu.
        self.delete = QAction(self.tr("&Delete…"), self.window)
        self.delete.triggered.connect(self.on_delete)
        self.delete_participant = QAction(self.tr("Delete p&articipant…"), self.window)
        self.delete_participant.triggered.connect(self.on_delete_participant)

    def install(self) -> None:
        window = self.window
        window.addAction(self.properties)  # Alt+Enter before the Edit menu lists it
        people = window.case_view.participants
        people.addAction(self.delete_participant)
        people.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        on_delete_key(people, self.on_delete_participant)
        strip = window.editor.photos
        strip.delete_requested.connect(
            lambda photo_id: self.deletes.request_delete(
                photo_id, parent=self.window, on_deleted=lambda _plan: strip.reload()
            )
        )
        codebook = window.codebook_dock
        codebook.delete_requested.connect(
            lambda theme_id: self.deletes.request_delete(theme_id, parent=self.window)
        )
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
        self.window.show_case_instead(case_id if case_id not in gone else None)

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
