"""A record's language by its name in the interface language ("langue : swahili", "اللغة:
السواحلية"), not its code.

The languages fieldkit lists (``fieldkit.storage.languages.LANGUAGES``) are named through the
catalogues (context "Language"); any other code by the name its own locale gives it
(QLocale), else as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from fieldkit.storage.languages import LANGUAGES

_LISTED = (
    QT_TRANSLATE_NOOP("Language", "English"),
    QT_TRANSLATE_NOOP("Language", "French"),
    QT_TRANSLATE_NOOP("Language", "Spanish"),
    QT_TRANSLATE_NOOP("Language", "Portuguese"),
    QT_TRANSLATE_NOOP("Language", "Portuguese (Brazil)"),
    QT_TRANSLATE_NOOP("Language", "Swahili"),
    QT_TRANSLATE_NOOP("Language", "Arabic"),
    QT_TRANSLATE_NOOP("Language", "Hindi"),
    QT_TRANSLATE_NOOP("Language", "Bengali"),
    QT_TRANSLATE_NOOP("Language", "Urdu"),
    QT_TRANSLATE_NOOP("Language", "Amharic"),
    QT_TRANSLATE_NOOP("Language", "Hausa"),
    QT_TRANSLATE_NOOP("Language", "Yoruba"),
    QT_TRANSLATE_NOOP("Language", "Igbo"),
    QT_TRANSLATE_NOOP("Language", "Zulu"),
    QT_TRANSLATE_NOOP("Language", "Kinyarwanda"),
    QT_TRANSLATE_NOOP("Language", "Somali"),
    QT_TRANSLATE_NOOP("Language", "Ganda"),
    QT_TRANSLATE_NOOP("Language", "Wolof"),
    QT_TRANSLATE_NOOP("Language", "Nepali"),
    QT_TRANSLATE_NOOP("Language", "Tamil"),
    QT_TRANSLATE_NOOP("Language", "Indonesian"),
    QT_TRANSLATE_NOOP("Language", "Chinese"),
)
LANGUAGE_NAMES: dict[str, str] = {code: english for code, _, english in LANGUAGES}
assert tuple(LANGUAGE_NAMES.values()) == _LISTED


def language_shown(code: str) -> str:
    """``code``'s language named in the interface language; an unlisted code by its own
    locale's name for itself, or as it is."""
    english = LANGUAGE_NAMES.get(code)
    if english:
        return QCoreApplication.translate("Language", english)
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C or not locale.nativeLanguageName():
        return code
    return locale.nativeLanguageName()


__all__ = ["LANGUAGE_NAMES", "language_shown"]
