"""Storage, validation and network messages in the interface language.

Storage and sync code raise their errors with :class:`fieldkit.errors.Phrase` sentences: the
English text (what the CLI prints) plus the template and parameters it was made from. The
modules of this package list every template (``QT_TRANSLATE_NOOP``, so
``scripts/update-translations`` puts them in the .ts files); this one says a phrase in the
chosen language: the template through ``QCoreApplication.translate("Storage", …)``, field
names through ``"StorageField"``, whole numbers in the locale's digits and separators, dates
and times as the locale writes them (``dates.py``; the CLI's English text has them in ISO
form). A message without a phrase (or a template not translated yet) stays in English.
``tests/ui/test_messages_in_french.py`` checks that every ``phrase(...)`` template in the code
is listed here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from fieldkit.errors import Phrase
from fieldkit.ui.messages.core import CORE, FIELDS
from fieldkit.ui.messages.dates import shown_date, shown_datetime
from fieldkit.ui.messages.export import EXPORT
from fieldkit.ui.messages.storage_files import STORAGE_FILES
from fieldkit.ui.messages.storage_records import STORAGE_RECORDS
from fieldkit.ui.messages.sync import SYNC

# Every template a phrase(...) in storage, export or sync code can carry.
STORAGE = STORAGE_FILES + STORAGE_RECORDS
TEMPLATES = CORE + STORAGE + EXPORT + SYNC
__all__ = ["FIELDS", "STORAGE", "TEMPLATES", "error_message", "say"]


def say(text: str) -> str:
    """``text`` in the interface language when it is a :class:`Phrase`, else as it is."""
    if not isinstance(text, Phrase):
        return text
    params = {name: _param(name, value) for name, value in text.params.items()}
    try:
        return QCoreApplication.translate("Storage", text.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str.__str__(text)


def _param(name: str, value: Any) -> Any:
    if isinstance(value, Phrase):
        return say(value)
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return shown_datetime(value)
    if isinstance(value, date):
        return shown_date(value)
    if type(value) is int:
        return QLocale().toString(value)
    if name == "field" and isinstance(value, str):
        return QCoreApplication.translate("StorageField", value)
    return value


def error_message(exc: BaseException) -> str:
    """A storage or sync error's sentence in the interface language."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return say(first) if isinstance(first, Phrase) else str(exc)
