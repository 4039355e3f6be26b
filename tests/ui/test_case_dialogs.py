"""Case and participant dialogs in the main window: errors keep the dialog open, edits show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from sqlalchemy import select

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, Participant
from fieldkit.ui.main_window import MainWindow


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        records.add_participant(
            session, case_id=case.id, code="P-01", role="teacher", consent_status="given"
        )
        return case.id


@pytest.fixture
def window(qtbot, store: Store, case_id: str) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.select_record(case_id, case_id)
    yield w


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()


def _error(qtbot, dialog) -> str:
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: dialog.error_label.isVisible() and dialog.buttons.isEnabled(), timeout=5000
    )
    assert dialog.isVisible()
    return dialog.error_label.text()


def test_case_actions_need_a_case(qtbot, store: Store) -> None:
    with store.write() as session:
        records.create_study(session, name="Empty study")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.navigator.setCurrentIndex(w.nav_model.item(0).index())
    actions = w.record_actions
    assert actions.new_case.isEnabled() and actions.new_study.isEnabled()
    assert not actions.new_interview.isEnabled() and not actions.edit_case.isEnabled()


def test_empty_case_title_keeps_the_dialog_open_with_what_was_typed(qtbot, window, store) -> None:
    window.record_actions.new_case.trigger()
    dialog = window.record_actions.dialog
    qtbot.keyClicks(dialog.locality, "Kisumu")
    qtbot.keyClicks(dialog.summary, "Saturday camps")
    assert _error(qtbot, dialog) == "Case title is required."
    assert dialog.locality.text() == "Kisumu" and dialog.summary.toPlainText() == "Saturday camps"
    qtbot.keyClicks(dialog.title, "Reading camp")
    _save(qtbot, dialog)
    with store.read() as session:
        titles = sorted(c.title for c in records.list_cases(session, study_id=_study(store)))
    assert titles == ["Radio school", "Reading camp"]


def _study(store: Store) -> str:
    with store.read() as session:
        return records.list_studies(session)[0].id


def test_edit_case_changes_it_and_the_view(qtbot, window, store, case_id) -> None:
    window.record_actions.edit_case.trigger()
    dialog = window.record_actions.dialog
    assert dialog.windowTitle() == "Edit case" and dialog.title.text() == "Radio school"
    dialog.locality.setText("Nyakach")
    dialog.kind.clear()
    qtbot.keyClicks(dialog.kind, "school")
    _save(qtbot, dialog)
    with store.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and (case.locality, case.kind) == ("Nyakach", "school")
    assert "Nyakach" in window.reader.toHtml()
    assert "school · Nyakach" in window.reader.toPlainText()  # the case page shows its kind
    assert window.selection()[1] == case_id


def test_participant_errors_keep_the_dialog_open(qtbot, window, store) -> None:
    window.record_actions.new_participant.trigger()
    dialog = window.record_actions.dialog
    qtbot.keyClicks(dialog.code, "p-01")  # the same code as P-01, ignoring case
    dialog.role.setCurrentText("learner")
    assert "already used in this study" in _error(qtbot, dialog)
    hint = dialog.hints[dialog.code]  # also said under the field it is about
    assert hint.isVisible() and "already used in this study" in hint.text()
    dialog.code.setText("P-02")
    dialog.status.setCurrentIndex(dialog.status.findData("given"))
    qtbot.keyClicks(dialog.date.edit, "31/2/2024")
    message = _error(qtbot, dialog)
    assert "“31/2/2024” is not a date we can read" in message and "15/03/2024" in message
    assert dialog.code.text() == "P-02" and dialog.role.currentText() == "learner"
    dialog.date.edit.selectAll()
    qtbot.keyClicks(dialog.date.edit, "1/3/2024")  # day/month/year, as typed in the field
    _save(qtbot, dialog)
    panel = window.case_view.participants
    assert [panel.topLevelItem(r).text(0) for r in range(panel.topLevelItemCount())] == [
        "P-01",
        "P-02",
    ]
    with store.read() as session:
        saved = session.execute(select(Participant).where(Participant.code == "P-02")).scalar_one()
    assert saved.consent_date is not None and saved.consent_date.isoformat() == "2024-03-01"


def test_edit_participant_from_the_list_records_withdrawal(qtbot, window, store) -> None:
    panel = window.case_view.participants
    item = panel.topLevelItem(0)
    panel.setCurrentItem(item)
    assert window.record_actions.edit_participant.isEnabled()
    panel.itemDoubleClicked.emit(item, 0)
    dialog = window.record_actions.dialog
    assert dialog.code.text() == "P-01" and dialog.status.currentData() == "given"
    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
    dialog.audio.setChecked(False)
    qtbot.keyClicks(dialog.name, "Mr Otieno")
    _save(qtbot, dialog)
    with store.read() as session:
        (p,) = session.execute(select(Participant)).scalars().all()
    assert (p.consent_status, p.consent_audio, p.name) == ("withdrawn", False, "Mr Otieno")
    row = panel.topLevelItem(0)
    assert row.text(1) == "Mr Otieno" and row.text(3).startswith("withdrawn")
    assert "audio" not in row.text(4)
