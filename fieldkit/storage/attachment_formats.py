"""Format sniffing and content inspection of attached files.

A file's first bytes are matched against known signatures (then its extension) to tell its
kind; photos are then opened with Pillow and WAV recordings measured with ``wave``.
"""

from __future__ import annotations

import mimetypes
import re
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import UnreadableFileError, ValidationError, phrase
from fieldkit.storage.attachment_checks import Source

# Image formats Pillow must recognise for a photo (what exports and the app can show).
PHOTO_FORMATS = frozenset({"JPEG", "MPO", "PNG", "GIF", "WEBP", "TIFF", "BMP"})


@dataclass(frozen=True)
class Format:
    kind: str
    media_type: str
    label: str  # a phrase: "it looks like {label}" in the reader's language


# Content signatures, tried in order against the first bytes of a file.
_SIGNATURES: tuple[tuple[re.Pattern[bytes], Format], ...] = tuple(
    (re.compile(pattern, re.DOTALL), Format(kind, media_type, label))
    for pattern, kind, media_type, label in (
        (rb"\xff\xd8\xff", "photo", "image/jpeg", phrase("a JPEG image")),
        (rb"\x89PNG\r\n\x1a\n", "photo", "image/png", phrase("a PNG image")),
        (rb"GIF8[79]a", "photo", "image/gif", phrase("a GIF image")),
        (rb"RIFF.{4}WEBP", "photo", "image/webp", phrase("a WebP image")),
        (rb"II\*\x00|MM\x00\*", "photo", "image/tiff", phrase("a TIFF image")),
        (
            rb"BM.{12}[\x0c\x28\x38\x40\x6c\x7c]\x00\x00\x00",
            "photo",
            "image/bmp",
            phrase("a BMP image"),
        ),
        (
            rb".{4}ftyp(heic|heix|hevc|mif1|msf1|avif)",
            "photo",
            "image/heic",
            phrase("a HEIC/AVIF image"),
        ),
        (rb"RIFF.{4}WAVE", "audio", "audio/wav", phrase("a WAV recording")),
        (rb"ID3[\x02-\x04]", "audio", "audio/mpeg", phrase("an MP3 recording")),
        (rb"\xff[\xf0\xf1\xf8\xf9]", "audio", "audio/aac", phrase("an AAC recording")),
        (rb"\xff[\xe2-\xff]", "audio", "audio/mpeg", phrase("an MP3 recording")),
        (rb"OggS\x00", "audio", "audio/ogg", phrase("an Ogg recording")),
        (rb"fLaC", "audio", "audio/flac", phrase("a FLAC recording")),
        (rb"#!AMR", "audio", "audio/amr", phrase("an AMR recording")),
        (rb".{4}ftyp(M4A |M4B |3gp)", "audio", "audio/mp4", phrase("an M4A recording")),
        (rb"\x1aE\xdf\xa3", "audio", "audio/webm", phrase("a WebM recording")),
        (rb"%PDF-", "document", "application/pdf", phrase("a PDF document")),
        (rb"PK\x03\x04", "document", "application/zip", phrase("a Word, OpenDocument or ZIP file")),
        (
            rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "document",
            "application/msword",
            phrase("an Office file"),
        ),
        (rb"\{\\rtf", "document", "application/rtf", phrase("a rich-text document")),
    )
)


EXTENSION_KIND: dict[str, str] = {
    **dict.fromkeys(
        (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic"),
        "photo",
    ),
    **dict.fromkeys(
        (".wav", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac", ".amr", ".3gp"),
        "audio",
    ),
    **dict.fromkeys((".webm", ".wma", ".mp4"), "audio"),
    **dict.fromkeys(
        (".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".md", ".csv", ".xls", ".xlsx"),
        "document",
    ),
    **dict.fromkeys(
        (".ods", ".ppt", ".pptx", ".odp", ".html", ".htm", ".xml", ".json"), "document"
    ),
}


_EXTRA_MEDIA_TYPES = {
    ".m4a": "audio/mp4",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".amr": "audio/amr",
    ".flac": "audio/flac",
    ".wav": "audio/wav",
    ".webm": "audio/webm",
    ".heic": "image/heic",
    ".md": "text/markdown",
}


def sniff(header: bytes) -> Format | None:
    for pattern, fmt in _SIGNATURES:
        if pattern.match(header):
            return fmt
    return None


def infer_kind(found: Format | None, name: str) -> str:
    if found is not None:
        return found.kind
    by_extension = EXTENSION_KIND.get(Path(name).suffix.lower())
    if by_extension is None:
        raise ValidationError(
            phrase(
                "fieldkit cannot tell whether {name} is a photo, a recording or a document; "
                "say which kind it is",
                name=name,
            )
        )
    return by_extension


def inspect_content(kind: str, found: Format | None, source: Source) -> tuple[str, int | None]:
    """Check the content fits the kind; returns (media type, duration in ms or None)."""
    suffix = Path(source.name).suffix.lower()
    if kind == "photo":
        return _verify_photo(found, source), None
    if kind == "audio":
        if found is not None and found.kind != "audio":
            raise UnreadableFileError(
                phrase(
                    "the recording {name} is not audio (it looks like {label})",
                    name=source.name,
                    label=found.label,
                )
            )
        if found is None and EXTENSION_KIND.get(suffix) != "audio":
            raise UnreadableFileError(
                phrase(
                    "{name} is not a recording fieldkit knows; "
                    "use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM",
                    name=source.name,
                )
            )
        media_type = found.media_type if found is not None else _guess_media_type(source.name)
        duration = _wav_duration_ms(source) if media_type == "audio/wav" else None
        return media_type, duration
    if found is not None and found.media_type not in ("application/zip", "application/msword"):
        return found.media_type, None
    return _guess_media_type(source.name), None


def _guess_media_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in _EXTRA_MEDIA_TYPES:
        return _EXTRA_MEDIA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type("x" + suffix, strict=False)
    return guessed or "application/octet-stream"


def _verify_photo(found: Format | None, source: Source) -> str:
    from PIL import Image

    if found is not None and found.media_type == "image/heic":
        raise UnreadableFileError(
            phrase(
                "the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; "
                "export it as JPEG on the phone or computer and attach that",
                name=source.name,
            )
        )
    if found is not None and found.kind != "photo":
        raise UnreadableFileError(
            phrase(
                "the photo {name} is not an image (it looks like {label})",
                name=source.name,
                label=found.label,
            )
        )
    not_image = UnreadableFileError(
        phrase(
            "the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, "
            "TIFF or BMP), or it is damaged",
            name=source.name,
        )
    )
    try:
        with source.open() as stream, Image.open(stream) as image:
            image_format = image.format or ""
            image.verify()
        with source.open() as stream, Image.open(stream) as image:
            if image_format == "JPEG":
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()  # decodes every byte: a truncated photo fails here
    except Image.DecompressionBombError as exc:
        raise UnreadableFileError(
            phrase("the photo {name} has too many pixels to open safely", name=source.name)
        ) from exc
    except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        raise not_image from exc
    if image_format not in PHOTO_FORMATS:
        raise not_image
    return Image.MIME.get(image_format, found.media_type if found else "image/jpeg")


def _wav_duration_ms(source: Source) -> int | None:
    """The length of a WAV recording, also when the recorder never finished its header.

    A recorder stopped by a power cut leaves the header's data size at 0 (or larger than
    what was written): the length is then taken from the bytes actually present.
    """
    try:
        with source.open() as stream, wave.open(stream) as w:
            frames = w.getnframes()
            rate = w.getframerate()
            frame_size = w.getnchannels() * w.getsampwidth()
    except (wave.Error, EOFError, struct.error):
        return _riff_duration_ms(source)
    if rate <= 0 or frame_size <= 0:
        return None
    available = max(source.size - 44, 0) // frame_size
    if frames == 0 or frames > available:
        frames = available
    return frames * 1000 // rate


def _riff_duration_ms(source: Source) -> int | None:
    """Duration from the fmt chunk's byte rate, for WAV variants ``wave`` does not read
    (32-bit float, extensible); None when the header cannot be understood."""
    with source.open() as stream:
        head = stream.read(64 * 1024)
    pos, byte_rate = 12, 0
    while pos + 8 <= len(head):
        chunk_id, chunk_size = struct.unpack_from("<4sI", head, pos)
        body = pos + 8
        if chunk_id == b"fmt " and chunk_size >= 12 and body + 12 <= len(head):
            byte_rate = struct.unpack_from("<I", head, body + 8)[0]
        elif chunk_id == b"data":
            if byte_rate <= 0:
                return None
            present = source.size - body
            size = present if chunk_size in (0, 0xFFFFFFFF) else min(chunk_size, present)
            return max(size, 0) * 1000 // byte_rate
        pos = body + chunk_size + (chunk_size & 1)
    return None


__all__ = ["EXTENSION_KIND", "PHOTO_FORMATS", "Format", "infer_kind", "inspect_content", "sniff"]
