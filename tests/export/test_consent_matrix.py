"""The consent matrix: every export format × consent state × individual/group interview.

Each cell builds a real study (SQLite file, real exports), and asserts in the bytes of the output
(text extracted from the PDF) what appears, what does not — the participant's code, name, their
unique words, their record's title and date — and which restriction marks travel.
"""

from __future__ import annotations

import io
import json
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.export.consent import NO_QUOTES, WithheldReport
from fieldkit.export.csv_export import export_csv
from fieldkit.export.json_dump import write_json_dump
from fieldkit.export.pdf import PdfOptions, export_case_pdf
from fieldkit.export.qdpx import export_qdpx
from fieldkit.export.qdpx import ids as qdpx_ids
from fieldkit.export.qdpx.names import NS, QUOTE_RESTRICTION
from fieldkit.storage.db import Store
from tests.export.study_factory import (
    CONSENT_STATES,
    GROUP_WORDS,
    OTHER_CODE,
    OTHER_NAME,
    SUBJECT_CODE,
    SUBJECT_DATE,
    SUBJECT_NAME,
    SUBJECT_TITLE,
    SUBJECT_WORDS,
    build_consent_case,
)

FORMATS = ("pdf", "pdf-anonymised", "csv", "qdpx", "json")
SHAPES = ("individual", "group")
N = {"q": NS}
WORD = SUBJECT_WORDS.split()[0]  # a word nobody else says
GROUP_WORD = GROUP_WORDS.split()[0]
PDF_DATE = "19 July 2024"
RESTRICTION = f"not for quotation: {NO_QUOTES}"


@dataclass
class Outputs:
    state: str
    group: bool
    pdf: str  # extracted text
    anonymised: str  # extracted text of the anonymised edition
    csv: dict[str, str]  # file name -> text
    qdpx: str  # every member of the zip, as text
    qde: ET.Element
    json: str
    reports: dict[str, WithheldReport]


_CACHE: dict[tuple[str, bool], Outputs] = {}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    def get(state: str, group: bool) -> Outputs:
        key = (state, group)
        if key not in _CACHE:
            _CACHE[key] = _export_all(tmp_path_factory.mktemp(f"{state}-{group}"), state, group)
        return _CACHE[key]

    return get


def _export_all(root: Path, state: str, group: bool) -> Outputs:
    store = Store.open(root / "data")
    try:
        built = build_consent_case(store, state=state, group=group)
        pdf = export_case_pdf(store, case_id=built.case_id, path=root / "case.pdf")
        anon = export_case_pdf(
            store,
            case_id=built.case_id,
            path=root / "anon.pdf",
            options=PdfOptions(anonymised=True),
        )
        csv = export_csv(store, folder=root / "csv", study_id=built.study_id)
        qdpx = export_qdpx(store, path=root / "study.qdpx", study_id=built.study_id)
        with zipfile.ZipFile(root / "study.qdpx") as zf:
            members = b"\n".join(zf.read(n) for n in zf.namelist()).decode("utf-8")
            qde = ET.fromstring(zf.read("project.qde"))
        out = io.StringIO()
        with store.read() as session:
            write_json_dump(session, out)
    finally:
        store.close()
    return Outputs(
        state=state,
        group=group,
        pdf=_pdf_text(root / "case.pdf"),
        anonymised=_pdf_text(root / "anon.pdf"),
        csv={p.name: p.read_bytes().decode("utf-8-sig") for p in csv.paths},
        qdpx=members,
        qde=qde,
        json=out.getvalue(),
        reports={
            "pdf": pdf.consent,
            "pdf-anonymised": anon.consent,
            "csv": csv.consent,
            "qdpx": qdpx.consent,
        },
    )


def _pdf_text(path: Path) -> str:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _text(o: Outputs, fmt: str) -> str:
    if fmt == "pdf":
        return o.pdf
    if fmt == "pdf-anonymised":
        return o.anonymised
    if fmt == "csv":
        return "\n".join(o.csv.values())
    return o.qdpx if fmt == "qdpx" else o.json


def _date(fmt: str) -> str:
    return PDF_DATE if fmt.startswith("pdf") else SUBJECT_DATE


def _expected(state: str, fmt: str) -> dict[str, bool]:
    """What of the participant must appear (True) or must not (False) in this format."""
    if fmt == "json":  # the full backup: everything
        return {"code": True, "name": True, "words": True, "title": True, "date": True}
    withheld = state in ("pending", "withdrawn")
    shown = not withheld
    named = state in ("given", "no_quotes") and fmt in ("pdf", "csv")  # .qdpx: never names
    words = shown and not (state == "no_quotes" and fmt.startswith("pdf"))
    expected = {"code": shown, "name": named, "words": words, "title": shown, "date": shown}
    if fmt == "pdf-anonymised" and shown:
        del expected["title"]  # the anonymised edition names records "Interview N"
    return expected


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("state", list(CONSENT_STATES))
def test_consent_matrix(outputs, state: str, shape: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    o: Outputs = outputs(state, shape == "group")
    text = _text(o, fmt)
    expected = _expected(state, fmt)
    found = {
        "code": SUBJECT_CODE in text,
        "name": SUBJECT_NAME in text,
        "words": WORD in text,
        "title": SUBJECT_TITLE in text,
        "date": _date(fmt) in text,
    }
    assert {k: v for k, v in found.items() if k in expected} == expected
    # The other participant's own interview is always there (the export is not empty).
    assert "Vbnquarry" in text
    if o.group:
        _check_group(o, fmt, text)
    _check_marks(o, fmt)
    _check_report(o, fmt)


def _check_group(o: Outputs, fmt: str, text: str) -> None:
    """A group interview takes the strictest rule of its participants."""
    group_words = GROUP_WORD in text
    if fmt == "json":
        assert group_words
    elif o.state in ("pending", "withdrawn"):
        assert not group_words  # P-OK's words in the group go with the whole interview
    elif o.state == "no_quotes" and fmt.startswith("pdf"):
        assert not group_words  # one participant without quotes: nobody in it is quoted
    else:
        assert group_words
    if fmt == "pdf" and o.state == "no_attribution":
        # P-OK allowed attribution, P-SUBJ did not: the group's source carries codes only
        assert f"({OTHER_NAME} ({OTHER_CODE}), {SUBJECT_CODE})" not in text
        assert f"group interview: 1 teacher, 1 learner ({OTHER_CODE}, {SUBJECT_CODE})" in text
    if fmt == "pdf" and o.state == "given":
        names = f"({OTHER_NAME} ({OTHER_CODE}), {SUBJECT_NAME} ({SUBJECT_CODE}))"
        assert f"group interview: 1 teacher, 1 learner {names}" in text


def _check_marks(o: Outputs, fmt: str) -> None:
    """Quotes not allowed: analysis exports carry the words, marked; nothing else is marked."""
    restricted = o.state == "no_quotes"
    if fmt == "csv":
        rows = [
            line
            for name in ("coded_passages.csv", "records.csv")
            for line in o.csv[name].splitlines()
            if SUBJECT_TITLE in line
        ]
        if o.state in ("pending", "withdrawn"):
            assert rows == []
        else:
            assert rows and all((RESTRICTION in r) == restricted for r in rows)
        header = o.csv["coded_passages.csv"].splitlines()[0]
        assert header.endswith("quote_restriction")
        person = [r for r in o.csv["participants.csv"].splitlines() if SUBJECT_CODE in r]
        if o.state in ("pending", "withdrawn"):
            assert person == []
        else:
            assert len(person) == 1 and (RESTRICTION in person[0]) == restricted
    elif fmt == "qdpx":
        source = o.qde.find(f".//q:TextSource[@name='{SUBJECT_TITLE}']", N)
        if o.state in ("pending", "withdrawn"):
            assert source is None
            assert o.qde.find(f".//q:Case[@name='{SUBJECT_CODE}']", N) is None
            return
        assert source is not None
        assert (_variable(source, QUOTE_RESTRICTION) == RESTRICTION) == restricted
        description = source.findtext("q:Description", "", N)
        assert description.startswith(f"CONSENT — N{RESTRICTION[1:]}.") == restricted
        case = o.qde.find(f".//q:Case[@name='{SUBJECT_CODE}']", N)
        assert case is not None
        assert (_variable(case, QUOTE_RESTRICTION) == RESTRICTION) == restricted
        other = o.qde.find(".//q:TextSource[@name='Staff room conversation']", N)
        assert other is not None and _variable(other, QUOTE_RESTRICTION) is None
    elif fmt.startswith("pdf") and restricted:
        assert "not quoted" in _text(o, fmt)
    elif fmt == "json":
        head = json.loads(o.json)
        assert head["contents"].startswith("full backup")
        assert "no consent rules applied" in head["contents"]


def _variable(el: ET.Element, name: str) -> str | None:
    guid = qdpx_ids.variable_guid(name)
    for vv in el.iterfind("q:VariableValue", N):
        ref = vv.find("q:VariableRef", N)
        if ref is not None and ref.get("targetGUID") == guid:
            return vv.findtext("q:TextValue", None, N)
    return None


def _check_report(o: Outputs, fmt: str) -> None:
    """PDF, CSV and .qdpx count withheld material the same way, and say it the same way."""
    if fmt == "json":
        return
    passages = 2 if o.group else 1
    report = o.reports[fmt]
    if o.state in ("pending", "withdrawn"):
        expected = (1, 1, passages, {})
    elif o.state == "no_quotes":
        expected = (0, 0, 0, {NO_QUOTES: passages})
    else:
        expected = (0, 0, 0, {})
    assert (report.participants, report.records, report.passages, report.restricted) == expected
    assert report.publication == fmt.startswith("pdf")
    others = [r for f, r in o.reports.items() if f != fmt]
    for r in others:
        assert (r.participants, r.records, r.passages, r.restricted) == expected
    summary = report.summary()
    assert summary.startswith("withheld: ")
    if o.state in ("pending", "withdrawn"):
        assert "material from 1 participant whose consent is pending or withdrawn" in summary
        if fmt.startswith("pdf"):
            assert "Withheld: material from 1 participant" in _text(o, fmt)
    for line in (SUBJECT_CODE, SUBJECT_NAME, WORD):
        assert line not in summary


def test_interview_with_no_participant_linked(tmp_path: Path) -> None:
    """No participant, so no consent on record for quotes: shown and counted, never quoted in
    the PDF, carried marked in the analysis exports."""
    from fieldkit.export.consent import NO_PARTICIPANT
    from fieldkit.storage.codings import code_text
    from fieldkit.storage.records import add_interview
    from tests.export.study_factory import span

    store = Store.open(tmp_path / "data")
    try:
        built = build_consent_case(store, state="given", group=False)
        words = "Qqorphan the radio lessons reach the hill villages"
        text = f"Unknown speaker: {words}.\n"
        with store.write() as s:
            iv = add_interview(
                s,
                case_id=built.case_id,
                date="2024-08-30",
                title="Market day chat",
                transcript=text,
            )
            a, b = span(text, words)
            code_text(s, record_id=iv.id, theme="Digital access", start=a, end=b)
        pdf = export_case_pdf(store, case_id=built.case_id, path=tmp_path / "c.pdf")
        pdf_text = " ".join(
            " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "c.pdf").pages).split()
        )
        csv = export_csv(store, folder=tmp_path / "csv", study_id=built.study_id)
        qdpx = export_qdpx(store, path=tmp_path / "s.qdpx", study_id=built.study_id)
        with zipfile.ZipFile(tmp_path / "s.qdpx") as zf:
            qde = ET.fromstring(zf.read("project.qde"))
    finally:
        store.close()
    assert "Market day chat" in pdf_text and "Qqorphan" not in pdf_text
    rows = (tmp_path / "csv" / "coded_passages.csv").read_text("utf-8-sig").splitlines()
    orphan = [r for r in rows if "Qqorphan" in r]
    assert len(orphan) == 1 and f"not for quotation: {NO_PARTICIPANT}" in orphan[0]
    source = qde.find(".//q:TextSource[@name='Market day chat']", N)
    assert source is not None
    assert _variable(source, QUOTE_RESTRICTION) == f"not for quotation: {NO_PARTICIPANT}"
    for report in (pdf.consent, csv.consent, qdpx.consent):
        assert report.participants == 0 and report.restricted == {NO_PARTICIPANT: 1}
