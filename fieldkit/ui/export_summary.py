"""The lines an export dialog shows when it is done, in the interface language.

Made in the GUI thread (it reads the interface language there) and used by the export's worker
thread. The consent summary ("withheld: …") is the report's own sentence
(``ConsentReport.summary``), said here in the interface language through the report catalogues,
so the words match what the report itself writes in that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject

from fieldkit.export.consent import WithheldReport
from fieldkit.export.report_words import REPORT_LANGUAGES, report_language


class ExportSummary(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        base = QLocale().name().split("_")[0]
        self.language = base if base in REPORT_LANGUAGES else "en"

    def consent(self, consent: WithheldReport) -> str:
        with report_language(self.language):
            return consent.summary()

    def consent_lines(self, consent: WithheldReport) -> list[str]:
        """The report's lines on what is left out and what is not quoted (none: nothing)."""
        with report_language(self.language):
            lines = (consent.withheld_line(), consent.restricted_line())
        return [line for line in lines if line]

    def withheld(self, line: str) -> str:
        """'Withheld: <a line of consent_lines>.' in the interface language."""
        return self.tr("Withheld: %1.").replace("%1", line)

    def saved(self, path: Path) -> str:
        return self.tr("Saved %1.").replace("%1", str(path))

    def saved_pdf(self, path: Path, pages: int) -> str:
        return self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", str(path))

    def saved_csv(self, files: int, folder: Path) -> str:
        return self.tr("Saved %n CSV file(s) in %1.", "", files).replace("%1", str(folder))

    def saved_pdfs(self, files: int, folder: Path) -> str:
        return self.tr("%n case study file(s) saved in %1.", "", files).replace("%1", str(folder))

    def cancelled(self) -> str:
        return self.tr("Cancelled before the end.")
