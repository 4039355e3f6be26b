"""The fixed words of reports (PDF headings, labels, notes, dates, page numbers; CSV headers) in
the reader's language.

A message is its English text with ``{named}`` placeholders; each shipped language has a
catalogue ``fieldkit/resources/report_strings/<lang>.json`` mapping the English text to its
translation (a plural message maps to its CLDR forms: ``{"one": …, "other": …}``, Arabic with
``zero``/``two``/``few``/``many`` too). The language of the report being written is a context
variable, set by :func:`report_language` around one export (each export thread has its own),
so the helpers that format dates and labels deep in the layout need no extra argument.
Quotes and the researchers' own text are never translated: only these fixed words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from importlib import resources

from fieldkit.errors import ValidationError, phrase

# Every language reports ship in, with its name in that language (menus, --help).
REPORT_LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "sw": "Kiswahili",
    "hi": "हिन्दी",
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
}
_DATE_FORMATS = {
    "en": "{day} {month} {year}",
    "fr": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
    "pt": "{day} de {month} de {year}",
    "ar": "{day} {month} {year}",
    "sw": "{day} {month} {year}",
    "hi": "{day} {month} {year}",
}

_current: ContextVar[str] = ContextVar("fieldkit_report_language", default="en")


def report_language_code(language: str | None) -> str:
    """``language`` (``fr``, ``pt-BR``, ``fr_SN``…) as a shipped report language."""
    if not language:
        return "en"
    base = language.replace("_", "-").split("-")[0].lower()
    if base not in REPORT_LANGUAGES:
        shipped = ", ".join(REPORT_LANGUAGES)
        raise ValidationError(
            phrase(
                "reports are not available in {language}; they ship in {shipped}",
                language=repr(language),
                shipped=shipped,
            )
        )
    return base


@contextmanager
def report_language(language: str | None) -> Iterator[str]:
    """Write the reports made inside this block in ``language``."""
    token = _current.set(report_language_code(language))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get()


@cache
def catalogue(language: str) -> dict[str, str | dict[str, str]]:
    if language == "en":
        return {}
    path = f"report_strings/{language}.json"
    text = resources.files("fieldkit.resources").joinpath(path).read_text("utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def tr(message: str, **values: object) -> str:
    """``message`` in the current report language, placeholders filled from ``values``."""
    found = catalogue(_current.get()).get(message, message)
    text = found if isinstance(found, str) else found.get("other", message)
    return text.format(**values) if values else text


def trn(one: str, other: str, n: int, **values: object) -> str:
    """A message with a count ``{n}``: ``one``/``other`` in English, the language's forms else."""
    lang = _current.get()
    found = catalogue(lang).get(one)
    if isinstance(found, dict):
        form = plural_category(lang, n)
        text = found.get(form) or found["other"]
    else:
        text = one if n == 1 else other
    return text.format(n=n, **values)


def plural_category(language: str, n: int) -> str:
    """The CLDR plural category of a whole number ``n`` in ``language``."""
    if language in ("fr", "pt", "hi"):
        return "one" if n in (0, 1) else "other"
    if language == "ar":
        if n == 0:
            return "zero"
        if n in (1, 2):
            return ("one", "two")[n - 1]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    return "one" if n == 1 else "other"


# Arabic writes its own comma and semicolon between the items of a list.
_COMMA = {"ar": "، "}
_SEMICOLON = {"ar": "؛ "}


def listed(parts: Iterable[str], *, strong: bool = False) -> str:
    """``parts`` as a list in the reader's language: commas, or semicolons when ``strong``
    (between items that hold commas themselves)."""
    table, default = (_SEMICOLON, "; ") if strong else (_COMMA, ", ")
    return table.get(_current.get(), default).join(parts)


def long_date(d: date) -> str:
    """``d`` as the reader writes a date in full: 5 March 2024, 5 mars 2024, 5 de marzo de 2024."""
    lang = _current.get()
    month = _MONTHS[lang].split()[d.month - 1]
    return _DATE_FORMATS[lang].format(day=d.day, month=month, year=d.year)


__all__ = [
    "REPORT_LANGUAGES",
    "catalogue",
    "current_language",
    "listed",
    "long_date",
    "plural_category",
    "report_language",
    "report_language_code",
    "tr",
    "trn",
]
