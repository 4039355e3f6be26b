"""``fieldkit export pdf|qdpx|csv`` and ``fieldkit import qdpx``."""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.commands.context import Context
from fieldkit.errors import ValidationError, phrase

if TYPE_CHECKING:
    from fieldkit.export.pdf import PdfOptions, PdfReport


def _pdf_options(ctx: Context, args: Namespace) -> PdfOptions:
    from fieldkit.export.pdf import SECTIONS, PdfOptions

    sections = tuple(args.section) if args.section else SECTIONS
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ValidationError(
            phrase(
                "unknown section {section}; choose from {choices}",
                section=", ".join(unknown),
                choices=", ".join(SECTIONS),
            )
        )
    return PdfOptions(
        themes=tuple(args.theme) if args.theme else None,
        sections=sections,
        anonymised=args.anonymised,
        anonymised_photos=args.with_photos,
        authors=tuple(args.author) if args.author else None,
        prepared_by=(args.prepared_by or "").strip() or ctx.settings.display_name or None,
        photo_size=args.photo_size,
        language=args.language or "en",
    )


def _progress(ctx: Context) -> Callable[[str, float], None]:
    def report(message: str, fraction: float) -> None:
        if ctx.err.isatty():
            ctx.err.write(f"\r{int(fraction * 100):3d}% {message[:70]:<70}")

    return report


def export_pdf(ctx: Context, args: Namespace) -> int:
    from fieldkit.export.export_log import case_study, combined, record_export
    from fieldkit.export.pdf import export_case_pdf, export_study_pdfs

    options = _pdf_options(ctx, args)
    if args.with_photos and not args.anonymised:
        raise ValidationError(
            phrase("--with-photos is for anonymised editions (with --anonymised)")
        )
    target = Path(args.output)
    if args.all:
        if args.case:
            raise ValidationError(phrase("give either a CASE_ID or --all, not both"))
        study_id = ctx.study_id(args.study)
        batch = export_study_pdfs(
            ctx.store, study_id=study_id, folder=target, options=options, progress=_progress(ctx)
        )
        for report in batch.exported:
            ctx.print(str(report.path))
            if options.anonymised:
                ctx.note(f"{report.path.name}: {batch.titles.get(report.path.name, '')}")
            _report_notes(ctx, report)
        if options.anonymised:
            _redaction_notes(ctx, [r.redactions for r in batch.exported])
        record_export(
            ctx.store,
            study_id=study_id,
            fmt="pdf",
            scope=f"all cases ({len(batch.exported)} files)",
            target=target,
            anonymised=options.anonymised,
            consent=combined([r.consent for r in batch.exported]),
        )
        for failure in batch.failed:
            ctx.note(f"error: {failure.case_title}: {failure.message}")
        ctx.note(
            f"{len(batch.exported)} case studies written to {target} "
            f"in {batch.seconds:.1f} s; {len(batch.failed)} failed"
        )
        return 1 if batch.failed else 0
    if not args.case:
        raise ValidationError(phrase("give the CASE_ID to export, or --all with --study"))
    report = export_case_pdf(
        ctx.store, case_id=args.case, path=target, options=options, progress=_progress(ctx)
    )
    record_export(
        ctx.store,
        study_id=case_study(ctx.store, args.case),
        fmt="pdf",
        scope=f"case {args.case}",
        target=report.path,
        anonymised=options.anonymised,
        consent=report.consent,
    )
    ctx.print(str(report.path))
    _report_notes(ctx, report)
    if options.anonymised:
        _redaction_notes(ctx, [report.redactions])
    return 0


def _redaction_notes(ctx: Context, counts: list[dict[str, int]]) -> None:
    from fieldkit.storage.name_matching import redaction_report

    for line in redaction_report(counts):
        ctx.note(line)


def _report_notes(ctx: Context, report: PdfReport) -> None:
    ctx.note(f"{report.path.name}: {report.consent.summary()}")
    for warning in [*report.font_warnings, *report.warnings]:
        ctx.note(f"{report.path.name}: warning: {warning}")


def export_qdpx(ctx: Context, args: Namespace) -> int:
    from fieldkit.export.export_log import record_export
    from fieldkit.export.qdpx import export_qdpx as run

    study_id = ctx.study_id(args.study)
    report = run(ctx.store, path=Path(args.output), study_id=study_id, language=args.language)
    record_export(
        ctx.store,
        study_id=study_id,
        fmt="qdpx",
        scope="study",
        target=report.path,
        consent=report.consent,
    )
    ctx.print(str(report.path))
    for line in report.warnings:
        ctx.note(f"warning: {line}")
    ctx.note(
        f"{report.text_sources} text sources, {report.codings} codings, "
        f"{report.themes} themes, {report.size_bytes / 1e6:.1f} MB"
    )
    ctx.note(report.consent.summary())
    return 0


def import_qdpx(ctx: Context, args: Namespace) -> int:
    from fieldkit.export.qdpx import import_qdpx as run

    study_id = ctx.study_id(args.study) if args.study else None
    report = run(ctx.store, path=Path(args.file), study_id=study_id)
    for line in report.warnings:
        ctx.note(f"warning: {line}")
    ctx.note(
        f"{'created' if report.created_study else 'merged into'} study "
        f"{report.study_name!r}: {report.interviews} interviews, "
        f"{report.observations} observations, {report.codings} codings, "
        f"{report.themes_created} new themes"
    )
    if report.created_study:
        ctx.remember_study(report.study_id)
    ctx.print(report.study_id)
    return 0


def export_csv(ctx: Context, args: Namespace) -> int:
    from fieldkit.export.csv_export import export_csv as run
    from fieldkit.export.export_log import record_export

    study_id = ctx.study_id(args.study)
    report = run(ctx.store, folder=Path(args.output), study_id=study_id, language=args.language)
    record_export(
        ctx.store,
        study_id=study_id,
        fmt="csv",
        scope="study",
        target=Path(args.output),
        consent=report.consent,
    )
    for path in report.paths:
        ctx.print(str(path))
    ctx.note(report.consent.summary())
    return 0
