"""``fieldkit redact list|add|remove`` and the anonymised export's report, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader


def _study(ok) -> tuple[str, str]:
    study = ok("study", "create", "Reading camps")
    case = ok(
        "case",
        "add",
        "--study",
        study,
        "--title",
        "Taroudant Community School",
        "--country",
        "Morocco",
        "--region",
        "Souss-Massa",
        "--locality",
        "Taroudant",
    )
    ok(
        "participant",
        "add",
        "--case",
        case,
        "--code",
        "P-01",
        "--role",
        "teacher",
        "--consent",
        "given",
        "--name",
        "Leila Benali",
        "--no-audio",
    )
    return study, case


def test_add_list_and_remove(fk, ok) -> None:
    study, _case = _study(ok)
    row = ok("redact", "add", "Taroudant", "--also", "تارودانت", "--kind", "place")
    assert len(row) == 36
    # the same place again with another spelling: one line, both spellings
    assert ok("redact", "add", "TAROUDANT", "--also", "Tarudant") == row
    ok("redact", "add", "Hassan Ouali", "--kind", "person")
    entries = json.loads(ok("redact", "list", "--json"))
    listed = {e["term"]: e for e in entries if e["source"] == "listed"}
    assert listed["Taroudant"]["also"] == ["تارودانت", "Tarudant"]
    assert listed["Taroudant"]["kind"] == "place"
    assert listed["Hassan Ouali"]["kind"] == "person"
    # pre-filled from the records: the participant's name and its parts, the case's places
    sources = {(e["term"], e["source"]) for e in entries}
    assert ("Leila Benali", "participant P-01") in sources
    assert ("Benali", "participant P-01") in sources
    assert ("Souss-Massa", "region of case 'Taroudant Community School'") in sources
    text = ok("redact", "list")
    assert "Taroudant (also: تارودانت, Tarudant)\tplace\tlisted" in text
    # removed by any of its spellings
    result = fk("redact", "remove", "تارودانت")
    assert result.code == 0 and "taken off" in result.err
    entries = json.loads(ok("redact", "list", "--json", "--study", study))
    assert not [e for e in entries if e["source"] == "listed" and e["term"] == "Taroudant"]


def test_bad_input_is_one_clear_line(fk, ok) -> None:
    _study(ok)
    result = fk("redact", "add", "  ")
    assert result.code == 1 and "must not be empty" in result.err
    result = fk("redact", "add", "X")
    assert result.code == 1 and "too short" in result.err
    result = fk("redact", "remove", "Nowhere")
    assert result.code == 1 and "not on the study's list" in result.err
    with pytest.raises(SystemExit) as usage:
        fk("redact", "add", "Tonk", "--kind", "city")
    assert usage.value.code == 2


def test_anonymised_export_reports_replacements(fk, ok, tmp_path: Path) -> None:
    _study(ok)
    ok("redact", "add", "Hassan Ouali", "--kind", "person")
    folder = tmp_path / "out"
    result = fk("export", "pdf", "--all", "--anonymised", "-o", str(folder))
    assert result.code == 0, result.err
    assert result.out.strip() == str(folder / "case-01.pdf")
    assert "case-01.pdf: Taroudant Community School" in result.err
    assert "anonymised:" in result.err and "Taroudant: replaced" in result.err
    text = "\n".join(p.extract_text() or "" for p in PdfReader(folder / "case-01.pdf").pages)
    assert "Taroudant" not in text and "[place] Community School" in text


def test_a_region_that_is_an_ordinary_word_can_be_kept(fk, ok, tmp_path: Path) -> None:
    study = ok("study", "create", "Reading camps")
    ok(
        "case",
        "add",
        "--study",
        study,
        "--title",
        "Kisii reading camp",
        "--country",
        "Kenya",
        "--region",
        "Central",
        "--summary",
        "The central government pays the teachers.",
    )
    out = tmp_path / "a.pdf"

    def text() -> str:
        case = json.loads(ok("case", "list", "--json"))[0]["id"]
        assert fk("export", "pdf", case, "-o", str(out), "--anonymised").code == 0
        return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(out).pages).split())

    assert "The [place] government pays" in text()
    ok("redact", "add", "central", "--kind", "keep")
    assert "The central government pays" in text()
    entries = json.loads(ok("redact", "list", "--json"))
    assert {"term": "central", "kind": "keep", "also": [], "source": "listed"} in entries
