"""``fieldkit export ...``, ``fieldkit import ...``, ``fieldkit demo`` and ``fieldkit show``."""

from __future__ import annotations

import os
import tempfile
from argparse import Namespace
from pathlib import Path

from fieldkit.commands.context import Context
from fieldkit.errors import StorageError, phrase


def export_json(ctx: Context, args: Namespace) -> int:
    from fieldkit.export.export_log import record_export
    from fieldkit.export.json_dump import write_json_dump
    from fieldkit.storage.records import list_studies

    study_id = ctx.study_id(args.study) if args.study else None
    with ctx.store.read() as session:
        if not args.output or args.output == "-":
            write_json_dump(session, ctx.out, study_id=study_id)
            return 0
        target = Path(args.output)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
        except OSError as exc:
            raise StorageError(
                phrase("cannot write {path}: {reason}", path=str(target), reason=str(exc.strerror))
            ) from exc
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                count = write_json_dump(session, out, study_id=study_id)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    if study_id is not None:  # a dump of every study is logged in each of them
        studies = [study_id]
    else:
        with ctx.store.read() as session:
            studies = [s.id for s in list_studies(session)]
    for sid in studies:
        record_export(ctx.store, study_id=sid, fmt="json", scope="full dump", target=target)
    ctx.note(f"wrote {count} rows to {target}")
    return 0


def demo(ctx: Context, args: Namespace) -> int:
    from fieldkit.demo import generate

    def progress(stage: str, done: int, total: int) -> None:
        if ctx.err.isatty():
            ctx.err.write(f"\r{stage}: {done}/{total}   ")

    summary = generate(ctx.store, scale=args.scale, seed=args.seed, progress=progress)
    if ctx.err.isatty():
        ctx.err.write("\n")
    ctx.remember_study(summary.study_id)
    ctx.print(summary.study_id)
    return 0
