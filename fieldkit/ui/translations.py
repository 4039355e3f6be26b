"""Load the app's translations for the system's language at start.

Qt's own strings (standard buttons, file dialogs) come from Qt's translation folder; fieldkit's
from ``fieldkit/resources/translations/fieldkit_<lang>.qm`` (made by
``scripts/update-translations --release``). Whatever is missing is simply left in English: a
missing or unreadable file never stops the app from starting.

English has a file too, ``fieldkit_en.qm``, holding only the plural forms of the ``%n`` strings
(``self.tr("%n result(s)", "", n)`` shows "1 result", "2 results"): it is installed first, for
every language, so a language installed after it wins where it has its own forms.

Qt's catalogues lag behind Qt's widgets: Qt 6's file dialog asks for "&Look in:" and "Files of
&type:" while ``qtbase_fr.qm`` only knows "Look in:" and "Files of type:", so those labels stayed
English. :class:`MnemonicFallback` answers a string Qt's catalogue misses with the catalogue's
translation of the same text without its ``&`` (the label loses its Alt shortcut, not its
language).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

# Installed translators, kept referenced: Qt does not own them and would use freed memory.
_installed: list[QTranslator] = []


def system_locale() -> QLocale:
    return QLocale.system()


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and fieldkit's translators for ``locale`` (default: the system's).

    Returns the translators installed (none for English or a language not translated yet).
    """
    locale = locale if locale is not None else system_locale()
    folder = folder if folder is not None else TRANSLATIONS_DIR
    install_plurals(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = (
        ("qtbase", qt_dir),
        ("fieldkit", str(folder)),
    )
    installed: list[QTranslator] = []
    for name, where in sources:
        translator = QTranslator(app)
        # Tries fieldkit_fr_CA.qm, fieldkit_fr.qm… following the locale's UI languages.
        if where and translator.load(locale, name, "_", where, ".qm") and not translator.isEmpty():
            if name == "qtbase":
                # Installed first, so asked last: only for what no catalogue translates.
                fallback = MnemonicFallback(translator, app)
                app.installTranslator(fallback)
                installed.append(fallback)
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    return installed


class MnemonicFallback(QTranslator):
    """Translates ``"&Look in:"`` as ``catalogue``'s ``"Look in:"`` when only that is known."""

    def __init__(self, catalogue: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def isEmpty(self) -> bool:
        return self._catalogue.isEmpty()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string, "not found": the next translator is asked (in the end the
        # English stays). An empty string would count as a translation and blank the text.
        if "&" not in source:
            return None
        plain = re.sub("&(.)", r"\1", source)  # "&&" stays a literal "&"
        return self._catalogue.translate(context, plain, disambiguation, n) or None


def apply_language(
    app: QApplication, language: str | None = None, folder: Path | None = None
) -> QLocale:
    """Switch the running app to ``language`` (a locale name such as ``fr`` or ``ar_MA``;
    None: the system's): translators, the default locale (dates and numbers) and the layout
    direction (right to left for Arabic, so elided text loses its end on the left).

    Open windows keep their widgets (nothing typed is lost); texts set before the switch change
    when the window handles ``QEvent.LanguageChange``.
    """
    locale = QLocale(language) if language else system_locale()
    remove_translators(app)
    install_translators(app, locale, folder)
    QLocale.setDefault(locale)
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return locale


def install_plurals(app: QCoreApplication) -> bool:
    """The English plural forms (see above); False when the file is missing or empty."""
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS_DIR / "fieldkit_en.qm")) or translator.isEmpty():
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_translators(app: QCoreApplication) -> None:
    """Back to English (tests; a language switch later)."""
    while _installed:
        app.removeTranslator(_installed.pop())


__all__ = [
    "TRANSLATIONS_DIR",
    "MnemonicFallback",
    "apply_language",
    "install_plurals",
    "install_translators",
    "remove_translators",
    "system_locale",
]
