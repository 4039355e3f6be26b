"""The status bar counts pulled changes set aside, and a click lists them (real widgets).

The set-aside change is made by the real apply path (``apply_pulled_changes``) on a real data
folder: an edit of a case that has not arrived. The status bar says so; once the case arrives,
the edit is applied and the count goes away.
"""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, ChangeLogEntry, Study
from fieldkit.storage.set_aside import apply_pulled_changes
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.sync import sync_controller

# The status bar's counts are %n strings: read them in English as the app shows them.
pytestmark = pytest.mark.usefixtures("english_plurals")

WAIT_MS = 20_000  # a loaded 2-core machine; the conditions are exact
DEVICE = "00000000000000bb"
CASE_ID = "5e7a51de-0000-4000-8000-0000000000c1"


def _changes(study_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    inserted = Stamp(1_700_000_000_000, 0, DEVICE).encode()
    insert = {
        "entity": "cases",
        "row_id": CASE_ID,
        "study_id": study_id,
        "stamp": inserted,
        "op": "insert",
        "values": {
            "study_id": study_id,
            "title": "Hill school",
            "country": None,
            "region": None,
            "locality": None,
            "kind": None,
            "summary": "",
            "created_at": "2023-11-14T22:13:20.000000Z",
            "updated_at": "2023-11-14T22:13:20.000000Z",
            "deleted_at": None,
        },
    }
    update = {
        "entity": "cases",
        "row_id": CASE_ID,
        "study_id": study_id,
        "stamp": Stamp(1_700_000_000_900, 0, DEVICE).encode(),
        "op": "update",
        "values": {"region": "Cusco"},
        "bases": {"region": inserted},
    }
    return insert, update


def test_the_status_bar_counts_changes_set_aside_and_lists_them(
    store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_controller, "POLL_MS", 150)
    with store.write() as session:
        study = Study(name="Highland schools")
        session.add(study)
        session.flush()
        study_id = study.id
    insert, update = _changes(study_id)
    with store.write() as session:
        result = apply_pulled_changes(session, [update], study_id=study_id)
    assert result.set_aside == 1

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    bar = window.sync.status_bar
    qtbot.waitUntil(lambda: bar.set_aside_button.isVisible(), timeout=WAIT_MS)
    assert bar.set_aside_button.text() == "⚠ 1 change set aside"
    assert "1 change set aside" in bar.text()
    assert bar.set_aside_button.accessibleName() == "Changes set aside"

    qtbot.mouseClick(bar.set_aside_button, Qt.MouseButton.LeftButton)
    view = window.sync.set_aside_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT_MS)
    assert view.table.isVisible() and not view.empty_label.isVisible()
    cells = [view.table.item(0, column).text() for column in range(view.table.columnCount())]
    assert cells[1] == "Highland schools"
    assert cells[2] == f"cases {CASE_ID}"
    assert cells[3] == "region"
    assert "arrived before the record itself" in cells[4]

    # The case arrives: the waiting edit is applied, and the count goes away.
    with store.write() as session:
        arrived = apply_pulled_changes(session, [insert], study_id=study_id)
    assert arrived.recovered == 1
    qtbot.waitUntil(lambda: not bar.set_aside_button.isVisible(), timeout=WAIT_MS)
    assert "set aside" not in bar.text()
    with store.read() as session:
        assert get_row(session, Case, CASE_ID).region == "Cusco"
    view.reload()
    qtbot.waitUntil(lambda: view.empty_label.isVisible(), timeout=WAIT_MS)
    assert view.table.rowCount() == 0


def _refused_edit(store: Store, study_id: str) -> tuple[str, int]:
    """A case edit held back as if the server had refused it (the real hold path)."""
    from fieldkit.storage import records
    from fieldkit.storage.models import ChangeLogEntry
    from fieldkit.storage.refused_pushes import hold_refused
    from fieldkit.storage.sync_cursors import set_cursor

    with store.write() as session:
        case = records.create_case(session, study_id=study_id, title="River school")
    with store.write() as session:
        records.update_fields(session, get_row(session, Case, case.id), {"region": "Mopti"})
    with store.write() as session:
        query = sa.select(sa.func.max(ChangeLogEntry.seq)).where(
            ChangeLogEntry.row_id == case.id  # type: ignore[arg-type]
        )
        seq = int(session.execute(query).scalar_one())
        held = hold_refused(
            session,
            study_id=study_id,
            entity="cases",
            row_id=case.id,
            from_seq=seq,
            reason="the server has never received that record",
        )
    assert held == 1
    with store.write() as session:  # a sync then passed it (the server's mark covers it)
        set_cursor(session, study_id=study_id, name="push", value=seq)
    return case.id, seq


def test_changes_the_server_refused_are_listed_sent_again_or_discarded(
    store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from fieldkit.storage.refused_push_list import refused_pushes
    from fieldkit.sync.client import SyncReport
    from fieldkit.sync.local_status import local_sync_status

    monkeypatch.setattr(sync_controller, "POLL_MS", 150)
    with store.write() as session:
        study = Study(name="Delta schools")
        session.add(study)
        session.flush()
        study_id = study.id
    first, first_id = _refused_edit(store, study_id)
    second, _ = _refused_edit(store, study_id)

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    bar = window.sync.status_bar
    qtbot.waitUntil(lambda: bar.set_aside_button.isVisible(), timeout=WAIT_MS)
    assert bar.set_aside_button.text() == "⚠ 2 changes set aside"
    window.sync._synced(SyncReport(pushed=3, refused=2))  # as a sync that met them says
    assert "2 of your changes refused by the server" in window.statusBar().currentMessage()
    qtbot.mouseClick(bar.set_aside_button, Qt.MouseButton.LeftButton)
    view = window.sync.set_aside_view
    qtbot.waitUntil(lambda: view.refused_table.rowCount() == 2, timeout=WAIT_MS)
    assert view.refused_table.isVisible() and view.empty_label.isVisible()
    cells = [view.refused_table.item(0, c).text() for c in range(view.refused_table.columnCount())]
    assert cells[1:] == [
        "Delta schools",
        f"cases {first}",
        "region, updated_at",
        "the server has never received that record",
    ]
    assert not view.send_again_button.isEnabled()

    view.refused_table.selectRow(0)
    assert view.send_again_button.isEnabled()
    qtbot.mouseClick(view.send_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.refused_table.rowCount() == 1, timeout=WAIT_MS)
    with store.read() as session:
        assert [r.row_id for r in refused_pushes(session)] == [second]
        # Logged again after everything else: it waits to be sent like a new edit.
        assert local_sync_status(session).pending == 1
    assert first_id > 0

    # Discard asks first; "No" keeps it.
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: answers.pop(0))
    view.refused_table.selectRow(0)
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert view.refused_table.rowCount() == 1
    view.refused_table.selectRow(0)
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.refused_table.isVisible(), timeout=WAIT_MS)
    with store.read() as session:
        assert refused_pushes(session) == []
        assert get_row(session, Case, second).region == "Mopti"  # kept on this laptop
    qtbot.waitUntil(lambda: not bar.set_aside_button.isVisible(), timeout=WAIT_MS)


def test_the_servers_reason_reads_in_the_interface_language(
    store: Store, qtbot: Any, qapp: Any
) -> None:
    """A refused change whose reason the server sent as a phrase is listed in French; one from
    an older server (English text only) stays as the server said it."""
    from PySide6.QtCore import QLocale

    from fieldkit.errors import phrase
    from fieldkit.storage.refused_pushes import hold_refused
    from fieldkit.storage.sync_cursors import set_cursor
    from fieldkit.ui import translations
    from fieldkit.ui.sync.set_aside_view import SetAsideView

    never = "the server has never received that record, so no laptop could apply the edit"
    with store.write() as session:
        study = Study(name="Delta schools")
        session.add(study)
        session.flush()
        study_id = study.id
    held = []
    for reason in (phrase(never), never):  # a newer server's phrase, an older one's English
        with store.write() as session:
            case = records.create_case(session, study_id=study_id, title="River school")
        with store.write() as session:
            records.update_fields(session, get_row(session, Case, case.id), {"region": "Mopti"})
        with store.write() as session:
            seq = int(session.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar_one())
            held.append(
                hold_refused(
                    session,
                    study_id=study_id,
                    entity="cases",
                    row_id=case.id,
                    from_seq=seq,
                    reason=reason,
                )
            )
            set_cursor(session, study_id=study_id, name="push", value=seq)
    assert held == [1, 1]

    before = QLocale()
    translations.apply_language(qapp, "fr")
    try:
        view = SetAsideView(store)
        qtbot.addWidget(view)
        table = view.refused_table
        qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=WAIT_MS)
        reasons = [table.item(row, 4).text() for row in range(2)]
    finally:
        translations.remove_translators(qapp)
        QLocale.setDefault(before)
    assert reasons == [
        "Le serveur n'a jamais reçu cette fiche : aucun portable ne pourrait appliquer la "
        "modification",
        never,
    ]
