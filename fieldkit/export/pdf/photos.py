"""Photos for the PDF: read from the blob store, turned upright, downscaled, JPEG re-encoded.

Prepared photos are cached by (SHA-256, size, quality), so a batch prepares a photo shared by
several cases once. With no size limit ("original"), an upright JPEG is embedded as taken.
"""

from __future__ import annotations

import io
import math
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from PIL import Image, ImageOps, UnidentifiedImageError

from fieldkit.errors import BlobError, phrase, reason_of
from fieldkit.storage.blobs import BlobStore


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG
    width: int
    height: int


class PhotoError(Exception):
    """A photo could not be used; the message says why, for the export's warnings."""


@dataclass
class PhotoCache:
    """Prepared photos by (SHA-256, size, quality); safe to use from several threads."""

    max_entries: int = 400
    _items: dict[tuple[str, int | None, int], PreparedPhoto] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(
        self, blobs: BlobStore, sha256: str, *, max_px: int | None, quality: int
    ) -> PreparedPhoto:
        key = (sha256, max_px, quality)
        with self._lock:
            hit = self._items.get(key)
        if hit is None:
            hit = prepare_photo(_read(blobs, sha256), max_px=max_px, quality=quality)
            with self._lock:
                if len(self._items) >= self.max_entries:
                    self._items.pop(next(iter(self._items)))
                self._items[key] = hit
        return hit

    def prepare_all(
        self,
        blobs: BlobStore,
        shas: Sequence[str],
        *,
        max_px: int | None,
        quality: int,
        cancel: Callable[[], bool],
        progress: Callable[[int], None],
    ) -> dict[str, PreparedPhoto | PhotoError]:
        """Prepare several photos on a few threads (Pillow decodes without holding the GIL).

        Returns each photo or the error that stopped it; returns early (incomplete) when
        ``cancel()`` turns true.
        """
        out: dict[str, PreparedPhoto | PhotoError] = {}
        unique = list(dict.fromkeys(shas))
        workers = max(1, min(4, os.cpu_count() or 1, len(unique)))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {
                pool.submit(self.get, blobs, sha, max_px=max_px, quality=quality): sha
                for sha in unique
            }
            for done, future in enumerate(as_completed(futures), 1):
                if cancel():
                    pool.shutdown(cancel_futures=True)
                    break
                try:
                    out[futures[future]] = future.result()
                except PhotoError as exc:
                    out[futures[future]] = exc
                progress(done)
        return out


def _read(blobs: BlobStore, sha256: str) -> bytes:
    try:
        return blobs.open_verified(sha256)
    except BlobError as exc:
        raise PhotoError(reason_of(exc)) from exc


def prepare_photo(raw: bytes, *, max_px: int | None = 720, quality: int = 60) -> PreparedPhoto:
    """Upright (EXIF orientation applied), at most ``max_px`` on its long side, as JPEG.

    ``max_px`` None keeps the photo's size, and an upright JPEG's own bytes."""
    try:
        opened = Image.open(io.BytesIO(raw))
        as_taken = opened.format == "JPEG" and opened.mode in ("RGB", "L") and _upright(opened)
        if max_px is None and as_taken:
            return PreparedPhoto(raw, opened.width, opened.height)
        if max_px is None:
            max_px = max(opened.size)
        if opened.format == "JPEG":
            # Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding: much faster.
            w, h = opened.size
            factor = min(1.0, max_px / max(w, h))
            opened.draft("RGB", (math.ceil(w * factor), math.ceil(h * factor)))
        img: Image.Image = ImageOps.exif_transpose(opened)
        if img.mode in ("RGBA", "LA", "P"):
            img = img.convert("RGBA")
            flat = Image.new("RGB", img.size, (255, 255, 255))
            flat.paste(img, mask=img.getchannel("A"))
            img = flat
        elif img.mode != "RGB":
            img = img.convert("RGB")
        img.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        img.save(out, "JPEG", quality=quality, optimize=True)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoError(
            phrase("the file is not a picture fieldkit can read ({reason})", reason=str(exc))
        ) from exc
    return PreparedPhoto(out.getvalue(), img.width, img.height)


def _upright(img: Image.Image) -> bool:
    return img.getexif().get(0x0112, 1) == 1  # EXIF Orientation: 1 is "as stored"
