"""Edit and delete through the real window: Delete key + confirmation, Ctrl+Z, Properties…"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.export.pdf import export_case_pdf
from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.storage.search import search
from fieldkit.ui.dialogs.record_dialogs import NewInterviewDialog
from fieldkit.ui.main_window import ROLE_ID, MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
QUOTE = "the school garden feeds everyone"
TEXT = f"Q: What helps? A: Honestly, {QUOTE}. Q: And trust? A: It grows slowly."


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    with store.write() as s:
        study = records.create_study(s, name="Coast")
        case = records.create_case(s, study_id=study.id, title="Village school")
        p = records.add_participant(
            s, case_id=case.id, code="P-01", role="teacher", consent_status="given"
        )
        interview = records.add_interview(  # saved without its participant, as in the issue
            s, case_id=case.id, date="2024-03-15", transcript=TEXT, title="Garden talk"
        )
        start = TEXT.index(QUOTE)
        codings.code_text(
            s,
            record_id=interview.id,
            theme="Trust and relationships",
            start=start,
            end=start + len(QUOTE),
        )
        return {"study": study.id, "case": case.id, "p": p.id, "interview": interview.id}


@pytest.fixture
def window(qtbot, english_plurals, store: Store, seeded: dict[str, str]) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    qtbot.waitUntil(lambda: not w.editor.queue.busy(), timeout=10_000)


def _select(qtbot, window: MainWindow, record_id: str, case_id: str) -> None:
    window.select_record(record_id, case_id)
    assert window.navigator.currentIndex().data(ROLE_ID) == record_id
    _focus(qtbot, window)


def _focus(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus, timeout=5_000)


def _hits(store: Store, study_id: str) -> int:
    with store.read() as session:
        return len(search(session, query="garden", study_id=study_id))


def _deleted(store: Store, interview_id: str) -> bool:
    with store.read() as session:
        row = session.get(Interview, interview_id)
        return row is not None and row.is_deleted


def _pdf_has_quote(store: Store, case_id: str, path: Path) -> bool:
    export_case_pdf(store, case_id=case_id, path=path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    return "feeds everyone" in text


def test_delete_key_confirms_then_gone_and_ctrl_z_restores(qtbot, window, store, seeded):
    deletes = window.record_actions.edits.deletes
    window.search_dock.query.setText("garden")
    qtbot.waitUntil(lambda: len(window.search_dock.hits()) == 1, timeout=10_000)
    _select(qtbot, window, seeded["interview"], seeded["case"])
    assert _hits(store, seeded["study"]) == 1
    qtbot.keyClick(window.navigator, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: deletes.confirm is not None and deletes.confirm.isVisible())
    box = deletes.confirm
    assert "Delete the interview “Garden talk”?" in box.text()
    assert "1 coding" in box.informativeText()
    # Cancel (the default) keeps it.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: deletes.confirm is None)
    assert not _deleted(store, seeded["interview"])
    _focus(qtbot, window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: deletes.confirm is not None and deletes.confirm.isVisible())
    box = deletes.confirm
    button = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _deleted(store, seeded["interview"]), timeout=10_000)
    assert _hits(store, seeded["study"]) == 0
    undo = deletes.undo_action
    qtbot.waitUntil(lambda: undo.isEnabled(), timeout=10_000)
    assert undo.text() == "Undo &delete of interview “Garden talk”"
    edit_menu = window.menus.undo.parent()
    assert undo in window.record_actions.edit_menu_actions()
    assert edit_menu is not None
    # The navigator no longer lists it and the editor gave way to its case.
    case_item = window.navigator.currentIndex()
    assert case_item.data(ROLE_ID) != seeded["interview"]
    assert window.record_stack.currentWidget() is window.case_view
    assert window.case_view.case_id == seeded["case"]
    # The search dock, showing "garden" before, shows nothing now.
    qtbot.waitUntil(lambda: window.search_dock.status.text() == "Nothing found.", timeout=10_000)
    # Ctrl+Z in the navigator brings it back, with its coding.
    _focus(qtbot, window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not _deleted(store, seeded["interview"]), timeout=10_000)
    assert _hits(store, seeded["study"]) == 1
    with store.read() as session:
        assert len(codings.codings_for(session, record_id=seeded["interview"])) == 1


def test_edit_interview_participants_then_pdf_quotes(qtbot, window, store, seeded, tmp_path):
    assert not _pdf_has_quote(store, seeded["case"], tmp_path / "before.pdf")
    _select(qtbot, window, seeded["interview"], seeded["case"])
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return, ALT)  # Properties…
    dialog = window.record_actions.dialog
    assert isinstance(dialog, NewInterviewDialog) and dialog.windowTitle() == "Edit interview"
    assert dialog.title.text() == "Garden talk" and dialog.checked_ids() == []
    # Save with nobody ticked: warned once, the dialog stays open.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "No participant is ticked" in dialog.error_label.text()
    # Tick P-01 with the keyboard and save.
    dialog.participants.setFocus()
    dialog.participants.setCurrentRow(0)
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Space)
    assert dialog.checked_ids() == [seeded["p"]]
    assert dialog.error_label.isHidden()  # the warning went with the tick, before Save
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Space)  # unticked again: warned again
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "No participant is ticked" in dialog.error_label.text()
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Space)
    assert dialog.error_label.isHidden()
    dialog.language.set_code("sw")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.read() as session:
        people = records.interview_participants(session, interview_id=seeded["interview"])
        assert [p.code for p in people] == ["P-01"]
        assert session.get(Interview, seeded["interview"]).language == "sw"  # type: ignore[union-attr]
    assert _pdf_has_quote(store, seeded["case"], tmp_path / "after.pdf")


def test_context_menu_offers_properties_and_delete(qtbot, window, seeded):
    _select(qtbot, window, seeded["case"], seeded["case"])
    nav = window.navigator
    nav.customContextMenuRequested.emit(nav.visualRect(nav.currentIndex()).center())
    menu = window.record_actions.context_menu
    edits = window.record_actions.edits
    assert edits.properties in menu.actions() and edits.delete in menu.actions()
    menu.close()
    edits.delete.trigger()
    qtbot.waitUntil(lambda: edits.deletes.confirm is not None, timeout=10_000)
    box = edits.deletes.confirm
    assert isinstance(box, QMessageBox)
    assert "1 participant, 1 interview and 1 coding" in box.informativeText()
    box.reject()


def test_pdf_export_says_what_it_withholds_before_writing(qtbot, window, store, seeded, tmp_path):
    _select(qtbot, window, seeded["case"], seeded["case"])
    exports = window.exports
    dialog = exports.pdf_dialog()
    assert dialog is not None and dialog.one_case.isChecked()
    target = tmp_path / "case.pdf"
    dialog.target_file.edit.setText(str(target))
    assert exports.check_then_run_pdf(dialog) is None  # it asks first
    box = exports.withheld_box
    assert box is not None and box.isVisible()
    assert "1 coded passage not quoted" in box.informativeText()
    assert "participant" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nothing written
    qtbot.waitUntil(lambda: exports.withheld_box is None)
    assert not target.exists()
    assert exports.check_then_run_pdf(dialog) is None
    box = exports.withheld_box
    go = next(b for b in box.buttons() if b.text() == "Export anyway")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exports.last_message.startswith("Saved"), timeout=60_000)
    assert target.exists()
    # With the participant linked, nothing is withheld: no question, the export starts.
    with store.write() as s:
        from fieldkit.storage.record_edits import set_interview_participants

        set_interview_participants(s, interview_id=seeded["interview"], participant_ids=["P-01"])
    exports.last_message = ""
    assert exports.check_then_run_pdf(dialog) is not None
    qtbot.waitUntil(lambda: exports.last_message.startswith("Saved"), timeout=60_000)


def test_photo_delete_key_confirms_and_undo_brings_it_back(qtbot, window, store, seeded, tmp_path):
    from fieldkit.demo.media import photos as demo_photos
    from fieldkit.storage.attachments import attach_file, attachments_for

    media = demo_photos()[0]
    path = tmp_path / media.filename
    path.write_bytes(media.data)
    with store.write() as s:
        obs = records.add_observation(
            s, case_id=seeded["case"], date="2024-03-16", description="Children water it."
        )
        attach_file(s, store.blobs, record_id=obs.id, path=path, kind="photo")
        obs_id = obs.id

    def live() -> int:
        with store.read() as s:
            return len(attachments_for(s, record_id=obs_id))

    window.select_record(obs_id, seeded["case"])
    strip = window.editor.photos
    qtbot.waitUntil(lambda: strip.list.count() == 1 and not strip.busy(), timeout=30_000)
    _focus(qtbot, window)
    strip.list.setCurrentRow(0)
    strip.list.setFocus()
    qtbot.waitUntil(strip.list.hasFocus)
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    deletes = window.record_actions.edits.deletes
    qtbot.waitUntil(lambda: deletes.confirm is not None and deletes.confirm.isVisible())
    assert "Delete the photo" in deletes.confirm.text()
    button = next(b for b in deletes.confirm.buttons() if b.text() == "Delete")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: strip.list.count() == 0 and not strip.busy(), timeout=30_000)
    # Ctrl+Z outside the transcript: Edit ▸ Undo undoes the delete first.
    qtbot.waitUntil(deletes.undo_action.isEnabled, timeout=10_000)
    _focus(qtbot, window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: live() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not strip.busy(), timeout=30_000)


def test_memos_have_a_context_menu_and_the_delete_key(qtbot, window, seeded):
    window.select_record(seeded["interview"], seeded["case"])
    memo_list = window.editor.memos.list
    assert memo_list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert "&Delete memo…" in [a.text() for a in memo_list.actions()]
    assert "&Edit memo…" in [a.text() for a in memo_list.actions()]


def test_theme_delete_from_the_codebook_names_its_codings(qtbot, window, store, seeded):
    from fieldkit.storage.themes import live_themes

    dock = window.codebook_dock
    qtbot.waitUntil(lambda: dock.select_theme(_theme_id(store, seeded)), timeout=10_000)
    _focus(qtbot, window)
    dock.tree.setFocus()
    qtbot.waitUntil(dock.tree.hasFocus)
    qtbot.keyClick(dock.tree, Qt.Key.Key_Delete)
    deletes = window.record_actions.edits.deletes
    qtbot.waitUntil(lambda: deletes.confirm is not None and deletes.confirm.isVisible())
    box = deletes.confirm
    assert "theme “Trust and relationships”" in box.text()
    assert "1 coding" in box.informativeText() and "merge it instead" in box.informativeText()
    button = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def names() -> set[str]:
        with store.read() as s:
            return {t.name for t in live_themes(s, study_id=seeded["study"])}

    qtbot.waitUntil(lambda: "Trust and relationships" not in names(), timeout=10_000)
    qtbot.waitUntil(deletes.undo_action.isEnabled, timeout=10_000)
    deletes.undo_action.trigger()  # Edit ▸ Undo delete
    qtbot.waitUntil(lambda: "Trust and relationships" in names(), timeout=10_000)


def _theme_id(store: Store, seeded: dict[str, str]) -> str:
    from fieldkit.storage.themes import find_theme

    with store.read() as s:
        return find_theme(s, study_id=seeded["study"], ref="Trust and relationships").id


def test_participant_delete_key_in_the_case_names_the_links(qtbot, window, store, seeded):
    from fieldkit.storage.record_edits import set_interview_participants

    with store.write() as s:
        set_interview_participants(s, interview_id=seeded["interview"], participant_ids=["P-01"])
    _select(qtbot, window, seeded["case"], seeded["case"])
    people = window.case_view.participants
    qtbot.waitUntil(lambda: len(people.ids()) == 1, timeout=10_000)
    people.setCurrentItem(people.topLevelItem(0))
    texts = [a.text() for a in people.actions()]  # its right-click menu
    assert "Edit p&articipant…" in texts and "Delete p&articipant…" in texts
    people.setFocus()
    qtbot.waitUntil(people.hasFocus)
    qtbot.keyClick(people, Qt.Key.Key_Delete)
    deletes = window.record_actions.edits.deletes
    qtbot.waitUntil(lambda: deletes.confirm is not None and deletes.confirm.isVisible())
    assert "participant “P-01”" in deletes.confirm.text()
    assert "1 participant link" in deletes.confirm.informativeText()
    button = next(b for b in deletes.confirm.buttons() if b.text() == "Delete")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.ids() == [], timeout=10_000)
    with store.read() as s:
        assert records.interview_participants(s, interview_id=seeded["interview"]) == []
