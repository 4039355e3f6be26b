"""The editor of one interview or observation: metadata line, coded text, codings list.

Nothing lost, nothing waits: the text is saved ~1 s after the last keystroke, when the editor
loses focus, when another record is opened and when the window closes; codings are saved as
soon as they are made or removed. Every write goes through the editor's :class:`SaveQueue`
(off the GUI thread, one at a time, in order). A failed autosave shows a banner above the text
and keeps the text in the editor (the next keystroke tries again); a failed coding action is
shown as a message. Undo/redo: see :mod:`fieldkit.ui.editor.coding_undo`. When a sync (or anything
outside the editor) changes the open record, :mod:`fieldkit.ui.editor.editor_reload` reloads it, or
saves unsaved typing with the other version kept as a conflict.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from fieldkit.pins import load_pins
from fieldkit.storage import codings as coding_service
from fieldkit.storage.codings import record_text
from fieldkit.storage.editing import (
    CodingView,
    EditableRecord,
    load_record,
    place_quote,
    theme_choices,
)
from fieldkit.storage.free_tags import study_words
from fieldkit.storage.lookup import CODABLE, find_record
from fieldkit.storage.record_extras import load_memos, load_tags
from fieldkit.storage.records import update_fields
from fieldkit.storage.text_edits import remap_spans
from fieldkit.storage.text_saves import text_stamp
from fieldkit.storage.themes import add_theme
from fieldkit.ui.audio.audio_panel import AudioPanel
from fieldkit.ui.author import author
from fieldkit.ui.changes import Changes
from fieldkit.ui.codebook.palette_colors import WarningBanner
from fieldkit.ui.editor.autosave import Saved, SaveQueue
from fieldkit.ui.editor.coded_text_edit import CodedTextEdit
from fieldkit.ui.editor.coding_palette import CodingPalette
from fieldkit.ui.editor.coding_undo import (
    AddCoding,
    CodingCommand,
    CodingSpec,
    EditHistory,
    RemoveCoding,
)
from fieldkit.ui.editor.codings_panel import CodingsPanel
from fieldkit.ui.editor.editor_changes import connect_coding_changes
from fieldkit.ui.editor.editor_reload import EditorReload
from fieldkit.ui.editor.offsets import OffsetMap
from fieldkit.ui.editor.record_memos import RecordMemos, beside_memos
from fieldkit.ui.editor.record_tags import RecordTags
from fieldkit.ui.language_names import language_shown
from fieldkit.ui.messages.dates import shown_date
from fieldkit.ui.operations import operations_for
from fieldkit.ui.photos.photo_strip import PhotoStrip
from fieldkit.ui.worker import error_text, show_error

AUTOSAVE_MS = 1000


class RecordEditor(QWidget):
    def __init__(self, store: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record: EditableRecord | None = None
        self.pins: dict[int, str] = {}  # Alt+N -> theme id, chosen in the codebook
        self.queue = SaveQueue(store, self)  # type: ignore[arg-type]
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.meta_label = QLabel()  # clipped when long; the tooltip has all of it
        self.meta_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner = WarningBanner()  # light or dark, following the palette
        self.banner.hide()
        self.text = CodedTextEdit()
        self.panel = CodingsPanel()
        self.tags = RecordTags(self.queue, self._report)  # whole-record tags
        self.memos = RecordMemos(self.queue)
        self.photos = PhotoStrip(store)  # type: ignore[arg-type]  # observations only
        self.audio = AudioPanel(store, self.text)  # interviews only: player, recorder, marks
        self.palette_dialog: CodingPalette | None = None
        self.history = EditHistory(self.text, self)
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._on_autosave_timer)
        self._last_edit = 0.0
        self.reloader = EditorReload(self)  # after a sync: reload, or keep a conflict
        self._layout()
        self._connect()
        self.setEnabled(False)

    def _layout(self) -> None:
        meta = QHBoxLayout()
        meta.addWidget(self.title_edit, 3)
        meta.addWidget(self.meta_label, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(beside_memos(self.panel, self.memos))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(meta)
        layout.addWidget(self.tags)
        layout.addWidget(self.banner)
        layout.addWidget(self.reloader.notice)
        layout.addWidget(self.audio)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.photos)

    def _connect(self) -> None:
        self.text.textChanged.connect(self._on_text_changed)
        self.text.focus_lost.connect(self.save_now)
        self.text.code_key.connect(self.code_with_pinned)
        self.text.palette_requested.connect(self.open_palette)
        self.text.theme_dropped.connect(self.code_selection)
        self.text.undo_requested.connect(self.history.undo)
        self.text.redo_requested.connect(self.history.redo)
        self.panel.coding_activated.connect(self.select_coding)
        self.panel.remove_requested.connect(self.remove_coding)
        self.panel.memo_edited.connect(self.set_memo)
        self.title_edit.editingFinished.connect(self._on_title_edited)
        self.queue.saved.connect(self._on_saved)
        self.queue.failed.connect(self._on_failed)
        connect_coding_changes(self)  # announced through the window's operations

    # --- opening and saving ---------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        """Show the record (saving the one shown before); a typed error if it is gone."""
        self.save_now()
        with self.store.read() as session:  # type: ignore[attr-defined]  # one read, few rows
            record = load_record(session, record_id=record_id)
            stamp = text_stamp(session, record_id=record.id)
            tags = load_tags(session, record_id=record.id)
            words = study_words(session, study_id=record.study_id)
            memos = load_memos(session, target_id=record.id)
        self.record = record
        self.pins = load_pins(self.store.data_dir, record.study_id)  # type: ignore[attr-defined]
        self.queue.expect(record.id, stamp)  # saves type over this version of the text
        self.reloader.notice.hide()
        self._loading = True
        language = record.detail if record.kind == "interview" else None
        self.text.set_language(language)  # lines with no words of their own read its way
        self.text.setPlainText(record.text)
        self._loading = False
        self._dirty = False
        self.history.reset()
        # The audio strip first (its time marks are decorations): set_codings repaints them.
        self.audio.set_record(record.id if record.kind == "interview" else None, refresh=False)
        self.text.set_codings(record.codings, OffsetMap(record.text))
        self.panel.set_codings(record.codings, language)
        self.title_edit.setText(record.title)
        if record.kind == "interview":
            language = language_shown(record.detail) if record.detail else self.tr("not set")
            detail = self.tr("language: %1").replace("%1", language)
        else:
            detail = self.tr("setting: %1").replace("%1", record.detail) if record.detail else ""
        when = shown_date(date.fromisoformat(record.date))
        self.meta_label.setText(" · ".join(x for x in (when, detail) if x))
        self.meta_label.setToolTip(self.meta_label.text())
        self.banner.hide()
        self.tags.show_record(record, tags, words)
        self.memos.show_record(record, memos)
        self.photos.set_record(record.id if record.kind == "observation" else None)
        self.setEnabled(True)

    def on_changes(self, changes: Changes) -> None:
        """What the editor shows of a change made elsewhere: its record, its study's themes."""
        record = self.record
        if record is None:
            return
        if changes.everything or changes.touches_id("records", record.id):
            self.reload_from_store()  # text, title, codings and themes, after the queued saves
        elif changes.touches("themes"):
            self.reload_themes()
        if not changes.everything and changes.touches_id("tags", record.id):
            self.tags.show_record(self.record)  # a free word made a theme elsewhere, a sync

    def reload_themes(self) -> None:
        """The study's themes and pins as they are now: the palette, drag and drop, tags and
        Alt+N use them at once; codings show a renamed or recoloured theme as it is now."""
        record = self.record
        if record is None:
            return
        self.pins = load_pins(self.store.data_dir, record.study_id)  # type: ignore[attr-defined]
        with self.store.read() as session:  # type: ignore[attr-defined]  # one small read
            themes = theme_choices(session, study_id=record.study_id)
        if themes == record.themes:
            return
        self.record = replace(record, themes=themes)
        self.tags.set_themes(themes)
        before = {t.id: t for t in record.themes}
        coded = {c.theme_id for c in record.codings} | {
            c.theme_id for i in self.panel.coding_ids() if (c := self.panel.coding(i)) is not None
        }
        if any(before.get(t.id) != t for t in themes if t.id in coded):
            self.reload_from_store()  # a coded theme was renamed or recoloured

    def reload_from_store(self) -> None:
        """The open record may have changed outside the editor (a sync pulled changes, a
        conflict was settled): show the stored version, never overwriting unsaved typing."""
        self.reloader.reload()

    def go_to_offset(self, offset: int) -> None:
        """Put the cursor at code point ``offset`` of the text (a search hit) and show it."""
        position = OffsetMap(self.text.toPlainText()).to_utf16(offset)
        self.text.select_span(position, position)
        self.text.setFocus()

    def select_passage(self, start: int, end: int) -> None:
        """Select code points ``start``–``end`` of the text (a coded passage) and show them."""
        offsets = OffsetMap(self.text.toPlainText())
        self.text.select_span(offsets.to_utf16(start), offsets.to_utf16(end))
        self.text.setFocus()

    def save_now(self) -> None:
        self._timer.stop()
        if self.record is not None and self._dirty:
            self._dirty = False
            self.queue.save_text(self.record.id, self.text.toPlainText())

    def flush(self, timeout_ms: int = 10_000) -> bool:
        """Save what is pending and wait for it (window close)."""
        self.save_now()
        return self.queue.wait_idle(timeout_ms)

    def _on_text_changed(self) -> None:
        if self._loading or self.record is None:
            return
        self._dirty = True
        self._last_edit = time.monotonic()
        if not self._timer.isActive():  # (re)started once per pause, not on every keystroke
            self._timer.start(AUTOSAVE_MS)

    def _on_autosave_timer(self) -> None:
        idle_ms = (time.monotonic() - self._last_edit) * 1000
        if idle_ms < AUTOSAVE_MS - 10:  # typed since the timer started: wait for the pause
            self._timer.start(max(10, int(AUTOSAVE_MS - idle_ms)))
            return
        self.save_now()

    def _on_saved(self, saved: Saved) -> None:
        if self.record is None or saved.record_id != self.record.id:
            return
        self.banner.hide()
        current = self.text.toPlainText()
        shown = [c for c in saved.codings if not c.detached]
        if current != saved.text:  # typed since: place the codings on the text as it is now
            spans = remap_spans(saved.text, current, [(c.start, c.end) for c in shown])
            shown = [
                replace(c, start=s[0], end=s[1]) for c, s in zip(shown, spans, strict=True) if s
            ]
        self.text.set_codings(tuple(shown), OffsetMap(current))
        self.panel.set_codings(saved.codings, self.text.language())

    def _on_failed(self, exc: BaseException, text_save: bool) -> None:
        if not text_save:
            return  # coding actions report through their own on_failed
        self._dirty = True  # the text is still here; the next keystroke or focus change retries
        reason = error_text(exc).rstrip()
        if not reason.endswith((".", "!", "?")):
            reason += "."  # storage errors read as CLI lines, without a full stop
        self.banner.setText(
            self.tr("Your latest typing is not saved yet: %1 It stays here in the editor.").replace(
                "%1", reason
            )
        )
        self.banner.show()

    def _on_title_edited(self) -> None:
        if self.record is None or self.title_edit.text() == self.record.title:
            return
        record_id, title = self.record.id, self.title_edit.text()
        self.record = replace(self.record, title=title)

        def job(session: Session) -> None:
            update_fields(session, find_record(session, record_id, kinds=CODABLE), {"title": title})

        self.queue.run(
            record_id, job, on_failed=self._report, changes=Changes.of(records=record_id)
        )

    def _report(self, exc: BaseException) -> None:
        show_error(self, self.tr("Not saved"), exc)

    # --- coding ---------------------------------------------------------------------------

    def code_with_pinned(self, number: int) -> None:
        if self.record is None:
            return
        theme_id = self.pins.get(number)
        if theme_id is None or all(t.id != theme_id for t in self.record.themes):
            self._hint(
                self.tr(
                    "No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ "
                    "Pin to Alt+N."
                ).replace("%1", str(number))
            )
            return
        self.code_selection(theme_id)

    def open_palette(self) -> None:
        if self.record is None or not self._selection_ok():
            return
        self.palette_dialog = CodingPalette(self.record.themes, self)
        self.palette_dialog.chosen.connect(self.code_selection)
        self.palette_dialog.create_requested.connect(self.create_theme_and_code)
        self.palette_dialog.open()

    def create_theme_and_code(self, name: str) -> None:
        """A new top-level theme from the palette; the selected words are coded with it."""
        record = self.record
        if record is None:
            return
        study_id, record_id = record.study_id, record.id

        def done(theme_id: str) -> None:
            if self.record is None or self.record.id != record_id:
                return
            self.reload_themes()  # already done if the window announced it; cheap if so
            self.code_selection(theme_id)

        operations_for(self, self.store).run(  # type: ignore[arg-type]
            lambda session: add_theme(session, study_id=study_id, name=name).id,
            changes=lambda theme_id: Changes.of(themes=theme_id),
            on_done=done,
            on_failed=self._report_theme,
            owner=self,
            title=self.tr("New theme"),
        )

    def _report_theme(self, exc: BaseException) -> None:
        show_error(self, self.tr("Theme not created"), exc)

    def _selection_ok(self) -> bool:
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or not cursor.selectedText().strip():
            self._hint(self.tr("Select some words first, then choose a theme."))
            return False
        return True

    def code_selection(self, theme_id: str) -> None:
        """Code the selected words with the theme (saved at once, undoable)."""
        if self.record is None or not self._selection_ok():
            return
        theme = next((t for t in self.record.themes if t.id == theme_id), None)
        if theme is None:
            return
        cursor = self.text.textCursor()
        text = self.text.toPlainText()
        offsets = OffsetMap(text)
        start = offsets.to_code_point(cursor.selectionStart())
        end = offsets.to_code_point(cursor.selectionEnd())
        for c in self.text.codings_at(cursor.selectionStart()):
            if c.theme_id == theme_id and self.text.span_of(c.id) == (
                cursor.selectionStart(),
                cursor.selectionEnd(),
            ):
                self._hint(
                    self.tr("These words are already coded with %1.").replace("%1", c.theme_name)
                )
                return
        spec = CodingSpec(theme.id, theme.name, start, end, text[start:end], author())
        self.history.push(AddCoding(self, spec))

    def remove_coding(self, coding_id: str) -> None:
        coding = self.panel.coding(coding_id)
        if self.record is None or coding is None:
            return
        span = self.text.span_of(coding_id)
        text = self.text.toPlainText()
        start, end = coding.start, coding.end
        if span is not None:
            offsets = OffsetMap(text)
            start, end = offsets.to_code_point(span[0]), offsets.to_code_point(span[1])
        spec = CodingSpec(
            coding.theme_id,
            coding.theme_name,
            start,
            end,
            text[start:end] or coding.quote,
            coding.coder,
            coding.memo,
        )
        self.history.push(RemoveCoding(self, spec, coding_id))

    def set_memo(self, coding_id: str, memo: str) -> None:
        if self.record is None:
            return

        def job(session: Session) -> None:
            coding_service.update_coding(session, coding_id=coding_id, memo=memo)

        changes = Changes.of(codings=coding_id)
        self.queue.run(self.record.id, job, on_failed=self._report, changes=changes)

    def select_coding(self, coding_id: str) -> None:
        span = self.text.span_of(coding_id)
        if span is not None:
            self.text.select_span(*span)
            self.text.setFocus()

    # CodingWriter, called by the undo commands
    def create_coding(self, command: CodingCommand) -> None:
        if self.record is None:
            return
        self.save_now()  # the span refers to the text as shown: save it first
        record_id, spec = self.record.id, command.spec

        def job(session: Session) -> str:
            text = record_text(find_record(session, record_id, kinds=CODABLE))
            start, end = place_quote(text, start=spec.start, end=spec.end, quote=spec.quote)
            coding = coding_service.code_text(
                session,
                record_id=record_id,
                theme=spec.theme_id,
                start=start,
                end=end,
                coder=spec.coder or None,
                memo=spec.memo,
            )
            return coding.id

        def done(saved: Saved) -> None:
            command.coding_id = saved.result

        self.queue.run(record_id, job, on_done=done, on_failed=self._report)

    def delete_coding(self, command: CodingCommand) -> None:
        if self.record is None:
            return
        self.save_now()

        def job(session: Session) -> None:
            if command.coding_id is not None:  # read when the job runs: set by the create
                coding_service.remove_coding(session, coding_id=command.coding_id)

        self.queue.run(self.record.id, job, on_failed=self._report)

    def _hint(self, message: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 4000)


__all__ = ["AUTOSAVE_MS", "CodingView", "RecordEditor"]
