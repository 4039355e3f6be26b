"""The default learning-ecosystem codebook shipped in ``resources/``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

CODEBOOK_FILE = "learning_ecosystem_codebook.json"


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    color: str
    description: str
    source: str
    children: tuple[ThemeSpec, ...] = field(default=())


@cache
def default_codebook() -> tuple[ThemeSpec, ...]:
    text = resources.files("fieldkit.resources").joinpath(CODEBOOK_FILE).read_text("utf-8")
    return tuple(_spec(item) for item in json.loads(text)["themes"])


def _spec(item: dict[str, object]) -> ThemeSpec:
    children = item.get("children") or []
    assert isinstance(children, list)
    return ThemeSpec(
        name=str(item["name"]),
        color=str(item["color"]),
        description=str(item["description"]),
        source=str(item["source"]),
        children=tuple(_spec(c) for c in children),
    )
