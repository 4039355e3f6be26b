"""The choice of a report's language (export dialogs): every language reports ship in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from fieldkit.export.report_words import REPORT_LANGUAGES


def report_language_box(parent: QWidget | None = None, locale: QLocale | None = None) -> QComboBox:
    """A combo box of the report languages (each named in itself), set to the interface's
    language when reports ship in it, else English. ``currentData()`` is the language code."""
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("ReportLanguageBox", "Report language"))
    for code, name in REPORT_LANGUAGES.items():
        box.addItem(name, code)
    wanted = (locale or QLocale()).name().split("_")[0]
    index = box.findData(wanted)
    box.setCurrentIndex(index if index >= 0 else box.findData("en"))
    return box


__all__ = ["report_language_box"]
