"""Keeping the open record in step with changes made outside the editor (a sync, a conflict).

After a sync that pulled changes (or any refresh of the window), the editor re-reads its record
through its save queue (after the saves already queued, off the GUI thread) and compares the
stamp of the stored text with the stamp of the text it shows (the queue's *base*):

* same stamp: the text did not change; the codings list and highlights are refreshed anyway
  (the queue's ``saved`` signal does that for every job), and the title if it changed.
* a newer text, and no unsaved typing: the text is replaced in place (only what differs, the
  caret and the view stay where they were, see :mod:`fieldkit.ui.editor.text_in_place`) and the
  status bar says so.
* a newer text while the researcher has unsaved typing: nothing is overwritten. The typing is
  saved at once, against the base it was typed over, so the teammate's text is kept as an
  unresolved conflict (:mod:`fieldkit.storage.text_saves`); a notice above the text says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget
from sqlmodel import Session

from fieldkit.storage.editing import EditableRecord, load_record
from fieldkit.ui.codebook.palette_colors import WarningBanner
from fieldkit.ui.editor.autosave import Saved
from fieldkit.ui.editor.text_in_place import replace_text_in_place
from fieldkit.ui.worker import error_text


class ConflictNotice(QWidget):
    """A warning line above the text, kept until the researcher dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = WarningBanner()
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the notice"))
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class EditorReload(QObject):
    """Reloads ``editor``'s record when asked; says when a save kept another version aside."""

    def __init__(self, editor: Any) -> None:
        super().__init__(editor)
        self.editor = editor
        self.notice = ConflictNotice()
        self.reloads = 0  # texts replaced in place (tests read it)
        editor.queue.saved.connect(self._on_saved)

    def reload(self) -> None:
        """Re-read the open record after the queued saves and show what changed."""
        editor = self.editor
        record: EditableRecord | None = editor.record
        if record is None:
            return
        editor.save_now()  # unsaved typing is saved against its base first (a conflict if need be)
        record_id = record.id

        def job(session: Session) -> EditableRecord:
            return load_record(session, record_id=record_id)

        editor.queue.run(record_id, job, on_done=self._on_reloaded, on_failed=self._on_failed)

    def _on_reloaded(self, saved: Saved) -> None:
        editor = self.editor
        record: EditableRecord | None = editor.record
        if record is None or saved.record_id != record.id:
            return  # another record was opened meanwhile
        loaded: EditableRecord = saved.result
        if not editor.title_edit.hasFocus() and editor.title_edit.text() != loaded.title:
            editor.title_edit.setText(loaded.title)
        editor.record = loaded
        queue = editor.queue
        shown = editor.text.toPlainText()
        if saved.text_stamp == queue.base(record.id) or saved.text == shown:
            queue.expect(record.id, saved.text_stamp)
            if {c.id for c in saved.codings} != set(editor.panel.coding_ids()):
                editor._hint(self.tr("Codings updated with changes from the team."))
            return
        if editor._dirty or queue.text_save_pending(record.id):
            editor.save_now()  # typed while this ran: the save keeps the other text as a conflict
            return
        editor._loading = True
        try:
            replace_text_in_place(editor.text, saved.text, shown)
        finally:
            editor._loading = False
        queue.expect(record.id, saved.text_stamp)
        editor.history.reset()
        self.reloads += 1
        editor._hint(self.tr("This text was updated with changes from the team."))

    def _on_failed(self, exc: BaseException) -> None:
        self.editor._hint(
            self.tr("Could not reload this record: %1").replace("%1", error_text(exc).rstrip())
        )

    def _on_saved(self, saved: Saved) -> None:
        record = self.editor.record
        if saved.conflict_id is None or record is None or saved.record_id != record.id:
            return
        message = self.tr(
            "Someone changed this text on another laptop while you were typing. Your version is "
            "saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or "
            "merge the two."
        )
        self.notice.show_text(message)
        self.editor._hint(self.tr("Your typing is saved; the other version is kept as a conflict."))


__all__ = ["ConflictNotice", "EditorReload"]
