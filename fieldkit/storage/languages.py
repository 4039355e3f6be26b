"""Languages a researcher picks by name: each code with its name in its own language.

Records store a BCP 47 code ("sw", "pt-BR"); people type or choose a name ("Kiswahili",
"العربية", "Swahili"). :func:`language_code` turns any of these into the code.
"""

from __future__ import annotations

# code, name in its own language, English name: the languages of the field sites first.
LANGUAGES: tuple[tuple[str, str, str], ...] = (
    ("en", "English", "English"),
    ("fr", "Français", "French"),
    ("es", "Español", "Spanish"),
    ("pt", "Português", "Portuguese"),
    ("pt-BR", "Português (Brasil)", "Portuguese (Brazil)"),
    ("sw", "Kiswahili", "Swahili"),
    ("ar", "العربية", "Arabic"),
    ("hi", "हिन्दी", "Hindi"),
    ("bn", "বাংলা", "Bengali"),
    ("ur", "اردو", "Urdu"),
    ("am", "አማርኛ", "Amharic"),
    ("ha", "Hausa", "Hausa"),
    ("yo", "Yorùbá", "Yoruba"),
    ("ig", "Igbo", "Igbo"),
    ("zu", "isiZulu", "Zulu"),
    ("rw", "Ikinyarwanda", "Kinyarwanda"),
    ("so", "Soomaali", "Somali"),
    ("lg", "Luganda", "Ganda"),
    ("wo", "Wolof", "Wolof"),
    ("ne", "नेपाली", "Nepali"),
    ("ta", "தமிழ்", "Tamil"),
    ("id", "Bahasa Indonesia", "Indonesian"),
    ("zh", "中文", "Chinese"),
)


def language_code(text: str) -> str | None:
    """The code for a language named in its own language or in English (any case), or given
    as one of the listed codes; None when the text names none of them."""
    wanted = text.strip().casefold()
    for code, native, english in LANGUAGES:
        if wanted in (code.casefold(), native.casefold(), english.casefold()):
            return code
    return None


def language_name(code: str | None) -> str:
    """The name of ``code`` in its own language ("sw" → "Kiswahili"); the code if unlisted."""
    for listed, native, _english in LANGUAGES:
        if code is not None and listed.casefold() == code.casefold():
            return native
    return code or ""


__all__ = ["LANGUAGES", "language_code", "language_name"]
