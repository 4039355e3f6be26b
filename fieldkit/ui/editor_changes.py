"""The record editor's "data changed" signal: what the rest of the window must refresh.

``RecordEditor.data_changed`` carries what changed: ``"codings"`` (a coding made, removed or
moved to another theme, or detached by an edit), ``"tags"`` or ``"memos"``. Text saves that
leave the codings as they were emit nothing, so typing does not refresh the codebook.
"""

from __future__ import annotations

from typing import Any

from fieldkit.storage.editing import CodingView
from fieldkit.ui.autosave import Saved

CodingKey = frozenset[tuple[str, str, bool]]


def _key(codings: tuple[CodingView, ...]) -> CodingKey:
    return frozenset((c.id, c.theme_id, c.detached) for c in codings)


def connect_data_changed(editor: Any) -> None:
    """Emit ``editor.data_changed`` from its save queue, its tag strip and its memos panel."""
    last: dict[str, CodingKey] = {}

    def on_saved(saved: Saved) -> None:
        before = last.get(saved.record_id)
        record = editor.record
        if before is None and record is not None and record.id == saved.record_id:
            before = _key(record.codings)  # as opened
        last.clear()  # one record at a time: the newest state of the one being saved
        last[saved.record_id] = _key(saved.codings)
        if before != last[saved.record_id]:
            editor.data_changed.emit("codings")

    editor.queue.saved.connect(on_saved)
    editor.tags.changed.connect(lambda: editor.data_changed.emit("tags"))
    editor.memos.changed.connect(lambda: editor.data_changed.emit("memos"))
