"""Every live case of a study into a folder, one PDF each, with progress and Cancel."""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

from fieldkit.errors import FieldkitError, StorageError, phrase, reason_of
from fieldkit.export.pdf.case_redaction import study_redactor
from fieldkit.export.pdf.case_report import export_case_pdf
from fieldkit.export.pdf.fonts import default_library
from fieldkit.export.pdf.options import (
    BatchReport,
    Cancel,
    CaseFailure,
    ExportCancelled,
    PdfOptions,
    Progress,
)
from fieldkit.export.pdf.photos import PhotoCache
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Study
from fieldkit.storage.records import list_cases

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_RESERVED = (
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
MAX_NAME = 80


def safe_file_name(title: str, taken: set[str]) -> str:
    """A file name from a case title that is valid on Windows, macOS and Linux, and unique
    (case-insensitively) among ``taken``, which it is added to."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip(" .-") or "case"
    if name.lower() in _RESERVED:
        name = f"{name}-case"
    name = name[:MAX_NAME].rstrip(" .")
    candidate, n = name, 2
    while candidate.lower() + ".pdf" in taken:
        candidate = f"{name} ({n})"
        n += 1
    taken.add(candidate.lower() + ".pdf")
    return candidate + ".pdf"


def export_study_pdfs(
    store: Store,
    *,
    study_id: str,
    folder: Path,
    options: PdfOptions = PdfOptions(),  # noqa: B008 (frozen)
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BatchReport:
    """One PDF per live case of the study in ``folder`` (created if needed).

    A case that fails is reported in ``failed`` and the others still export. Cancel stops
    before the next case, or in the middle of one: that case's file is not written.
    Anonymised editions are named ``case-01.pdf``, ``case-02.pdf``… (a case's title names its
    place); ``titles`` in the report says which case each file holds.
    """
    started = time.perf_counter()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            phrase(
                "the folder {folder} cannot be created: {reason}",
                folder=str(folder),
                reason=str(exc.strerror),
            )
        ) from exc
    with store.read() as session:
        study = get_row(session, Study, study_id)
        cases = [(c.id, c.title) for c in list_cases(session, study_id=study.id)]
    report = BatchReport(folder=folder)
    say = progress or (lambda _m, _f: None)
    stop = cancel or (lambda: False)
    fonts = default_library()
    photos = PhotoCache()
    taken: set[str] = set()
    total = max(len(cases), 1)
    redactor = study_redactor(store, study_id=study.id) if options.anonymised else None
    digits = max(2, len(str(len(cases))))
    for n, (case_id, title) in enumerate(cases):
        if stop():
            report.cancelled = True
            break
        if redactor is not None:
            name = safe_file_name(f"case-{n + 1:0{digits}d}", taken)
        else:
            name = safe_file_name(title, taken)
        say(f"Case {n + 1} of {len(cases)}: {title}", n / total)

        def sub(msg: str, frac: float, n: int = n, title: str = title) -> None:
            say(f"Case {n + 1} of {len(cases)}: {title} — {msg}", (n + frac) / total)

        try:
            result = export_case_pdf(
                store,
                case_id=case_id,
                path=folder / name,
                options=options,
                progress=sub,
                cancel=stop,
                fonts=fonts,
                photo_cache=photos,
                redactor=redactor,
            )
        except ExportCancelled:
            report.cancelled = True
            break
        except FieldkitError as exc:
            report.failed.append(CaseFailure(case_id, title, reason_of(exc)))
            continue
        except Exception as exc:  # one broken case must not stop the others
            report.failed.append(
                CaseFailure(case_id, title, f"unexpected error: {type(exc).__name__}: {exc}")
            )
            continue
        report.exported.append(result)
        report.titles[name] = title
    if not report.cancelled:
        say("Done", 1.0)
    report.seconds = time.perf_counter() - started
    return report
