"""Coded passages can always be found again (#11 item 6): a theme alone lists its passages,
the codebook shows them, and a double-click opens the record with the passage selected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThreadPool

from fieldkit.demo import generate
from fieldkit.storage import codings, records, review, themes
from fieldkit.storage.db import Store
from fieldkit.storage.models import Theme
from fieldkit.storage.text_direction import display_quote
from fieldkit.ui.codebook.codebook_model import ROLE_THEME_ID
from fieldkit.ui.editor.offsets import OffsetMap
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.search.search_dock import SearchDock
from fieldkit.ui.search.search_results import ROLE_HTML


@pytest.fixture
def demo_store(store: Store) -> Store:
    generate(store, scale="small")
    return store


@pytest.fixture(autouse=True)
def _settle(qtbot, store: Store) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


def _settled(qtbot, dock: SearchDock) -> None:
    qtbot.waitUntil(
        lambda: dock.status.text() not in ("", "Searching…") and not dock._timer.isActive(),
        timeout=5000,
    )


def _double_click(qtbot, widget, pos) -> None:
    # A view acts on a double-click only on the item pressed first, as a real one does.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _busiest_theme(store: Store) -> tuple[str, str, int]:
    with store.read() as session:
        study_id = records.list_studies(session)[0].id
        matrix = review.study_matrix(session, study_id=study_id)
        own = [sum(row[t] for row in matrix.counts) for t in range(len(matrix.themes))]
        best = max(range(len(own)), key=own.__getitem__)
        theme = session.get(Theme, matrix.themes[best].theme_id)
        return theme.id, theme.name, own[best]


def test_a_theme_alone_lists_every_passage_coded_with_it(qtbot, demo_store: Store) -> None:
    theme_id, name, count = _busiest_theme(demo_store)
    dock = SearchDock(demo_store)
    qtbot.addWidget(dock)
    with demo_store.read() as session:
        dock.set_study(records.list_studies(session)[0].id)
    qtbot.waitUntil(lambda: dock.theme_filter.count() > 1)
    dock.show()
    dock.theme_filter.setFocus()
    dock.theme_filter.setCurrentIndex(dock.theme_filter.findData(theme_id))  # no words typed
    _settled(qtbot, dock)
    passages = dock.passages()
    assert 0 < len(passages) <= count  # each coded span once
    assert len({(p.record_id, p.start, p.end) for p in passages}) == len(passages)
    assert name in dock.status.text() and "passage" in dock.status.text()
    row, quoted = next((i, p) for i, p in enumerate(passages) if p.unit == "char")
    first = dock.model.item(row)  # (a tagged record is listed too, as the whole record)
    assert display_quote(quoted.quote) in first.data(ROLE_HTML).replace("&quot;", '"')
    assert quoted.quote.strip()[:20] in first.toolTip()  # the whole quote on hover
    # A theme with nothing coded says so instead of an empty list.
    with demo_store.write() as session:
        study_id = records.list_studies(session)[0].id
        empty = themes.add_theme(session, study_id=study_id, name="Nothing here yet").id
    dock.refresh_options()
    qtbot.waitUntil(lambda: dock.theme_filter.findData(empty) >= 0)
    dock.theme_filter.setCurrentIndex(dock.theme_filter.findData(empty))
    _settled(qtbot, dock)
    assert dock.model.rowCount() == 0
    assert "No passage is coded with “Nothing here yet”" in dock.status.text()


def test_codebook_shows_passages_and_double_click_opens_the_selection(
    qtbot, demo_store: Store
) -> None:
    theme_id, _name, _count = _busiest_theme(demo_store)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.codebook_model.rowCount() > 0)
    dock = window.codebook_dock
    assert dock.select_theme(theme_id)
    tree = dock.tree
    index = tree.currentIndex()
    assert index.data(ROLE_THEME_ID) == theme_id
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    _double_click(qtbot, tree.viewport(), rect.center())
    search = window.search_dock
    qtbot.waitUntil(lambda: bool(search.passages()), timeout=5000)
    assert search.isVisible() and search.query.text() == ""
    assert search.theme_filter.currentData() == theme_id
    row, passage = next((i, p) for i, p in enumerate(search.passages()) if p.unit == "char")
    results = search.results
    first = search.model.index(row, 0)
    results.scrollTo(first)
    _double_click(qtbot, results.viewport(), results.visualRect(first).center())
    editor = window.editor
    qtbot.waitUntil(
        lambda: editor.record is not None and editor.record.id == passage.record_id, timeout=5000
    )
    cursor = editor.text.textCursor()
    offsets = OffsetMap(editor.text.toPlainText())
    selected = (
        offsets.to_code_point(cursor.selectionStart()),
        offsets.to_code_point(cursor.selectionEnd()),
    )
    assert selected == (passage.start, passage.end)
    assert editor.text.toPlainText()[passage.start : passage.end] == passage.quote
    with demo_store.read() as session:
        live = codings.codings_for(session, record_id=passage.record_id)
    assert any((c.start, c.end, c.theme_id) == (passage.start, passage.end, theme_id) for c in live)
    window.close()


def test_show_theme_of_a_theme_added_since_the_filters_were_filled(qtbot, demo_store: Store):
    dock = SearchDock(demo_store)
    qtbot.addWidget(dock)
    with demo_store.read() as session:
        study_id = records.list_studies(session)[0].id
    dock.set_study(study_id)
    qtbot.waitUntil(lambda: dock.theme_filter.count() > 1)
    with demo_store.write() as session:
        new = themes.add_theme(session, study_id=study_id, name="Power and batteries").id
    dock.show_theme(new)
    qtbot.waitUntil(lambda: dock.theme_filter.currentData() == new)
    assert dock.theme_filter.currentText() == "Power and batteries"
    _settled(qtbot, dock)
    assert "Power and batteries" in dock.status.text()


def test_double_click_on_a_review_passage_opens_it_selected(qtbot, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.nav_model.rowCount() > 0)
    window.open_review()
    review = window.review
    qtbot.waitUntil(lambda: bool(review.chart.bars), timeout=5000)
    review.chart.setFocus()
    qtbot.keyClick(review.chart, Qt.Key.Key_Return)
    tree = review.passages
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=5000)
    item = next(
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole + 1).quote.strip()
    )
    passage = item.data(0, Qt.ItemDataRole.UserRole + 1)
    tree.scrollToItem(item)
    _double_click(qtbot, tree.viewport(), tree.visualItemRect(item).center())
    editor = window.editor
    qtbot.waitUntil(
        lambda: editor.record is not None and editor.record.id == passage.record_id, timeout=5000
    )
    cursor = editor.text.textCursor()
    offsets = OffsetMap(editor.text.toPlainText())
    assert offsets.to_code_point(cursor.selectionStart()) == passage.start
    assert offsets.to_code_point(cursor.selectionEnd()) == passage.end
    review.close()
    window.close()


def test_theme_filter_indents_sub_themes_as_the_codebook(qtbot, demo_store: Store):
    dock = SearchDock(demo_store)
    qtbot.addWidget(dock)
    with demo_store.write() as session:
        study_id = records.list_studies(session)[0].id
        parent = themes.add_theme(session, study_id=study_id, name="Energy").id
        child = themes.add_theme(session, study_id=study_id, name="Solar", parent=parent).id
    dock.set_study(study_id)
    qtbot.waitUntil(lambda: dock.theme_filter.findData(child) > 0)
    combo = dock.theme_filter
    assert combo.itemText(combo.findData(parent)) == "Energy"
    assert combo.itemText(combo.findData(child)) == "    Solar"  # one level in
    assert combo.findData(child) == combo.findData(parent) + 1  # right under its parent
    combo.setCurrentIndex(combo.findData(parent))
    _settled(qtbot, dock)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard walks the tree order
    assert combo.currentData() == child
    qtbot.waitUntil(lambda: "“Solar”" in dock.status.text(), timeout=5000)  # no indent quoted
