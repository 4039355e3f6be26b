"""Edit, View and Help menus; every shortcut in a menu, none meaning two things; docks come back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.ui.help_windows import menu_shortcuts
from fieldkit.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        records.create_case(session, study_id=study.id, title="Radio school")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.editor.queue.busy(), timeout=10_000)


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no {title} menu")


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _in_menus(window: MainWindow) -> set[QAction]:
    found: set[QAction] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            found.add(action)
            if isinstance(action.menu(), QMenu):
                walk(action.menu())

    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            walk(action.menu())
    # the codebook's own actions are in its right-click menu
    dock = window.codebook_dock
    dock.select_theme(next(iter(dock.model.rows)))
    dock.tree.customContextMenuRequested.emit(
        dock.tree.visualRect(dock.tree.currentIndex()).center()
    )
    walk(dock.context_menu)
    dock.context_menu.close()
    return found


def test_menus_in_order_with_edit_view_and_help(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:3] == ["File", "Edit", "View"] and titles[-1] == "Help"
    edit = _texts(_menu(window, "Edit"))
    for name in ("Undo", "Redo", "Code with theme…", "Search records", "Delete…"):
        assert name in edit
    view = _texts(_menu(window, "View"))
    assert {"Codebook", "Search", "Case and study…", "Larger text"} <= set(view)
    assert _texts(_menu(window, "Help")) == ["Keyboard shortcuts", "User guide", "About fieldkit"]
    assert "Refresh" not in _texts(_menu(window, "File"))  # views follow every change


def test_no_shortcut_means_two_things_and_every_one_is_in_a_menu(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.codebook_dock.model.rows), timeout=5000)
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    keys = Counter(a.shortcut().toString() for a in actions)
    twice = {
        k: [a.text() for a in actions if a.shortcut().toString() == k]
        for k, n in keys.items()
        if n > 1
    }
    assert twice == {}
    in_menus = _in_menus(window)
    outside = [a.text() for a in actions if a not in in_menus]
    assert outside == []
    assert keys[QKeySequence("Ctrl+K").toString()] == 1  # the palette's, not also Colour…
    listed = {row[2] for row in menu_shortcuts(window.menuBar())}
    assert {"Ctrl+K", "F8", "Ctrl+T", "Ctrl+Shift+F"} <= listed


def test_a_closed_dock_comes_back_from_view(qtbot, window: MainWindow) -> None:
    dock = window.codebook_dock
    dock.close()
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=2000)
    toggle = next(a for a in _menu(window, "View").actions() if a.text() == "Codebook")
    toggle.trigger()
    qtbot.waitUntil(dock.isVisible, timeout=2000)


def test_text_size_from_the_keyboard_and_the_shortcuts_list(qtbot, window: MainWindow) -> None:
    before = window.editor.text.font().pointSizeF()
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Plus, CTRL)
    assert window.editor.text.font().pointSizeF() == before + 1
    qtbot.keyClick(window.navigator, Qt.Key.Key_0, CTRL)
    assert window.editor.text.font().pointSizeF() == before
    window.menus.shortcuts.trigger()
    table = window.menus.dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Code with theme…"] == "Ctrl+K"
    assert rows["Code with the theme pinned to that key"] == "Alt+1…9"
    assert rows["Add theme"] == "Ctrl+N"
    header = table.horizontalHeader()  # the columns fill the table: no empty band on the right
    qtbot.waitExposed(window.menus.dialog)
    widths = sum(header.sectionSize(c) for c in range(3))
    assert widths == table.viewport().width()


def test_delete_in_the_navigator_asks_the_record_actions(qtbot, window: MainWindow) -> None:
    window.navigator.setCurrentIndex(window.nav_model.item(0).child(0).index())
    asked: list[bool] = []
    window.record_actions.delete_selected = lambda: asked.append(True)
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Delete)
    assert asked == [True]


def test_escape_on_a_menu_returns_to_the_review_window(qtbot, window: MainWindow) -> None:
    # The navigator's case is selected, so Review ▸ Case and study… opens (Ctrl+Shift+R).
    window.navigator.setCurrentIndex(window.navigator.model().index(0, 0))
    window.navigator.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    review = window.review
    qtbot.waitExposed(review)
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    # A click on the main window's menu bar: the window manager makes the main window active.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu = _menu(window, "Review")
    bar = window.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)  # nothing chosen
    qtbot.waitUntil(lambda: not menu.isVisible())
    qtbot.waitUntil(review.isActiveWindow)  # back in front, where the researcher was
    review.close()
