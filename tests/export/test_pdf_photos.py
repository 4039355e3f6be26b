"""Photos for the PDF: upright, downscaled, re-encoded, cached, bad files reported."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from fieldkit.export.pdf.photos import PhotoCache, PhotoError, prepare_photo
from fieldkit.storage.db import Store
from tests.export.pdf_factory import jpeg_with_orientation


def test_orientation_fixed_and_downscaled() -> None:
    raw = jpeg_with_orientation(3200, 2400, orientation=6)
    photo = prepare_photo(raw, max_px=1200)
    assert (photo.width, photo.height) == (900, 1200)
    img = Image.open(io.BytesIO(photo.data))
    assert img.format == "JPEG" and img.size == (900, 1200)
    assert img.getexif().get(0x0112) in (None, 1)


def test_png_with_transparency_is_flattened() -> None:
    img = Image.new("RGBA", (50, 40), (255, 0, 0, 0))
    out = io.BytesIO()
    img.save(out, "PNG")
    photo = prepare_photo(out.getvalue())
    assert (photo.width, photo.height) == (50, 40)
    assert Image.open(io.BytesIO(photo.data)).getpixel((1, 1)) >= (250, 250, 250)


def test_not_a_picture() -> None:
    with pytest.raises(PhotoError, match="not a picture"):
        prepare_photo(b"certainly not a jpeg")


def test_cache_prepares_each_photo_once(store: Store) -> None:
    sha, _size = store.blobs.put_bytes(jpeg_with_orientation())
    cache = PhotoCache()
    first = cache.get(store.blobs, sha, max_px=600, quality=70)
    store.blobs.path_for(sha).unlink()  # a second read would now fail
    assert cache.get(store.blobs, sha, max_px=600, quality=70) is first
    with pytest.raises(PhotoError, match="missing"):
        cache.get(store.blobs, sha, max_px=300, quality=70)
