"""Notices when the team server becomes reachable, without ever blocking the GUI thread.

Two sources: Qt's network information (the system says the laptop went on or off line, and
whether the link is metered) and a cheap health probe (``GET /api/v1/health``) that runs on the
worker pool. Failed probes back off exponentially with jitter (5 s → 5 min by default); a
reachable server is checked again every ``recheck_s`` (±20 %); the system saying the network came
back probes within ``network_back_spread_s`` (a random moment: the laptops of a site whose link
just came up spread out instead of reaching the server in the same second). Without a
network-information backend (a minimal or headless system) the probe alone decides.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation
from shiboken6 import isValid

from fieldkit.sync.reachability import PROBE_TIMEOUT_S, Backoff, check_server
from fieldkit.sync.transport import Transport
from fieldkit.ui.worker import TaskControl, run_task

_Reach = QNetworkInformation.Reachability
RECHECK_JITTER = 0.2


class ServerMonitor(QObject):
    online = Signal()  # the server answered a probe (again every recheck_s while it does)
    offline = Signal(str)  # why, in words a researcher understands

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        initial_s: float = 5.0,
        maximum_s: float = 300.0,
        recheck_s: float = 300.0,
        network_back_spread_s: float = 10.0,
        probe_timeout_s: float = PROBE_TIMEOUT_S,
        use_network_information: bool = True,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.rng = rng or random.Random()
        self.backoff = Backoff(initial_s=initial_s, maximum_s=maximum_s, rng=self.rng)
        self.recheck_s = recheck_s
        self.network_back_spread_s = network_back_spread_s
        self.probe_timeout_s = probe_timeout_s
        self.server_url: str | None = None
        self.transport: Transport | None = None  # the account's link settings (its CA)
        self.reachable: bool | None = None  # None: not known yet
        self.last_delay_s: float | None = None  # the wait before the next probe
        self.probes = 0
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe_now)
        self.network = _load_network_information() if use_network_information else None
        if self.network is not None:
            self.network.reachabilityChanged.connect(self._on_reachability)

    # --- what the controller calls ---------------------------------------------------------

    def set_server(self, server_url: str | None, *, transport: Transport | None = None) -> None:
        """Watch this server (None: signed out, stop probing) through ``transport``."""
        self.server_url = server_url
        self.transport = transport
        self.reachable = None
        self.backoff.reset()
        self._timer.stop()
        if server_url is not None:
            self.probe_now()

    def probe_now(self) -> None:
        if self.server_url is None or self._probing:
            return
        self._timer.stop()
        self._probing = True
        self.probes += 1
        url, timeout, transport = self.server_url, self.probe_timeout_s, self.transport

        def probe(_control: TaskControl) -> int:
            return check_server(url, timeout_s=timeout, transport=transport)

        run_task(
            probe,
            on_done=lambda _ms: self._after_probe(url, None),
            on_failed=lambda exc: self._after_probe(url, exc),
        )

    def note_unreachable(self, reason: str) -> None:
        """A sync could not reach the server: count it as a failed probe."""
        self._failed(reason)

    def note_reachable(self) -> None:
        """A sync just talked to the server: as good as a probe."""
        self._succeeded(emit=False)

    def is_metered(self) -> bool:
        return self.network is not None and bool(self.network.isMetered())

    def stop(self) -> None:
        self.server_url = None
        self._timer.stop()

    # --- internals -------------------------------------------------------------------------

    def _after_probe(self, url: str, exc: BaseException | None) -> None:
        if not isValid(self):
            return  # the window closed while the probe ran
        self._probing = False
        if url != self.server_url:
            return  # signed out or moved to another server meanwhile
        if exc is None:
            self._succeeded(emit=True)
        else:
            from fieldkit.ui.worker import error_text

            self._failed(error_text(exc))

    def _succeeded(self, *, emit: bool) -> None:
        was = self.reachable
        self.reachable = True
        self.backoff.reset()
        # ±20 %: laptops that came online together (a site's link coming up) drift apart
        self._schedule(self.recheck_s * self.rng.uniform(1 - RECHECK_JITTER, 1 + RECHECK_JITTER))
        if emit or was is not True:
            self.online.emit()

    def _failed(self, reason: str) -> None:
        self.reachable = False
        if self.server_url is not None:
            self._schedule(self.backoff.next_delay())
        self.offline.emit(reason)

    def _schedule(self, seconds: float) -> None:
        self.last_delay_s = seconds
        self._timer.start(max(1, int(seconds * 1000)))

    def _on_reachability(self, reachability: _Reach) -> None:
        if self.server_url is None:
            return
        if reachability == _Reach.Disconnected:
            self._failed(self.tr("this computer has no network connection"))
        elif reachability in (_Reach.Online, _Reach.Site, _Reach.Local):
            # The system says the network is back: try within a few seconds, at a random moment,
            # so that the laptops of a field site whose link just came up do not all sync at once.
            self.backoff.reset()
            self._schedule(self.rng.uniform(0, self.network_back_spread_s))


def _load_network_information() -> QNetworkInformation | None:
    """Qt's network information, or None when no backend loads (then the probe decides)."""
    try:
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return None
    except RuntimeError:
        return None
    return QNetworkInformation.instance()


__all__ = ["ServerMonitor"]
