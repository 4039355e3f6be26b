"""The "Names to redact" dialog: pre-filled from the records, edits saved to the study's list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.redact_list import add_redact_name, redact_entries
from fieldkit.ui.dialogs.redact_dialog import ALSO, KIND, SOURCE, TERM, RedactDialog
from fieldkit.ui.main_window import MainWindow


@pytest.fixture
def study_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(
            session,
            study_id=study.id,
            title="Taroudant Community School",
            country="Morocco",
            region="Souss-Massa",
            locality="Taroudant",
        )
        records.add_participant(
            session,
            case_id=case.id,
            code="P-01",
            role="teacher",
            consent_status="given",
            name="Leila Benali",
        )
        add_redact_name(session, study_id=study.id, term="Hassan Ouali", kind="person")
        return study.id


@pytest.fixture
def window(qtbot, store: Store, study_id: str) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.navigator.setCurrentIndex(w.nav_model.item(0).index())
    yield w


def _open(window: MainWindow) -> RedactDialog:
    actions = window.record_actions
    assert actions.redact_names.isEnabled()
    actions.redact_names.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, RedactDialog)
    return dialog


def _rows(dialog: RedactDialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [
        (t.item(r, TERM).text(), t.item(r, ALSO).text(), t.item(r, SOURCE).text())
        for r in range(t.rowCount())
    ]


def test_prefilled_from_records_and_edits_saved(
    qtbot, window: MainWindow, store: Store, study_id: str
) -> None:
    dialog = _open(window)
    rows = _rows(dialog)
    assert ("Leila Benali", "", "participant P-01") in rows
    assert ("Taroudant", "", "locality of case 'Taroudant Community School'") in rows
    assert ("Hassan Ouali", "", "this list") in rows
    # rows from the records cannot be edited or removed here
    leila = next(r for r, row in enumerate(rows) if row[0] == "Leila Benali")
    assert not dialog.is_listed(leila)
    dialog.table.setCurrentCell(leila, TERM)
    assert not dialog.remove_button.isEnabled()
    # remove Hassan Ouali, add Taroudant's Arabic spelling as a listed place
    hassan = next(r for r, row in enumerate(_rows(dialog)) if row[0] == "Hassan Ouali")
    dialog.table.setCurrentCell(hassan, TERM)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    dialog.add_button.click()
    row = dialog.table.currentRow()
    assert row == 0  # below the study's list (now empty), above the records' names
    dialog.table.item(row, TERM).setText("Tonk")
    dialog.table.item(row, ALSO).setText("टोंक; Tonk city")
    combo = dialog.table.cellWidget(row, KIND)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("place"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    with store.read() as session:
        listed = [
            (e.term, e.also, e.kind)
            for e in redact_entries(session, study_id=study_id)
            if e.source == "listed"
        ]
    assert listed == [("Tonk", ("टोंक", "Tonk city"), "place")]


def test_a_spelling_without_a_name_is_refused_in_words(qtbot, window: MainWindow) -> None:
    dialog = _open(window)
    dialog.add_button.click()
    dialog.table.item(dialog.table.currentRow(), ALSO).setText("تارودانت")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: dialog.error_label.isVisible() and dialog.buttons.isEnabled(), timeout=5000
    )
    assert "must not be empty" in dialog.error_label.text()
    assert dialog.isVisible()


def test_anonymised_export_from_the_dialog_reports_replacements(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.exports.pdf_dialog()
    assert dialog is not None
    assert not dialog.anonymised_photos.isEnabled()
    dialog.anonymised.setChecked(True)
    assert dialog.anonymised_photos.isEnabled()  # photos only when asked
    assert dialog.options().anonymised and not dialog.options().anonymised_photos
    dialog.all_cases.setChecked(True)
    dialog.target_folder.edit.setText(str(tmp_path / "all"))
    window.exports.run_pdf(dialog)
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    message = window.exports.last_message
    assert "case-01.pdf: Taroudant Community School" in message
    assert "anonymised: " in message and "Taroudant: replaced" in message
    text = "".join(
        p.extract_text() or "" for p in PdfReader(tmp_path / "all" / "case-01.pdf").pages
    )
    assert "Taroudant" not in text and "[place] Community School" in text
