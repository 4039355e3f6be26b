from __future__ import annotations

import gc
import sys
from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QThreadPool
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from fieldkit.pins import pin_theme
from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.ui.codebook.codebook_model import THEME_MIME
from fieldkit.ui.editor.offsets import OffsetMap
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.main_window import MainWindow

TEXT = "Namaste 🙏🏽 नमस्ते दुनिया 😀. The children walk to the radio school every morning."
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def interview_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        return records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher", transcript=TEXT
        ).id


@pytest.fixture
def editor(qtbot, store: Store, interview_id: str) -> Iterator[RecordEditor]:
    widget = RecordEditor(store)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.open_record(interview_id)
    study_id = widget.record.study_id
    for key, theme in enumerate(widget.record.themes[1:3], start=1):  # leaves, not a parent
        pin_theme(store.data_dir, study_id, theme.id, key)
    widget.reload_themes()
    yield widget
    # pytest-qt has closed the widget by now (its close may have started a save): let any save
    # finish before the store closes, so no job outlives its test.
    qtbot.waitUntil(lambda: not widget.queue.busy(), timeout=10_000)


def _db_text(store: Store, record_id: str) -> str:
    with store.read() as session:
        row = session.get(Interview, record_id)
        assert row is not None
        return row.transcript


def _live(store: Store, record_id: str) -> list[codings.Coding]:
    with store.read() as session:
        return codings.codings_for(session, record_id=record_id)


def _select_words(editor: RecordEditor, words: str) -> tuple[int, int]:
    text = editor.text.toPlainText()
    start = text.index(words)
    offsets = OffsetMap(text)
    editor.text.select_span(offsets.to_utf16(start), offsets.to_utf16(start + len(words)))
    return start, start + len(words)


def _highlighted(editor: RecordEditor) -> list[tuple[int, int]]:
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.text.extraSelections()
    ]


def _type_at(qtbot, editor: RecordEditor, position: int, keys: str) -> None:
    cursor = editor.text.textCursor()
    cursor.setPosition(position)
    editor.text.setTextCursor(cursor)
    qtbot.keyClicks(editor.text, keys)


def test_typing_is_saved_automatically(qtbot, editor: RecordEditor, store: Store, interview_id):
    end = len(editor.text.toPlainText().encode("utf-16-le")) // 2
    _type_at(qtbot, editor, end, " Then 42 kids sing.")
    assert editor.text.toPlainText().endswith("Then 42 kids sing.")  # digits type digits
    qtbot.waitUntil(lambda: _db_text(store, interview_id).endswith("42 kids sing."), timeout=5000)
    assert _db_text(store, interview_id) == TEXT + " Then 42 kids sing."
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)
    qtbot.wait(50)
    assert not editor._dirty and not editor._timer.isActive()  # a save does not cause another


def test_coding_key_codes_code_points_and_highlights(qtbot, editor, store, interview_id):
    start, end = _select_words(editor, "radio school")
    qtbot.keyClick(editor.text, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    (coding,) = _live(store, interview_id)
    assert (coding.start, coding.end, coding.quote) == (start, end, "radio school")
    assert TEXT[coding.start : coding.end] == "radio school"
    assert coding.theme_id == editor.pins[1] and coding.coder == "tester"
    offsets = OffsetMap(TEXT)
    span = (offsets.to_utf16(start), offsets.to_utf16(end))
    assert span != (start, end)  # the emoji before it count twice in Qt
    qtbot.waitUntil(lambda: _highlighted(editor) == [span], timeout=5000)
    selection = editor.text.extraSelections()[0]
    assert selection.format.background().color().name() != "#000000"
    assert editor.panel.count() == 1 and "radio school" in editor.panel.item(0).text()
    assert editor.text.toPlainText() == TEXT  # Alt+1 typed nothing


def test_undo_removes_the_coding_and_redo_brings_it_back(qtbot, editor, store, interview_id):
    _select_words(editor, "children")
    qtbot.keyClick(editor.text, Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not _live(store, interview_id), timeout=5000)
    qtbot.waitUntil(lambda: not editor.text.extraSelections(), timeout=5000)
    assert editor.text.toPlainText() == TEXT  # text untouched by the coding undo
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    assert _live(store, interview_id)[0].quote == "children"


def test_text_and_coding_undo_share_one_history(qtbot, editor, store, interview_id):
    _type_at(qtbot, editor, 0, "Hi ")
    editor.save_now()
    _select_words(editor, "walk")
    qtbot.keyClick(editor.text, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)  # the coding first
    qtbot.waitUntil(lambda: not _live(store, interview_id), timeout=5000)
    assert editor.text.toPlainText().startswith("Hi ")
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)  # then the typing
    assert editor.text.toPlainText() == TEXT
    qtbot.waitUntil(lambda: _db_text(store, interview_id) == TEXT, timeout=5000)


def test_edit_before_a_coded_span_moves_the_coding(qtbot, editor, store, interview_id):
    _select_words(editor, "radio school")
    qtbot.keyClick(editor.text, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    _type_at(qtbot, editor, 0, "Hello ")
    qtbot.waitUntil(lambda: _db_text(store, interview_id).startswith("Hello "), timeout=5000)
    (coding,) = _live(store, interview_id)
    assert coding.start == TEXT.index("radio school") + 6 and coding.quote == "radio school"
    text = editor.text.toPlainText()
    offsets = OffsetMap(text)
    span = (offsets.to_utf16(coding.start), offsets.to_utf16(coding.end))
    assert _highlighted(editor) == [span]


def test_palette_type_ahead_codes_with_the_chosen_theme(qtbot, editor, store, interview_id):
    _select_words(editor, "every morning")
    qtbot.keyClick(editor.text, Qt.Key.Key_K, CTRL)
    palette = editor.palette_dialog
    assert palette is not None and palette.isVisible()
    qtbot.keyClicks(palette.filter, "trust rel")
    assert palette.list.count() >= 1
    qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    (coding,) = _live(store, interview_id)
    assert coding.quote == "every morning"
    chosen = next(t for t in editor.record.themes if t.id == coding.theme_id)
    assert chosen.name == "Trust and relationships"


def test_removing_a_coding_from_the_panel_and_undoing_it(qtbot, editor, store, interview_id):
    with store.write() as session:
        codings.code_text(
            session,
            record_id=interview_id,
            theme="Trust and relationships",
            start=40,
            end=45,
            memo="why",
        )
    editor.open_record(interview_id)
    assert len(editor.panel.coding_ids()) == 1
    editor.panel.setCurrentRow(0)
    qtbot.keyClick(editor.panel, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not _live(store, interview_id), timeout=5000)
    qtbot.waitUntil(lambda: editor.panel.coding_ids() == [], timeout=5000)
    editor.history.undo()  # re-creates it with its memo
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    (coding,) = _live(store, interview_id)
    assert (coding.start, coding.end, coding.memo) == (40, 45, "why")


def test_overlapping_codings_stay_visible_and_hover_names_them(qtbot, editor, store, interview_id):
    start = TEXT.index("radio school")
    with store.write() as session:
        codings.code_text(
            session,
            record_id=interview_id,
            theme="Trust and relationships",
            start=start,
            end=start + 12,
            memo="they trust the radio",
        )
        codings.code_text(
            session,
            record_id=interview_id,
            theme="Digital access",
            start=start + 6,
            end=start + 12,
        )
    editor.open_record(interview_id)
    first, second = editor.text.extraSelections()
    assert first.format.background().style() != Qt.BrushStyle.NoBrush
    assert not first.format.fontUnderline()
    assert second.format.fontUnderline()  # the overlapping one is drawn as an underline
    assert second.format.background().style() == Qt.BrushStyle.NoBrush
    pos = OffsetMap(TEXT).to_utf16(start + 8)  # inside "school": both codings
    tip = editor.text.tooltip_for(editor.text.codings_at(pos))
    assert "Trust and relationships" in tip and "Digital access" in tip
    assert "they trust the radio" in tip


def test_a_failed_save_shows_a_message_and_keeps_the_text(qtbot, editor, store, interview_id):
    with store.write() as session:
        records.delete_row(session, session.get(Interview, interview_id))
    _type_at(qtbot, editor, 0, "Lost? ")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.banner.isVisible(), timeout=5000)
    assert "no interview" in editor.banner.text() and "Traceback" not in editor.banner.text()
    assert editor.text.toPlainText() == "Lost? " + TEXT


def test_alt_digit_without_a_selection_codes_nothing(qtbot, editor, store, interview_id):
    qtbot.keyClick(editor.text, Qt.Key.Key_3, ALT)
    assert editor.text.toPlainText() == TEXT
    assert not editor.queue.busy() and not _live(store, interview_id)


def test_a_theme_dropped_from_the_codebook_codes_the_selection(qtbot, editor, store, interview_id):
    start, end = _select_words(editor, "walk")
    theme = editor.record.themes[3]
    mime = QMimeData()
    mime.setData(THEME_MIME, theme.id.encode())
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.text.dropEvent(drop)
    qtbot.waitUntil(lambda: len(_live(store, interview_id)) == 1, timeout=5000)
    (coding,) = _live(store, interview_id)
    assert (coding.theme_id, coding.start, coding.end) == (theme.id, start, end)
    assert editor.text.toPlainText() == TEXT  # nothing was inserted by the drop


def test_memo_edit_is_saved_and_shown(qtbot, editor, store, interview_id):
    with store.write() as session:
        coding_id = codings.code_text(
            session, record_id=interview_id, theme="Trust and relationships", start=40, end=45
        ).id
    editor.open_record(interview_id)
    editor.set_memo(coding_id, "ask again in June")
    qtbot.waitUntil(lambda: _live(store, interview_id)[0].memo == "ask again in June", timeout=5000)
    qtbot.waitUntil(lambda: "ask again in June" in editor.panel.item(0).text(), timeout=5000)


def test_go_to_offset_counts_code_points(editor):
    offset = TEXT.index("radio")
    editor.go_to_offset(offset)
    cursor = editor.text.textCursor()
    assert cursor.position() == OffsetMap(TEXT).to_utf16(offset)
    assert cursor.position() == offset + 3  # three emoji before it take two positions each
    assert not cursor.hasSelection()


def test_closing_the_window_saves_the_last_typing(qtbot, store, interview_id):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.editor.open_record(interview_id)
    _type_at(qtbot, window.editor, 0, "Last words. ")
    window.close()  # well before the autosave delay
    assert _db_text(store, interview_id) == "Last words. " + TEXT


def test_typing_does_not_drop_references_to_none(qtbot, editor):
    # PySide6 6.12 on Python 3.11 drops a reference to None on each call of a Qt method that
    # returns nothing; per keystroke the editor must make no such call (else: a crash after
    # some ten thousand keystrokes). On Python >= 3.12 None is immortal and this holds anyway.
    cursor_end = len(editor.text.toPlainText().encode("utf-16-le")) // 2
    _type_at(qtbot, editor, cursor_end, "")
    # Work on other threads moves None's count too: opening the record started background
    # loads (the audio strip lists its tracks on the thread pool). Let them end and their
    # callbacks run, so only the typing below is counted.
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(20)
    assert pool.activeThreadCount() == 0
    gc.collect()  # garbage left by earlier tests, freed mid-loop, would release Nones too
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    editor.text, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
                )
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert editor.text.toPlainText().endswith("a" * 200)
    assert after - before > -20
