"""Choosing the key quotes of a case, theme by theme, under the consent rules."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.pdf.attribution import speakers
from fieldkit.export.pdf.case_data import CaseData
from fieldkit.export.report_words import long_date as report_long_date
from fieldkit.export.report_words import tr
from fieldkit.storage.models import Coding, Theme

MAX_QUOTE_CHARS = 1500


@dataclass(frozen=True)
class Quote:
    coding_id: str
    text: str
    starred: bool
    source: str
    when: date
    record: str  # names the record, for warnings
    language: str | None = None  # the interview's language (BCP 47), marked in the PDF


@dataclass
class ThemeQuotes:
    theme: Theme
    quotes: list[Quote]


@dataclass
class QuoteSelection:
    by_theme: list[ThemeQuotes] = field(default_factory=list)
    # Coded passages per theme id in the records shown (those not quoted included).
    counts: Counter[str] = field(default_factory=Counter)


def quote_text(coding: Coding) -> str:
    text = " ".join(coding.quote.split()) if "\n" not in coding.quote else coding.quote.strip()
    if len(text) > MAX_QUOTE_CHARS:
        text = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " […]"
    return text


def record_labels(data: CaseData, *, anonymised: bool) -> dict[str, str]:
    """How warnings name each record ("interview 'Interview with P-005 (2024-03-07)'")."""
    out = {
        i.id: f"interview {n}" if anonymised else f"interview {i.title!r}"
        for n, i in enumerate(data.interviews, 1)
    }
    out.update({o.id: f"observation {o.title!r}" for o in data.observations})
    return out


def _sources(
    data: CaseData, policy: ConsentPolicy, *, anonymised: bool
) -> dict[str, tuple[str, date]]:
    out: dict[str, tuple[str, date]] = {}
    for i in data.interviews:
        people = data.interview_people.get(i.id, [])
        hide = anonymised or not policy.record(i.id).names
        who = speakers(people, anonymised=hide)
        when = long_date(i.date)
        if len(people) > 1:
            out[i.id] = (tr("{who}, {date}", who=who, date=when), i.date)
        else:
            out[i.id] = (tr("{who} — interview, {date}", who=who, date=when), i.date)
    for o in data.observations:
        when = long_date(o.date)
        if o.observer:
            label = tr("Field observation by {observer}, {date}", observer=o.observer, date=when)
        else:
            label = tr("Field observation, {date}", date=when)
        out[o.id] = (label, o.date)
    return out


def distinct_passages(codings: list[Coding]) -> list[Coding]:
    """``codings`` (best first) without repeats: a passage that overlaps a better one in the
    same record, or whose words are inside another's (the same answer coded in several
    records), is left out, so a theme never quotes the same words twice."""
    kept: list[Coding] = []
    texts: list[str] = []
    for c in codings:
        words = " ".join(c.quote.split()).casefold()
        if any(
            k.target_id == c.target_id and k.start < c.end and c.start < k.end for k in kept
        ) or any(words in t or t in words for t in texts):
            continue
        kept.append(c)
        texts.append(words)
    return kept


def long_date(d: date) -> str:
    return report_long_date(d)  # in the report's language


def select_quotes(
    data: CaseData,
    policy: ConsentPolicy,
    *,
    anonymised: bool,
    max_per_theme: int,
) -> QuoteSelection:
    """Starred passages first, then the longest, up to ``max_per_theme`` per theme.

    Every starred passage is shown even beyond the limit: featuring it was the researcher's
    choice. ``data`` has consent applied already (``case_data.apply_consent``); passages whose
    words may not be quoted are counted in ``counts`` but never chosen.
    """
    sel = QuoteSelection()
    sources = _sources(data, policy, anonymised=anonymised)
    labels = record_labels(data, anonymised=anonymised)
    languages = {i.id: i.language for i in data.interviews}
    candidates: dict[str, list[Coding]] = {}
    for c in data.codings:
        if c.theme_id not in data.selected_themes or c.target_id not in sources:
            continue
        rc = policy.record(c.target_id)
        if not rc.material:
            continue
        sel.counts[c.theme_id] += 1
        is_text = c.unit == "char" and not c.detached and bool(c.quote.strip())
        if not is_text or not rc.quotes:
            continue
        candidates.setdefault(c.theme_id, []).append(c)
    for theme, _depth in data.themes:
        found = candidates.get(theme.id)
        if not found:
            continue
        found.sort(key=lambda c: (not c.starred, -len(c.quote.strip()), sources[c.target_id][1]))
        unique = distinct_passages(found)
        starred = sum(1 for c in unique if c.starred)
        chosen = unique[: max(starred, max_per_theme)]
        quotes = [
            Quote(
                coding_id=c.id,
                text=quote_text(c),
                starred=c.starred,
                source=sources[c.target_id][0],
                when=sources[c.target_id][1],
                record=labels[c.target_id],
                language=languages.get(c.target_id),
            )
            for c in chosen
        ]
        sel.by_theme.append(ThemeQuotes(theme, quotes))
    return sel
