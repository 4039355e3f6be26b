"""File ▸ Import transcript…: a .txt, Word .docx or subtitle (.srt/.vtt) file into the open record.

The file is read off the GUI thread (``fieldkit.storage.transcript_files``: any common encoding,
subtitle times as ``[mm:ss]`` marks, speaker labels kept). Its text then replaces the record's
text *in the editor*, as one edit: one Ctrl+Z brings the old text back, the autosave saves it,
and codings move with their words as for any edit. Replacing a text that is not empty is
confirmed first; what the reader changed (encoding, line ends…) is said in the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldkit.storage.textfiles import DecodedText
from fieldkit.storage.transcript_files import read_transcript_file
from fieldkit.ui.alive import run_for
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.messages import say
from fieldkit.ui.worker import error_text


class TranscriptImport(QObject):
    def __init__(self, window: QWidget, editor: RecordEditor) -> None:
        super().__init__(window)
        self.window, self.editor = window, editor
        self.action = QAction(self.tr("Import &transcript…"), window)
        self.action.setStatusTip(
            self.tr(
                "Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the "
                "open record"
            )
        )
        self.action.triggered.connect(self.ask_and_import)
        self.last_message = ""

    # --- asking the researcher (replaced in tests) -----------------------------------------

    def ask_path(self) -> str:
        path, _kind = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import transcript"),
            "",
            self.tr("Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)"),
        )
        return path

    def confirm_replace(self, title: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Import transcript"),
            self.tr(
                "Replace the text of “%1” with the file's text? Codings stay on words that are "
                "still there; Edit ▸ Undo (Ctrl+Z) brings the old text back."
            ).replace("%1", title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, message: str, *, problem: bool = False) -> None:
        self.last_message = message
        if problem:
            QMessageBox.warning(self.window, self.tr("Import transcript"), message)
            return
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)

    # --- importing -------------------------------------------------------------------------

    def ask_and_import(self) -> None:
        if self.editor.record is None:
            self.tell(
                self.tr("Open an interview or an observation first: the transcript goes into it."),
                problem=True,
            )
            return
        path = self.ask_path()
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        record = self.editor.record
        if record is None:
            return
        run_for(
            self.editor,
            lambda _c: read_transcript_file(path),
            on_done=lambda decoded: self._on_read(record.id, path, decoded),
            on_failed=lambda exc: self.tell(
                self.tr("Cannot import %1: %2")
                .replace("%1", path.name)
                .replace("%2", error_text(exc)),
                problem=True,
            ),
        )

    def _on_read(self, record_id: str, path: Path, decoded: DecodedText) -> None:
        record = self.editor.record
        if record is None or record.id != record_id:
            return  # another record was opened meanwhile: nothing goes into the wrong one
        if not decoded.text.strip():
            self.tell(
                self.tr("%1 holds no text; nothing was changed.").replace("%1", path.name),
                problem=True,
            )
            return
        text_edit = self.editor.text
        if text_edit.toPlainText().strip() and not self.confirm_replace(record.title):
            return
        cursor = QTextCursor(text_edit.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(decoded.text)  # one edit: one undo, saved by the autosave
        notes = self.tr("; ").join(say(note) for note in decoded.notes)
        message = self.tr("Imported %1").replace("%1", path.name)
        self.tell(f"{message} ({notes})" if notes else message)


__all__ = ["TranscriptImport"]
