"""The last English bits of the app, now in the interface language (French, Arabic), while the
CLI and the stored English stay as they were: a pulled change's set-aside reason (kept with how
it was made), a recording's "kept" message read back from its journal, default titles of new
records, recordings' file names and captions, a record's codings count, the export log's
format, scope and withheld columns, and why a recording lacks consent. Real data folders, real
widgets, the real CLI."""

from __future__ import annotations

import ast
import importlib
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

import sqlalchemy as sa
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fieldkit import errors
from fieldkit.cli import main
from fieldkit.errors import phrase, phrase_from_stored, stored_phrase
from fieldkit.export.consent import WithheldReport
from fieldkit.export.export_log import list_exports, record_export
from fieldkit.storage import codings, participants, records
from fieldkit.storage.attachments import attachments_for
from fieldkit.storage.consent import recording_consent_gaps
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.models import Attachment, Interview, Observation, SetAsideChange, Study
from fieldkit.storage.recording import AudioFormat, RecordingWriter, finish_recording
from fieldkit.storage.set_aside import apply_pulled_changes, set_aside_changes
from fieldkit.ui import translations
from fieldkit.ui.browse import record_html
from fieldkit.ui.changes import Changes
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
from fieldkit.ui.messages import say
from fieldkit.ui.messages.dates import shown_date
from fieldkit.ui.operations import Operations
from fieldkit.ui.protect.export_log_view import ExportLogDialog
from fieldkit.ui.sync.set_aside_view import SetAsideView

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000
DEVICE = "00000000000000bb"
CASE_ID = "5e7a51de-0000-4000-8000-0000000000e1"
AUDIO = AudioFormat(sample_rate=8000, channels=1, sample_width=2)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, request.param)
    yield request.param
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as s:
        study = records.create_study(s, name="Highland schools")
        case = records.create_case(s, study_id=study.id, title="Radio school")
        records.add_participant(
            s, case_id=case.id, code="P-01", role="teacher", consent_status="pending"
        )
        return case.id


# --- the modules this work touched raise and keep phrases, never bare English -------------

MODULES = (
    "fieldkit.storage.set_aside",
    "fieldkit.storage.remote_apply",
    "fieldkit.storage.records",
    "fieldkit.storage.consent",
    "fieldkit.storage.recording",
    "fieldkit.storage.recording_journal",
    "fieldkit.storage.recording_outcomes",
    "fieldkit.export.export_log",
)


def _raised_with_text(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    path = Path(module.__file__ or "")
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        name = node.exc.func
        cls = getattr(module, name.id, None) if isinstance(name, ast.Name) else None
        if not (isinstance(cls, type) and issubclass(cls, errors.FieldkitError)):
            continue
        first = node.exc.args[0] if node.exc.args else None
        if isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str)
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_error_of_these_modules_is_raised_with_bare_english() -> None:
    assert [hit for name in MODULES for hit in _raised_with_text(name)] == []


def test_a_stored_phrase_comes_back_as_it_was_made() -> None:
    inner = phrase("the file {name} is damaged", name="a.wav")
    made = phrase(
        "{reason} on {day} at {when}, {n} times",
        reason=inner,
        day=date(2024, 3, 5),
        when=datetime(2024, 3, 5, 9, 30),
        n=2000,
    )
    back = phrase_from_stored(str(made), stored_phrase(made))
    assert isinstance(back, errors.Phrase) and back == made
    assert back.params["day"] == date(2024, 3, 5) and back.params["n"] == 2000
    assert back.params["when"] == datetime(2024, 3, 5, 9, 30)
    assert isinstance(back.params["reason"], errors.Phrase)
    assert stored_phrase("plain words") is None
    # An old row (nothing kept), a damaged one, or one that no longer makes its English: as is.
    assert phrase_from_stored("old words", None) == "old words"
    assert not isinstance(phrase_from_stored("old words", "{not json"), errors.Phrase)
    assert not isinstance(phrase_from_stored("other words", stored_phrase(made)), errors.Phrase)


# --- set-aside reasons ------------------------------------------------------------------------


def _missing_case_edit(study_id: str) -> dict[str, Any]:
    inserted = Stamp(1_700_000_000_000, 0, DEVICE).encode()
    return {
        "entity": "cases",
        "row_id": CASE_ID,
        "study_id": study_id,
        "stamp": Stamp(1_700_000_000_900, 0, DEVICE).encode(),
        "op": "update",
        "values": {"region": "Cusco"},
        "bases": {"region": inserted},
    }


def _set_aside_one(store: Store) -> str:
    with store.write() as session:
        study = Study(name="Highland schools")
        session.add(study)
        session.flush()
        study_id = study.id
    with store.write() as session:
        assert apply_pulled_changes(session, [_missing_case_edit(study_id)], study_id=study_id)
    return study_id


def _set_aside_reasons(qtbot: Any, store: Store) -> list[str]:
    view = SetAsideView(store)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT_MS)
    return [view.table.item(0, 4).text(), view.table.item(0, 4).toolTip()]


ENGLISH_REASON = f"a change to cases {CASE_ID} arrived before the record itself"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", f"Une modification de cases {CASE_ID} est arrivée avant la fiche elle-même"),
        ("ar", f"وصل تغيير على cases {CASE_ID} قبل السجل نفسه"),
    ],
    indirect=["language"],
)
def test_a_set_aside_reason_reads_in_the_interface_language_and_english_in_the_cli(
    qtbot: Any, store: Store, data_dir: Path, language: str, said: str
) -> None:
    _set_aside_one(store)
    assert _set_aside_reasons(qtbot, store) == [said, said]
    with store.read() as session:
        [kept] = set_aside_changes(session)
    assert kept.reason == ENGLISH_REASON and kept.to_json_dict()["reason"] == ENGLISH_REASON
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data_dir), "sync", "problems"], out=out, err=err) == 0
    assert f"    {ENGLISH_REASON}\n" in out.getvalue()
    assert "Une modification" not in out.getvalue()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_reason_kept_before_phrases_were_shows_its_english(
    qtbot: Any, store: Store, language: str
) -> None:
    _set_aside_one(store)
    table: sa.Table = SetAsideChange.__table__  # type: ignore[attr-defined]
    with store.write() as session:
        session.connection().execute(table.update().values(reason_phrase=None))
    assert _set_aside_reasons(qtbot, store)[0] == ENGLISH_REASON


# --- a kept recording's message, read back from its journal -----------------------------------


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_kept_recordings_message_is_said_again_in_french(
    store: Store, data_dir: Path, case_id: str, language: str
) -> None:
    with store.write() as s:
        interview = records.add_interview(s, case_id=case_id, date="2024-03-15", title="Jardin")
        interview_id = interview.id
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    writer.write(b"\x01\x00" * 8000)
    with store.write() as s:
        row = s.get(Interview, interview_id)
        assert row is not None
        records.delete_row(s, row)
    folder = writer.close()
    first = finish_recording(store, folder, wording=say)
    again = finish_recording(store, folder, wording=say)  # read back from journal.json
    assert first.status == again.status == "kept"
    assert str(again.message) == str(first.message) and "was deleted" in again.message
    assert isinstance(again.message, errors.Phrase)
    assert say(again.message).startswith("Un enregistrement")
    assert say(again.message) == say(first.message)


# --- default titles, recording names and captions ----------------------------------------------


def _runner(store: Store) -> Any:
    return Operations(store).runner(Changes.of())


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_new_interview_left_untitled_is_named_in_french(
    qtbot: Any, store: Store, case_id: str, language: str
) -> None:
    with store.read() as s:
        [participant] = participants.list_participants(s, case_id=case_id)
    dialog = NewInterviewDialog(_runner(store), case_id=case_id, participants=[participant])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.set_date(date(2024, 3, 5))
    dialog.set_checked(participant.id)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    with store.read() as s:
        title = s.get(Interview, saved.args[0]).title
    assert title == f"Entretien avec P-01 ({shown_date(date(2024, 3, 5))})"
    assert "2024-03-05" not in title and "mars" in title
    # The CLI (no wording given) keeps the English default.
    with store.write() as s:
        made = records.add_interview(
            s, case_id=case_id, date="2024-03-05", participant_ids=[participant.id]
        )
        assert made.title == "Interview with P-01 (2024-03-05)"


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_a_new_observation_left_untitled_is_named_in_arabic(
    qtbot: Any, store: Store, case_id: str, language: str
) -> None:
    dialog = NewObservationDialog(_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.set_date(date(2024, 3, 5))
    dialog.description.setPlainText("Children read aloud under the tree.")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    with store.read() as s:
        title = s.get(Observation, saved.args[0]).title
    assert title == f"ملاحظة ميدانية {shown_date(date(2024, 3, 5))}"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_recording_is_named_and_captioned_in_french(
    store: Store, data_dir: Path, case_id: str, language: str
) -> None:
    with store.write() as s:
        interview_id = records.add_interview(s, case_id=case_id, date="2024-03-15").id
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    writer.write(b"\x01\x00" * 4000)
    outcome = finish_recording(store, writer.close(), wording=say)
    assert outcome.status == "attached"
    with store.read() as s:
        [made] = attachments_for(s, record_id=interview_id)
        attachment = s.get(Attachment, made.id)
        assert attachment is not None
        assert attachment.caption == "Enregistré dans fieldkit"
        assert attachment.filename.startswith("Enregistrement ")
        assert attachment.filename.endswith(".wav")
    # Without wording (the CLI, scripts) it stays English.
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    writer.write(b"\x02\x00" * 4000)
    finish_recording(store, writer.close())
    with store.read() as s:
        captions = {a.caption for a in attachments_for(s, record_id=interview_id)}
    assert captions == {"Enregistré dans fieldkit", "Recorded in fieldkit"}


# --- small bits: codings count, export log, consent reasons ------------------------------------


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_records_codings_count_reads_in_french(store: Store, case_id: str, language: str) -> None:
    with store.write() as s:
        rid = records.add_interview(
            s, case_id=case_id, date="2024-03-15", title="Jardin", transcript="Q: A garden."
        ).id
        codings.code_text(s, record_id=rid, theme="Trust and relationships", start=0, end=2)
        codings.code_text(s, record_id=rid, theme="Trust and relationships", start=3, end=12)
    assert "2 codages</p>" in record_html(store, kind="interview", record_id=rid)


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_export_log_reads_in_french(
    qtbot: Any, store: Store, case_id: str, tmp_path: Path, language: str
) -> None:
    with store.read() as s:
        study_id = records.list_studies(s)[0].id
    held = WithheldReport(participants=1, records=2, passages=3, publication=True)
    record_export(
        store,
        study_id=study_id,
        fmt="pdf",
        scope="all cases (3 files)",
        target=tmp_path / "cases",
        anonymised=True,
        consent=held,
    )
    record_export(
        store, study_id=study_id, fmt="json", scope="full dump", target=tmp_path / "all.json"
    )
    record_export(
        store, study_id=study_id, fmt="csv", scope=f"case {case_id}", target=tmp_path / "t"
    )
    rows = list_exports(store, study_id=study_id)
    dialog = ExportLogDialog(rows, case_titles={case_id: "Radio school"})
    qtbot.addWidget(dialog)
    cells = {
        dialog.table.item(r, 2).text(): [
            dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())
        ]
        for r in range(dialog.table.rowCount())
    }
    pdf, dump, csv = cells["pdf anonymisé"], cells["json"], cells["csv"]
    assert csv[3] == "cas « Radio school »"
    assert pdf[3] == "tous les cas (3 fichiers)"
    # The sentence the export dialog shows, from the report catalogue in French.
    assert pdf[5].startswith("retenu : éléments de 1 participant dont le consentement")
    assert "2 entretiens" in pdf[5] and "withheld" not in pdf[5]
    assert dump[3] == "copie intégrale des données"
    assert dump[5].startswith("aucune règle de consentement")
    assert json.loads(next(r for r in rows if r.format == "pdf").withheld)["records"] == 2


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_why_a_recording_lacks_consent_reads_in_french(
    store: Store, case_id: str, language: str
) -> None:
    with store.write() as s:
        [participant] = participants.list_participants(s, case_id=case_id)
        rid = records.add_interview(
            s, case_id=case_id, date="2024-03-15", participant_ids=[participant.id]
        ).id
    with store.read() as s:
        [gap] = recording_consent_gaps(s, interview_id=rid)
    assert gap.reason == "consent is not recorded yet (pending)"
    assert say(gap.reason) == "le consentement n'est pas encore enregistré (en attente)"


# --- every string marked for translation in the app reaches the catalogues --------------------


def _marked_strings(path: Path) -> set[str]:
    """The literal texts of tr(...), translate(ctx, ...) and QT_TRANSLATE_NOOP(ctx, ...)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        at = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if at is None or len(node.args) <= at:
            continue
        text = node.args[at]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(text.value)
    return found


def test_every_string_marked_in_the_app_is_in_the_catalogues() -> None:
    """pyside6-lupdate skips a tr(...) inside an f-string (and can lose its place in a file),
    leaving that text English in every language without any catalogue noticing."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "fieldkit_fr.ts"
    sources = {m.findtext("source") for m in ET.parse(ts).iter("message")}
    missing = {
        f"{path.relative_to(ROOT)}: {text}"
        for path in sorted((ROOT / "fieldkit" / "ui").rglob("*.py"))
        for text in _marked_strings(path) - sources
    }
    assert sorted(missing) == []


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", " · 2 modifications mises de côté · 1 de vos modifications refusée par le serveur"),
        # counts in the language's digits (%Ln): Arabic-Indic in Arabic
        ("ar", " · تغييران موضوعان جانبًا (٢) · تغيير واحد من تغييراتك رفضه الخادم (١)"),
    ],
    indirect=["language"],
)
def test_a_syncs_set_aside_and_refused_counts_take_their_plural_forms(
    qtbot: Any, store: Store, language: str, said: str
) -> None:
    from fieldkit.sync.client import SyncReport
    from fieldkit.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.sync._synced(SyncReport(pushed=3, set_aside=2, refused=1))
    assert said in window.statusBar().currentMessage()
