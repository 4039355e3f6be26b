"""Storage errors of part B (deletion … wav_segments) reach the researcher in their language:
every error those modules raise is a phrase, and a few caused for real read in French and
Arabic while the CLI's English stays as it was."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fieldkit.errors import (
    ConflictError,
    FieldkitError,
    NotFoundError,
    UnreadableFileError,
    ValidationError,
)
from fieldkit.storage import deletion, records, redact_list, themes
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import find_record, get_row
from fieldkit.storage.models import Case
from fieldkit.storage.recording import RecordingWriter, describe, finish_recording
from fieldkit.storage.textfiles import read_text_file
from fieldkit.ui import translations
from fieldkit.ui.messages import error_message, say
from tests.storage import recording_writer as synth

MODULES = (
    "deletion",
    "editing",
    "free_tags",
    "hlc",
    "kind_names",
    "local_values",
    "lookup",
    "memos",
    "outbox",
    "participants",
    "photos",
    "record_edits",
    "recording",
    "recording_journal",
    "recording_outcomes",
    "records",
    "redact_list",
    "remote_apply",
    "row_changes",
    "search",
    "span_remap",
    "text_edits",
    "textfiles",
    "themes",
    "transcript_files",
    "validate",
    "wav_segments",
)


def _plain_messages(module: ModuleType) -> list[str]:
    """Where ``module`` makes a FieldkitError from a literal or an f-string."""
    assert module.__file__ is not None
    name = Path(module.__file__).stem
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        error = getattr(module, called, None)
        if not (isinstance(error, type) and issubclass(error, FieldkitError)):
            continue
        if isinstance(node.args[0], ast.Constant | ast.JoinedStr):
            found.append(f"{name}.py:{node.lineno}: {ast.unparse(node.args[0])[:70]}")
    return found


def test_every_error_of_part_b_is_a_phrase() -> None:
    modules = [importlib.import_module(f"fieldkit.storage.{name}") for name in MODULES]
    assert [line for module in modules for line in _plain_messages(module)] == []


def test_the_scan_finds_a_plain_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan above can fail: a module raising an f-string is reported."""
    (tmp_path / "fk_plain_probe.py").write_text(
        "from fieldkit.errors import NotFoundError\n"
        "def f(ref):\n"
        "    raise NotFoundError(f'no case with id {ref!r}')\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    probe = importlib.import_module("fk_plain_probe")
    assert _plain_messages(probe) == ["fk_plain_probe.py:3: f'no case with id {ref!r}'"]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    before, direction = QLocale(), qapp.layoutDirection()

    def switch(code: str) -> None:
        translations.apply_language(qapp, code)

    yield switch
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def case_ids(store: Store) -> tuple[str, str, str]:
    """A study, its case and an interview of it."""
    with store.write() as s:
        study = records.create_study(s, name="Côte")
        case = records.create_case(s, study_id=study.id, title="École de la radio")
        interview = records.add_interview(
            s, case_id=case.id, date="2024-03-15", transcript="Bonjour.", title="Jardin"
        )
        return study.id, case.id, interview.id


def test_a_deleted_interview_is_named_in_french(language, store: Store, case_ids) -> None:
    language("fr")
    _study, _case, interview_id = case_ids
    with store.write() as s:
        deletion.delete_row_with(s, deletion.find_any(s, interview_id))
    with store.read() as s, pytest.raises(NotFoundError) as gone:
        deletion.find_any(s, interview_id)
    assert str(gone.value) == "the interview “Jardin” was deleted"  # the CLI's English
    assert error_message(gone.value) == "« Jardin » (entretien) fait partie des éléments supprimés"
    with store.write() as s:
        deletion.restore_row(s, deletion.find_any(s, interview_id, deleted=True))
    with store.read() as s, pytest.raises(NotFoundError) as alive:
        deletion.find_any(s, interview_id, deleted=True)
    assert error_message(alive.value) == (
        "« Jardin » (entretien) ne figure pas parmi les éléments supprimés"
    )


def test_restoring_into_a_deleted_case_says_what_first(language, store: Store, case_ids) -> None:
    language("fr")
    _study, case_id, interview_id = case_ids
    with store.write() as s:
        deletion.delete_row_with(s, deletion.find_any(s, interview_id))
        deletion.delete_row_with(s, deletion.find_any(s, case_id))
    with store.write() as s, pytest.raises(ConflictError) as first:
        deletion.restore_row(s, deletion.find_any(s, interview_id, deleted=True))
    assert str(first.value) == "its case “École de la radio” is deleted; restore that first"
    assert error_message(first.value) == (
        "Son cas « École de la radio » est supprimé ; restaurez-le d'abord"
    )


def test_ids_not_found_read_in_arabic(language, store: Store, case_ids) -> None:
    language("ar")
    with store.read() as s, pytest.raises(NotFoundError) as missing:
        get_row(s, Case, "ffffffff")
    assert str(missing.value) == "no case with id 'ffffffff'"
    assert error_message(missing.value) == "لم يُعثر على الحالة بالمعرّف 'ffffffff'"
    with store.read() as s, pytest.raises(NotFoundError) as either:
        find_record(s, "abcdef")
    assert str(either.value) == "no interview or observation or case with id 'abcdef'"
    assert error_message(either.value) == (
        "لم يُعثر على المقابلة أو الملاحظة الميدانية أو الحالة بالمعرّف 'abcdef'"
    )
    with store.read() as s, pytest.raises(NotFoundError) as short:
        get_row(s, Case, "ff")
    least = QLocale().toString(4)
    assert error_message(short.value) == (
        f"لم يُعثر على الحالة بالمعرّف 'ff' (اكتب {least} أحرف على الأقل)"
    )


def test_theme_and_redaction_refusals_in_arabic(language, store: Store, case_ids) -> None:
    language("ar")
    study_id, _case, _interview = case_ids
    with store.write() as s:
        theme = themes.add_theme(s, study_id=study_id, name="Jardin scolaire")
    with store.write() as s, pytest.raises(ConflictError) as itself:
        themes.merge_themes(s, source_id=theme.id, target_id=theme.id)
    assert str(itself.value) == "a theme cannot be merged into itself"
    assert error_message(itself.value) == "لا يمكن دمج محور في نفسه"
    with store.write() as s, pytest.raises(ValidationError) as short:
        redact_list.add_redact_name(s, study_id=study_id, term="A")
    assert str(short.value) == "'A' is too short to redact: it would replace ordinary words"
    assert error_message(short.value) == "'A' أقصر من أن يُحجب: سيستبدل كلمات عادية"


def test_a_binary_file_and_the_notes_on_a_text_file_in_french(language, tmp_path: Path) -> None:
    language("fr")
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(UnreadableFileError) as binary:
        read_text_file(picture)
    assert str(binary.value) == (
        "the file photo.png looks like a binary file, not text (it looks like a PNG image)"
    )
    assert error_message(binary.value) == (
        "le fichier photo.png ressemble à un fichier binaire, pas à du texte "
        "(on dirait une image PNG)"
    )
    windows = tmp_path / "notes.txt"
    windows.write_bytes("Entretien\r\nÉcole\r\n".encode("cp1252"))
    notes = read_text_file(windows).notes
    assert list(notes) == [
        "the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8",
        "Windows line ends (CRLF) were converted",
    ]
    assert [say(note) for note in notes] == [
        "le fichier était en encodage Windows-1252 (Latin-1) et a été converti en UTF-8",
        "les fins de ligne Windows (CRLF) ont été converties",
    ]


def test_a_recording_of_a_deleted_interview_is_explained_in_french(
    language, store: Store, case_ids, data_dir: Path
) -> None:
    language("fr")
    _study, _case, interview_id = case_ids
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=synth.AUDIO)
    writer.write(synth.frames(0, 8000))
    with store.write() as s:
        deletion.delete_row_with(s, deletion.find_any(s, interview_id))
    outcome = finish_recording(store, writer.close())
    assert outcome.status == "kept" and outcome.kept_file is not None
    english = describe(outcome)
    assert english.startswith("A recording started ")
    assert english.endswith(
        f"(0:01) belongs to an interview that was deleted, so it was not attached. It is kept "
        f"as {outcome.kept_file}; copy it somewhere safe or attach it to another interview "
        "(Add recording… in the interview's player)."
    )
    said = say(english)
    assert said.startswith("Un enregistrement commencé le ")
    assert said.endswith(
        f"(0:01) appartient à un entretien qui a été supprimé ; il n'a donc pas été joint. Il "
        f"est conservé sous {outcome.kept_file} ; copiez-le en lieu sûr ou joignez-le à un "
        "autre entretien (Ajouter un enregistrement… dans le lecteur de l'entretien)."
    )
