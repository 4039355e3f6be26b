"""File ▸ Import transcript… puts a .docx or subtitle file into the open record (#11 item 11)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThreadPool

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store):
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher", transcript="Old."
        )
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.select_record(interview.id, case.id)
    qtbot.waitUntil(lambda: w.editor.record is not None)
    yield w, interview.id
    w.editor.flush()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


def _db_text(store: Store, record_id: str) -> str:
    with store.read() as session:
        return session.get(Interview, record_id).transcript


def _menu_action(window: MainWindow, text: str):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == text)


def test_import_a_subtitle_file_then_undo(qtbot, window, store: Store, tmp_path: Path) -> None:
    w, record_id = window
    importer = w.transcript_import
    srt = tmp_path / "talk.srt"
    srt.write_bytes(
        "1\r\n00:00:16,000 --> 00:00:18,000\r\nP-030: Educação já!\r\n".encode("latin-1")
    )
    importer.ask_path = lambda: str(srt)  # type: ignore[method-assign]
    asked: list[str] = []
    importer.confirm_replace = lambda title: asked.append(title) or True  # type: ignore[method-assign]
    _menu_action(w, "Import &transcript…").trigger()
    qtbot.waitUntil(lambda: w.editor.text.toPlainText() == "[00:16] P-030: Educação já!")
    assert asked == ["Head teacher"]  # replacing text is confirmed
    assert "talk.srt" in importer.last_message
    qtbot.waitUntil(
        lambda: _db_text(store, record_id) == "[00:16] P-030: Educação já!", timeout=5000
    )
    w.editor.text.setFocus()
    qtbot.keyClick(w.editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.editor.text.toPlainText() == "Old."  # one undo brings the old text back


def test_import_a_word_file_and_a_bad_one(qtbot, window, store: Store, tmp_path: Path) -> None:
    w, record_id = window
    importer = w.transcript_import
    document = docx.Document()
    document.add_paragraph("[00:00] Interviewer: Welcome.")
    document.add_paragraph("[00:04] P-01: Thank you.")
    good = tmp_path / "interview.docx"
    document.save(str(good))
    problems: list[str] = []
    importer.tell = lambda message, problem=False: problem and problems.append(message)  # type: ignore[method-assign]
    importer.confirm_replace = lambda _title: True  # type: ignore[method-assign]
    importer.import_file(good)
    expected = "[00:00] Interviewer: Welcome.\n[00:04] P-01: Thank you."
    qtbot.waitUntil(lambda: w.editor.text.toPlainText() == expected)
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    importer.import_file(bad)
    qtbot.waitUntil(lambda: bool(problems))
    assert "broken.docx" in problems[0] and "Word document" in problems[0]
    assert w.editor.text.toPlainText() == expected  # nothing lost
    qtbot.waitUntil(lambda: _db_text(store, record_id) == expected, timeout=5000)
