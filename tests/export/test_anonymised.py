"""Anonymised editions leak nothing: every byte of text taken out of every output (pypdf and
pdftotext text, metadata, bookmarks, file names) is searched for every name and place of the
study, in every script and spelling; ordinary words survive."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.export.pdf import PdfOptions, export_case_pdf, export_study_pdfs
from fieldkit.storage.db import Store
from tests.export.anonymised_factory import ORDINARY, SENSITIVE, AnonStudy, build_anon_study

NATIVE = {"Arabic": "تارودانت", "Devanagari": "सुनीता", "Ethiopic": "አበበ", "Latin": "Ávila"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, AnonStudy, Path]]:
    root = tmp_path_factory.mktemp("anon")
    store = Store.open(root / "data")
    study = build_anon_study(store)
    yield store, study, root
    store.close()


def _outline(items: list[object]) -> list[str]:
    out: list[str] = []
    for item in items:
        if isinstance(item, list):
            out += _outline(item)
        else:
            out.append(str(getattr(item, "title", "")))
    return out


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:  # poppler-utils is in scripts/_setup.sh
        return ""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", "replace")


def everything(path: Path) -> str:
    """All the text a reader, a search engine or a file manager gets out of ``path``."""
    reader = PdfReader(path)
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    parts += _outline(reader.outline)
    parts.append(_pdftotext(path))
    parts.append(path.name)
    return "\n".join(parts)


def _plain(text: str) -> str:
    """Folded for searching: presentation forms to letters, no accents, one case."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(c for c in text if not unicodedata.combining(c) or ord(c) >= 0x0900)
    return text.casefold()


def _skeleton(text: str) -> str:
    """Letters only (no marks at all): finds a name even where a text layer drops or moves
    the vowel signs of a shaped script."""
    return "".join(c for c in _plain(text) if unicodedata.category(c)[0] in "LN")


def leaks(text: str) -> list[str]:
    """Every sensitive spelling found in ``text``: as is, folded, reversed (visual order of
    right-to-left text) and as a letter skeleton."""
    plain, skeleton = _plain(text), _skeleton(text)
    found = []
    for spellings in SENSITIVE.values():
        for s in spellings:
            p, k = _plain(s), _skeleton(s)
            if (
                p in plain
                or p[::-1] in plain
                or (len(k) >= 4 and (k in skeleton or k[::-1] in skeleton))
            ):
                found.append(s)
    return found


@pytest.fixture(scope="module")
def editions(built: tuple[Store, AnonStudy, Path]) -> dict[str, tuple[Path, object]]:
    store, study, root = built
    out: dict[str, tuple[Path, object]] = {}
    for n, case_id in enumerate(study.case_ids, 1):
        path = root / f"anon-{n}.pdf"
        report = export_case_pdf(
            store, case_id=case_id, path=path, options=PdfOptions(anonymised=True)
        )
        out[path.name] = (path, report)
    return out


@pytest.fixture(scope="module")
def folder(built: tuple[Store, AnonStudy, Path]) -> object:
    store, study, root = built
    return export_study_pdfs(
        store, study_id=study.study_id, folder=root / "all", options=PdfOptions(anonymised=True)
    )


def test_the_search_sees_every_script_in_a_full_edition(
    built: tuple[Store, AnonStudy, Path],
) -> None:
    """The control: the same search on the ordinary edition finds every name and place, in
    each script; so finding nothing in the anonymised ones means something."""
    store, study, root = built
    texts = []
    for n, case_id in enumerate(study.case_ids, 1):
        path = root / f"full-{n}.pdf"
        export_case_pdf(store, case_id=case_id, path=path)
        texts.append(everything(path))
    found = set(leaks("\n".join(texts)))
    for key, spellings in SENSITIVE.items():
        assert found & set(spellings), key
    for script, word in NATIVE.items():
        assert word in found, script


def test_single_editions_leak_nothing(editions: dict[str, tuple[Path, object]]) -> None:
    for name, (path, _report) in editions.items():
        text = everything(path)
        assert leaks(text) == [], name
        assert "[place]" in text and "[name]" in text
        for word in ORDINARY:
            assert word in text, (name, word)
        # an observation's setting ("Classroom") is an ordinary word, not a place
        assert "The Classroom and the school library of [place]" in " ".join(text.split())


def test_folder_of_editions_leaks_nothing(folder: object) -> None:
    from fieldkit.export.pdf import BatchReport

    assert isinstance(folder, BatchReport)
    names = sorted(p.path.name for p in folder.exported)
    assert names == ["case-01.pdf", "case-02.pdf", "case-03.pdf", "case-04.pdf"]
    assert not folder.failed
    files = sorted(folder.folder.iterdir())
    assert [f.name for f in files] == names  # nothing else written, no half-written files
    for path in files:
        assert leaks(everything(path)) == [], path.name
    # the researcher's own report says which case each file holds
    assert set(folder.titles.values()) >= {
        "Taroudant Community School",
        "Tonk Mother-Tongue Literacy",
    }


def test_metadata_and_bookmarks_are_redacted(editions: dict[str, tuple[Path, object]]) -> None:
    path, _report = editions["anon-2.pdf"]
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "[place] Community School — case study"
    assert "[place]" in (meta.subject or "") and "Morocco" in (meta.subject or "")
    assert "[place] radio lessons" in str(meta.get("/Keywords"))
    assert "[place] radio lessons" in _outline(reader.outline)


def test_report_counts_what_was_replaced(editions: dict[str, tuple[Path, object]]) -> None:
    from fieldkit.export.pdf import PdfReport

    _path, report = editions["anon-2.pdf"]
    assert isinstance(report, PdfReport)
    counts = report.redactions
    # Taroudant: the case title, locality, study name, theme, and in the text (3 spellings)
    assert counts["Taroudant"] >= 6
    assert counts["Hassan Ouali"] >= 2 and counts["ليلى بنعلي"] >= 1
    assert "Bahir Dar" in counts  # the study's name mentions it
    assert any("photo" in w and "left out" in w for w in report.warnings)


def test_a_telling_file_name_is_warned_about(built: tuple[Store, AnonStudy, Path]) -> None:
    store, study, root = built
    path = root / "taroudant_report.pdf"
    report = export_case_pdf(
        store,
        case_id=study.case_ids[1],
        path=path,
        options=PdfOptions(anonymised=True, sections=("cover",)),
    )
    assert any("Taroudant" in w and "file name" in w for w in report.warnings)


def test_photos_only_when_asked_with_captions_redacted(
    built: tuple[Store, AnonStudy, Path],
) -> None:
    store, study, root = built
    path = root / "with-photos.pdf"
    report = export_case_pdf(
        store,
        case_id=study.case_ids[0],
        path=path,
        options=PdfOptions(anonymised=True, anonymised_photos=True),
    )
    assert not report.warnings
    text = everything(path)
    assert leaks(text) == []
    assert "Children reading with [name] in [place]" in " ".join(text.split())
    assert any(PdfReader(path).pages[n].images for n in range(report.pages))


def test_placeholders_after_devanagari_print_in_the_latin_font(
    editions: dict[str, tuple[Path, object]],
) -> None:
    """ "कहा: [place] में": the bracket opening "[place]" once went to the Devanagari run, and
    the word, shaped in two fonts, printed as empty boxes."""
    from fieldkit.export.pdf.fonts import default_library, markup

    xml = markup(default_library(), "ने कहा: [place] में").xml
    assert "[place]" in xml and "[</font>" not in xml
    path, _report = editions["anon-3.pdf"]
    text = " ".join(_pdftotext(path).split())
    assert "[place] has a Reading room" in text


def test_a_quote_cut_through_a_name_keeps_no_fragment(
    editions: dict[str, tuple[Path, object]],
) -> None:
    latin = " ".join(everything(editions["anon-1.pdf"][0]).split())
    assert "ILA told us" not in latin and "[name] told us" in latin
    assert "DEL opens" not in latin and " DEL " not in latin
    arabic = _plain(everything(editions["anon-2.pdf"][0]))
    assert "وتار" not in arabic and "تارو" not in arabic
