"""Background work whose callbacks do nothing once the widget that asked for it is gone.

A task can finish after the widget that started it was closed (a dock removed, a test torn
down); its callbacks must then not touch the deleted C++ object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from fieldkit.ui.worker import TaskControl, run_task, show_error


def while_alive(owner: QWidget, fn: Callable[..., Any]) -> Callable[..., None]:
    """``fn``, called only while ``owner`` still exists."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call


def run_for(
    owner: QWidget,
    fn: Callable[[TaskControl], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
    title: str = "",
) -> TaskControl:
    """``worker.run_task`` for ``owner``: callbacks (errors shown by default) while it lives."""

    def failed(exc: BaseException) -> None:
        if on_failed is not None:
            on_failed(exc)
        else:
            show_error(owner, title, exc)

    return run_task(
        fn,
        on_done=while_alive(owner, on_done),
        on_failed=while_alive(owner, failed),
        parent=owner,
        title=title,
    )
