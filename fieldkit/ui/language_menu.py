"""View ▸ Language and Edit ▸ Preferences…: the interface's language (default: the system's).

The choice is kept in the user's Qt settings (``ui/language``; empty: the system's language) and
applied at the next start by :func:`fieldkit.ui.app.run_app`. Chosen while the app runs, it is
applied at once: :func:`~fieldkit.ui.translations.apply_language` switches the translators, the
locale and the layout direction, then the main window is rebuilt in the new language on the same
data folder, after the old one has saved the transcript being typed and remembered the open
record, its selection and the window's layout (nothing typed is lost; the new window reopens the
same record). Not while a recording runs: the researcher is asked to stop it first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QMessageBox

from fieldkit.ui.app_window import AppWindow

if TYPE_CHECKING:
    from fieldkit.ui.dialogs.preferences_dialog import PreferencesDialog

SETTING = "ui/language"
# Each language in its own name and script, as a researcher looks for it.
LANGUAGES = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("sw", "Kiswahili"),
    ("hi", "हिन्दी"),
)

# The windows rebuilt by a switch, kept referenced (Python would delete an unreferenced one).
_windows: list[AppWindow] = []


def saved_language() -> str | None:
    """The language chosen in View ▸ Language, or None for the system's."""
    return str(QSettings().value(SETTING, "") or "") or None


class LanguageMenu(QObject):
    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        chosen = saved_language() or ""
        for code, name in (("", self.tr("System language")), *LANGUAGES):
            action = QAction(name, self.group)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.actions[code] = action

    def fill(self, menu: QMenu) -> QMenu:
        submenu = menu.addMenu(self.tr("&Language"))
        submenu.addActions(list(self.actions.values()))
        return submenu

    def add_to(self, dialog: PreferencesDialog) -> QComboBox:
        """The same choice as a row of Edit ▸ Preferences…, applied once the dialog is closed
        with OK (the window it belongs to is rebuilt)."""
        box = QComboBox()
        for code, action in self.actions.items():
            box.addItem(action.text(), code)
        box.setCurrentIndex(box.findData(saved_language() or ""))

        def apply() -> None:
            code = str(box.currentData())
            if code != (saved_language() or ""):
                QTimer.singleShot(0, self.window, lambda: self.choose(code))

        dialog.add_row(self.tr("&Language:"), box, apply)
        return box

    def choose(self, code: str) -> AppWindow | None:
        """Keep the choice and show the window in that language; the new window, or None
        when the switch waits (a recording runs)."""
        if _recording(self.window):
            QMessageBox.information(
                self.window,
                self.tr("Language not changed"),
                self.tr("Stop the recording first, then choose the language again."),
            )
            self.actions[saved_language() or ""].setChecked(True)
            return None
        QSettings().setValue(SETTING, code)
        return switch_language(self.window, code or None)


def _recording(window: AppWindow) -> bool:
    audio = getattr(window.editor, "audio", None)
    if audio is None or not getattr(audio, "built", False):
        return False
    return audio.recorder.state in ("recording", "paused")


def switch_language(window: AppWindow, language: str | None) -> AppWindow:
    """Apply ``language`` (None: the system's) and rebuild ``window`` in it; returns the new
    main window, showing the same record with the typing saved."""
    from fieldkit.ui import last_record
    from fieldkit.ui.translations import apply_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.editor.flush()  # the transcript being typed is saved before anything else
    last_record.remember(window)  # the new window reopens it, with its selection
    save_layout = getattr(window, "save_layout", None)
    if callable(save_layout):
        save_layout()  # size and docks, restored by the new window
    apply_language(app, language)
    # The same kind of window (the main window; no import of it here, it imports this module),
    # reading the record and layout remembered above.
    replacement: AppWindow = cast(Any, type(window))(window.store)
    replacement.show()
    window.close()
    window.deleteLater()
    if window in _windows:
        _windows.remove(window)
    _windows.append(replacement)
    return replacement


__all__ = ["LANGUAGES", "SETTING", "LanguageMenu", "saved_language", "switch_language"]
