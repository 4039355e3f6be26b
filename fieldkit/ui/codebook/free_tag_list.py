"""The study's free-word tags under the codebook: each word with how many records carry it, and
"Make a theme" to bring one into the codebook (its records are then tagged with the theme).

Free words are not themes, so they are listed apart from the tree, plainly marked "#word"; the
list hides itself while the study has none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import (
    WordCount,
    free_tag_counts,
    make_theme_of_word,
    records_with_word,
)
from fieldkit.storage.text_direction import isolate
from fieldkit.ui.alive import run_for
from fieldkit.ui.author import author
from fieldkit.ui.changes import Changes
from fieldkit.ui.operations import operations_for


def load_words(store: Store, study_id: str) -> list[WordCount]:
    with store.read() as session:
        return free_tag_counts(session, study_id=study_id)


class FreeTagList(QWidget):
    made_theme = Signal(str)  # the new theme's id: the codebook shows it at once

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.study_id: str | None = None
        self.words: list[WordCount] = []
        self.heading = QLabel(self.tr("Free-word tags (not in the codebook)"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Free-word tags"))
        self.list.setMaximumHeight(110)
        self.heading.setBuddy(self.list)
        self.make_button = QPushButton(self.tr("Make a theme"))
        self.make_button.setToolTip(
            self.tr("Add the chosen word to the codebook; its records are tagged with the theme")
        )
        self.make_button.clicked.connect(self.make_theme)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setVisible(False)
        self._update()

    def load(self, study_id: str | None) -> None:
        self.study_id = study_id
        if study_id is None:
            self.show_words([])
            return
        store = self.store
        run_for(self, lambda _c: load_words(store, study_id), on_done=self.show_words)

    def show_words(self, words: list[WordCount]) -> None:
        current = self.current_word()
        self.words = list(words)
        self.list.clear()
        for count in self.words:
            records = self.tr("%n record(s)", "", count.records)
            item = QListWidgetItem(f"{isolate('#' + count.word)} — {records}")
            item.setData(Qt.ItemDataRole.UserRole, count.word)
            item.setToolTip(
                self.tr("“%1” tags %2; it is not a codebook theme.")
                .replace("%1", count.word)
                .replace("%2", records)
            )
            self.list.addItem(item)
            if count.word == current:
                self.list.setCurrentItem(item)
        self.setVisible(bool(self.words))
        self._update()

    def current_word(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update(self) -> None:
        self.make_button.setEnabled(self.current_word() is not None)

    def make_theme(self) -> None:
        word, study_id, user = self.current_word(), self.study_id, author()
        if word is None or study_id is None:
            return

        def job(session: Any) -> tuple[str, list[str]]:
            records = sorted(records_with_word(session, study_id=study_id, word=word))
            theme = make_theme_of_word(session, study_id=study_id, word=word, tagged_by=user)
            return theme.id, records

        operations_for(self, self.store).run(
            job,
            changes=lambda made: Changes.of(themes=made[0], tags=made[1]),
            on_done=lambda made: self.made_theme.emit(made[0]),
            owner=self,
            title=self.tr("Make a theme"),
        )
