"""The case profile and participants sections of the case-study PDF."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import cm

from fieldkit.export.pdf.case_build import CaseBuild, grid_table, split_paragraphs
from fieldkit.export.pdf.case_cover import period_text
from fieldkit.export.pdf.layout import FRAME_W
from fieldkit.export.report_words import tr, trn
from fieldkit.export.role_words import role_name


def _n(count: int, noun: str) -> str:
    return trn(f"{{n}} {noun}", f"{{n}} {noun}s", count)


def add_profile(b: CaseBuild) -> None:
    d, o = b.data, b.options
    b.heading(tr("Case profile"), "profile")
    facts = [(tr("Kind"), d.case.kind or "—")]
    # Smallest place first, as on the cover; anonymised editions name the country only.
    if not o.anonymised:
        facts.append((tr("Locality"), d.case.locality or "—"))
        facts.append((tr("Region"), d.case.region or "—"))
    facts += [
        (tr("Country"), d.case.country or "—"),
        (tr("Period covered"), period_text(d)),
        (
            tr("Material"),
            f"{_n(len(d.interviews), 'interview')}, {_n(len(d.observations), 'observation')}, "
            f"{_n(len(d.participants), 'participant')}",
        ),
    ]
    words = free_tag_text(b)
    if words:
        facts.append((tr("Free tags"), words))
    rows = [[b.p(k, "cell_key"), b.p(v, "cell", where="the case profile")] for k, v in facts]
    t = grid_table(rows, [4 * cm, FRAME_W - 4 * cm], header=False)
    b.story.append(t)
    if d.case.summary.strip() and "summary" not in o.sections:  # else on the summary page
        b.story.append(b.p(tr("Summary"), "h2"))
        for chunk in split_paragraphs(d.case.summary):
            b.story.append(b.p(chunk, where=f"the summary of case {d.case.title!r}"))
    add_participants(b)
    b.story.append(b.p(tr("Consent"), "h2"))
    b.story.append(b.p(_consent_note(b), "note"))


def free_tag_text(b: CaseBuild) -> str:
    """ "radio (3), follow-up (1)": the free words on the case and the records it prints, with
    how many of them carry each, most used first (nothing of a withheld record counts)."""
    d = b.data
    kept = [d.case.id, *(r.id for r in (*d.interviews, *d.observations) if b.policy.keeps(r.id))]
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for record_id in kept:
        for word in d.free_tags.get(record_id, []):
            spelling.setdefault(word.casefold(), word)
            counts[word.casefold()] += 1
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return ", ".join(f"{spelling[k]} ({counts[k]})" for k in ranked)


def _consent_note(b: CaseBuild) -> str:
    """The export's "withheld: …" report, then the rules it follows."""
    w = b.withheld
    parts = [_sentence(w.summary())]
    parts.append(
        tr(
            "Nothing appears from a participant whose consent is pending or was withdrawn (not "
            "their interviews, not their passages, not in any count or table). Quotes appear only "
            "from participants who gave consent and allowed verbatim quotes, and not from an "
            "interview with no participant linked; in group interviews the strictest consent "
            "applies. Names appear only where the participant allowed attribution."
        )
    )
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def add_participants(b: CaseBuild) -> None:
    d = b.data
    if not d.participants:
        return
    b.story.append(b.p(tr("Participants"), "h2"))
    counts: Counter[str] = Counter()
    for people in d.interview_people.values():
        counts.update(p.id for p in people)
    head = [tr("Code"), tr("Role"), tr("Consent"), tr("Quotes"), tr("Interviews")]
    rows: list[list[Any]] = [[b.p(h, "cell_head") for h in head]]
    for p in sorted(d.participants, key=lambda p: (p.role, p.code)):
        status = tr(p.consent_status)
        if p.consent_status == "given" and p.consent_form:
            status += f" ({tr(p.consent_form)})"
        allowed = p.consent_quotes and p.consent_status == "given"
        quotes = tr("allowed") if allowed else tr("not allowed")
        rows.append(
            [
                b.p(p.code, "cell", where=f"participant {p.code}"),
                b.p(role_name(p.role), "cell"),
                b.p(status, "cell"),
                b.p(quotes, "cell"),
                b.p(str(counts[p.id]), "cell"),
            ]
        )
    w = FRAME_W
    b.story.append(grid_table(rows, [0.2 * w, 0.24 * w, 0.22 * w, 0.18 * w, 0.16 * w]))


__all__ = ["add_participants", "add_profile"]
