"""The codebook dock's filter: themes whose name matches what is typed, as the Ctrl+K palette
finds them (case and accents aside, word starts: "acces num" finds "Accès numérique"), with the
parents of a match kept so it shows where it sits in the tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from fieldkit.storage.name_matching import typed_name_matches


class ThemeFilter(QSortFilterProxyModel):
    def __init__(self, name_column: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._column = name_column
        self._query = ""
        self.setRecursiveFilteringEnabled(True)  # a matching child keeps its parents

    def set_query(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt 6.8 (pyproject allows it)
            self._query = text.strip()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()  # Qt 6.9+, where invalidateRowsFilter() is deprecated
        self._query = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._query:
            return True
        index = self.sourceModel().index(source_row, self._column, source_parent)
        return typed_name_matches(str(index.data() or ""), self._query)
