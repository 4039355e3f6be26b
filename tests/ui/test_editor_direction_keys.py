"""The transcript editor: Tab leaves it, and every script reads its own way (#11 items 4, 5)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from sqlmodel import select

from fieldkit.demo import generate
from fieldkit.pins import pin_theme
from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.storage.text_direction import display_quote, paragraph_is_rtl
from fieldkit.ui.editor.offsets import OffsetMap
from fieldkit.ui.editor.record_editor import RecordEditor

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[tuple[QWidget, RecordEditor]]:
    host = QWidget()
    before, after = QLineEdit(), QLineEdit()
    before.setObjectName("before")
    after.setObjectName("after")
    editor = RecordEditor(store)
    box = QVBoxLayout(host)
    box.addWidget(before)
    box.addWidget(editor)
    box.addWidget(after)
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    yield host, editor
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=10_000)


def _english(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        return records.add_interview(
            session, case_id=case.id, date="2024-05-01", transcript="One line.\nTwo lines."
        ).id


def _arabic(store: Store) -> Interview:
    generate(store, scale="small")
    with store.read() as session:
        rows = session.exec(select(Interview).where(Interview.language == "ar")).all()
        return rows[0]


def test_tab_and_shift_tab_leave_the_transcript_and_ctrl_tab_types_a_tab(qtbot, window, store):
    _host, editor = window
    editor.open_record(_english(store))
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    text = editor.text.toPlainText()
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab)
    assert not editor.text.hasFocus()  # focus moved on, nothing typed
    assert editor.text.toPlainText() == text
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    qtbot.keyClick(editor.text, Qt.Key.Key_Backtab, SHIFT)
    assert not editor.text.hasFocus()
    assert editor.text.toPlainText() == text
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    cursor = editor.text.textCursor()
    cursor.setPosition(3)
    editor.text.setTextCursor(cursor)
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab, CTRL)
    assert editor.text.toPlainText() == "One\t line.\nTwo lines."
    assert editor.text.hasFocus()


def test_paragraph_direction_skips_time_marks_and_speaker_labels() -> None:
    assert paragraph_is_rtl("[00:16] P-030: جاءت الثقة عندما رأوا")
    assert paragraph_is_rtl("P-030: جاءت")
    assert not paragraph_is_rtl("[00:16] P-030: The trust came")
    assert not paragraph_is_rtl("[00:16] الباحثة: WhatsApp is used")  # what is said decides
    assert paragraph_is_rtl("[00:16] 24", "ar") and not paragraph_is_rtl("[00:16] 24", "en")
    assert paragraph_is_rtl("[00:16] P-030:", "ar")  # a label alone: the language decides
    quote = display_quote("[00:16] P-030: جاءت\nالثقة ")
    assert quote == "“\u2067[00:16] P-030: جاءت الثقة\u2069”"  # one line, marks outside
    assert display_quote("x" * 50, limit=10) == "“\u2066xxxxxxxxx…\u2069”"


def test_arabic_interview_reads_right_to_left_and_codes_in_logical_order(qtbot, window, store):
    _host, editor = window
    row = _arabic(store)
    editor.open_record(row.id)
    text = editor.text
    qtbot.waitUntil(lambda: text.document().blockCount() > 3)
    document = text.document()
    # Every line of the demo's Arabic interview starts "[mm:ss] label:"; each is RTL.
    blocks = [document.findBlockByNumber(n) for n in range(6)]
    assert all(b.text().startswith("[") for b in blocks)
    assert all(text.is_rtl_block(b) for b in blocks)
    # Right-aligned: a line that does not fill the width ends at the right edge, and the
    # time mark (the logical start) stands on the right, after the words in visual order.
    first = blocks[0].layout().lineAt(0)
    width = text.viewport().width()
    rect = first.naturalTextRect()
    assert rect.left() > 50 and abs(rect.right() - first.width()) < 8 < width
    x_mark = first.cursorToX(1)[0]  # inside "[00:00]"
    x_words = first.cursorToX(len(blocks[0].text()) - 2)[0]  # near the end of the line
    assert x_mark > x_words
    # Select the words of a one-line answer after its label with the keyboard, code them.
    answer = next(b for b in blocks if "P-" in b.text() and b.layout().lineCount() == 1)
    line = answer.text()
    said = line.index(": ") + 2
    cursor = text.textCursor()
    cursor.setPosition(answer.position() + said)
    text.setTextCursor(cursor)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End, SHIFT)
    pin_theme(store.data_dir, editor.record.study_id, editor.record.themes[1].id, 1)
    editor.reload_themes()  # Alt+1 codes only a theme the researcher pinned to it
    qtbot.keyClick(text, Qt.Key.Key_1, ALT)

    def coded() -> list[codings.Coding]:
        with store.read() as session:
            rows = codings.codings_for(session, record_id=row.id)
        return [c for c in rows if c.quote == line[said:]]

    qtbot.waitUntil(lambda: bool(coded()), timeout=5000)
    new = coded()
    assert len(new) == 1  # the quote is the logical text, label and mark left out
    offsets = OffsetMap(text.toPlainText())
    start = offsets.to_code_point(answer.position() + said)
    assert (new[0].start, new[0].end) == (start, start + len(line) - said)
    shown = [editor.panel.item(n).text() for n in range(editor.panel.count())]
    assert any(display_quote(line[said:]) in s for s in shown)
    assert not any("\n”" in s or "”[" in s for s in shown)  # no stray quotation marks
    item = next(
        editor.panel.item(n)
        for n in range(editor.panel.count())
        if display_quote(line[said:]) in editor.panel.item(n).text()
    )
    assert item.textAlignment() & Qt.AlignmentFlag.AlignRight  # the Arabic quote from the right
    QApplication.processEvents()


def test_a_latin_line_in_an_arabic_interview_stays_left_to_right(qtbot, window, store):
    _host, editor = window
    row = _arabic(store)
    editor.open_record(row.id)
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text, "[09:00] P-001: We use WhatsApp.")
    last = editor.text.document().lastBlock()
    assert not editor.text.is_rtl_block(last)
    assert editor.text.is_rtl_block(last.previous())
