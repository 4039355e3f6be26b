from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt, QThreadPool
from sqlmodel import select

from fieldkit.demo import generate
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Coding, Interview, Observation
from fieldkit.storage.text_direction import display_quote
from fieldkit.ui.review.review_chart import ROW_HEIGHT
from fieldkit.ui.review.window import ReviewWindow


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[ReviewWindow]:
    generate(store, scale="small")
    with store.read() as session:
        study_id = records.list_studies(session)[0].id
    review = ReviewWindow(store, study_id)
    qtbot.addWidget(review)
    review.resize(1280, 720)
    review.show()
    qtbot.waitUntil(lambda: bool(review.chart.bars) and review.matrix_model.rowCount() > 0)
    yield review
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


def test_clicking_a_bar_lists_its_passages_and_opens_one(
    qtbot, window: ReviewWindow, store: Store
) -> None:
    bars = window.chart.bars
    assert bars == tuple(sorted(bars, key=lambda b: (-b.count, b.name.lower())))
    window.grab().save("/tmp/review_profile.png")
    qtbot.mouseClick(window.chart, Qt.MouseButton.LeftButton, pos=QPoint(200, 4 + ROW_HEIGHT // 2))
    # One row per coded span (a span coded twice is listed once); tags count like passages:
    # a tagged record is listed as the whole record.
    qtbot.waitUntil(lambda: 0 < window.passages.topLevelItemCount() <= bars[0].count)
    count = window.passages.topLevelItemCount()
    items = [window.passages.topLevelItem(i) for i in range(count)]
    item = next(i for i in items if i.text(0) != "(the whole record is tagged)")
    with qtbot.waitSignal(window.open_passage) as signal:
        window.passages.itemActivated.emit(item, 0)
    record_type, record_id, case_id, offset, end = signal.args
    assert case_id == window.case_choice.currentData()
    model = Interview if record_type == "interview" else Observation
    with store.read() as session:
        text = session.get(model, record_id)
        body = text.transcript if record_type == "interview" else text.description
        codings = session.exec(select(Coding).where(Coding.target_id == record_id)).all()
    assert any(
        (c.start, c.end) == (offset, end) and c.theme_id == bars[0].theme_id for c in codings
    )
    assert item.text(0) == display_quote(body[offset:end])  # the whole quote, in its direction


def test_keyboard_picks_a_bar(qtbot, window: ReviewWindow) -> None:
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.chart.bar_activated) as signal:
        qtbot.keyClick(window.chart, Qt.Key.Key_Return)
    assert signal.args == [window.chart.bars[1].theme_id]


def test_heat_map_cell_lists_that_case_and_theme(qtbot, window: ReviewWindow) -> None:
    model = window.matrix_proxy
    window.tabs.setCurrentIndex(1)
    cells = [  # the cases' cells; the last column sums them
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount() - 1)
        if _cell(window, model.index(r, c))[2] > 0
    ]
    assert cells
    index = max(cells, key=lambda i: _cell(window, i)[2])
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    empty = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if _cell(window, model.index(r, c))[2] == 0
    )
    assert model.data(empty, Qt.ItemDataRole.DisplayRole) == ""
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == str(_cell(window, index)[2])
    window.heatmap.clicked.emit(index)
    qtbot.waitUntil(lambda: 0 < window.passages.topLevelItemCount() <= _cell(window, index)[2])
    window.grab().save("/tmp/review_matrix.png")


def _cell(window: ReviewWindow, index):
    return window.matrix_model.cell(window.matrix_proxy.mapToSource(index))


def test_window_review_menu_opens_and_passage_selects_record(qtbot, store: Store) -> None:
    from fieldkit.ui.main_window import ROLE_ID, MainWindow

    generate(store, scale="small")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    main.open_review()
    review = main.review
    qtbot.waitUntil(lambda: bool(review.chart.bars), timeout=5000)
    review.chart._activate(0)
    qtbot.waitUntil(lambda: review.passages.topLevelItemCount() > 0, timeout=5000)
    passage = review.passages.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)
    review.passages.itemActivated.emit(review.passages.topLevelItem(0), 0)
    assert main.navigator.currentIndex().data(ROLE_ID) == passage.record_id
    review.close()
    main.close()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(50)
