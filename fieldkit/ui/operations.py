"""The one way the UI writes: run a storage call off the GUI thread, then say what changed.

In the spirit of Anki's ``CollectionOp``: the main window owns one :class:`Operations`; every
write of the UI goes through it, and every view listens to its single ``changed(Changes)``
signal and refreshes only what it shows (see :mod:`fieldkit.ui.changes`). There is no Refresh
command and no per-widget "something changed" signal.

- :meth:`Operations.run` runs ``job(session)`` in a write transaction through
  ``worker.run_task``; on success it emits ``changed`` first (so the views are up to date), then
  calls ``on_done(result)``. ``changes`` is a :class:`Changes` or a function of the job's result.
- :meth:`Operations.runner` adapts :meth:`run` to a ``FormDialog`` (``form_dialog.Runner``).
- :meth:`Operations.announce` is for writes that keep their own order and are already off the
  GUI thread: the record editor's save queue (text, codings and their undo, tags, memos: one
  lane per record, see ``autosave.SaveQueue``) and a sync that pulled rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from fieldkit.storage.db import Store
from fieldkit.ui.changes import Changes
from fieldkit.ui.worker import TaskControl, run_task, show_error

Job = Callable[[Any], Any]  # a function of a write session, run on a worker thread
ChangesOf = Changes | Callable[[Any], Changes]
Runner = Callable[[Job, Callable[[Any], None], Callable[[BaseException], None]], None]


class Operations(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def run(
        self,
        job: Job,
        *,
        changes: ChangesOf,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        owner: QWidget | None = None,
        title: str = "",
    ) -> TaskControl:
        """Run ``job(session)`` in a write transaction off the GUI thread; announce, then report.

        With an ``owner``, ``on_done``/``on_failed`` are dropped once it is gone (the change is
        still announced: the data did change). Without ``on_failed``, errors are shown.
        """
        store = self.store

        def work(_control: TaskControl) -> Any:
            with store.write() as session:
                return job(session)

        return self.run_steps(
            work, changes=changes, on_done=on_done, on_failed=on_failed, owner=owner, title=title
        )

    def run_steps(
        self,
        work: Callable[[TaskControl], Any],
        *,
        changes: ChangesOf,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        owner: QWidget | None = None,
        title: str = "",
        show_progress: bool = False,
        on_end: Callable[[], None] | None = None,
    ) -> TaskControl:
        """:meth:`run` for work that opens its own write transactions (files staged first, one
        transaction per item, progress and Cancel): ``work(control)`` returns the result.
        ``on_end()`` runs when the work ends, even once ``owner`` is gone (``worker.run_task``)."""

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                self.announce(changes(result) if callable(changes) else changes)
            if on_done is not None and _alive(owner):
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not _alive(owner):
                return
            if on_failed is not None:
                on_failed(exc)
            else:
                show_error(owner, title, exc)

        return run_task(
            work,
            on_done=done,
            on_failed=failed,
            parent=owner if show_progress else None,
            owner=self,
            title=title,
            show_progress=show_progress,
            on_end=on_end,
        )

    def runner(self, changes: ChangesOf) -> Runner:
        """A ``FormDialog`` runner whose saves announce ``changes`` (or ``changes(result)``)."""

        def run(
            job: Job, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]
        ) -> None:
            self.run(job, changes=changes, on_done=on_done, on_failed=on_failed)

        return run

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (nothing is emitted for an empty change)."""
        if changes:
            self.changed.emit(changes)


def _alive(owner: QWidget | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def operations_for(widget: QWidget | None, store: Store) -> Operations:
    """The window's :class:`Operations` for a widget inside it, found when the write happens.

    The main window owns one (its ``ops``); a widget shown on its own (a test, a dialog with no
    window) gets one of its own, kept on its top widget, so its writes still run the same way.
    """
    top: QWidget | None = None
    current = widget
    while current is not None and shiboken6.isValid(current):
        ops = getattr(current, "ops", None)
        if isinstance(ops, Operations):
            return ops
        top = current
        current = current.parentWidget()
    own = getattr(top, "_own_operations", None)
    if isinstance(own, Operations):
        return own
    created = Operations(store, top)
    if top is not None:
        top._own_operations = created  # type: ignore[attr-defined]
    return created
