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

from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from fieldkit.errors import ValidationError, phrase
from fieldkit.storage.free_tags import records_with_word
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Study, Theme
from fieldkit.storage.search_offsets import fold_word, search_hit_offset
from fieldkit.storage.search_query import (
    MAX_TERMS,
    QueryTerm,
    build_match,
    parse_query,
    query_terms,
)
from fieldkit.storage.search_snippets import ELLIPSIS, HIT_END, HIT_START, find_hits, term_pattern
from fieldkit.storage.search_snippets import snippet as long_snippet

SNIPPET_TOKENS = 16
# Bodies longer than this (in characters) get their snippet cut in Python.
LONG_BODY = 2_000

RECORD_TYPES = ("interview", "observation", "case", "memo")
COLUMNS = ("title", "body", "summary")
# bm25 weights for title, body, summary.
WEIGHTS = (5.0, 1.0, 2.0)

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


def source_field(record_type: str, field: str) -> str | None:
    """The record's own field behind an index column, e.g. ("interview", "body") → "transcript"."""
    return SOURCE_FIELDS.get(record_type, {}).get(field)


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
    free_tag: str | None = None,
) -> list[SearchHit]:
    """Live records matching ``query``, best first, with snippets for the page asked for.

    ``theme_id`` keeps records tagged with the theme, holding a live coding of it, or memos on
    it. ``case_id``, ``study_id`` and ``theme_id`` accept an id or a unique prefix of one.
    ``free_tag`` keeps records with that free-word tag (any case).
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValidationError(phrase("the number of results must be a whole number, 0 or more"))
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError(phrase("the results offset must be a whole number, 0 or more"))
    types = _check_types(record_types)
    terms = parse_query(query)
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
    if free_tag is not None:
        study = filters.get("study_id")
        filters["tagged"] = sorted(records_with_word(session, study_id=study, word=free_tag))
        if not filters["tagged"]:
            return []
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
    if "tagged" in filters:
        where.append("d.record_id IN :tagged")
    weights = ", ".join(map(str, WEIGHTS))
    query = text(
        f"SELECT search_index.rowid, bm25(search_index, {weights}) AS score FROM {source} "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY score, search_index.rowid LIMIT :limit OFFSET :offset"
    )
    for name in ("types", "tagged"):
        if name in filters:
            query = query.bindparams(bindparam(name, expanding=True))
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
            phrase(
                "cannot search records of type {types}; choose from {allowed}",
                types=", ".join(map(repr, unknown)),
                allowed=", ".join(RECORD_TYPES),
            )
        )
    return set(record_types)


def _page(
    session: Session, terms: list[QueryTerm], match: str, rowids: list[int]
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
        scores[field] = (len({fold_word(h) for h in hits}), len(hits))
    best = max(_PREFERENCE, key=scores.__getitem__)
    if scores[best] == (0, 0):
        best = "body" if snippets["body"] else "title"
    return snippets[best], best


def _marked(snippet: str) -> list[str]:
    parts = snippet.split(HIT_START)[1:]
    return [part.split(HIT_END, 1)[0] for part in parts]


# The query-term class under its old private name (a test imports it from here).
_Term = QueryTerm

__all__ = [
    "ELLIPSIS",
    "HIT_END",
    "HIT_START",
    "MAX_TERMS",
    "RECORD_TYPES",
    "SearchHit",
    "build_match",
    "query_terms",
    "search",
    "search_hit_offset",
    "source_field",
]
