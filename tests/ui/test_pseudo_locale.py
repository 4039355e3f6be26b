"""Pseudo-localisation: with every string ~40 % longer and accented, nothing is clipped in the
main window at 1366×768 (labels, buttons and combo boxes get at least the width their text
needs); the shipped languages are checked the same way, and at 1280 px too."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import Qt  # with QtGui loaded, Qt has mightBeRichText
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.ui.elided import ElidedComboBox, ElidedLabel, combo_shown_text
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.pseudo_translator import GROWTH, install_pseudo, pseudo, remove_pseudo
from fieldkit.ui.translations import remove_translators


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    remove_translators(qapp)
    install_pseudo(qapp)
    yield
    remove_pseudo(qapp)


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and combo boxes shown narrower than their text needs (elided labels
    excepted: they shorten on purpose and show the whole text in their tooltip; but one that
    keeps room for its first words must get it). An elided combo box shortens long names on
    purpose, but its current text here is what a new interview shows (a placeholder such as
    "No recording yet", "No microphone"): cut, it is."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, ElidedLabel):
            if widget.width() < widget.minimumWidth():
                found.append(f"ElidedLabel {widget.text()!r}: {widget.width()} < its room")
            continue
        if isinstance(widget, ElidedComboBox):
            shown = combo_shown_text(widget)
            if widget.currentText() and shown != widget.currentText():
                found.append(
                    f"{type(widget).__name__} {widget.currentText()!r} shows {shown!r}"
                    f" ({widget.width()} wide, needs {widget.minimumSizeHint().width()})"
                )
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text():
                continue
        elif not isinstance(widget, QAbstractButton) or not widget.text():
            continue
        need = widget.sizeHint().width()
        if widget.width() < need:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {need}")
    bar = root.findChild(QWidget, "qt_menubar_ext_button")  # the menu bar's "»": no room
    if bar is not None and bar.isVisible():
        found.append("the menu bar does not fit: its last menus are behind »")
    return found


def settled(qtbot, window: QWidget) -> None:
    """The layouts done: a selected record's audio rows are built a moment after it shows and
    ask for their room through posted layout requests, one nesting level per round."""
    from fieldkit.ui.audio.audio_panel import AudioPanel

    for panel in window.findChildren(AudioPanel):
        if panel.isVisibleTo(window):
            qtbot.waitUntil(lambda panel=panel: panel.built, timeout=5000)
    with contextlib.suppress(qtbot.TimeoutError):  # the caller reports what is still clipped
        qtbot.waitUntil(lambda: not clipped(window), timeout=2000)


def stray_ampersands(root: QWidget) -> list[str]:
    """Labels that show a shortcut's "&" as typed: a label underlines its letter only when it
    has a buddy (a form row of several widgets gets none by itself)."""
    return [
        f"QLabel {label.text()!r} has no buddy: its & shows"
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root)
        and not Qt.mightBeRichText(label.text())
        and re.search(r"(?<!&)&(?!&)", label.text().replace("&&", ""))
        and label.buddy() is None
    ]


def test_pseudo_strings_are_longer_accented_and_keep_placeholders() -> None:
    text = "Delete the %1 from <b>%2</b>?"
    made = pseudo(text)
    assert "%1" in made and "<b>%2</b>" in made and made != text
    assert any(c in made for c in "áéîöû")
    shown = len(re.sub("<[^>]*>", "", made))
    assert shown >= len(re.sub("<[^>]*>", "", text)) * (1 + GROWTH)
    assert pseudo("&File").count("&") == 1
    assert pseudo("%n result(s)", 1) != pseudo("%n result(s)", 2)


def test_main_window_at_1366_by_768_clips_no_label_in_pseudo_locale(
    qtbot, store: Store, pseudo_locale: None
) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Reading camps")
        case = records.create_case(session, study_id=study.id, title="Kisumu camps")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher", transcript="Hello"
        )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.select_record(interview.id, case.id)
    assert window.menuBar().actions()[0].text().startswith("⟦")  # the pseudo strings are used
    settled(qtbot, window)
    problems = clipped(window) + stray_ampersands(window)
    assert not problems, "\n".join(problems)


def test_main_dialogs_fit_a_1366_by_768_screen_unclipped_in_pseudo_locale(
    qtbot, store: Store, pseudo_locale: None
) -> None:
    from fieldkit.sync.preferences import SyncPreferences
    from fieldkit.ui.changes import Changes
    from fieldkit.ui.dialogs.case_dialogs import CaseDialog
    from fieldkit.ui.dialogs.export_dialogs import PdfExportDialog
    from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog
    from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog, NewObservationDialog
    from fieldkit.ui.sync.sync_settings import SyncSettingsDialog

    with store.write() as session:
        study = records.create_study(session, name="Reading camps")
        case = records.create_case(session, study_id=study.id, title="Kisumu camps")
    window = MainWindow(store)
    qtbot.addWidget(window)
    runner = window.record_actions._runner("cases", Changes.of(studies=study.id))
    dialogs = [
        CaseDialog(runner, study_id=study.id, parent=window),
        ParticipantDialog(runner, case_id=case.id, parent=window),
        NewInterviewDialog(runner, case_id=case.id, parent=window),
        NewObservationDialog(runner, case_id=case.id, parent=window),
        PdfExportDialog(themes=[("t1", "Trust")], case_title="Kisumu camps", parent=window),
        SyncSettingsDialog(store, None, SyncPreferences(), parent=window),
    ]
    problems = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        # The size Qt gives a new dialog on a 1366×768 screen (the test's offscreen screen is
        # 800 wide): its size hint, at most 2/3 of the screen's width, and the screen's height.
        hint = dialog.sizeHint()
        dialog.resize(min(hint.width(), 1366 * 2 // 3), min(hint.height(), 768))
        QApplication.processEvents()
        if dialog.minimumSizeHint().height() > 768:
            problems.append(f"{type(dialog).__name__} is taller than the screen")
        problems += [f"{type(dialog).__name__}: {p}" for p in clipped(dialog)]
        problems += [f"{type(dialog).__name__}: {p}" for p in stray_ampersands(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("lang", "width"),
    [
        *((lang, 1366) for lang in ("fr", "es", "pt", "ar", "sw", "hi")),
        *(("fr", 1280), ("ar", 1280)),  # the walk's laptop: "Pas encore d'enr…", a hint cut to "…"
    ],
)
def test_main_window_in_each_shipped_language_clips_no_label(
    qtbot, qapp: QApplication, store: Store, lang: str, width: int
) -> None:
    from PySide6.QtCore import QLocale

    from fieldkit.ui.translations import apply_language

    with store.write() as session:
        study = records.create_study(session, name="Reading camps")
        case = records.create_case(session, study_id=study.id, title="Kisumu camps")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher", transcript="Hello"
        )
    before, direction = QLocale(), qapp.layoutDirection()
    apply_language(qapp, lang)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.resize(width, 768)
        window.show()
        qtbot.waitExposed(window)
        window.select_record(interview.id, case.id)  # the audio rows: a new interview's
        assert window.width() == width
        assert window.menuBar().actions()[0].text() != "&File"  # the shipped catalogue is used
        settled(qtbot, window)
        problems = clipped(window) + stray_ampersands(window)
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
        qapp.setLayoutDirection(direction)
    assert not problems, "\n".join(problems)
