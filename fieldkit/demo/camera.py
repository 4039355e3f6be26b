"""Camera-like photos for size tests and benchmarks: 12-megapixel JPEGs with texture and
sensor noise at several scales, so downscaling leaves as much detail as a real photo does
(a plain gradient would shrink to nothing and prove nothing)."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator

from PIL import Image, ImageChops, ImageDraw

CAMERA_SIZE = (4000, 3000)


def _texture(size: tuple[int, int], scale: int, sigma: float) -> Image.Image:
    w, h = size
    noise = Image.effect_noise((max(1, w // scale), max(1, h // scale)), sigma)
    if scale > 1:
        noise = noise.resize(size, Image.Resampling.BICUBIC)
    return noise.convert("RGB")


def _scene(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    w, h = size
    small = Image.new("RGB", (w // 8, h // 8), tuple(rng.randint(60, 200) for _ in range(3)))
    draw = ImageDraw.Draw(small)
    for _ in range(60):
        x, y, r = rng.randint(0, w // 8), rng.randint(0, h // 8), rng.randint(5, 120)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], fill=tuple(rng.randint(0, 255) for _ in range(3))
        )
    img = small.resize(size, Image.Resampling.BICUBIC)
    for scale, sigma in ((1, 8.0), (3, 18.0), (8, 25.0)):  # grain, fine and coarse texture
        img = ImageChops.add(img, _texture(size, scale, sigma), offset=-128)
    return img


def camera_photos(
    count: int, *, seed: int = 1, size: tuple[int, int] = CAMERA_SIZE, quality: int = 88
) -> Iterator[bytes]:
    """``count`` different JPEGs of ``size`` pixels as a phone camera writes them (~4 MB).

    One large scene is drawn (slow), then each photo is a different window onto it, so every
    photo has its own content and bytes.
    """
    rng = random.Random(f"fieldkit-camera-{seed}")
    w, h = size
    margin = max(16, w // 10)
    scene = _scene(rng, (w + margin, h + margin))
    for _ in range(count):
        dx, dy = rng.randint(0, margin), rng.randint(0, margin)
        out = io.BytesIO()
        scene.crop((dx, dy, dx + w, dy + h)).save(out, "JPEG", quality=quality)
        yield out.getvalue()


__all__ = ["CAMERA_SIZE", "camera_photos"]
