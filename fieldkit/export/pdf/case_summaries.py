"""The interview and observation summaries section of the case-study PDF."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.consent_text import NOT_QUOTED_MARK, without_turns, without_verbatim
from fieldkit.export.language_words import language_words
from fieldkit.export.pdf.attribution import speakers
from fieldkit.export.pdf.case_build import CaseBuild, split_paragraphs
from fieldkit.export.pdf.quotes import long_date
from fieldkit.export.report_words import tr

OBSERVATION_CHARS = 1200


def add_summaries(b: CaseBuild, consent: ConsentPolicy) -> None:
    d, o = b.data, b.options
    b.story.append(PageBreakIfNotEmpty())
    b.heading(tr("Interview and observation summaries"), "summaries")
    b.story.append(b.p(tr("Interviews"), "h2"))
    shown = 0
    for n, i in enumerate(d.interviews, 1):
        shown += 1
        people = d.interview_people.get(i.id, [])
        hide = o.anonymised or not consent.record(i.id).names
        who = speakers(people, anonymised=hide) if people else ""
        numbered = tr("Interview {n}", n=n)
        title = numbered if o.anonymised else (i.title or numbered)
        meta = [long_date(i.date)]
        if who:
            meta.append(who)
        if i.interviewer:
            meta.append(tr("interviewer: {name}", name=i.interviewer))
        if i.place and not o.anonymised:
            meta.append(i.place)
        if i.language:
            meta.append(tr("language: {language}", language=language_words(i.language)))
        where = f"interview {title!r}" if not o.anonymised else f"interview {n}"
        block: list[Flowable] = [b.p(title, "h3", where=where), b.p(" · ".join(meta), "meta")]
        summary = i.summary
        if not consent.record(i.id).quotes:
            summary = without_verbatim(summary, i.transcript, mark=tr(NOT_QUOTED_MARK))
        chunks = split_paragraphs(summary)  # no summary yet: the heading and facts alone
        block.extend(b.p(c, where=where) for c in chunks)
        b.story.append(KeepTogether(block[:3]))
        b.story.extend(block[3:])
    left_out = b.withheld.withheld_line()
    if left_out:
        b.story.append(b.p(tr("Not shown: {what}.", what=left_out), "note"))
    elif not shown:
        b.story.append(b.p(tr("No interviews recorded.")))
    b.story.append(b.p(tr("Observations"), "h2"))
    if not d.observations:
        b.story.append(b.p(tr("No observations recorded.")))
    for obs in d.observations:
        where = f"observation {obs.title!r}"
        meta = [long_date(obs.date)]
        if obs.observer:
            meta.append(tr("observer: {name}", name=obs.observer))
        if obs.setting and not o.anonymised:
            meta.append(obs.setting)
        text = obs.description.strip()
        if not consent.record(obs.id).quotes:  # participants speak in it
            people = d.observation_people.get(obs.id, [])
            codes = {p.code.casefold() for p in people}
            text = without_turns(text, codes, mark=tr(NOT_QUOTED_MARK))
        if len(text) > OBSERVATION_CHARS:
            text = text[:OBSERVATION_CHARS].rsplit(" ", 1)[0] + " […]"
        chunks = split_paragraphs(text)
        block = [b.p(obs.title, "h3", where=where), b.p(" · ".join(meta), "meta")]
        block += [b.p(c, where=where) for c in chunks]
        b.story.append(KeepTogether(block[:3]))
        b.story.extend(block[3:])


__all__ = ["OBSERVATION_CHARS", "add_summaries"]
