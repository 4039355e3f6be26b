"""Full-text search over interviews, observations, cases and memos.

The index itself (``search_docs`` and the FTS5 table ``search_index``) is made by the migration
``ca0bf575f73f`` and kept right by SQLite triggers, so it changes in the same transaction as the
data, whoever writes it. This module turns what a researcher types into a safe FTS5 query and
runs it: ranked by bm25 (titles weigh most), with a highlighted snippet for each hit.

Anything typed is accepted: words are searched as plain words (``NEAR(``, ``OR``, ``title:x``,
``-`` or ``^`` mean nothing special), ``"quoted words"`` are searched as a phrase, and a trailing
``*`` makes a word a prefix (``educ*``). Accents are ignored (``educacao`` finds ``educação``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from fieldkit.errors import ValidationError
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Study, Theme
from fieldkit.storage.search_snippets import (
    ELLIPSIS,
    HIT_END,
    HIT_START,
    find_hits,
    term_pattern,
)
from fieldkit.storage.search_snippets import snippet as long_snippet

SNIPPET_TOKENS = 16
# Bodies longer than this (in characters) get their snippet cut in Python.
LONG_BODY = 2_000

RECORD_TYPES = ("interview", "observation", "case", "memo")
COLUMNS = ("title", "body", "summary")
# bm25 weights for title, body, summary.
WEIGHTS = (5.0, 1.0, 2.0)
# A query keeps at most this many terms (the rest of a pasted page is ignored).
MAX_TERMS = 32

# Which field of each record type an index column holds (None: several fields).
SOURCE_FIELDS: dict[str, dict[str, str | None]] = {
    "interview": {"title": "title", "body": "transcript", "summary": "summary"},
    "observation": {"title": "title", "body": "description", "summary": "setting"},
    "case": {"title": "title", "body": "summary", "summary": None},
    "memo": {"title": "title", "body": "body", "summary": None},
}


@dataclass(frozen=True)
class SearchHit:
    """One record found.

    ``snippet`` is a short extract with each hit between ``HIT_START`` and ``HIT_END``;
    ``field`` is the index column it comes from ("title", "body" or "summary": see
    ``source_field``); ``rank`` is the bm25 score (lower is better; hits come best first);
    ``terms`` are the query's terms (a prefix term ends with ``*``) for ``search_hit_offset``.
    """

    record_type: str
    record_id: str
    case_id: str | None
    study_id: str | None
    title: str
    snippet: str
    field: str
    rank: float
    terms: tuple[str, ...]


@dataclass(frozen=True)
class _Term:
    text: str
    prefix: bool

    def match(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted

    def label(self) -> str:
        return self.text + "*" if self.prefix else self.text


def source_field(record_type: str, field: str) -> str | None:
    """The record's own field behind an index column, e.g. ("interview", "body") → "transcript"."""
    return SOURCE_FIELDS.get(record_type, {}).get(field)


def build_match(query: str) -> str | None:
    """A safe FTS5 MATCH expression for ``query``, or None when nothing in it is searchable."""
    terms = _parse(query)
    if not terms:
        return None
    return " ".join(term.match() for term in terms)


def query_terms(query: str) -> list[str]:
    """The terms ``build_match`` searches for, as text (a prefix term ends with ``*``)."""
    return [term.label() for term in _parse(query)]


def _parse(query: str) -> list[_Term]:
    clean = "".join(" " if _is_blank(ch) else ch for ch in query or "")
    terms: list[_Term] = []
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
        term = _Term(words, prefix)
        if any(c.isalnum() for c in words) and term not in terms:
            terms.append(term)
    return terms


def _is_blank(ch: str) -> bool:
    # Control characters (NUL ends an FTS5 query early) and lone surrogates (not UTF-8).
    return unicodedata.category(ch) in ("Cc", "Cs")


def search(
    session: Session,
    *,
    query: str,
    study_id: str | None = None,
    case_id: str | None = None,
    theme_id: str | None = None,
    record_types: Collection[str] | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Live records matching ``query``, best first, with snippets for the page asked for.

    ``theme_id`` keeps records tagged with the theme, holding a live coding of it, or memos on
    it. ``case_id``, ``study_id`` and ``theme_id`` accept an id or a unique prefix of one.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValidationError("the number of results must be a whole number, 0 or more")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("the results offset must be a whole number, 0 or more")
    types = _check_types(record_types)
    terms = _parse(query)
    if not terms or limit == 0 or (types is not None and not types):
        return []
    match = " ".join(term.match() for term in terms)
    filters: dict[str, Any] = {}
    if study_id is not None:
        filters["study_id"] = get_row(session, Study, study_id).id
    if case_id is not None:
        filters["case_id"] = get_row(session, Case, case_id).id
    if theme_id is not None:
        filters["theme_id"] = get_row(session, Theme, theme_id).id
    if types is not None:
        filters["types"] = sorted(types)
    ranked = _rank(session, match, filters, limit=limit, offset=offset)
    if not ranked:
        return []
    labels = tuple(term.label() for term in terms)
    page = _page(session, terms, match, [rowid for rowid, _ in ranked])
    return [
        replace(page[rowid], rank=score, terms=labels) for rowid, score in ranked if rowid in page
    ]


def _rank(
    session: Session, match: str, filters: dict[str, Any], *, limit: int, offset: int
) -> list[tuple[int, float]]:
    """The rowids of one page of hits, best first, with their bm25 scores.

    Only rows that pass the filters are scored. CROSS JOIN keeps the FTS5 scan as the outer
    loop: the other way round would re-run the MATCH once per candidate row.
    """
    where = ["search_index MATCH :match"]
    source = "search_index"
    if filters:
        source = "search_index CROSS JOIN search_docs AS d ON d.rowid = search_index.rowid"
    if "study_id" in filters:
        where.append("d.study_id = :study_id")
    if "case_id" in filters:
        where.append("d.case_id = :case_id")
    if "theme_id" in filters:
        where.append(f"d.record_id IN ({_THEMED})")
    if "types" in filters:
        where.append("d.record_type IN :types")
    weights = ", ".join(map(str, WEIGHTS))
    query = text(
        f"SELECT search_index.rowid, bm25(search_index, {weights}) AS score FROM {source} "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY score, search_index.rowid LIMIT :limit OFFSET :offset"
    )
    if "types" in filters:
        query = query.bindparams(bindparam("types", expanding=True))
    params = {"match": match, "limit": limit, "offset": offset, **filters}
    return [(int(rowid), float(score)) for rowid, score in session.execute(query, params)]


# Records tagged with the theme, holding a live coding of it, and memos on the theme itself
# (the first two read the partial indexes search_tags_theme and search_codings_theme).
_THEMED = (
    "SELECT target_id FROM tags WHERE theme_id = :theme_id AND deleted_at IS NULL "
    "UNION ALL SELECT target_id FROM codings WHERE theme_id = :theme_id AND deleted_at IS NULL "
    "UNION ALL SELECT id FROM memos WHERE target_type = 'theme' AND target_id = :theme_id "
    "AND deleted_at IS NULL"
)


def _check_types(record_types: Collection[str] | None) -> set[str] | None:
    if record_types is None:
        return None
    if isinstance(record_types, str):
        record_types = [record_types]
    unknown = sorted(set(record_types) - set(RECORD_TYPES))
    if unknown:
        raise ValidationError(
            f"cannot search records of type {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(RECORD_TYPES)}"
        )
    return set(record_types)


def _page(
    session: Session, terms: list[_Term], match: str, rowids: list[int]
) -> dict[int, SearchHit]:
    """The hits for the rowids of one page (and only those get snippets); rank left at 0.

    Titles and summaries, and bodies up to ``LONG_BODY`` characters, get FTS5's snippet();
    longer bodies are cut in Python (``search_snippets``), which is many times faster on long
    transcripts, with snippet() again for any body where that finds no hit.
    """
    marks = f"'{HIT_START}', '{HIT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS}"
    long = f"length(search_index.body) > {LONG_BODY}"
    # One pass over the matches (a rowid range the index can seek), keeping the page's rows by
    # a filter the index does not see ("+rowid"): handing FTS5 "rowid IN (...)" would re-run
    # the query once per row, and a prefix query re-merges its terms every time.
    query = text(
        "SELECT d.rowid, d.record_type, d.record_id, d.case_id, d.study_id, search_index.title, "
        f"snippet(search_index, 0, {marks}), "
        f"CASE WHEN {long} THEN NULL ELSE snippet(search_index, 1, {marks}) END, "
        f"snippet(search_index, 2, {marks}), "
        f"CASE WHEN {long} THEN search_index.body END "
        "FROM search_index CROSS JOIN search_docs AS d ON d.rowid = search_index.rowid "
        + _PAGE_WHERE
    ).bindparams(bindparam("rowids", expanding=True))
    params = {"match": match, "rowids": rowids, "low": min(rowids), "high": max(rowids)}
    patterns = [p for t in terms if (p := term_pattern(t.text, prefix=t.prefix)) is not None]
    page: dict[int, SearchHit] = {}
    missed: list[int] = []
    for row in session.execute(query, params):
        rowid, record_type, record_id, case_id, study_id, title = row[:6]
        title_snippet, body_snippet, summary_snippet, long_body = row[6:]
        if long_body is not None:
            hits = find_hits(long_body, patterns)
            body_snippet = long_snippet(long_body, hits) if hits else ""
        snippets = {"title": title_snippet, "body": body_snippet, "summary": summary_snippet}
        snippet, field = _best_snippet(snippets)
        if HIT_START not in snippet and long_body is not None:
            missed.append(rowid)
        page[rowid] = SearchHit(
            record_type=record_type,
            record_id=record_id,
            case_id=case_id,
            study_id=study_id,
            title=title,
            snippet=snippet,
            field=field,
            rank=0.0,
            terms=(),
        )
    if missed:
        for rowid, snippet in _fts_body_snippets(session, match, missed):
            page[rowid] = replace(page[rowid], snippet=snippet, field="body")
    return page


_PAGE_WHERE = (
    "WHERE search_index MATCH :match AND search_index.rowid BETWEEN :low AND :high "
    "AND +search_index.rowid IN :rowids"
)


def _fts_body_snippets(session: Session, match: str, rowids: list[int]) -> list[tuple[int, str]]:
    marks = f"'{HIT_START}', '{HIT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS}"
    query = text(
        f"SELECT search_index.rowid, snippet(search_index, 1, {marks}) FROM search_index "
        + _PAGE_WHERE
    ).bindparams(bindparam("rowids", expanding=True))
    params = {"match": match, "rowids": rowids, "low": min(rowids), "high": max(rowids)}
    return [(int(rowid), str(snippet)) for rowid, snippet in session.execute(query, params)]


# On a tie, the body is the most useful extract to show; the title is shown anyway.
_PREFERENCE = ("body", "summary", "title")


def _best_snippet(snippets: dict[str, str]) -> tuple[str, str]:
    scores = {}
    for field in _PREFERENCE:
        hits = _marked(snippets[field])
        scores[field] = (len({_fold_word(h) for h in hits}), len(hits))
    best = max(_PREFERENCE, key=scores.__getitem__)
    if scores[best] == (0, 0):
        best = "body" if snippets["body"] else "title"
    return snippets[best], best


def _marked(snippet: str) -> list[str]:
    parts = snippet.split(HIT_START)[1:]
    return [part.split(HIT_END, 1)[0] for part in parts]


# --- finding a hit inside a record's text -----------------------------------------------------


def search_hit_offset(text: str, terms: Sequence[str]) -> int | None:
    """Where (in code points) the first of ``terms`` occurs in ``text``, or None.

    Best effort, ignoring case and accents like the index does: a term matches whole words (a
    term ending in ``*`` matches words starting with it; a term of several words matches them
    in a row). If no term matches whole words, the first occurrence inside a word counts.
    """
    folded, origin = _fold_with_origin(text)
    words = _words(folded)
    best: int | None = None
    fallback: int | None = None
    for raw in terms:
        prefix = raw.rstrip().endswith("*")
        term_folded, _ = _fold_with_origin(raw.replace("*", " "))
        needle = [folded_word for _, _, folded_word in _words(term_folded)]
        if not needle:
            continue
        at = _find_words(words, needle, prefix)
        if at is not None:
            offset = origin[at]
            best = offset if best is None else min(best, offset)
            continue
        loose = folded.find(" ".join(needle))
        if loose >= 0:
            offset = origin[loose]
            fallback = offset if fallback is None else min(fallback, offset)
    return best if best is not None else fallback


def _find_words(words: list[tuple[int, int, str]], needle: list[str], prefix: bool) -> int | None:
    size = len(needle)
    for i in range(len(words) - size + 1):
        window = [w for _, _, w in words[i : i + size]]
        if window[:-1] != needle[:-1]:
            continue
        last, wanted = window[-1], needle[-1]
        if last == wanted or (prefix and last.startswith(wanted)):
            return words[i][0]
    return None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _words(folded: str) -> list[tuple[int, int, str]]:
    words = []
    start: int | None = None
    for i, ch in enumerate(folded + " "):
        if _is_word_char(ch):
            if start is None:
                start = i
        elif start is not None:
            words.append((start, i, folded[start:i]))
            start = None
    return words


_DIACRITIC_BLOCKS = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)


def _is_diacritic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _DIACRITIC_BLOCKS)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character without case or Latin-style accents (may be empty, or several)."""
    parts = (p for p in unicodedata.normalize("NFKD", ch) if not _is_diacritic(p))
    return "".join(c for c in "".join(parts).casefold() if not _is_diacritic(c))


def _fold_with_origin(text: str) -> tuple[str, list[int]]:
    """``text`` without case or Latin-style accents, and each folded character's source index."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def _fold_word(word: str) -> str:
    return "".join(map(_fold_char, word))


__all__ = [
    "ELLIPSIS",
    "HIT_END",
    "HIT_START",
    "RECORD_TYPES",
    "SearchHit",
    "build_match",
    "query_terms",
    "search",
    "search_hit_offset",
    "source_field",
]
