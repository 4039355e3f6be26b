from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThreadPool

from fieldkit.demo import generate
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.ui.search.search_dock import SearchDock
from fieldkit.ui.search.search_results import snippet_html


@pytest.fixture
def demo_store(store: Store) -> Store:
    generate(store, scale="small")
    return store


def _study_id(store: Store) -> str:
    with store.read() as session:
        return records.list_studies(session)[0].id


@pytest.fixture(autouse=True)
def _settle(qtbot, store: Store) -> Iterator[None]:
    yield
    # Let searches still running finish before the store closes.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


def _dock(qtbot, store: Store) -> SearchDock:
    dock = SearchDock(store)
    qtbot.addWidget(dock)
    dock.set_study(_study_id(store))
    qtbot.waitUntil(lambda: dock.case_filter.count() > 1)
    dock.resize(420, 600)
    dock.show()
    return dock


def _search(qtbot, dock: SearchDock, text: str) -> None:
    dock.query.setText(text)
    qtbot.waitUntil(
        lambda: dock.status.text() not in ("", "Searching…") and not dock._timer.isActive(),
        timeout=5000,
    )


def test_snippet_html_escapes_and_bolds() -> None:
    out = snippet_html("a <b>&x \x02hit\x03 \x02two\x03 …")
    assert out == "a &lt;b&gt;&amp;x <b>hit</b> <b>two</b> …"


def test_typing_shows_results_with_bold_hits(qtbot, demo_store: Store) -> None:
    dock = _dock(qtbot, demo_store)
    _search(qtbot, dock, "teacher")
    hits = dock.hits()
    assert hits, dock.status.text()
    html = dock.model.item(0).data(Qt.ItemDataRole.UserRole + 2)
    assert "<b>" in html.split("<br>", 1)[1]
    assert "result" in dock.status.text()
    dock.grab().save("/tmp/search_dock.png")


@pytest.mark.parametrize("query", ['"', "NEAR(", "💡", "title:x OR -", "\x00", '"unclosed'])
def test_nasty_queries_give_results_or_nothing_found(qtbot, demo_store: Store, query) -> None:
    dock = _dock(qtbot, demo_store)
    _search(qtbot, dock, query)
    status = dock.status.text()
    assert status == "Nothing found." or "result" in status, status


def test_newer_query_supersedes_older(qtbot, demo_store: Store) -> None:
    dock = _dock(qtbot, demo_store)
    dock.query.setText("teacher")
    dock._timer.stop()
    dock._start_search()  # an older search in flight
    _search(qtbot, dock, "zzzznotaword")
    qtbot.wait(300)
    assert dock.status.text() == "Nothing found."
    assert dock.model.rowCount() == 0


def test_enter_emits_open_record_at_the_hit(qtbot, demo_store: Store) -> None:
    dock = _dock(qtbot, demo_store)
    dock.type_filter.setCurrentIndex(dock.type_filter.findData("interview"))
    _search(qtbot, dock, "teacher")
    hit = dock.hits()[0]
    dock.results.setFocus()
    dock.results.setCurrentIndex(dock.model.index(0, 0))
    with qtbot.waitSignal(dock.open_record, timeout=5000) as signal:
        qtbot.keyClick(dock.results, Qt.Key.Key_Return)
    record_type, record_id, offset = signal.args
    assert (record_type, record_id) == ("interview", hit.record_id)
    with demo_store.read() as session:
        transcript = session.get(Interview, record_id).transcript
    assert transcript[offset : offset + 7].lower() == "teacher"


def test_filters_narrow_results(qtbot, demo_store: Store) -> None:
    dock = _dock(qtbot, demo_store)
    _search(qtbot, dock, "school")
    everything = dock.hits()
    assert {h.record_type for h in everything} > {"interview"}
    dock.type_filter.setCurrentIndex(dock.type_filter.findData("interview"))
    _search(qtbot, dock, "school")
    assert dock.hits() and {h.record_type for h in dock.hits()} == {"interview"}
    case_id = dock.case_filter.itemData(1)
    dock.case_filter.setCurrentIndex(1)
    _search(qtbot, dock, "school")
    assert {h.case_id for h in dock.hits()} <= {case_id}
    assert len(dock.hits()) < len(everything)
    dock.theme_filter.setCurrentIndex(1)
    _search(qtbot, dock, "school")
    assert len(dock.hits()) <= len(everything)


def test_window_selects_the_record_of_a_hit(qtbot, demo_store: Store) -> None:
    from fieldkit.ui.main_window import ROLE_ID, MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    dock = window.search_dock
    qtbot.waitUntil(lambda: dock.case_filter.count() > 1)
    qtbot.waitUntil(lambda: window.codebook_model.rowCount() > 0)
    dock.type_filter.setCurrentIndex(dock.type_filter.findData("interview"))
    _search(qtbot, dock, "teacher")
    hit = dock.hits()[0]
    dock.results.setCurrentIndex(dock.model.index(0, 0))
    with qtbot.waitSignal(dock.open_record, timeout=5000):
        dock.results.activated.emit(dock.model.index(0, 0))
    current = window.navigator.currentIndex()
    assert current.data(ROLE_ID) == hit.record_id
    assert current.parent().data(ROLE_ID) == hit.case_id
    qtbot.wait(100)
    window.grab().save("/tmp/window.png")
    window.close()  # the editor saves on close: let that finish while the window exists
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(50)
