"""A participant who speaks in a transcript is in that interview, linked or not.

Linking every speaker is easy to forget for a group interview; the transcript says who spoke
("P-014: …", "[02:10] P-014: …"). The consent policy takes the speakers with the links, so a
withdrawn participant's words never travel in a colleague's interview and a participant who did
not allow quotes is not quoted from one. Checked in the bytes of real exports.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from fieldkit.export.consent import NO_QUOTES
from fieldkit.export.csv_export import export_csv
from fieldkit.export.pdf import export_case_pdf
from fieldkit.export.qdpx import export_qdpx
from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.models import Participant
from fieldkit.storage.records import add_interview, add_observation
from tests.export.study_factory import OTHER_CODE, SUBJECT_CODE, build_consent_case, span

UNLINKED_WORDS = "Jqvspoken the night school roof leaks every rainy season"
OTHER_TURN = "the club meets on Fridays"


def _export(root: Path, state: str, *, observation: bool = False) -> dict[str, object]:
    """P-SUBJ (in ``state``) speaks, unlinked, in an interview of P-OK's "Club meeting" — or,
    with ``observation``, in an observation of that name."""
    store = Store.open(root / "data")
    try:
        built = build_consent_case(store, state=state, group=False)
        text = f"[00:00] {OTHER_CODE}: {OTHER_TURN}.\n[00:12] {SUBJECT_CODE}: {UNLINKED_WORDS}.\n"
        with store.write() as s:
            if observation:
                record_id = add_observation(
                    s,
                    case_id=built.case_id,
                    date="2024-09-09",
                    title="Club meeting",
                    description=text,
                ).id
            else:
                record_id = add_interview(
                    s,
                    case_id=built.case_id,
                    date="2024-09-09",
                    title="Club meeting",
                    participant_ids=[_other_id(s, built.case_id)],  # P-SUBJ speaks, unlinked
                    transcript=text,
                ).id
            a, b = span(text, UNLINKED_WORDS)
            code_text(s, record_id=record_id, theme="Trust and relationships", start=a, end=b)
        pdf = export_case_pdf(store, case_id=built.case_id, path=root / "c.pdf")
        csv_report = export_csv(store, folder=root / "csv", study_id=built.study_id)
        qdpx = export_qdpx(store, path=root / "s.qdpx", study_id=built.study_id)
    finally:
        store.close()
    pdf_text = " ".join(
        unicodedata.normalize(
            "NFKC", " ".join(p.extract_text() or "" for p in PdfReader(root / "c.pdf").pages)
        ).split()
    )
    with zipfile.ZipFile(root / "s.qdpx") as zf:
        qdpx_text = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    passages = list(
        csv.DictReader((root / "csv" / "coded_passages.csv").read_text("utf-8-sig").splitlines())
    )
    return {
        "pdf": pdf_text,
        "qdpx": qdpx_text,
        "passages": passages,
        "reports": [pdf.consent, csv_report.consent, qdpx.consent],
    }


def _other_id(s: Session, case_id: str) -> str:
    query = select(Participant).where(
        Participant.case_id == case_id, Participant.code == OTHER_CODE
    )
    return s.exec(query).one().id


@pytest.mark.parametrize("state", ["withdrawn", "pending"])
def test_unlinked_withheld_speaker_withholds_the_interview(tmp_path: Path, state: str) -> None:
    out = _export(tmp_path, state)
    assert "Club meeting" not in out["pdf"] and "Jqvspoken" not in out["pdf"]
    assert "Jqvspoken" not in out["qdpx"] and "Club meeting" not in out["qdpx"]
    assert not [r for r in out["passages"] if "Jqvspoken" in r["text"]]  # type: ignore[attr-defined]
    for report in out["reports"]:  # type: ignore[attr-defined]
        assert (report.participants, report.records, report.passages) == (1, 2, 2)


def test_unlinked_speaker_without_quotes_is_not_quoted_and_is_marked(tmp_path: Path) -> None:
    out = _export(tmp_path, "no_quotes")
    assert "Club meeting" in out["pdf"] and "Jqvspoken" not in out["pdf"]
    rows = [r for r in out["passages"] if "Jqvspoken" in r["text"]]  # type: ignore[attr-defined]
    assert len(rows) == 1 and rows[0]["quote_restriction"] == f"not for quotation: {NO_QUOTES}"
    for report in out["reports"]:  # type: ignore[attr-defined]
        assert report.restricted == {NO_QUOTES: 2}


def test_observation_with_a_withdrawn_speaker_is_left_out(tmp_path: Path) -> None:
    """Field notes that record a participant's turn carry their words: the same rules."""
    out = _export(tmp_path, "withdrawn", observation=True)
    for fmt in ("pdf", "qdpx"):
        text = out[fmt]
        assert "Club meeting" not in text and "Jqvspoken" not in text  # type: ignore[operator]
        assert OTHER_TURN not in text  # type: ignore[operator]
    assert not [r for r in out["passages"] if "Jqvspoken" in r["text"]]  # type: ignore[attr-defined]
    for report in out["reports"]:  # type: ignore[attr-defined]
        assert (report.participants, report.records, report.observations) == (1, 1, 1)
        assert report.passages == 2
        assert "(1 interview, 1 observation, 2 coded passages)" in report.summary()
    assert "The 2 passages of the 1 interview and 1 observation left out for consent" in str(
        out["pdf"]
    )


def test_observation_with_a_no_quotes_speaker_is_not_quoted_and_is_marked(tmp_path: Path) -> None:
    out = _export(tmp_path, "no_quotes", observation=True)
    pdf = out["pdf"]
    assert "Club meeting" in pdf and "[words not quoted]" in pdf  # type: ignore[operator]
    # the strictest rule, as in a group interview: nobody speaking in it is quoted
    assert "Jqvspoken" not in pdf and OTHER_TURN not in pdf  # type: ignore[operator]
    rows = [r for r in out["passages"] if "Jqvspoken" in r["text"]]  # type: ignore[attr-defined]
    assert len(rows) == 1 and rows[0]["quote_restriction"] == f"not for quotation: {NO_QUOTES}"
    source = re.search(
        r'<TextSource [^>]*name="Club meeting"[^>]*>\s*<Description>([^<]*)', out["qdpx"]
    )  # type: ignore[arg-type]
    assert source and source.group(1).startswith(f"CONSENT — Not for quotation: {NO_QUOTES}.")
    for report in out["reports"]:  # type: ignore[attr-defined]
        assert report.restricted == {NO_QUOTES: 2}
