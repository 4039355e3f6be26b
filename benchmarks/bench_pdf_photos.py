"""Size of a case-study PDF whose case has 50 camera photos, per ``--photo-size``.

Photos are generated 12-megapixel camera-like JPEGs (texture and sensor noise, ~4 MB each;
see ``fieldkit.demo.camera``). Goal: the default ("medium") stays at or under 5 MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from fieldkit.demo.camera import camera_photos
from fieldkit.export.pdf import export_case_pdf
from fieldkit.export.pdf.options import PHOTO_SIZES, PdfOptions
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment
from fieldkit.storage.records import add_observation, create_case, create_study


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        with store.write() as s:
            study = create_study(s, name="Photo size")
            case = create_case(s, study_id=study.id, title="A case with many photos")
            obs = add_observation(s, case_id=case.id, date="2024-05-02", description="Photos.")
            study_id, case_id, obs_id = study.id, case.id, obs.id
        camera_bytes = 0
        for n, data in enumerate(camera_photos(args.photos)):
            camera_bytes += len(data)
            sha, size = store.blobs.put_bytes(data)
            with store.write() as s:
                s.add(
                    Attachment(
                        study_id=study_id,
                        target_type="observation",
                        target_id=obs_id,
                        kind="photo",
                        sha256=sha,
                        filename=f"IMG_{n:04d}.jpg",
                        media_type="image/jpeg",
                        size=size,
                        caption=f"Photo {n + 1}",
                    )
                )
        print(f"{args.photos} camera photos, {camera_bytes / 1e6:.1f} MB as taken")
        for name, spec in PHOTO_SIZES.items():
            path = Path(tmp) / f"{name}.pdf"
            start = time.perf_counter()
            report = export_case_pdf(
                store, case_id=case_id, path=path, options=PdfOptions(photo_size=name)
            )
            took = time.perf_counter() - start
            longest = f"{spec.max_px} px" if spec.max_px else "as taken"
            print(
                f"--photo-size {name:<8} ({longest}, JPEG {spec.quality}): "
                f"{path.stat().st_size / 1e6:6.2f} MB, {report.pages} pages, {took:.1f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
