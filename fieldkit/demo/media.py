"""Photos and a recording for the demo corpus, drawn and synthesised here, never downloaded.

Every function is deterministic: the same call gives the same bytes, so the blobs (stored by
their SHA-256) are identical in every demo data folder.
"""

from __future__ import annotations

import io
import math
import random
import sys
import wave
from array import array
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

EXIF_ORIENTATION = 0x0112
SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class Media:
    data: bytes
    filename: str
    media_type: str
    kind: str  # "photo" or "audio"
    caption: str
    duration_ms: int | None = None


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType
        return ImageFont.load_default()


def _scene(
    rng: random.Random, *, sky: str, ground: str, wall: str, roof: str, board: str
) -> Image.Image:
    """An 800×600 sketch of a school yard: sky, ground, a building, a tree, children."""
    img = Image.new("RGB", (800, 600), sky)
    d = ImageDraw.Draw(img)
    d.ellipse((640, 40, 720, 120), fill="#fff3b0")  # sun
    d.rectangle((0, 380, 800, 600), fill=ground)
    d.rectangle((120, 220, 520, 400), fill=wall, outline="#5d4037", width=3)
    d.polygon([(100, 225), (320, 120), (540, 225)], fill=roof)
    d.rectangle((290, 300, 350, 400), fill="#6d4c41")  # door
    for x in (160, 410):
        d.rectangle((x, 260, x + 70, 320), fill="#90caf9", outline="#5d4037", width=2)
    d.rectangle((610, 250, 640, 420), fill="#6d4c41")  # tree trunk
    d.ellipse((540, 150, 710, 300), fill="#388e3c")
    for _ in range(7):
        x = rng.randint(40, 760)
        y = rng.randint(440, 540)
        colour = rng.choice(("#d32f2f", "#1976d2", "#fbc02d", "#7b1fa2", "#f57c00"))
        d.ellipse((x - 9, y - 40, x + 9, y - 22), fill="#5d4037")
        d.rectangle((x - 11, y - 22, x + 11, y + 12), fill=colour)
    d.rectangle((160, 150, 480, 200), fill=board, outline="#3e2723", width=2)
    d.text((320, 175), "READ - LIRE - SOMA - LEER", fill="#ffffff", font=_font(22), anchor="mm")
    return img


def _jpeg(img: Image.Image, *, orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "fieldkit demo"  # Make
    if orientation is not None:
        exif[EXIF_ORIENTATION] = orientation
    img.save(out, "JPEG", quality=82, optimize=True, exif=exif.tobytes())
    return out.getvalue()


def photos() -> list[Media]:
    """Four photos; the last is stored turned on its side with EXIF Orientation 6."""
    rng = random.Random("fieldkit-demo-photos")
    palettes = (
        ("#87ceeb", "#c2a878", "#f5e6c8", "#b23a2e", "#2e5e3a"),
        ("#a7d8f0", "#8bbf62", "#e8d5b5", "#6d6d6d", "#333333"),
        ("#ffd7a8", "#d9a066", "#fff8e7", "#8d3b2b", "#1e4d2b"),
        ("#b0c4de", "#9e8b6a", "#dfe6e9", "#455a64", "#263238"),
    )
    captions = (
        "Reading session in the school yard",
        "Learners arriving for the morning session",
        "Community learning centre at sunset",
        "Classroom building seen from the football field (portrait)",
    )
    out: list[Media] = []
    for i, (palette, caption) in enumerate(zip(palettes, captions, strict=True)):
        img = _scene(
            rng,
            sky=palette[0],
            ground=palette[1],
            wall=palette[2],
            roof=palette[3],
            board=palette[4],
        )
        if i == 3:
            # A portrait photo as a phone stores it: pixels landscape, EXIF says "rotate 90° CW".
            portrait = img.crop((150, 0, 600, 600))
            stored = portrait.transpose(Image.Transpose.ROTATE_90)
            data = _jpeg(stored, orientation=6)
        else:
            data = _jpeg(img)
        out.append(Media(data, f"photo-{i + 1:02d}.jpg", "image/jpeg", "photo", caption))
    return out


def recording(seconds: float = 4.0) -> Media:
    """A short speech-like WAV (16 kHz mono, 16 bit): voiced syllables with pauses and noise."""
    rng = random.Random("fieldkit-demo-audio")
    n = int(SAMPLE_RATE * seconds)
    samples = array("h", bytes(2 * n))
    phase = 0.0
    syllable_start = 0
    syllable_len = 0
    pause = False
    pitch = 140.0
    for i in range(n):
        if i - syllable_start >= syllable_len:
            syllable_start = i
            pause = rng.random() < 0.2
            syllable_len = int(SAMPLE_RATE * rng.uniform(0.12, 0.28))
            pitch = rng.uniform(110.0, 190.0)
        t = (i - syllable_start) / max(syllable_len, 1)
        envelope = 0.0 if pause else math.sin(math.pi * t) ** 2
        phase += 2 * math.pi * pitch / SAMPLE_RATE
        voiced = math.sin(phase) + 0.5 * math.sin(2 * phase) + 0.25 * math.sin(3 * phase)
        noise = rng.uniform(-1.0, 1.0)
        value = 7000 * envelope * voiced + 300 * noise
        samples[i] = max(-32768, min(32767, int(value)))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV samples are little-endian
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(samples.tobytes())
    return Media(
        out.getvalue(),
        "interview-recording.wav",
        "audio/wav",
        "audio",
        "Opening minutes of the interview",
        duration_ms=n * 1000 // SAMPLE_RATE,
    )
