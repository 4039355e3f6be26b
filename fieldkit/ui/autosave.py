"""The editor's save queue: every write of the open record, one at a time, off the GUI thread.

Text saves and coding changes go through one queue, in the order they were asked for, so a
coding placed on the text as the researcher sees it is written after that text is saved. Only
one job runs at a time (two saves never overlap). A text save that has not started yet is
replaced by a newer one for the same record (the newest text wins; typing 200 characters does
not queue 200 saves). Each job runs through :func:`fieldkit.ui.worker.run_task`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer, Signal
from shiboken6 import isValid

from fieldkit.storage.codings import record_text
from fieldkit.storage.db import Store
from fieldkit.storage.editing import CodingView, load_codings
from fieldkit.storage.lookup import CODABLE, find_record
from fieldkit.storage.text_edits import set_text
from fieldkit.ui.worker import TaskControl, run_task

# A job runs in a write transaction and may return anything; its result goes to on_done.
Job = Callable[[Any], Any]


@dataclass(frozen=True)
class Saved:
    """What a job left in the database: the record's text and codings after it."""

    record_id: str
    text: str
    codings: tuple[CodingView, ...]
    result: Any = None


@dataclass
class _Entry:
    record_id: str
    job: Job | None  # None: a text save
    text: str = ""
    on_done: Callable[[Saved], None] | None = None
    on_failed: Callable[[BaseException], None] | None = None


class SaveQueue(QObject):
    saved = Signal(object)  # Saved, after every successful job
    failed = Signal(object, bool)  # the exception, and whether it was a text save

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pending: list[_Entry] = []
        self._running: _Entry | None = None

    def busy(self) -> bool:
        return self._running is not None or bool(self._pending)

    def save_text(self, record_id: str, text: str) -> None:
        last = self._pending[-1] if self._pending else None
        if last is not None and last.job is None and last.record_id == record_id:
            last.text = text  # not started yet: the newest text wins
        else:
            self._pending.append(_Entry(record_id, None, text))
        self._next()

    def run(
        self,
        record_id: str,
        job: Job,
        *,
        on_done: Callable[[Saved], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``job(session)`` in a write transaction after everything queued before it."""
        self._pending.append(_Entry(record_id, job, on_done=on_done, on_failed=on_failed))
        self._next()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every queued job has finished (used when the window closes)."""
        clock = QElapsedTimer()
        clock.start()
        loop = QEventLoop()
        while self.busy() and clock.elapsed() < timeout_ms:
            QTimer.singleShot(10, loop.quit)
            loop.exec()
        return not self.busy()

    def _next(self) -> None:
        if self._running is not None or not self._pending:
            return
        entry = self._running = self._pending.pop(0)
        store = self.store

        def work(_control: TaskControl) -> Saved:
            with store.write() as session:
                if entry.job is None:
                    set_text(session, record_id=entry.record_id, text=entry.text)
                    result = None
                else:
                    result = entry.job(session)
                text = record_text(find_record(session, entry.record_id, kinds=CODABLE))
                codings = load_codings(session, record_id=entry.record_id)
                return Saved(entry.record_id, text, codings, result)

        run_task(work, on_done=lambda saved: self._done(entry, saved), on_failed=self._fail(entry))

    def _fail(self, entry: _Entry) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            self._running = None
            if not isValid(self):  # the editor went away while the job ran
                return
            if entry.on_failed is not None:
                entry.on_failed(exc)
            self.failed.emit(exc, entry.job is None)
            self._next()

        return failed

    def _done(self, entry: _Entry, saved: Saved) -> None:
        self._running = None
        if not isValid(self):  # the editor went away while the job ran (the job itself is saved)
            return
        if entry.on_done is not None:
            entry.on_done(saved)
        self.saved.emit(saved)
        self._next()
