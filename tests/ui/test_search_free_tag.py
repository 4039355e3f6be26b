"""The search dock's free-word tag filter: it lists the study's words with their counts and,
chosen with the keyboard, keeps only the records carrying the word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThreadPool

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import add_free_tag
from fieldkit.ui.search.search_dock import SearchDock


@pytest.fixture(autouse=True)
def _settle(qtbot, store: Store) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


def test_choosing_a_free_tag_keeps_its_records(qtbot, store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Village")
        ids = [
            records.add_interview(
                session, case_id=case.id, date=f"2024-05-0{n}", title=f"Solar {n}", transcript="x"
            ).id
            for n in (1, 2, 3)
        ]
        add_free_tag(session, record_id=ids[0], word="radio")
        add_free_tag(session, record_id=ids[2], word="Radio")
        add_free_tag(session, record_id=ids[1], word="generator")
        study_id = study.id
    dock = SearchDock(store)
    qtbot.addWidget(dock)
    dock.set_study(study_id)
    dock.show()
    qtbot.waitUntil(lambda: dock.tag_filter.count() == 3)
    labels = [dock.tag_filter.itemText(i) for i in range(dock.tag_filter.count())]
    assert labels == ["Any tags", "\u2066#radio\u2069 (2)", "\u2066#generator\u2069 (1)"]
    dock.query.setText("solar")
    qtbot.waitUntil(lambda: len(dock.hits()) == 3, timeout=5000)
    dock.tag_filter.setFocus()
    qtbot.keyClick(dock.tag_filter, Qt.Key.Key_Down)  # the first word: radio
    assert dock.tag_filter.currentData() == "radio"
    qtbot.waitUntil(lambda: len(dock.hits()) == 2, timeout=5000)
    assert {h.record_id for h in dock.hits()} == {ids[0], ids[2]}
