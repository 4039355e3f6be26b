"""export pdf / qdpx / csv and import qdpx through the CLI, on the small demo corpus."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.export.pdf.readback import pdf_text
from tests.cli.conftest import Run


@pytest.fixture
def demo(ok) -> str:
    return ok("demo", "--scale", "small")


def test_export_pdf_of_one_case_and_of_all(fk, ok, demo: str, tmp_path: Path) -> None:
    cases = json.loads(ok("case", "list", "--json"))
    case = cases[0]
    out = tmp_path / "one.pdf"
    result = fk("export", "pdf", case["id"][:8], "-o", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == str(out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert case["title"] in text
    anonymous = tmp_path / "anon.pdf"
    assert fk("export", "pdf", case["id"], "-o", str(anonymous), "--anonymised").code == 0
    text = "\n".join(page.extract_text() for page in PdfReader(anonymous).pages)
    assert "[place]" in text  # the locality in the case title is below region
    folder = tmp_path / "all"
    result = fk("export", "pdf", "--all", "-o", str(folder))
    assert result.code == 0, result.err
    written = sorted(folder.glob("*.pdf"))
    assert len(written) == len(cases)
    assert f"{len(cases)} case studies written" in result.err


def test_export_pdf_bad_input(fk, ok, demo: str, tmp_path: Path) -> None:
    result = fk("export", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "CASE_ID" in result.err
    case = json.loads(ok("case", "list", "--json"))[0]["id"]
    result = fk("export", "pdf", case, "-o", str(tmp_path / "x.pdf"), "--section", "chapter9")
    assert result.code == 1 and "unknown section chapter9" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_qdpx_round_trip_and_csv(fk, ok, demo: str, tmp_path: Path) -> None:
    qdpx = tmp_path / "study.qdpx"
    assert ok("export", "qdpx", "-o", str(qdpx)) == str(qdpx)
    with zipfile.ZipFile(qdpx) as z:
        assert "project.qde" in z.namelist()
    other = tmp_path / "other"
    import io

    from fieldkit.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(other), "import", "qdpx", str(qdpx)], out=out, err=err)
    assert code == 0, err.getvalue()
    assert "created study" in err.getvalue()
    folder = tmp_path / "csv"
    paths = ok("export", "csv", "-o", str(folder)).splitlines()
    assert {Path(p).name for p in paths} >= {"coded_passages.csv", "themes.csv"}
    with open(folder / "themes.csv", encoding="utf-8-sig", newline="") as f:
        names = {row["name"] for row in csv.DictReader(f)}
    assert "Trust and relationships" in names


def test_import_of_a_file_that_is_not_a_project(fk, ok, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.qdpx"
    bogus.write_text("just text", encoding="utf-8")
    before = ok("export", "json")
    result = fk("import", "qdpx", str(bogus))
    assert result.code == 1 and result.err.startswith("fieldkit: error: ")
    assert "Traceback" not in result.err
    assert ok("export", "json") == before


def test_demo_exports_leave_out_pending_and_withdrawn_participants(
    fk, ok, demo: str, tmp_path: Path
) -> None:
    dump = json.loads(ok("export", "json"))
    assert dump["contents"].startswith("full backup")  # the backup says it is not filtered
    tables = dump["tables"]
    withheld = {
        p["id"]: p["code"] for p in tables["participants"] if p["consent_status"] != "given"
    }
    assert withheld, "the small demo has participants whose consent is pending or withdrawn"
    links = [link for link in tables["interview_participants"] if link["deleted_at"] is None]
    gone = {link["interview_id"] for link in links if link["participant_id"] in withheld}
    titles = {i["id"]: i["title"] for i in tables["interviews"]}
    assert gone
    result = fk("export", "csv", "-o", str(tmp_path / "csv"))
    assert result.code == 0, result.err

    def rows(name: str) -> list[dict[str, str]]:
        with open(tmp_path / "csv" / name, encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    passages, records = rows("coded_passages.csv"), rows("records.csv")
    assert not {r["record id"] for r in passages} & gone
    assert not {r["record id"] for r in records} & gone
    assert not {r["participant id"] for r in rows("participants.csv")} & set(withheld)
    for row in passages + records:
        codes = set(row["participant codes"].split(", "))
        assert not codes & set(withheld.values()), row["record title"]
    assert "[withheld" not in (tmp_path / "csv" / "coded_passages.csv").read_text("utf-8-sig")
    assert any(r["quote_restriction"] for r in passages)  # no-quotes passages are marked
    # every export ends with the same "withheld: …" report on stderr, with the same counts
    line = f"withheld: material from {len(withheld)} participants whose consent is pending"
    assert line in result.err
    assert f"{len(gone)} interviews" in result.err
    qdpx = fk("export", "qdpx", "-o", str(tmp_path / "s.qdpx"))
    assert qdpx.code == 0, qdpx.err
    csv_report = [x for x in result.err.splitlines() if x.startswith("fieldkit: withheld: ")]
    qdpx_report = [x for x in qdpx.err.splitlines() if x.startswith("fieldkit: withheld: ")]
    assert csv_report == qdpx_report and len(csv_report) == 1
    with zipfile.ZipFile(tmp_path / "s.qdpx") as z:
        qde = z.read("project.qde").decode("utf-8")
    for interview_id in gone:
        assert titles[interview_id] not in qde
    for code in withheld.values():
        assert f'name="{code}"' not in qde


def test_export_json_help_says_it_is_the_full_backup(capsys: pytest.CaptureFixture[str]) -> None:
    from fieldkit.cli import main

    with pytest.raises(SystemExit):
        main(["export", "json", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "full backup" in help_text and "no consent rules applied" in help_text


def test_cli_profile_name_and_photo_size(fk: Run, tmp_path: Path) -> None:
    assert fk("profile").code == 0
    set_name = fk("profile", "--name", "  Amina   Diallo ")
    assert set_name.code == 0 and set_name.out.strip() == "Amina Diallo"
    study = fk("study", "create", "S").out.strip()
    case = fk("case", "add", "--study", study, "--title", "Case A").out.strip()
    out = tmp_path / "a.pdf"
    assert fk("export", "pdf", case, "-o", str(out), "--photo-size", "small").code == 0
    assert "Prepared by Amina Diallo" in " ".join(pdf_text(out).split())
    other = fk("export", "pdf", case, "-o", str(out), "--prepared-by", "Team Lead")
    assert other.code == 0 and "Prepared by Team Lead" in " ".join(pdf_text(out).split())
    with pytest.raises(SystemExit) as usage:  # argparse's usage error: exit status 2
        fk("export", "pdf", case, "-o", str(out), "--photo-size", "huge")
    assert usage.value.code == 2
    assert fk("profile", "--clear").code == 0
    assert fk("export", "pdf", case, "-o", str(out)).code == 0
    assert "Prepared by" not in pdf_text(out)
    empty = fk("profile", "--name", "   ")
    assert empty.code == 1 and "empty" in empty.err and "Traceback" not in empty.err


def test_export_pdf_all_warnings_name_their_file(fk, ok, demo: str, tmp_path: Path) -> None:
    """With --all, "warning: 2 photos were left out" came after one case's lines with nothing
    saying which file it was about."""
    result = fk("export", "pdf", "--all", "--anonymised", "-o", str(tmp_path / "anon"))
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if "warning:" in line]
    assert any("photos were left out" in line for line in warnings)
    assert all(re.match(r"fieldkit: case-\d+\.pdf: warning: ", line) for line in warnings), warnings
