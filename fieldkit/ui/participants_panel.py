"""The participants of one case, with their consent: a table under the case's description.

Double-click (or Enter) on a participant asks to edit them; the panel only emits signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from fieldkit.storage.models import Participant
from fieldkit.ui.codebook.palette_colors import alert_text
from fieldkit.ui.messages.dates import shown_date
from fieldkit.ui.role_names import role_name

ROLE_ID = Qt.ItemDataRole.UserRole + 1


class ParticipantsPanel(QTreeWidget):
    edit_requested = Signal(str)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Participants of this case"))
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Consent"),
                self.tr("It allows"),
            ]
        )
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.itemDoubleClicked.connect(self._on_activated)
        self.itemActivated.connect(self._on_activated)

    def set_participants(self, participants: Sequence[Participant]) -> None:
        current = self.current_id()
        self.clear()
        for p in participants:
            item = QTreeWidgetItem(
                [p.code, p.name or "", role_name(p.role), self._consent(p), self._allows(p)]
            )
            item.setData(0, ROLE_ID, p.id)
            if p.consent_status != "given":
                item.setForeground(3, QBrush(alert_text(self.palette())))
            self.addTopLevelItem(item)
            if p.id == current:
                self.setCurrentItem(item)

    def _consent(self, p: Participant) -> str:
        status = {
            "pending": self.tr("pending"),
            "given": self.tr("given"),
            "withdrawn": self.tr("withdrawn"),
        }.get(p.consent_status, p.consent_status)
        form = {"verbal": self.tr("verbal"), "written": self.tr("written")}.get(
            p.consent_form or "", p.consent_form
        )
        details = [d for d in (form, p.consent_date and shown_date(p.consent_date)) if d]
        return f"{status} ({', '.join(details)})" if details else status

    def _allows(self, p: Participant) -> str:
        allowed = [
            label
            for ok, label in (
                (p.consent_audio, self.tr("audio")),
                (p.consent_quotes, self.tr("quotes")),
                (p.consent_attribution, self.tr("name")),
            )
            if ok
        ]
        # "audio, citations et nom", "الصوت والاقتباسات": the language's own list words
        return QLocale().createSeparatedList(allowed) if allowed else self.tr("nothing")

    def current_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(0, ROLE_ID)) if item is not None else None

    def ids(self) -> list[str]:
        items = (self.topLevelItem(r) for r in range(self.topLevelItemCount()))
        return [str(i.data(0, ROLE_ID)) for i in items if i is not None]

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.edit_requested.emit(str(item.data(0, ROLE_ID)))
