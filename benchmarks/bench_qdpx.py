"""Seconds and size of the whole-study REFI-QDA export (.qdpx) on the demo corpus.

    .venv/bin/python benchmarks/bench_qdpx.py --scale large [--data-dir DIR] [--import] [--validate]

Generates the demo corpus into a temporary data folder (or reuses ``--data-dir`` when it
already holds a study), exports it, and prints the figures. ``--import`` also times importing
the file into a fresh data folder; ``--validate`` checks project.qde against Project.xsd
(needs ``xmlschema``; slow on the large corpus).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from sqlalchemy import func, select

from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.storage.db import Store
from fieldkit.storage.models import Study

SCHEMA = Path(__file__).resolve().parent.parent / "tests" / "export" / "data" / "Project.xsd"


def _study(store: Store, scale: str) -> tuple[str, float | None]:
    with store.read() as s:
        existing = s.execute(select(Study.id).where(Study.deleted_at.is_(None))).first()  # type: ignore[union-attr]
    if existing:
        return str(existing[0]), None
    from fieldkit.demo import generate

    started = time.perf_counter()
    summary = generate(store, scale=scale)
    return summary.study_id, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--import", dest="do_import", action="store_true")
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-qdpx-"))
    store = Store.open(args.data_dir or work / "data")
    study_id, generated = _study(store, args.scale)
    if generated is not None:
        print(f"demo corpus ({args.scale}) generated in {generated:.1f} s")
    out = work / "study.qdpx"
    report = export_qdpx(store, path=out, study_id=study_id)
    with zipfile.ZipFile(out) as zf:
        qde = zf.getinfo("project.qde")
        entries = len(zf.namelist())
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scale: {args.scale}")
    print(
        f"export: {report.seconds:.2f} s, {report.size_bytes / 2**20:.1f} MB "
        f"({entries} files; project.qde {qde.file_size / 2**20:.1f} MB unpacked)"
    )
    print(
        f"  {report.text_sources} text sources, {report.audio_sources} audio, "
        f"{report.picture_sources} photos, {report.codings} codings, {report.tags} tags, "
        f"{report.themes} themes, {report.cases} cases, {report.participants} participants, "
        f"{report.notes} notes; {report.consent.summary()}"
    )
    print(f"  peak memory of this process so far: {rss_mb:.0f} MB")
    if args.validate:
        import xmlschema

        started = time.perf_counter()
        schema = xmlschema.XMLSchema(str(SCHEMA))
        with zipfile.ZipFile(out) as zf, zf.open("project.qde") as f:
            errors = sum(1 for _ in schema.iter_errors(f))
        print(f"validate: {errors} schema errors ({time.perf_counter() - started:.1f} s)")
    if args.do_import:
        fresh = Store.open(work / "imported")
        started = time.perf_counter()
        imported = import_qdpx(fresh, path=out)
        seconds = time.perf_counter() - started
        with fresh.read() as s:
            studies = s.execute(select(func.count()).select_from(Study)).scalar_one()
        print(
            f"import: {seconds:.2f} s ({imported.interviews} interviews, "
            f"{imported.observations} observations, {imported.codings} codings, "
            f"{imported.attachments} attachments; {studies} study)"
        )
        fresh.close()
    store.close()
    print(f"files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
