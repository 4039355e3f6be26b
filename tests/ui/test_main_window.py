from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.ui.changes import Changes
from fieldkit.ui.main_window import ROLE_KIND, MainWindow


def test_window_browses_studies_cases_records_and_codebook(qtbot, store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot study")
        case = records.create_case(session, study_id=study.id, title="Radio school", country="Peru")
        interview = records.add_interview(
            session,
            case_id=case.id,
            date="2024-05-01",
            title="Talk with the head teacher",
            transcript="Los padres confían en la escuela.",
        )
        codings.code_text(
            session, record_id=interview.id, theme="Trust and relationships", start=4, end=10
        )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    model = window.nav_model
    study_item = model.item(0)
    assert study_item.text().startswith("Pilot study")
    case_item = study_item.child(0)
    assert case_item.text() == "Radio school  (1)"
    window.navigator.expand(case_item.index())
    record_item = case_item.child(0)
    assert record_item.data(ROLE_KIND) == "interview"
    window.navigator.setCurrentIndex(record_item.index())
    assert window.record_stack.currentWidget() is window.editor
    assert window.editor.title_edit.text() == "Talk with the head teacher"
    assert "padres" in window.editor.text.toPlainText()
    assert window.editor.panel.count() == 1
    window.navigator.setCurrentIndex(case_item.index())
    assert window.record_stack.currentWidget() is window.case_view  # its text and participants
    assert "Radio school" in window.reader.toHtml()
    qtbot.waitUntil(lambda: window.codebook_model.rowCount() > 0)  # loaded off the GUI thread
    names = [window.codebook_model.item(r).text() for r in range(window.codebook_model.rowCount())]
    assert any(n.startswith("Ecosystem goals and relationships") for n in names)
    bar = window.sync.status_bar  # filled off the GUI thread
    qtbot.waitUntil(lambda: bar.pending_label.text() == "Not signed in — nothing is sent")
    assert "not signed in" in bar.state_label.text() and "Never synced" in bar.text()


def test_an_empty_data_folder_says_where_to_start(qtbot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.nav_model.rowCount() == 0
    assert window.record_stack.currentWidget() is window.case_view
    text = window.reader.toPlainText()
    assert "no study yet" in text and "New study" in text and "Sync ▸ Settings" in text
    with store.write() as session:
        records.create_study(session, name="Pilot study")
    window.ops.announce(Changes.all())  # changed outside the window: every view follows
    assert window.nav_model.item(0).text().startswith("Pilot study")
