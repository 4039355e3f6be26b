"""Dialogs made by plain functions (not a class's ``self.tr``) read in the interface language:
the welcome's new-study question, the consent check before recording, About fieldkit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
)

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, Observation
from fieldkit.sync.preferences import SyncPreferences
from fieldkit.ui import translations
from fieldkit.ui.changes import Changes
from fieldkit.ui.dialogs.case_dialogs import CaseDialog
from fieldkit.ui.dialogs.consent_check import _ask
from fieldkit.ui.dialogs.date_field import DateField
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.help_windows import show_about
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.messages.dates import shown_date
from fieldkit.ui.operations import Operations
from fieldkit.ui.sync.sync_settings import SyncSettingsDialog
from fieldkit.ui.welcome import NEW_STUDY, offer_welcome


@pytest.fixture(autouse=True)
def _french(qapp: QApplication) -> Iterator[None]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, "fr")
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def test_the_new_study_question_is_in_french(qtbot, store: Store, data_dir: Path) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    dialog = offer_welcome(window, data_dir)
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons[NEW_STUDY], Qt.MouseButton.LeftButton)
    ask = window.findChild(QInputDialog)
    assert ask is not None
    assert ask.windowTitle() == "Nouvelle étude"
    assert ask.labelText() == "Nom de l'étude :"
    ask.reject()


def _texts_of_next_message_box(qtbot, show) -> list[str]:  # type: ignore[no-untyped-def]
    """The title, labels and buttons of the message box ``show`` opens (then closed)."""
    seen: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, read)
            return
        seen.append(box.windowTitle())
        seen.extend(label.text() for label in box.findChildren(QLabel))
        seen.extend(button.text() for button in box.findChildren(QPushButton))
        box.reject()

    QTimer.singleShot(0, read)
    show()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_the_consent_check_before_recording_is_in_french(qtbot) -> None:
    texts = _texts_of_next_message_box(qtbot, lambda: _ask(None, []))
    assert "Consentement avant l'enregistrement" in texts[0], texts
    joined = " ".join(texts)
    assert "Not every participant" not in joined and "Record &anyway" not in joined, joined


def test_about_is_in_french(qtbot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    texts = _texts_of_next_message_box(qtbot, lambda: show_about(window))
    assert texts[0] == "À propos de fieldkit", texts
    assert "Interviews, observations and coding" not in " ".join(texts)


def test_an_empty_title_reads_as_a_french_sentence(qtbot) -> None:
    """Not "Titre du cas est obligatoire." (no article): the field is named as a field."""
    dialog = CaseDialog(lambda *_: None, study_id="s")
    qtbot.addWidget(dialog)
    sentences = [text for _, text in dialog.problems()]
    assert sentences == ["Le champ « Titre du cas » est obligatoire."]


def test_a_consent_date_in_the_future_is_said_in_french(qtbot) -> None:
    field = DateField("Date du consentement", latest=lambda: date(2026, 12, 5))
    qtbot.addWidget(field)
    assert field.calendar_button.text() == "Calendrier…"
    field.edit.setText("2031-05-01")
    assert field.problem() == "« Date du consentement » : 1 mai 2031 est dans le futur ; " + (
        "indiquez le jour où cela a eu lieu."
    )
    field.edit.setText("mardi prochain")
    problem = field.problem() or ""
    assert problem.startswith("« Date du consentement » : « mardi prochain » n'est pas"), problem


def test_an_untitled_record_is_named_in_french(qtbot, store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilote")
        case = records.create_case(session, study_id=study.id, title="Radio")
        awa = records.add_participant(session, case_id=case.id, code="P-01", role="teacher")
        people = [awa]
    runner = Operations(store).runner(Changes.of())
    made: dict[str, str] = {}
    for dialog, kind in (
        (NewInterviewDialog(runner, case_id=case.id, participants=people), Interview),
        (NewObservationDialog(runner, case_id=case.id), Observation),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.date.set_date(date(2024, 3, 1))
        if isinstance(dialog, NewInterviewDialog):
            dialog.set_checked(awa.id)
        else:
            dialog.description.setPlainText("La radio dans la cour.")
        with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
            dialog.save_button.click()
        with store.read() as session:
            made[kind.__name__] = session.get(kind, saved.args[0]).title
    # storage words the default title; the dialog has it said in the interface language
    assert made["Interview"] == f"Entretien avec P-01 ({shown_date(date(2024, 3, 1))})"
    assert "2024-03-01" not in made["Observation"], made
    assert not made["Observation"].startswith("Field observation"), made


def test_a_failed_sign_in_is_shown_whole_in_the_sync_settings(qtbot, store: Store) -> None:
    """The sentence under the account grew with a failed sign-in and was cut after two lines."""
    dialog = SyncSettingsDialog(store, None, SyncPreferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._show_account(
        "Échec de la connexion : le serveur http://127.0.0.1:9 n'a pas répondu (connexion "
        "refusée). Vérifiez l'adresse et que le serveur fonctionne, puis reconnectez-vous."
    )
    QApplication.processEvents()
    label = dialog.account_label
    assert label.height() >= label.heightForWidth(label.width())


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = QStyle.SubControl.SC_ComboBoxEditField
    return (
        combo.style()
        .subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, combo)
        .width()
    )


def test_the_search_filters_show_their_french_words_whole(qtbot, store: Store) -> None:
    """Four in a row, they read "Tous les thè", "Toutes les é" in the docked column."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.search_dock.raise_()
    QApplication.processEvents()
    dock = window.search_dock
    for combo in (dock.type_filter, dock.case_filter, dock.theme_filter, dock.tag_filter):
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert _text_room(combo) >= need, (combo.currentText(), _text_room(combo), need)
