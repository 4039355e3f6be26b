"""The app when the server refuses this laptop's token (revoked, expired): it asks to sign in
again and loses nothing; the sync settings say whether the link is encrypted."""

from __future__ import annotations

import io
import socket
from typing import Any

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("uvicorn")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.sync.account import sign_in
from fieldkit.sync.client import sync
from fieldkit.sync.credentials import Credentials
from fieldkit.sync.preferences import SyncPreferences
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.transport import transport_for
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.sync import sync_status as st
from fieldkit.ui.sync.sync_settings import SyncSettingsDialog
from tests.sync.conftest import PASSWORD, Server
from tests.sync.test_tls import TlsServer

# The status bar's counts are %n strings: read them in English as the app shows them.
pytestmark = pytest.mark.usefixtures("english_plurals")

WAIT_MS = 20_000  # generous for a loaded machine; the conditions are exact


def test_a_revoked_token_asks_to_sign_in_again_and_keeps_the_work(
    server: Server, store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: boxes.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(str(a[2])))
    creds = sign_in(store, server_url=server.url, user="bob", password=PASSWORD)
    sync(store, server_url=creds.server_url, token=creds.token)
    with store.write() as session:
        records.create_case(session, study_id=server.study_id, title="Kept while signed out")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    controller = window.sync
    qtbot.waitUntil(lambda: controller.credentials is not None, timeout=WAIT_MS)
    err = io.StringIO()
    assert server_main([*server.cli_args(), "user", "revoke", "bob"], err=err) == 0

    controller.sync_now(manual=True)
    qtbot.waitUntil(lambda: controller.status_bar.state == st.SIGN_IN_AGAIN, timeout=WAIT_MS)
    assert "Sign in again" in controller.status_bar.state_label.text()
    assert "sign in again" in controller.last_error
    assert boxes == []  # no error box: the settings open, ready for the password
    dialog = controller.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert controller.needs_sign_in
    controller.sync_now(manual=False)  # automatic syncs wait for the sign-in
    assert not controller.syncing()
    qtbot.waitUntil(
        lambda: controller.status_bar.pending_label.text() == "1 change not yet synced",
        timeout=WAIT_MS,
    )
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not controller.needs_sign_in, timeout=WAIT_MS)
    dialog.reject()
    with qtbot.waitSignal(controller.synced, timeout=30_000) as done:
        controller.sync_now(manual=True)
    assert done.args[0].pushed == 1
    assert boxes == []


def test_a_mistyped_address_keeps_every_field_and_says_why_in_words(
    server: Server, store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(str(a[2])))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    dialog = SyncSettingsDialog(store, None, SyncPreferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.server_edit, dead)
    qtbot.keyClicks(dialog.user_edit, "bob")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=WAIT_MS)
    expected = (
        f"The server at {dead} did not answer (connection refused). "
        "Check the address and that the server is running."
    )
    assert boxes[0] == expected and "Errno" not in dialog.account_label.text()
    assert expected in dialog.account_label.text()
    assert dialog.server_edit.text() == dead and dialog.user_edit.text() == "bob"
    assert dialog.password_edit.text() == PASSWORD  # nothing to type again but the address
    dialog.server_edit.selectAll()
    qtbot.keyClicks(dialog.server_edit, server.url)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.credentials is not None, timeout=WAIT_MS)
    assert dialog.password_edit.text() == ""  # used once, for the sign-in that worked


def test_the_settings_say_whether_the_link_is_encrypted(store: Store, qtbot: Any) -> None:
    dialog = SyncSettingsDialog(store, None, SyncPreferences())
    qtbot.addWidget(dialog)
    dialog.server_edit.setText("https://sync.example.org")
    assert "Encrypted (HTTPS)" in dialog.link_label.text()
    dialog.server_edit.setText("http://192.168.1.20:8470")
    assert "Not encrypted" in dialog.link_label.text()
    assert "local network" in dialog.link_label.text()
    dialog.server_edit.setText("")
    assert dialog.link_label.text() == ""

    private = Credentials("https://sync.team.org", "ana", "t", ca_pem="-----BEGIN CERTIFICATE-----")
    dialog = SyncSettingsDialog(store, private, SyncPreferences())
    qtbot.addWidget(dialog)
    assert "team's own certificate authority" in dialog.link_label.text()
    risky = Credentials("http://8.8.8.8:8470", "ana", "t", allow_insecure_http=True)
    dialog = SyncSettingsDialog(store, risky, SyncPreferences())
    qtbot.addWidget(dialog)
    assert "allowed at sign-in" in dialog.link_label.text()
    assert dialog.link_label.accessibleName() == "Connection security"


def test_sign_in_with_the_teams_ca_in_the_app_and_again_keeps_it(
    tls_server: TlsServer, store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: boxes.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(str(a[2])))
    dialog = SyncSettingsDialog(store, None, SyncPreferences())
    qtbot.addWidget(dialog)
    dialog.server_edit.setText(tls_server.url)
    dialog.user_edit.setText("amina")
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()  # without the team's CA: refused, clearly
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=WAIT_MS)
    assert "does not trust" in boxes[0] and dialog.credentials is None
    dialog.ca_edit.setText(str(tls_server.tls.ca))
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.credentials is not None, timeout=WAIT_MS)
    first = dialog.credentials
    assert first is not None and first.ca_pem == tls_server.tls.ca.read_text()
    assert "team's own certificate authority" in dialog.link_label.text()
    # Signing in again (say, after the token expired): the CA is kept without choosing it.
    again = SyncSettingsDialog(store, first, SyncPreferences())
    qtbot.addWidget(again)
    assert again.ca_edit.placeholderText() == "kept from the last sign-in"
    again.password_edit.setText(PASSWORD)
    again.sign_in_button.click()
    qtbot.waitUntil(
        lambda: again.credentials is not None and again.credentials.token != first.token,
        timeout=WAIT_MS,
    )
    creds = again.credentials
    assert creds is not None and creds.ca_pem == first.ca_pem
    report = sync(
        store, server_url=creds.server_url, token=creds.token, transport=transport_for(creds)
    )
    assert tls_server.study_id in report.studies
    assert len(boxes) == 1
