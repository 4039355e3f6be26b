"""``[mm:ss]`` time marks in transcript text: the one pattern and format, for every layer.

A mark is ``[mm:ss]`` (minutes may exceed 59 only in the ``[h:mm:ss]`` form, used from one hour
on), the way transcribers write them by hand, so hand-typed marks work too. The audio panel
(``fieldkit.ui.editor.time_marks``) finds and writes them; transcript import writes subtitle cue
times with them.
"""

from __future__ import annotations

import re

MARK_RE = re.compile(r"\[(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)\]")


def clock(ms: int) -> str:
    """``mm:ss``, or ``h:mm:ss`` from one hour on."""
    seconds = max(0, ms) // 1000
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def format_mark(ms: int) -> str:
    return f"[{clock(ms)}]"


def mark_ms(match: re.Match[str]) -> int:
    hours = int(match.group(1) or 0)
    return ((hours * 60 + int(match.group(2))) * 60 + int(match.group(3))) * 1000


__all__ = ["MARK_RE", "clock", "format_mark", "mark_ms"]
