"""Reading project.qde as a stream: the same project whatever the chunk size, DTDs refused even
when split across chunks, notes on a selection still reach the coding's memo."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import ProjectFileError
from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.export.qdpx.reader import ProjectStream, scan_guids
from fieldkit.storage.db import Store
from fieldkit.storage.models import Coding
from tests.export.qdpx_fixtures import CODE_TRUST, QUOTES, crlf_span, qualcoder_project, write_qdpx
from tests.export.study_factory import build_study


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    return (data[i : i + size] for i in range(0, len(data), size))


def _read(data: bytes, size: int) -> tuple[list[tuple[str, int, int]], object]:
    stream = ProjectStream(_chunks(data, size))
    sources = [(s.guid, len(s.selections), len(s.codings)) for s in stream]
    p = stream.project
    return sources, (p.name, len(p.codes), len(p.cases), sorted(p.notes), p.links, p.users)


def test_chunk_size_does_not_change_what_is_read(store: Store, tmp_path: Path) -> None:
    build_study(store, learner_consent="given")
    out = tmp_path / "s.qdpx"
    export_qdpx(store, path=out)
    with zipfile.ZipFile(out) as zf:
        data = zf.read("project.qde")
    whole = _read(data, len(data))
    assert len(whole[0]) == 4  # interview, observation, audio, photo
    assert _read(data, 7) == whole
    guids = scan_guids([data])
    assert len(guids) > 40
    assert scan_guids(_chunks(data, 5)) == guids
    assert scan_guids(_chunks(data, 61)) == guids


def test_a_dtd_split_across_chunks_is_refused() -> None:
    data = b'<?xml version="1.0"?><!DOC' + b'TYPE lol [<!ENTITY a "aaaa">]><Project/>'
    with pytest.raises(ProjectFileError, match="DTD"):
        list(ProjectStream(_chunks(data, 25)))


def test_a_note_on_a_selection_joins_the_coding_memo(store: Store, tmp_path: Path) -> None:
    a, b = crlf_span(QUOTES["trust"])
    sel = (
        f'<PlainTextSelection guid="5E1E0000-0000-4000-8000-0000000000D1" startPosition="{a}" '
        f'endPosition="{b}"><Description>Said twice.</Description>'
        f'<Coding guid="C0D10000-0000-4000-8000-0000000000D1"><CodeRef targetGUID="{CODE_TRUST}"/>'
        '</Coding><NoteRef targetGUID="A0000000-0000-4000-8000-00000000000C"/>'
        "</PlainTextSelection>"
    )
    path = write_qdpx(tmp_path / "n.qdpx", qualcoder_project(selections=sel))
    report = import_qdpx(store, path=path)
    with store.read() as s:
        coding = s.get(Coding, "c0d10000-0000-4000-8000-0000000000d1")
        assert coding is not None
        assert coding.memo == "Said twice.\n\nStarted coding in May."
        assert s.execute(select(Coding)).scalars().all()
    # the note became the memo; it is not also a study memo
    assert report.memos == 2
