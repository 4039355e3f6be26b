"""One undo history for a record's text and its codings.

Text edits live on the QTextDocument's own undo stack (typing, paste, delete: Qt merges runs of
typing into one step). Coding changes live on a QUndoStack of :class:`AddCoding` /
:class:`RemoveCoding` commands. :class:`EditHistory` interleaves the two in the order they
happened: Ctrl+Z undoes the most recent step, whichever stack it belongs to, and Ctrl+Shift+Z
redoes in the reverse order. A new text edit or coding after an undo drops what could have been
redone (as in any editor). Opening another record starts a fresh history.

Undoing a coding writes to the database like any coding change: undoing "add" removes the
coding (a tombstone); undoing "remove" creates it again (a new coding with the same theme,
span, coder and memo). Memo edits and title edits are saved but not undoable.
Known limit: Qt merges typing done right after a coding into the typing before it, so one
Ctrl+Z can undo both that typing and the text before the coding step (the coding itself is
still undone in its turn).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit


@dataclass(frozen=True)
class CodingSpec:
    """A coding to (re)create: code-point span over the text as it is when the step is done."""

    theme_id: str
    theme_name: str
    start: int
    end: int
    quote: str
    coder: str = ""
    memo: str = ""


class CodingWriter(Protocol):
    def create_coding(self, command: CodingCommand) -> None: ...
    def delete_coding(self, command: CodingCommand) -> None: ...


class CodingCommand(QUndoCommand):
    """Holds the spec and the id of the coding it made or removed (set when the save is done)."""

    def __init__(self, writer: CodingWriter, spec: CodingSpec, coding_id: str | None) -> None:
        super().__init__()
        self.writer = writer
        self.spec = spec
        self.coding_id = coding_id


class AddCoding(CodingCommand):
    def __init__(self, writer: CodingWriter, spec: CodingSpec) -> None:
        super().__init__(writer, spec, None)
        self.setText(
            QCoreApplication.translate("EditHistory", "Code with %1").replace("%1", spec.theme_name)
        )

    def redo(self) -> None:
        self.writer.create_coding(self)

    def undo(self) -> None:
        self.writer.delete_coding(self)


class RemoveCoding(CodingCommand):
    def __init__(self, writer: CodingWriter, spec: CodingSpec, coding_id: str) -> None:
        super().__init__(writer, spec, coding_id)
        self.setText(
            QCoreApplication.translate("EditHistory", "Remove coding %1").replace(
                "%1", spec.theme_name
            )
        )

    def redo(self) -> None:
        self.writer.delete_coding(self)

    def undo(self) -> None:
        self.writer.create_coding(self)


class EditHistory(QObject):
    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.stack = QUndoStack(self)
        self._done: list[str] = []  # "text" or "coding", oldest first
        self._undone: list[str] = []
        editor.document().undoCommandAdded.connect(self._on_text_step)

    def reset(self) -> None:
        self.stack.clear()
        self._done.clear()
        self._undone.clear()

    def push(self, command: CodingCommand) -> None:
        self.stack.push(command)  # runs command.redo()
        self._done.append("coding")
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def undo(self) -> None:
        if not self._done:
            return
        kind = self._done.pop()
        if kind == "text":
            self.editor.undo()
        else:
            self.stack.undo()
        self._undone.append(kind)

    def redo(self) -> None:
        if not self._undone:
            return
        kind = self._undone.pop()
        if kind == "text":
            self.editor.redo()
        else:
            self.stack.redo()
        self._done.append(kind)

    def _on_text_step(self) -> None:
        self._done.append("text")
        self._undone.clear()
