"""The editor's save queue: every write of the open record, one at a time, off the GUI thread.

Text saves and coding changes go through one queue, in the order they were asked for, so a
coding placed on the text as the researcher sees it is written after that text is saved. Only
one job runs at a time (two saves never overlap). A text save that has not started yet is
replaced by a newer one for the same record (the newest text wins; typing 200 characters does
not queue 200 saves). Each job runs through :func:`fieldkit.ui.worker.run_task`.

A text save is checked against the version of the text it was typed over (its *base*, see
:mod:`fieldkit.storage.text_saves`): the queue keeps, per record, the stamp of the text the
editor shows (:meth:`SaveQueue.expect` when it loads a text, then each text save's own stamp).
If the stored text changed underneath (a sync pulled a teammate's version), the typing is saved
all the same and the other version is kept as a conflict (``Saved.conflict_id``).

The queue is the record editor's lane of the window's operations (:mod:`fieldkit.ui.operations`):
a job run with ``changes`` announces them on the window's ``changed`` signal once it is saved,
before its ``on_done``; text saves announce the codings they moved (see ``editor_changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from fieldkit.storage.codings import record_text
from fieldkit.storage.db import Store
from fieldkit.storage.editing import CodingView, load_codings
from fieldkit.storage.lookup import CODABLE, find_record
from fieldkit.storage.text_saves import save_text_on_base, text_stamp
from fieldkit.ui.changes import Changes
from fieldkit.ui.operations import Job, operations_for
from fieldkit.ui.worker import TaskControl, run_task


@dataclass(frozen=True)
class Saved:
    """What a job left in the database: the record's text and codings after it.

    ``text_stamp``: the stamp of the record's text after the job. ``conflict_id``: a text save
    found the text changed underneath and kept that other version as this conflict.
    """

    record_id: str
    text: str
    codings: tuple[CodingView, ...]
    result: Any = None
    text_stamp: str = ""
    conflict_id: str | None = None


@dataclass
class _Entry:
    record_id: str
    job: Job | None  # None: a text save
    text: str = ""
    on_done: Callable[[Saved], None] | None = None
    on_failed: Callable[[BaseException], None] | None = None
    changes: Changes | Callable[[Saved], Changes] | None = None


class SaveQueue(QObject):
    saved = Signal(object)  # Saved, after every successful job
    failed = Signal(object, bool)  # the exception, and whether it was a text save

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pending: list[_Entry] = []
        self._running: _Entry | None = None
        self._bases: dict[str, str] = {}  # record id -> stamp of the text the editor shows

    def expect(self, record_id: str, stamp: str) -> None:
        """The editor shows ``record_id``'s text as stamped ``stamp``: later saves type over it."""
        self._bases = {record_id: stamp}  # one record at a time, like the editor

    def base(self, record_id: str) -> str | None:
        return self._bases.get(record_id)

    def text_save_pending(self, record_id: str) -> bool:
        """A text save of ``record_id`` is queued or running (its typing is not stored yet)."""
        entries = [*self._pending, *([self._running] if self._running else [])]
        return any(e.job is None and e.record_id == record_id for e in entries)

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
        changes: Changes | Callable[[Saved], Changes] | None = None,
    ) -> None:
        """Run ``job(session)`` in a write transaction after everything queued before it;
        then announce ``changes`` (or ``changes(saved)``) to every view."""
        entry = _Entry(record_id, job, on_done=on_done, on_failed=on_failed, changes=changes)
        self._pending.append(entry)
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

    def announce(self, changes: Changes) -> None:
        """Through the operations of the window this queue's editor is in."""
        owner = self.parent()
        widget = owner if isinstance(owner, QWidget) else None
        operations_for(widget, self.store).announce(changes)

    def _next(self) -> None:
        if self._running is not None or not self._pending:
            return
        entry = self._running = self._pending.pop(0)
        store = self.store
        base = self._bases.get(entry.record_id)  # read now: the saves before this one are done

        def work(_control: TaskControl) -> Saved:
            with store.write() as session:
                conflict_id = None
                if entry.job is None:
                    done = save_text_on_base(
                        session, record_id=entry.record_id, text=entry.text, base=base
                    )
                    result, conflict_id = None, done.conflict_id
                else:
                    result = entry.job(session)
                text = record_text(find_record(session, entry.record_id, kinds=CODABLE))
                codings = load_codings(session, record_id=entry.record_id)
                stamp = text_stamp(session, record_id=entry.record_id)
                return Saved(entry.record_id, text, codings, result, stamp, conflict_id)

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
        if entry.job is None and entry.record_id in self._bases:
            self._bases[entry.record_id] = saved.text_stamp  # the next save types over this one
        if entry.changes is not None:
            changes = entry.changes(saved) if callable(entry.changes) else entry.changes
            self.announce(changes)
        if entry.on_done is not None:
            entry.on_done(saved)
        self.saved.emit(saved)
        self._next()
