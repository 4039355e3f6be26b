"""Long names and messages in tight rows end in "…" with the whole text in a tooltip (the audio
strip at the width the editor gets on a 1366×768 screen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QHBoxLayout, QWidget

from fieldkit.storage.db import Store
from fieldkit.ui.audio.audio_recorder import AudioRecorder
from fieldkit.ui.elided import ElidedComboBox, ElidedLabel

LONG = "P-024-2024-02-23 group interview in the reading camp, second session.wav (41:07)"


def test_label_elides_to_its_width_and_keeps_the_whole_text(qtbot) -> None:
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(160, 24)
    label.show()
    shown = label.shown_text()
    assert shown.endswith("…") and shown[:-1] in LONG
    assert label.fontMetrics().horizontalAdvance(shown) <= 160
    assert label.text() == LONG and label.toolTip() == LONG
    assert label.minimumSizeHint().width() == 0  # never forces its row wider
    label.resize(label.fontMetrics().horizontalAdvance(LONG) + 20, 24)
    assert label.shown_text() == LONG
    label.grab()  # paints without error


def test_combo_box_elides_its_choice_and_names_it_in_the_tooltip(qtbot) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    box = ElidedComboBox("Recording")
    box.setMinimumContentsLength(12)
    box.setSizeAdjustPolicy(ElidedComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.addItem("short.wav")
    box.addItem(LONG)
    QHBoxLayout(row).addWidget(box)
    row.resize(200, 40)
    row.show()
    assert box.shown_text() == "short.wav" and box.toolTip() == "Recording: short.wav"
    box.setCurrentIndex(1)
    assert box.currentText() == LONG
    assert box.shown_text().endswith("…") and len(box.shown_text()) < len(LONG)
    assert box.toolTip() == f"Recording: {LONG}"
    box.grab()


@pytest.mark.skipif(bool(QMediaDevices.audioInputs()), reason="this machine has a microphone")
def test_no_microphone_fits_the_recorder_row_at_laptop_width(qtbot, store: Store) -> None:
    recorder = AudioRecorder(store)
    qtbot.addWidget(recorder)
    recorder.set_interview("any")
    recorder.resize(720, 30)  # the editor's share of a 1366-pixel-wide window
    recorder.show()
    qtbot.waitExposed(recorder)
    assert recorder.device_box.shown_text() == recorder.device_box.currentText()
    assert recorder.message.shown_text() == recorder.message.text()  # not clipped
    assert "No microphone found" in recorder.message.toolTip()
