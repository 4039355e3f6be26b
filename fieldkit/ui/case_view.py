"""What the main window shows for a case: its description, a toolbar, its participants."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QToolBar, QVBoxLayout, QWidget

from fieldkit.storage.db import Store
from fieldkit.storage.models import Participant
from fieldkit.storage.participants import list_participants
from fieldkit.ui.changes import Changes
from fieldkit.ui.participants_panel import ParticipantsPanel


def load_participants(store: Store, case_id: str) -> list[Participant]:
    with store.read() as session:
        return list_participants(session, case_id=case_id)


class CaseView(QWidget):
    def __init__(self, store: Store, reader: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id: str | None = None
        self.reader = reader
        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName(self.tr("Case actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.participants = ParticipantsPanel()
        heading = QLabel(self.tr("<b>Participants</b>"))
        heading.setBuddy(self.participants)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(heading)
        lower_layout.addWidget(self.participants)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(reader)
        splitter.addWidget(lower)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.reload_participants()

    def participants_changed(self, changes: Changes) -> None:
        """A participant was added or edited: reload the list when it is this case's."""
        if changes.everything or changes.touches_id("cases", self.case_id) or changes.participants:
            self.reload_participants()

    def reload_participants(self) -> None:
        if self.case_id is not None:
            self.participants.set_participants(load_participants(self.store, self.case_id))
