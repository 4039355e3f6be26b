"""``fieldkit edit``, ``delete`` and ``restore`` on every kind, and a deleted record leaving
search, counts and every export (PDF text, CSV, .qdpx) at once."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

QUOTE = "the school garden feeds everyone"
TRANSCRIPT = f"Q: What helps here? A: Honestly, {QUOTE}. Q: And trust? A: It grows slowly.\n"


def _setup(ok, tmp_path: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ids = {"study": ok("study", "create", "Coast")}
    ids["case"] = ok("case", "add", "--title", "Village school", "--country", "Kenya")
    ids["p1"] = ok(
        "participant", "add", "--case", ids["case"], "--code", "P-01", "--role", "teacher",
        "--consent", "given", "--consent-date", "2024-03-01",
    )  # fmt: skip
    path = tmp_path / "t.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    # Saved without its participant, as in the issue: every quote is withheld.
    ids["interview"] = ok(
        "interview", "add", "--case", ids["case"], "--date", "2024-03-15", "--transcript",
        str(path), "--title", "Garden talk",
    )  # fmt: skip
    start = TRANSCRIPT.index(QUOTE)
    ids["coding"] = ok(
        "code", ids["interview"], "Trust and relationships", "--start", str(start),
        "--end", str(start + len(QUOTE)),
    )  # fmt: skip
    return ids


def _pdf_text(ok, case: str, path: Path) -> str:  # type: ignore[no-untyped-def]
    ok("export", "pdf", case, "-o", str(path))
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def _count(ok, theme: str) -> int:  # type: ignore[no-untyped-def]
    rows = json.loads(ok("theme", "list", "--json"))
    return next(int(r["codings"]) for r in rows if r["name"] == theme)


def test_edit_participants_then_pdf_quotes_them(ok, fk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _setup(ok, tmp_path)
    assert "feeds everyone" not in _pdf_text(ok, ids["case"], tmp_path / "before.pdf")
    result = fk(
        "edit", ids["interview"][:8], "--participants", "P-01", "--language", "sw",
        "--interviewer", "Amina", "--date", "2024-03-16",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "saved the interview “Garden talk”" in result.err and "warning" not in result.err
    shown = json.loads(ok("show", ids["interview"], "--json"))
    assert shown["language"] == "sw" and shown["interviewer"] == "Amina"
    assert "feeds everyone" in _pdf_text(ok, ids["case"], tmp_path / "after.pdf")
    # Taking every participant off again warns that exports will withhold its quotes.
    result = fk("edit", ids["interview"], "--participants", "")
    assert result.code == 0 and "has no participant" in result.err


def test_delete_asks_then_leaves_search_counts_and_exports(ok, fk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _setup(ok, tmp_path)
    ok("edit", ids["interview"], "--participants", "P-01")
    assert _count(ok, "Trust and relationships") == 1
    refused = fk("delete", ids["interview"])  # stdin is not a terminal: --yes is needed
    assert refused.code == 1
    assert "This deletes the interview “Garden talk”, with 1 coding and 1 participant link" in (
        refused.out
    )
    assert "nothing deleted; add --yes" in refused.err
    assert json.loads(ok("search", "garden", "--json"))
    done = fk("delete", ids["interview"][:8], "--yes")
    assert done.code == 0 and "undo with: fieldkit undelete" in done.err
    assert json.loads(ok("search", "garden", "--json")) == []
    assert _count(ok, "Trust and relationships") == 0
    assert "feeds everyone" not in _pdf_text(ok, ids["case"], tmp_path / "gone.pdf")
    ok("export", "csv", "-o", str(tmp_path / "csv"))
    for table in (tmp_path / "csv").glob("*.csv"):
        assert "feeds everyone" not in table.read_text(encoding="utf-8"), table.name
    ok("export", "qdpx", "-o", str(tmp_path / "p.qdpx"))
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        for name in archive.namelist():
            assert b"feeds everyone" not in archive.read(name), name
    # Undo brings the interview and its coding back.
    ok("undelete", ids["interview"][:8])
    assert _count(ok, "Trust and relationships") == 1
    assert json.loads(ok("search", "garden", "--json"))


def test_delete_asks_on_a_terminal(ok, fk, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _setup(ok, tmp_path)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    kept = fk("delete", ids["case"])
    assert kept.code == 1 and "Delete? [y/N]" in kept.out and "nothing deleted" in kept.err
    assert "with 1 participant, 1 interview and 1 coding." in kept.out
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert fk("delete", ids["case"]).code == 0
    assert json.loads(ok("case", "list", "--json")) == []


@pytest.mark.parametrize(
    ("kind", "argv", "check"),
    [
        ("study", ["--name", "Coast 2", "--description", "Pilot"], ("study", "list")),
        ("case", ["--title", "Hill school", "--region", "Kwale"], ("case", "list")),
        ("p1", ["--code", "P-1A", "--consent", "withdrawn", "--no-quotes"], None),
        ("coding", ["--memo", "key passage", "--star"], None),
    ],
)
def test_edit_each_kind(ok, tmp_path: Path, kind: str, argv: list[str], check) -> None:  # type: ignore[no-untyped-def]
    ids = _setup(ok, tmp_path)
    ok("edit", ids[kind], *argv)
    dump = json.loads(ok("export", "json"))["tables"]
    table = {"study": "studies", "case": "cases", "p1": "participants", "coding": "codings"}
    row = next(r for r in dump[table[kind]] if r["id"] == ids[kind])
    expected = {
        "study": {"name": "Coast 2", "description": "Pilot"},
        "case": {"title": "Hill school", "region": "Kwale"},
        "p1": {"code": "P-1A", "consent_status": "withdrawn", "consent_quotes": False},
        "coding": {"memo": "key passage", "starred": True},
    }[kind]
    assert {k: row[k] for k in expected} == expected


def test_observation_memo_theme_photo_edit_and_delete(ok, fk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _setup(ok, tmp_path)
    notes = tmp_path / "n.txt"
    notes.write_text("Children water the garden.", encoding="utf-8")
    obs = ok(
        "observation", "add", "--case", ids["case"], "--date", "2024-03-16", "--text", str(notes)
    )
    ok("edit", obs, "--setting", "Garden", "--observer", "Joseph", "--title", "Watering")
    theme = ok("theme", "add", "Power")
    ok("edit", theme, "--name", "Power and batteries", "--color", "#123456")
    ok("tag", obs, "Power and batteries")
    refused = fk("delete", theme, "--yes")
    assert refused.code == 1 and "--with-codings" in refused.err and "1 tag" in refused.err
    ok("delete", theme, "--yes", "--with-codings")
    ok("delete", obs, "--yes")
    assert [r["record_id"] for r in json.loads(ok("search", "water", "--json"))] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["edit", "ffffffff", "--title", "x"], "nothing has an id starting with 'ffffffff'"),
        (["delete", "ab", "--yes"], "give at least 4 characters"),
        (["undelete", "{interview}"], "the interview “Garden talk” is not deleted"),
        (["edit", "{interview}", "--country", "Kenya"], "the country of an interview cannot"),
        (["edit", "{interview}"], "nothing to change"),
        (["edit", "{interview}", "--participants", "P-99"], "no participant with the code"),
        (["edit", "{interview}", "--date", "tomorrow"], "not a valid date"),
    ],
)
def test_clear_errors(ok, fk, tmp_path: Path, argv: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    ids = _setup(ok, tmp_path)
    result = fk(*[a.format(**ids) for a in argv])
    assert result.code == 1
    assert message in result.err and "Traceback" not in result.err
