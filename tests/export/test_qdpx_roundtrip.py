"""export → import into a fresh data folder → export again gives the same project."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from sqlalchemy import select

from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.export.qdpx.names import NS
from fieldkit.export.qdpx.qde_sources import tag_selection_guid
from fieldkit.storage.db import Store
from fieldkit.storage.models import Coding, Interview, Participant
from tests.export.study_factory import build_study

N = {"q": NS}


def _codebook(root: ET.Element) -> list[tuple[str, str, str | None, str]]:
    out: list[tuple[str, str, str | None, str]] = []

    def walk(el: ET.Element, path: str) -> None:
        for code in el.iterfind("q:Code", N):
            here = f"{path}/{code.get('name')}"
            description = code.findtext("q:Description", default="", namespaces=N)
            out.append((here, code.get("guid", ""), code.get("color"), description))
            walk(code, here)

    codes = root.find("q:CodeBook/q:Codes", N)
    assert codes is not None
    walk(codes, "")
    return out


def _codings(path: Path) -> list[tuple[str, str, str, int, int, str]]:
    with zipfile.ZipFile(path) as zf:
        root = ET.fromstring(zf.read("project.qde"))
        names = {c.get("guid"): c.get("name") for c in root.iter(f"{{{NS}}}Code")}
        out = []
        for source in root.iterfind("q:Sources/q:TextSource", N):
            text = zf.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
            for sel in source.iterfind("q:PlainTextSelection", N):
                if _is_tag(sel):
                    continue
                start, end = int(sel.get("startPosition", 0)), int(sel.get("endPosition", 0))
                for coding in sel.iterfind("q:Coding", N):
                    ref = coding.find("q:CodeRef", N)
                    assert ref is not None
                    out.append(
                        (
                            str(names[ref.get("targetGUID")]),
                            str(source.get("name")),
                            coding.get("guid", ""),
                            start,
                            end,
                            text[start:end],
                        )
                    )
        for source in root.iterfind("q:Sources/q:AudioSource", N):
            for sel in source.iterfind("q:AudioSelection", N):
                ref = sel.find("q:Coding/q:CodeRef", N)
                assert ref is not None
                out.append(
                    (
                        str(names[ref.get("targetGUID")]),
                        str(source.get("name")),
                        "audio",
                        int(sel.get("begin", 0)),
                        int(sel.get("end", 0)),
                        "",
                    )
                )
    return sorted(out)


def _is_tag(sel: ET.Element) -> bool:
    coding = sel.find("q:Coding", N)
    return coding is not None and sel.get("guid") == tag_selection_guid(coding.get("guid", ""))


def _tags(root: ET.Element) -> list[tuple[str, str, str]]:
    """(code, what it is on, tag guid): whole-text selections of sources and a case's CodeRefs."""
    names = {c.get("guid"): str(c.get("name")) for c in root.iter(f"{{{NS}}}Code")}
    out = []
    for source in root.iterfind("q:Sources/q:TextSource", N):
        for sel in source.iterfind("q:PlainTextSelection", N):
            if _is_tag(sel):
                coding = sel.find("q:Coding", N)
                ref = coding.find("q:CodeRef", N)  # type: ignore[union-attr]
                assert sel.get("startPosition") == "0"
                out.append(
                    (names[ref.get("targetGUID")], str(source.get("name")), coding.get("guid", ""))  # type: ignore[union-attr]
                )
    for case in root.iterfind("q:Cases/q:Case", N):
        for ref in case.iterfind("q:CodeRef", N):
            out.append((names[ref.get("targetGUID")], str(case.get("name")), "case"))
    return sorted(out)


def _cases(root: ET.Element) -> list[tuple[str, list[str], list[str]]]:
    """(case, its variable values, the names of its sources)."""
    sources = {s.get("guid"): str(s.get("name")) for s in root.find("q:Sources", N) or []}
    out = []
    for case in root.iterfind("q:Cases/q:Case", N):
        values = sorted(
            str(v.text) for v in case.iterfind("q:VariableValue/*", N) if v.text is not None
        )
        refs = sorted(sources[r.get("targetGUID")] for r in case.iterfind("q:SourceRef", N))
        out.append((str(case.get("name")), values, refs))
    return sorted(out)


def _notes(path: Path) -> list[tuple[str, str, str]]:
    """(note name, its text, what it hangs on)."""
    with zipfile.ZipFile(path) as zf:
        root = ET.fromstring(zf.read("project.qde"))
        named = {el.get("guid"): str(el.get("name")) for el in root.iter() if el.get("name")}
        on: dict[str | None, str] = {}
        for code in root.iter(f"{{{NS}}}Code"):
            for ref in code.iterfind("q:NoteRef", N):
                on[ref.get("targetGUID")] = f"code {code.get('name')}"
        for link in root.iterfind("q:Links/q:Link", N):
            on[link.get("originGUID")] = f"link to {named[link.get('targetGUID')]}"
        for ref in root.iterfind("q:NoteRef", N):
            on[ref.get("targetGUID")] = "project"
        out = []
        for note in root.iterfind("q:Notes/q:Note", N):
            text = zf.read(f"sources/{note.get('guid')}.txt").decode("utf-8")
            out.append((str(note.get("name")), text, on[note.get("guid")]))
    return sorted(out)


def test_export_import_export_keeps_codebook_and_codings(store: Store, tmp_path: Path) -> None:
    built = build_study(store, learner_consent="given")
    first = tmp_path / "first.qdpx"
    export_qdpx(store, path=first, study_id=built.study_id)

    fresh = Store.open(tmp_path / "fresh")
    try:
        report = import_qdpx(fresh, path=first)
        assert report.warnings == []
        second = tmp_path / "second.qdpx"
        export_qdpx(fresh, path=second, study_id=report.study_id)
        with fresh.read() as s:
            # ids survive, so a later merge matches by GUID
            assert s.get(Interview, built.interview_id) is not None
            people = {p.code: p for p in s.execute(select(Participant)).scalars()}
            assert people["P-002"].consent_quotes is False
            assert people["P-003"].consent_status == "given"
            audio = s.execute(select(Coding).where(Coding.unit == "ms")).scalar_one()
            assert (audio.start, audio.end, audio.memo) == (1500, 42000, "Tone of voice")
    finally:
        fresh.close()

    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        root_a, root_b = ET.fromstring(a.read("project.qde")), ET.fromstring(b.read("project.qde"))
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if name.startswith("sources/"):
                assert a.read(name) == b.read(name), name
    assert _codebook(root_a) == _codebook(root_b)
    assert len(_codebook(root_a)) == 30
    codings_a = _codings(first)
    assert codings_a == _codings(second)
    assert len(codings_a) == 7
    assert any(c[5] == "and 😀 emoji after astral chars" for c in codings_a)
    tags_a = _tags(root_a)
    assert tags_a == _tags(root_b)
    assert len(tags_a) == 2 and tags_a[0][2] != "case"  # one on an interview, one on the case
    cases_a = _cases(root_a)
    assert cases_a == _cases(root_b)
    pokhara = next(c for c in cases_a if c[0] == "Pokhara community library")
    assert len(pokhara[2]) == 4  # an interview, the observation, the audio and the photo
    notes_a = _notes(first)
    assert notes_a == _notes(second)
    assert len(notes_a) == 4 and {n[2].split()[0] for n in notes_a} == {"code", "link", "project"}
    # the whole project is the same, apart from when the study and sources were last changed
    for root in (root_a, root_b):
        root.attrib.pop("creationDateTime")
        for el in root.iter():
            el.attrib.pop("modifiedDateTime", None)
    assert ET.tostring(root_a) == ET.tostring(root_b)


def test_the_demo_study_survives_a_round_trip_whole(tmp_path: Path) -> None:
    """The small demo: tags on records and cases, memos everywhere, titles that repeat."""
    from fieldkit.demo import generate

    store = Store.open(tmp_path / "demo")
    fresh = Store.open(tmp_path / "fresh")
    try:
        generate(store, scale="small")
        first, second = tmp_path / "first.qdpx", tmp_path / "second.qdpx"
        report = export_qdpx(store, path=first)
        imported = import_qdpx(fresh, path=first)
        assert imported.warnings == []
        export_qdpx(fresh, path=second, study_id=imported.study_id)
    finally:
        store.close()
        fresh.close()
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        root_a, root_b = ET.fromstring(a.read("project.qde")), ET.fromstring(b.read("project.qde"))
    assert _codebook(root_a) == _codebook(root_b)
    assert _codings(first) == _codings(second)
    tags = _tags(root_a)
    assert tags == _tags(root_b)
    assert len(tags) == report.tags and report.tags > 20
    assert _cases(root_a) == _cases(root_b)
    assert all(refs for name, values, refs in _cases(root_a) if "case" in values)
    notes = _notes(first)
    assert notes == _notes(second)
    assert len(notes) == report.notes and report.notes > 10
    names = [s.get("name") for s in root_a.find("q:Sources", N) or []]
    assert len(set(names)) == len(names)
    assert names == [s.get("name") for s in root_b.find("q:Sources", N) or []]
