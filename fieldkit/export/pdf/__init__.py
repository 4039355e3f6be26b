"""Case-study PDFs (reportlab): one case, or every case of a study into a folder."""

from fieldkit.export.pdf.batch import export_study_pdfs
from fieldkit.export.pdf.case_report import export_case_pdf
from fieldkit.export.pdf.options import (
    SECTIONS,
    BatchReport,
    CaseFailure,
    ExportCancelled,
    PdfOptions,
    PdfReport,
)

__all__ = [
    "SECTIONS",
    "BatchReport",
    "CaseFailure",
    "ExportCancelled",
    "PdfOptions",
    "PdfReport",
    "export_case_pdf",
    "export_study_pdfs",
]
