"""Render the app icon (``fieldkit.svg``) into what each platform needs.

    python resources/icons/make_icons.py OUT_DIR

writes ``fieldkit-<N>.png`` for N in 16…1024, ``fieldkit.ico`` (Windows: 16–256) and
``fieldkit.icns`` (macOS). Qt renders the SVG (the same renderer as the app), Pillow writes
the .ico and .icns. Run by ``scripts/build-resources``; the outputs are never committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent / "fieldkit.svg"


def render_pngs(out: Path) -> dict[int, Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    made = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"fieldkit-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"make_icons: could not write {path}")
        made[size] = path
    del _app
    return made


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    from PIL import Image

    big = Image.open(pngs[1024]).convert("RGBA")
    big.save(out / "fieldkit.ico", sizes=[(s, s) for s in ICO_SIZES])
    big.save(out / "fieldkit.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
