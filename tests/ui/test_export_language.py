"""The PDF export dialog's report language: chosen with the keyboard, carried in the options."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from fieldkit.ui.dialogs.export_dialogs import PdfExportDialog
from fieldkit.ui.dialogs.report_language_box import report_language_box


def test_the_pdf_dialog_writes_the_report_in_the_chosen_language(qtbot) -> None:
    dialog = PdfExportDialog(themes=[], case_title="Dagana Reading Camps")
    qtbot.addWidget(dialog)
    box = dialog.language
    box.setFocus()
    while box.currentData() != "fr":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "Français"
    assert dialog.options().language == "fr"


def test_the_default_is_the_interface_language_when_reports_ship_in_it(qtbot) -> None:
    box = report_language_box(locale=QLocale("pt_BR"))
    qtbot.addWidget(box)
    assert box.currentData() == "pt"
    box = report_language_box(locale=QLocale("de_DE"))
    qtbot.addWidget(box)
    assert box.currentData() == "en"
