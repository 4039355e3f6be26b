"""The consent policy applied to free text (see ``fieldkit.export.consent`` for the rules).

* :func:`speakers` / :func:`with_speakers`: who speaks in a transcript ("P-014: …",
  "[02:10] P-014: …"), so an unlinked speaker still counts as the interview's participant.
* :func:`hidden_words` and :class:`Redactor`: a withheld participant's code and name
  ("[withheld]"), and a name whose owner did not allow attribution ("[name]"), wherever a
  researcher wrote them into material that is exported.
* :func:`without_verbatim`: a summary without the words it copies from its transcript, and
  :func:`without_turns`: field notes without the turns of participants who may not be quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from fieldkit.export.consent import ConsentHolder, is_withheld
from fieldkit.storage.speaker_turns import speaker_labels

WITHHELD_MARK = "[withheld]"
NAME_MARK = "[name]"
NOT_QUOTED_MARK = "[words not quoted]"
BLACKOUT = "█"
# Summary words copied from the transcript in a run at least this long are verbatim words.
COPIED_RUN = 8

C = TypeVar("C", bound=ConsentHolder)


def speakers(transcript: str, by_code: Mapping[str, C]) -> list[C]:
    """The participants whose code (``by_code``: casefolded code -> participant) labels a turn
    of ``transcript``, in the order they first speak."""
    found: dict[str, C] = {}
    for label in speaker_labels(transcript):
        person = by_code.get(label)
        if person is not None:
            found.setdefault(person.id, person)
    return list(found.values())


_TURN_TEXT = re.compile(
    r"^([ \t]*(?:\[[0-9:.]+\][ \t]*)?([^\s:\[][^:\n]{0,40}):)[^\n]*", re.MULTILINE
)


def without_turns(text: str, codes: Collection[str], *, mark: str = NOT_QUOTED_MARK) -> str:
    """``text`` (field notes) with the words of each turn spoken by one of ``codes``
    (casefolded) replaced by ``mark`` ("[words not quoted]", or its translation in a report);
    the notes around them stay."""
    if not codes:
        return text

    def one(m: re.Match[str]) -> str:
        if m.group(2).rstrip().casefold() in codes:
            return f"{m.group(1)} {mark}"
        return m.group(0)

    return _TURN_TEXT.sub(one, text)


def with_speakers(linked: Sequence[C], transcript: str, by_code: Mapping[str, C]) -> list[C]:
    """An interview's participants: those linked to it, then unlinked ones who speak in it."""
    people = list(linked)
    ids = {p.id for p in people}
    people += [p for p in speakers(transcript, by_code) if p.id not in ids]
    return people


def hidden_words(people: Iterable[ConsentHolder]) -> dict[str, str]:
    """What no export may print of these people, with the mark that replaces it.

    A withheld participant's code and name ("[withheld]"); the name of one who did not allow
    attribution ("[name]"). ``people`` should be every participant of the study: the case
    summary of one case may mention a participant of another. Words shorter than three
    characters or without a letter are never hidden (they would hit ordinary text).
    """
    out: dict[str, str] = {}
    for p in people:
        if is_withheld(p):
            for word in (p.code, p.name):
                _hide(out, word, WITHHELD_MARK)
        elif not p.consent_attribution:
            _hide(out, p.name, NAME_MARK)
    return out


def _hide(out: dict[str, str], word: str | None, mark: str) -> None:
    word = " ".join((word or "").split())
    if len(word) >= 3 and any(ch.isalpha() for ch in word):
        out.setdefault(word, mark)


def _spellings(word: str) -> set[str]:
    """How a hidden word may be written: as entered, in capitals, and (codes and names of
    several words) in small letters or with each part capitalised. A one-word name is not
    hidden in small letters: the name "Grace", not "by the grace of"."""
    out = {word, word.upper()}
    if not word.isalpha():
        out.add(word.lower())
        out.add(" ".join(part[:1].upper() + part[1:].lower() for part in word.split(" ")))
    return out


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many literal words, as a trie (shared beginnings written
    once), so a study with hundreds of withheld codes scans a transcript in one quick pass.
    A space stands for any run of white space (a line break between first and last name)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class Redactor:
    """Replaces the words :func:`hidden_words` chose, as whole words (see :func:`_spellings`
    for the letter cases matched; a line break may separate the parts of a name)."""

    def __init__(self, words: Mapping[str, str]) -> None:
        self._marks: dict[str, str] = {}
        for word, mark in words.items():
            for spelling in _spellings(word):
                self._marks.setdefault(spelling, mark)
        self._pattern: re.Pattern[str] | None = None
        if self._marks:
            # No look-behind in front: a pattern starting with a literal is searched fast;
            # a match glued to a preceding letter is put back in _replace.
            self._pattern = re.compile(f"(?:{_trie_pattern(self._marks)})(?!\\w)")

    def __bool__(self) -> bool:
        return self._pattern is not None

    def finds(self, text: str) -> bool:
        """Whether ``text`` may hold a hidden word: a quick test before many small ``text``
        calls (join the cells of a table and ask once)."""
        return self._pattern is not None and self._pattern.search(text) is not None

    def text(self, text: str) -> str:
        """``text`` with every hidden word replaced by its mark."""
        return self._sub(
            text, lambda found: self._marks.get(" ".join(found.split()), WITHHELD_MARK)
        )

    def same_length(self, text: str) -> str:
        """``text`` with every hidden word blacked out character for character, so positions
        (codings in a .qdpx source) still point at the same words."""
        return self._sub(text, lambda found: BLACKOUT * len(found))

    def _sub(self, text: str, replace: Callable[[str], str]) -> str:
        if self._pattern is None or not text:
            return text

        def one(m: re.Match[str]) -> str:
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                return m.group(0)  # inside a longer word
            return replace(m.group(0))

        return self._pattern.sub(one, text)


NO_REDACTION = Redactor({})

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_QUOTED = re.compile(r'"[^"\n]+"|“[^”\n]+”|«[^»\n]+»|„[^“”\n]+[“”]')


def without_verbatim(text: str, source: str, *, mark: str = NOT_QUOTED_MARK) -> str:
    """``text`` (a summary) without the words it copies from ``source`` (the transcript): a
    quoted passage found in the source, or a run of :data:`COPIED_RUN` or more words in the
    source's order, becomes ``mark`` ("[words not quoted]"). The researcher's own words stay."""
    if not text or not source:
        return text
    source_words = [w.casefold() for w in _WORD.findall(source)]
    joined = f" {' '.join(source_words)} "
    spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        inner = [w.casefold() for w in _WORD.findall(m.group(0))]
        if inner and f" {' '.join(inner)} " in joined:
            spans.append(m.span())
    runs = {
        tuple(source_words[i : i + COPIED_RUN]) for i in range(len(source_words) - COPIED_RUN + 1)
    }
    words = list(_WORD.finditer(text))
    keys = [w.group(0).casefold() for w in words]
    for i in range(len(words) - COPIED_RUN + 1):
        if tuple(keys[i : i + COPIED_RUN]) in runs:
            spans.append((words[i].start(), words[i + COPIED_RUN - 1].end()))
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for start, end in _merged(spans):
        out.append(text[at:start])
        out.append(mark)
        at = end
    out.append(text[at:])
    return "".join(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


__all__ = [
    "BLACKOUT",
    "COPIED_RUN",
    "NAME_MARK",
    "NOT_QUOTED_MARK",
    "NO_REDACTION",
    "WITHHELD_MARK",
    "Redactor",
    "hidden_words",
    "speakers",
    "with_speakers",
    "without_turns",
    "without_verbatim",
]
