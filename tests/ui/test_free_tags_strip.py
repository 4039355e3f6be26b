"""A free word typed in the tag strip: kept as a free-word tag (the question answered by keys),
shown apart from theme tags, offered again, removed by its chip; no theme is made."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import free_tags_for, make_theme_of_word
from fieldkit.storage.themes import theme_tree
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.operations import operations_for


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        first = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher", transcript="Hi."
        )
        second = records.add_interview(
            session, case_id=case.id, date="2024-05-02", title="Parent", transcript="Hello."
        )
        return {"study": study.id, "first": first.id, "second": second.id}


@pytest.fixture
def editor(qtbot, store: Store, ids) -> Iterator[RecordEditor]:
    widget = RecordEditor(store)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.open_record(ids["first"])
    yield widget
    qtbot.waitUntil(lambda: not widget.queue.busy(), timeout=10_000)


def _words(store: Store, record_id: str) -> list[str]:
    with store.read() as session:
        return [t.word for t in free_tags_for(session, record_id=record_id)]


def _theme_names(store: Store, study_id: str) -> set[str]:
    with store.read() as session:
        return {t.theme.name for t in theme_tree(session, study_id=study_id)}


def _answer(qtbot, key: Qt.Key, seen: list[str]) -> None:
    """Answer the "not a theme" question with a key once it is open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_typing_a_free_word_tags_the_record_without_a_theme(qtbot, editor, store, ids):
    tags = editor.tags
    changes: list[Changes] = []
    operations_for(editor, store).changed.connect(changes.append)
    themes_before = _theme_names(store, ids["study"])
    seen: list[str] = []
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "radio")
    _answer(qtbot, Qt.Key.Key_Return, seen)  # Enter: the default, "Tag as a free word"
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    assert seen and "“radio” is not a theme" in seen[0]
    qtbot.waitUntil(lambda: _words(store, ids["first"]) == ["radio"], timeout=5000)
    qtbot.waitUntil(lambda: tags.free_words() == ["radio"], timeout=5000)
    assert _theme_names(store, ids["study"]) == themes_before  # the codebook did not grow
    assert tags.input.text() == "" and any(c.touches_id("tags", ids["first"]) for c in changes)
    chip = tags.chips["free:radio"]
    assert chip.text() == "\u2066#radio\u2069  ×"  # isolated: reads "#radio" in Arabic too
    assert "not a codebook theme" in chip.toolTip()
    assert "dashed" in chip.styleSheet()
    # A theme tag beside it keeps its coloured chip.
    qtbot.keyClicks(tags.input, "Digital access")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tags.theme_names() == ["Digital access"], timeout=5000)
    assert "dashed" not in tags.chips[tags.tags[0].theme_id].styleSheet()

    # On another record the word is a suggestion and tags at once: no question again.
    editor.open_record(ids["second"])
    assert "radio" in tags.completer.model().stringList()
    seen.clear()
    qtbot.keyClicks(tags.input, "RADIO")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _words(store, ids["second"]) == ["radio"], timeout=5000)
    assert seen == []

    # Escape cancels the question: nothing tagged, the hint says why.
    _answer(qtbot, Qt.Key.Key_Escape, seen)
    qtbot.keyClicks(tags.input, "generator")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    assert "“generator” is not a theme" in tags.hint
    assert not editor.queue.busy() and _words(store, ids["second"]) == ["radio"]

    # The chip's × removes the free tag.
    qtbot.mouseClick(tags.chips["free:radio"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _words(store, ids["second"]) == [], timeout=5000)
    qtbot.waitUntil(lambda: tags.free_words() == [], timeout=5000)
    editor.open_record(ids["first"])  # reopening shows the saved tags
    assert tags.free_words() == ["radio"] and tags.theme_names() == ["Digital access"]

    # The word made a theme elsewhere (the codebook, a sync): the open strip follows at once.
    with store.write() as session:
        theme = make_theme_of_word(session, study_id=ids["study"], word="radio")
        theme_id = theme.id
    editor.on_changes(Changes.of(themes=theme_id, tags=ids["first"]))  # as the window does
    qtbot.waitUntil(lambda: tags.free_words() == [], timeout=5000)
    assert sorted(tags.theme_names()) == ["Digital access", "radio"]
