"""The record open when the window closed, and its selection (or the case shown), reopened at
the next start.

Kept in the user's Qt settings, one entry per data folder (a hash of its path), as ids and
code-point offsets; a record deleted since (or by a sync) is simply not reopened.
"""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QSettings

from fieldkit.ui.app_window import AppWindow
from fieldkit.ui.editor.offsets import OffsetMap


def _key(window: AppWindow) -> str:
    folder = str(window.store.data_dir.resolve())
    return "last_record/" + hashlib.sha256(folder.encode()).hexdigest()[:16]


def remember(window: AppWindow) -> None:
    """Keep the open record, its case and its selection; or the case shown; or nothing."""
    editor, settings = window.editor, QSettings()
    record = editor.record
    case_id = window.selection()[1]
    if case_id is None:
        settings.remove(_key(window))
        return
    if record is None or not editor.isVisibleTo(window):
        settings.setValue(_key(window), json.dumps({"case": case_id}))
        return
    cursor = editor.text.textCursor()
    offsets = OffsetMap(editor.text.toPlainText())
    value = {
        "record": record.id,
        "case": case_id,
        "start": offsets.to_code_point(cursor.selectionStart()),
        "end": offsets.to_code_point(cursor.selectionEnd()),
    }
    settings.setValue(_key(window), json.dumps(value))


def reopen(window: AppWindow) -> bool:
    """Select the remembered record in the navigator and its words in the editor."""
    raw = QSettings().value(_key(window))
    try:
        value = json.loads(str(raw)) if raw else {}
        if "record" not in value and "case" in value:  # a case was shown: show it again
            window.select_record(str(value["case"]), str(value["case"]))
            return window.selection()[1] == value["case"]
        record_id, case_id = str(value["record"]), str(value["case"])
        start, end = int(value["start"]), int(value["end"])
    except (ValueError, TypeError, KeyError):  # nothing kept, or not what this module wrote
        return False
    window.select_record(record_id, case_id)
    editor = window.editor
    if editor.record is None or editor.record.id != record_id:
        return False  # gone since: the window shows what it would anyway
    offsets = OffsetMap(editor.text.toPlainText())
    length = len(editor.text.toPlainText())  # code points, as Python counts
    start, end = max(0, min(start, length)), max(0, min(end, length))
    editor.text.select_span(offsets.to_utf16(start), offsets.to_utf16(end))
    editor.text.setFocus()
    return True
