"""Time marks drawn beside codings; text replaced in place; the navigator kept across a refresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPlainTextEdit

from fieldkit.storage import codings, records
from fieldkit.storage.conflicts import conflicts
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.storage.themes import add_theme
from fieldkit.ui.audio.audio_panel import _contrast
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.editor.text_in_place import map_point, replace_text_in_place
from fieldkit.ui.main_window import ROLE_ID, MainWindow

SHOTS = Path("/tmp")
TEXT = "[00:05] The children walk to the radio school.\n[01:10] Teachers [00:07] listen too."


def _ids(store: Store) -> tuple[str, str, str, str]:
    """(study, case, interview, observation)"""
    with store.write() as s:
        study = records.create_study(s, name="Pilot")
        case = records.create_case(s, study_id=study.id, title="Radio school")
        other = records.create_case(s, study_id=study.id, title="Hill school")
        records.add_interview(s, case_id=other.id, date="2024-05-02", title="Elsewhere")
        interview = records.add_interview(
            s, case_id=case.id, date="2024-05-01", title="Head teacher", transcript=TEXT
        )
        observation = records.add_observation(
            s, case_id=case.id, date="2024-05-01", description="A note at [00:05] of the day."
        )
        add_theme(s, study_id=study.id, name="Access", color="#2e7d32")
        start = TEXT.index("[00:05] The children")
        codings.code_text(s, record_id=interview.id, theme="Access", start=start, end=start + 20)
        return study.id, case.id, interview.id, observation.id


def _editor(qtbot: Any, store: Store) -> RecordEditor:
    editor = RecordEditor(store)
    qtbot.addWidget(editor)
    editor.resize(900, 420)
    editor.show()
    return editor


def test_time_marks_are_drawn_beside_the_codings(qtbot: Any, store: Store) -> None:
    _study, _case, interview_id, observation_id = _ids(store)
    editor = _editor(qtbot, store)
    editor.open_record(interview_id)
    marks = [(0, 7), (TEXT.index("[01:10]"), TEXT.index("[01:10]") + 7)]
    marks.append((TEXT.index("[00:07]"), TEXT.index("[00:07]") + 7))
    assert sorted(editor.text.decorations()) == sorted(marks)
    selections = editor.text.extraSelections()
    assert len(selections) == 4  # three marks and the coding: the coding still shows
    coding = selections[0]  # codings first, marks drawn over them
    assert (coding.cursor.selectionStart(), coding.cursor.selectionEnd()) == (0, 20)
    link = editor.text.palette().color(QPalette.ColorRole.Link)
    mark = selections[-1].format
    assert mark.foreground().color() == link
    assert mark.underlineStyle() != mark.UnderlineStyle.NoUnderline
    editor.grab().save(str(SHOTS / "editor_time_marks.png"))

    # A mark typed by hand is drawn once the typing pauses; one deleted goes.
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    qtbot.keyClicks(editor.text, " [02:30] end")
    qtbot.waitUntil(lambda: len(editor.text.decorations()) == 4, timeout=3000)
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)

    # An observation's text is not a transcript: nothing is drawn.
    editor.open_record(observation_id)
    assert editor.text.decorations() == []
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)


def test_time_marks_stay_readable_in_a_dark_palette(qtbot: Any, store: Store) -> None:
    _study, _case, interview_id, _obs = _ids(store)
    editor = _editor(qtbot, store)
    editor.open_record(interview_id)
    dark = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Link, "#0000ff"),  # Qt's default blue: unreadable on dark grey
    ):
        dark.setColor(role, QColor(color))
    editor.setPalette(dark)
    qtbot.waitUntil(
        lambda: editor.text.palette().color(QPalette.ColorRole.Base) == QColor("#1e1e1e")
    )
    selections = editor.text.extraSelections()
    shown = selections[-1].format.foreground().color()
    assert shown != QColor("#0000ff")
    assert _contrast(shown, QColor("#1e1e1e")) >= 4.5
    coding = selections[0].format.background().color()
    assert coding.lightnessF() < 0.4  # the coding's tint is blended into the dark base
    editor.grab().save(str(SHOTS / "editor_time_marks_dark.png"))
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)


def test_map_point_and_replacing_text_in_place(qtbot: Any) -> None:
    regions = [(2, 4, 2, 7), (10, 10, 13, 15)]  # "cd" became 5 chars; 2 chars inserted at 10
    assert map_point(regions, 1) == 1
    assert map_point(regions, 3) == 3  # inside a replaced stretch
    assert map_point(regions, 4) == 7
    assert map_point(regions, 10) == 15  # text inserted right at a point comes before it
    assert map_point([], 5) == 5

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    lines = [f"line {n} 😀" for n in range(60)]  # astral characters: UTF-16 ≠ code points
    edit.setPlainText("\n".join(lines))
    edit.resize(300, 200)
    edit.show()
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().findBlockByNumber(40).position() + 3)
    edit.setTextCursor(cursor)
    edit.verticalScrollBar().setValue(30)
    top = edit.firstVisibleBlock().text()
    assert not replace_text_in_place(edit, edit.toPlainText())
    new = "\n".join(["new 😀"] * 7 + lines[:35] + lines[36:])
    assert replace_text_in_place(edit, new)
    assert edit.toPlainText() == new
    assert edit.firstVisibleBlock().text() == top
    assert edit.textCursor().block().text() == "line 40 😀"
    assert edit.textCursor().positionInBlock() == 3
    assert not edit.document().isUndoAvailable()  # a teammate's text is not undone by Ctrl+Z


def test_a_refresh_keeps_the_open_cases_the_selection_and_the_typing(
    qtbot: Any, store: Store
) -> None:
    _study, case_id, interview_id, _obs = _ids(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_record(interview_id, case_id)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.record is not None)
    qtbot.keyClicks(editor.text, "Typed: ")
    typed = editor.text.toPlainText()
    cases = {
        window.nav_model.item(0).child(r).data(ROLE_ID): window.nav_model.item(0).child(r)
        for r in range(window.nav_model.item(0).rowCount())
    }
    assert len(cases) == 2

    window.ops.announce(Changes.all())  # changed outside the window: every view follows

    current = window.nav_model.itemFromIndex(window.navigator.currentIndex())
    assert current is not None and current.data(ROLE_ID) == interview_id
    study = window.nav_model.item(0)
    expanded = {
        study.child(r).data(ROLE_ID): window.navigator.isExpanded(study.child(r).index())
        for r in range(study.rowCount())
    }
    assert expanded == {cid: cid == case_id for cid in cases}  # the other case stays closed
    assert editor.text.toPlainText() == typed  # not reopened over the typing
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)
    with store.read() as s:
        row = s.get(Interview, interview_id)
        assert row is not None and row.transcript == typed  # saved, on its own base:
        assert conflicts(s) == []  # no conflict
