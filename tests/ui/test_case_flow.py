"""End to end through the main window: study → case → participant → interview → code → undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fieldkit.storage import codings
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, Interview, Participant, Study
from fieldkit.ui.changes import Changes
from fieldkit.ui.codebook.codebook_model import COL_CODINGS, COL_NAME, COL_PIN
from fieldkit.ui.dialogs.case_dialogs import CaseDialog, StudyDialog
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog
from fieldkit.ui.main_window import ROLE_KIND, MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# A pasted transcript: a no-break space before French punctuation, an emoji, two paragraphs.
TRANSCRIPT = (
    "Enquêtrice\u00a0: Comment venez-vous à l'école\u00a0?\n"
    "Parent\u00a0: Les enfants écoutent la radio 📻 chaque matin, puis ils marchent."
)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.editor.queue.busy(), timeout=10_000)


def _rows(store: Store, model: type) -> list:
    with store.read() as session:
        return list(session.execute(select(model).where(model.deleted_at.is_(None))).scalars())


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()


def test_create_case_participant_and_interview_then_code_and_undo(qtbot, window, store):
    actions = window.record_actions
    # a study, through File ▸ New study…
    actions.new_study.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, StudyDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Reading camps pilot")
    _save(qtbot, dialog)
    (study,) = _rows(store, Study)
    assert study.name == "Reading camps pilot" and study.created_by == "tester"
    assert window.selection()[0] == study.id
    # a case, through the navigator's context menu on the study
    index = window.navigator.currentIndex()
    window.navigator.customContextMenuRequested.emit(window.navigator.visualRect(index).center())
    menu = actions.context_menu
    assert actions.new_case in menu.actions()
    menu.close()
    actions.new_case.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, CaseDialog)
    qtbot.keyClicks(dialog.title, "Community reading camp")
    qtbot.keyClicks(dialog.locality, "Nyakach")
    qtbot.keyClicks(dialog.country, "Kenya")
    qtbot.keyClicks(dialog.summary, "Volunteers run reading camps on Saturdays.")
    _save(qtbot, dialog)
    (case,) = _rows(store, Case)
    assert (case.title, case.locality, case.country) == (
        "Community reading camp",
        "Nyakach",
        "Kenya",
    )
    assert case.summary == "Volunteers run reading camps on Saturdays."
    assert window.selection()[1] == case.id
    assert window.record_stack.currentWidget() is window.case_view
    assert "Community reading camp" in window.reader.toHtml()
    # a participant with consent, from the case view's toolbar
    assert window.case_view.participants.topLevelItemCount() == 0
    actions.new_participant.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, ParticipantDialog)
    qtbot.keyClicks(dialog.code, "P-01")
    qtbot.keyClicks(dialog.name, "Achieng")
    dialog.role.setCurrentText("parent")
    dialog.status.setCurrentIndex(dialog.status.findData("given"))
    qtbot.keyClicks(dialog.date.edit, "2024-03-01")
    dialog.consent_form.setCurrentIndex(dialog.consent_form.findData("verbal"))
    dialog.attribution.setChecked(False)
    _save(qtbot, dialog)
    (p,) = _rows(store, Participant)
    assert (p.code, p.name, p.role, p.consent_status) == ("P-01", "Achieng", "parent", "given")
    assert (p.consent_date.isoformat(), p.consent_form) == ("2024-03-01", "verbal")
    assert (p.consent_audio, p.consent_quotes, p.consent_attribution) == (True, True, False)
    row = window.case_view.participants.topLevelItem(0)
    assert row.text(0) == "P-01" and row.text(3).startswith("given")
    # an interview with that participant: it opens in the editor
    actions.new_interview.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, NewInterviewDialog)
    assert dialog.participants.count() == 1
    dialog.set_checked(p.id)
    qtbot.keyClicks(dialog.language.lineEdit(), "french")  # its English name, any case
    _save(qtbot, dialog)
    (interview,) = _rows(store, Interview)
    assert interview.language == "fr" and interview.title.startswith("Interview with P-01")
    qtbot.waitUntil(lambda: window.record_stack.currentWidget() is window.editor, timeout=5000)
    editor = window.editor
    assert editor.record is not None and editor.record.id == interview.id
    qtbot.waitUntil(lambda: window.focusWidget() is editor.text, timeout=5000)  # ready to type
    current = window.nav_model.itemFromIndex(window.navigator.currentIndex())
    assert current.data(ROLE_KIND) == "interview"
    # paste a transcript: saved as pasted, no-break spaces and all
    QApplication.clipboard().setText(TRANSCRIPT)
    editor.text.setFocus()
    editor.text.paste()
    assert editor.text.toPlainText() == TRANSCRIPT
    editor.save_now()
    qtbot.waitUntil(lambda: _rows(store, Interview)[0].transcript == TRANSCRIPT, timeout=5000)
    # Alt+1 before any pin codes nothing (never the first parent category) and says why
    start = TRANSCRIPT.index("écoutent la radio")
    end = start + len("écoutent la radio")
    editor.text.select_span(start, end)  # no astral character before it: same positions
    qtbot.keyClick(editor.text, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=5000)
    assert not _codings(store, interview.id)
    assert "Pin to Alt+N" in window.statusBar().currentMessage()
    # pin "Trust and relationships" to Alt+1 from the codebook's right-click menu
    theme_name = "Trust and relationships"
    pin_from_codebook(qtbot, window, theme_name, 1)
    qtbot.waitUntil(lambda: editor.pins.get(1) is not None, timeout=5000)
    qtbot.waitUntil(lambda: _codebook_cell(window, theme_name, COL_PIN) == "Alt+1", timeout=5000)
    # code "écoutent la radio" with Alt+1 and see it highlighted
    editor.text.setFocus()
    editor.text.select_span(start, end)
    qtbot.keyClick(editor.text, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: len(_codings(store, interview.id)) == 1, timeout=5000)
    (coding,) = _codings(store, interview.id)
    assert (coding.start, coding.end, coding.quote) == (start, end, "écoutent la radio")
    assert coding.theme_id == editor.pins[1]
    qtbot.waitUntil(lambda: _highlighted(editor) == [(start, end)], timeout=5000)
    # the codebook's count follows
    qtbot.waitUntil(lambda: _codebook_count(window, theme_name) == 1, timeout=5000)
    # undo: the coding goes from the database and from the text
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not _codings(store, interview.id), timeout=5000)
    qtbot.waitUntil(lambda: not editor.text.extraSelections(), timeout=5000)
    assert editor.text.toPlainText() == TRANSCRIPT
    qtbot.waitUntil(lambda: _codebook_count(window, theme_name) == 0, timeout=5000)


def _highlighted(editor) -> list[tuple[int, int]]:
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.text.extraSelections()
    ]


def _codings(store: Store, record_id: str) -> list:
    with store.read() as session:
        return codings.codings_for(session, record_id=record_id)


def _codebook_count(window: MainWindow, name: str) -> int | None:
    text = _codebook_cell(window, name, COL_CODINGS)
    return int(text or 0) if text is not None else None


def _codebook_cell(window: MainWindow, name: str, column: int) -> str | None:
    model = window.codebook_model
    pending = [model.invisibleRootItem()]
    while pending:
        parent = pending.pop()
        for r in range(parent.rowCount()):
            item = parent.child(r, COL_NAME)
            if item.text() == name:
                cell = parent.child(r, column)
                return cell.text() if cell is not None else None
            pending.append(item)
    return None


def pin_from_codebook(qtbot, window: MainWindow, name: str, key: int) -> None:
    """Right-click the theme in the codebook, then Pin to Alt+N ▸ Alt+``key``."""
    dock = window.codebook_dock
    dock.raise_()
    row = next(r for r in dock.model.rows.values() if r.name == name)
    assert dock.select_theme(row.id)
    tree = dock.tree
    rect = tree.visualRect(tree.currentIndex())
    tree.customContextMenuRequested.emit(rect.center())
    menu = dock.context_menu
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    pin = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert pin.title() == "Pin to Alt+N"
    choice = next(a for a in pin.actions() if a.text().startswith(f"Alt+{key}"))
    menu.close()
    choice.trigger()


def test_new_observation_opens_in_the_editor(qtbot, window, store):
    from fieldkit.storage import records

    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
    window.ops.announce(Changes.all())  # changed outside the window: every view follows
    window.select_record(case.id, case.id)
    window.record_actions.new_observation.trigger()
    dialog = window.record_actions.dialog
    qtbot.keyClicks(dialog.setting, "Grade 3 classroom")
    dialog.save_button.click()  # no notes yet: the dialog says so and stays open
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "description is empty" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.setting.text() == "Grade 3 classroom"
    qtbot.keyClicks(dialog.description, "Children read aloud in pairs.")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.record_stack.currentWidget() is window.editor, timeout=5000)
    assert window.editor.record.kind == "observation"
    assert window.editor.text.toPlainText() == "Children read aloud in pairs."
