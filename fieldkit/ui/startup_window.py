"""What the screen shows while fieldkit loads its database layer and opens the data folder.

Importing the database layer and opening a large data folder takes most of a second on a field
laptop (more when the machine is busy). This window appears at once, where and as large as the
main window was last time, so the researcher sees the app start; the main window then takes its
place. It holds no data and runs no queries.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class StartupWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("fieldkit — %1").replace("%1", str(data_dir)))
        self.message = QLabel(self.tr("Opening your data in %1…").replace("%1", str(data_dir)))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Starting"))
        self.setCentralWidget(self.message)
        self.resize(1280, 720)
        geometry = QSettings().value("main_window/geometry")  # the main window's, last time
        if geometry is not None:
            self.restoreGeometry(geometry)


__all__ = ["StartupWindow"]
