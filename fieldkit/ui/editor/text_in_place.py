"""Replacing an editor's text with a newer version without losing the reader's place.

When a sync brings a teammate's version of the transcript the researcher is looking at, only
the stretches that differ are replaced (found by :func:`fieldkit.storage.text_diff.diff_regions`),
through a text cursor, so Qt moves the caret, the selection and every other cursor (the coding
highlights) along with the words around them. The first visible line is kept at the top of the
view as well, even when lines were added or removed above it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from fieldkit.storage.text_diff import Region, diff_regions
from fieldkit.ui.editor.offsets import OffsetMap


def map_point(regions: list[Region], point: int) -> int:
    """Where code point ``point`` of the old text lies in the new one (text inserted right at
    it comes before it; inside a replaced stretch it keeps its distance from the stretch's
    start, as far as the new stretch allows)."""
    mapped = point
    for a, b, c, d in regions:
        if b <= point:
            mapped = point - b + d  # after this region, old and new differ by d - b
        elif a < point:
            return c + min(point - a, d - c)
        else:
            break
    return mapped


def replace_text_in_place(edit: QPlainTextEdit, new: str, old: str | None = None) -> bool:
    """Turn the editor's text (``old``, its text now) into ``new``, keeping the view's place.

    The changes are not undoable (the document's undo history is cleared, as on opening a
    record). Returns whether anything changed.
    """
    old = edit.toPlainText() if old is None else old
    regions = diff_regions(old, new)
    if not regions:
        return False
    before, after = OffsetMap(old), OffsetMap(new)
    top = before.to_code_point(edit.cursorForPosition(QPoint(0, 0)).position())
    document = edit.document()
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for a, b, c, d in reversed(regions):  # from the end: earlier positions stay valid
        cursor.setPosition(before.to_utf16(a))
        cursor.setPosition(before.to_utf16(b), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[c:d])
    cursor.endEditBlock()
    document.setUndoRedoEnabled(True)
    _scroll_to(edit, after.to_utf16(map_point(regions, top)))
    return True


def _scroll_to(edit: QPlainTextEdit, position: int) -> None:
    """Scroll so that the line holding ``position`` is the first one shown."""
    block = edit.document().findBlock(position)
    layout = block.layout()
    line = 0
    if layout is not None and layout.lineCount():
        line = layout.lineForTextPosition(position - block.position()).lineNumber()
    edit.verticalScrollBar().setValue(block.firstLineNumber() + max(0, line))


__all__ = ["map_point", "replace_text_in_place"]
