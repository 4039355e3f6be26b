"""Numbers put into the interface's sentences and labels are written the language's way (issue
13): Arabic-Indic digits in Arabic, so a sentence never mixes "3" with "٢", and the locale's
grouping in French ("12 345" with QLocale's own separator). Real windows and widgets; the
expected numbers come from QLocale, not from literals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fieldkit.storage.blobs import human_size
from fieldkit.storage.db import Store
from fieldkit.storage.review import ThemeBar
from fieldkit.sync.client import SyncReport
from fieldkit.ui import translations
from fieldkit.ui.codebook.codebook_model import ThemeModel, ThemeRow
from fieldkit.ui.codebook.theme_dialogs import MergeDialog
from fieldkit.ui.messages import number, say
from fieldkit.ui.review.review_chart import ThemeBarChart
from fieldkit.ui.sync.sync_status import SyncStatusBar

WESTERN_DIGIT = re.compile("[0-9]")


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before, direction = QLocale(), qapp.layoutDirection()
    translations.apply_language(qapp, request.param)
    yield request.param
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def _theme(name: str, codings: int, tags: int, theme_id: str = "t1") -> ThemeRow:
    return ThemeRow(
        id=theme_id,
        name=name,
        color="#88aa44",
        parent_id=None,
        archived=False,
        codings=codings,
        tags=tags,
        depth=0,
    )


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_sync_finished_message_in_arabic_has_no_western_digit(
    qtbot: Any, store: Store, language: str
) -> None:
    from fieldkit.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.sync._synced(SyncReport(pushed=3, pulled=1234, conflicts=0, set_aside=2, refused=1))
    said = window.statusBar().currentMessage()
    assert "تمت المزامنة" in said  # the Arabic sentence, not the English fallback
    for count in (3, 1234, 0):
        assert number(count) in said
    assert number(3) == "٣"  # Arabic-Indic digits, as Qt writes them for Arabic
    assert not WESTERN_DIGIT.search(said), said


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_lock_menu_minutes_in_arabic_have_no_western_digit(
    qtbot: Any, store: Store, language: str
) -> None:
    from fieldkit.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    choices = [a.text() for a in window.protection.lock_menu.actions() if not a.isSeparator()]
    assert len(choices) > 1
    for text in choices:
        assert not WESTERN_DIGIT.search(text), text


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_a_file_size_in_arabic_has_its_digits_and_decimal_sign(language: str) -> None:
    for size in (1000, 4300, 3 * 1024**3):
        said = say(human_size(size))
        assert not WESTERN_DIGIT.search(said), said
    assert QLocale().toString(4.2, "f", 1) in say(human_size(4300))  # "٤٫٢", not "4.2"
    assert str(human_size(4300)) == "4.2 KB"  # the CLI's English as it was


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_sync_progress_groups_thousands_the_french_way(qtbot: Any, language: str) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_progress(SyncReport(pushed=12345, pulled=2, bytes_sent=3_456_000, bytes_received=0))
    text = bar.progress_label.text()
    assert QLocale().toString(12345) != "12345"  # French groups with its own separator
    assert QLocale().toString(12345) in text and QLocale().toString(3456) in text
    assert "12345" not in text and "12,345" not in text


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_codebook_counts_and_the_merge_sentence_group_thousands_in_french(
    qtbot: Any, language: str
) -> None:
    source = _theme("Ressources", codings=12345, tags=2048)
    model = ThemeModel()
    model.load([source])
    cells = [model.item(0, column).text() for column in range(model.columnCount())]
    assert QLocale().toString(12345) in cells and QLocale().toString(2048) in cells

    dialog = MergeDialog(source, [_theme("Écoles", 1, 0, theme_id="t2")])
    qtbot.addWidget(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData("t2"))
    summary = dialog.summary.text()
    assert QLocale().toString(12345) in summary and QLocale().toString(2048) in summary
    assert "12345" not in summary


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_review_chart_reads_its_counts_the_french_way(qtbot: Any, language: str) -> None:
    chart = ThemeBarChart()
    qtbot.addWidget(chart)
    chart.set_bars((ThemeBar("t1", "Écoles", "#88aa44", 12345),))
    assert chart.accessibleDescription() == "Écoles: " + QLocale().toString(12345)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_counts_keep_the_comma_as_phrases_do(qtbot: Any, language: str) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_progress(SyncReport(pushed=12345, pulled=2, bytes_sent=1_500_000))
    assert bar.progress_label.text() == "sent 12,345 · received 2 · 1,500 kB"
