"""Photos of a record for viewing: the list, captions, and pixels turned the right way up.

Cameras and phones often store a portrait photo as landscape pixels plus an EXIF
*Orientation* tag saying how to turn it. :func:`load_picture` applies that tag (Pillow's
``ImageOps.exif_transpose``) so thumbnails and the viewer show the photo as it was taken, and
shrinks it when asked (JPEGs are decoded at a reduced scale, which is much faster). The pixels
come back as plain RGBA bytes, ready for any toolkit to wrap. No Qt here.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import UnreadableFileError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.lookup import TAGGABLE, find_record, get_row
from fieldkit.storage.models import Attachment

# Never decode more than this many pixels for display (a 50 MB photo may be 100+ megapixels).
MAX_DISPLAY_SIDE = 4096


@dataclass(frozen=True)
class PhotoItem:
    """One photo attached to a record, as the strip and the viewer need it."""

    id: str
    filename: str
    caption: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Picture:
    """Decoded pixels, already oriented: ``width * height * 4`` bytes of RGBA."""

    width: int
    height: int
    rgba: bytes


def record_photos(session: Session, *, record_id: str) -> list[PhotoItem]:
    """The live photos of an interview, observation or case, oldest first."""
    record = find_record(session, record_id, kinds=TAGGABLE)
    query = (
        select(Attachment)
        .where(
            col(Attachment.target_id) == record.id,
            col(Attachment.kind) == "photo",
            col(Attachment.deleted_at).is_(None),
        )
        .order_by(col(Attachment.created_at), col(Attachment.filename), col(Attachment.id))
    )
    return [
        PhotoItem(a.id, a.filename, a.caption, a.sha256, a.size)
        for a in session.execute(query).scalars()
    ]


def set_caption(session: Session, *, attachment_id: str, caption: str) -> Attachment:
    """Change an attachment's caption (one line or a few, up to 1,000 characters)."""
    attachment = get_row(session, Attachment, attachment_id)
    clean = v.long_text(caption, field="caption", max_length=1000).strip()
    if attachment.caption != clean:
        attachment.caption = clean
        session.flush()
    return attachment


def load_picture(path: Path | BinaryIO, *, max_side: int | None = None, name: str = "") -> Picture:
    """The photo at ``path`` (or in a stream, e.g. from ``open_attachment``), turned by its
    EXIF orientation, at most ``max_side`` pixels on
    its longer side (never more than :data:`MAX_DISPLAY_SIDE`).

    Raises UnreadableFileError naming the photo when it cannot be decoded.
    """
    from PIL import Image, ImageOps

    label = name or (Path(path).name if isinstance(path, Path | str) else "")
    limit = min(max_side or MAX_DISPLAY_SIDE, MAX_DISPLAY_SIDE)
    if limit < 1:
        raise ValidationError(phrase("a picture needs at least one pixel"))
    try:
        with Image.open(path) as image:
            if image.format == "JPEG":
                image.draft("RGB", (limit, limit))  # decode at 1/2, 1/4 or 1/8 scale if enough
            oriented = ImageOps.exif_transpose(image)
            oriented.thumbnail((limit, limit), Image.Resampling.LANCZOS)
            rgba = oriented.convert("RGBA")
            return Picture(rgba.width, rgba.height, rgba.tobytes())
    except Image.DecompressionBombError as exc:
        raise UnreadableFileError(
            phrase("the photo {name} has too many pixels to show", name=label)
        ) from exc
    except FileNotFoundError as exc:
        raise UnreadableFileError(
            phrase("the photo {name} is missing from the data folder", name=label)
        ) from exc
    except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        raise UnreadableFileError(
            phrase("the photo {name} cannot be shown: it is damaged", name=label)
        ) from exc


__all__ = [
    "MAX_DISPLAY_SIDE",
    "PhotoItem",
    "Picture",
    "load_picture",
    "record_photos",
    "set_caption",
]
