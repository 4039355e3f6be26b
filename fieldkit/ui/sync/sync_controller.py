"""Sync in the desktop app: the Sync menu, the status bar, automatic sync.

The controller owns the sync part of the status bar, the server monitor (reachability) and the
sync task. Every database read and network call runs off the GUI thread through ``run_task``.

Automatic sync (when the user allowed it and is signed in) starts when:
- the server becomes reachable, and every ``recheck_s`` while it stays so (a sync with nothing
  to do is one request);
- local edits have settled: the local status, polled every ``poll_ms``, shows new changes and
  none came for ``settle_s``.
A manual "Sync now" reports errors in a message; an automatic one only in the status bar.

At the app's start (``start_later=True``) only the status bar and the menu actions are built
with the window; the server monitor, the status poll and reading the account start when the
main window calls :meth:`SyncController.start` after its first paints, and the sync client
itself is imported when the first sync runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox
from shiboken6 import isValid

from fieldkit.errors import AuthenticationError, ServerUnreachableError
from fieldkit.storage.db import Store
from fieldkit.sync.credentials import Credentials, keep_new_token, load_credentials
from fieldkit.sync.local_status import LocalSyncStatus, local_sync_status
from fieldkit.sync.preferences import SyncPreferences, load_preferences, save_preferences
from fieldkit.ui.changes import Changes
from fieldkit.ui.messages import say
from fieldkit.ui.operations import operations_for
from fieldkit.ui.sync import sync_status as st
from fieldkit.ui.sync.sync_status import SyncStatusBar
from fieldkit.ui.worker import Cancelled, TaskControl, error_text, run_task, show_error

if TYPE_CHECKING:  # imported when first used: not on the app's start-up path
    from fieldkit.sync.client import SyncReport
    from fieldkit.ui.sync.server_monitor import ServerMonitor

# Timings (tests shorten them): status poll, quiet time after edits before an automatic sync,
# probe backoff from/to, and how often a reachable server is checked (and synced) again.
POLL_MS = 5000
SETTLE_S = 20.0
PROBE_INITIAL_S = 5.0
PROBE_MAX_S = 300.0
RECHECK_S = 300.0


class SyncController(QObject):
    synced = Signal(object)  # SyncReport, after a successful sync
    status_loaded = Signal(object)  # LocalSyncStatus, after every status refresh
    progressed = Signal(object)  # SyncReport so far, from the sync thread after each round

    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        *,
        use_network_information: bool = True,
        start_later: bool = False,
    ) -> None:
        """``start_later``: only the status bar and actions now; the owner calls :meth:`start`
        (the main window does, once it shows its data)."""
        super().__init__(window)
        self.window = window
        self.store = store
        self.ops = operations_for(window, store)  # a pull is announced like any other change
        self.credentials: Credentials | None = None
        self.preferences = SyncPreferences()
        self.local = LocalSyncStatus(pending=0, last_sync_ms=None, conflicts=0, last_seq=0)
        self.last_error = ""
        self.syncs = 0  # started, manual or automatic
        self.needs_sign_in = False  # the server refused the token: ask, no automatic syncs
        self._task: TaskControl | None = None
        self._status_loading = False
        self._status_again = False  # asked for while a load ran: load once more after it
        self._seen_seq: int | None = None
        self._use_network_information = use_network_information
        self._monitor: ServerMonitor | None = None
        self._started = self._stopped = False
        self.status_bar = SyncStatusBar()  # on screen with the window's first paint
        window.statusBar().addPermanentWidget(self.status_bar)
        self.status_bar.conflicts_clicked.connect(self.open_conflicts)
        self.status_bar.set_aside_clicked.connect(self.open_set_aside)
        self.status_bar.cancel_clicked.connect(self.cancel)
        self.progressed.connect(self._on_progress)
        self.settle_s = SETTLE_S
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._on_settled)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh_status)
        self.sync_action = QAction(self.tr("Sync &now"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.triggered.connect(lambda: self.sync_now(manual=True))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)
        window.installEventFilter(self)  # the window closing stops probing and polling
        if not start_later:
            self.start()

    @property
    def monitor(self) -> ServerMonitor:
        """The server's reachability (built, with Qt Network, when first needed)."""
        if self._monitor is None:
            from fieldkit.ui.sync.server_monitor import ServerMonitor

            self._monitor = ServerMonitor(
                self,
                initial_s=PROBE_INITIAL_S,
                maximum_s=PROBE_MAX_S,
                recheck_s=RECHECK_S,
                use_network_information=self._use_network_information,
            )
            self._monitor.online.connect(self._on_online)
            self._monitor.offline.connect(self._on_offline)
        return self._monitor

    def start(self) -> None:
        """Poll the local status, read the account and watch the server (once)."""
        if self._started or self._stopped or not isValid(self):
            return  # already running, or the window closed before its first paint
        self._started = True
        self.monitor  # noqa: B018  (built now: the probes start with the account)
        self._poll.start()
        self._load_account()

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.sync_action)
        menu.addAction(self.conflicts_action)
        menu.addSeparator()
        menu.addAction(self.settings_action)

    # --- account and preferences ---------------------------------------------------------

    def _load_account(self) -> None:
        store = self.store

        def load(_control: TaskControl) -> tuple[Credentials | None, SyncPreferences]:
            try:
                credentials: Credentials | None = load_credentials(store.data_dir)
            except Exception:
                credentials = None  # not signed in (a damaged file: sign in again)
            with store.read() as session:
                return credentials, load_preferences(session)

        self._run(load, self._account_loaded, self._background_failed)

    def _account_loaded(self, loaded: tuple[Credentials | None, SyncPreferences]) -> None:
        self.credentials, self.preferences = loaded
        self._watch()

    def _watch(self) -> None:
        if self.credentials is None:
            self.monitor.set_server(None)
            self._show_state(st.NOT_SIGNED_IN)
        else:
            from fieldkit.sync.transport import transport_for

            transport = transport_for(self.credentials, timeout_s=self.monitor.probe_timeout_s)
            self._show_state(st.CHECKING, self.credentials.server_url)
            self.monitor.set_server(self.credentials.server_url, transport=transport)

    def open_settings(self) -> None:
        from fieldkit.ui.sync.sync_settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.store, self.credentials, self.preferences, self.window)
        dialog.signed_in.connect(self._on_signed_in)
        dialog.signed_out.connect(self._on_signed_out)
        dialog.preferences_chosen.connect(self.set_preferences)
        self.settings_dialog = dialog
        dialog.open()

    def _on_signed_in(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self.needs_sign_in = False
        self._watch()

    def _on_signed_out(self) -> None:
        self.credentials = None
        self.cancel()
        self._watch()

    def set_preferences(self, preferences: SyncPreferences) -> None:
        store = self.store
        self.preferences = preferences

        def save(_control: TaskControl) -> None:
            with store.write() as session:
                save_preferences(session, preferences)

        self._run(save, lambda _r: self._after_preferences(), self._manual_failed)

    def _after_preferences(self) -> None:
        if self.preferences.auto_sync and self.monitor.reachable:
            self.sync_now(manual=False)

    # --- status --------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Re-read pending changes, last sync and conflicts (off the GUI thread)."""
        if self._status_loading:
            self._status_again = True  # that load may have started before the latest change
            return
        self._status_loading = True
        store = self.store

        def load(_control: TaskControl) -> LocalSyncStatus:
            with store.read() as session:
                return local_sync_status(session)

        self._run(load, self._status_loaded, self._status_failed)

    def _status_loaded(self, status: LocalSyncStatus) -> None:
        self._status_done()
        self.local = status
        self.status_bar.show_local(status)
        if self._seen_seq is not None and status.last_seq != self._seen_seq:
            self._settle.start(int(self.settle_s * 1000))  # new local edits: wait till they settle
        self._seen_seq = status.last_seq
        self.status_loaded.emit(status)

    def _status_failed(self, exc: BaseException) -> None:
        self._status_done()
        self.status_bar.pending_label.setText(self.tr("Sync status unavailable"))
        self.status_bar.pending_label.setToolTip(error_text(exc))

    def _status_done(self) -> None:
        self._status_loading = False
        if self._status_again:
            self._status_again = False
            QTimer.singleShot(0, self, self.refresh_status)

    def _show_state(self, state: str, detail: str = "") -> None:
        if self._task is not None and state != st.SYNCING:
            return  # the sync's own end decides what comes next
        self.status_bar.show_state(state, detail)

    # --- automatic sync ------------------------------------------------------------------

    def _on_online(self) -> None:
        if self.credentials is None:
            return
        self._show_state(st.ONLINE, self.credentials.server_url)
        if self.preferences.auto_sync:
            self.sync_now(manual=False)

    def _on_offline(self, reason: str) -> None:
        if self.credentials is not None:
            self._show_state(st.OFFLINE, reason)

    def _on_settled(self) -> None:
        if not self.preferences.auto_sync or self.credentials is None or self.local.pending == 0:
            return
        if self.monitor.reachable:
            self.sync_now(manual=False)
        else:
            self.monitor.probe_now()  # a success syncs (see _on_online)

    # --- sync ----------------------------------------------------------------------------

    def syncing(self) -> bool:
        return self._task is not None

    def sync_now(self, *, manual: bool = True) -> None:
        if self._task is not None:
            return
        credentials = self.credentials
        if credentials is None or (self.needs_sign_in and not manual):
            if manual:
                self.open_settings()
            return  # no automatic sync with a token the server refused: it asks to sign in
        from fieldkit.sync.client import SyncReport
        from fieldkit.sync.client import sync as run_sync
        from fieldkit.sync.transport import transport_for

        transport = transport_for(credentials)

        store, progress = self.store, self.progressed
        metered = self.monitor.is_metered()  # with the data saver on, files wait

        def work(control: TaskControl) -> SyncReport:
            def report(so_far: SyncReport) -> None:
                progress.emit(dataclasses.replace(so_far))
                if control.cancelled():
                    raise Cancelled("sync cancelled")

            return run_sync(
                store,
                server_url=credentials.server_url,
                token=credentials.token,
                progress=report,
                metered=metered,
                transport=transport,
                on_new_token=keep_token,
            )

        def keep_token(token: str) -> None:
            # A copied or restored folder's new identity: saved before it is taken, and used
            # by the next sync (a plain attribute, read on the GUI thread later).
            keep_new_token(store.data_dir, credentials)(token)
            self.credentials = dataclasses.replace(credentials, token=token)

        self.syncs += 1
        self._settle.stop()
        self.status_bar.show_state(st.SYNCING, credentials.server_url)
        self.status_bar.show_progress(SyncReport())
        self._task = self._run(
            work,
            self._synced,
            lambda exc: self._sync_failed(exc, manual=manual),
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status_bar.cancel_button.setEnabled(False)

    def _on_progress(self, report: SyncReport) -> None:
        if self._task is not None:
            self.status_bar.show_progress(report)

    def _synced(self, report: SyncReport) -> None:
        self._task = None
        self.last_error = ""
        self.status_bar.show_progress(None)
        self.monitor.note_reachable()
        self._show_state(st.ONLINE, self.credentials.server_url if self.credentials else "")
        message = (
            self.tr("Synced: sent %1, received %2, %3 new conflicts")
            .replace("%1", str(report.pushed))
            .replace("%2", str(report.pulled))
            .replace("%3", str(report.conflicts))
        )
        if report.set_aside:
            message += self.tr(" · %n change(s) set aside", "", report.set_aside)
        if report.refused:
            message += self.tr(" · %n of your change(s) refused by the server", "", report.refused)
        if report.media.held:
            message += self.tr(" · data saver: files wait for an unmetered connection")
        elif report.media.problems:
            message += " · " + "; ".join(say(p) for p in report.media.problems[:2])
        self.window.statusBar().showMessage(message, 10000)
        if report.erased_edits:  # edits made before a participant's erasure arrived
            self._tell_erased(report.erased_edits)
        self.refresh_status()
        if report.pulled:
            self.ops.announce(Changes.all())  # rows from the team: any view may show them
        view = getattr(self, "conflicts_view", None)
        if report.conflicts and view is not None and isValid(view) and view.isVisible():
            view.reload()  # new conflicts appear in the open view
        self.synced.emit(report)

    def _tell_erased(self, lines: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Erased words removed"), "", parent=self.window
        )
        box.setText(
            self.tr(
                "Some of your edits held words of a participant who withdrew consent and whose "
                "material was erased on every laptop. Those words were removed; the rest of "
                "your edits was kept."
            )
        )
        box.setDetailedText("\n".join(lines))
        box.setAccessibleName(self.tr("Erased words removed"))
        box.open()

    def _sync_failed(self, exc: BaseException, *, manual: bool) -> None:
        self._task = None
        self.status_bar.show_progress(None)
        self.refresh_status()
        if isinstance(exc, Cancelled):
            self._show_state(st.ONLINE if self.monitor.reachable else st.OFFLINE)
            self.window.statusBar().showMessage(self.tr("Sync cancelled"), 5000)
            return
        self.last_error = error_text(exc)
        if isinstance(exc, AuthenticationError):
            self._ask_to_sign_in_again(manual=manual)
            return
        if isinstance(exc, ServerUnreachableError):
            self._show_state(st.OFFLINE, self.last_error)
            self.monitor.note_unreachable(self.last_error)
        else:
            self._show_state(st.FAILED, self.last_error)
        if manual:
            show_error(self.window, self.tr("Sync did not finish"), exc)

    def _ask_to_sign_in_again(self, *, manual: bool) -> None:
        """The server refused this laptop's token (revoked, expired, account changed).

        Nothing unsynced is lost: it stays in the outbox and goes with the next sync after
        signing in. Automatic syncs wait until then; a manual sync opens the settings.
        """
        self.needs_sign_in = True
        self._show_state(st.SIGN_IN_AGAIN, self.last_error)
        self.window.statusBar().showMessage(
            self.tr(
                "The server no longer accepts this laptop's sign-in: sign in again "
                "(Sync → Settings). Nothing waiting to sync is lost."
            ),
            15000,
        )
        if manual:
            self.open_settings()

    # --- conflicts -----------------------------------------------------------------------

    def open_conflicts(self) -> None:
        from fieldkit.ui.sync.conflicts_view import ConflictsView

        view = getattr(self, "conflicts_view", None)
        if view is not None and isValid(view) and view.isVisible():
            view.reload()
            view.raise_()
            view.activateWindow()
            return
        view = ConflictsView(self.store, self.window)
        self.conflicts_view = view
        view.show()

    def open_set_aside(self) -> None:
        from fieldkit.ui.sync.set_aside_view import SetAsideView

        view = getattr(self, "set_aside_view", None)
        if view is not None and isValid(view) and view.isVisible():
            view.reload()
            view.raise_()
            view.activateWindow()
            return
        view = SetAsideView(self.store, self.window)
        self.set_aside_view = view
        view.show()

    # --- plumbing ------------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> TaskControl:
        """``run_task`` whose callbacks do nothing once the window is gone."""

        def done(result: Any) -> None:
            if isValid(self):
                on_done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                on_failed(exc)

        return run_task(fn, on_done=done, on_failed=failed)

    def _background_failed(self, exc: BaseException) -> None:
        self.status_bar.show_state(st.FAILED, error_text(exc))

    def _manual_failed(self, exc: BaseException) -> None:
        show_error(self.window, self.tr("Cannot save the sync settings"), exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        elif watched is self.window and event.type() == QEvent.Type.Show and self._started:
            self._poll.start()
            if self.credentials is not None and self.monitor.server_url is None:
                self._watch()
        return False

    def _on_quit(self) -> None:
        if not isValid(self):
            return
        running = self._task is not None
        self.stop()
        if running:  # let the sync end its round before the store closes
            QThreadPool.globalInstance().waitForDone(15_000)

    def stop(self) -> None:
        """Stop probing and polling, and ask a running sync to stop after its current round."""
        self._stopped = not self._started  # closed before it started: it never starts
        self._poll.stop()
        self._settle.stop()
        if self._monitor is not None:
            self._monitor.stop()
        if self._task is not None:
            self._task.cancel()


__all__ = ["SyncController"]
