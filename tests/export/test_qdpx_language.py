"""The .qdpx's descriptive words in the chosen language (``fieldkit export qdpx --language``):
the default codebook's names and descriptions, the names of untitled notes. The study's own
text, the team's own themes and the consent marks fieldkit's import reads stay as written."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.errors import ValidationError
from fieldkit.export.qdpx import export_qdpx
from fieldkit.export.qdpx.names import NS
from fieldkit.storage.db import Store
from fieldkit.storage.models import Memo
from fieldkit.storage.themes import find_theme
from tests.export.study_factory import build_study

N = {"q": NS}


def _codes(path: Path) -> tuple[dict[str, str], set[str]]:
    """Code name -> description, and the notes' names, of the file's project.qde."""
    with zipfile.ZipFile(path) as zf:
        root = ET.fromstring(zf.read("project.qde"))
    codes = {
        c.get("name", ""): c.findtext("q:Description", "", N) for c in root.iterfind(".//q:Code", N)
    }
    notes = {n.get("name", "") for n in root.iterfind(".//q:Note", N)}
    return codes, notes


@pytest.fixture
def study(store: Store) -> str:
    built = build_study(store, learner_consent="given")
    with store.write() as s:
        trust = find_theme(s, study_id=built.study_id, ref="Trust and relationships")
        s.add(
            Memo(
                study_id=built.study_id,
                target_type="theme",
                target_id=trust.id,
                title="",
                body="An untitled memo.",
                author="Asha Rai",
            )
        )
    return built.study_id


def test_a_french_qdpx_has_the_default_codebook_in_french(
    store: Store, study: str, tmp_path: Path
) -> None:
    path = tmp_path / "fr.qdpx"
    export_qdpx(store, path=path, study_id=study, language="fr")
    codes, notes = _codes(path)
    assert codes["Confiance et relations"].startswith("Des liens de confiance solides")
    assert "Trust and relationships" not in codes
    assert "Library use" in codes  # the team's own theme, as they named it
    assert "Mémo : Confiance et relations" in notes
    assert "What trust means here" in notes  # a note's own title stays


def test_without_a_language_the_codebook_is_as_the_study_stores_it(
    store: Store, study: str, tmp_path: Path
) -> None:
    path = tmp_path / "plain.qdpx"
    export_qdpx(store, path=path, study_id=study)
    codes, notes = _codes(path)
    assert codes["Trust and relationships"].startswith("Strong links of trust")
    assert "Memo: Trust and relationships" in notes


def test_the_cli_passes_the_language_and_refuses_one_not_shipped(
    store: Store, study: str, data_dir: Path, tmp_path: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    ar = tmp_path / "ar.qdpx"
    argv = ["--data-dir", str(data_dir), "export", "qdpx", "-o"]
    assert main([*argv, str(ar), "--language", "ar"], out=out, err=err) == 0, err.getvalue()
    assert "الثقة والعلاقات" in _codes(ar)[0]
    de = tmp_path / "de.qdpx"
    assert main([*argv, str(de), "--language", "de"], out=out, err=err) != 0
    assert "reports are not available in 'de'" in err.getvalue()
    assert not de.exists()
    with pytest.raises(ValidationError, match="not available in 'de'"):
        export_qdpx(store, path=de, study_id=study, language="de")
