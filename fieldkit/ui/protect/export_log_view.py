"""The export log as the app shows it: every export of the study, worded in the interface
language from the log's fields (``fieldkit.export.export_log``).

A log row keeps its scope as the English words the exporting laptop stored ("case …",
"all cases (3 files)", "study", "full dump") and what was withheld as the consent report's
counts; here the scope's known forms and the counts read in the interface language (the
withheld sentence is the one the export dialog shows, ``ExportSummary.consent``). The CLI's
``fieldkit exports log`` keeps the English.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.export.export_log import withheld_report
from fieldkit.storage.models import ExportRecord
from fieldkit.ui.export_summary import ExportSummary
from fieldkit.ui.messages.dates import shown_datetime

_CASE = re.compile(r"case (\S+)")
_ALL_CASES = re.compile(r"all cases \((\d+) files?\)")


class ExportLogDialog(QDialog):
    def __init__(
        self,
        rows: list[ExportRecord],
        parent: QWidget | None = None,
        *,
        case_titles: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_titles = case_titles or {}  # a "case <id>" scope names the case by its title
        self.setWindowTitle(self.tr("Export log"))
        headers = [
            self.tr("When"),  # the laptop's local time
            self.tr("Who"),
            self.tr("Format"),
            self.tr("Scope"),
            self.tr("File"),
            self.tr("Withheld"),
            self.tr("Laptop"),
        ]
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setAccessibleName(self.tr("Exports of this study"))
        self.table.setHorizontalHeaderLabels(headers)
        summary = ExportSummary(self)
        for r, row in enumerate(rows):
            cells = [
                shown_datetime(row.exported_at),
                row.exported_by,
                self.format_text(row),
                self.scope_text(row.scope),
                row.target,
                self.withheld_text(row, summary),
                row.device_id,
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 400)

    def format_text(self, row: ExportRecord) -> str:
        """ "pdf", or "anonymised pdf" for an anonymised edition (the format's own name)."""
        if not row.anonymised:
            return row.format
        return self.tr("anonymised %1", "an export's format, e.g. anonymised pdf").replace(
            "%1", row.format
        )

    def scope_text(self, scope: str) -> str:
        """The stored English scope in the interface language (an unknown form as it is)."""
        if scope == "study":
            return self.tr("the whole study")
        if scope == "full dump":
            return self.tr("full dump")
        if found := _ALL_CASES.fullmatch(scope):
            return self.tr("all cases (%n file(s))", "", int(found.group(1)))
        if found := _CASE.fullmatch(scope):
            case = self.case_titles.get(found.group(1))
            if case is not None:
                return self.tr("case “%1”", "an export's scope: one case").replace("%1", case)
            return self.tr("case %1", "an export's scope: one case, by id").replace(
                "%1", found.group(1)
            )
        return scope

    def withheld_text(self, row: ExportRecord, summary: ExportSummary) -> str:
        report = withheld_report(row)
        if report is None:
            return self.tr("no consent rules (a full dump, not for sharing)")
        return summary.consent(report)


__all__ = ["ExportLogDialog"]
