"""What a researcher types, turned into a safe FTS5 MATCH expression.

Anything typed is accepted: words are searched as plain words (``NEAR(``, ``OR``, ``title:x``,
``-`` or ``^`` mean nothing special), ``"quoted words"`` are searched as a phrase, and a trailing
``*`` makes a word a prefix (``educ*``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# A query keeps at most this many terms (the rest of a pasted page is ignored).
MAX_TERMS = 32


@dataclass(frozen=True)
class QueryTerm:
    text: str
    prefix: bool

    def match(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted

    def label(self) -> str:
        return self.text + "*" if self.prefix else self.text


def build_match(query: str) -> str | None:
    """A safe FTS5 MATCH expression for ``query``, or None when nothing in it is searchable."""
    terms = parse_query(query)
    if not terms:
        return None
    return " ".join(term.match() for term in terms)


def query_terms(query: str) -> list[str]:
    """The terms ``build_match`` searches for, as text (a prefix term ends with ``*``)."""
    return [term.label() for term in parse_query(query)]


def parse_query(query: str) -> list[QueryTerm]:
    clean = "".join(" " if _is_blank(ch) else ch for ch in query or "")
    terms: list[QueryTerm] = []
    i, n = 0, len(clean)
    while i < n and len(terms) < MAX_TERMS:
        ch = clean[i]
        if ch.isspace():
            i += 1
            continue
        if ch == '"':
            end = clean.find('"', i + 1)
            end = n if end == -1 else end
            words, i = clean[i + 1 : end], end + 1
            prefix = i < n and clean[i] == "*"
        else:
            end = i
            while end < n and not clean[end].isspace() and clean[end] != '"':
                end += 1
            words, i = clean[i:end], end
            prefix = words.endswith("*")
        prefix = prefix or words.rstrip().endswith("*")
        words = " ".join(words.split()).rstrip("*").strip()
        while i < n and clean[i] == "*":
            i += 1
        term = QueryTerm(words, prefix)
        if any(c.isalnum() for c in words) and term not in terms:
            terms.append(term)
    return terms


def _is_blank(ch: str) -> bool:
    # Control characters (NUL ends an FTS5 query early) and lone surrogates (not UTF-8).
    return unicodedata.category(ch) in ("Cc", "Cs")


__all__ = ["MAX_TERMS", "QueryTerm", "build_match", "parse_query", "query_terms"]
