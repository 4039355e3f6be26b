"""The review window reads right (#11 item 9): one colour scale, parent totals, sortable rows,
a window that fits a small laptop screen, Escape, and exports that open elsewhere."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

pytest.importorskip("pytestqt")

import itertools

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor, QImage

from fieldkit.demo import generate
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.review import subtree_totals
from fieldkit.storage.text_direction import display_quote
from fieldkit.ui.review.review_chart import ROW_HEIGHT, heat_color
from fieldkit.ui.review.window import ReviewWindow


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[ReviewWindow]:
    generate(store, scale="small")
    with store.read() as session:
        study_id = records.list_studies(session)[0].id
    review = ReviewWindow(store, study_id)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitUntil(lambda: bool(review.chart.bars) and review.matrix_model.rowCount() > 0)
    yield review
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


def test_subtree_totals_add_sub_themes_to_their_parents() -> None:
    # a (b (c), d), e
    assert subtree_totals([0, 1, 2, 1, 0], [1, 2, 3, 4, 5]) == [10, 5, 3, 4, 5]


def _luminance(color) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return sum(
        w * linear(c) for w, c in zip((0.2126, 0.7152, 0.0722), color.getRgbF()[:3], strict=True)
    )


def test_heat_colour_darkens_with_the_count_whatever_the_theme(window: ReviewWindow) -> None:
    lightness = [_luminance(heat_color(n / 20)) for n in range(21)]
    assert all(a > b for a, b in itertools.pairwise(lightness))
    model = window.matrix_model
    seen: dict[int, float] = {}
    for r in range(model.rowCount()):
        for c in range(model.columnCount() - 1):
            index = model.index(r, c)
            count = model.cell(index)[2]
            if count:
                brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
                seen.setdefault(count, _luminance(brush.color()))
                assert seen[count] == _luminance(brush.color())  # one scale for every row
    counts = sorted(seen)
    assert len(counts) > 2
    assert all(seen[a] > seen[b] for a, b in itertools.pairwise(counts))
    assert window.legend.highest == max(counts)


def test_parent_themes_show_their_totals(window: ReviewWindow) -> None:
    model = window.matrix_model
    themes = model.matrix.themes
    assert model.parents
    for r in model.parents:
        children = []
        for k in range(r + 1, len(themes)):
            if themes[k].depth <= themes[r].depth:
                break
            children.append(k)
        for c in range(model.columnCount() - 1):
            own = model.matrix.counts[c][r]
            below = sum(model.matrix.counts[c][k] for k in children)
            assert model.cell(model.index(r, c))[2] == own + below
    busy = max(model.parents, key=lambda r: model.all_cases[r])
    assert model.all_cases[busy] > 0  # not "0" as before


def test_rows_sort_by_a_clicked_column_and_back(qtbot, window: ReviewWindow) -> None:
    window.tabs.setCurrentIndex(1)
    header = window.heatmap.horizontalHeader()
    total_column = window.matrix_proxy.columnCount() - 1
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_center(header, total_column),
    )
    proxy = window.matrix_proxy
    shown = [proxy.index(r, total_column).data(Qt.ItemDataRole.UserRole + 1) for r in range(5)]
    assert shown == sorted(shown, reverse=True) and shown[0] == max(window.matrix_model.all_cases)
    window.codebook_order()
    names = [proxy.headerData(r, Qt.Orientation.Vertical) for r in range(proxy.rowCount())]
    model = window.matrix_model
    assert names == [model.headerData(r, Qt.Orientation.Vertical) for r in range(len(names))]


def _section_center(header, section: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_window_fits_a_1366_by_768_screen_and_escape_closes_it(qtbot, window: ReviewWindow):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert window.width() <= 1366 - 40 and window.height() <= 768 - 80
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_chart_exports_as_png_and_svg_and_matrix_as_csv(
    qtbot, window: ReviewWindow, tmp_path: Path
) -> None:
    answers = iter([str(tmp_path / "profile"), str(tmp_path / "profile.svg"), str(tmp_path / "m")])
    window.ask_save_path = lambda *_a: next(answers)  # type: ignore[method-assign]
    qtbot.mouseClick(window.export_chart_button, Qt.MouseButton.LeftButton)
    png = QImage(str(tmp_path / "profile.png"))  # the extension added
    assert not png.isNull() and png.width() >= 400
    bar = QColor(window.chart.bars[0].color).rgb()
    row = 2 * (4 + ROW_HEIGHT // 2)  # the first bar, at twice the pixels
    assert any(png.pixel(x, row) == bar for x in range(png.width()))  # the bars are drawn
    qtbot.mouseClick(window.export_chart_button, Qt.MouseButton.LeftButton)
    svg = ElementTree.parse(tmp_path / "profile.svg").getroot()
    assert svg.tag.endswith("svg")
    texts = "".join(t.text or "" for t in svg.iter() if t.tag.endswith("text"))
    assert window.chart.bars[0].name[:10] in texts
    qtbot.mouseClick(window.export_matrix_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    model = window.matrix_model
    assert rows[0][:3] == ["Theme", "Parent theme", "Own passages"]
    assert rows[0][-1] == "All cases" and len(rows) == model.rowCount() + 1
    assert [int(x) for x in rows[1][3:-1]] == [
        model.cell(model.index(0, c))[2] for c in range(model.columnCount() - 1)
    ]
    assert int(rows[1][-1]) == model.all_cases[0]


def test_codebook_shows_parent_totals(qtbot, store: Store) -> None:
    from fieldkit.ui.codebook.codebook_dock import CodebookDock

    generate(store, scale="small")
    with store.read() as session:
        study_id = records.list_studies(session)[0].id
    dock = CodebookDock(store)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.loaded, timeout=5000):
        dock.set_study(study_id)
    model = dock.model
    rows = list(model.rows.values())
    parents = [r for r in rows if any(c.parent_id == r.id for c in rows)]
    assert parents
    for parent in parents:
        item = model.itemFromIndex(model.indexFromItem(_name_item(model, parent.id)))
        count = item.parent().child(item.row(), 1) if item.parent() else model.item(item.row(), 1)
        below = sum(r.codings for r in rows if r.parent_id == parent.id)  # one level in the demo
        assert int(count.text()) == parent.codings + below > 0
        assert count.font().bold()
        tags = item.parent().child(item.row(), 2) if item.parent() else model.item(item.row(), 2)
        tagged_below = sum(r.tags for r in rows if r.parent_id == parent.id)
        assert int(tags.text()) == parent.tags + tagged_below  # not "0" over its sub-themes
    assert any(r.tags for r in rows if r.parent_id in {p.id for p in parents})


def _name_item(model, theme_id: str):
    from fieldkit.ui.codebook.codebook_model import ROLE_THEME_ID

    (index,) = model.match(
        model.index(0, 0), ROLE_THEME_ID, theme_id, 1, Qt.MatchFlag.MatchRecursive
    )
    return model.itemFromIndex(index)


def test_the_whole_quote_shows_under_the_list(qtbot, window: ReviewWindow) -> None:
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_Return)  # the first bar's passages
    qtbot.waitUntil(lambda: window.passages.topLevelItemCount() > 0)
    tree = window.passages
    tree.setFocus()
    for row in range(tree.topLevelItemCount()):
        passage = tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole + 1)
        tree.setCurrentItem(tree.topLevelItem(row))
        if passage.quote.strip():
            assert window.preview.text().startswith(display_quote(passage.quote))
            assert passage.record_title in window.preview.text()
