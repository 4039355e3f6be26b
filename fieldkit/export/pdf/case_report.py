"""``export_case_pdf``: the case-study PDF a team lead hands on.

The sections are put together by modules named for them: ``case_cover``, ``case_profile``,
``case_themes``, ``case_summaries`` and ``case_photos`` (shared state in ``case_build``).
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldkit.errors import StorageError, ValidationError, phrase
from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.consent_text import Redactor as ConsentRedactor
from fieldkit.export.pdf.case_build import CaseBuild
from fieldkit.export.pdf.case_cover import (
    add_contents,
    add_cover,
    authors_of,
    period_text,
    place_text,
)
from fieldkit.export.pdf.case_data import apply_consent, load_case
from fieldkit.export.pdf.case_overview import add_executive_summary
from fieldkit.export.pdf.case_photos import add_photos
from fieldkit.export.pdf.case_profile import add_profile
from fieldkit.export.pdf.case_redaction import name_leaks, redact_case_data, study_redactor
from fieldkit.export.pdf.case_summaries import OBSERVATION_CHARS, add_summaries
from fieldkit.export.pdf.case_themes import add_codebook, add_quotes, add_theme_profile
from fieldkit.export.pdf.fonts import FontLibrary, default_library
from fieldkit.export.pdf.layout import ReportDoc, make_numbered_canvas
from fieldkit.export.pdf.options import (
    PHOTO_SIZES,
    SECTIONS,
    Cancel,
    ExportCancelled,
    PdfOptions,
    PdfReport,
    Progress,
)
from fieldkit.export.pdf.photos import PhotoCache
from fieldkit.export.pdf.quotes import select_quotes
from fieldkit.export.pdf.text import TextMaker, make_styles
from fieldkit.export.report_words import current_language, report_language, report_language_code, tr
from fieldkit.storage.codebook import display_theme
from fieldkit.storage.db import Store
from fieldkit.storage.durable import make_shareable
from fieldkit.storage.name_matching import Redactor

PLAIN_FOOTER_LANGUAGES = frozenset({"en", "fr", "es", "pt", "sw"})


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
    redactor: Redactor | None = None,
) -> PdfReport:
    """Write the case-study PDF of ``case_id`` to ``path``.

    The file is written to a temporary file beside ``path`` and renamed into place, so a
    cancelled or failed export leaves no half-written PDF. Raises :class:`ExportCancelled`
    when ``cancel()`` returns true, NotFoundError for an unknown case, ValidationError for bad
    options, StorageError when the file cannot be written.

    An anonymised edition (``options.anonymised``) replaces every name and place of the study's
    list of names to redact (``redactor``, read from the store when not given) everywhere in
    the file, and leaves photos out unless ``options.anonymised_photos``; the report counts
    what was replaced.
    """
    _check_options(options)
    with report_language(options.language):
        return _export(
            store, case_id, Path(path), options, progress, cancel, fonts, photo_cache, redactor
        )


def _export(
    store: Store,
    case_id: str,
    path: Path,
    options: PdfOptions,
    progress: Progress | None,
    cancel: Cancel | None,
    fonts: FontLibrary | None,
    photo_cache: PhotoCache | None,
    redactor: Redactor | None,
) -> PdfReport:
    say = progress or (lambda _msg, _frac: None)
    stop = cancel or (lambda: False)
    say("Reading the case", 0.0)
    with store.read() as session:
        data = load_case(session, case_id=case_id, themes=options.themes)
    if stop():
        raise ExportCancelled()
    lib = fonts or default_library()
    text = TextMaker(lib, make_styles(lib), consent=ConsentRedactor(data.hidden_words))
    before: Counter[str] = Counter()
    # Consent first: what is withheld is never printed, so it is neither redacted nor counted
    # among the replacements. The redactor's names come from the whole study (withheld people
    # included), so a withheld person named in an observation is still replaced.
    data, policy, withheld = apply_consent(data)
    for theme, _depth in data.themes:  # default themes named in the report's language
        theme.name, theme.description = display_theme(
            theme.name, theme.description, current_language()
        )
    if options.anonymised:
        redactor = redactor or study_redactor(store, study_id=data.study.id)
        before = Counter(redactor.counts)
        redact_case_data(data, redactor)
        text.redactor = redactor
    say("Choosing quotes", 0.1)
    quotes = select_quotes(
        data, policy, anonymised=options.anonymised, max_per_theme=options.max_quotes_per_theme
    )
    report = PdfReport(path=path, consent=withheld)
    if options.anonymised and redactor is not None:
        report.redactions = dict(redactor.counts - before)
        leaks = name_leaks(redactor, path.name)
        if leaks:
            report.warnings.append(
                phrase(
                    "the file name {name} gives away {leaks}; rename it before sending the "
                    "anonymised edition",
                    name=repr(path.name),
                    leaks=", ".join(leaks),
                )
            )
    b = CaseBuild(data, options, text, quotes, report, photo_cache or PhotoCache(), store, policy)
    _story(b, policy, say, stop)
    say("Laying out pages", 0.55)
    _write(b, path, say, stop)
    report.font_warnings = text.font_warnings
    say("Done", 1.0)
    return report


def _check_options(options: PdfOptions) -> None:
    unknown = [s for s in options.sections if s not in SECTIONS]
    if unknown:
        raise ValidationError(
            phrase(
                "unknown PDF section {section}; choose from {choices}",
                section=repr(unknown[0]),
                choices=", ".join(SECTIONS),
            )
        )
    report_language_code(options.language)  # a language reports do not ship in: one clear line
    if options.max_quotes_per_theme < 0:
        raise ValidationError(phrase("the number of quotes per theme cannot be negative"))
    if options.photo_size not in PHOTO_SIZES:
        raise ValidationError(
            phrase(
                "unknown photo size {size}; choose from {choices}",
                size=repr(options.photo_size),
                choices=", ".join(PHOTO_SIZES),
            )
        )


def _story(b: CaseBuild, consent: ConsentPolicy, say: Progress, stop: Cancel) -> None:
    sections = b.options.sections
    if "cover" in sections:
        add_cover(b)
    if "cover" in sections:
        b.story.append(NextPageTemplate("body"))
        b.story.append(PageBreak())
    if "contents" in sections:
        add_contents(b)
    if "summary" in sections:
        add_executive_summary(b, consent)
    if "profile" in sections:
        if "summary" in sections:
            b.story.append(PageBreakIfNotEmpty())  # the summary page stands on its own
        add_profile(b)
    if "theme_profile" in sections:
        add_theme_profile(b)
    if "quotes" in sections:
        add_quotes(b)
    if "summaries" in sections:
        add_summaries(b, consent)
    if stop():
        raise ExportCancelled()
    if b.options.prints_photos:
        add_photos(b, consent, say, stop)
    elif "photos" in sections and b.data.photos:
        # Faces, signs and school names in photos identify people and places.
        n = len(b.data.photos)
        b.report.warnings.append(
            phrase(
                "1 photo was left out: anonymised editions carry no photos unless asked "
                "(--with-photos)"
            )
            if n == 1
            else phrase(
                "{count} photos were left out: anonymised editions carry no photos unless asked "
                "(--with-photos)",
                count=n,
            )
        )
    if "codebook" in sections:
        add_codebook(b)


def _write(b: CaseBuild, path: Path, say: Progress, stop: Cancel) -> None:
    d = b.data
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(phrase("the folder {folder} does not exist", folder=str(folder)))
    fd, tmp_name = tempfile.mkstemp(prefix=".fieldkit-", suffix=".pdf.part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    authors = authors_of(d, b.options)
    header = b.text.para(f"{d.study.name} — {d.case.title}", "header", where="the page header")
    lib = b.text.lib
    with_cover = "cover" in b.options.sections
    # Latin-script languages keep the plain footer; Arabic and Devanagari go through the
    # shaping and bidi path of paragraphs.
    plain = current_language() in PLAIN_FOOTER_LANGUAGES

    def page_label(text: str) -> Flowable:
        return b.text.para(text, "header", where="the page footer")

    canvas = make_numbered_canvas(
        header,
        tr("Case study · fieldkit"),
        lib.body,
        lib.bold,
        b.contents,
        cover=with_cover,
        page_label=None if plain else page_label,
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
            title=b.text.scrub(tr("{title} — case study", title=d.case.title)),
            author=b.text.scrub(b.options.prepared_by or ", ".join(authors)) or "fieldkit",
            subject=b.text.scrub(
                tr(
                    "Case study of {case} ({place}) in the study {study}",
                    case=d.case.title,
                    place=place_text(d, b.options),
                    study=d.study.name,
                )
            ),
            creator="fieldkit",
            keywords=b.text.scrub(", ".join(t.theme.name for t in b.quotes.by_theme)),
            contents=b.contents,
            with_cover=with_cover,
            # The report's own words are in its language; quotes carry their interview's.
            lang=current_language(),
        )
        doc.build(b.story, canvasmaker=canvas)
        b.report.pages = doc.page
        b.report.size = tmp.stat().st_size
        make_shareable(tmp)  # mkstemp made it 0600; a report is meant to be passed on
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            phrase(
                "the PDF could not be written to {path}: {reason}",
                path=str(path),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["OBSERVATION_CHARS", "authors_of", "export_case_pdf", "period_text", "place_text"]
