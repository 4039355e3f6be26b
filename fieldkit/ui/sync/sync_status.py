"""The sync part of the status bar: online/offline/syncing, pending changes, last sync, progress,
conflicts (a click opens the conflicts view), and pulled changes set aside when there are any (a
click lists them). It only shows what the controller tells it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from fieldkit.sync.local_status import LocalSyncStatus
from fieldkit.ui.messages.dates import shown_qdatetime

if TYPE_CHECKING:  # the sync client is imported when the first sync runs, not at start
    from fieldkit.sync.client import SyncReport

# What the state label can say; the controller picks one.
NOT_SIGNED_IN = "not_signed_in"
CHECKING = "checking"
ONLINE = "online"
OFFLINE = "offline"
SYNCING = "syncing"
FAILED = "failed"
SIGN_IN_AGAIN = "sign_in_again"  # the server refused the token (revoked, expired): nothing lost


class SyncStatusBar(QWidget):
    conflicts_clicked = Signal()
    set_aside_clicked = Signal()
    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = NOT_SIGNED_IN
        self.dot = QLabel("●")  # coloured by state; the words carry the meaning
        self.dot.setAccessibleName(self.tr("Connection indicator"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Connection"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how much is left is not known in advance
        self.progress.setMaximumWidth(90)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress_label = QLabel()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(self.tr("Changes not yet synced"))
        self.last_label = QLabel()
        self.last_label.setAccessibleName(self.tr("Last sync"))
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setAccessibleName(self.tr("Sync conflicts"))
        self.conflicts_button.setToolTip(self.tr("Open the conflicts view"))
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        self.set_aside_button = QToolButton()
        self.set_aside_button.setAutoRaise(True)
        self.set_aside_button.setAccessibleName(self.tr("Changes set aside"))
        self.set_aside_button.setToolTip(
            self.tr("Changes from the server this laptop could not apply yet: click to see them")
        )
        self.set_aside_button.clicked.connect(self.set_aside_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addStretch(1)  # when the progress part hides, the rest stays together
        parts: tuple[QWidget, ...] = (self.dot, self.state_label, self.progress)
        for widget in (*parts, self.progress_label, self.cancel_button):
            layout.addWidget(widget)
        for widget in (self.pending_label, self.last_label, self.conflicts_button):
            layout.addWidget(_separator())
            layout.addWidget(widget)
        self.set_aside_separator = _separator()
        layout.addWidget(self.set_aside_separator)
        layout.addWidget(self.set_aside_button)
        self.show_progress(None)
        self.show_state(NOT_SIGNED_IN)
        self.show_local(LocalSyncStatus(pending=0, last_sync_ms=None, conflicts=0, last_seq=0))

    def _show_pending(self, status: LocalSyncStatus) -> None:
        if status.pending == 0:
            pending = self.tr("Nothing waiting to sync")
        else:
            pending = self.tr("%n change(s) not yet synced", "", status.pending)
        self.pending_label.setText(pending)
        self.pending_label.setToolTip(
            self.tr(
                "%n change(s) in studies where you are a viewer stay on this laptop",
                "",
                status.kept_local,
            )
            if status.kept_local
            else ""
        )

    def _show_solo(self) -> None:
        self.pending_label.setText(self.tr("Not signed in — nothing is sent"))
        self.pending_label.setToolTip(
            self.tr(
                "Everything stays on this laptop. To share with a team, sign in with "
                "Sync ▸ Settings…; what you made meanwhile is sent then."
            )
        )

    def show_state(self, state: str, detail: str = "") -> None:
        self.state = state
        texts = {
            NOT_SIGNED_IN: self.tr("Offline · not signed in"),
            CHECKING: self.tr("Checking the server…"),
            ONLINE: self.tr("Online"),
            OFFLINE: self.tr("Offline"),
            SYNCING: self.tr("Syncing…"),
            FAILED: self.tr("Sync failed"),
            SIGN_IN_AGAIN: self.tr("Sign in again (Sync → Settings)"),
        }
        self.state_label.setText(texts.get(state, state))
        colours = {
            ONLINE: "#2e7d32",
            SYNCING: "#1565c0",
            FAILED: "#c62828",
            SIGN_IN_AGAIN: "#ef6c00",
        }
        self.dot.setStyleSheet(f"color: {colours.get(state, '#9e9e9e')}")
        self.state_label.setToolTip(detail)
        local = getattr(self, "_local", None)
        if local is not None:
            self.show_local(local)

    def show_local(self, status: LocalSyncStatus) -> None:
        self._local = status  # shown again when signing in or out changes what it means
        if self.state == NOT_SIGNED_IN:  # a solo researcher: nothing is waiting for anything
            self._show_solo()
        else:
            self._show_pending(status)
        if status.last_sync_ms is None:
            self.last_label.setText(self.tr("Never synced"))
            self.last_label.setToolTip("")
        else:
            when = QDateTime.fromMSecsSinceEpoch(status.last_sync_ms)
            self.last_label.setText(self.tr("Last sync %1").replace("%1", _short_time(when)))
            self.last_label.setToolTip(shown_qdatetime(when))
        if status.conflicts == 0:
            self.conflicts_button.setText(self.tr("No conflicts"))
        else:
            self.conflicts_button.setText(self.tr("⚠ %n conflict(s)", "", status.conflicts))
        self._show_set_aside(status.set_aside)

    def _show_set_aside(self, count: int) -> None:
        """Only when some changes wait: a rare state that must not go unnoticed."""
        self.set_aside_button.setText(self.tr("⚠ %n change(s) set aside", "", count))
        self.set_aside_button.setVisible(count > 0)
        self.set_aside_separator.setVisible(count > 0)

    def show_progress(self, report: SyncReport | None) -> None:
        """During a sync: the busy bar, what went each way so far, and Cancel; None hides them."""
        syncing = report is not None
        self.progress.setVisible(syncing)
        self.progress_label.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setEnabled(True)
        self.updateGeometry()
        if report is not None:
            self.progress_label.setText(
                self.tr("sent %1 · received %2 · %3 kB")
                .replace("%1", f"{report.pushed:,}")
                .replace("%2", f"{report.pulled:,}")
                .replace("%3", f"{(report.bytes_sent + report.bytes_received) / 1000:,.0f}")
            )

    def text(self) -> str:
        """Everything the bar says, in one line (for tests and screen readers)."""
        parts = [self.state_label.text()]
        if not self.progress_label.isHidden():
            parts.append(self.progress_label.text())
        parts += [self.pending_label.text(), self.last_label.text(), self.conflicts_button.text()]
        if not self.set_aside_button.isHidden():
            parts.append(self.set_aside_button.text())
        return " · ".join(p for p in parts if p)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _short_time(when: QDateTime) -> str:
    locale = QLocale()
    if when.date() == QDateTime.currentDateTime().date():
        return locale.toString(when, "HH:mm")
    return locale.toString(when, "d MMM, HH:mm")


__all__ = [
    "CHECKING",
    "FAILED",
    "NOT_SIGNED_IN",
    "OFFLINE",
    "ONLINE",
    "SIGN_IN_AGAIN",
    "SYNCING",
    "SyncStatusBar",
]
