"""The photos section of the case-study PDF."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Image, Spacer, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldkit.errors import phrase, reason_of
from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.pdf.case_build import CaseBuild
from fieldkit.export.pdf.layout import FRAME_W
from fieldkit.export.pdf.mirrored_table import report_table
from fieldkit.export.pdf.options import Cancel, ExportCancelled, Progress
from fieldkit.export.pdf.photos import PhotoError
from fieldkit.export.pdf.quotes import long_date
from fieldkit.export.report_words import tr


def add_photos(b: CaseBuild, consent: ConsentPolicy, say: Progress, stop: Cancel) -> None:
    d, o = b.data, b.options
    labels = {i.id: tr("Interview, {date}", date=long_date(i.date)) for i in d.interviews}
    labels.update(
        {
            x.id: tr("Observation: {title}, {date}", title=x.title, date=long_date(x.date))
            for x in d.observations
        }
    )
    labels[d.case.id] = tr("The case")
    cells: list[Any] = []
    col_w = (FRAME_W - 0.6 * cm) / 2
    max_h = 7.2 * cm
    usable = [a for a in d.photos if consent.keeps(a.target_id)]
    if not usable:
        return
    say("Preparing photos", 0.2)
    prepared = b.photo_cache.prepare_all(
        b.store.blobs,
        [a.sha256 for a in usable],
        max_px=o.photo.max_px,
        quality=o.photo.quality,
        cancel=stop,
        progress=lambda n: say("Preparing photos", 0.2 + 0.3 * n / len(usable)),
    )
    if stop():
        raise ExportCancelled()
    for att in usable:
        photo = prepared[att.sha256]
        if isinstance(photo, PhotoError):
            b.report.warnings.append(
                phrase(
                    "photo {file} ({record}) was left out: {problem}",
                    file=repr(att.filename),
                    record=labels.get(att.target_id, "the case"),
                    problem=reason_of(photo),
                )
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
    b.heading(tr("Photos"), "photos")
    rows = [
        cells[i : i + 2] + ([Spacer(1, 1)] if i + 1 >= len(cells) else [])
        for i in range(0, len(cells), 2)
    ]
    t = report_table(rows, [col_w + 0.3 * cm, col_w + 0.3 * cm])
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


__all__ = ["add_photos"]
