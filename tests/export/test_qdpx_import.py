"""Importing .qdpx files written by other programs, and refusing bad ones cleanly."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldkit.errors import FileTooLargeError, ProjectFileError, UnreadableFileError
from fieldkit.export.qdpx import import_qdpx
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    Case,
    Coding,
    Interview,
    Memo,
    Observation,
    Study,
    SyncRow,
    Tag,
    Theme,
)
from fieldkit.storage.records import create_study
from tests.export.qdpx_fixtures import (
    CODE_TRUST,
    INLINE_TEXT,
    QC_TEXT_GUID,
    QUOTES,
    TEXT_LF,
    qualcoder_project,
    write_qdpx,
)


def _count(store: Store, model: type[SyncRow]) -> int:
    with store.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _all(store: Store, model: type[SyncRow]) -> list:  # type: ignore[type-arg]
    with store.read() as s:
        return list(s.execute(select(model)).scalars())


def test_qualcoder_project_with_crlf_bom_and_nested_codebook(store: Store, tmp_path: Path) -> None:
    path = write_qdpx(tmp_path / "qc.qdpx", qualcoder_project())
    report = import_qdpx(store, path=path)
    assert report.created_study and report.origin == "QualCoder 3.5"
    assert report.themes_created == 6 and report.interviews == 3 and report.codings == 5
    with store.read() as s:
        study = s.get(Study, report.study_id)
        assert study is not None and study.name == "Village schools (QualCoder)"
        assert study.created_by == "Amara Okafor"
        themes = {t.name: t for t in s.execute(select(Theme)).scalars()}
        assert themes["Trust and relationships"].parent_id == themes["Community"].id
        assert themes["Community"].color == "#aa00cc"  # #RGB expanded
        assert themes["Trust and relationships"].color == "#ff0000"
        assert themes["Parents' work"].color == "#00ff00"
        assert themes["Other"].parent_id == themes["Community"].id
        assert themes["Other"].color == "#aa00cc"  # no colour: the parent's
        assert "Other (Language)" in themes  # the second "Other" kept apart
        assert themes["Community"].description == "Folder for community codes"
        interview = s.get(Interview, QC_TEXT_GUID.lower())
        assert interview is not None
        assert interview.transcript == TEXT_LF  # BOM gone, CRLF -> LF
        assert interview.interviewer == "Amara Okafor"
        assert interview.summary == "First visit"
        assert str(interview.date) == "2023-05-02"
        codings = list(s.execute(select(Coding).where(Coding.target_id == interview.id)).scalars())
        by_theme: dict[str, set[str]] = {}
        for c in codings:
            covered = interview.transcript[c.start : c.end]
            assert covered == c.quote
            by_theme.setdefault(s.get(Theme, c.theme_id).name, set()).add(covered)  # type: ignore[union-attr]
        assert by_theme["Trust and relationships"] == {QUOTES["trust"], QUOTES["family"]}
        assert by_theme["Parents' work"] == {QUOTES["family"]}
        assert by_theme["Other (Language)"] == {QUOTES["arabic"]}
        trust_coding = next(c for c in codings if c.quote == QUOTES["trust"])
        assert trust_coding.coder == "Amara Okafor"
        assert trust_coding.memo == "Trust shown in Devanagari."
        case = s.get(Case, interview.case_id)
        assert case is not None and case.title == "Kano primary school"
        assert case.country == "Nigeria" and "Pupils: 412" in case.summary
        # the inline source: positions counted in UTF-16 (emoji) still land on the words
        field_note = next(
            i for i in s.execute(select(Interview)).scalars() if i.title == "Field note"
        )
        assert field_note.transcript == INLINE_TEXT
        inline_coding = s.execute(
            select(Coding).where(Coding.target_id == field_note.id)
        ).scalar_one()
        assert inline_coding.quote == "learners read aloud"
        # a source in no case goes to "Imported sources"
        loose = next(i for i in s.execute(select(Interview)).scalars() if i.title == "Loose note")
        assert s.get(Case, loose.case_id).title == "Imported sources"  # type: ignore[union-attr]
        assert loose.transcript == "Just a loose note.\n"
        tags = list(s.execute(select(Tag)).scalars())
        assert [(t.target_id, s.get(Theme, t.theme_id).name) for t in tags] == [  # type: ignore[union-attr]
            (interview.id, "Parents' work")
        ]
        memos = {m.title: m for m in s.execute(select(Memo)).scalars()}
        assert memos["About trust"].target_type == "theme"
        assert memos["About trust"].body == "Trust is earned slowly — lentement."
        assert memos["Visit memo"].target_id == interview.id
        assert memos["Project diary"].target_type == "study"
    assert any("UTF-16" in w for w in report.warnings)


def test_merge_into_a_study_matches_themes_and_does_not_duplicate(
    store: Store, tmp_path: Path
) -> None:
    with store.write() as s:
        study = create_study(s, name="Our study")  # has "Trust and relationships" already
        study_id = study.id
    path = write_qdpx(tmp_path / "qc.qdpx", qualcoder_project())
    first = import_qdpx(store, path=path, study_id=study_id)
    assert not first.created_study and first.themes_matched >= 1
    with store.read() as s:
        trust = s.execute(
            select(Theme).where(Theme.study_id == study_id, Theme.name == "Trust and relationships")
        ).scalar_one()
        assert trust.id != CODE_TRUST.lower()  # the existing theme was reused, matched by name
        assert s.execute(select(func.count()).select_from(Study)).scalar_one() == 1
    codings = _count(store, Coding)
    themes = _count(store, Theme)
    second = import_qdpx(store, path=path, study_id=study_id)
    assert second.codings == 0 and second.interviews == 0 and second.themes_created == 0
    assert _count(store, Coding) == codings and _count(store, Theme) == themes


def _snapshot(store: Store) -> tuple[int, ...]:
    models = (Study, Theme, Case, Interview, Observation, Coding, Tag, Memo)
    return tuple(_count(store, m) for m in models)


@pytest.mark.parametrize(
    ("name", "make", "error", "words"),
    [
        ("not a zip", lambda p: p.write_bytes(b"hello, not a zip"), ProjectFileError, "not a zip"),
        (
            "no project.qde",
            lambda p: _zip(p, {"readme.txt": b"hi"}),
            ProjectFileError,
            "no project.qde",
        ),
        (
            "malformed xml",
            lambda p: _zip(p, {"project.qde": b"<Project xmlns='urn:QDA-XML:project:1.0'><Users>"}),
            ProjectFileError,
            "not well-formed",
        ),
        (
            "wrong namespace",
            lambda p: _zip(p, {"project.qde": b"<Project xmlns='http://example.org/x' name='x'/>"}),
            ProjectFileError,
            "not a REFI-QDA project",
        ),
        (
            "entity expansion",
            lambda p: _zip(
                p,
                {
                    "project.qde": b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]>'
                    b"<Project xmlns='urn:QDA-XML:project:1.0' name='&a;'/>"
                },
            ),
            ProjectFileError,
            "DTD",
        ),
        (
            "path traversal",
            lambda p: _zip(p, {"project.qde": qualcoder_project().encode(), "../evil.txt": b"x"}),
            ProjectFileError,
            "unsafe file name",
        ),
        (
            "zip bomb",
            lambda p: _zip(
                p,
                {"project.qde": qualcoder_project().encode(), "sources/big.txt": bytes(50 * 2**20)},
            ),
            ProjectFileError,
            "zip bomb",
        ),
        (
            "selection out of range",
            lambda p: write_qdpx(
                p,
                qualcoder_project(
                    selections='<PlainTextSelection guid="5E1E0000-0000-4000-8000-0000000000EE" '
                    'startPosition="10" endPosition="99999"><Coding '
                    'guid="C0D10000-0000-4000-8000-0000000000EE"><CodeRef '
                    f'targetGUID="{CODE_TRUST}"/></Coding></PlainTextSelection>'
                ),
            ),
            ProjectFileError,
            "outside its text",
        ),
        (
            "text source file missing",
            lambda p: write_qdpx(p, qualcoder_project(), files={}),
            ProjectFileError,
            "is not inside",
        ),
        (
            "text not utf-8",
            lambda p: write_qdpx(
                p,
                qualcoder_project(selections=""),
                files={
                    f"sources/{QC_TEXT_GUID}.txt": "é".encode("latin-1"),
                    "sources/lonely.txt": b"",
                },
            ),
            ProjectFileError,
            "not UTF-8",
        ),
    ],
)
def test_bad_files_raise_a_typed_error_and_import_nothing(
    store: Store, tmp_path: Path, name: str, make: object, error: type[Exception], words: str
) -> None:
    path = tmp_path / "bad.qdpx"
    make(path)  # type: ignore[operator]
    before = _snapshot(store)
    with pytest.raises(error) as caught:
        import_qdpx(store, path=path)
    assert words in str(caught.value)
    assert _snapshot(store) == before


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_missing_file_is_an_unreadable_file_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError):
        import_qdpx(store, path=tmp_path / "nope.qdpx")


def test_an_error_late_in_the_import_rolls_everything_back(store: Store, tmp_path: Path) -> None:
    # The audio selection is checked while writing, after themes and sources were added.
    audio = (
        '<AudioSource guid="AD000000-0000-4000-8000-000000000001" name="rec.m4a" '
        'path="internal://AD000000-0000-4000-8000-000000000001.m4a">'
        '<AudioSelection guid="AD000000-0000-4000-8000-000000000002" begin="5000" end="100">'
        f'<Coding guid="AD000000-0000-4000-8000-000000000003"><CodeRef targetGUID="{CODE_TRUST}"/>'
        "</Coding></AudioSelection></AudioSource>"
    )
    files = {
        f"sources/{QC_TEXT_GUID}.txt": TEXT_LF.encode(),
        "sources/lonely.txt": b"x",
        "sources/AD000000-0000-4000-8000-000000000001.m4a": b"\x00\x00\x00\x20ftypM4A fake",
    }
    path = write_qdpx(
        tmp_path / "late.qdpx", qualcoder_project(selections="", extra_sources=audio), files
    )
    before = _snapshot(store)
    with pytest.raises(ProjectFileError, match="empty or negative"):
        import_qdpx(store, path=path)
    assert _snapshot(store) == before


def test_huge_declared_entry_is_refused(store: Store, tmp_path: Path) -> None:
    # A text source bigger than fieldkit keeps (and not compressible enough to look like a bomb).
    import os

    big = os.urandom(3 * 2**20).hex().encode()  # 6 MB of hex digits, compresses ~2x
    path = write_qdpx(
        tmp_path / "big.qdpx",
        qualcoder_project(selections=""),
        files={f"sources/{QC_TEXT_GUID}.txt": big, "sources/lonely.txt": b""},
    )
    with pytest.raises(FileTooLargeError):
        import_qdpx(store, path=path)
    assert _count(store, Study) == 0


def test_line_ends_counted_once_are_detected_from_the_quotes(store: Store, tmp_path: Path) -> None:
    # Some tools count CRLF as one character; the selection names show which counting fits.
    start = TEXT_LF.index(QUOTES["arabic"])
    sel = (
        f'<PlainTextSelection guid="5E1E0000-0000-4000-8000-0000000000C1" '
        f'name="{QUOTES["arabic"]}" startPosition="{start}" '
        f'endPosition="{start + len(QUOTES["arabic"])}"><Coding '
        f'guid="C0D10000-0000-4000-8000-0000000000C1"><CodeRef targetGUID="{CODE_TRUST}"/>'
        "</Coding></PlainTextSelection>"
    )
    report = import_qdpx(
        store, path=write_qdpx(tmp_path / "x.qdpx", qualcoder_project(selections=sel))
    )
    with store.read() as s:
        coding = s.get(Coding, "c0d10000-0000-4000-8000-0000000000c1")
        assert coding is not None and coding.quote == QUOTES["arabic"]
    assert any("line ends counted once" in w for w in report.warnings)


def test_merging_our_own_export_back_matches_everything_by_guid(
    store: Store, tmp_path: Path
) -> None:
    from fieldkit.export.qdpx import export_qdpx
    from tests.export.study_factory import build_study

    built = build_study(store, learner_consent="given")
    path = tmp_path / "own.qdpx"
    export_qdpx(store, path=path, study_id=built.study_id)
    before = _snapshot(store)
    report = import_qdpx(store, path=path, study_id=built.study_id)
    assert report.themes_created == 0 and report.themes_matched == 30
    assert report.codings == 0 and report.interviews == 0 and report.memos == 0
    assert _snapshot(store) == before
