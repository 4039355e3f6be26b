"""A record's language named in the report's language ("langue : swahili"), not by its code.

The languages fieldkit lists (``fieldkit.storage.languages.LANGUAGES``) have their English name
translated in the report catalogues (the same words the app uses, ``fieldkit/ui/
language_names.py``); any other code stays as stored.
"""

from __future__ import annotations

from fieldkit.export.report_words import tr
from fieldkit.storage.languages import LANGUAGES

_ENGLISH = {code: english for code, _native, english in LANGUAGES}
# The report messages these names are (the catalogue test counts them as used).
LANGUAGE_MESSAGES = frozenset(_ENGLISH.values())


def language_words(code: str) -> str:
    """``code``'s language named in the current report language, or the code itself."""
    english = _ENGLISH.get(code)
    return tr(english) if english else code


__all__ = ["LANGUAGE_MESSAGES", "language_words"]
