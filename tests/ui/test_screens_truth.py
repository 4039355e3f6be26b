"""Screens that tell the truth: the centre after File ▸ New study, the record reopened where the
researcher left off, codings' context menu (#11 item 7)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.ui.editor.offsets import OffsetMap
from fieldkit.ui.main_window import MainWindow

TEXT = "Namaste 🙏🏽. The children walk to the radio school every morning."


def _window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _close(qtbot, window: MainWindow) -> None:
    window.close()
    qtbot.waitUntil(lambda: not window.editor.queue.busy(), timeout=10_000)


def test_after_new_study_the_centre_no_longer_says_there_is_none(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    assert "no study yet" in window.reader.toPlainText()
    assert "File ▸ New case" in window.reader.toPlainText()  # the menu that really has it
    window.record_actions.new_study.trigger()
    dialog = window.record_actions.dialog
    qtbot.keyClicks(dialog.name, "Reading camps")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no study yet" not in window.reader.toPlainText(), timeout=5000)
    assert "File ▸ New case" in window.reader.toPlainText()
    assert window.nav_model.item(0).text().startswith("Reading camps")
    _close(qtbot, window)


def test_the_last_record_and_selection_reopen_at_the_next_start(qtbot, store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="A", transcript="x"
        )
        second = records.add_interview(
            session, case_id=case.id, date="2024-05-02", title="B", transcript=TEXT
        )
    first = _window(qtbot, store)
    first.select_record(second.id, case.id)
    qtbot.waitUntil(lambda: first.editor.record is not None, timeout=5000)
    start = TEXT.index("radio school")
    offsets = OffsetMap(TEXT)
    first.editor.text.select_span(offsets.to_utf16(start), offsets.to_utf16(start + 12))
    _close(qtbot, first)

    again = _window(qtbot, store)
    qtbot.waitUntil(lambda: again.editor.record is not None, timeout=5000)
    assert again.editor.record.id == second.id
    assert again.editor.text.textCursor().selectedText() == "radio school"
    current = again.nav_model.itemFromIndex(again.navigator.currentIndex())
    assert current is not None and current.text().endswith(": B")
    _close(qtbot, again)


def test_the_case_shown_last_is_shown_again_at_the_next_start(qtbot, store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        records.create_case(session, study_id=study.id, title="Radio school")
        second = records.create_case(session, study_id=study.id, title="Tablet club")
    first = _window(qtbot, store)
    qtbot.waitUntil(lambda: first.nav_model.item(0).rowCount() == 2, timeout=5000)
    first.select_record(second.id, second.id)
    assert first.selection()[1] == second.id
    _close(qtbot, first)

    again = _window(qtbot, store)
    qtbot.waitUntil(lambda: again.selection()[1] == second.id, timeout=5000)
    assert again.selection()[2] == "Tablet club"
    _close(qtbot, again)


def test_a_coding_has_a_context_menu(qtbot, store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="A", transcript=TEXT
        )
        start = TEXT.index("radio school")
        codings.code_text(
            session,
            record_id=interview.id,
            theme="Trust and relationships",
            start=start,
            end=start + 12,
        )
    window = _window(qtbot, store)
    window.select_record(interview.id, case.id)
    panel = window.editor.panel
    qtbot.waitUntil(lambda: panel.count() == 1, timeout=5000)
    panel.setCurrentRow(0)
    panel.customContextMenuRequested.emit(panel.visualItemRect(panel.item(0)).center())
    menu = panel.context_menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Show in the text", "Edit memo…", "Remove coding"]
    remove = next(a for a in menu.actions() if a.text().replace("&", "") == "Remove coding")
    menu.close()
    remove.trigger()
    qtbot.waitUntil(lambda: panel.coding_ids() == [], timeout=5000)
    _close(qtbot, window)
