"""The .qdpx export: schema-valid, right characters, consent, users, cases, notes, cancel."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema
from sqlalchemy import select

from fieldkit.errors import AmbiguousError, OperationCancelledError
from fieldkit.export.csv_export import export_csv
from fieldkit.export.qdpx import export_qdpx
from fieldkit.export.qdpx.names import NS
from fieldkit.export.qdpx.qde_sources import tag_selection_guid
from fieldkit.storage.codings import code_text, tag_record
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment, Memo, Participant
from fieldkit.storage.records import create_study
from tests.export.study_factory import AUDIO_BYTES, OBSERVATION, TRANSCRIPT, build_study

SCHEMA = Path(__file__).parent / "data" / "Project.xsd"
N = {"q": NS}


def _qde(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as zf:
        return ET.fromstring(zf.read("project.qde"))


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> tuple[Path, object]:
    built = build_study(store, learner_consent="given")
    out = tmp_path / "study.qdpx"
    report = export_qdpx(store, path=out, study_id=built.study_id)
    return out, (built, report)


def test_project_validates_against_refi_qda_schema(exported: tuple[Path, object]) -> None:
    path, _ = exported
    schema = xmlschema.XMLSchema(str(SCHEMA))
    with zipfile.ZipFile(path) as zf:
        errors = list(schema.iter_errors(zf.read("project.qde").decode("utf-8")))
    assert errors == []


def test_every_element_the_issue_asks_for_is_there(exported: tuple[Path, object]) -> None:
    path, (built, report) = exported
    root = _qde(path)
    assert root.get("origin") == "fieldkit 0.1.0"
    assert {u.get("name") for u in root.iterfind("q:Users/q:User", N)} == {"Asha Rai", "Bekele T."}
    # hierarchy and colour survive
    parent = root.find(".//q:Code[@name='Library use']", N)
    nested = root.find(".//q:Code[@name='Library use']/q:Code[@name='Evening study']", N)
    assert parent is not None and parent.get("color") == "#1a2b3c"
    # a sub-theme made without a colour gets its own (not its parent's, never grey)
    assert nested is not None and nested.get("color") not in ("#1a2b3c", "#808080")
    assert root.find(".//q:Code[@name='Trust and relationships']/q:NoteRef", N) is not None
    assert report.audio_sources == 1 and report.picture_sources == 1  # type: ignore[attr-defined]
    audio = root.find(".//q:AudioSource", N)
    assert audio is not None
    sel = audio.find("q:AudioSelection", N)
    assert sel is not None and (sel.get("begin"), sel.get("end")) == ("1500", "42000")
    assert root.find(".//q:PictureSource/q:Description", N).text == "The mango tree"  # type: ignore[union-attr]
    # cases with variables; participants as cases of their own, with consent
    names = {c.get("name") for c in root.iterfind("q:Cases/q:Case", N)}
    assert {"Pokhara community library", "P-001", "P-002", "P-003"} <= names
    text = ET.tostring(root, encoding="unicode")
    assert "Gandaki" in text and "community programme" in text
    p2 = root.find("q:Cases/q:Case[@name='P-002']", N)
    assert p2 is not None
    values = [v.text for v in p2.iter() if v.tag.endswith(("TextValue", "BooleanValue"))]
    assert "parent" in values and "given" in values and "false" in values  # no quotes allowed
    assert "Sita Sharma" not in text  # participant names never leave the folder
    # tags: a selection of the whole text (what QualCoder reads) and a CodeRef on the case
    source = root.find(f".//q:TextSource[@guid='{built.interview_id}']", N)  # type: ignore[attr-defined]
    assert source is not None and source.find("q:Coding", N) is None
    whole = [
        s
        for s in source.iterfind("q:PlainTextSelection", N)
        if (s.get("startPosition"), s.get("endPosition")) == ("0", str(len(TRANSCRIPT)))
    ]
    assert len(whole) == 1
    tag_guid = whole[0].find("q:Coding", N).get("guid")  # type: ignore[union-attr]
    assert whole[0].get("guid") == tag_selection_guid(str(tag_guid))
    assert root.find(f"q:Cases/q:Case[@guid='{built.case_id}']/q:CodeRef", N) is not None  # type: ignore[attr-defined]
    # every source says which case it belongs to; the case lists its sources
    case = root.find(f"q:Cases/q:Case[@guid='{built.case_id}']", N)  # type: ignore[attr-defined]
    refs = {r.get("targetGUID") for r in case.iterfind("q:SourceRef", N)}  # type: ignore[union-attr]
    assert {built.interview_id, built.observation_id, built.audio_id} <= refs  # type: ignore[attr-defined]
    assert "Pokhara community library" in [
        v.text for v in source.iterfind("q:VariableValue/q:TextValue", N)
    ]
    # memos: note files, referenced from the code, linked (case, record) and the project's
    notes = root.findall("q:Notes/q:Note", N)
    assert len(notes) == 4
    with zipfile.ZipFile(path) as zf:
        for note in notes:
            assert note.find("q:PlainTextContent", N) is None
            assert note.get("plainTextPath") == f"internal://{note.get('guid')}.txt"
            assert zf.read(f"sources/{note.get('guid')}.txt")
    assert len({n.get("name") for n in notes}) == 4
    # no NoteRef on a source: QualCoder reads one only as an annotation of a passage
    assert root.find("q:Sources/*/q:NoteRef", N) is None
    linked = {link.get("targetGUID") for link in root.iterfind("q:Links/q:Link", N)}
    assert {built.case_id, built.interview_id} <= linked  # type: ignore[attr-defined]
    assert root.find("q:NoteRef", N) is not None


def test_text_files_are_utf8_lf_and_positions_are_code_points(
    exported: tuple[Path, object],
) -> None:
    path, (built, _report) = exported
    root = _qde(path)
    with zipfile.ZipFile(path) as zf:
        raw = zf.read(f"sources/{built.interview_id}.txt")  # type: ignore[attr-defined]
        assert zf.read(f"sources/{built.observation_id}.txt").decode("utf-8") == OBSERVATION  # type: ignore[attr-defined]
        audio_name = next(n for n in zf.namelist() if n.endswith(".mp3"))
        assert zf.read(audio_name) == AUDIO_BYTES
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    text = raw.decode("utf-8")
    assert text == TRANSCRIPT
    source = root.find(f".//q:TextSource[@guid='{built.interview_id}']", N)  # type: ignore[attr-defined]
    assert source is not None
    assert source.get("plainTextPath") == f"internal://{built.interview_id}.txt"  # type: ignore[attr-defined]
    covered = {
        text[int(s.get("startPosition", -1)) : int(s.get("endPosition", -1))]
        for s in source.iterfind("q:PlainTextSelection", N)
        if s.get("startPosition") != "0"  # the whole-text selection of a tag
    }
    assert covered == {
        "the teacher trusts them with keys",
        "बच्चे शाम को पढ़ते हैं",
        "المعلمون يثقون بالمجتمع",
        "and 😀 emoji after astral chars",
        "ተማሪዎች በየቀኑ ይመጣሉ",
    }
    memo = source.find("q:PlainTextSelection/q:Description", N)
    assert memo is not None and memo.text == "Keys = trust."


def test_withdrawn_consent_leaves_the_interview_out(exported: tuple[Path, object]) -> None:
    path, (built, report) = exported
    assert report.consent.participants == 1  # type: ignore[attr-defined]
    assert report.consent.records == 1  # type: ignore[attr-defined]
    with zipfile.ZipFile(path) as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist())
    assert built.withdrawn_interview_id.encode() not in everything  # type: ignore[attr-defined]
    assert b"Please do not use" not in everything
    assert b"P-004" not in everything  # not even as a Case


def test_missing_audio_file_is_reported_and_the_rest_exported(store: Store, tmp_path: Path) -> None:
    built = build_study(store, learner_consent="given")
    with store.read() as s:
        sha = s.get(Attachment, built.audio_id).sha256  # type: ignore[union-attr]
    store.blobs.path_for(sha).unlink()
    report = export_qdpx(store, path=tmp_path / "x.qdpx")
    assert report.audio_sources == 0 and report.text_sources == 2
    assert any("pokhara-2024-03-15.mp3" in w for w in report.warnings)
    schema = xmlschema.XMLSchema(str(SCHEMA))
    with zipfile.ZipFile(tmp_path / "x.qdpx") as zf:
        assert schema.is_valid(zf.read("project.qde").decode("utf-8"))


@pytest.mark.parametrize("stage", ["sources", "files"])
def test_cancel_leaves_no_file(store: Store, tmp_path: Path, stage: str) -> None:
    build_study(store, learner_consent="given")
    calls: list[tuple[str, int, int]] = []
    out = tmp_path / "out" / "study.qdpx"
    out.parent.mkdir()
    with pytest.raises(OperationCancelledError):
        export_qdpx(
            store,
            path=out,
            progress=lambda stage, done, total: calls.append((stage, done, total)),
            cancel=lambda: any(c[0] == stage for c in calls),
        )
    assert list(out.parent.iterdir()) == []  # neither the file nor a temporary one
    assert calls[-1][0] == stage


def test_several_studies_need_a_choice(store: Store, tmp_path: Path) -> None:
    build_study(store, learner_consent="given")
    with store.write() as s:
        create_study(s, name="Second study")
    with pytest.raises(AmbiguousError):
        export_qdpx(store, path=tmp_path / "x.qdpx")
    assert not (tmp_path / "x.qdpx").exists()


def test_control_characters_do_not_break_the_xml(store: Store, tmp_path: Path) -> None:
    from fieldkit.storage.models import Theme

    built = build_study(store, learner_consent="given")
    with store.write() as s:
        theme = s.execute(select(Theme).where(Theme.name == "Evening study")).scalar_one()
        theme.description = "bell\x07 and vertical tab\x0b inside"
    export_qdpx(store, path=tmp_path / "c.qdpx", study_id=built.study_id)
    schema = xmlschema.XMLSchema(str(SCHEMA))
    with zipfile.ZipFile(tmp_path / "c.qdpx") as zf:
        qde = zf.read("project.qde").decode("utf-8")
    assert schema.is_valid(qde)
    assert "bell and vertical tab inside" in qde


def test_pending_consent_leaves_the_interview_out(store: Store, tmp_path: Path) -> None:
    """Issue 4: no material at all from a participant whose consent is still pending."""
    built = build_study(store)  # P-003, in the group interview, has not consented yet
    report = export_qdpx(store, path=tmp_path / "p.qdpx", study_id=built.study_id)
    assert (report.consent.participants, report.consent.records) == (2, 2)
    with zipfile.ZipFile(tmp_path / "p.qdpx") as z:
        texts = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".txt")]
    assert texts, "the observation is still exported"
    assert not any("ተማሪዎች በየቀኑ ይመጣሉ" in t for t in texts)


def test_nothing_hanging_on_withheld_material_is_written(store: Store, tmp_path: Path) -> None:
    """Memos, tags and coders on a withdrawn participant or their interview leave no trace
    (not as project notes, not as users), while the same on kept material is written."""
    built = build_study(store, learner_consent="given")
    with store.write() as s:
        p4 = s.execute(select(Participant).where(Participant.code == "P-004")).scalar_one()
        gone = built.withdrawn_interview_id
        for target_type, target_id in (("participant", p4.id), ("interview", gone)):
            s.add(
                Memo(
                    study_id=built.study_id,
                    target_type=target_type,
                    target_id=target_id,
                    title=f"Withheld {target_type} memo",
                    body="Zyxwithheld body.",
                    author="Memo Writer Withheld",
                )
            )
        tag_record(s, record_id=gone, theme="Library use", tagged_by="Tagger Withheld")
        code_text(s, record_id=gone, theme="Library use", start=0, end=5, coder="Coder Withheld")
    path = tmp_path / "w.qdpx"
    report = export_qdpx(store, path=path, study_id=built.study_id)
    with zipfile.ZipFile(path) as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8", "replace")
    for trace in ("Withheld", "Zyxwithheld", p4.id, gone):
        assert trace not in everything
    assert "Asha Rai" in everything  # the kept interview's people and notes are there
    assert report.notes == 4  # the study factory's own memos, none of the withheld ones
    # counted as the CSV export (the snapshot path of the same policy) counts it
    assert report.consent == export_csv(store, folder=tmp_path / "csv").consent
    assert (report.consent.participants, report.consent.records) == (1, 1)
