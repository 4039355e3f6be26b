"""Whole-record tags of the open interview or observation: a strip of chips above the text.

Type a theme's name or any word (completion offers the codebook's live themes and the study's
free words, matching anywhere) and press Enter to tag the record: a word that is no theme is
offered as a new theme or kept as a free-word tag (shown with a dashed grey border and a "#"),
so tagging never waits for the codebook. Click a chip's × to remove its tag. Each change is
written through the record editor's save queue (off the GUI thread, in order with the text and
coding saves); the strip shows the record's tags as saved, and the queue announces each change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QToolTip,
    QWidget,
)

from fieldkit.storage.codings import tag_record, untag_record
from fieldkit.storage.editing import EditableRecord, ThemeChoice
from fieldkit.storage.free_tags import add_free_tag, remove_free_tag, study_words
from fieldkit.storage.lookup import TAGGABLE, find_record
from fieldkit.storage.record_extras import TagView, load_tags
from fieldkit.storage.text_direction import isolate
from fieldkit.storage.themes import add_theme
from fieldkit.ui.author import author
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.autosave import Saved, SaveQueue


class RecordTags(QWidget):
    def __init__(
        self,
        queue: SaveQueue,
        on_failed: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self._on_failed = on_failed
        self.record_id: str | None = None
        self.themes: tuple[ThemeChoice, ...] = ()
        self.words: tuple[str, ...] = ()  # the study's free words in use
        self.tags: tuple[TagView, ...] = ()
        self.chips: dict[str, QToolButton] = {}  # TagView.key (theme id, or the word) → chip
        self.hint = ""
        self.question: QMessageBox | None = None  # the "not a theme" question, while open
        self._build()

    def _build(self) -> None:
        label = QLabel(self.tr("Tags:"))
        self.input = QLineEdit()
        self.input.setAccessibleName(self.tr("Add a tag"))
        self.input.setPlaceholderText(self.tr("Add a tag…"))
        self.input.setMaximumWidth(220)
        label.setBuddy(self.input)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        popup = self.completer.popup()
        if popup is not None:
            popup.setMinimumWidth(360)  # long theme names, read whole
        self.input.returnPressed.connect(self._on_return)
        self.completer.activated.connect(self.add_by_name)
        chips = QWidget()
        self.chip_layout = QHBoxLayout(chips)
        self.chip_layout.setContentsMargins(0, 0, 0, 0)
        self.chip_layout.setSpacing(4)
        self.chip_layout.addStretch(1)
        self.chip_scroll = QScrollArea()
        self.chip_scroll.setWidget(chips)
        self.chip_scroll.setWidgetResizable(True)
        self.chip_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chip_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chip_scroll.setFixedHeight(self.input.sizeHint().height() + 4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.chip_scroll, 1)
        layout.addWidget(self.input)

    # --- showing -----------------------------------------------------------------------------

    def show_record(
        self,
        record: EditableRecord | None,
        tags: Sequence[TagView] | None = None,
        words: Sequence[str] | None = None,
    ) -> None:
        """Show the record's tags and offer its study's themes and free words. ``tags`` and
        ``words``: already read (the editor reads them with the record); None reads them now."""
        if record is None:
            self.record_id, self.themes, self.words = None, (), ()
            self.set_tags(())
            return
        if record.id != self.record_id:
            self.input.clear()  # what is typed stays while the same record's tags reload
        self.record_id = record.id
        if tags is None or words is None:
            with self.queue.store.read() as session:
                tags = load_tags(session, record_id=record.id)
                words = study_words(session, study_id=record.study_id)
        self.words = tuple(words)
        self.set_themes(record.themes)
        self.set_tags(tags)

    def set_themes(self, themes: tuple[ThemeChoice, ...]) -> None:
        """The themes offered as tags (the codebook's, as it is now), then the free words."""
        self.themes = themes
        self._offer()

    def _offer(self) -> None:
        names = [t.name for t in self.themes]
        taken = {n.casefold() for n in names}
        words = [w for w in self.words if w.casefold() not in taken]
        model = self.completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList(names + words)

    def set_tags(self, tags: Sequence[TagView]) -> None:
        self.tags = tuple(tags)
        for chip in self.chips.values():
            self.chip_layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for i, tag in enumerate(self.tags):
            chip = self._free_chip(tag) if tag.free else self._theme_chip(tag)
            self.chip_layout.insertWidget(i, chip)
            self.chips[tag.key] = chip

    def _theme_chip(self, tag: TagView) -> QToolButton:
        chip = QToolButton()
        chip.setText(f"{tag.theme_name}  ×")
        chip.setToolTip(self.tr("Remove the tag “%1”").replace("%1", tag.theme_name))
        chip.setAccessibleName(self.tr("Remove tag %1").replace("%1", tag.theme_name))
        chip.setStyleSheet(
            f"QToolButton {{ border: 1px solid {tag.color}; border-left: 6px solid "
            f"{tag.color}; border-radius: 3px; padding: 1px 6px; }}"
        )
        chip.clicked.connect(lambda _=False, theme_id=tag.theme_id: self.remove(theme_id))
        return chip

    def _free_chip(self, tag: TagView) -> QToolButton:
        """A free word: "#word", dashed and grey, in italics: plainly not a codebook theme."""
        chip = QToolButton()
        chip.setText(isolate(f"#{tag.theme_name}") + "  ×")  # "#radio" in Arabic too
        chip.setToolTip(
            self.tr("Free-word tag “%1” (not a codebook theme). Click to remove it.").replace(
                "%1", tag.theme_name
            )
        )
        chip.setAccessibleName(self.tr("Remove free-word tag %1").replace("%1", tag.theme_name))
        chip.setStyleSheet(
            "QToolButton { border: 1px dashed palette(mid); border-radius: 3px; "
            "padding: 1px 6px; font-style: italic; }"
        )
        chip.clicked.connect(lambda _=False, word=tag.theme_name: self.remove_word(word))
        return chip

    def theme_names(self) -> list[str]:
        return [t.theme_name for t in self.tags if not t.free]

    def free_words(self) -> list[str]:
        return [t.theme_name for t in self.tags if t.free]

    # --- changing ----------------------------------------------------------------------------

    def _on_return(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's activated() handles the highlighted choice
        self.add_by_name(self.input.text())

    def add_by_name(self, name: str) -> None:
        """Tag with the theme of that name, or the free word; any other word is asked about.

        Only the exact name (any case) counts: Enter on "radio" never lands on a theme
        "Radio school" the researcher did not pick (the suggestions list is for that).
        """
        name = " ".join(name.split())
        if not name or self.record_id is None:
            return
        theme = next((t for t in self.themes if t.name.casefold() == name.casefold()), None)
        known = next((w for w in self.words if w.casefold() == name.casefold()), None)
        if theme is None and known is None:
            choice = self.ask_create(name)
            if choice == "theme":
                self.input.clear()
                self.create_and_add(name)
            elif choice == "free":
                self.input.clear()
                self.add_word(name)
            else:
                self.show_hint(
                    self.tr("“%1” is not a theme: pick a suggestion, or type it again.").replace(
                        "%1", name
                    )
                )
            return
        self.input.clear()
        QTimer.singleShot(0, self.input, self.input.clear)  # after the completer set its text
        if theme is None:
            if not any(t.key == "free:" + name.casefold() for t in self.tags):
                self.add_word(known or name)
            return
        if any(t.theme_id == theme.id for t in self.tags):
            return
        self.add(theme.id)

    def ask_create(self, name: str) -> str:
        """Ask what a word that is no theme becomes: "theme", "free", or "" (cancelled).

        Keeping the free word is the default: Enter twice must not grow the codebook.
        """
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Not a theme"))
        box.setText(
            self.tr(
                "“%1” is not a theme in this study's codebook. Tag this record with it as a "
                "free word, or add it to the codebook as a new theme?"
            ).replace("%1", name)
        )
        free = box.addButton(self.tr("Tag as a free word"), QMessageBox.ButtonRole.AcceptRole)
        theme = box.addButton(self.tr("Add as a theme"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(free)
        self.question = box  # tests answer it with the keyboard
        box.exec()
        self.question = None
        clicked = box.clickedButton()
        return "free" if clicked is free else "theme" if clicked is theme else ""

    def create_and_add(self, name: str) -> None:
        """A new top-level theme and this record's tag with it, in one write."""
        record_id, user = self.record_id, author()
        if record_id is None:
            return
        made: dict[str, str] = {}

        def job(session: Any) -> tuple[TagView, ...]:
            record = find_record(session, record_id, kinds=TAGGABLE)
            study_id = str(getattr(record, "study_id"))  # noqa: B009
            made["theme"] = add_theme(session, study_id=study_id, name=name).id
            tag_record(session, record_id=record_id, theme=made["theme"], tagged_by=user)
            return load_tags(session, record_id=record_id)

        self.queue.run(
            record_id,
            job,
            on_done=self._saved(record_id),
            on_failed=self._on_failed,
            changes=lambda _saved: Changes.of(themes=made.get("theme"), tags=record_id),
        )

    def show_hint(self, text: str) -> None:
        """A short note by the input (an unknown name); it goes when the input is edited."""
        self.hint = text
        self.input.setToolTip(text)
        QToolTip.showText(self.input.mapToGlobal(self.input.rect().bottomLeft()), text, self.input)

    def add(self, theme_id: str) -> None:
        record_id, user = self.record_id, author()
        if record_id is None:
            return

        def job(session: Any) -> tuple[TagView, ...]:
            tag_record(session, record_id=record_id, theme=theme_id, tagged_by=user)
            return load_tags(session, record_id=record_id)

        self.queue.run(
            record_id,
            job,
            on_done=self._saved(record_id),
            on_failed=self._on_failed,
            changes=Changes.of(tags=record_id),
        )

    def remove(self, theme_id: str) -> None:
        record_id = self.record_id
        if record_id is None:
            return

        def job(session: Any) -> tuple[TagView, ...]:
            untag_record(session, record_id=record_id, theme=theme_id)
            return load_tags(session, record_id=record_id)

        self.queue.run(
            record_id,
            job,
            on_done=self._saved(record_id),
            on_failed=self._on_failed,
            changes=Changes.of(tags=record_id),
        )

    def add_word(self, word: str) -> None:
        """Tag the record with a free word (no theme made)."""
        record_id, user = self.record_id, author()
        if record_id is None:
            return

        def job(session: Any) -> tuple[TagView, ...]:
            add_free_tag(session, record_id=record_id, word=word, tagged_by=user)
            return load_tags(session, record_id=record_id)

        self._run_word(record_id, job, word)

    def remove_word(self, word: str) -> None:
        record_id = self.record_id
        if record_id is None:
            return

        def job(session: Any) -> tuple[TagView, ...]:
            remove_free_tag(session, record_id=record_id, word=word)
            return load_tags(session, record_id=record_id)

        self._run_word(record_id, job, None)

    def _run_word(self, record_id: str, job: Callable[[Any], Any], word: str | None) -> None:
        if word is not None and all(w.casefold() != word.casefold() for w in self.words):
            self.words = (*self.words, word)  # offered from now on
            self._offer()
        self.queue.run(
            record_id,
            job,
            on_done=self._saved(record_id),
            on_failed=self._on_failed,
            changes=Changes.of(tags=record_id),
        )

    def _saved(self, record_id: str) -> Callable[[Saved], None]:
        def done(saved: Saved) -> None:
            if record_id == self.record_id:
                self.set_tags(saved.result)

        return done
