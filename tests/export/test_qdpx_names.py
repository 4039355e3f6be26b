"""Unique source and note names in a .qdpx (QualCoder renames or overwrites equal names), and
fieldkit's own names restored on import."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

import xmlschema
from sqlalchemy import select

from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.export.qdpx.names import NS
from fieldkit.export.qdpx.source_names import unique_names
from fieldkit.storage.db import Store
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Attachment, Memo, Observation
from tests.export.study_factory import build_study

N = {"q": NS}
SCHEMA = Path(__file__).parent / "data" / "Project.xsd"


def test_repeated_names_get_the_date_then_a_short_id() -> None:
    names = unique_names(
        [
            ("aaaaaaaa-1", "Morning assembly", "2024-03-01", False),
            ("bbbbbbbb-2", "morning ASSEMBLY", "2024-03-02", False),
            ("cccccccc-3", "Morning assembly", "2024-03-02", False),
            ("dddddddd-4", "Lonely visit", "2024-03-02", False),
            ("eeeeeeee-5", "IMG_0001.jpg", "2024-03-02", True),
            ("ffffffff-6", "IMG_0001.jpg", "2024-03-02", True),
        ]
    )
    assert names == {
        "aaaaaaaa-1": "Morning assembly (2024-03-01)",
        "bbbbbbbb-2": "morning ASSEMBLY (2024-03-02) [bbbbbbbb]",
        "cccccccc-3": "Morning assembly (2024-03-02) [cccccccc]",
        "dddddddd-4": "Lonely visit",
        "eeeeeeee-5": "IMG_0001 (2024-03-02) [eeeeeeee].jpg",
        "ffffffff-6": "IMG_0001 (2024-03-02) [ffffffff].jpg",
    }
    assert len({n.casefold() for n in names.values()}) == len(names)


def test_export_names_are_unique_and_import_restores_the_originals(
    store: Store, tmp_path: Path
) -> None:
    built = build_study(store, learner_consent="given")
    with store.write() as s:
        first = s.get(Observation, built.observation_id)
        assert first is not None
        photo = s.execute(select(Attachment).where(Attachment.kind == "photo")).scalar_one()
        for day in (1, 2, 2):
            obs = Observation(
                study_id=built.study_id,
                case_id=first.case_id,
                date=date(2024, 5, day),
                title="Break time",
                description=f"Children play, day {day}.",
            )
            s.add(obs)
            s.flush()
            s.add(
                Attachment(
                    study_id=built.study_id,
                    target_type="observation",
                    target_id=obs.id,
                    kind="photo",
                    sha256=photo.sha256,
                    filename=photo.filename,  # yard.png again
                    media_type=photo.media_type,
                    size=photo.size,
                )
            )
            add_memo(s, target_id=obs.id, body=f"memo {day}", title="")
        s.flush()
    out = tmp_path / "names.qdpx"
    export_qdpx(store, path=out, study_id=built.study_id)
    with zipfile.ZipFile(out) as zf:
        qde = zf.read("project.qde")
    assert xmlschema.XMLSchema(str(SCHEMA)).is_valid(qde.decode("utf-8"))
    root = ET.fromstring(qde)
    sources = [el.get("name", "") for el in root.find("q:Sources", N) or []]
    assert len({n.casefold() for n in sources}) == len(sources)
    assert "Break time (2024-05-01)" in sources
    assert sum(n.startswith("Break time (2024-05-02) [") for n in sources) == 2
    assert sum(n.startswith("yard") and n.endswith(".png") for n in sources) == 4
    notes = [el.get("name", "") for el in root.iterfind("q:Notes/q:Note", N)]
    assert len(set(notes)) == len(notes) == 7

    fresh = Store.open(tmp_path / "fresh")
    try:
        report = import_qdpx(fresh, path=out)
        with fresh.read() as s:
            titles = sorted(o.title for o in s.execute(select(Observation)).scalars())
            files = sorted(a.filename for a in s.execute(select(Attachment)).scalars())
            memo_titles = sorted(m.title for m in s.execute(select(Memo)).scalars())
    finally:
        fresh.close()
    assert report.observations == 4
    assert titles == ["Break time"] * 3 + ["Observation 2024-03-16"]
    assert files.count("yard.png") == 4
    assert memo_titles.count("") == 3
