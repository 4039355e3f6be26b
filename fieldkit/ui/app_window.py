"""What the parts of the main window may use of it, below the module that builds it.

``MainWindow`` (``fieldkit.ui.main_window``) builds the window and its actions; the actions
(``record_actions``, and later ones) are typed against :class:`AppWindow`, so they need not
import the module that imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTextBrowser, QTreeView

if TYPE_CHECKING:  # types only: this module stays light (it is on the start-up path)
    from fieldkit.storage.db import Store
    from fieldkit.ui.case_view import CaseView
    from fieldkit.ui.codebook.codebook_dock import CodebookDock
    from fieldkit.ui.editor.record_editor import RecordEditor
    from fieldkit.ui.operations import Operations
    from fieldkit.ui.search.search_dock import SearchDock

# (study id, case id, case title) of the navigator's selection, or of its nearest parents.
Selection = tuple[str | None, str | None, str | None]


class AppWindow(QMainWindow):
    store: Store
    ops: Operations
    navigator: QTreeView
    nav_model: QStandardItemModel
    case_view: CaseView
    editor: RecordEditor
    reader: QTextBrowser
    record_stack: QStackedWidget
    codebook_dock: CodebookDock
    search_dock: SearchDock

    def selection(self) -> Selection:
        raise NotImplementedError

    def select_record(self, record_id: str, case_id: str | None, char_offset: int = 0) -> None:
        raise NotImplementedError

    def show_case_instead(self, case_id: str | None) -> None:
        """Show this case (None: the "choose a record" page) in place of the open record."""
        raise NotImplementedError
