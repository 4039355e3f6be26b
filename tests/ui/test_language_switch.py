"""Switching the app to Arabic: right-to-left layout and a translated menu, English after."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from fieldkit.storage.db import Store
from fieldkit.ui import translations
from fieldkit.ui.main_window import MainWindow

ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def arabic_folder(tmp_path: Path) -> Path:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "fieldkit_ar.ts").write_text(ARABIC_TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(tmp_path / "fieldkit_ar.ts"), "-qm", str(tmp_path / "fieldkit_ar.qm")],
        check=True,
        capture_output=True,
    )
    return tmp_path


@pytest.fixture(autouse=True)
def _as_before(qapp: QApplication) -> Iterator[None]:
    before, direction = QLocale(), qapp.layoutDirection()
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)  # other tests format numbers and dates as they did
    qapp.setLayoutDirection(direction)


def test_arabic_lays_the_window_out_right_to_left_with_translated_menus(
    qtbot, qapp: QApplication, store: Store, arabic_folder: Path
) -> None:
    locale = translations.apply_language(qapp, "ar", arabic_folder)
    assert locale.language() == QLocale.Language.Arabic
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.isRightToLeft()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&ملف" in titles

    translations.apply_language(qapp, "en_GB", arabic_folder)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
