"""Every case of a study into a folder: names, failures, cancel, missing photos."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.export.pdf import export_study_pdfs
from fieldkit.export.pdf.batch import safe_file_name
from fieldkit.storage.db import Store
from fieldkit.storage.records import add_interview, add_participant, create_case, create_study
from tests.export.pdf_factory import add_observation_for, add_photo, jpeg_with_orientation


def _study(store: Store, titles: list[str]) -> tuple[str, list[str]]:
    with store.write() as s:
        study = create_study(s, name="Batch study")
        ids = []
        for n, title in enumerate(titles):
            case = create_case(s, study_id=study.id, title=title, country="Kenya")
            p = add_participant(
                s, case_id=case.id, code=f"K-{n}", role="teacher", consent_status="given"
            )
            add_interview(
                s,
                case_id=case.id,
                date="2024-05-01",
                participant_ids=[p.id],
                transcript="We meet every Friday.",
                summary=f"Summary of {title}.",
            )
            ids.append(case.id)
        return study.id, ids


def test_safe_file_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert safe_file_name("Escola São João", taken) == "Escola São João.pdf"
    assert safe_file_name("escola são joão", taken) == "escola são joão (2).pdf"
    assert safe_file_name('a/b\\c:d*e?"f<g>h|', taken) == "a-b-c-d-e-f-g-h.pdf"
    assert safe_file_name("...", taken) == "case.pdf"
    assert safe_file_name("CON", taken) == "CON-case.pdf"
    assert len(safe_file_name("x" * 300, taken)) <= 84


def test_exports_every_case_with_progress(store: Store, tmp_path: Path) -> None:
    study_id, _ids = _study(store, ["Alpha school", "Beta/Gamma hub", "Alpha school"])
    seen: list[float] = []
    out = tmp_path / "pdfs"
    report = export_study_pdfs(
        store, study_id=study_id, folder=out, progress=lambda _m, frac: seen.append(frac)
    )
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Alpha school (2).pdf", "Alpha school.pdf", "Beta-Gamma hub.pdf"]
    assert len(report.exported) == 3 and not report.failed and not report.cancelled
    assert seen[-1] == 1.0 and seen == sorted(seen)
    text = PdfReader(out / "Beta-Gamma hub.pdf").pages[0].extract_text()
    assert "Beta/Gamma hub" in text


def test_one_failing_case_does_not_stop_the_others(store: Store, tmp_path: Path) -> None:
    study_id, ids = _study(store, ["Alpha school", "Beta hub", "Gamma centre"])
    out = tmp_path / "pdfs"
    (out / "Beta hub.pdf").mkdir(parents=True)  # a folder where the PDF must go
    report = export_study_pdfs(store, study_id=study_id, folder=out)
    assert [r.path.name for r in report.exported] == ["Alpha school.pdf", "Gamma centre.pdf"]
    assert len(report.failed) == 1
    failure = report.failed[0]
    assert failure.case_id == ids[1] and failure.case_title == "Beta hub"
    assert "could not be written" in failure.message
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]


def test_cancel_stops_cleanly(store: Store, tmp_path: Path) -> None:
    study_id, _ids = _study(store, ["Alpha school", "Beta hub", "Gamma centre"])
    out = tmp_path / "pdfs"
    state = {"cancel": False}

    def progress(message: str, _frac: float) -> None:
        if message.startswith("Case 2 of 3") and "Laying out" in message:
            state["cancel"] = True

    report = export_study_pdfs(
        store, study_id=study_id, folder=out, progress=progress, cancel=lambda: state["cancel"]
    )
    assert report.cancelled
    assert [p.name for p in out.iterdir()] == ["Alpha school.pdf"]
    assert len(report.exported) == 1


def test_missing_photo_file_is_left_out_with_a_warning(store: Store, tmp_path: Path) -> None:
    study_id, ids = _study(store, ["Alpha school"])
    obs_id = add_observation_for(store, case_id=ids[0])
    data = jpeg_with_orientation()
    add_photo(store, study_id=study_id, target_id=obs_id, data=data, filename="gone.jpg",
              caption="Gone")  # fmt: skip
    add_photo(store, study_id=study_id, target_id=obs_id, data=jpeg_with_orientation(320, 200, 1),
              filename="kept.jpg", caption="Kept photo")  # fmt: skip
    import hashlib

    store.blobs.path_for(hashlib.sha256(data).hexdigest()).unlink()
    report = export_study_pdfs(store, study_id=study_id, folder=tmp_path / "pdfs")
    assert not report.failed
    (result,) = report.exported
    assert any("gone.jpg" in w and "missing" in w for w in result.warnings), result.warnings
    reader = PdfReader(result.path)
    assert sum(len(p.images) for p in reader.pages) == 1


@pytest.mark.slow
def test_demo_study_exports_every_case_without_font_warnings(store: Store, tmp_path: Path) -> None:
    from fieldkit.demo.corpus import generate

    summary = generate(store, scale="small")
    report = export_study_pdfs(store, study_id=summary.study_id, folder=tmp_path / "demo")
    assert not report.failed and not report.cancelled
    assert len(report.exported) == summary.cases
    for result in report.exported:
        assert result.font_warnings == [], result.font_warnings
        assert result.pages >= 5
