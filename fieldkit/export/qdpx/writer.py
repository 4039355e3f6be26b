"""Writing a study as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and QualCoder.

What goes where (and why) is written down in ``fieldkit/export/qdpx/__init__.py``.
"""

from __future__ import annotations

import os
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from fieldkit.errors import OperationCancelledError, StorageError
from fieldkit.export.consent_text import Redactor
from fieldkit.export.qdpx.export_report import Cancel, Progress, QdpxReport
from fieldkit.export.qdpx.names import NS, PROJECT_FILE, q
from fieldkit.export.qdpx.qde_project import ORIGIN, ProjectBuilder
from fieldkit.export.qdpx.qde_sources import MAX_INTERNAL_BYTES, BlobRef
from fieldkit.export.qdpx.snapshot import load_snapshot, paused_gc, resolve_study
from fieldkit.export.study_consent import apply_consent
from fieldkit.storage.db import Store


def export_qdpx(
    store: Store,
    *,
    path: Path,
    study_id: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> QdpxReport:
    """Write one study as a REFI-QDA project file; returns what was written and left out.

    The file appears only when complete (written beside ``path``, then renamed); a cancel or
    an error leaves no file behind.
    """
    started = time.perf_counter()
    path = Path(path)
    with paused_gc(), store.read() as session:
        # Build inside the snapshot: rows expire when the read transaction ends.
        study = resolve_study(session, study_id)
        report = QdpxReport(path=path, study_id=study.id)
        consented = apply_consent(load_snapshot(session, study))
        report.consent = consented.report
        builder = ProjectBuilder(consented.snap, report, store.blobs, consented.policy)
        root = builder.build(cancel, progress)
        redactor = consented.redactor
        _redact(root, redactor)
    ET.register_namespace("", NS)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".qdpx", dir=path.parent)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            with zf.open(PROJECT_FILE, "w", force_zip64=True) as out:
                ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
            _write_files(store, zf, builder.files, report, redactor, cancel, progress)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report.size_bytes = path.stat().st_size
    report.seconds = time.perf_counter() - started
    return report


def _redact(root: ET.Element, redactor: Redactor) -> None:
    """Names and texts in project.qde without what the consent policy hides.

    A selection's name is its covered text, blacked out as the source file is, so importers
    that check names against the text still find them."""
    if not redactor:
        return
    selection = q("PlainTextSelection")
    for el in root.iter():
        text, name = el.text, el.get("name")
        if text and redactor.finds(text):
            el.text = redactor.text(text)
        if name and redactor.finds(name):
            hide = redactor.same_length if el.tag == selection else redactor.text
            el.set("name", hide(name))


def _write_files(
    store: Store,
    zf: zipfile.ZipFile,
    files: list[tuple[str, BlobRef | str]],
    report: QdpxReport,
    redactor: Redactor,
    cancel: Cancel | None,
    progress: Progress | None,
) -> None:
    total = len(files)
    for done, (name, content) in enumerate(files):
        if cancel is not None and cancel():
            raise OperationCancelledError("the export was cancelled; no file was written")
        if progress is not None and done % 50 == 0:
            progress("files", done, total)
        if isinstance(content, str):
            # UTF-8 without a byte-order mark, LF line ends (transcripts are stored that way).
            # Hidden words are blacked out letter for letter: selections keep their positions.
            text = redactor.same_length(content)
            data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
            continue
        # Audio and photos are compressed already; storing them saves time, not space.
        zf.write(store.blobs.path_for(content.sha256), name, compress_type=zipfile.ZIP_STORED)
    if progress is not None:
        progress("files", total, total)


__all__ = ["MAX_INTERNAL_BYTES", "ORIGIN", "Cancel", "Progress", "QdpxReport", "export_qdpx"]
