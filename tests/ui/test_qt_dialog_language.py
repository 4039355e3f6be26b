"""Qt's own dialogs speak the interface language: the non-native file dialog's labels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from fieldkit.ui import translations


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    yield
    translations.apply_language(qapp, "en")


def _file_dialog_labels(qtbot) -> list[str]:
    dialog = QFileDialog(None, "Import transcript")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return [label.text() for label in dialog.findChildren(QLabel)]


@pytest.mark.parametrize(
    ("language", "look_in", "files_of_type"),
    [
        ("fr", "Voir dans\u00a0:", "Fichiers de type\u00a0:"),
        ("ar", "اعثر في:", "الملفّات من النّوع:"),
    ],
)
def test_the_file_dialog_labels_are_translated(
    qtbot, qapp: QApplication, language: str, look_in: str, files_of_type: str
) -> None:
    translations.apply_language(qapp, language)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    # Qt 6's dialog asks for "&Look in:", which Qt's catalogues do not hold (the bug seen).
    labels = _file_dialog_labels(qtbot)
    assert look_in in labels
    assert files_of_type in labels
    assert not any("Look in" in text or "Files of" in text for text in labels)


def test_english_keeps_the_shortcuts(qtbot, qapp: QApplication) -> None:
    translations.apply_language(qapp, "en")
    labels = _file_dialog_labels(qtbot)
    assert "&Look in:" in labels
    assert "Files of &type:" in labels


def test_the_fallback_keeps_a_doubled_ampersand(qapp: QApplication) -> None:
    translations.apply_language(qapp, "fr")
    fallback = next(
        t for t in translations._installed if isinstance(t, translations.MnemonicFallback)
    )
    assert fallback.translate("QFileDialog", "&Look in:") == "Voir dans\u00a0:"
    assert fallback.translate("QFileDialog", "Look in:") is None  # not its job: no "&"
    assert fallback.translate("NoSuchContext", "&Nothing") is None
