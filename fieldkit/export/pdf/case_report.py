"""``export_case_pdf``: the case-study PDF a team lead hands on."""

from __future__ import annotations

import io
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldkit.errors import StorageError, ValidationError
from fieldkit.export.pdf.case_data import CaseData, load_case
from fieldkit.export.pdf.charts import theme_color, theme_profile_chart
from fieldkit.export.pdf.consent import display_name, withheld_statement
from fieldkit.export.pdf.fonts import FontLibrary, default_library
from fieldkit.export.pdf.layout import (
    ACCENT,
    FRAME_W,
    RULE,
    Bookmark,
    Contents,
    ContentsPlaceholder,
    ReportDoc,
    make_numbered_canvas,
)
from fieldkit.export.pdf.options import (
    SECTIONS,
    Cancel,
    ExportCancelled,
    PdfOptions,
    PdfReport,
    Progress,
)
from fieldkit.export.pdf.photos import PhotoCache, PhotoError
from fieldkit.export.pdf.quotes import (
    QuoteSelection,
    long_date,
    record_consent,
    select_quotes,
)
from fieldkit.export.pdf.text import TextMaker, make_styles
from fieldkit.storage.db import Store

OBSERVATION_CHARS = 1200


@dataclass
class _Build:
    """State shared while one case's story is put together."""

    data: CaseData
    options: PdfOptions
    text: TextMaker
    quotes: QuoteSelection
    report: PdfReport
    photo_cache: PhotoCache
    store: Store
    withheld_interviews: int = 0
    story: list[Flowable] = field(default_factory=list)
    contents: Contents = field(default_factory=Contents)
    section_no: int = 0

    def heading(self, title: str, key: str) -> None:
        self.section_no += 1
        label = f"{self.section_no}. {title}"
        self.story.append(self.text.heading(label, "h1", level=0, key=key))

    def p(self, text: str, style: str = "body", where: str = "") -> Paragraph:
        return self.text.para(text, style, where=where)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def export_case_pdf(
    store: Store,
    *,
    case_id: str,
    path: Path,
    options: PdfOptions = PdfOptions(),  # noqa: B008 (frozen, never mutated)
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    fonts: FontLibrary | None = None,
    photo_cache: PhotoCache | None = None,
) -> PdfReport:
    """Write the case-study PDF of ``case_id`` to ``path``.

    The file is written to a temporary file beside ``path`` and renamed into place, so a
    cancelled or failed export leaves no half-written PDF. Raises :class:`ExportCancelled`
    when ``cancel()`` returns true, NotFoundError for an unknown case, ValidationError for bad
    options, StorageError when the file cannot be written.
    """
    _check_options(options)
    path = Path(path)
    say = progress or (lambda _msg, _frac: None)
    stop = cancel or (lambda: False)
    say("Reading the case", 0.0)
    with store.read() as session:
        data = load_case(session, case_id=case_id, themes=options.themes)
    if stop():
        raise ExportCancelled()
    lib = fonts or default_library()
    text = TextMaker(lib, make_styles(lib))
    if options.anonymised:
        text.set_redactions(*_private_words(data))
    consent = record_consent(data)
    say("Choosing quotes", 0.1)
    quotes = select_quotes(
        data, consent, anonymised=options.anonymised, max_per_theme=options.max_quotes_per_theme
    )
    report = PdfReport(path=path, withheld=dict(quotes.withheld))
    b = _Build(data, options, text, quotes, report, photo_cache or PhotoCache(), store)
    b.withheld_interviews = sum(1 for i in data.interviews if not consent[i.id].material)
    report.withheld_summaries = b.withheld_interviews
    _story(b, consent, say, stop)
    say("Laying out pages", 0.55)
    _write(b, path, say, stop)
    report.font_warnings = text.font_warnings
    say("Done", 1.0)
    return report


def _private_words(data: CaseData) -> tuple[list[str], list[str]]:
    """Participants' names (and their parts) and places below region, for anonymised mode."""
    names: list[str] = []
    for p in data.participants:
        if p.name:
            names.append(p.name)
            names += [part for part in p.name.split() if part[:1].isupper() and len(part) > 3]
    places = [data.case.locality or ""]
    places += [i.place or "" for i in data.interviews]
    places += [o.setting or "" for o in data.observations]
    parts = [part.strip() for place in places for part in place.split(",")]
    return names, [p for p in places + parts if len(p) > 3]


def _check_options(options: PdfOptions) -> None:
    unknown = [s for s in options.sections if s not in SECTIONS]
    if unknown:
        raise ValidationError(
            f"unknown PDF section {unknown[0]!r}; choose from {', '.join(SECTIONS)}"
        )
    if options.max_quotes_per_theme < 0:
        raise ValidationError("the number of quotes per theme cannot be negative")
    if not 64 <= options.max_photo_px <= 4000:
        raise ValidationError("photo size must be between 64 and 4000 pixels")


def _story(b: _Build, consent: dict[str, Any], say: Progress, stop: Cancel) -> None:
    sections = b.options.sections
    if "cover" in sections:
        _cover(b)
    if "cover" in sections:
        b.story.append(NextPageTemplate("body"))
        b.story.append(PageBreak())
    if "contents" in sections:
        _contents(b)
    if "profile" in sections:
        _profile(b)
    if "theme_profile" in sections:
        _theme_profile(b)
    if "quotes" in sections:
        _quotes(b)
    if "summaries" in sections:
        _summaries(b, consent)
    if stop():
        raise ExportCancelled()
    if "photos" in sections:
        _photos(b, consent, say, stop)
    if "codebook" in sections:
        _codebook(b)


# --- cover and contents ------------------------------------------------------------------


def _period(data: CaseData) -> tuple[date, date] | None:
    dates = [i.date for i in data.interviews] + [o.date for o in data.observations]
    return (min(dates), max(dates)) if dates else None


def period_text(data: CaseData) -> str:
    span = _period(data)
    if span is None:
        return "no interviews or observations yet"
    lo, hi = span
    return long_date(lo) if lo == hi else f"{long_date(lo)} – {long_date(hi)}"


def authors_of(data: CaseData, options: PdfOptions) -> list[str]:
    if options.authors is not None:
        return [a for a in options.authors if a.strip()]
    names: list[str] = []
    for value in (
        [i.interviewer for i in data.interviews]
        + [o.observer for o in data.observations]
        + [c.coder for c in data.codings]
    ):
        if value and value.strip() and value.strip() not in names:
            names.append(value.strip())
    return sorted(names, key=str.lower)


def place_text(data: CaseData, options: PdfOptions) -> str:
    case = data.case
    parts = [case.country, case.region]
    if not options.anonymised:
        parts.insert(0, case.locality)
    return ", ".join(p for p in parts if p) or "place not recorded"


def _cover(b: _Build) -> None:
    d = b.data
    b.story.append(Bookmark("Cover", "cover"))
    b.story.append(b.p("CASE STUDY", "cover_kicker"))
    b.story.append(b.p(d.case.title, "cover_title", where=f"case {d.case.title!r}"))
    b.story.append(b.p(d.study.name, "cover_line", where=f"study {d.study.name!r}"))
    b.story.append(Spacer(1, 1.2 * cm))
    authors = authors_of(d, b.options)
    rows = [
        ("Place", place_text(d, b.options)),
        ("Period covered", period_text(d)),
        ("Kind of case", d.case.kind or "—"),
        ("Prepared by", ", ".join(authors) or "—"),
        ("Exported", long_date(date.today())),
    ]
    if b.options.anonymised:
        rows.append(("Edition", "Anonymised: participant codes only, no places below region"))
    table = Table(
        [[b.p(k, "cover_kicker"), b.p(v, "cover_line", where="the cover")] for k, v in rows],
        colWidths=[4.2 * cm, FRAME_W - 4.2 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    b.story.append(table)


def _contents(b: _Build) -> None:
    b.story.append(Paragraph("Contents", b.text.styles["h1"]))
    b.story.append(ContentsPlaceholder(b.contents))
    b.story.append(PageBreak())


# --- profile ----------------------------------------------------------------------------


def _table(rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F9")]),
        ]
    t.setStyle(TableStyle(style))
    return t


def _profile(b: _Build) -> None:
    d, o = b.data, b.options
    b.heading("Case profile", "profile")
    facts = [
        ("Kind", d.case.kind or "—"),
        ("Country", d.case.country or "—"),
        ("Region", d.case.region or "—"),
    ]
    if not o.anonymised:
        facts.append(("Locality", d.case.locality or "—"))
    facts += [
        ("Period covered", period_text(d)),
        (
            "Material",
            f"{_n(len(d.interviews), 'interview')}, {_n(len(d.observations), 'observation')}, "
            f"{_n(len(d.participants), 'participant')}",
        ),
    ]
    rows = [[b.p(k, "cell_key"), b.p(v, "cell", where="the case profile")] for k, v in facts]
    t = _table(rows, [4 * cm, FRAME_W - 4 * cm], header=False)
    b.story.append(t)
    if d.case.summary.strip():
        b.story.append(Paragraph("Summary", b.text.styles["h2"]))
        for chunk in _paragraphs(d.case.summary):
            b.story.append(b.p(chunk, where=f"the summary of case {d.case.title!r}"))
    _participants(b)
    b.story.append(Paragraph("Consent", b.text.styles["h2"]))
    b.story.append(b.p(_consent_note(b), "note"))


def _consent_note(b: _Build) -> str:
    statement = withheld_statement(b.quotes.withheld)
    parts = [statement if statement.endswith(".") else statement + "."]
    if b.withheld_interviews:
        n = b.withheld_interviews
        parts.append(
            f"{n} interview{'s' if n != 1 else ''} left out entirely because a participant's "
            "consent is pending or was withdrawn."
        )
    parts.append(
        "Quotes appear only from participants who gave consent and allowed verbatim quotes; "
        "in group interviews the strictest consent applies."
    )
    return " ".join(parts)


def _participants(b: _Build) -> None:
    d = b.data
    if not d.participants:
        return
    b.story.append(Paragraph("Participants", b.text.styles["h2"]))
    counts: Counter[str] = Counter()
    for people in d.interview_people.values():
        counts.update(p.id for p in people)
    head = ["Code", "Role", "Consent", "Quotes", "Interviews"]
    rows: list[list[Any]] = [[b.p(h, "cell_head") for h in head]]
    for p in sorted(d.participants, key=lambda p: (p.role, p.code)):
        status = p.consent_status
        if p.consent_status == "given" and p.consent_form:
            status += f" ({p.consent_form})"
        quotes = "allowed" if p.consent_quotes and p.consent_status == "given" else "not allowed"
        rows.append(
            [
                b.p(p.code, "cell", where=f"participant {p.code}"),
                b.p(p.role, "cell"),
                b.p(status, "cell"),
                b.p(quotes, "cell"),
                b.p(str(counts[p.id]), "cell"),
            ]
        )
    w = FRAME_W
    b.story.append(_table(rows, [0.2 * w, 0.24 * w, 0.22 * w, 0.18 * w, 0.16 * w]))


def _paragraphs(text: str) -> list[str]:
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n")]
    return [c for c in chunks if c]


# --- theme profile and quotes ------------------------------------------------------------


def _theme_profile(b: _Build) -> None:
    d = b.data
    b.heading("Theme profile", "theme-profile")
    rows = [
        (t, b.quotes.counts.get(t.id, 0))
        for t, _ in d.themes
        if t.id in d.selected_themes and b.quotes.counts.get(t.id, 0) > 0
    ]
    if not rows:
        b.story.append(b.p("No passages of this case have been coded yet."))
        return
    total = sum(n for _, n in rows)
    b.story.append(
        b.p(
            f"Coded passages per theme across this case's interviews and observations "
            f"({total} in all, {len(rows)} themes). Passages held back for consent reasons "
            "are not counted."
        )
    )
    lib = b.text.lib
    b.story.append(theme_profile_chart(rows, width=FRAME_W, font=lib.body, bold_font=lib.bold))
    # The heading, its sentence and the chart go on one page: a chart alone at the top of a page
    # after an orphaned heading reads as a mistake.
    heading, sentence, chart = b.story[-3:]
    b.story[-3:] = [KeepTogether([heading, sentence, chart])]


def _quotes(b: _Build) -> None:
    b.story.append(PageBreakIfNotEmpty())
    b.heading("Key quotes by theme", "quotes")
    b.story.append(
        b.p(
            "Passages starred by the research team are shown first (★); the other passages are "
            "the longest coded for each theme. Each quote gives its source."
        )
    )
    b.story.append(b.p(withheld_statement(b.quotes.withheld), "note"))
    if not b.quotes.by_theme:
        b.story.append(b.p("No passages can be quoted for this case."))
    for n, tq in enumerate(b.quotes.by_theme, 1):
        theme = tq.theme
        head = b.text.heading(
            theme.name, "h2", level=1, key=f"theme-{n}", where=f"theme {theme.name!r}"
        )
        b.story.append(CondPageBreak(4 * cm))
        b.story.append(head)
        for q in tq.quotes:
            text = f"★ {q.text}" if q.starred else q.text
            body = b.text.para(text, "quote", where=q.record)
            box = Table([[[body, b.p(q.source, "source")]]], colWidths=[FRAME_W - 0.6 * cm])
            box.hAlign = "RIGHT"
            box.setStyle(
                TableStyle(
                    [
                        ("LINEBEFORE", (0, 0), (0, 0), 2.2, theme_color(theme.color)),
                        ("LEFTPADDING", (0, 0), (0, 0), 9),
                        ("TOPPADDING", (0, 0), (0, 0), 1),
                        ("BOTTOMPADDING", (0, 0), (0, 0), 1),
                    ]
                )
            )
            b.story.append(box)
            b.story.append(Spacer(1, 9))


# --- summaries -----------------------------------------------------------------------------


def _summaries(b: _Build, consent: dict[str, Any]) -> None:
    d, o = b.data, b.options
    b.story.append(PageBreakIfNotEmpty())
    b.heading("Interview and observation summaries", "summaries")
    b.story.append(Paragraph("Interviews", b.text.styles["h2"]))
    shown = 0
    for n, i in enumerate(d.interviews, 1):
        if not consent[i.id].material:
            continue
        shown += 1
        people = d.interview_people.get(i.id, [])
        who = ", ".join(f"{display_name(p, anonymised=o.anonymised)} ({p.role})" for p in people)
        title = f"Interview {n}" if o.anonymised else (i.title or f"Interview {n}")
        meta = [long_date(i.date)]
        if who:
            meta.append(who)
        if i.interviewer:
            meta.append(f"interviewer: {i.interviewer}")
        if i.place and not o.anonymised:
            meta.append(i.place)
        if i.language:
            meta.append(f"language: {i.language}")
        where = f"interview {title!r}" if not o.anonymised else f"interview {n}"
        block: list[Flowable] = [b.p(title, "h3", where=where), b.p(" · ".join(meta), "meta")]
        chunks = _paragraphs(i.summary)
        if not chunks:
            block.append(b.p("No summary written yet.", "meta"))
        block.extend(b.p(c, where=where) for c in chunks)
        b.story.append(KeepTogether(block[:3]))
        b.story.extend(block[3:])
    if b.withheld_interviews:
        n = b.withheld_interviews
        b.story.append(
            b.p(
                f"{n} interview{'s are' if n != 1 else ' is'} not shown: a participant's consent "
                "is pending or was withdrawn.",
                "note",
            )
        )
    elif not shown:
        b.story.append(b.p("No interviews recorded."))
    b.story.append(Paragraph("Observations", b.text.styles["h2"]))
    if not d.observations:
        b.story.append(b.p("No observations recorded."))
    for obs in d.observations:
        where = f"observation {obs.title!r}"
        meta = [long_date(obs.date)]
        if obs.observer:
            meta.append(f"observer: {obs.observer}")
        if obs.setting and not o.anonymised:
            meta.append(obs.setting)
        text = obs.description.strip()
        if len(text) > OBSERVATION_CHARS:
            text = text[:OBSERVATION_CHARS].rsplit(" ", 1)[0] + " […]"
        chunks = _paragraphs(text)
        block = [b.p(obs.title, "h3", where=where), b.p(" · ".join(meta), "meta")]
        block += [b.p(c, where=where) for c in chunks]
        b.story.append(KeepTogether(block[:3]))
        b.story.extend(block[3:])


# --- photos ---------------------------------------------------------------------------------


def _photos(b: _Build, consent: dict[str, Any], say: Progress, stop: Cancel) -> None:
    d, o = b.data, b.options
    labels = {i.id: f"Interview, {long_date(i.date)}" for i in d.interviews}
    labels.update({x.id: f"Observation: {x.title}, {long_date(x.date)}" for x in d.observations})
    labels[d.case.id] = "The case"
    cells: list[Any] = []
    col_w = (FRAME_W - 0.6 * cm) / 2
    max_h = 7.2 * cm
    usable = [
        a for a in d.photos if consent.get(a.target_id) is None or consent[a.target_id].material
    ]
    if not usable:
        return
    say("Preparing photos", 0.2)
    prepared = b.photo_cache.prepare_all(
        b.store.blobs,
        [a.sha256 for a in usable],
        max_px=o.max_photo_px,
        quality=o.photo_quality,
        cancel=stop,
        progress=lambda n: say("Preparing photos", 0.2 + 0.3 * n / len(usable)),
    )
    if stop():
        raise ExportCancelled()
    for att in usable:
        photo = prepared[att.sha256]
        if isinstance(photo, PhotoError):
            b.report.warnings.append(
                f"photo {att.filename!r} ({labels.get(att.target_id, 'the case')}) was left out: "
                f"{photo}"
            )
            continue
        scale = min(col_w / photo.width, max_h / photo.height)
        img = Image(_stream(photo.data), photo.width * scale, photo.height * scale)
        caption = att.caption.strip() or att.filename
        source = labels.get(att.target_id, "")
        cap = b.text.para(caption, "caption", where=f"photo {att.filename!r}")
        src = b.p(source, "meta") if source else Spacer(1, 1)
        cells.append([img, cap, src])
    if not cells:
        return
    b.story.append(PageBreakIfNotEmpty())
    b.heading("Photos", "photos")
    rows = [
        cells[i : i + 2] + ([Spacer(1, 1)] if i + 1 >= len(cells) else [])
        for i in range(0, len(cells), 2)
    ]
    t = Table(rows, colWidths=[col_w + 0.3 * cm, col_w + 0.3 * cm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    b.story.append(t)


def _stream(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


# --- codebook ------------------------------------------------------------------------------


def _codebook(b: _Build) -> None:
    d = b.data
    b.story.append(PageBreakIfNotEmpty())
    b.heading("Appendix: codebook", "codebook")
    b.story.append(
        b.p(
            "The study's themes with their descriptions; the last column counts this case's "
            "coded passages (after consent rules)."
        )
    )
    head = ["", "Theme", "Description", "Passages"]
    rows: list[list[Any]] = [["", *(b.p(h, "cell_head") for h in head[1:])]]
    swatches: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
    ]
    for theme, depth in d.themes:
        if theme.id not in d.selected_themes or theme.archived:
            continue
        name = b.text.para(theme.name, _indented(b, depth), where=f"theme {theme.name!r}")
        rows.append(
            [
                "",
                name,
                b.p(theme.description or "—", "cell", where=f"theme {theme.name!r}"),
                b.p(str(b.quotes.counts.get(theme.id, 0)), "cell"),
            ]
        )
        r = len(rows) - 1
        swatches.append(("BACKGROUND", (0, r), (0, r), theme_color(theme.color)))
    w = FRAME_W
    t = _table(rows, [0.3 * cm, 0.3 * w, w - 0.3 * w - 0.3 * cm - 2.0 * cm, 2.0 * cm])
    t.setStyle(TableStyle(swatches))
    b.story.append(t)


def _indented(b: _Build, depth: int) -> str:
    name = f"cell-d{depth}"
    if name not in b.text.styles:
        base = b.text.styles["cell"]
        b.text.styles[name] = (
            ParagraphStyle(name, parent=base, fontName=b.text.lib.bold)
            if depth == 0
            else ParagraphStyle(name, parent=base, leftIndent=10 * depth)
        )
    return name


# --- writing -----------------------------------------------------------------------------


def _write(b: _Build, path: Path, say: Progress, stop: Cancel) -> None:
    d = b.data
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(f"the folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=".fieldkit-", suffix=".pdf.part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    authors = authors_of(d, b.options)
    header = b.text.para(f"{d.study.name} — {d.case.title}", "header", where="the page header")
    lib = b.text.lib
    with_cover = "cover" in b.options.sections
    canvas = make_numbered_canvas(
        header, "Case study · fieldkit", lib.body, lib.bold, b.contents, cover=with_cover
    )
    # Plain (not ASCII85) streams: a quarter smaller, and reportlab's pure-Python
    # ASCII85 encoder is the slowest step for photos.
    rl_config.useA85 = 0
    try:
        doc = ReportDoc(
            str(tmp),
            progress=say,
            cancel=stop,
            total_flowables=len(b.story),
            title=b.text.scrub(f"{d.case.title} — case study"),
            author=", ".join(authors) or "fieldkit",
            subject=b.text.scrub(
                f"Case study of {d.case.title} ({place_text(d, b.options)}) in the study "
                f"{d.study.name}"
            ),
            creator="fieldkit",
            keywords=", ".join(t.theme.name for t in b.quotes.by_theme),
            contents=b.contents,
            with_cover=with_cover,
        )
        doc.build(b.story, canvasmaker=canvas)
        b.report.pages = doc.page
        b.report.size = tmp.stat().st_size
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"the PDF could not be written to {path}: {exc.strerror or exc}"
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
