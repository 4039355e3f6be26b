"""confirm_recording_consent: asks only when a linked participant has not allowed audio."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.memos import memos_for
from fieldkit.storage.models import Participant
from fieldkit.ui.dialogs.consent_check import NOTE_TITLE, confirm_recording_consent
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog


def _interview(store: Store, *consents: tuple[str, str, bool]) -> tuple[str, list[str]]:
    """An interview linked to participants with (code, consent status, audio allowed)."""
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        people = [
            records.add_participant(
                session,
                case_id=case.id,
                code=code,
                role="parent",
                name=f"Name of {code}",
                consent_status=status,
                consent_audio=audio,
            )
            for code, status, audio in consents
        ]
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", participant_ids=[p.id for p in people]
        )
        return interview.id, [p.id for p in people]


def _when_modal(step: Callable[[QWidget], bool], seen: list[QWidget]) -> None:
    """Call ``step`` on the modal widget as soon as one is shown (it returns True when done)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and modal not in seen and step(modal):
            seen.append(modal)
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _click(label: str, texts: list[str]) -> Callable[[QWidget], bool]:
    def step(modal: QWidget) -> bool:
        if not isinstance(modal, QMessageBox):
            return False
        texts.append(modal.text())
        button = next(b for b in modal.buttons() if label in b.text().replace("&", ""))
        button.click()
        return True

    return step


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_everyone_consented_to_audio_asks_nothing(parent, store: Store) -> None:
    interview_id, _ = _interview(store, ("P-01", "given", True), ("P-02", "given", True))
    assert QApplication.activeModalWidget() is None
    assert confirm_recording_consent(parent, store, interview_id) is True


def test_cancel_names_who_and_what_is_missing(qtbot, parent, store: Store) -> None:
    interview_id, _ = _interview(
        store, ("P-01", "given", True), ("P-02", "pending", True), ("P-03", "given", False)
    )
    texts: list[str] = []
    _when_modal(_click("Cancel", texts), [])
    assert confirm_recording_consent(parent, store, interview_id) is False
    (text,) = texts
    assert "P-01" not in text
    assert "P-02 (Name of P-02): consent is not recorded yet (pending)" in text
    assert "P-03 (Name of P-03): consent does not allow audio recording" in text


def test_record_anyway_is_noted_on_the_interview(qtbot, parent, store: Store) -> None:
    interview_id, _ = _interview(store, ("P-01", "withdrawn", True))
    texts: list[str] = []
    noted: list[bool] = []
    _when_modal(_click("Record anyway", texts), [])
    assert confirm_recording_consent(
        parent, store, interview_id, on_noted=lambda: noted.append(True)
    )
    assert "consent was withdrawn" in texts[0]
    qtbot.waitUntil(lambda: noted == [True], timeout=5000)

    def memos() -> list:
        with store.read() as session:
            return memos_for(session, target_id=interview_id)

    qtbot.waitUntil(lambda: len(memos()) == 1, timeout=5000)
    (memo,) = memos()
    assert memo.title == NOTE_TITLE and memo.author == "tester"
    assert "tester started an audio recording" in memo.body and "P-01" in memo.body


def test_record_consent_now_opens_the_participant_and_then_allows(qtbot, parent, store) -> None:
    interview_id, (pid,) = _interview(store, ("P-01", "pending", True))
    texts: list[str] = []
    seen: list[QWidget] = []

    def fill_consent(modal: QWidget) -> bool:
        if not isinstance(modal, ParticipantDialog):
            return False
        assert modal.code.text() == "P-01"
        modal.status.setCurrentIndex(modal.status.findData("given"))
        modal.consent_form.setCurrentIndex(modal.consent_form.findData("written"))
        modal.save_button.click()  # saves off the GUI thread, then closes
        return True

    _when_modal(_click("Record consent now", texts), seen)
    _when_modal(fill_consent, seen)
    assert confirm_recording_consent(parent, store, interview_id) is True
    assert len(texts) == 1 and len(seen) == 2  # asked once; consent recorded; not asked again
    with store.read() as session:
        p = session.get(Participant, pid)
        assert p is not None
        assert (p.consent_status, p.consent_form, p.consent_audio) == ("given", "written", True)
        assert p.consent_date is not None
        assert memos_for(session, target_id=interview_id) == []


def test_consent_dialog_cancelled_asks_again(qtbot, parent, store: Store) -> None:
    interview_id, _ = _interview(store, ("P-01", "pending", True))
    texts: list[str] = []
    seen: list[QWidget] = []

    def cancel_dialog(modal: QWidget) -> bool:
        if not isinstance(modal, ParticipantDialog):
            return False
        modal.reject()
        _when_modal(_click("Cancel", texts), seen)  # asked again: this time, cancel
        return True

    _when_modal(_click("Record consent now", texts), seen)
    _when_modal(cancel_dialog, seen)
    assert confirm_recording_consent(parent, store, interview_id) is False
    assert len(texts) == 2
