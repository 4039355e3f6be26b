"""Writing a study as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and QualCoder.

What goes where (and why) is written down in ``fieldkit/export/qdpx/__init__.py``. The export
streams: project.qde is written element by element to a temporary file while each source's text
file goes into the zip, then project.qde is copied in; memory holds the study's outline and one
batch of records, not the whole study.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zipfile
from pathlib import Path
from typing import IO

from fieldkit.errors import OperationCancelledError, StorageError, phrase
from fieldkit.export.qdpx.export_plan import MAX_INTERNAL_BYTES, load_plan
from fieldkit.export.qdpx.export_report import Cancel, Progress, QdpxReport
from fieldkit.export.qdpx.names import PROJECT_FILE
from fieldkit.export.qdpx.qde_project import ORIGIN, ProjectWriter
from fieldkit.export.qdpx.snapshot import resolve_study
from fieldkit.export.qdpx.xml_out import XmlOut
from fieldkit.export.report_words import report_language
from fieldkit.storage.db import Store
from fieldkit.storage.durable import make_shareable
from fieldkit.storage.models import Attachment

COPY_CHUNK = 1024 * 1024


def export_qdpx(
    store: Store,
    *,
    path: Path,
    study_id: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    language: str | None = None,
) -> QdpxReport:
    """Write one study as a REFI-QDA project file; returns what was written and left out.

    ``language``: the file's descriptive words in that language (the default codebook's theme
    names and descriptions, the names of untitled notes, the participants' known roles); the
    study's own text as written (a role read back by the import, in any language, becomes the
    stored role again), and the consent marks ("Not for quotation: …") in English, as
    fieldkit's import reads them.

    The file appears only when complete (written beside ``path``, then renamed); a cancel or
    an error leaves no file behind.
    """
    with report_language(language) as code:
        return _export(
            store,
            path=Path(path),
            study_id=study_id,
            progress=progress,
            cancel=cancel,
            language=code if language else None,
        )


def _export(
    store: Store,
    *,
    path: Path,
    study_id: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
    language: str | None,
) -> QdpxReport:
    started = time.perf_counter()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".qdpx", dir=path.parent)
    except OSError as exc:
        raise StorageError(
            phrase("cannot write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    tmp = Path(tmp_name)
    try:
        with store.read() as session:
            study = resolve_study(session, study_id)
            report = QdpxReport(path=path, study_id=study.id)
            plan = load_plan(session, study, store.blobs, report)
            with (
                os.fdopen(fd, "wb") as raw,
                zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf,
                tempfile.TemporaryFile(dir=path.parent) as qde,
            ):
                files = _Files(store, zf, cancel)
                writer = ProjectWriter(plan, report, XmlOut(qde, plan.redactor), language=language)
                writer.write(session, files.add, cancel, progress)
                _copy_project(qde, zf, cancel, progress)
        make_shareable(tmp)  # mkstemp made it 0600; a project is meant to be passed on
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            phrase("cannot write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report.size_bytes = path.stat().st_size
    report.seconds = time.perf_counter() - started
    return report


def _copy_project(
    qde: IO[bytes], zf: zipfile.ZipFile, cancel: Cancel | None, progress: Progress | None
) -> None:
    """project.qde, written aside while the sources went into the zip, goes in last."""
    total = qde.tell()
    qde.seek(0)
    done = 0
    with zf.open(PROJECT_FILE, "w", force_zip64=True) as entry:
        while chunk := qde.read(COPY_CHUNK):
            if progress is not None:
                progress("files", done, total)
            if cancel is not None and cancel():
                raise OperationCancelledError(
                    phrase("the export was cancelled; no file was written")
                )
            entry.write(chunk)
            done += len(chunk)
    if progress is not None:
        progress("files", total, total)


class _Files:
    """Puts the sources' files into the zip as they are written."""

    def __init__(self, store: Store, zf: zipfile.ZipFile, cancel: Cancel | None) -> None:
        self.store, self.zf, self.cancel = store, zf, cancel

    def add(self, name: str, content: str | Attachment) -> None:
        if self.cancel is not None and self.cancel():
            raise OperationCancelledError(phrase("the export was cancelled; no file was written"))
        if isinstance(content, str):
            # UTF-8 without a byte-order mark, LF line ends (transcripts are stored that way).
            data = content.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
            self.zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
            return
        # Audio and photos are compressed already; storing them saves time, not space.
        # Streamed from the blob store, so a sealed (encrypted) file is decrypted on the fly.
        info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        with (
            self.store.blobs.open(content.sha256) as src,
            self.zf.open(info, "w", force_zip64=True) as dst,
        ):
            shutil.copyfileobj(src, dst, 1024 * 1024)


__all__ = ["MAX_INTERNAL_BYTES", "ORIGIN", "Cancel", "Progress", "QdpxReport", "export_qdpx"]
