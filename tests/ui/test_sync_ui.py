"""Sync in the desktop app: real widgets (offscreen), a real loopback server, real data folders.

The ``server`` and ``laptop`` fixtures come from tests/sync/conftest.py (see tests/ui/conftest.py).
"""

from __future__ import annotations

import io
import itertools
import random
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("uvicorn")  # the server extra: a real server on loopback

import uvicorn
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QMessageBox
from sqlmodel import col, select

from fieldkit.errors import AuthenticationError
from fieldkit.storage import records
from fieldkit.storage.changes import CLOCK_OFFSET_KEY
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, LocalState
from fieldkit.sync import media
from fieldkit.sync.account import sign_in
from fieldkit.sync.client import SyncReport, sync
from fieldkit.sync.credentials import Credentials, credentials_path, save_credentials
from fieldkit.sync.preferences import SyncPreferences, save_preferences
from fieldkit.sync.server.app import create_app
from fieldkit.sync.server.cli import main as server_main
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.sync import sync_controller
from fieldkit.ui.sync.server_monitor import ServerMonitor
from tests.sync.conftest import PASSWORD, OpenLaptop, Server, _free_port

# The status bar's counts are %n strings: read them in English as the app shows them.
pytestmark = pytest.mark.usefixtures("english_plurals")

SHOTS = Path("/tmp")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# Waits for the app to show what it did (background tasks, the in-process server): generous,
# as on a loaded 2-core CI machine they take many times longer than on a quiet laptop. The
# conditions themselves are exact.
WAIT_MS = 20_000


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short timings so automatic behaviour shows within a test."""
    monkeypatch.setattr(sync_controller, "POLL_MS", 150)
    monkeypatch.setattr(sync_controller, "SETTLE_S", 0.3)
    monkeypatch.setattr(sync_controller, "PROBE_INITIAL_S", 0.2)
    monkeypatch.setattr(sync_controller, "PROBE_MAX_S", 0.8)
    monkeypatch.setattr(sync_controller, "RECHECK_S", 60.0)


@pytest.fixture(autouse=True)
def shown(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[list[tuple[str, str]]]:
    """Message boxes recorded (title, text) instead of blocking the test in a modal loop.

    A test that does not ask for ``messages`` expects none.
    """
    boxes: list[tuple[str, str]] = []

    def box(_parent: Any, title: str, text: str, *_a: Any) -> Any:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "critical", box)
    yield boxes
    if boxes and "messages" not in request.fixturenames:
        pytest.fail(f"unexpected messages: {boxes}")


@pytest.fixture
def messages(shown: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return shown


def _window(qtbot: Any, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _case(store: Store, title: str) -> Case | None:
    with store.read() as s:
        found = s.execute(select(Case).where(col(Case.title) == title)).scalars().first()
        s.expunge_all()
        return found


def _clock_offset(store: Store) -> int:
    with store.read() as s:
        state = s.get(LocalState, CLOCK_OFFSET_KEY)
        return int(state.value) if state is not None else 0


# --- settings → sign in → sync now ----------------------------------------------------------


def test_sign_in_in_settings_then_sync_now_pushes_and_the_status_bar_says_so(
    server: Server, laptop: OpenLaptop, store: Store, qtbot: Any, fast: None
) -> None:
    window = _window(qtbot, store)
    bar = window.sync.status_bar
    assert "not signed in" in bar.state_label.text()
    window.sync.settings_action.trigger()
    dialog = window.sync.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert not dialog.sign_out_button.isEnabled()
    dialog.server_edit.setText(server.url + "/")
    dialog.user_edit.setText("alice")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.credentials is not None, timeout=15000)
    assert dialog.password_edit.text() == ""  # used once, not kept in the widget
    assert "Signed in as alice" in dialog.account_label.text()
    assert dialog.sign_out_button.isEnabled()
    saved = credentials_path(store.data_dir).read_text()
    assert PASSWORD not in saved and '"alice"' in saved
    dialog.grab().save(str(SHOTS / "sync_settings.png"))
    qtbot.waitUntil(lambda: bar.state_label.text() == "Online", timeout=10000)
    dialog.data_saver_check.setChecked(True)
    dialog.accept()  # automatic sync stays off
    assert window.sync.preferences == SyncPreferences(auto_sync=False, data_saver=True)
    qtbot.waitUntil(lambda: media.data_saver(store))  # saved where the media sync reads it

    with qtbot.waitSignal(window.sync.synced, timeout=30000) as first:
        window.sync.sync_action.trigger()
    assert first.args[0].pulled > 20  # the team's study and its codebook
    study = window.nav_model.item(0)
    assert study is not None and study.text().startswith("Learning ecosystems")
    qtbot.waitUntil(lambda: bar.last_label.text().startswith("Last sync"), timeout=WAIT_MS)

    with store.write() as s:
        records.create_case(s, study_id=server.study_id, title="Pushed from the app")
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: bar.pending_label.text() == "1 change not yet synced", timeout=WAIT_MS)
    rounds: list[SyncReport] = []
    window.sync.progressed.connect(rounds.append)
    window.activateWindow()
    window.navigator.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(window.sync.synced, timeout=30000) as second:
        qtbot.keyClick(window.navigator, Qt.Key.Key_Y, CTRL_SHIFT)  # Sync now
    assert second.args[0].pushed == 1
    assert rounds and rounds[-1].requests >= 1
    qtbot.waitUntil(lambda: bar.pending_label.text() == "Nothing waiting to sync", timeout=WAIT_MS)
    assert bar.state_label.text() == "Online"
    assert bar.progress.isHidden() and bar.cancel_button.isHidden()
    assert bar.last_label.text().startswith("Last sync")
    assert "No conflicts" in bar.text()
    # The record really is on the server: another laptop pulls it.
    bob = laptop("bob")
    sync(bob.store, server_url=bob.url, token=bob.token)
    assert _case(bob.store, "Pushed from the app") is not None

    # Sign out: the token is revoked and forgotten; the bar says so.
    window.sync.open_settings()
    dialog = window.sync.settings_dialog
    assert dialog.data_saver_check.isChecked() and not dialog.auto_check.isChecked()
    token = window.sync.credentials.token if window.sync.credentials else ""
    qtbot.mouseClick(dialog.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.credentials is None, timeout=10000)
    assert not credentials_path(store.data_dir).exists()
    assert "Not signed in" in dialog.account_label.text()
    assert "not signed in" in bar.state_label.text()
    with pytest.raises(AuthenticationError):
        sync(store, server_url=server.url, token=token)
    dialog.reject()


# --- offline, backoff, back online, automatic sync ------------------------------------------


class LoopbackServer:
    """A team server on a fixed loopback port that a test can stop and start again."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.data_dir, self.port = data_dir, port
        self.url = f"http://127.0.0.1:{port}"
        self._uv: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        app = create_app(None, self.data_dir)
        self._uv = uvicorn.Server(
            uvicorn.Config(
                app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
            )
        )
        self._thread = threading.Thread(target=self._uv.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._uv.started:
            assert time.monotonic() < deadline and self._thread.is_alive(), "no server"
            time.sleep(0.02)

    def stop(self) -> None:
        if self._uv is not None and self._thread is not None:
            self._uv.should_exit = True
            self._thread.join(timeout=10)
            self._uv = None


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[tuple[LoopbackServer, str]]:
    data_dir = tmp_path / "own-server"
    out, err = io.StringIO(), io.StringIO()
    assert server_main(["--data-dir", str(data_dir), "init"], out=out, err=err) == 0
    assert server_main(["--data-dir", str(data_dir), "study", "create", "Pilot"], out=out) == 0
    study_id = out.getvalue().strip()
    args = ["--data-dir", str(data_dir), "user", "add", "amina"]
    assert server_main(args, stdin=io.StringIO(PASSWORD + "\n"), err=err) == 0
    args = ["--data-dir", str(data_dir), "member", "add", study_id, "amina", "--role", "lead"]
    assert server_main(args, err=err) == 0
    running = LoopbackServer(data_dir, _free_port())
    running.start()
    yield running, study_id
    running.stop()


def test_offline_backs_off_then_syncs_by_itself_when_the_server_returns(
    own_server: tuple[LoopbackServer, str], store: Store, qtbot: Any, fast: None
) -> None:
    srv, study_id = own_server
    creds = sign_in(store, server_url=srv.url, user="amina", password=PASSWORD)
    sync(store, server_url=creds.server_url, token=creds.token)
    with store.write() as s:
        save_preferences(s, SyncPreferences(auto_sync=True))
        records.create_case(s, study_id=study_id, title="Written offline")
    srv.stop()

    window = _window(qtbot, store)
    bar, monitor = window.sync.status_bar, window.sync.monitor
    delays: list[float] = []
    monitor.offline.connect(lambda _reason: delays.append(monitor.last_delay_s or 0.0))
    qtbot.waitUntil(lambda: len(delays) >= 4, timeout=10000)
    assert bar.state_label.text() == "Offline"
    assert "did not answer" in bar.state_label.toolTip()
    qtbot.waitUntil(lambda: bar.pending_label.text() == "1 change not yet synced", timeout=WAIT_MS)
    assert delays[0] < delays[1] < delays[2]  # exponential backoff (0.2 s, 0.4 s, 0.8 s ± 20%)
    assert max(delays) <= 0.8
    assert window.sync.syncs == 0  # nothing attempted while the server is away

    srv.start()
    with qtbot.waitSignal(window.sync.synced, timeout=15000) as blocker:
        pass
    assert blocker.args[0].pushed == 1
    qtbot.waitUntil(lambda: bar.pending_label.text() == "Nothing waiting to sync", timeout=WAIT_MS)
    assert bar.state_label.text() == "Online"
    assert bar.last_label.text().startswith("Last sync")

    # A local edit, once edits settle, is synced on its own too.
    with store.write() as s:
        records.create_case(s, study_id=study_id, title="Edited while online")
    with qtbot.waitSignal(window.sync.synced, timeout=15000) as again:
        pass
    assert again.args[0].pushed == 1


def test_a_probe_that_hangs_never_blocks_the_gui_thread(qtbot: Any) -> None:
    """A server that accepts the connection and never answers (a dead 2G link)."""
    with socket.socket() as hole:
        hole.bind(("127.0.0.1", 0))
        hole.listen(8)
        url = f"http://127.0.0.1:{hole.getsockname()[1]}"
        monitor = ServerMonitor(
            initial_s=5, maximum_s=5, probe_timeout_s=1.0, use_network_information=False
        )
        ticks: list[int] = []
        clock = QElapsedTimer()
        clock.start()
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
        timer.start(10)
        with qtbot.waitSignal(monitor.offline, timeout=8000) as blocker:
            monitor.set_server(url)
        timer.stop()
        monitor.stop()
    assert "took too long to answer" in blocker.args[0]
    assert clock.elapsed() >= 900  # the probe waited for its timeout…
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    # …while the GUI thread kept running: a probe on it would stop the ticks for its whole
    # timeout (1 s); a loaded machine alone delays a tick by a few hundred ms at most.
    assert len(ticks) > 20 and max(gaps) < 500


# --- conflicts --------------------------------------------------------------------------------


def test_a_conflict_between_two_laptops_is_resolved_in_the_view_and_syncs(
    server: Server, laptop: OpenLaptop, qtbot: Any, fast: None
) -> None:
    a, b = laptop("alice"), laptop("bob")
    sync(a.store, server_url=a.url, token=a.token)
    with a.store.write() as s:
        case = records.create_case(
            s, study_id=server.study_id, title="Hill school", region="Central"
        )
        case_id = case.id
    sync(a.store, server_url=a.url, token=a.token)
    sync(b.store, server_url=b.url, token=b.token)
    with a.store.write() as s:
        records.update_fields(
            s, s.get(Case, case_id), {"title": "Hill school (Alice)", "region": "North"}
        )
    # Bob's edit is the later one: it wins, Alice's values are set aside. Each laptop stamps
    # with this machine's clock plus the offset it measured at its last sync, which is off by
    # up to half a round trip (tens of ms on a loaded machine): wait out their difference too.
    time.sleep(0.01 + max(0, _clock_offset(a.store) - _clock_offset(b.store)) / 1000)
    with b.store.write() as s:
        records.update_fields(
            s, s.get(Case, case_id), {"title": "Hill school (Bob)", "region": "East"}
        )
    sync(b.store, server_url=b.url, token=b.token)
    assert sync(a.store, server_url=a.url, token=a.token).conflicts == 2
    save_credentials(a.store.data_dir, Credentials(a.url, "alice", a.token))

    window = _window(qtbot, a.store)
    bar = window.sync.status_bar
    qtbot.waitUntil(lambda: bar.conflicts_button.text() == "⚠ 2 conflicts", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bar.state_label.text() == "Online", timeout=WAIT_MS)
    window.statusBar().grab().save(str(SHOTS / "sync_status_bar.png"))
    qtbot.mouseClick(bar.conflicts_button, Qt.MouseButton.LeftButton)
    view = window.sync.conflicts_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=WAIT_MS)
    rows = {view.table.item(r, 1).text(): r for r in range(2)}
    assert set(rows) == {"Title", "Region"}
    assert view.table.item(rows["Title"], 0).text() == "Case: Hill school (Bob)"
    view.table.setCurrentCell(rows["Title"], 0)
    assert view.current_text.toPlainText() == "Hill school (Bob)"
    assert view.other_text.toPlainText() == "Hill school (Alice)"
    assert view.other_who.text().startswith("Changed on this laptop")
    assert view.current_who.text().startswith("Changed on another laptop")
    view.resize(900, 560)
    view.grab().save(str(SHOTS / "conflicts_view.png"))

    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT_MS)
    case_now = _case(a.store, "Hill school (Alice)")
    assert case_now is not None and case_now.region == "East"

    view.table.setCurrentCell(0, 0)
    assert view.current_item() is not None and view.current_item().field == "region"
    view.merged_text.setPlainText("North and East")
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=WAIT_MS)
    assert view.empty_label.isVisible()
    qtbot.waitUntil(lambda: bar.conflicts_button.text() == "No conflicts", timeout=WAIT_MS)
    assert bar.pending_label.text() != "Nothing waiting to sync"  # the choices are edits

    with qtbot.waitSignal(window.sync.synced, timeout=30000) as blocker:
        window.sync.sync_now()
    assert blocker.args[0].pushed >= 1
    sync(b.store, server_url=b.url, token=b.token)
    on_b = _case(b.store, "Hill school (Alice)")
    assert on_b is not None and on_b.region == "North and East"


# --- errors are messages ----------------------------------------------------------------------


def test_errors_are_messages_a_researcher_understands(
    server: Server, store: Store, qtbot: Any, fast: None, messages: list[tuple[str, str]]
) -> None:
    window = _window(qtbot, store)
    window.sync.sync_now()  # not signed in: the settings open instead
    dialog = window.sync.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.server_edit.setText("server:8765")
    dialog.user_edit.setText("mallory")
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=WAIT_MS)
    assert "http://" in messages[0][1]
    dialog.server_edit.setText(server.url)
    dialog.password_edit.setText("not the password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=WAIT_MS)
    assert messages[1][0] == "Cannot sign in" and "did not accept the sign-in" in messages[1][1]
    assert "Sign-in failed" in dialog.account_label.text()
    assert dialog.credentials is None
    dialog.reject()

    dead = f"http://127.0.0.1:{_free_port()}"
    save_credentials(store.data_dir, Credentials(dead, "alice", "some-token"))
    window.sync._load_account()
    qtbot.waitUntil(lambda: window.sync.credentials is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync.status_bar.state_label.text() == "Offline", timeout=WAIT_MS)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: len(messages) == 3, timeout=10000)
    assert messages[2][0] == "Sync did not finish"
    assert "did not answer" in messages[2][1]
    assert all("Traceback" not in text and 'File "' not in text for _t, text in messages)
    assert window.sync.status_bar.state_label.text() == "Offline"


def test_the_system_saying_the_network_went_and_came_back(server: Server, qtbot: Any) -> None:
    """Qt's network information drives the monitor; its signal is simulated (no real NIC)."""
    monitor = ServerMonitor(initial_s=30, maximum_s=60, recheck_s=60, network_back_spread_s=0.5)
    with qtbot.waitSignal(monitor.online, timeout=10000):
        monitor.set_server(server.url)
    assert monitor.reachable is True and monitor.probes == 1
    assert monitor.last_delay_s is not None and 48 <= monitor.last_delay_s <= 72  # recheck ±20 %
    with qtbot.waitSignal(monitor.offline) as blocker:
        monitor._on_reachability(QNetworkInformation.Reachability.Disconnected)
    assert "no network connection" in blocker.args[0] and monitor.reachable is False
    assert monitor.last_delay_s is not None and monitor.last_delay_s >= 24  # backing off
    with qtbot.waitSignal(monitor.online, timeout=10000):  # back: probed soon, not in 30 s
        monitor._on_reachability(QNetworkInformation.Reachability.Online)
        assert monitor.last_delay_s is not None and monitor.last_delay_s <= 0.5
    assert monitor.reachable is True and monitor.probes == 2
    monitor.stop()


def test_laptops_that_come_online_together_spread_out() -> None:
    """A site's link comes up: each laptop probes at its own moment within the spread, and
    their rechecks drift apart (seeded random numbers: the same every run)."""
    delays = []
    for seed in range(20):
        monitor = ServerMonitor(recheck_s=300, network_back_spread_s=10, rng=random.Random(seed))
        monitor.server_url = "http://127.0.0.1:9"  # watched, without probing it now
        monitor._on_reachability(QNetworkInformation.Reachability.Online)
        back = monitor.last_delay_s
        monitor._timer.stop()
        monitor._succeeded(emit=False)
        delays.append((back, monitor.last_delay_s))
        monitor.stop()
    backs, rechecks = zip(*delays, strict=True)
    assert all(b is not None and 0 <= b <= 10 for b in backs)
    assert all(r is not None and 240 <= r <= 360 for r in rechecks)
    assert len({round(b or 0, 1) for b in backs}) > 10  # not all in the same second
    assert max(r or 0 for r in rechecks) - min(r or 0 for r in rechecks) > 30
