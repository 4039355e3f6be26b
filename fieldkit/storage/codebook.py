"""The default learning-ecosystem codebook shipped in ``fieldkit/resources/``, in each language.

The English codebook (``learning_ecosystem_codebook.json``) gives every theme a stable ``key``;
each translation (``codebook/learning_ecosystem_codebook.<lang>.json``) gives the name and
description of every key. A study takes the codebook in one language at creation
(:func:`default_codebook`); any study can *show* its default themes in another language
(:func:`display_theme`) without changing a row: a theme is known by its key, found from the
name it was created with in any shipped language (a theme the team renamed is theirs and shows
as named).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from fieldkit.errors import ValidationError, phrase

CODEBOOK_FILE = "learning_ecosystem_codebook.json"
TRANSLATION_FILE = "codebook/learning_ecosystem_codebook.{lang}.json"
SOURCE_LANGUAGE = "en"
# Every language the codebook ships in, with its name in that language (for menus).
CODEBOOK_LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "sw": "Kiswahili",
    "hi": "हिन्दी",
}


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    color: str
    description: str
    source: str
    children: tuple[ThemeSpec, ...] = field(default=())
    key: str = ""


def codebook_language(language: str | None) -> str:
    """``language`` (a BCP 47 tag such as ``fr`` or ``pt-BR``) as a shipped codebook language."""
    if not language:
        return SOURCE_LANGUAGE
    base = language.replace("_", "-").split("-")[0].lower()
    if base not in CODEBOOK_LANGUAGES:
        shipped = ", ".join(CODEBOOK_LANGUAGES)
        raise ValidationError(
            phrase(
                "the default codebook is not available in {language}; it ships in {shipped}",
                language=repr(language),
                shipped=shipped,
            )
        )
    return base


@cache
def default_codebook(language: str = SOURCE_LANGUAGE) -> tuple[ThemeSpec, ...]:
    """The default themes, named and described in ``language`` (colours and sources as shipped)."""
    text = resources.files("fieldkit.resources").joinpath(CODEBOOK_FILE).read_text("utf-8")
    specs = tuple(_spec(item) for item in json.loads(text)["themes"])
    lang = codebook_language(language)
    if lang == SOURCE_LANGUAGE:
        return specs
    words = translation(lang)
    return tuple(_translated(s, words) for s in specs)


@cache
def translation(language: str) -> dict[str, dict[str, str]]:
    """``{key: {"name": …, "description": …}}`` for a shipped language other than English."""
    path = TRANSLATION_FILE.format(lang=language)
    text = resources.files("fieldkit.resources").joinpath(path).read_text("utf-8")
    themes = json.loads(text)["themes"]
    assert isinstance(themes, dict)
    return themes


def all_specs(specs: tuple[ThemeSpec, ...]) -> list[ThemeSpec]:
    """Parents before children, as the codebook lists them."""
    out: list[ThemeSpec] = []
    for s in specs:
        out.append(s)
        out.extend(all_specs(s.children))
    return out


@cache
def _keys_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in CODEBOOK_LANGUAGES:
        for spec in all_specs(default_codebook(lang)):
            names.setdefault(spec.name.casefold(), spec.key)
    return names


def theme_key(name: str) -> str | None:
    """The stable key of a default theme from its name in any shipped language, else None."""
    return _keys_by_name().get(name.strip().casefold())


def display_theme(name: str, description: str, language: str | None) -> tuple[str, str]:
    """A theme's name and description as shown in ``language``.

    A default theme still named as shipped (in whichever language) shows the translation; its
    description too, unless the team wrote their own. Other themes show as they are.
    """
    key = theme_key(name)
    if key is None or not language:
        return name, description
    shown = _by_key(codebook_language(language)).get(key)
    if shown is None:
        return name, description
    shipped = {s.description for lang in CODEBOOK_LANGUAGES for s in _by_key(lang).values()}
    own = bool(description) and description not in shipped
    return shown.name, description if own else shown.description


@cache
def _by_key(language: str) -> dict[str, ThemeSpec]:
    return {s.key: s for s in all_specs(default_codebook(language))}


def _translated(spec: ThemeSpec, words: dict[str, dict[str, str]]) -> ThemeSpec:
    own = words[spec.key]
    return replace(
        spec,
        name=own["name"],
        description=own["description"],
        children=tuple(_translated(c, words) for c in spec.children),
    )


def _spec(item: dict[str, object]) -> ThemeSpec:
    children = item.get("children") or []
    assert isinstance(children, list)
    return ThemeSpec(
        name=str(item["name"]),
        color=str(item["color"]),
        description=str(item["description"]),
        source=str(item["source"]),
        children=tuple(_spec(c) for c in children),
        key=str(item["key"]),
    )
