"""Consent beyond the links: a withheld participant's code or name written into other material,
a name whose owner did not allow attribution, and verbatim words copied into a summary.

The consent matrix checks the participant's own rows and records. Researchers also write people
into what they type elsewhere — a case summary, an observation, a memo, a colleague's interview,
a photo caption. Every assertion here is on the bytes of real exports (PDF text extracted).
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from fieldkit.export.csv_export import export_csv
from fieldkit.export.pdf import PdfOptions, export_case_pdf
from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Coding, Interview
from fieldkit.storage.records import (
    add_interview,
    add_observation,
    add_participant,
    create_case,
    create_study,
)
from tests.export.pdf_factory import add_photo, jpeg_with_orientation
from tests.export.study_factory import span

GONE_CODE = "P-GONE"
GONE_NAME = "Zubeida Quarrington"
ANON_CODE = "P-ANON"
ANON_NAME = "Tomasz Wierzbicki"
NOQ_CODE = "P-NOQ"
QUOTED = "Qxzverbatim the radio lessons reach every hill village before the rains"
COPIED = "the older girls walk two hours to the river school every single week"
PARAPHRASE = "The parent explains how radio reaches remote families."


@dataclass
class Exported:
    pdf: str
    anonymised: str
    csv: str
    qdpx: str
    qdpx_path: Path


def _pdf_text(path: Path) -> str:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _build(store: Store) -> tuple[str, str]:
    with store.write() as s:
        study = create_study(s, name="Mentions study")
        case = create_case(
            s,
            study_id=study.id,
            title="Hillside radio school",
            country="Kenya",
            region="Kisumu",
            summary=f"Fieldwork began with {GONE_NAME} ({GONE_CODE}) and {ANON_NAME}.",
        )
        ok = add_participant(
            s,
            case_id=case.id,
            code="P-OK",
            role="teacher",
            name="Gita Okonkwo",
            consent_status="given",
            consent_attribution=True,
        )
        gone = add_participant(
            s,
            case_id=case.id,
            code=GONE_CODE,
            role="parent",
            name=GONE_NAME,
            consent_status="withdrawn",
            consent_attribution=True,
        )
        anon = add_participant(
            s,
            case_id=case.id,
            code=ANON_CODE,
            role="learner",
            name=ANON_NAME,
            consent_status="given",
            consent_attribution=False,
        )
        noq = add_participant(
            s,
            case_id=case.id,
            code=NOQ_CODE,
            role="parent",
            consent_status="given",
            consent_quotes=False,
        )
        words = f"{GONE_NAME} ({GONE_CODE}) opened the library and {ANON_NAME} keeps the keys"
        text = f"P-OK: {words}.\n"
        own = add_interview(
            s,
            case_id=case.id,
            date="2024-05-02",
            title="Staff room conversation",
            participant_ids=[ok.id],
            transcript=text,
            summary=f"The teacher remembers {GONE_CODE} and praises {ANON_NAME}.",
        )
        a, b = span(text, words)
        code_text(
            s,
            record_id=own.id,
            theme="Trust and relationships",
            start=a,
            end=b,
            memo=f"Ask {GONE_NAME} again? No: {GONE_CODE} withdrew.",
        )
        add_interview(
            s,
            case_id=case.id,
            date="2024-05-03",
            title="Porch talk",
            participant_ids=[gone.id],
            transcript=f"{GONE_CODE}: please leave me out.\n",
        )
        anon_text = f"{ANON_CODE}: I carry the radio to the fields.\n"
        anon_iv = add_interview(
            s,
            case_id=case.id,
            date="2024-05-04",
            title=f"Talk with {ANON_NAME}",
            participant_ids=[anon.id],
            transcript=anon_text,
            summary=f"{ANON_NAME} explains the evening lessons.",
        )
        a, b = span(anon_text, "I carry the radio to the fields")
        code_text(s, record_id=anon_iv.id, theme="Digital access", start=a, end=b)
        noq_text = f"{NOQ_CODE}: {QUOTED}. And {COPIED}.\n"
        noq_iv = add_interview(
            s,
            case_id=case.id,
            date="2024-05-05",
            title="Market conversation",
            participant_ids=[noq.id],
            transcript=noq_text,
            summary=f'{PARAPHRASE} She says: "{QUOTED}". She adds that {COPIED}.',
        )
        a, b = span(noq_text, QUOTED)
        code_text(s, record_id=noq_iv.id, theme="Digital access", start=a, end=b)
        obs = add_observation(
            s,
            case_id=case.id,
            date="2024-05-06",
            title=f"Visit with {GONE_NAME}",
            description=f"{GONE_CODE} and {ANON_NAME} joined the lesson under the tree.",
            setting="Lesson under the tree",
        )
        add_memo(
            s,
            target_id=case.id,
            title="Consent log",
            body=f"{GONE_CODE} withdrew; {GONE_NAME.upper()} asked us to delete everything.",
        )
        study_id, case_id, obs_id = study.id, case.id, obs.id
    add_photo(
        store,
        study_id=study_id,
        target_id=obs_id,
        data=jpeg_with_orientation(64, 48, 1),
        filename="tree.jpg",
        caption=f"{GONE_NAME} and {ANON_NAME} at the board",
    )
    return study_id, case_id


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    root = tmp_path_factory.mktemp("mentions")
    store = Store.open(root / "data")
    try:
        study_id, case_id = _build(store)
        export_case_pdf(store, case_id=case_id, path=root / "case.pdf")
        export_case_pdf(
            store, case_id=case_id, path=root / "anon.pdf", options=PdfOptions(anonymised=True)
        )
        csv = export_csv(store, folder=root / "csv", study_id=study_id)
        export_qdpx(store, path=root / "study.qdpx", study_id=study_id)
    finally:
        store.close()
    with zipfile.ZipFile(root / "study.qdpx") as zf:
        qdpx = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    return Exported(
        pdf=_pdf_text(root / "case.pdf"),
        anonymised=_pdf_text(root / "anon.pdf"),
        csv="\n".join(p.read_text("utf-8-sig") for p in csv.paths),
        qdpx=qdpx,
        qdpx_path=root / "study.qdpx",
    )


FORMATS = ("pdf", "anonymised", "csv", "qdpx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_withdrawn_participant_is_not_named_or_coded_in_other_material(
    exported: Exported, fmt: str
) -> None:
    text: str = getattr(exported, fmt)
    assert "Hillside radio school" in text  # the export is not empty
    assert GONE_CODE not in text
    assert GONE_NAME.casefold() not in text.casefold()
    assert "Porch talk" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_name_where_attribution_was_not_allowed(exported: Exported, fmt: str) -> None:
    text: str = getattr(exported, fmt)
    assert ANON_NAME not in text
    assert ANON_CODE in text  # the participant is there, by code
    assert "Gita Okonkwo" in text or fmt in ("anonymised", "qdpx")  # attribution allowed


@pytest.mark.parametrize("fmt", ("pdf", "anonymised"))
def test_no_verbatim_words_in_a_summary_of_a_no_quotes_interview(
    exported: Exported, fmt: str
) -> None:
    text: str = getattr(exported, fmt)
    assert PARAPHRASE in text  # the researcher's own words stay
    assert "Qxzverbatim" not in text
    assert COPIED not in text


def test_analysis_exports_keep_the_no_quotes_words_marked(exported: Exported) -> None:
    for text in (exported.csv, exported.qdpx):
        assert QUOTED in text and COPIED in text


def test_blacked_out_qdpx_text_keeps_its_codings_in_place(
    exported: Exported, tmp_path: Path
) -> None:
    """Hidden words in a .qdpx source are blacked out letter for letter: re-imported, every
    coding still covers the same words, and the hidden ones are not there."""
    store = Store.open(tmp_path / "data")
    try:
        import_qdpx(store, path=exported.qdpx_path)
        with store.read() as s:
            title = Interview.title == "Staff room conversation"
            own = s.exec(select(Interview).where(title)).one()
            coding = s.exec(select(Coding).where(Coding.target_id == own.id)).one()
            covered = own.transcript[coding.start : coding.end]
    finally:
        store.close()
    assert covered == coding.quote
    assert covered.endswith(" opened the library and █████████████████ keeps the keys")
    assert GONE_NAME not in own.transcript and ANON_NAME not in own.transcript
