"""The streaming .qdpx export finds who speaks in a record a batch of texts at a time.

The plan reads transcripts and descriptions :data:`export_plan.BATCH` records at a time to find
the speakers (``study_consent.study_consent``) and keeps none of them; a withheld participant who
speaks, unlinked, in a record of a later batch is found all the same, and the .qdpx counts what
it held back exactly as the CSV does.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import inspect

from fieldkit.export.csv_export import export_csv
from fieldkit.export.qdpx import export_plan, export_qdpx
from fieldkit.export.qdpx.export_report import QdpxReport
from fieldkit.export.qdpx.snapshot import resolve_study
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, Observation
from fieldkit.storage.records import add_interview, add_observation
from tests.export.study_factory import SUBJECT_CODE, build_consent_case

LATE_WORDS = "Xqzlateword the generator fails when the rains come"


def _build(store: Store) -> tuple[str, str]:
    """Five plain observations, then (dated last, so in the last batch) an unlinked interview and
    an observation in which the withdrawn P-SUBJ speaks."""
    built = build_consent_case(store, state="withdrawn", group=False)
    turn = f"[00:05] {SUBJECT_CODE}: {LATE_WORDS}.\n"
    with store.write() as s:
        for n in range(5):
            add_observation(
                s,
                case_id=built.case_id,
                date=f"2024-08-0{n + 1}",
                title=f"Morning round {n}",
                description="The researcher counts the pupils at the gate.",
            )
        add_interview(
            s,
            case_id=built.case_id,
            date="2025-01-01",
            title="Late unlinked talk",
            transcript=turn,
        )
        add_observation(
            s, case_id=built.case_id, date="2025-01-02", title="Late field notes", description=turn
        )
    return built.study_id, built.case_id


def test_a_speaker_in_a_later_batch_is_found_and_no_text_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_plan, "BATCH", 2)
    store = Store.open(tmp_path / "data")
    try:
        study_id, _case_id = _build(store)
        with store.read() as session:
            study = resolve_study(session, study_id)
            report = QdpxReport(tmp_path, study_id)
            plan = export_plan.load_plan(session, study, store.blobs, report)
            titles = {r.title for r in plan.records}
            # the plan holds the records' outline, never their texts
            for record in plan.records:
                column = "transcript" if isinstance(record, Interview) else "description"
                assert isinstance(record, Interview | Observation)
                assert column in inspect(record).unloaded
        assert "Morning round 4" in titles
        assert "Late unlinked talk" not in titles and "Late field notes" not in titles
        qdpx = export_qdpx(store, path=tmp_path / "s.qdpx", study_id=study_id)
        csv = export_csv(store, folder=tmp_path / "csv", study_id=study_id)
    finally:
        store.close()
    with zipfile.ZipFile(tmp_path / "s.qdpx") as zf:
        written = "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())
    assert "Morning round 4" in written
    assert "Xqzlateword" not in written and "Late unlinked talk" not in written
    assert SUBJECT_CODE not in written
    assert qdpx.consent == csv.consent
    assert qdpx.consent.observations == 1 and qdpx.consent.records >= 2
