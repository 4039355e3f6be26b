"""One change signal: a change made in one view shows in the others at once, with no Refresh.

Through the real main window, keys and clicks: a theme created from the Ctrl+K palette codes the
selection and is offered everywhere at once; a theme added in the codebook is found by the
palette and the tag completer and codes by drag and drop; a tag counts in the codebook.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Theme
from fieldkit.ui.changes import Changes
from fieldkit.ui.codebook.codebook_model import COL_TAGS, THEME_MIME
from fieldkit.ui.main_window import MainWindow
from tests.ui.test_case_flow import _codebook_cell

CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "The solar panel charges the radio batteries before the lesson starts."


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Teacher", transcript=TEXT
        )
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.select_record(interview.id, case.id)
    qtbot.waitUntil(lambda: w.editor.record is not None, timeout=5000)
    # the codebook reads the study's themes off the GUI thread: the tests start from what it shows
    qtbot.waitUntil(lambda: bool(_theme_names(w)), timeout=5000)
    yield w
    qtbot.waitUntil(lambda: not w.editor.queue.busy(), timeout=10_000)


def _select(window: MainWindow, words: str) -> None:
    start = TEXT.index(words)  # ASCII text: code points and Qt positions agree
    window.editor.text.setFocus()
    window.editor.text.select_span(start, start + len(words))


def _live_codings(store: Store, record_id: str) -> list[tuple[str, str]]:
    with store.read() as session:
        rows = codings.codings_for(session, record_id=record_id)
        return [(c.quote, session.get(Theme, c.theme_id).name) for c in rows]


def _theme_names(window: MainWindow) -> set[str]:
    return {row.name for row in window.codebook_dock.model.rows.values()}


def test_a_theme_created_in_the_palette_codes_at_once_and_is_offered_everywhere(
    qtbot, window: MainWindow, store: Store
) -> None:
    editor = window.editor
    record_id = editor.record.id
    announced: list[Changes] = []
    window.ops.changed.connect(announced.append)
    _select(window, "radio batteries")
    qtbot.keyClick(editor.text, Qt.Key.Key_K, CTRL)
    palette = editor.palette_dialog
    qtbot.keyClicks(palette.filter, "Power and batteries")
    assert palette.list.currentItem().text() == "Create “Power and batteries”"
    qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: _live_codings(store, record_id) == [("radio batteries", "Power and batteries")],
        timeout=5000,
    )
    assert any(c.themes for c in announced)
    # the codebook shows it, with its count, without any Refresh
    qtbot.waitUntil(lambda: "Power and batteries" in _theme_names(window), timeout=5000)
    # the palette finds it by a part of its name, and it codes again
    _select(window, "solar panel")
    qtbot.keyClick(editor.text, Qt.Key.Key_K, CTRL)
    palette = editor.palette_dialog
    qtbot.keyClicks(palette.filter, "batt")
    assert palette.list.currentItem().text().strip() == "Power and batteries"
    qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_live_codings(store, record_id)) == 2, timeout=5000)
    # the tag completer offers it too
    assert "Power and batteries" in editor.tags.completer.model().stringList()


def test_a_theme_added_in_the_codebook_is_usable_in_the_editor_at_once(
    qtbot, window: MainWindow, store: Store
) -> None:
    dock, editor = window.codebook_dock, window.editor
    record_id = editor.record.id
    dock.ask_text = lambda *a, **k: "Lesson timing"
    dock.tree.setFocus()
    qtbot.keyClick(dock.tree, Qt.Key.Key_N, CTRL)  # the codebook's Add theme
    qtbot.waitUntil(
        lambda: any(t.name == "Lesson timing" for t in editor.record.themes), timeout=5000
    )
    qtbot.waitUntil(lambda: "Lesson timing" in _theme_names(window), timeout=5000)
    # dragged from the codebook onto a selection: it codes (the theme does not vanish)
    theme_id = next(t.id for t in editor.record.themes if t.name == "Lesson timing")
    _select(window, "before the lesson starts")
    mime = QMimeData()
    mime.setData(THEME_MIME, theme_id.encode())
    editor.text.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(
        lambda: _live_codings(store, record_id) == [("before the lesson starts", "Lesson timing")],
        timeout=5000,
    )
    assert "Lesson timing" in _theme_names(window)  # still in the tree


def test_a_tag_added_in_the_editor_counts_in_the_codebook_at_once(
    qtbot, window: MainWindow
) -> None:
    tags = window.editor.tags
    assert _codebook_cell(window, "Digital access", COL_TAGS) == "0"
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "Digital access")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tags.theme_names() == ["Digital access"], timeout=5000)
    qtbot.waitUntil(lambda: _codebook_cell(window, "Digital access", COL_TAGS) == "1", timeout=5000)
