from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
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
    html = window.reader.toHtml()
    assert "Talk with the head teacher" in html and "padres" in html
    names = [window.codebook_model.item(r).text() for r in range(window.codebook_model.rowCount())]
    assert any(n.startswith("Ecosystem goals and relationships") for n in names)
    assert "1 changes" not in window.status_label.text()
    assert "not yet synced" in window.status_label.text()
