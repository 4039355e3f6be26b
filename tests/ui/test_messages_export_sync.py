"""Export, command and sync-client errors read in the app's language (French, Arabic) while the
CLI's English stays as it was: every FieldkitError those modules make carries a phrase(...), and
a few are caused for real and read back through fieldkit.ui.messages."""

from __future__ import annotations

import ast
import builtins
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fieldkit.errors import (
    AmbiguousError,
    FieldkitError,
    NotFoundError,
    Phrase,
    ProjectFileError,
    SyncError,
    ValidationError,
    phrase,
    reason_of,
)
from fieldkit.export.qdpx import writer
from fieldkit.export.qdpx.importer import import_qdpx
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.sync.account import normalise_server_url
from fieldkit.sync.credentials import load_credentials
from fieldkit.ui import translations
from fieldkit.ui.messages import TEMPLATES, error_message, say
from tests.export.qdpx_fixtures import qualcoder_project, write_qdpx

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "fieldkit"


def _modules() -> list[Path]:
    """The modules whose messages this test guards: export, commands, the sync client."""
    return [
        *sorted((PACKAGE / "export").rglob("*.py")),
        *sorted((PACKAGE / "commands").glob("*.py")),
        *sorted((PACKAGE / "sync").glob("*.py")),  # not sync/server/: its words go over HTTP
    ]


def _error_class(module: object, call: ast.Call) -> type[FieldkitError] | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    found = getattr(module, name, None) or getattr(builtins, name, None) if name else None
    return found if isinstance(found, type) and issubclass(found, FieldkitError) else None


def _is_plain_text(node: ast.expr) -> bool:
    if isinstance(node, ast.BinOp):
        return _is_plain_text(node.left) or _is_plain_text(node.right)
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _is_warning(call: ast.Call) -> bool:
    """``report.warnings.append(…)``, ``….problems.append(…)``, ``….font_warnings.append(…)``:
    the lines an export or a sync shows the researcher besides its errors."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "append"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in ("warnings", "font_warnings", "problems")
    ) or (
        isinstance(func, ast.Attribute)
        and func.attr == "append"
        and getattr(func.value, "id", "") == "warnings"
    )


def test_every_error_of_these_modules_is_a_phrase() -> None:
    """An error (or a warning shown beside a result) made from a str literal or an f-string
    would reach the app in English."""
    made, plain = 0, []
    for path in _modules():
        rel = path.relative_to(ROOT)
        module = importlib.import_module(".".join(rel.with_suffix("").parts))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if _is_warning(node):
                if _is_plain_text(node.args[0]):
                    plain.append(f"{rel}:{node.lineno}")
                continue
            if _error_class(module, node) is None:
                continue
            made += 1
            if node.args and _is_plain_text(node.args[0]):
                plain.append(f"{rel}:{node.lineno}")
    assert made >= 90  # the scan resolves the error classes (it would pass vacuously otherwise)
    assert plain == []


def test_the_scan_catches_a_plain_message() -> None:
    """The checks above fail on the shapes they are meant to catch."""
    tree = ast.parse('ValidationError(f"bad {x}")\nSyncError("no" + y)\nSyncError(phrase("ok"))')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args]
    errors = [c for c in calls if _error_class(importlib.import_module("fieldkit.errors"), c)]
    assert [_is_plain_text(c.args[0]) for c in errors] == [True, True, False]


def test_every_template_of_these_modules_is_listed() -> None:
    listed = set(TEMPLATES)
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "phrase":
                first = node.args[0]
                if isinstance(first, ast.Constant) and path.name != "network_errors.py":
                    assert first.value in listed, (path, node.lineno)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, request.param)
    yield request.param
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_file_that_is_not_a_project_reads_in_french(
    language: str, store: Store, tmp_path: Path
) -> None:
    with store.write() as s:
        study = records.create_study(s, name="Côte")
    fake = tmp_path / "notes.qdpx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        import_qdpx(store, path=fake, study_id=study.id)
    english = str(caught.value)
    assert english.startswith("notes.qdpx is not a REFI-QDA project: it is not a zip archive (")
    reason = english.split(" (", 1)[1].rstrip(")")
    assert error_message(caught.value) == (
        f"notes.qdpx n'est pas un projet REFI-QDA : ce n'est pas une archive zip ({reason})"
    )


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_export_and_sign_in_errors_read_in_french(
    language: str, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError) as none:
        writer.export_qdpx(store, path=tmp_path / "out.qdpx")
    assert str(none.value) == "this data folder has no study to export"
    assert error_message(none.value) == "Ce dossier de données ne contient aucune étude à exporter"
    assert not (tmp_path / "out.qdpx").exists()

    with pytest.raises(SyncError) as signed_out:
        load_credentials(data_dir)
    assert str(signed_out.value) == (
        "this data folder is not signed in to a server; run: fieldkit login --server URL "
        "--user NAME"
    )
    assert error_message(signed_out.value) == (
        "Ce dossier de données n'est connecté à aucun serveur ; lancez : "
        "fieldkit login --server URL --user NAME"
    )


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_errors_read_in_arabic_with_the_locale_digits(
    language: str, store: Store, tmp_path: Path
) -> None:
    with store.write() as s:
        records.create_study(s, name="Nord")
        records.create_study(s, name="Sud")
    with pytest.raises(AmbiguousError) as two:
        writer.export_qdpx(store, path=tmp_path / "out.qdpx")
    assert str(two.value) == (
        "this data folder holds 2 studies; choose the one to export (--study)"
    )
    assert error_message(two.value) == (
        f"عدد الدراسات في مجلد البيانات هذا: {QLocale().toString(2)}؛ "
        "اختر الدراسة التي تريد تصديرها (--study)"
    )

    with pytest.raises(ValidationError) as address:
        normalise_server_url("ftp://sync.example.org")
    assert str(address.value) == (
        "the server address must start with http:// or https://, e.g. http://server:8765 "
        "(not 'ftp://sync.example.org')"
    )
    assert error_message(address.value) == (
        "يجب أن يبدأ عنوان الخادم بـ http://\u200e أو https://\u200e، مثل http://server:8765 "
        "\u200f(لا 'ftp://sync.example.org')"
    )


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_an_error_inside_a_sync_error_is_translated_too(language: str, store: Store) -> None:
    """The client frames a storage error it met while applying pulled changes: both parts read
    in French (reason_of keeps the inner phrase), and the English is the same as before."""
    with pytest.raises(ValidationError) as inner, store.write() as s:
        records.create_study(s, name="   ")
    outer = SyncError(
        phrase(
            "changes from the server for study {study} cannot be applied: {problem}",
            study="s-1",
            problem=reason_of(inner.value),
        )
    )
    assert str(outer) == (f"changes from the server for study s-1 cannot be applied: {inner.value}")
    assert error_message(outer) == (
        "Les modifications reçues du serveur pour l'étude s-1 ne peuvent pas être appliquées : "
        f"{say(reason_of(inner.value))}"
    )
    assert say(reason_of(inner.value)) != str(inner.value)  # the inner one is French too


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_import_warnings_read_in_french(language: str, store: Store, tmp_path: Path) -> None:
    """A QualCoder project with two codes called "Other", UTF-16 positions and a recording left
    out of the zip: the import says all three in French; the report keeps the CLI's English."""
    with store.write() as s:
        study = records.create_study(s, name="Kano")
    audio = '<AudioSource guid="AD000000-0000-4000-8000-000000000001" name="rec.m4a" '
    audio += 'path="internal://AD000000-0000-4000-8000-000000000001.m4a"/>'
    project = write_qdpx(tmp_path / "qc.qdpx", qualcoder_project(extra_sources=audio))
    report = import_qdpx(store, path=project, study_id=study.id)
    assert all(isinstance(w, Phrase) for w in report.warnings)
    assert [say(w) for w in report.warnings if w.startswith(("the code", "'rec.m4a'"))] == [
        "Le code 'Other' a été renommé 'Other (Language)' (nom déjà pris)",
        "'rec.m4a' n'a pas été importé : son fichier "
        "(internal://AD000000-0000-4000-8000-000000000001.m4a) ne se trouve pas dans le fichier "
        "de projet",
    ]
    assert "the code 'Other' was renamed 'Other (Language)' (name taken)" in report.warnings
    assert len(report.warnings) == 3
    assert all(say(w) != str(w) for w in report.warnings)  # every one of them reads in French
