"""Fonts for every script a researcher types, found on the system and registered once.

Text is split into runs of one script; each run gets the first font that covers it (Latin body
font, then the script's own font). Paragraphs in complex or right-to-left scripts (Devanagari,
Arabic, …) are laid out by :mod:`~fieldkit.export.pdf.script_paragraph`: lines in Unicode bidi
order, runs shaped with HarfBuzz, and a text layer (``/ActualText``) that reads back as typed.
Characters no font covers are still written (they show as empty boxes) and reported.

The code lives in modules named for what they hold: :mod:`~fieldkit.export.pdf.scripts` (which
script a character belongs to), :mod:`~fieldkit.export.pdf.font_library` (finding and
registering fonts) and :mod:`~fieldkit.export.pdf.markup` (paragraph markup); this module keeps
their public names in one place.
"""

from __future__ import annotations

from fieldkit.export.pdf.font_library import FontLibrary, Run, default_library, font_dirs
from fieldkit.export.pdf.markup import Markup, markup
from fieldkit.export.pdf.scripts import (
    ARABIC,
    CJK,
    COMMON,
    DEVANAGARI,
    ETHIOPIC,
    HEBREW,
    LATIN,
    RTL_SCRIPTS,
    SHAPED_SCRIPTS,
    is_rtl,
    iter_scripts,
    script_of,
    scripts_in,
)

__all__ = [
    "ARABIC",
    "CJK",
    "COMMON",
    "DEVANAGARI",
    "ETHIOPIC",
    "HEBREW",
    "LATIN",
    "RTL_SCRIPTS",
    "SHAPED_SCRIPTS",
    "FontLibrary",
    "Markup",
    "Run",
    "default_library",
    "font_dirs",
    "is_rtl",
    "iter_scripts",
    "markup",
    "script_of",
    "scripts_in",
]
