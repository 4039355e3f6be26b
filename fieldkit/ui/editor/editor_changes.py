"""What the record editor's saves changed, announced through the window's operations.

Text saves that detach or move codings announce those codings (and the record); saves that
leave the codings as they were announce nothing, so typing does not refresh the codebook.
Coding, tag and memo jobs announce their own changes when they are queued (``changes=``).
"""

from __future__ import annotations

from typing import Any

from fieldkit.storage.editing import CodingView
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.autosave import Saved

CodingKey = frozenset[tuple[str, str, bool]]


def _key(codings: tuple[CodingView, ...]) -> CodingKey:
    return frozenset((c.id, c.theme_id, c.detached) for c in codings)


def connect_coding_changes(editor: Any) -> None:
    """Announce the codings a save of ``editor``'s queue changed (made, removed, detached)."""
    last: dict[str, CodingKey] = {}

    def on_saved(saved: Saved) -> None:
        before = last.get(saved.record_id)
        record = editor.record
        if before is None and record is not None and record.id == saved.record_id:
            before = _key(record.codings)  # as opened
        last.clear()  # one record at a time: the newest state of the one being saved
        now = last[saved.record_id] = _key(saved.codings)
        if before != now:
            moved = {c[0] for c in (before or frozenset()) ^ now}
            editor.queue.announce(Changes.of(codings=moved))

    editor.queue.saved.connect(on_saved)
