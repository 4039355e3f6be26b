"""Date fields read "today" and "yesterday" in the interface language too (French, Arabic),
English always, and say so in their tooltip; the day is the injected one, never the clock's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fieldkit.ui import translations
from fieldkit.ui.dialogs.date_field import DateField, read_date, relative_days

TODAY = date(2023, 1, 1)  # the day before is in another year: no chance of a lucky match


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, request.param)
    yield request.param
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def _field(qtbot) -> DateField:
    field = DateField("Interview date", today=lambda: TODAY)
    qtbot.addWidget(field)
    return field


def _read(field: DateField, typed: str) -> date | None:
    field.edit.setText(typed)
    return field.value()


@pytest.mark.parametrize(
    ("language", "today_words", "yesterday_words", "tip_word"),
    [
        ("fr", ["aujourd'hui", "Aujourd’hui", " AUJOURD'HUI "], ["hier", "Hier"], "aujourd'hui"),
        ("ar", ["اليوم"], ["أمس", "امس"], "اليوم"),
    ],
    indirect=["language"],
)
def test_the_language_words_and_english_are_read(
    qtbot, language: str, today_words: list[str], yesterday_words: list[str], tip_word: str
) -> None:
    field = _field(qtbot)
    for typed in [*today_words, "today", "Today"]:
        assert _read(field, typed) == TODAY, typed
    for typed in [*yesterday_words, "yesterday"]:
        assert _read(field, typed) == date(2022, 12, 31), typed
    assert _read(field, "demain") is None  # not a word it knows
    assert field.problem() is not None
    _read(field, today_words[0])
    field.tidy()
    assert field.edit.text() == "2023-01-01"
    assert field.problem() is None
    tip = field.edit.toolTip()
    assert tip_word in tip and "today" not in tip


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_french_month_in_the_tooltip_is_read(qtbot, language: str) -> None:
    field = _field(qtbot)
    assert "15 mars 2024" in field.edit.toolTip()
    assert _read(field, "15 mars 2024") == date(2024, 3, 15)


def test_english_words_only_without_a_language() -> None:
    assert read_date("Yesterday", today=TODAY) == date(2022, 12, 31)
    assert read_date("hier", today=TODAY) is None
    words = relative_days({"hier": 1, "": 0})
    assert read_date("HIER", today=TODAY, relative=words) == date(2022, 12, 31)
    assert read_date("", today=TODAY, relative=words) is None  # an empty word is no word


def test_hindi_month_names_with_vowel_signs_are_read() -> None:
    assert read_date("15 मार्च 2024", today=TODAY, months={"मार्च": 3}) == date(2024, 3, 15)
