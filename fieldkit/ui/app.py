"""Start the desktop app on a data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.errors import FieldkitError
from fieldkit.storage.db import Store


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("fieldkit")
    app.setOrganizationName("fieldkit")
    try:
        store = Store.open(data_dir)
    except FieldkitError as exc:
        QMessageBox.critical(None, app.tr("fieldkit cannot open its data"), str(exc))
        return 1
    from fieldkit.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
