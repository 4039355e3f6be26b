"""The codebook lists the study's free-word tags with their counts, apart from the themes, and
"Make a theme" brings a word into the codebook with its records tagged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThreadPool
from sqlmodel import select

from fieldkit.storage import records
from fieldkit.storage.codings import tags_for
from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import add_free_tag, free_tags_for
from fieldkit.storage.models import Theme
from fieldkit.ui.codebook.codebook_dock import CodebookDock


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Village")
        one = records.add_interview(session, case_id=case.id, date="2024-05-01", title="One")
        add_free_tag(session, record_id=one.id, word="Radio")
        add_free_tag(session, record_id=case.id, word="radio")
        add_free_tag(session, record_id=one.id, word="generator")
        return {"study": study.id, "case": case.id, "one": one.id}


@pytest.fixture
def dock(qtbot, english_plurals, store: Store, ids) -> Iterator[CodebookDock]:
    dock = CodebookDock(store)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.loaded):
        dock.set_study(ids["study"])
    dock.resize(360, 640)
    dock.show()
    yield dock
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(20)


def _labels(dock: CodebookDock) -> list[str]:
    words = dock.free_tags.list
    return [words.item(i).text() for i in range(words.count())]


def test_free_words_are_counted_and_one_becomes_a_theme(qtbot, dock, store, ids) -> None:
    qtbot.waitUntil(lambda: dock.free_tags.isVisible(), timeout=5000)
    assert _labels(dock) == ["\u2066#Radio\u2069 — 2 records", "\u2066#generator\u2069 — 1 record"]
    assert not dock.free_tags.make_button.isEnabled()
    words = dock.free_tags.list
    words.setFocus()
    qtbot.keyClick(words, Qt.Key.Key_Home)  # the first word, by keyboard
    qtbot.waitUntil(lambda: dock.free_tags.current_word() is not None, timeout=2000)
    assert dock.free_tags.current_word() == "Radio" and dock.free_tags.make_button.isEnabled()
    with qtbot.waitSignal(dock.loaded, timeout=5000):
        qtbot.mouseClick(dock.free_tags.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _labels(dock) == ["\u2066#generator\u2069 — 1 record"], timeout=5000)
    with store.read() as session:
        radio = list(session.exec(select(Theme).where(Theme.name == "Radio")))
        assert len(radio) == 1
        for record in (ids["one"], ids["case"]):
            assert [t.theme_id for t in tags_for(session, record_id=record)] == [radio[0].id]
        assert [t.word for t in free_tags_for(session, record_id=ids["one"])] == ["generator"]
    assert dock.current_theme_id() == radio[0].id  # the new theme, selected in the tree
