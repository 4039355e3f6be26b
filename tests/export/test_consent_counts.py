"""Every export counts what consent held back the same way, as the passages it can show.

A coding whose theme is gone (deleted on another laptop while this one coded, then synced) is in
no export: no CSV row, no .qdpx selection, no bar in the PDF chart. It is not counted either.
"""

from __future__ import annotations

import csv as csv_module
from pathlib import Path

from sqlmodel import select

from fieldkit.export.consent import NO_QUOTES
from fieldkit.export.csv_export import export_csv
from fieldkit.export.pdf import export_case_pdf
from fieldkit.export.qdpx import export_qdpx
from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, Theme
from fieldkit.storage.records import delete_row
from fieldkit.storage.themes import add_theme
from tests.export.study_factory import build_consent_case, span


def test_codings_on_a_deleted_theme_are_counted_nowhere(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    try:
        built = build_consent_case(store, state="no_quotes", group=False)
        with store.write() as s:
            theme = add_theme(s, study_id=built.study_id, name="Ferry timetable")
        with store.write() as s:
            interview = s.get(Interview, built.subject_interview_id)
            assert interview is not None
            a, b = span(interview.transcript, "evening lessons")
            code_text(s, record_id=interview.id, theme="Ferry timetable", start=a, end=b)
            gone = s.exec(select(Theme).where(Theme.id == theme.id)).one()
            delete_row(s, gone)
        pdf = export_case_pdf(store, case_id=built.case_id, path=tmp_path / "c.pdf")
        csv = export_csv(store, folder=tmp_path / "csv", study_id=built.study_id)
        qdpx = export_qdpx(store, path=tmp_path / "s.qdpx", study_id=built.study_id)
    finally:
        store.close()
    marked = [
        row
        for row in (tmp_path / "csv" / "coded_passages.csv").read_text("utf-8-sig").splitlines()
        if f"not for quotation: {NO_QUOTES}" in row
    ]
    assert len(marked) == 1  # the passage on a live theme
    records = (tmp_path / "csv" / "records.csv").read_text("utf-8-sig").splitlines()
    header = records[0].split(",")
    row = next(r for r in csv_rows(records) if r["record id"] == built.subject_interview_id)
    assert row["codings"] == "1" and header[-1] == "quote_restriction"
    for report in (pdf.consent, csv.consent, qdpx.consent):
        assert report.restricted == {NO_QUOTES: 1}


def csv_rows(lines: list[str]) -> list[dict[str, str]]:
    return list(csv_module.DictReader(lines))
