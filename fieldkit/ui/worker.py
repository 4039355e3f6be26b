"""The one way the app runs slow work off the GUI thread.

``run_task`` runs a plain function on Qt's thread pool and calls back on the GUI thread with its
result or its error. The function receives a ``TaskControl`` to report progress and to notice a
Cancel. Long tasks get a progress dialog with a Cancel button. Errors a researcher can meet
(``FieldkitError``) are shown as their message; anything else as a short apology, never a
traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fieldkit.errors import FieldkitError


class Cancelled(FieldkitError):
    """The user pressed Cancel."""


class TaskControl:
    """Handed to the background function: progress out, cancel in."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, text: str, fraction: float) -> None:
        self._signals.progress.emit(text, float(fraction))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, float)


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
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Runnable] = set()


def run_task(
    fn: Callable[[TaskControl], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
    title: str = "",
    show_progress: bool = False,
) -> TaskControl:
    signals = _Signals()
    runnable = _Runnable(fn, signals)
    runnable.setAutoDelete(False)
    _running.add(runnable)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(
            title, parent.tr("Cancel") if parent else "Cancel", 0, 1000, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(runnable.control.cancel)
        progress_dialog = dialog

        def on_progress(text: str, fraction: float) -> None:
            progress_dialog.setLabelText(text)
            progress_dialog.setValue(int(fraction * 1000))

        signals.progress.connect(on_progress)

    def finish() -> None:
        _running.discard(runnable)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failed is not None:
            on_failed(exc)
        else:
            show_error(parent, title, exc)

    signals.done.connect(done)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(runnable)
    return runnable.control


def error_text(exc: BaseException) -> str:
    if isinstance(exc, FieldkitError):
        return str(exc)
    return (
        "Something went wrong that fieldkit did not expect "
        f"({type(exc).__name__}). Your saved data is safe; please report this."
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    QMessageBox.warning(parent, title or "fieldkit", error_text(exc))
