"""In French, a delete confirmation and the storage/network errors a researcher meets read in
French (fieldkit/ui/delete_wording.py, fieldkit.ui.messages.py)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.errors import ValidationError
from fieldkit.storage import codings, records
from fieldkit.storage import validate as v
from fieldkit.storage.db import Store
from fieldkit.sync.network_errors import network_sentence, status_sentence
from fieldkit.ui import translations
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.messages import TEMPLATES, error_message, say

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Q: What helps? A: the school garden feeds everyone."


@pytest.fixture(autouse=True)
def _french(qapp: QApplication) -> Iterator[None]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, "fr")
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as s:
        study = records.create_study(s, name="Côte")
        case = records.create_case(s, study_id=study.id, title="École de la radio")
        records.add_participant(
            s, case_id=case.id, code="P-01", role="teacher", consent_status="given"
        )
        interview = records.add_interview(
            s, case_id=case.id, date="2024-03-15", transcript=TEXT, title="Jardin"
        )
        codings.code_text(
            s, record_id=interview.id, theme="Trust and relationships", start=0, end=12
        )
        return case.id


@pytest.fixture
def window(qtbot, store: Store, case_id: str) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.select_record(case_id, case_id)
    yield w


def test_delete_confirmation_reads_in_french(qtbot, window: MainWindow) -> None:
    edits = window.record_actions.edits
    edits.delete.trigger()
    qtbot.waitUntil(lambda: edits.deletes.confirm is not None, timeout=10_000)
    box = edits.deletes.confirm
    assert isinstance(box, QMessageBox)
    assert box.text() == "Supprimer : cas « École de la radio » ?"
    assert box.informativeText().startswith(
        "Cela entraîne aussi : 1 participant, 1 entretien et 1 codage."
    )
    assert {b.text() for b in box.buttons()} >= {"Supprimer", "Annuler"}
    box.reject()


def test_form_error_reads_in_french(qtbot, window: MainWindow) -> None:
    window.record_actions.new_participant.trigger()
    dialog = window.record_actions.dialog
    qtbot.keyClicks(dialog.code, "p-01")  # P-01 already, ignoring case
    dialog.role.setCurrentText("learner")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: dialog.error_label.isVisible() and dialog.buttons.isEnabled(), timeout=5000
    )
    said = "Le code participant 'p-01' est déjà utilisé dans cette étude (par 'P-01')"
    assert said in dialog.error_label.text()
    assert said in dialog.hints[dialog.code].text()  # under the field it is about
    assert dialog.isVisible() and dialog.code.text() == "p-01"  # nothing typed is lost
    dialog.reject()


def test_field_names_and_numbers_take_the_language() -> None:
    with pytest.raises(ValidationError) as empty:
        v.required_text(" ", field="case title", max_length=200)
    assert error_message(empty.value) == "Le champ « titre du cas » ne doit pas être vide"
    assert str(empty.value) == "case title must not be empty"  # the CLI's English stays
    with pytest.raises(ValidationError) as long:
        v.limit("x" * 3000, field="memo", max_length=2000)
    three_thousand = QLocale().toString(3000)
    assert three_thousand != "3000"
    assert error_message(long.value) == (
        f"Le champ « mémo » est trop long ({three_thousand} caractères ; "
        f"{QLocale().toString(2000)} au plus)"
    )


def test_network_sentences_read_in_french() -> None:
    url = "http://127.0.0.1:9/api/sync"
    refused = network_sentence(ConnectionRefusedError(), url)
    assert say(refused) == (
        "Le serveur http://127.0.0.1:9 n'a pas répondu (connexion refusée). "
        "Vérifiez l'adresse et que le serveur est en marche."
    )
    denied = status_sentence(401, url, "bad password")
    assert say(denied).startswith(
        "Le serveur http://127.0.0.1:9 n'a pas accepté la connexion (il a répondu : bad password)."
    )


def test_every_phrase_template_is_listed_for_translation() -> None:
    """A phrase(...) whose template is not in messages.TEMPLATES would stay English."""
    made: list[str] = []
    for path in (ROOT / "fieldkit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "phrase":
                first = node.args[0]
                if isinstance(first, ast.BinOp):  # "…" + _CHECK
                    assert isinstance(first.left, ast.Constant)
                    made.append(
                        first.left.value + " Check the address and that the server is running."
                    )
                else:
                    assert isinstance(first, ast.Constant), (path, node.lineno)
                    made.append(first.value)
    assert len(made) >= 20
    assert sorted(set(made) - set(TEMPLATES)) == []


def test_export_summary_reads_in_french(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.exports.export_csv(tmp_path / "csv")
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    saved, withheld = window.exports.last_message.splitlines()[:2]
    assert saved.endswith(f"fichiers CSV enregistrés dans {tmp_path / 'csv'}.")
    assert withheld.startswith("retenu : ")  # the report catalogue's words, in French
