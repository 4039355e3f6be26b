"""The open record after a sync: reloaded in place, or the researcher's typing kept with a conflict.

Real widgets (offscreen), a real loopback sync server (tests/sync/conftest.py), two real data
folders: Alice's app, and Bob's laptop editing the same interview.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("uvicorn")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.storage import codings, records
from fieldkit.storage.conflicts import conflicts
from fieldkit.storage.models import Interview
from fieldkit.storage.text_edits import set_text
from fieldkit.sync.client import sync
from fieldkit.sync.credentials import Credentials, save_credentials
from fieldkit.ui.editor import record_editor
from fieldkit.ui.editor.offsets import OffsetMap
from fieldkit.ui.main_window import ROLE_ID, MainWindow
from fieldkit.ui.sync import sync_controller
from tests.sync.conftest import Laptop, OpenLaptop, Server

# The status bar's counts are %n strings: read them in English as the app shows them.
pytestmark = pytest.mark.usefixtures("english_plurals")

SHOTS = Path("/tmp")
LINES = [
    f"[{n // 60:02d}:{n % 60:02d}] Line {n}: the learners talk about the radio lessons."
    for n in range(80)
]
TEXT = "\n".join(LINES)
THEME = "Trust and relationships"


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    boxes: list[tuple[str, str]] = []

    def box(_parent: Any, title: str, text: str, *_a: Any) -> Any:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "critical", box)
    monkeypatch.setattr(sync_controller, "POLL_MS", 150)
    yield boxes
    assert boxes == []


def _share_interview(server: Server, a: Laptop, b: Laptop) -> tuple[str, str]:
    """Alice creates a case and an interview; both laptops have them. (case id, interview id)"""
    sync(a.store, server_url=a.url, token=a.token)
    with a.store.write() as s:
        case = records.create_case(s, study_id=server.study_id, title="Radio school")
        interview = records.add_interview(
            s, case_id=case.id, date="2024-05-01", title="Head teacher", transcript=TEXT
        )
        ids = case.id, interview.id
    sync(a.store, server_url=a.url, token=a.token)
    sync(b.store, server_url=b.url, token=b.token)
    return ids


def _bob_edits(b: Laptop, interview_id: str, text: str, *, code: str = "") -> None:
    with b.store.write() as s:
        set_text(s, record_id=interview_id, text=text)
        if code:
            start = text.index(code)
            codings.code_text(
                s,
                record_id=interview_id,
                theme=THEME,
                start=start,
                end=start + len(code),
            )
    sync(b.store, server_url=b.url, token=b.token)


def _window(qtbot: Any, a: Laptop) -> MainWindow:
    save_credentials(a.store.data_dir, Credentials(a.url, "alice", a.token))
    window = MainWindow(a.store)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: window.sync.credentials is not None)
    return window


def _open(qtbot: Any, window: MainWindow, case_id: str, interview_id: str) -> None:
    window.select_record(interview_id, case_id)
    qtbot.waitUntil(lambda: window.editor.record is not None)
    assert window.editor.record is not None and window.editor.record.id == interview_id


def _sync(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.synced, timeout=30000) as blocker:
        window.sync.sync_now()
    assert blocker.args[0].pulled >= 1


def _stored(a: Laptop, interview_id: str) -> str:
    with a.store.read() as s:
        row = s.get(Interview, interview_id)
        assert row is not None
        return row.transcript


def _quotes(editor: Any) -> list[str]:
    return [editor.panel.coding(i).quote for i in editor.panel.coding_ids()]


def _place_caret(window: MainWindow, words: str) -> int:
    text = window.editor.text.toPlainText()
    position = OffsetMap(text).to_utf16(text.index(words))
    cursor = window.editor.text.textCursor()
    cursor.setPosition(position)
    window.editor.text.setTextCursor(cursor)
    return position


def test_a_pulled_transcript_reloads_in_place_and_the_navigator_keeps_its_place(
    server: Server, laptop: OpenLaptop, qtbot: Any
) -> None:
    a, b = laptop("alice"), laptop("bob")
    case_id, interview_id = _share_interview(server, a, b)
    window = _window(qtbot, a)
    _open(qtbot, window, case_id, interview_id)
    editor = window.editor
    _place_caret(window, "Line 60:")
    # Scroll until line 50 is the top line (the scroll bar counts wrapped lines, and how lines
    # wrap depends on the editor's width beside the docks).
    bar = editor.text.verticalScrollBar()

    def top() -> str:
        return editor.text.cursorForPosition(QPoint(4, 4)).block().text()

    for value in range(bar.maximum() + 1):
        bar.setValue(value)
        if top().startswith("[00:50] Line 50"):
            break
    top_before = top()
    assert top_before.startswith("[00:50] Line 50")

    # Bob adds an introduction of five lines above and rewrites line 70, and codes it.
    bob_text = "\n".join(["Introduction by Bob."] * 5 + LINES)
    bob_text = bob_text.replace("Line 70: the learners", "Line 70: Bob heard the learners")
    _bob_edits(b, interview_id, bob_text, code="Bob heard")
    _sync(qtbot, window)

    qtbot.waitUntil(lambda: editor.text.toPlainText() == bob_text, timeout=10000)
    qtbot.waitUntil(lambda: "Bob heard" in _quotes(editor), timeout=5000)
    assert "updated with changes from the team" in window.statusBar().currentMessage()
    caret = editor.text.textCursor()
    assert caret.block().text().startswith("[01:00] Line 60:")  # the caret stayed on its words
    assert caret.positionInBlock() == len("[01:00] ")
    top_after = editor.text.cursorForPosition(QPoint(4, 4)).block().text()
    assert top_after == top_before  # the view did not jump by Bob's five lines
    assert editor.reloader.reloads == 1 and not editor.reloader.notice.isVisible()
    # Nothing of Bob's is overwritten: no save went out, no conflict.
    qtbot.waitUntil(lambda: not editor.queue.busy())
    assert _stored(a, interview_id) == bob_text
    with a.store.read() as s:
        assert conflicts(s) == []
    # The navigator still shows the interview, its case open.
    current = window.nav_model.itemFromIndex(window.navigator.currentIndex())
    assert current is not None and current.data(ROLE_ID) == interview_id
    assert window.navigator.isExpanded(current.parent().index())
    editor.grab().save(str(SHOTS / "editor_after_reload.png"))

    # Typing now is saved on Bob's version, without a conflict.
    qtbot.keyClicks(editor.text, "Alice ")
    editor.save_now()
    qtbot.waitUntil(lambda: not editor.queue.busy())
    assert _stored(a, interview_id).count("Alice ") == 1
    with a.store.read() as s:
        assert conflicts(s) == []


def test_unsaved_typing_is_saved_and_the_pulled_text_kept_as_a_conflict(
    server: Server, laptop: OpenLaptop, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_editor, "AUTOSAVE_MS", 600_000)  # the typing stays unsaved
    a, b = laptop("alice"), laptop("bob")
    case_id, interview_id = _share_interview(server, a, b)
    window = _window(qtbot, a)
    _open(qtbot, window, case_id, interview_id)
    editor = window.editor
    _place_caret(window, "Line 3:")
    qtbot.keyClicks(editor.text, "Alice: ")
    alice_text = editor.text.toPlainText()
    assert _stored(a, interview_id) == TEXT  # not saved yet

    bob_text = TEXT.replace("Line 10: the learners", "Line 10: Bob's learners")
    _bob_edits(b, interview_id, bob_text)
    _sync(qtbot, window)

    qtbot.waitUntil(lambda: editor.reloader.notice.isVisible(), timeout=10000)
    assert "another laptop" in editor.reloader.notice.label.text()
    assert editor.text.toPlainText() == alice_text  # what Alice typed is still on screen…
    qtbot.waitUntil(lambda: not editor.queue.busy())
    assert _stored(a, interview_id) == alice_text  # …and saved
    with a.store.read() as s:
        (conflict,) = conflicts(s)
    assert conflict.row_id == interview_id and conflict.field == "transcript"
    assert json.loads(conflict.losing_value) == bob_text  # Bob's version is kept, not lost
    assert json.loads(conflict.winning_value) == alice_text
    assert conflict.resolved_at is None
    bar = window.sync.status_bar
    qtbot.waitUntil(lambda: bar.conflicts_button.text() == "⚠ 1 conflict", timeout=5000)
    editor.grab().save(str(SHOTS / "editor_conflict_notice.png"))

    # The conflicts view shows it; taking Bob's version back reloads the editor.
    window.sync.open_conflicts()
    view = window.sync.conflicts_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    view.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.text.toPlainText() == bob_text, timeout=10000)
    view.close()
    qtbot.mouseClick(editor.reloader.notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not editor.reloader.notice.isVisible()


def test_codings_pulled_for_the_open_record_appear(
    server: Server, laptop: OpenLaptop, qtbot: Any
) -> None:
    a, b = laptop("alice"), laptop("bob")
    case_id, interview_id = _share_interview(server, a, b)
    window = _window(qtbot, a)
    _open(qtbot, window, case_id, interview_id)
    editor = window.editor
    assert editor.panel.coding_ids() == []
    with b.store.write() as s:
        start = TEXT.index("radio lessons")
        codings.code_text(s, record_id=interview_id, theme=THEME, start=start, end=start + 13)
    sync(b.store, server_url=b.url, token=b.token)
    _sync(qtbot, window)
    qtbot.waitUntil(lambda: len(editor.panel.coding_ids()) == 1, timeout=10000)
    assert editor.text.toPlainText() == TEXT and editor.reloader.reloads == 0
    assert "Codings updated" in window.statusBar().currentMessage()
    spans = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.text.extraSelections()
    ]
    assert (start, start + 13) in spans  # highlighted (no astral characters: offsets agree)
