from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.demo import generate
from fieldkit.storage.db import Store
from fieldkit.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    generate(store, scale="small")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def _select_first_case(window: MainWindow) -> str:
    case_item = window.nav_model.item(0).child(0)
    window.navigator.setCurrentIndex(case_item.index())
    return case_item.text().rsplit("  (", 1)[0]


def test_pdf_of_the_selected_case_runs_off_the_gui_thread(qtbot, window, tmp_path: Path) -> None:
    title = _select_first_case(window)
    dialog = window.exports.pdf_dialog()
    assert dialog is not None and dialog.one_case.isChecked()
    target = tmp_path / "case.pdf"
    dialog.target_file.edit.setText(str(target))
    dialog.sections["photos"].setChecked(False)
    control = window.exports.run_pdf(dialog)
    assert not control.cancelled()
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    assert window.exports.last_message.startswith(f"Saved {target}")
    assert "\nwithheld: " in window.exports.last_message  # the same report as the CLI's
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert title in text


def test_batch_pdf_can_be_cancelled(qtbot, window, tmp_path: Path) -> None:
    dialog = window.exports.pdf_dialog()
    assert dialog is not None
    dialog.all_cases.setChecked(True)
    dialog.target_folder.edit.setText(str(tmp_path / "all"))
    control = window.exports.run_pdf(dialog)
    control.cancel()
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    assert "Cancelled" in window.exports.last_message
    folder = tmp_path / "all"
    for pdf in folder.glob("*.pdf") if folder.exists() else ():
        assert PdfReader(pdf).pages  # whatever was written before Cancel is whole
    leftovers = [p for p in folder.iterdir() if p.suffix != ".pdf"] if folder.exists() else []
    assert leftovers == []


def test_qdpx_csv_and_import_from_the_menus(qtbot, window, tmp_path: Path) -> None:
    window.exports.export_qdpx(tmp_path / "s.qdpx")
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    assert (tmp_path / "s.qdpx").is_file()
    qdpx_report = window.exports.last_message.splitlines()[1]
    assert qdpx_report.startswith("withheld: material from ")
    window.exports.last_message = ""
    window.exports.export_csv(tmp_path / "csv")
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    assert (tmp_path / "csv" / "coded_passages.csv").is_file()
    assert window.exports.last_message.splitlines()[1] == qdpx_report  # counted the same way
    window.exports.last_message = ""
    studies_before = window.nav_model.rowCount()
    window.exports.ask_import(tmp_path / "s.qdpx")
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    summary = window.exports.last_message.splitlines()[0]
    counted = r"\d+ interview(s|\(s\))?, \d+ coding(s|\(s\))?"
    assert re.fullmatch(rf"Imported “.+”: {counted}\.", summary), summary
    assert window.nav_model.rowCount() == studies_before + 1


def test_an_import_error_is_a_message_not_a_traceback(qtbot, window, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "x.qdpx"
    bogus.write_bytes(b"not a zip")
    window.exports.ask_import(bogus)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "Traceback" not in shown[0] and "zip" in shown[0].lower()


def test_pdf_dialog_photo_size_and_prepared_by(qtbot, window, tmp_path: Path) -> None:
    from fieldkit.settings import Settings

    _select_first_case(window)
    dialog = window.exports.pdf_dialog()
    assert dialog is not None
    assert dialog.photo_size.currentData() == "medium"  # 50 photos stay under 5 MB
    assert dialog.prepared_by.text() == ""  # no profile name yet: the line is left out
    assert dialog.options().prepared_by is None
    dialog.photo_size.setCurrentIndex(dialog.photo_size.findData("small"))
    dialog.prepared_by.setText("  Amina   Diallo ")
    target = tmp_path / "case.pdf"
    dialog.target_file.edit.setText(str(target))
    options = dialog.options()
    assert options.photo_size == "small" and options.prepared_by == "Amina Diallo"
    window.exports.run_pdf(dialog)
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    text = " ".join("".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Prepared by Amina Diallo" in text
    # The name typed becomes the profile name, offered by the next dialog.
    assert Settings.load(window.exports.store.data_dir).display_name == "Amina Diallo"
    again = window.exports.pdf_dialog()
    assert again is not None and again.prepared_by.text() == "Amina Diallo"
