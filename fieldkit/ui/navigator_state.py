"""What the navigator shows (the current item, the open cases, the scroll), kept across a refresh.

The main window rebuilds its navigator model after a sync, an import or File ▸ Refresh. Without
this the tree would collapse to its studies and lose the selection under the researcher's
hands; with it, the same cases are open again (their records re-read) and the same item is
current, found by its kind and id (titles and counts may have changed).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

ROLE_KIND = Qt.ItemDataRole.UserRole + 1
ROLE_ID = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class NavigatorState:
    current: tuple[tuple[str, str], ...] = ()  # (kind, id) from the study down to the item
    expanded: frozenset[tuple[str, str]] = frozenset()  # (kind, id) of every open item
    scroll: int = 0


def _key(item: QStandardItem) -> tuple[str, str]:
    return (str(item.data(ROLE_KIND)), str(item.data(ROLE_ID)))


def _walk(model: QStandardItemModel) -> list[QStandardItem]:
    items: list[QStandardItem] = []
    stack = [model.item(r) for r in range(model.rowCount())]
    while stack:
        item = stack.pop()
        items.append(item)
        stack.extend(item.child(r) for r in range(item.rowCount()))
    return items


def save_state(view: QTreeView, model: QStandardItemModel) -> NavigatorState:
    expanded = frozenset(
        _key(item) for item in _walk(model) if item.hasChildren() and view.isExpanded(item.index())
    )
    path: list[tuple[str, str]] = []
    item = model.itemFromIndex(view.currentIndex())
    while item is not None:
        path.insert(0, _key(item))
        item = item.parent()
    return NavigatorState(tuple(path), expanded, view.verticalScrollBar().value())


def restore_state(view: QTreeView, model: QStandardItemModel, state: NavigatorState) -> bool:
    """Open the same items again and make the same item current; False if it is gone.

    Expanding a case makes the window load its records (its ``expanded`` handler), so the
    records are there to be found by the time the path goes down to them.
    """
    for study in (model.item(r) for r in range(model.rowCount())):
        if _key(study) in state.expanded:
            view.expand(study.index())
        for case in [study.child(r) for r in range(study.rowCount())]:
            if _key(case) in state.expanded:
                view.expand(case.index())  # its records load now
    target: QStandardItem | None = None
    for key in state.current:
        parent = target
        count = model.rowCount() if parent is None else parent.rowCount()
        rows = (model.item(r) if parent is None else parent.child(r) for r in range(count))
        found = next((i for i in rows if i is not None and _key(i) == key), None)
        if found is None:
            break
        target = found
    if target is not None:
        view.setCurrentIndex(target.index())
    view.verticalScrollBar().setValue(state.scroll)
    if target is not None:
        view.scrollTo(target.index())
    return target is not None and _key(target) == state.current[-1]


__all__ = ["NavigatorState", "restore_state", "save_state"]
