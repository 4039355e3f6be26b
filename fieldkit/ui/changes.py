"""What a write changed, as the one message every view listens to.

A :class:`Changes` names the ids touched, by kind: ``studies``, ``cases``, ``participants``,
``records`` (an interview or observation made, deleted, or its own fields or text changed),
``codings`` and ``memos`` (their ids), ``tags`` (the ids of the records whose tags changed),
``themes``, ``photos`` and ``audio`` (the ids of the records whose photos or recordings
changed). ``everything`` stands
for a change too wide to name: a sync that pulled rows, another data folder, an import. Views
ask ``touches(kind)`` (true for ``everything`` too) and refresh only what they show.
Two changes merge with ``|``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Literal

Kind = Literal[
    "studies",
    "cases",
    "participants",
    "records",
    "codings",
    "tags",
    "memos",
    "themes",
    "photos",
    "audio",
]
KINDS: tuple[Kind, ...] = (
    "studies",
    "cases",
    "participants",
    "records",
    "codings",
    "tags",
    "memos",
    "themes",
    "photos",
    "audio",
)

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changes:
    studies: frozenset[str] = field(default=_EMPTY)
    cases: frozenset[str] = field(default=_EMPTY)
    participants: frozenset[str] = field(default=_EMPTY)
    records: frozenset[str] = field(default=_EMPTY)
    codings: frozenset[str] = field(default=_EMPTY)
    tags: frozenset[str] = field(default=_EMPTY)
    memos: frozenset[str] = field(default=_EMPTY)
    themes: frozenset[str] = field(default=_EMPTY)
    photos: frozenset[str] = field(default=_EMPTY)
    audio: frozenset[str] = field(default=_EMPTY)
    everything: bool = False

    @classmethod
    def of(cls, **ids: str | Iterable[str] | None) -> Changes:
        """``Changes.of(records=record_id, codings=[a, b])``: one id or several per kind."""
        values: dict[str, frozenset[str]] = {}
        for kind, value in ids.items():
            if kind not in KINDS:
                raise TypeError(f"unknown kind of change: {kind}")
            if value is None:
                values[kind] = frozenset()
            elif isinstance(value, str):
                values[kind] = frozenset([value])
            else:
                values[kind] = frozenset(value)
        return cls(**values)  # type: ignore[arg-type]

    @classmethod
    def all(cls) -> Changes:
        """Everything may have changed (a sync pull, another data folder, an import)."""
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        merged = {k: getattr(self, k) | getattr(other, k) for k in KINDS}
        return Changes(**merged, everything=self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, k) for k in KINDS)

    def touches(self, *kinds: Kind) -> bool:
        """True when anything of these kinds changed (always, for ``everything``)."""
        return self.everything or any(getattr(self, k) for k in kinds)

    def touches_id(self, kind: Kind, item_id: str | None) -> bool:
        """True when this id of this kind changed (or ``everything`` did)."""
        return self.everything or (item_id is not None and item_id in getattr(self, kind))

    def kinds(self) -> tuple[Kind, ...]:
        return tuple(k for k in KINDS if getattr(self, k))


assert tuple(f.name for f in fields(Changes))[:-1] == KINDS  # the kinds are the fields
