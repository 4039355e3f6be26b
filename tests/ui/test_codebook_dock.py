from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from fieldkit.storage import codings, records, themes
from fieldkit.storage.db import Store
from fieldkit.storage.models import Coding, Theme
from fieldkit.ui.codebook.codebook_dock import CodebookDock
from fieldkit.ui.codebook.codebook_model import COL_NAME, THEME_MIME, ThemeRow
from fieldkit.ui.codebook.theme_dialogs import MergeDialog
from fieldkit.ui.operations import operations_for


@pytest.fixture
def study(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Talk", transcript="Trust grows."
        )
        codings.code_text(
            session, record_id=interview.id, theme="Trust and relationships", start=0, end=5
        )
        a = themes.add_theme(session, study_id=study.id, name="Alpha")
        b = themes.add_theme(session, study_id=study.id, name="Beta", parent=a.id)
        codings.code_text(session, record_id=interview.id, theme=b.id, start=6, end=11)
        return {"study": study.id, "alpha": a.id, "beta": b.id, "interview": interview.id}


@pytest.fixture
def dock(qtbot, store: Store, study) -> Iterator[CodebookDock]:
    dock = CodebookDock(store)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.loaded):
        dock.set_study(study["study"])
    dock.resize(360, 640)
    dock.show()
    yield dock
    # Let work still running (a reload after a refused change) finish before the store closes.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    seen: list[str] = []

    def warning(_parent, _title, text, *args):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


def _theme(store: Store, theme_id: str) -> Theme:
    with store.read() as session:
        return session.get(Theme, theme_id)


def _names(dock: CodebookDock, parent: QModelIndex | None = None) -> list[str]:
    model, parent = dock.proxy, parent or QModelIndex()
    out = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, COL_NAME, parent)
        out.append(index.data())
        out += _names(dock, index)
    return out


def _change(qtbot, dock: CodebookDock, action) -> None:
    with qtbot.waitSignal(operations_for(dock, dock.store).changed, timeout=5000):
        action()
    qtbot.waitSignal(dock.loaded, timeout=5000).wait()


def test_shows_tree_with_counts_and_swatches(dock: CodebookDock, store: Store, study) -> None:
    row = dock.model.rows[study["beta"]]
    assert (row.name, row.parent_id, row.codings) == ("Beta", study["alpha"], 1)
    assert dock.select_theme(study["beta"])
    index = dock.tree.currentIndex()
    assert index.parent().data() == "Alpha"
    assert index.siblingAtColumn(1).data() == "1"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    with store.read() as session:
        assert len(dock.model.rows) == len(themes.live_themes(session, study_id=study["study"]))
    dock.grab().save("/tmp/codebook_dock.png")


def test_filter_keeps_parents_of_matches(dock: CodebookDock) -> None:
    dock.filter.setText("BETA")
    assert _names(dock) == ["Alpha", "Beta"]
    dock.filter.setText("")
    assert len(_names(dock)) == len(dock.model.rows) > 2


def test_filter_folds_case_and_accents_like_the_palette(
    qtbot, dock: CodebookDock, store: Store, study
) -> None:
    with store.write() as session:
        themes.add_theme(session, study_id=study["study"], name="Accès numérique")
        themes.add_theme(
            session, study_id=study["study"], name="École rurale", parent=study["beta"]
        )
    with qtbot.waitSignal(dock.loaded):
        dock.set_study(study["study"])
    dock.filter.setText("acces NUM")  # no accents, other case, word starts
    assert _names(dock) == ["Accès numérique"]
    dock.filter.setText("ecole")  # a child: its parents stay to show where it sits
    assert _names(dock) == ["Alpha", "Beta", "École rurale"]
    dock.filter.setText("numérique  ")
    assert _names(dock) == ["Accès numérique"]
    dock.filter.setText("zzz")
    assert _names(dock) == []


def test_add_top_level_and_child(qtbot, dock: CodebookDock, store: Store, study) -> None:
    dock.ask_text = lambda *a, **k: "Gamma"
    _change(qtbot, dock, dock.add_action.trigger)
    dock.select_theme(study["alpha"])
    dock.ask_text = lambda *a, **k: "Alpha child"
    _change(qtbot, dock, dock.add_child_action.trigger)
    with store.read() as session:
        gamma = themes.find_theme(session, study_id=study["study"], ref="Gamma")
        child = themes.find_theme(session, study_id=study["study"], ref="Alpha child")
        assert gamma.parent_id is None and child.parent_id == study["alpha"]
    assert "Gamma" in _names(dock) and dock.current_theme_id() == child.id


def test_rename_inline(qtbot, dock: CodebookDock, store: Store, study) -> None:
    dock.select_theme(study["beta"])
    item = dock.model.itemFromIndex(dock.proxy.mapToSource(dock.tree.currentIndex()))
    _change(qtbot, dock, lambda: item.setText("Beta renamed"))
    assert _theme(store, study["beta"]).name == "Beta renamed"
    assert "Beta renamed" in _names(dock)


def test_duplicate_name_shows_message_and_changes_nothing(
    qtbot, dock: CodebookDock, store: Store, study, messages
) -> None:
    dock.select_theme(study["beta"])
    item = dock.model.itemFromIndex(dock.proxy.mapToSource(dock.tree.currentIndex()))
    item.setText("alpha")
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "already exists" in messages[0]
    assert _theme(store, study["beta"]).name == "Beta"
    qtbot.waitUntil(lambda: "Beta" in _names(dock))
    before = len(dock.model.rows)
    dock.ask_text = lambda *a, **k: "Beta"
    dock.add_action.trigger()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5000)
    with store.read() as session:
        assert len(themes.live_themes(session, study_id=study["study"])) == before


def test_recolor_and_archive_restore(qtbot, dock: CodebookDock, store: Store, study) -> None:
    dock.select_theme(study["alpha"])
    dock.ask_color = lambda color: "#123456"
    _change(qtbot, dock, dock.recolor_action.trigger)
    assert _theme(store, study["alpha"]).color == "#123456"
    assert dock.model.rows[study["alpha"]].color == "#123456"
    dock.select_theme(study["alpha"])
    _change(qtbot, dock, dock.archive_action.trigger)
    assert _theme(store, study["alpha"]).archived
    assert dock.archive_action.text() == "Restore"
    _change(qtbot, dock, dock.archive_action.trigger)
    assert not _theme(store, study["alpha"]).archived


def test_merge_moves_codings(qtbot, dock: CodebookDock, store: Store, study) -> None:
    with store.read() as session:
        trust = themes.find_theme(session, study_id=study["study"], ref="Trust and relationships")
    dock.select_theme(study["beta"])
    dock.ask_merge_target = lambda source: trust.id
    _change(qtbot, dock, dock.merge_action.trigger)
    with store.read() as session:
        moved = [c for c in session.exec(select(Coding)).all() if c.deleted_at is None]
        assert {c.theme_id for c in moved} == {trust.id} and len(moved) == 2
        assert session.get(Theme, study["beta"]).deleted_at is not None
    assert "Beta" not in _names(dock)
    assert dock.model.rows[trust.id].codings == 2


def test_merge_dialog_says_what_moves(qtbot) -> None:
    source = ThemeRow("s", "Beta", "#ff0000", None, False, 3, 1, 0)
    target = ThemeRow("t", "Gamma", "#00ff00", None, False, 0, 0, 0)
    dialog = MergeDialog(source, [target])
    qtbot.addWidget(dialog)
    assert dialog.target_id() == "t"
    assert "3 codings and 1 tags will move from “Beta” to “Gamma”" in dialog.summary.text()


def _drop(dock: CodebookDock, theme_id: str, onto: str | None) -> None:
    mime = QMimeData()
    mime.setData(THEME_MIME, theme_id.encode())
    parent = QModelIndex()
    if onto is not None:
        dock.select_theme(onto)
        parent = dock.tree.currentIndex()
    assert dock.proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, parent)
    # The view's rows must not move by themselves: storage decides, then the dock reloads.
    assert not dock.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, parent)


def test_drag_reparents(qtbot, dock: CodebookDock, store: Store, study) -> None:
    _change(qtbot, dock, lambda: _drop(dock, study["beta"], None))
    assert _theme(store, study["beta"]).parent_id is None
    _change(qtbot, dock, lambda: _drop(dock, study["alpha"], study["beta"]))
    assert _theme(store, study["alpha"]).parent_id == study["beta"]
    assert dock.model.rows[study["alpha"]].parent_id == study["beta"]


def test_drag_into_own_child_is_refused(
    qtbot, dock: CodebookDock, store: Store, study, messages
) -> None:
    _drop(dock, study["alpha"], study["beta"])
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "inside it" in messages[0]
    assert _theme(store, study["alpha"]).parent_id is None
    assert _theme(store, study["beta"]).parent_id == study["alpha"]


def test_themes_drag_out_with_their_id(dock: CodebookDock, study) -> None:
    dock.select_theme(study["alpha"])
    mime = dock.proxy.mimeData([dock.tree.currentIndex()])
    assert bytes(mime.data(THEME_MIME).data()).decode() == study["alpha"]


def test_window_docks_follow_the_selected_study(qtbot, store: Store, study) -> None:
    from fieldkit.ui.main_window import MainWindow

    with store.write() as session:
        other = records.create_study(session, name="Second study")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.codebook_model.rowCount() > 0)
    first = window.codebook_dock.study_id
    items = [window.nav_model.item(r) for r in range(window.nav_model.rowCount())]
    target = next(i for i in items if i.data(Qt.ItemDataRole.UserRole + 2) != first)
    with qtbot.waitSignal(window.codebook_dock.loaded, timeout=5000):
        window.navigator.setCurrentIndex(target.index())
    wanted = target.data(Qt.ItemDataRole.UserRole + 2)
    assert window.codebook_dock.study_id == window.search_dock.study_id == wanted != first
    assert ("Alpha" in _names(window.codebook_dock)) == (wanted == study["study"])
    assert other.id in (first, wanted)
    window.close()


def test_add_theme_works_before_the_first_read_of_the_themes_ends(qtbot, store: Store, study):
    dock = CodebookDock(store)
    qtbot.addWidget(dock)
    dock.ask_text = lambda *a, **k: "Lesson timing"
    with qtbot.waitSignal(dock.loaded, timeout=5000):
        dock.set_study(study["study"])
        assert dock.add_action.isEnabled()  # Ctrl+N at once, not only once the tree is read
        with qtbot.waitSignal(operations_for(dock, store).changed, timeout=5000):
            dock.add_action.trigger()
    qtbot.waitUntil(lambda: "Lesson timing" in _names(dock), timeout=5000)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


def test_a_change_keeps_the_codebook_scrolled_where_the_researcher_was(qtbot, dock, study):
    dock.resize(360, 200)  # the default codebook does not fit: there is something to scroll
    bar = dock.tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    where = bar.value()
    assert where > 0
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.refresh()  # what any change announced on the change signal does
    assert bar.value() == where
