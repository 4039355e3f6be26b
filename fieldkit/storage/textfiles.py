"""Reading transcript and description files researchers bring from elsewhere.

Transcripts arrive from Word ("Save as text"), phones, old laptops and transcription services,
so their encoding and line ends vary. :func:`read_text_file` turns any of them into the one form
fieldkit stores (UTF-8 text, LF line ends, Unicode NFC, no NUL characters) and says, in
``notes``, each thing it changed, so the researcher can check the result.

Decisions:

* Encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; otherwise strict UTF-8; otherwise,
  when the file is mostly UTF-8 with a few stray Windows-1252 bytes (text pasted together from
  two sources), those bytes alone are read as Windows-1252; otherwise Windows-1252 when it
  decodes; otherwise Latin-1 (which always decodes). UTF-16 without a BOM is recognised from
  its pattern of zero bytes.
* An empty file is accepted: it gives ``""`` and the note "the file is empty", so the caller
  decides whether empty is acceptable (an interview may have no transcript yet).
* A file that looks binary (a known signature such as PNG, PDF, JPEG, a Word .docx, or mostly
  control bytes) is refused with :class:`UnreadableFileError`, naming what it looks like.
"""

from __future__ import annotations

import codecs
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import FileTooLargeError, UnreadableFileError, phrase
from fieldkit.storage.blobs import human_size

DEFAULT_MAX_BYTES = 20_000_000
# How much of the start of a file is inspected to decide whether it is text.
_SNIFF_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 (big-endian)"),
)

# Signatures of files people mistake for transcripts, with what to call them.
_BINARY_SIGNATURES: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), what)
    for pattern, what in (
        (rb"\x89PNG\r\n\x1a\n", phrase("a PNG image")),
        (rb"\xff\xd8\xff", phrase("a JPEG image")),
        (rb"GIF8[79]a", phrase("a GIF image")),
        (rb"RIFF.{4}WEBP", phrase("a WebP image")),
        (rb"%PDF-", phrase("a PDF document; save it as plain text (.txt) first")),
        (
            rb"PK\x03\x04",
            phrase("a Word (.docx), OpenDocument or ZIP file; save it as plain text first"),
        ),
        (
            rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            phrase("an old Word (.doc) file; save it as plain text"),
        ),
        (rb"\{\\rtf", phrase("a rich-text (.rtf) file; save it as plain text (.txt) first")),
        (rb"RIFF.{4}(WAVE|AVI )", phrase("an audio or video file")),
        (rb"ID3[\x02-\x04]", phrase("an MP3 recording")),
        (rb"OggS\x00", phrase("an Ogg recording")),
        (rb"fLaC", phrase("a FLAC recording")),
        (rb"\x1aE\xdf\xa3", phrase("a WebM or Matroska file")),
        (rb".{4}ftyp", phrase("an MP4, M4A or HEIC file")),
        (rb"\x1f\x8b", phrase("a gzip-compressed file")),
        (rb"SQLite format 3\x00", phrase("an SQLite database")),
        (rb"\x7fELF", phrase("a program")),
    )
)

# Bytes that hardly occur in text files (below a space, except tab, LF, FF, CR and the DOS
# end-of-file mark); NUL is counted on its own.
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 26}))
_ASCII = bytes(range(128))
# A valid multi-byte UTF-8 sequence.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass(frozen=True)
class DecodedText:
    """Text as fieldkit stores it, the encoding it came in, and what was changed."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def read_text_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read a text file a researcher chose, normalised; see the module docstring.

    Raises UnreadableFileError (missing, a folder, not permitted, binary) or FileTooLargeError.
    """
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnreadableFileError(
            phrase("the file {path} does not exist", path=str(path))
        ) from None
    except PermissionError:
        raise UnreadableFileError(_not_permitted(path)) from None
    except OSError as exc:
        raise UnreadableFileError(unreadable(path, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(phrase("{path} is a folder, not a text file", path=str(path)))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(phrase("{path} is not an ordinary file", path=str(path)))
    _check_size(path, info.st_size, max_bytes)
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # the file may have grown since stat
    except PermissionError:
        raise UnreadableFileError(_not_permitted(path)) from None
    except OSError as exc:
        raise UnreadableFileError(unreadable(path, exc)) from None
    _check_size(path, len(data), max_bytes)
    return decode_text_bytes(data, source=file_named(path.name))


def file_named(name: str) -> str:
    """ "the file notes.txt": how an error names the file it is about."""
    return phrase("the file {name}", name=name)


def _not_permitted(path: Path) -> str:
    return phrase("fieldkit may not read {path} (permission denied)", path=str(path))


def unreadable(path: Path, exc: OSError) -> str:
    """The sentence for a file the system would not read (``exc.strerror`` says why)."""
    return phrase("the file {path} cannot be read: {why}", path=str(path), why=exc.strerror)


def decode_text_bytes(data: bytes, *, source: str | None = None) -> DecodedText:
    """Decode and normalise bytes that should be text; ``source`` names them in errors
    ("the file notes.txt", :func:`file_named`; by default "the text")."""
    source = source or phrase("the text")
    if not data:
        return DecodedText("", "utf-8", (phrase("the file is empty"),))
    notes: list[str] = []
    text, encoding = _decode(data, source, notes)
    return DecodedText(_normalise(text, notes), encoding, tuple(notes))


def _check_size(path: Path, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise FileTooLargeError(
            phrase(
                "the file {name} is {size}; text files up to {most} are accepted (split it into "
                "parts)",
                name=path.name,
                size=human_size(size),
                most=human_size(max_bytes),
            )
        )


def _decode(data: bytes, source: str, notes: list[str]) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            notes.append(phrase("a byte-order mark (BOM) was removed"))
            return _decode_declared(data[len(bom) :], codec, label, notes), codec
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        codec, label = utf16
        return _decode_declared(data, codec, label, notes), codec
    _refuse_binary(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors=_CP1252_FALLBACK)
        notes.append(
            phrase(
                "the file mixes UTF-8 with a few Windows-1252 characters; "
                "both were converted to UTF-8 (check accented letters and quotes)"
            )
        )
        return text, "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        notes.append(
            phrase("the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8")
        )
        return data.decode("latin-1"), "latin-1"
    notes.append(
        phrase("the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8")
    )
    return text, "cp1252"


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes, rather than Windows-1252 with an accidental UTF-8 pair."""
    sequences = _UTF8_MULTIBYTE.findall(data)
    if not sequences:
        return False
    high = len(data.translate(None, _ASCII))
    stray = high - sum(len(s) for s in sequences)
    return len(sequences) >= stray


def _decode_declared(data: bytes, codec: str, label: str, notes: list[str]) -> str:
    if codec != "utf-8":
        notes.append(
            phrase("the file was in {encoding} encoding and was converted to UTF-8", encoding=label)
        )
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        notes.append(
            phrase(
                "{count} invalid byte sequence(s) in the {encoding} text were replaced by \ufffd",
                count=bad,
                encoding=label,
            )
        )
        return text


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: mostly-ASCII text has a zero in every other byte."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zero > 0.7 * half and even_zero < 0.05 * half:
        return "utf-16-le", "UTF-16 (little-endian)"
    if even_zero > 0.7 * half and odd_zero < 0.05 * half:
        return "utf-16-be", "UTF-16 (big-endian)"
    return None


def _refuse_binary(data: bytes, source: str) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if signature.match(data):
            raise UnreadableFileError(
                phrase(
                    "{source} looks like a binary file, not text (it looks like {what})",
                    source=source,
                    what=what,
                )
            )
    # Zeros padding the end of a text file (a crash during a save) are not a sign of binary.
    sample = data[:_SNIFF_BYTES].rstrip(b"\x00")
    nul = sample.count(0)
    control = len(sample) - len(sample.translate(None, _CONTROL)) - nul
    # Random binary data has about 10% control bytes; real text has next to none.
    if nul > 0.3 * len(sample) or control > 0.01 * len(sample):
        raise UnreadableFileError(
            phrase(
                "{source} looks like a binary file, not text; choose a plain-text (.txt) "
                "transcript",
                source=source,
            )
        )


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 one by one as Windows-1252 (else Latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    out = []
    for byte in chunk:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("latin-1"))
    return "".join(out), exc.end


_CP1252_FALLBACK = "fieldkit-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _normalise(text: str, notes: list[str]) -> str:
    if text.startswith("\ufeff"):  # a second BOM, or one inside an undeclared encoding
        text = text[1:]
        if not any("byte-order mark" in n for n in notes):
            notes.append(phrase("a byte-order mark (BOM) was removed"))
    crlf = text.count("\r\n")
    if crlf:
        text = text.replace("\r\n", "\n")
        notes.append(phrase("Windows line ends (CRLF) were converted"))
    lone_cr = text.count("\r")
    if lone_cr:
        text = text.replace("\r", "\n")
        notes.append(phrase("old Mac line ends (CR alone) were converted"))
    composed = unicodedata.normalize("NFC", text)
    if composed != text:
        text = composed
        notes.append(phrase("accented letters were stored in their composed form (Unicode NFC)"))
    nul = text.count("\x00")
    if nul:
        text = text.replace("\x00", "")
        notes.append(
            phrase("{count} NUL character(s) (invisible zero bytes) were removed", count=nul)
        )
    return text


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DecodedText",
    "decode_text_bytes",
    "file_named",
    "read_text_file",
    "unreadable",
]
