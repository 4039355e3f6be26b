"""The Unicode bidirectional algorithm (UAX #9) for laying out lines of mixed-direction text.

Levels come from python-bidi's implementation of rules P2–I2 on the whole paragraph (so a
number or a Latin word inside an Arabic sentence is resolved against its neighbours, not against
the line it lands on); lines are then reordered with rules L1–L2 run by run, so each run can
be shaped by HarfBuzz in its own direction and keep its logical text for the PDF text layer.
"""

from __future__ import annotations

from typing import Any

from bidi import algorithm as _uax9

# Characters X9 removes from the algorithm (embedding controls, ZWJ/ZWNJ, …): they take the
# level of the character before them, so they stay inside the run they were typed in.
_REMOVED = frozenset(_uax9.X9_REMOVED)


def base_level(text: str) -> int:
    """0 for a left-to-right paragraph, 1 for right-to-left (rules P2–P3)."""
    return int(_uax9.get_base_level(text))


def resolve_levels(text: str, base: int) -> list[int]:
    """The embedding level of every character of ``text`` (rules X1–I2), one per character."""
    if not text:
        return []
    storage: dict[str, Any] = _uax9.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    _uax9.get_embedding_levels(text, storage)
    chars: list[dict[str, Any]] = list(storage["chars"])
    _uax9.explicit_embed_and_overrides(storage)
    _uax9.resolve_weak_types(storage, False)
    _uax9.resolve_neutral_types(storage, False)
    _uax9.resolve_implicit_levels(storage, False)
    levels: list[int] = []
    prev = base
    for ch in chars:
        level = prev if ch["orig"] in _REMOVED else int(ch["level"])
        levels.append(level)
        prev = level
    return levels


def line_levels(text: str, levels: list[int], base: int) -> list[int]:
    """Rule L1 for one line: trailing white space and separators go back to the base level."""
    out = list(levels)
    trailing = True
    for i in range(len(text) - 1, -1, -1):
        kind = _uax9.bidirectional(text[i])
        if kind in ("S", "B"):
            out[i] = base
            trailing = True
        elif trailing and kind in ("WS", "BN"):
            out[i] = base
        else:
            trailing = False
    return out


def visual_order(run_levels: list[int]) -> list[int]:
    """Rule L2: the indexes of a line's runs (in logical order) in the order they are drawn."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    odd = [lv for lv in run_levels if lv % 2]
    if not odd:
        return order
    for level in range(highest, min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


__all__ = ["base_level", "line_levels", "resolve_levels", "visual_order"]
