"""CSV export: Excel-friendly UTF-8, RFC 4180, formula-safe, consent applied."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.export.csv_export import export_csv, safe_cell
from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.models import Participant
from fieldkit.storage.records import add_interview
from tests.export.study_factory import build_study, span

MULTI = (
    "P-001: Les élèves lisent.\n"
    "P-001: बच्चे शाम को पढ़ते हैं।\n"
    'P-001: المعلمون يثقون "بالمجتمع", نعم.\n'
    "P-001: 学习中心很重要。\n"
    "P-001: ተማሪዎች ይመጣሉ።\n"
)
NO_QUOTES = "P-002: I prefer you paraphrase me, please.\n"


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM so Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def folder(store: Store, tmp_path: Path) -> Path:
    built = build_study(store)
    with store.write() as s:
        people = {p.code: p for p in s.execute(select(Participant)).scalars()}
        multi = add_interview(
            s,
            case_id=built.case_id,
            date="2024-03-20",
            participant_ids=[people["P-001"].id],
            transcript=MULTI,
            title="Multilingual",
        )
        for words in (
            "Les élèves lisent.",
            "बच्चे शाम को पढ़ते हैं।",
            'المعلمون يثقون "بالمجتمع", نعم.',
            "学习中心很重要。",
            "ተማሪዎች ይመጣሉ።",
        ):
            a, b = span(MULTI, words)
            code_text(
                s,
                record_id=multi.id,
                theme="Cultural relevance",
                start=a,
                end=b,
                coder="Asha Rai",
                memo="line one\nline two",
            )
        quiet = add_interview(
            s,
            case_id=built.case_id,
            date="2024-03-21",
            participant_ids=[people["P-002"].id],
            transcript=NO_QUOTES,
            title="Paraphrase only",
        )
        a, b = span(NO_QUOTES, "I prefer you paraphrase me")
        code_text(
            s,
            record_id=quiet.id,
            theme="Cultural relevance",
            start=a,
            end=b,
            memo="Wants paraphrase",
        )
    out = tmp_path / "csv"
    paths = export_csv(store, folder=out, study_id=built.study_id).paths
    assert [p.name for p in paths] == [
        "coded_passages.csv",
        "records.csv",
        "themes.csv",
        "participants.csv",
    ]
    return out


def test_rows_end_in_crlf_and_quoting_is_rfc4180(folder: Path) -> None:
    raw = (folder / "coded_passages.csv").read_bytes().decode("utf-8-sig")
    assert raw.split("\r\n", 1)[0].startswith("theme,parent theme,case,record type")
    # a cell with a line break, a comma and quotes is quoted, quotes doubled, LF kept inside
    assert '"line one\nline two"' in raw
    assert '"P-001: Les élèves lisent.' not in raw  # only the coded words, not the record
    assert '"المعلمون يثقون ""بالمجتمع"", نعم."' in raw


def test_coded_passages_content_and_multilingual_text(folder: Path) -> None:
    rows = _read(folder / "coded_passages.csv")
    multi = [r for r in rows if r["record title"] == "Multilingual"]
    assert {r["text"] for r in multi} == {
        "Les élèves lisent.",
        "बच्चे शाम को पढ़ते हैं।",
        'المعلمون يثقون "بالمجتمع", نعم.',
        "学习中心很重要。",
        "ተማሪዎች ይመጣሉ።",
    }
    first = multi[0]
    assert first["theme"] == "Cultural relevance"
    assert first["parent theme"] == "Context and culture"
    assert first["case"] == "Pokhara community library"
    assert first["record type"] == "interview"
    assert first["participant codes"] == "P-001"
    assert first["participant roles"] == "P-001: teacher"
    assert first["date"] == "2024-03-20"
    assert first["coder"] == "Asha Rai" and first["memo"] == "line one\nline two"
    assert int(first["end"]) > int(first["start"])
    assert MULTI[int(first["start"]) : int(first["end"])] == first["text"]
    assert first["quote_restriction"] == ""
    # the recording belongs to the group interview, where P-003's consent is pending: no row
    assert [r for r in rows if r["unit"] == "milliseconds"] == []


def test_consent_leaves_out_rows_and_marks_restrictions(folder: Path) -> None:
    raw = "".join(
        (folder / name).read_text(encoding="utf-8-sig")
        for name in ("coded_passages.csv", "records.csv", "themes.csv", "participants.csv")
    )
    # P-003 pending (in the group interview) and P-004 withdrawn: no row, no trace at all
    for gone in ("P-003", "P-004", "Keys = trust.", "the teacher trusts them", "Please do not"):
        assert gone not in raw, gone
    assert "2024-03-15" not in raw and "2024-04-01" not in raw  # their interviews' dates
    assert "Library porch" not in raw and "[withheld" not in raw
    rows = _read(folder / "coded_passages.csv")
    # P-002 allowed no quotes: the analysis export keeps the words, marked
    quiet = next(r for r in rows if r["record title"] == "Paraphrase only")
    assert quiet["text"] == "I prefer you paraphrase me"
    assert quiet["memo"] == "Wants paraphrase"
    assert quiet["quote_restriction"] == "not for quotation: participant did not allow quotes"
    records = {r["title"]: r for r in _read(folder / "records.csv")}
    assert records["Paraphrase only"]["quote_restriction"] == quiet["quote_restriction"]
    assert records["Multilingual"]["quote_restriction"] == ""


def test_formula_cells_are_neutralised(folder: Path) -> None:
    rows = _read(folder / "coded_passages.csv")
    obs = next(r for r in rows if r["record type"] == "observation")
    assert obs["text"] == "'=SUM(A1) is written on the board"
    assert safe_cell("+1 555") == "'+1 555" and safe_cell("@cmd") == "'@cmd"
    assert safe_cell("-x") == "'-x" and safe_cell("plain") == "plain" and safe_cell(42) == 42


def test_records_themes_participants(folder: Path) -> None:
    records = _read(folder / "records.csv")
    assert {r["record type"] for r in records} == {"interview", "observation"}
    assert len(records) == 3  # the group and the withdrawn interview are left out
    themes = {r["name"]: r for r in _read(folder / "themes.csv")}
    assert themes["Evening study"]["path"] == (
        "Ecosystem goals and relationships / Trust and relationships / Library use / Evening study"
    )
    assert themes["Library use"]["colour"] == "#1a2b3c"
    assert themes["Cultural relevance"]["codings"] == "6"
    people = {r["code"]: r for r in _read(folder / "participants.csv")}
    assert set(people) == {"P-001", "P-002"}  # not P-003 (pending) nor P-004 (withdrawn)
    assert people["P-002"]["consent quotes"] == "no"
    assert people["P-002"]["quote_restriction"].startswith("not for quotation: participant")
    assert people["P-001"]["quote_restriction"] == ""
    assert people["P-001"]["name"] == ""  # attribution not allowed: no name
    assert people["P-001"]["interviews"] == "1"  # the group interview is not counted
