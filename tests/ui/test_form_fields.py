"""Date and time fields typed freely or picked from a calendar, and every problem of a form
shown at once next to its field, with nothing typed lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QTableView

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, Participant
from fieldkit.ui.dialogs.date_field import read_date, read_time
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.messages.dates import shown_date
from tests.ui.test_record_forms import store_runner

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2024-03-15", date(2024, 3, 15)),
        ("2024/3/5", date(2024, 3, 5)),
        ("15/03/2024", date(2024, 3, 15)),
        ("1/3/2024", date(2024, 3, 1)),  # day first
        ("3/15/2024", date(2024, 3, 15)),  # 15 cannot be a month: month first
        ("15.3.2024", date(2024, 3, 15)),
        ("15 March 2024", date(2024, 3, 15)),
        ("15 mar. 2024", date(2024, 3, 15)),
        ("March 15, 2024", date(2024, 3, 15)),
        ("today", TODAY),
        ("Yesterday", TODAY - timedelta(days=1)),
    ],
)
def test_dates_as_researchers_type_them(typed: str, meant: date) -> None:
    assert read_date(typed, today=TODAY) == meant


@pytest.mark.parametrize("typed", ["31/2/2024", "2024-13-01", "soon", "15 Smarch 2024", "2024"])
def test_what_is_not_a_date(typed: str) -> None:
    assert read_date(typed, today=TODAY) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9:30", "09:30"),
        ("0930", "09:30"),
        ("9.30", "09:30"),
        ("9h30", "09:30"),
        ("2:15 pm", "14:15"),
        ("12 am", "00:00"),
        ("12:05 PM", "12:05"),
        ("23:59", "23:59"),
    ],
)
def test_times_as_researchers_type_them(typed: str, meant: str) -> None:
    assert read_time(typed) == meant


@pytest.mark.parametrize("typed", ["24:00", "12:60", "noon", "9", "13 pm"])
def test_what_is_not_a_time(typed: str) -> None:
    assert read_time(typed) is None


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        records.add_participant(
            session, case_id=case.id, code="P-01", role="teacher", consent_status="given"
        )
        return case.id


def _retype(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    # Leaving the field tidies it (the offscreen platform has no active window to move
    # focus in, so the focus-out a Tab causes is sent as Qt would send it).
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def test_typed_date_and_time_are_tidied_and_spelled_out_then_saved(
    qtbot, store: Store, case_id: str
) -> None:
    dialog = NewObservationDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.date.edit.text() == date.today().isoformat()
    button_at = dialog.date.calendar_button.x()
    _retype(qtbot, dialog.date.edit, "15 March 2024")
    assert dialog.date.edit.text() == "2024-03-15"
    _retype(qtbot, dialog.date.edit, "2024-09-25")  # Wednesday, 25 September: a long one
    _retype(qtbot, dialog.date.edit, "15 March 2024")
    qtbot.wait(1)  # the layout settles
    assert dialog.date.calendar_button.x() == button_at  # stays under the mouse
    assert "2024" in dialog.date.spelled.text() and "15" in dialog.date.spelled.text()
    _retype(qtbot, dialog.time, "2:15 pm")
    assert dialog.time.text() == "14:15"
    qtbot.keyClicks(dialog.description, "Children at the radio")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.read() as session:
        from fieldkit.storage.models import Observation

        row = session.get(Observation, saved.args[0])
        assert row is not None and (row.date, row.time) == (date(2024, 3, 15), "14:15")


def test_the_calendar_opens_from_the_keyboard_and_picks_a_day(
    qtbot, store: Store, case_id: str
) -> None:
    dialog = NewInterviewDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _retype(qtbot, dialog.date.edit, "2024-03-15")
    dialog.date.edit.setFocus()
    qtbot.keyClick(dialog.date.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.date.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2024-03-15"
    view = calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=5000)
    assert dialog.date.edit.text() == "2024-03-16"
    # The calendar button does the same with the mouse.
    qtbot.mouseClick(dialog.date.calendar_button, Qt.MouseButton.LeftButton)
    assert calendar.isVisible()
    calendar.hide()


def test_every_problem_is_shown_at_once_next_to_its_field_and_nothing_is_lost(
    qtbot, store: Store, case_id: str
) -> None:
    dialog = NewInterviewDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _retype(qtbot, dialog.date.edit, "31/02/2024")
    assert dialog.date.spelled.text() == ""  # no day is spelled out for what is not a date
    _retype(qtbot, dialog.time, "25:99")
    qtbot.keyClicks(dialog.title, "Head teacher")
    qtbot.keyClicks(dialog.place, "Kisumu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    banner = dialog.error_label.text()
    assert banner.startswith("Please fix these 2 things, then save again:")
    assert "Date “31/02/2024” is not a date we can read" in banner
    assert "Time “25:99” is not a time of day" in banner
    assert "participant" not in banner  # the form's own problems come first
    date_hint, time_hint = dialog.hints[dialog.date], dialog.hints[dialog.time]
    assert date_hint.isVisible() and "31/02/2024" in date_hint.text()
    assert time_hint.isVisible() and "25:99" in time_hint.text()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.date.edit
    assert (dialog.title.text(), dialog.place.text()) == ("Head teacher", "Kisumu")
    assert dialog.time.text() == "25:99"  # kept as typed, to be corrected
    _retype(qtbot, dialog.date.edit, "28/02/2024")
    _retype(qtbot, dialog.time, "9.30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no participant: warned
    assert not date_hint.isVisible() and not time_hint.isVisible()
    assert "No participant is ticked" in dialog.error_label.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.read() as session:
        row = session.get(Interview, saved.args[0])
        assert row is not None and (row.date, row.time) == (date(2024, 2, 28), "09:30")
        assert (row.title, row.place) == ("Head teacher", "Kisumu")


def test_participant_missing_code_and_future_consent_are_both_named(
    qtbot, store: Store, case_id: str
) -> None:
    dialog = ParticipantDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Grace")
    later = date.today() + timedelta(days=3)
    _retype(qtbot, dialog.date.edit, later.strftime("%d/%m/%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    banner = dialog.error_label.text()
    assert banner.startswith("Please fix these 3 things")
    assert "Participant code is required." in banner and "Role is required." in banner
    assert f"Consent date {shown_date(later)} is in the future" in banner
    assert dialog.hints[dialog.code].isVisible() and dialog.hints[dialog.date].isVisible()
    assert dialog.name.text() == "Grace"
    qtbot.keyClicks(dialog.code, "P-02")
    qtbot.keyClicks(dialog.role.lineEdit(), "parent")
    _retype(qtbot, dialog.date.edit, "yesterday")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.read() as session:
        from sqlalchemy import select

        p = session.execute(select(Participant).where(Participant.code == "P-02")).scalar_one()
        assert p.consent_date == date.today() - timedelta(days=1) and p.name == "Grace"
