"""Colours for new themes: distinct from their siblings, never a default grey.

A qualitative palette that stays apart for colour-blind readers (Okabe–Ito first, then a few
more from Tableau's), dark enough for a highlight behind text in light and dark palettes.
A new theme takes the first colour its siblings (and its parent) do not use yet.
"""

from __future__ import annotations

from collections.abc import Iterable

PALETTE = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#009e73",  # bluish green
    "#cc79a7",  # reddish purple
    "#d55e00",  # vermilion
    "#56b4e9",  # sky blue
    "#7b4ea3",  # purple
    "#8c6d31",  # brown
    "#e15759",  # red
    "#17becf",  # cyan
    "#bcbd22",  # olive
    "#2ca02c",  # green
)


def pick_color(used: Iterable[str], start: int = 0) -> str:
    """The first palette colour (from ``start``, wrapping) that is not in ``used``; when all
    are taken, the one after ``start`` by how many are used (siblings still differ locally)."""
    taken = {c.lower() for c in used}
    for i in range(len(PALETTE)):
        color = PALETTE[(start + i) % len(PALETTE)]
        if color not in taken:
            return color
    return PALETTE[(start + len(taken)) % len(PALETTE)]
