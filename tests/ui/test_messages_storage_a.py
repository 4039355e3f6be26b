"""The errors of attachments, backups, blobs, codings, conflicts, the database and encryption
(fieldkit/storage; templates in fieldkit/ui/messages/storage_files.py and storage_records.py)
reach the researcher in the app's language, while the CLI keeps their English."""

from __future__ import annotations

import ast
import importlib
import io
import os
import pkgutil
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("pytestqt")

from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

import fieldkit.storage.crypto
from fieldkit.errors import (
    BlobCorruptError,
    FieldkitError,
    FileTooLargeError,
    ValidationError,
)
from fieldkit.storage import attachments, backup, codings, records
from fieldkit.storage.db import Store
from fieldkit.ui import translations
from fieldkit.ui.messages import error_message
from fieldkit.ui.protect.folder_lock import EncryptDialog

ROOT = Path(__file__).resolve().parents[2]
PART_A = [
    "fieldkit.storage.attachment_checks",
    "fieldkit.storage.attachment_formats",
    "fieldkit.storage.attachments",
    "fieldkit.storage.backup",
    "fieldkit.storage.blobs",
    "fieldkit.storage.changes",
    "fieldkit.storage.codebook",
    "fieldkit.storage.codings",
    "fieldkit.storage.conflicts",
    "fieldkit.storage.db",
    *(
        f"fieldkit.storage.crypto.{info.name}"
        for info in pkgutil.iter_modules(fieldkit.storage.crypto.__path__)
    ),
]
TEXT = "Q: What helps? A: the school garden feeds everyone."


# --- every message of part A is a phrase --------------------------------------------------------


def english_only(module: ModuleType, source: str) -> list[str]:
    """Where ``source`` (the module's code) makes a FieldkitError from a str literal, an
    f-string, a concatenation or a .format(): a sentence the app could only show in English."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        made = getattr(module, node.func.id, None)
        if not (isinstance(made, type) and issubclass(made, FieldkitError)):
            continue
        first = node.args[0]
        literal = isinstance(first, ast.JoinedStr | ast.BinOp) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str)
        )
        formatted = isinstance(first, ast.Call) and getattr(first.func, "attr", "") == "format"
        if literal or formatted:
            found.append(f"{module.__name__}:{node.lineno} {node.func.id}")
    return found


@pytest.mark.parametrize("name", PART_A)
def test_errors_are_made_from_phrases(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    source = Path(module.__file__).read_text(encoding="utf-8")
    assert english_only(module, source) == []


def test_the_scan_finds_english_only_messages() -> None:
    """The scan above would see a literal, an f-string and a concatenation, not phrase(...)."""
    module = importlib.import_module("fieldkit.storage.backup")
    source = (
        "def f(x):\n"
        "    raise ValidationError('plain')\n"
        "    raise StorageError(f'the {x}')\n"
        "    error = ValidationError('a ' + x)\n"
        "    raise ValidationError('{x}'.format(x=x))\n"
        "    raise ValidationError(phrase('fine {x}', x=x))\n"
        "    raise ValueError('a programming error stays English')\n"
    )
    assert english_only(module, source) == [
        "fieldkit.storage.backup:2 ValidationError",
        "fieldkit.storage.backup:3 StorageError",
        "fieldkit.storage.backup:4 ValidationError",
        "fieldkit.storage.backup:5 ValidationError",
    ]


# --- said in French and Arabic -------------------------------------------------------------------


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], QLocale]]:
    """``speak("fr")`` switches the app's language; the test's end puts English back."""
    before, direction = QLocale(), qapp.layoutDirection()
    yield lambda language: translations.apply_language(qapp, language)
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.write() as s:
        study = records.create_study(s, name="Côte")
        case = records.create_case(s, study_id=study.id, title="École de la radio")
        interview = records.add_interview(
            s, case_id=case.id, date="2024-03-15", transcript=TEXT, title="Jardin"
        )
        observation = records.add_observation(
            s, case_id=case.id, date="2024-03-16", description="Coin lecture à midi."
        )
        return {"case": case.id, "interview": interview.id, "observation": observation.id}


def wav_bytes() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * 8000)
    return out.getvalue()


def jpeg_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "green").save(out, "JPEG")
    return out.getvalue()


def test_a_recording_refused_by_an_observation_in_french(
    speak: Callable[[str], QLocale], store: Store, ids: dict[str, str]
) -> None:
    speak("fr")
    with store.write() as s, pytest.raises(ValidationError) as refused:
        attachments.attach_bytes(
            s, store.blobs, record_id=ids["observation"], data=wav_bytes(), filename="coin.wav"
        )
    assert str(refused.value) == (
        "an observation can hold photos and documents, not audio recordings"
    )
    assert error_message(refused.value) == (
        "Une observation peut contenir des photos et des documents, pas des enregistrements audio"
    )


def test_a_photo_too_large_in_french_with_french_units(
    speak: Callable[[str], QLocale], store: Store, ids: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "marché.jpg"
    path.write_bytes(jpeg_bytes())
    os.truncate(path, 3 * 1024**3)  # sparse: takes no disk space
    speak("fr")
    with store.write() as s, pytest.raises(FileTooLargeError) as large:
        attachments.attach_file(s, store.blobs, record_id=ids["case"], path=path)
    assert str(large.value) == "the photo marché.jpg is 3.0 GB; photos up to 50 MB are accepted"
    assert error_message(large.value) == (
        "La photo marché.jpg pèse 3.0 Go ; les photos sont acceptées jusqu'à 50 Mo"
    )


def test_a_damaged_attachment_in_arabic_names_it_in_arabic(
    speak: Callable[[str], QLocale], store: Store, ids: dict[str, str]
) -> None:
    with store.write() as s:
        photo = attachments.attach_bytes(
            s, store.blobs, record_id=ids["interview"], data=jpeg_bytes(), filename="jardin.jpg"
        )
        photo_id, sha = photo.id, photo.sha256
    store.blobs.path_for(sha).write_bytes(b"not the photo any more")
    speak("ar")
    with store.read() as s, pytest.raises(BlobCorruptError) as damaged:
        attachments.read_attachment(s, store.blobs, attachment_id=photo_id)
    short = ids["interview"][:8]
    assert str(damaged.value).startswith(
        f"the photo jardin.jpg (attached to interview {short}) is damaged: its contents changed"
    )
    assert error_message(damaged.value) == (
        f"ملف تالف: الصورة jardin.jpg (من مرفقات المقابلة {short})؛ تغيّر محتواه على القرص. "
        "زامِن مرة أخرى لجلب نسخة سليمة، أو أزل المرفق وأرفق الملف من جديد"
    )


def test_a_span_outside_the_text_in_arabic_digits(
    speak: Callable[[str], QLocale], store: Store, ids: dict[str, str]
) -> None:
    speak("ar")
    with store.write() as s, pytest.raises(ValidationError) as outside:
        codings.code_text(s, record_id=ids["interview"], theme="Trust", start=40, end=1200)
    assert str(outside.value) == (
        f"the span 40–1,200 lies outside the text, which has {len(TEXT)} characters"
    )
    forty, end, length = (QLocale().toString(n) for n in (40, 1200, len(TEXT)))
    assert forty != "40"  # Arabic-Indic digits
    assert error_message(outside.value) == (
        f"المقطع {forty}–{end} يقع خارج النص الذي يضم {length} حرفًا"
    )


def test_backup_refusals_in_french(
    speak: Callable[[str], QLocale], store: Store, ids: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "terrain.fkb"
    backup.write_backup(store.data_dir, target, device_id=store.device_id)
    speak("fr")
    with pytest.raises(ValidationError) as not_empty:
        backup.restore_backup(target, store.data_dir)
    assert str(not_empty.value).startswith(f"the data folder {store.data_dir} is not empty")
    assert error_message(not_empty.value) == (
        f"Le dossier de données {store.data_dir} n'est pas vide ; restaurez dans un nouveau "
        "dossier (fieldkit --data-dir NOUVEAU-DOSSIER restore FICHIER) : rien n'a été modifié"
    )
    stranger = tmp_path / "notes.txt"
    stranger.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(ValidationError) as not_backup:
        backup.restore_backup(stranger, tmp_path / "new")
    assert str(not_backup.value) == f"{stranger} is not a fieldkit backup file"
    assert error_message(not_backup.value) == (
        f"{stranger} n'est pas un fichier de sauvegarde fieldkit"
    )


def test_the_encrypt_dialog_says_a_short_passphrase_in_hindi(
    qtbot, speak: Callable[[str], QLocale]
) -> None:
    """The dialog shows the storage check's own sentence, in the interface language."""
    speak("hi")
    dialog = EncryptDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    eight = QLocale().toString(8)
    assert dialog.problem.text() == (
        f"पासफ़्रेज़ बहुत छोटा है: कम से कम {eight} अक्षर इस्तेमाल करें (कुछ शब्द जो आपको याद रहें, सबसे अच्छे हैं)"
    )
    assert dialog.isVisible()
