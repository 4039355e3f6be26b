"""What an anonymised edition costs over an ordinary one: building the study's redactor, one
big case, and a batch of cases.

    .venv/bin/python benchmarks/bench_anonymise.py --data-dir COPY_OF_A_DEMO [--count 20]

Give it a copy of ``fieldkit demo --scale large`` (it writes PDFs to a temporary folder only).
Both editions leave photos out here (anonymised editions carry none), so the difference is
the redaction: matching every name and place of the study's list in every printed string.
Figures are wall-clock and CPU seconds on this machine; nothing here is a pass/fail check.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import col

from fieldkit.export.pdf import SECTIONS, PdfOptions, export_case_pdf
from fieldkit.export.pdf.case_redaction import study_redactor
from fieldkit.export.pdf.fonts import default_library
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, Study
from fieldkit.storage.records import list_cases

NO_PHOTOS = tuple(s for s in SECTIONS if s != "photos")


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(t: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - t[0], time.process_time() - t[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--count", type=int, default=20, help="cases in the batch")
    args = parser.parse_args()
    store = Store.open(args.data_dir)
    out = Path(tempfile.mkdtemp(prefix="fieldkit-bench-anon-"))
    with store.read() as s:
        study = (
            s.execute(
                select(Study).where(col(Study.deleted_at).is_(None)).order_by(col(Study.created_at))
            )
            .scalars()
            .first()
        )
        assert study is not None, "no study in this data folder"
        cases = [c.id for c in list_cases(s, study_id=study.id)]
        sizes = dict(
            s.execute(
                select(col(Interview.case_id), func.count())
                .where(col(Interview.study_id) == study.id)
                .group_by(col(Interview.case_id))
            ).all()
        )
    default_library().fonts_for("Chinese")  # font discovery once, outside the timings
    t = clock()
    redactor = study_redactor(store, study_id=study.id)
    wall, cpu = since(t)
    print(
        f"study redactor: {len(redactor.terms)} names and places, built in {wall:.3f} s "
        f"(CPU {cpu:.3f} s, first build includes the word-character table)"
    )
    biggest = max(cases, key=lambda c: sizes.get(c, 0))
    for label, anonymised in (("ordinary", False), ("anonymised", True)):
        options = PdfOptions(anonymised=anonymised, sections=NO_PHOTOS)
        t = clock()
        report = export_case_pdf(
            store, case_id=biggest, path=out / f"{label}.pdf", options=options, redactor=redactor
        )
        wall, cpu = since(t)
        print(
            f"largest case ({sizes.get(biggest, 0)} interviews), {label}: {wall:.2f} s "
            f"(CPU {cpu:.2f} s), {report.pages} pages, "
            f"{sum(report.redactions.values())} replacements"
        )
    chosen = cases[: args.count]
    for label, anonymised in (("ordinary", False), ("anonymised", True)):
        options = PdfOptions(anonymised=anonymised, sections=NO_PHOTOS)
        t = clock()
        for n, cid in enumerate(chosen):
            export_case_pdf(
                store,
                case_id=cid,
                path=out / f"{label}-{n}.pdf",
                options=options,
                redactor=redactor,
            )
        wall, cpu = since(t)
        print(
            f"batch of {len(chosen)} cases, {label}: {wall:.2f} s, "
            f"{wall / len(chosen):.3f} s per case (CPU {cpu / len(chosen):.3f} s)"
        )
    store.close()


if __name__ == "__main__":
    main()
