"""Whole-record tags and memos in the record editor, and the text it saves (no-break spaces)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.storage.memos import memos_for
from fieldkit.storage.models import Interview, Theme
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.operations import operations_for

TEXT = "The children walk to the radio school every morning."


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
    widget.resize(1100, 600)
    widget.show()
    widget.open_record(interview_id)
    yield widget
    qtbot.waitUntil(lambda: not widget.queue.busy(), timeout=10_000)


def _tag_names(store: Store, record_id: str) -> list[str]:
    with store.read() as session:
        names = []
        for tag in codings.tags_for(session, record_id=record_id):
            theme = session.get(Theme, tag.theme_id)
            assert theme is not None
            names.append(theme.name)
        return sorted(names)


def test_add_a_tag_by_typing_with_completion_and_remove_it(qtbot, editor, store, interview_id):
    tags = editor.tags
    changes: list[Changes] = []
    operations_for(editor, store).changed.connect(changes.append)
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "digital acc")  # part of the name, any case
    prefix = tags.completer.completionPrefix()
    assert prefix == "digital acc" and tags.completer.completionCount() >= 1
    assert tags.completer.currentCompletion() == "Digital access"
    popup = tags.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the suggestion, chosen with the keyboard
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _tag_names(store, interview_id) == ["Digital access"], timeout=5000)
    qtbot.waitUntil(lambda: tags.theme_names() == ["Digital access"], timeout=5000)
    assert tags.input.text() == "" and any(c.touches_id("tags", interview_id) for c in changes)
    chip = tags.chips[tags.tags[0].theme_id]
    assert chip.text().startswith("Digital access") and "×" in chip.text()
    # the exact name, typed and Enter: a second tag; a repeated one changes nothing
    qtbot.keyClicks(tags.input, "Trust and relationships")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(tags.tags) == 2, timeout=5000)
    tags.add_by_name("trust AND relationships")
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)
    assert _tag_names(store, interview_id) == ["Digital access", "Trust and relationships"]
    # × removes
    chip = tags.chips[next(t.theme_id for t in tags.tags if t.theme_name == "Digital access")]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: _tag_names(store, interview_id) == ["Trust and relationships"], timeout=5000
    )
    qtbot.waitUntil(lambda: tags.theme_names() == ["Trust and relationships"], timeout=5000)
    # a word that is not a theme: declined, it tags nothing and says why
    offered: list[str] = []
    tags.ask_create = lambda name: offered.append(name) or False
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "Fishing nets")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    assert offered == ["Fishing nets"] and "“Fishing nets” is not a theme" in tags.hint
    assert not editor.queue.busy() and len(tags.tags) == 1
    # accepted: it becomes a theme of the codebook and tags the record, in one step
    tags.ask_create = lambda name: True
    tags.input.selectAll()
    qtbot.keyClicks(tags.input, "Radio")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: _tag_names(store, interview_id) == ["Radio", "Trust and relationships"],
        timeout=5000,
    )
    qtbot.waitUntil(lambda: "Radio" in tags.theme_names(), timeout=5000)
    assert any(c.themes and c.touches_id("tags", interview_id) for c in changes)
    tags.remove(next(t.theme_id for t in tags.tags if t.theme_name == "Radio"))
    qtbot.waitUntil(lambda: len(tags.tags) == 1, timeout=5000)
    # reopening shows the saved tags
    editor.open_record(interview_id)
    assert tags.theme_names() == ["Trust and relationships"]


def test_add_and_edit_a_memo(qtbot, editor, store, interview_id):
    memos = editor.memos
    assert memos.list.count() == 0 and not memos.edit_button.isEnabled()
    memos.add_button.click()
    dialog = memos.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.save_button.click()  # empty: refused, the dialog stays open
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "memo is empty" in dialog.error_label.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Follow up")
    qtbot.keyClicks(dialog.body, "Ask the head teacher about the radio schedule.")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert memos.list.count() == 1
    assert memos.list.item(0).text().startswith("Follow up\ntester")
    with store.read() as session:
        (memo,) = memos_for(session, target_id=interview_id)
    assert (memo.title, memo.author, memo.target_type) == ("Follow up", "tester", "interview")
    assert memo.body == "Ask the head teacher about the radio schedule."
    # edit it (double-click)
    memos.list.setCurrentRow(0)
    memos.open_current()
    dialog = memos.dialog
    assert dialog.body.toPlainText() == memo.body
    dialog.body.selectAll()
    qtbot.keyClicks(dialog.body, "Asked: Tuesdays at 10.")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    with store.read() as session:
        (memo,) = memos_for(session, target_id=interview_id)
    assert memo.body == "Asked: Tuesdays at 10." and memo.title == "Follow up"
    assert memos.list.item(0).toolTip() == "Asked: Tuesdays at 10."


def test_no_break_spaces_and_line_breaks_are_saved_as_seen(qtbot, editor, store, interview_id):
    pasted = "Maître\u00a0: « Bonjour\u00a0! »\nÉlève\u00a0: 50\u00a0% des enfants 🙂 écoutent."
    editor.text.selectAll()
    QApplication.clipboard().setText(pasted)
    editor.text.paste()
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # U+2028
    qtbot.keyClicks(editor.text, "Fin")
    expected = pasted + "\nFin"
    assert editor.text.toPlainText() == expected
    editor.save_now()

    def saved() -> str:
        with store.read() as session:
            row = session.get(Interview, interview_id)
            assert row is not None
            return row.transcript

    qtbot.waitUntil(lambda: saved() == expected, timeout=5000)
    editor.open_record(interview_id)  # reload from the database: the same characters
    assert editor.text.toPlainText() == expected
    assert editor.text.document().toRawText().count("\u00a0") == 4


def test_delete_a_memo_after_confirming(qtbot, editor, store, interview_id):
    from fieldkit.storage.memos import add_memo

    with store.write() as session:
        add_memo(session, target_id=interview_id, body="keep me")
        add_memo(session, target_id=interview_id, body="wrong record")
    editor.open_record(interview_id)
    memos = editor.memos
    memos.list.setCurrentRow(1)

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            assert "wrong record" in box.text()
            box.button(button).click()
        else:
            QTimer.singleShot(20, lambda: answer(button))

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    memos.delete_button.click()
    assert not editor.queue.busy() and memos.list.count() == 2
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    memos.delete_button.click()
    qtbot.waitUntil(lambda: memos.list.count() == 1, timeout=5000)
    with store.read() as session:
        assert [m.body for m in memos_for(session, target_id=interview_id)] == ["keep me"]


def test_a_memo_carries_the_researchers_own_name_not_the_login(
    qtbot, store, interview_id, monkeypatch
):
    from fieldkit.settings import Settings
    from fieldkit.ui.author import use_data_dir
    from fieldkit.ui.main_window import MainWindow

    monkeypatch.delenv("FIELDKIT_USER")
    settings = Settings.load(store.data_dir)
    settings.display_name = "Amina Odhiambo"
    settings.save(store.data_dir)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    try:
        editor = window.editor
        editor.open_record(interview_id)
        editor.memos.add_button.click()
        dialog = editor.memos.dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.body, "Radio lessons start at ten.")
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            dialog.save_button.click()
        with store.read() as session:
            (memo,) = memos_for(session, target_id=interview_id)
        assert memo.author == "Amina Odhiambo"
        qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=10_000)
    finally:
        use_data_dir(None)
