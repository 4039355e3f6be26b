"""Start the desktop app on a data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from fieldkit.errors import FieldkitError
from fieldkit.ui.messages import error_message

if TYPE_CHECKING:
    from fieldkit.storage.db import Store


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("fieldkit")
    app.setOrganizationName("fieldkit")
    from fieldkit.ui.language_menu import saved_language
    from fieldkit.ui.translations import apply_language

    # The language chosen in View ▸ Language, else the system's, where a translation exists.
    assert isinstance(app, QApplication)
    apply_language(app, saved_language())
    from fieldkit.ui.shortcut_text import install_shortcut_style

    install_shortcut_style(app)  # "Ctrl++", not "++Ctrl", in an Arabic menu
    if os.environ.get("FIELDKIT_PSEUDO_LOCALE"):  # every string longer, accented: clipping
        from fieldkit.ui.pseudo_translator import install_pseudo

        install_pseudo(app)
    from fieldkit.ui.startup_window import StartupWindow

    startup = StartupWindow(data_dir)  # on screen before the database layer is even imported
    startup.show()
    app.processEvents()
    from fieldkit.storage.db import Store

    recovery = None
    try:
        from fieldkit.ui.protect.folder_lock import ask_new_folder, unlock_at_start

        if not data_dir.exists():  # a new folder asks whether to encrypt it
            key, recovery = ask_new_folder(data_dir)
        else:
            key = unlock_at_start(data_dir)  # an encrypted folder asks for its passphrase
        store = Store.open(data_dir, key=key)
        from fieldkit.storage.copy_detection import note_machine

        note_machine(store)  # a folder copied from another laptop takes a new identity at sync
    except FieldkitError as exc:
        startup.close()
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "fieldkit cannot open its data"),
            error_message(exc),
        )
        return 1
    _window = open_main_window(store)  # kept referenced until the app quits
    startup.close()
    if recovery is not None:
        from fieldkit.ui.protect.folder_lock import show_recovery_key

        show_recovery_key(_window, recovery, data_dir)
    from fieldkit.ui.first_paint import after_first_paint
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.welcome import offer_welcome

    def welcome() -> None:  # the researcher's name once, then (on an empty folder) how to start
        if isinstance(_window, MainWindow):
            from fieldkit.ui.dialogs.preferences_dialog import ask_name_once

            ask_name_once(_window, data_dir, then=lambda: offer_welcome(_window, data_dir))

    after_first_paint(_window, welcome)
    try:
        return int(app.exec())
    finally:
        from fieldkit.ui.worker import wait_for_tasks

        wait_for_tasks(5000)  # reads and saves still running end before the store closes
        store.close()


def open_main_window(store: Store) -> QMainWindow:
    """Show the main window, then attach recordings a crash left unfinished (in the background)."""
    from fieldkit.ui.first_paint import after_first_paint
    from fieldkit.ui.main_window import MainWindow

    window = MainWindow(store, load_later=True)  # shown first, navigator filled just after
    window.show()

    def recover() -> None:
        from fieldkit.ui.audio.recording_recovery import start_recovery
        from fieldkit.ui.startup_probe import probe_startup

        probe_startup(window)  # FIELDKIT_STARTUP_MARK: packaging/check-clean's start-up figure
        start_recovery(window, store)

    # After the paint that shows the navigator (the first paint fills it): the recovery's
    # imports and disk scan never compete with showing the window.
    after_first_paint(window, lambda: after_first_paint(window, recover))
    return window
