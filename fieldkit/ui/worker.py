"""The one way the app runs slow work off the GUI thread.

``run_task`` runs a plain function on Qt's thread pool and calls back on the GUI thread with its
result or its error. The function receives a ``TaskControl`` to report progress and to notice a
Cancel. Long tasks get a progress dialog with a Cancel button. Errors a researcher can meet
(``FieldkitError``) are shown as their message; anything else as a short apology, never a
traceback.

A task can outlive what asked for it: its window closed, or the whole app quit. With an
``owner`` (by default the ``parent``), the callbacks are dropped once the owner is destroyed;
``on_end`` is not: it runs whenever the task ends, after the callbacks, so whatever counts the
tasks still running stays true to them even when their owner went first. A task that ends
after the app is gone ends silently (nothing is left to tell).
:func:`wait_for_tasks` lets the app's exit wait for running tasks before the store closes.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fieldkit.errors import FieldkitError
from fieldkit.ui.messages import error_message


class Cancelled(FieldkitError):
    """The user pressed Cancel."""


class TaskControl:
    """Handed to the background function: progress out, cancel in."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, text: str, fraction: float) -> None:
        _emit(self._signals, "progress", text, float(fraction))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, float)


def _emit(signals: _Signals, name: str, *args: Any) -> None:
    """Emit from the worker thread, unless the signals' object is gone (the app has quit)."""
    if not shiboken6.isValid(signals):
        return
    with contextlib.suppress(RuntimeError):  # deleted since the check: the app is exiting
        getattr(signals, name).emit(*args)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.control = TaskControl(signals)

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except BaseException as exc:
            _emit(self.signals, "failed", exc)
        else:
            _emit(self.signals, "done", result)


_running: set[_Runnable] = set()


def run_task(
    fn: Callable[[TaskControl], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
    title: str = "",
    show_progress: bool = False,
    owner: QObject | None = None,
    on_end: Callable[[], None] | None = None,
) -> TaskControl:
    """Run ``fn(control)`` on the thread pool; ``on_done(result)`` or ``on_failed(exc)`` follow
    on the GUI thread, unless ``owner`` (default: ``parent``) was destroyed meanwhile;
    ``on_end()`` follows in every case."""
    signals = _Signals()
    runnable = _Runnable(fn, signals)
    runnable.setAutoDelete(False)
    _running.add(runnable)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(
            title, QCoreApplication.translate("TaskProgress", "Cancel"), 0, 1000, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(runnable.control.cancel)
        progress_dialog = dialog

        def on_progress(text: str, fraction: float) -> None:
            if not shiboken6.isValid(progress_dialog):
                return  # its parent window is gone
            progress_dialog.setLabelText(text)
            progress_dialog.setValue(int(fraction * 1000))

        signals.progress.connect(on_progress)

    watched = owner if owner is not None else parent
    gone = threading.Event()

    def owner_destroyed(*_args: Any) -> None:
        gone.set()

    if watched is not None:
        watched.destroyed.connect(owner_destroyed)

    def finish() -> bool:
        """Tidy up; True when the callbacks should run (the owner is still there)."""
        _running.discard(runnable)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.deleteLater()
        if watched is None:
            return True
        if gone.is_set() or not shiboken6.isValid(watched):
            return False
        watched.destroyed.disconnect(owner_destroyed)
        return True

    def ended() -> None:
        if on_end is not None:
            on_end()

    def done(result: Any) -> None:
        try:
            if finish():
                on_done(result)
        finally:
            ended()

    def failed(exc: BaseException) -> None:
        try:
            if not finish():
                return
            if on_failed is not None:
                on_failed(exc)
            else:
                show_error(parent, title, exc)
        finally:
            ended()

    signals.done.connect(done)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(runnable)
    return runnable.control


def wait_for_tasks(timeout_ms: int) -> bool:
    """Wait (up to ``timeout_ms``) for running tasks, e.g. before the app closes its store."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def error_text(exc: BaseException) -> str:
    if isinstance(exc, FieldkitError):
        return error_message(exc)
    return QCoreApplication.translate(
        "TaskError",
        "Something went wrong that fieldkit did not expect (%1). "
        "Your saved data is safe; please report this.",
    ).replace("%1", type(exc).__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    QMessageBox.warning(parent, title or "fieldkit", error_text(exc))
