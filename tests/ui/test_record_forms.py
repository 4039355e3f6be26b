"""Forgiving record forms: languages by name (picked from the list, typed in their own
language or in English), the researcher's own name instead of the computer's account, consent
dates that cannot lie in the future."""

from __future__ import annotations

import getpass
from datetime import date, timedelta
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from fieldkit.errors import ValidationError
from fieldkit.settings import Settings
from fieldkit.storage import participants, records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.ui.changes import Changes
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.operations import Operations


def store_runner(store: Store):  # type: ignore[no-untyped-def]
    """Saves through the one operations module, as the window's dialogs do."""
    return Operations(store).runner(Changes.of())


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        return records.create_case(session, study_id=study.id, title="Radio school").id


def _dialog(qtbot, store: Store, case_id: str) -> NewInterviewDialog:
    dialog = NewInterviewDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _saved_language(qtbot, store: Store, dialog: NewInterviewDialog) -> str | None:
    dialog.save_button.click()  # no participant ticked: warned once, Save again saves
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    with store.read() as session:
        return session.get(Interview, saved.args[0]).language


@pytest.mark.parametrize("typed", ["Kiswahili", "swahili", "sw", "Kiswa", "Engl"])
def test_a_typed_language_name_is_stored_as_its_code(qtbot, store, case_id, typed) -> None:
    dialog = _dialog(qtbot, store, case_id)
    qtbot.keyClicks(dialog.language.lineEdit(), typed)
    qtbot.keyClick(dialog.language.lineEdit(), Qt.Key.Key_Return)  # as the walk did: Return
    assert _saved_language(qtbot, store, dialog) == ("en" if typed == "Engl" else "sw")


def test_a_language_is_chosen_from_the_list_in_its_own_script(qtbot, store, case_id) -> None:
    dialog = _dialog(qtbot, store, case_id)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert {"Kiswahili (sw)", "العربية (ar)", "हिन्दी (hi)", "Français (fr)"} <= set(names)
    dialog.language.setFocus()
    index = dialog.language.findData("ar")
    for _ in range(index):  # the keyboard walks down the list to Arabic
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "العربية (ar)"
    assert _saved_language(qtbot, store, dialog) == "ar"


def test_an_unknown_language_is_explained_and_nothing_typed_is_lost(qtbot, store, case_id) -> None:
    dialog = _dialog(qtbot, store, case_id)
    qtbot.keyClicks(dialog.title, "Head teacher")
    qtbot.keyClicks(dialog.language.lineEdit(), "Klingonese")
    dialog.save_button.click()  # no participant ticked: warned once, Save again saves
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "not a language" in dialog.error_label.text(), timeout=10_000)
    assert "not a language fieldkit knows" in dialog.error_label.text()
    assert dialog.isVisible()
    assert dialog.title.text() == "Head teacher"
    assert dialog.language.currentText() == "Klingonese"


def test_a_consent_date_in_the_future_is_refused(store, case_id) -> None:
    later = (date.today() + timedelta(days=30)).isoformat()
    with store.write() as session, pytest.raises(ValidationError, match="in the future"):
        participants.add_participant(
            session,
            case_id=case_id,
            code="P-01",
            role="parent",
            consent_status="given",
            consent_date=later,
        )


def test_the_researchers_own_name_is_asked_once_then_offered(
    qtbot, store: Store, case_id: str, data_dir: Path, monkeypatch
) -> None:
    monkeypatch.delenv("FIELDKIT_USER", raising=False)
    dialog = NewInterviewDialog(store_runner(store), case_id=case_id, data_dir=data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    # Never the computer's account ("root" reached a PDF): empty, asking for a name.
    assert dialog.interviewer.text() == "" != getpass.getuser()
    assert "Your name" in dialog.interviewer.placeholderText()
    qtbot.keyClicks(dialog.interviewer, "Amina  Yusuf")
    dialog.save_button.click()  # no participant ticked: warned once, Save again saves
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert Settings.load(data_dir).display_name == "Amina Yusuf"  # as `fieldkit profile` sets
    observation = NewObservationDialog(store_runner(store), case_id=case_id, data_dir=data_dir)
    qtbot.addWidget(observation)
    assert observation.observer.text() == "Amina Yusuf"


def test_a_name_set_with_fieldkit_profile_is_the_interviewer(
    qtbot, store: Store, case_id: str, data_dir: Path
) -> None:
    settings = Settings.load(data_dir)
    settings.display_name = "Dr. Wanjiru Kamau"
    settings.save(data_dir)
    dialog = NewInterviewDialog(store_runner(store), case_id=case_id, data_dir=data_dir)
    qtbot.addWidget(dialog)
    assert dialog.interviewer.text() == "Dr. Wanjiru Kamau"
    dialog.interviewer.clear()
    qtbot.keyClicks(dialog.interviewer, "A colleague")
    dialog.save_button.click()  # no participant ticked: warned once, Save again saves
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert Settings.load(data_dir).display_name == "Dr. Wanjiru Kamau"  # not overwritten
