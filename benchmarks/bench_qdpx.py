"""Seconds, size and peak memory of the whole-study REFI-QDA export (.qdpx) and its import.

    .venv/bin/python benchmarks/bench_qdpx.py --scale large [--data-dir DIR] [--import] [--validate]

Generates the demo corpus into a temporary data folder (or reuses ``--data-dir`` when it
already holds a study), exports it, and prints the figures. ``--import`` also imports the file
into a fresh data folder; ``--validate`` checks project.qde against Project.xsd (needs
``xmlschema``; slow on the large corpus).

Export and import each run in a child process of their own, so the peak memory printed for
each (the child's maximum resident set size) is that step's alone. The goal (issue 10) is
≤ 300 MB for both on the large corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
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


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _phase(args: argparse.Namespace) -> int:
    """One step in this (child) process; prints its figures as one JSON line."""
    figures: dict[str, object] = {}
    if args.phase == "export":
        store = Store.open(args.data_dir)
        with store.read() as s:
            study_id = s.execute(select(Study.id).where(Study.deleted_at.is_(None))).scalar()  # type: ignore[union-attr]
        baseline = _peak_mb()
        report = export_qdpx(store, path=args.out, study_id=study_id)
        store.close()
        figures = {
            "seconds": report.seconds,
            "bytes": report.size_bytes,
            "text": report.text_sources,
            "audio": report.audio_sources,
            "photos": report.picture_sources,
            "codings": report.codings,
            "tags": report.tags,
            "themes": report.themes,
            "cases": report.cases,
            "participants": report.participants,
            "notes": report.notes,
            "withheld": report.consent.summary(),
        }
    else:
        fresh = Store.open(args.data_dir)
        baseline = _peak_mb()
        started = time.perf_counter()
        imported = import_qdpx(fresh, path=args.out)
        seconds = time.perf_counter() - started
        with fresh.read() as s:
            studies = s.execute(select(func.count()).select_from(Study)).scalar_one()
        fresh.close()
        figures = {
            "seconds": seconds,
            "interviews": imported.interviews,
            "observations": imported.observations,
            "codings": imported.codings,
            "tags": imported.tags,
            "memos": imported.memos,
            "attachments": imported.attachments,
            "studies": studies,
        }
    figures.update({"peak_mb": _peak_mb(), "baseline_mb": baseline})
    print(json.dumps(figures))
    return 0


def _child(phase: str, data_dir: Path, out: Path) -> dict[str, object]:
    command = [sys.executable, __file__, "--phase", phase, "--data-dir", str(data_dir)]
    done = subprocess.run([*command, "--out", str(out)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the {phase} step failed")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--import", dest="do_import", action="store_true")
    parser.add_argument("--validate", action="store_true")
    parser.add_argument("--phase", choices=("export", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        return _phase(args)
    work = Path(tempfile.mkdtemp(prefix="bench-qdpx-"))
    data_dir = args.data_dir or work / "data"
    store = Store.open(data_dir)
    _study_id, generated = _study(store, args.scale)
    store.close()
    if generated is not None:
        print(f"demo corpus ({args.scale}) generated in {generated:.1f} s")
    out = work / "study.qdpx"
    e = _child("export", data_dir, out)
    with zipfile.ZipFile(out) as zf:
        qde = zf.getinfo("project.qde")
        entries = len(zf.namelist())
    print(f"scale: {args.scale}")
    print(
        f"export: {e['seconds']:.2f} s, {int(e['bytes']) / 2**20:.1f} MB "  # type: ignore[call-overload]
        f"({entries} files; project.qde {qde.file_size / 2**20:.1f} MB unpacked)"
    )
    print(
        f"  {e['text']} text sources, {e['audio']} audio, {e['photos']} photos, "
        f"{e['codings']} codings, {e['tags']} tags, {e['themes']} themes, {e['cases']} cases, "
        f"{e['participants']} participants, {e['notes']} notes; {e['withheld']}"
    )
    print(
        f"  peak memory of the export process: {e['peak_mb']:.0f} MB "
        f"({e['baseline_mb']:.0f} MB before the export started)"
    )
    if args.validate:
        import xmlschema

        started = time.perf_counter()
        schema = xmlschema.XMLSchema(str(SCHEMA))
        with zipfile.ZipFile(out) as zf, zf.open("project.qde") as f:
            errors = sum(1 for _ in schema.iter_errors(f))
        print(f"validate: {errors} schema errors ({time.perf_counter() - started:.1f} s)")
    if args.do_import:
        i = _child("import", work / "imported", out)
        print(
            f"import: {i['seconds']:.2f} s ({i['interviews']} interviews, "
            f"{i['observations']} observations, {i['codings']} codings, {i['tags']} tags, "
            f"{i['memos']} memos, {i['attachments']} attachments; {i['studies']} study)"
        )
        print(
            f"  peak memory of the import process: {i['peak_mb']:.0f} MB "
            f"({i['baseline_mb']:.0f} MB before the import started)"
        )
    print(f"files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
