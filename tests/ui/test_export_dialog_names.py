"""The PDF export dialog suggests a file name and adds the extension (#11 item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from fieldkit.demo import generate
from fieldkit.storage.db import Store
from fieldkit.ui.dialogs.export_dialogs import documents_folder
from fieldkit.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    generate(store, scale="small")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def test_pdf_name_suggested_from_the_case_and_extension_added(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    case_item = window.nav_model.item(0).child(0)
    window.navigator.setCurrentIndex(case_item.index())
    title = case_item.text().rsplit("  (", 1)[0]
    dialog = window.exports.pdf_dialog()
    assert dialog is not None
    suggested = Path(dialog.target_file.edit.text())
    assert suggested.name == f"{title}.pdf" and suggested.parent == documents_folder()
    box = dialog.theme_list.parent()
    assert isinstance(box, QGroupBox) and "Themes" in box.title()  # the list is labelled
    dialog.target_file.edit.selectAll()
    qtbot.keyClick(dialog.target_file.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.target_file.edit, str(tmp_path / "for the ministry"))
    assert dialog.target_file.path() == tmp_path / "for the ministry.pdf"
    for key in ("photos", "codebook", "summaries"):
        dialog.sections[key].setChecked(False)
    window.exports.run_pdf(dialog)
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    saved = tmp_path / "for the ministry.pdf"
    assert saved.exists() and not (tmp_path / "for the ministry").exists()
    assert title in "".join(p.extract_text() for p in PdfReader(saved).pages)
