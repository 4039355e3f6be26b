"""Free-word tags in every export: records.csv, the .qdpx (a "free tags" variable, read back
by the importer) and the case PDF's profile, never from a withheld interview."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from pypdf import PdfReader

from fieldkit.export.csv_export import export_csv
from fieldkit.export.pdf import export_case_pdf
from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import add_free_tag, free_tags_for
from tests.export.study_factory import Built, build_study


def _tagged(store: Store) -> Built:
    built = build_study(store, learner_consent="given")
    with store.write() as session:
        for record in (built.interview_id, built.observation_id, built.case_id):
            add_free_tag(session, record_id=record, word="radio")
        add_free_tag(session, record_id=built.interview_id, word="Générateur")
        add_free_tag(session, record_id=built.withdrawn_interview_id, word="secret-word")
    return built


def test_records_csv_lists_free_tags(store: Store, tmp_path: Path) -> None:
    built = _tagged(store)
    export_csv(store, folder=tmp_path, study_id=built.study_id)
    with (tmp_path / "records.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = {r["record id"]: r for r in csv.DictReader(f)}
    assert rows[built.interview_id]["free tags"] == "Générateur; radio"
    assert rows[built.observation_id]["free tags"] == "radio"
    assert built.withdrawn_interview_id not in rows
    assert "secret-word" not in (tmp_path / "records.csv").read_text(encoding="utf-8-sig")


def test_qdpx_writes_free_tags_as_a_variable_and_imports_them_back(
    store: Store, tmp_path: Path
) -> None:
    built = _tagged(store)
    path = tmp_path / "study.qdpx"
    export_qdpx(store, path=path, study_id=built.study_id)
    with zipfile.ZipFile(path) as zf:
        project = zf.read("project.qde").decode("utf-8")
    assert 'name="free tags"' in project and "Générateur; radio" in project
    assert "secret-word" not in project
    fresh = Store.open(tmp_path / "fresh")
    try:
        report = import_qdpx(fresh, path=path)
        assert report.warnings == [] and report.free_tags == 4
        with fresh.read() as session:
            words = {
                r: [t.word for t in free_tags_for(session, record_id=r)]
                for r in (built.interview_id, built.observation_id, built.case_id)
            }
        assert words == {
            built.interview_id: ["Générateur", "radio"],
            built.observation_id: ["radio"],
            built.case_id: ["radio"],
        }
        again = import_qdpx(fresh, path=path, study_id=report.study_id)  # a merge adds nothing
        assert again.free_tags == 0
    finally:
        fresh.close()


def test_case_pdf_profile_counts_free_tags(store: Store, tmp_path: Path) -> None:
    built = _tagged(store)
    pdf = tmp_path / "case.pdf"
    export_case_pdf(store, case_id=built.case_id, path=pdf)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Free tags radio (3), Générateur (1)" in text
    assert "secret-word" not in text
