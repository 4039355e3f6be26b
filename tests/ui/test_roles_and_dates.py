"""Roles, dates and language names in the interface language (French, Arabic): the participant
dialog shows roles translated and stores the English key; messages, the editor header, the
participants list and the export log write dates as the locale does (QLocale decides digits and
month names, so the tests compare with QLocale's own output); the editor names the interview's
language instead of showing its code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QTableWidget
from sqlmodel import select

from fieldkit.errors import ValidationError, phrase
from fieldkit.export.export_log import list_exports
from fieldkit.storage import participants, records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Participant
from fieldkit.ui import translations
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog
from fieldkit.ui.dialogs.record_dialogs import consent_label
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.messages import error_message, say
from fieldkit.ui.messages.dates import date_format, shown_date, shown_datetime
from fieldkit.ui.participants_panel import ParticipantsPanel
from fieldkit.ui.role_names import combo_role, role_key, role_name
from tests.ui.test_record_forms import store_runner


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, request.param)
    yield request.param
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def _locale_date(d: date) -> str:
    """What QLocale itself writes for ``d`` in the chosen language's long form, weekday left
    out (the tests check shown_date against this, not a hard-coded string)."""
    return QLocale().toString(QDate(d.year, d.month, d.day), date_format())


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as s:
        study = records.create_study(s, name="Roles")
        return records.create_case(s, study_id=study.id, title="Reading circle").id


def _saved_role(qtbot, store: Store, dialog: ParticipantDialog) -> str:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    with store.read() as s:
        row = s.get(Participant, saved.args[0])
        assert row is not None
        return row.role


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_role_combo_shows_french_names_and_stores_the_key(
    qtbot, store, case_id, language
) -> None:
    dialog = ParticipantDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    items = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert "enseignant" in items and "personnel d'ONG" in items and "teacher" not in items
    dialog.code.setText("P-01")
    dialog.role.setCurrentIndex(items.index("enseignant"))
    assert combo_role(dialog.role) == "teacher"
    assert _saved_role(qtbot, store, dialog) == "teacher"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_editing_shows_the_role_translated_and_keeps_the_key(
    qtbot, store, case_id, language
) -> None:
    with store.write() as s:
        p = participants.add_participant(s, case_id=case_id, code="P-02", role="ngo staff")
        free = participants.add_participant(s, case_id=case_id, code="P-03", role="animatrice")
    dialog = ParticipantDialog(store_runner(store), case_id=case_id, participant=p)
    qtbot.addWidget(dialog)
    assert dialog.role.currentText() == "personnel d'ONG"
    assert _saved_role(qtbot, store, dialog) == "ngo staff"
    other = ParticipantDialog(store_runner(store), case_id=case_id, participant=free)
    qtbot.addWidget(other)
    assert other.role.currentText() == "animatrice"  # a free role as typed
    other.role.setEditText("Chercheur")  # a known role typed by its French name
    assert _saved_role(qtbot, store, other) == "researcher"


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_a_free_role_typed_in_the_dialog_is_kept(qtbot, store, case_id, language) -> None:
    dialog = ParticipantDialog(store_runner(store), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.code.setText("P-04")
    dialog.role.setEditText("Facilitator")
    assert _saved_role(qtbot, store, dialog) == "facilitator"  # storage keeps roles lower case


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_roles_read_back_from_their_shown_names(language) -> None:
    for key in participants.ROLES:
        assert role_key(role_name(key)) == key
    assert role_name("teacher") == {"fr": "enseignant", "ar": "معلم"}[language]
    assert role_key("NGO staff") == "ngo staff" and role_key("griot") == "griot"


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_participants_list_and_labels_show_roles_and_dates_translated(
    qtbot, store, case_id, language
) -> None:
    when = date(2024, 3, 5)
    with store.write() as s:
        p = participants.add_participant(
            s,
            case_id=case_id,
            code="P-05",
            role="teacher",
            consent_status="given",
            consent_form="written",
            consent_date=when,
            consent_audio=False,
        )
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    panel.set_participants([p])
    item = panel.topLevelItem(0)
    assert item is not None and item.text(2) == role_name("teacher") != "teacher"
    assert _locale_date(when) in item.text(3) and "2024-03-05" not in item.text(3)
    label = consent_label(p)
    given = {"fr": "consentement donné", "ar": "الموافقة ممنوحة"}[language]
    assert (
        label
        == f"P-05 · {role_name('teacher')} · {given} · "
        + {
            "fr": "pas d'audio",
            "ar": "بلا تسجيل صوتي",
        }[language]
    )


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_a_date_in_a_message_is_written_by_the_locale(store, case_id, language) -> None:
    later = date.today() + timedelta(days=30)
    with store.write() as s, pytest.raises(ValidationError) as raised:
        participants.add_participant(
            s, case_id=case_id, code="P-06", role="parent", consent_date=later
        )
    assert later.isoformat() in str(raised.value)  # the CLI's English keeps ISO
    said = error_message(raised.value)
    assert _locale_date(later) in said and later.isoformat() not in said
    assert said.startswith({"fr": "La date du consentement", "ar": "تاريخ الموافقة"}[language])
    # A datetime: the laptop's local time, as QLocale writes it (digits, order, AM/PM).
    at = datetime(2024, 3, 5, 14, 30, tzinfo=UTC)
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    time_text = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    shown = say(phrase("the server time was {when}", when=at))
    assert shown == f"the server time was {shown_datetime(at)}"  # no translation: English
    assert time_text in shown and "2024-03-05" not in shown
    assert shown_datetime(at.replace(tzinfo=None)) == shown_datetime(at)  # naive means UTC


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_the_editor_header_names_the_language_and_writes_the_date(
    qtbot, store, case_id, language
) -> None:
    with store.write() as s:
        rid = records.add_interview(
            s, case_id=case_id, date="2024-03-05", language="sw", transcript="Habari."
        ).id
    editor = RecordEditor(store)
    qtbot.addWidget(editor)
    editor.open_record(rid)
    header = editor.meta_label.text()
    expected = {"fr": "langue : swahili", "ar": "اللغة: السواحلية"}[language]
    assert expected in header and "sw" not in header.split()
    assert shown_date(date(2024, 3, 5)) in header and "2024-03-05" not in header
    assert _locale_date(date(2024, 3, 5)) == shown_date(date(2024, 3, 5))
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=10_000)


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_export_log_shows_local_time_by_locale(
    qtbot, store, case_id, language, tmp_path: Path
) -> None:
    with store.write() as s:
        participants.add_participant(s, case_id=case_id, code="P-07", role="teacher")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.navigator.setCurrentIndex(window.nav_model.item(0).index())
    window.exports.export_csv(tmp_path / "tables")
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    window.protect.show_export_log()
    qtbot.waitUntil(lambda: window.protect.log_dialog is not None, timeout=30_000)
    table = window.protect.log_dialog.findChild(QTableWidget)
    assert table is not None and table.rowCount() == 1
    row = list_exports(store, study_id=None)[0]
    assert table.item(0, 0).text() == shown_datetime(row.exported_at)
    assert table.horizontalHeaderItem(0).text() == "Quand"
    with store.read() as s:
        assert s.exec(select(Participant)).first() is not None


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_colour_error_reads_in_french(language) -> None:
    from fieldkit.storage import validate

    with pytest.raises(ValidationError) as raised:
        validate.color("red")
    assert str(raised.value) == "colour 'red' is not valid; write it as #RRGGBB, e.g. #1f77b4"
    assert error_message(raised.value).startswith("La couleur 'red' n'est pas valide")


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_what_a_participant_allows_is_listed_with_the_language_words(
    qtbot, store, case_id, language
) -> None:
    """Not "الصوت, الاقتباسات" (a Latin comma in Arabic): the language's own list."""
    with store.write() as s:
        p = participants.add_participant(
            s,
            case_id=case_id,
            code="P-07",
            role="parent",
            consent_audio=True,
            consent_quotes=True,
            consent_attribution=True,
        )
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    panel.set_participants([p])
    item = panel.topLevelItem(0)
    assert item is not None
    assert (
        item.text(4)
        == {
            "fr": "audio, citations et nom",
            "ar": "الصوت والاقتباسات والاسم",
        }[language]
    )


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_count_of_problems_uses_the_digits_of_the_dates(qtbot, case_id, language) -> None:
    dialog = ParticipantDialog(lambda *_: None, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show_problems(dialog.problems())  # no code, no role
    assert "(٢)" in dialog.error_label.text() and "(2)" not in dialog.error_label.text()
