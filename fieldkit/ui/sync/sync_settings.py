"""Sync → Settings…: the team server, the account, and when to sync.

Signing in and out talk to the server, so they run off the GUI thread (``run_for``); the
password is sent once for the sign-in and cleared when it succeeds (only the device token is
kept, by ``fieldkit.sync``); after a refused sign-in (a mistyped address, a server that does not
answer) every field, the password too, stays as typed so only the mistake needs fixing.
The two choices (automatic sync, data saver) are handed back on OK for the
controller to save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.db import Store
from fieldkit.sync.account import sign_in, sign_out
from fieldkit.sync.credentials import Credentials
from fieldkit.sync.preferences import SyncPreferences
from fieldkit.ui.alive import run_for
from fieldkit.ui.worker import TaskControl, error_text, show_error


class SyncSettingsDialog(QDialog):
    signed_in = Signal(object)  # Credentials
    signed_out = Signal()
    preferences_chosen = Signal(object)  # SyncPreferences, on OK

    def __init__(
        self,
        store: Store,
        credentials: Credentials | None,
        preferences: SyncPreferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.credentials = credentials
        self.setWindowTitle(self.tr("Sync settings"))
        self.setMinimumWidth(520)
        self.server_edit = QLineEdit(credentials.server_url if credentials else "")
        self.server_edit.setPlaceholderText("http://server:8765")
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.user_edit = QLineEdit(credentials.user if credentials else "")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("used to sign in, never stored"))
        self.password_edit.returnPressed.connect(self._on_sign_in)
        self.ca_edit = QLineEdit()
        self.ca_edit.setAccessibleName(self.tr("Certificate authority file"))
        self.ca_edit.setPlaceholderText(
            self.tr("kept from the last sign-in")
            if credentials is not None and credentials.ca_pem
            else self.tr("only for a server with your team's own certificate (PEM file)")
        )
        self.ca_button = QPushButton(self.tr("&Browse…"))
        self.ca_button.clicked.connect(self._on_browse_ca)
        self.insecure_check = QCheckBox(
            self.tr("Allow unencrypted http:// to a server outside this network (not advised)")
        )
        self.insecure_check.setChecked(bool(credentials and credentials.allow_insecure_http))
        self.sign_in_button = QPushButton(self.tr("Sign &in"))
        self.sign_in_button.clicked.connect(self._on_sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.clicked.connect(self._on_sign_out)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setAccessibleName(self.tr("Connection security"))
        self.server_edit.textChanged.connect(self._show_link)
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.account_label.setAccessibleName(self.tr("Account status"))
        self.auto_check = QCheckBox(self.tr("Sync &automatically when the server is reachable"))
        self.auto_check.setChecked(preferences.auto_sync)
        self.data_saver_check = QCheckBox(
            self.tr("&Data saver: send text first, media only on unmetered connections")
        )
        self.data_saver_check.setChecked(preferences.data_saver)
        self._build_layout()
        self._show_account()
        self._show_link()

    def _build_layout(self) -> None:
        account = QGroupBox(self.tr("Team server and account"))
        form = QFormLayout(account)
        form.addRow(self.tr("&Server:"), self.server_edit)
        form.addRow(self.tr("Connection:"), self.link_label)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        ca_label = QLabel(self.tr("Certificate a&uthority:"))
        ca_label.setBuddy(self.ca_edit)  # a row of two widgets: no buddy, and "&" shows as is
        form.addRow(ca_label, ca_row)
        form.addRow("", self.insecure_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self.account_label)
        options = QGroupBox(self.tr("When to sync"))
        column = QVBoxLayout(options)
        column.addWidget(self.auto_check)
        column.addWidget(self.data_saver_check)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(options)
        layout.addWidget(box)

    def preferences(self) -> SyncPreferences:
        return SyncPreferences(
            auto_sync=self.auto_check.isChecked(), data_saver=self.data_saver_check.isChecked()
        )

    def accept(self) -> None:
        self.preferences_chosen.emit(self.preferences())
        super().accept()

    def _show_account(self, note: str = "") -> None:
        creds = self.credentials
        if creds is None:
            text = self.tr("Not signed in. This laptop's work stays here until you sign in.")
        else:
            text = (
                self.tr("Signed in as %1 on %2.")
                .replace("%1", creds.user)
                .replace("%2", creds.server_url)
            )
        self.account_label.setText(f"{text} {note}".strip())
        self._fit_height()
        self.sign_out_button.setEnabled(creds is not None)
        self.sign_in_button.setEnabled(True)

    def _show_link(self) -> None:
        """Whether the link to the server is encrypted (from the address; no network here)."""
        url = self.server_edit.text().strip().lower()
        creds = self.credentials
        if not url:
            text, colour = "", ""
        elif url.startswith("https://"):
            text = self.tr("🔒 Encrypted (HTTPS)")
            if creds is not None and creds.ca_pem and url == creds.server_url.lower():
                text += self.tr(", checked against your team's own certificate authority")
            colour = "#2e7d32"
        elif creds is not None and creds.allow_insecure_http and url == creds.server_url.lower():
            text = self.tr(
                "⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel "
                "readable by anyone on the way. Ask for an https:// address."
            )
            colour = "#c62828"
        else:
            text = self.tr(
                "Not encrypted (http://): accepted only for a server on this laptop or its "
                "local network"
            )
            colour = "#ef6c00"
        self.link_label.setText(text)
        self.link_label.setStyleSheet(f"color: {colour}" if colour else "")
        self._fit_height()

    def _fit_height(self) -> None:
        """A longer sentence under the account (a failed sign-in, in a longer language) grows
        the dialog instead of being cut: a wrapped label's height is not a window's minimum."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if need > self.height():
            self.resize(self.width(), need)

    def _busy(self, text: str) -> None:
        self.account_label.setText(text)
        self._fit_height()
        self.sign_in_button.setEnabled(False)
        self.sign_out_button.setEnabled(False)

    def _on_sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        store, server, user = self.store, self.server_edit.text(), self.user_edit.text()
        password = self.password_edit.text()  # cleared once the sign-in succeeds
        ca_file = self.ca_edit.text().strip() or None
        allow = self.insecure_check.isChecked()
        before = self.credentials
        same_server = before is not None and before.server_url == server.strip().rstrip("/")
        kept_ca = before.ca_pem if before is not None and same_server else None

        def work(_control: TaskControl) -> Credentials:
            return sign_in(
                store,
                server_url=server,
                user=user,
                password=password,
                ca_file=ca_file,
                ca_pem=kept_ca,  # signing in again keeps the team's certificate authority
                allow_insecure_http=allow,
            )

        self._busy(self.tr("Signing in…"))
        run_for(self, work, on_done=self._signed_in, on_failed=self._sign_in_failed)

    def _on_browse_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Your team's certificate authority"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    def _signed_in(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self.password_edit.clear()  # used once, for this sign-in only
        self.server_edit.setText(credentials.server_url)
        self.ca_edit.clear()  # its text is kept with the account now
        if credentials.ca_pem:
            self.ca_edit.setPlaceholderText(self.tr("kept from the last sign-in"))
        self._show_account()
        self._show_link()
        self.signed_in.emit(credentials)

    def _sign_in_failed(self, exc: BaseException) -> None:
        self._show_account(self.tr("Sign-in failed: %1").replace("%1", error_text(exc)))
        show_error(self, self.tr("Cannot sign in"), exc)

    def _on_sign_out(self) -> None:
        creds = self.credentials
        if creds is None:
            return
        data_dir = self.store.data_dir

        def work(_control: TaskControl) -> bool:
            return sign_out(data_dir, creds)

        self._busy(self.tr("Signing out…"))
        run_for(self, work, on_done=self._signed_out, on_failed=self._sign_out_failed)

    def _signed_out(self, revoked: bool) -> None:
        self.credentials = None
        note = (
            ""
            if revoked
            else self.tr(
                "The server could not be told; ask your team lead to revoke this laptop's "
                "sign-in if it is lost."
            )
        )
        self._show_account(note)
        self.signed_out.emit()

    def _sign_out_failed(self, exc: BaseException) -> None:
        self._show_account()
        show_error(self, self.tr("Cannot sign out"), exc)


__all__ = ["SyncSettingsDialog"]
