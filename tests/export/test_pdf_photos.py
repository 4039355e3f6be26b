"""Photos for the PDF: upright, downscaled, re-encoded, cached, bad files reported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from fieldkit.export.pdf.photos import PhotoCache, PhotoError, prepare_photo
from fieldkit.storage.db import Store
from tests.export.pdf_factory import add_photo, jpeg_with_orientation


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


def _case_with_camera_photos(store: Store, count: int) -> str:
    from fieldkit.demo.camera import camera_photos
    from tests.export.pdf_factory import add_observation_for, build_case

    case = build_case(store)
    obs = add_observation_for(store, case_id=case.case_id)
    for n, data in enumerate(camera_photos(count, seed=7)):
        add_photo(
            store,
            study_id=case.study_id,
            target_id=obs,
            data=data,
            filename=f"IMG_{n:04d}.jpg",
            caption=f"Reading corner, photo {n + 1}",
        )
    return case.case_id


def test_fifty_camera_photos_stay_under_five_megabytes(store: Store, tmp_path: Path) -> None:
    from fieldkit.export.pdf import export_case_pdf
    from fieldkit.export.pdf.options import PdfOptions

    case_id = _case_with_camera_photos(store, 50)
    sizes = {}
    for size in ("medium", "small"):
        path = tmp_path / f"{size}.pdf"
        report = export_case_pdf(
            store, case_id=case_id, path=path, options=PdfOptions(photo_size=size)
        )
        assert not report.warnings
        sizes[size] = path.stat().st_size
        images = [
            img
            for page in PdfReader(path).pages
            for img in page.images
            if img.image is not None and min(img.image.size) > 200
        ]
        assert len(images) == 51  # the 50 camera photos and the case's own, downscaled
        assert (
            max(max(i.image.size) for i in images if i.image)
            <= PdfOptions(photo_size=size).photo.max_px
        )
    assert sizes["medium"] <= 5_000_000, sizes
    assert sizes["small"] < sizes["medium"] / 2


def test_original_photo_size_embeds_the_camera_file(store: Store, tmp_path: Path) -> None:
    from fieldkit.demo.camera import camera_photos

    raw = next(camera_photos(1, size=(1600, 1200)))
    photo = prepare_photo(raw, max_px=None, quality=92)
    assert photo.data == raw and (photo.width, photo.height) == (1600, 1200)
    turned = prepare_photo(jpeg_with_orientation(800, 600, orientation=6), max_px=None)
    assert (turned.width, turned.height) == (600, 800)  # turned upright, so re-encoded


def test_unknown_photo_size_is_refused(store: Store, tmp_path: Path) -> None:
    from fieldkit.errors import ValidationError
    from fieldkit.export.pdf import export_case_pdf
    from fieldkit.export.pdf.options import PdfOptions
    from tests.export.pdf_factory import build_case

    case = build_case(store)
    with pytest.raises(ValidationError, match="small, medium, original"):
        export_case_pdf(
            store,
            case_id=case.case_id,
            path=tmp_path / "x.pdf",
            options=PdfOptions(photo_size="huge"),
        )
    assert not (tmp_path / "x.pdf").exists()
