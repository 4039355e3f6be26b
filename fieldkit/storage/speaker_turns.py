"""Who speaks in a transcript: the labels of its turns ("P-014: …", "[02:10] P-014: …").

One pattern for every layer: exports count an unlinked speaker as the interview's participant
(``export/consent_text.py``), and an erasure removes a withdrawn participant's turns
(``storage/erasure.py``).
"""

from __future__ import annotations

import re

# A speaker turn: "P-014: …" or "[02:10] P-014: …" at the start of a line.
TURN = re.compile(r"^[ \t]*(?:\[[0-9:.]+\][ \t]*)?([^\s:\[][^:\n]{0,40}):", re.MULTILINE)


def speaker_labels(transcript: str) -> list[str]:
    """The casefolded labels of the turns of ``transcript``, in the order they first speak."""
    found: dict[str, None] = {}
    for m in TURN.finditer(transcript):
        found.setdefault(m.group(1).rstrip().casefold(), None)
    return list(found)


def turns_of(code: str) -> re.Pattern[str]:
    """Whole lines (with their line end) of the turns spoken by ``code`` (any case)."""
    label = re.escape(code.strip())
    return re.compile(
        rf"^[ \t]*(?:\[[0-9:.]+\][ \t]*)?{label}[ \t]*:[^\n]*(?:\n|$)",
        re.MULTILINE | re.IGNORECASE,
    )


__all__ = ["TURN", "speaker_labels", "turns_of"]
