"""A form dialog opens with the cursor in its first field and Tab reaches Save last.

Found walking the app in a real window: New case opened with Save focused, so the title typed at
once went nowhere and its first space pressed Save ("case title must not be empty").
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.ui.dialogs.case_dialogs import CaseDialog
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog


def _never_run(job: Any, done: Any, failed: Any) -> None:
    raise AssertionError("nothing is saved in these tests")


def _open(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)


def test_new_case_takes_typing_in_its_title_then_tabs_through_fields(qtbot) -> None:
    dialog = CaseDialog(_never_run, study_id="s")
    _open(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.title
    qtbot.keyClicks(QApplication.focusWidget(), "Community radio school, Kisumu")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "NGO programme")
    assert dialog.title.text() == "Community radio school, Kisumu"
    assert dialog.kind.text() == "NGO programme"
    assert not dialog.error_label.isVisible()  # the space pressed no button
    for expected in (dialog.country, dialog.region, dialog.locality, dialog.summary):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button


def test_new_participant_takes_typing_in_its_code(qtbot) -> None:
    dialog = ParticipantDialog(_never_run, case_id="c")
    _open(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.code
    qtbot.keyClicks(dialog.code, "P-01")
    assert dialog.code.text() == "P-01"
