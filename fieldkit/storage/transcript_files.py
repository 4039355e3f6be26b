"""Transcripts from other tools: plain text, Word documents and subtitle files.

:func:`read_transcript_file` picks the reader from the file's extension and returns the text
as fieldkit stores it (:class:`~fieldkit.storage.textfiles.DecodedText`: LF line ends, NFC),
with notes on what was changed:

* ``.txt`` (and anything else): any common encoding, through ``read_text_file``;
* ``.docx``: the document's paragraphs (tables too, row by row), one per line, via python-docx;
* ``.srt`` / ``.vtt``: one line per cue, ``[mm:ss] text``, its start time kept as a time mark
  (the audio panel plays from it). A WebVTT voice (``<v P-030>…``) becomes the speaker label
  ``P-030:``; labels typed in the cue text (``P-030: …``) stay as they are; formatting tags
  (``<i>``, ``{\\an8}``) and cue numbers, settings and notes are dropped.

A file that is none of these, or a damaged one, raises ``UnreadableFileError`` with a message
a researcher can act on. Plain Python: the desktop app and ``fieldkit text set`` share it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from fieldkit.errors import UnreadableFileError, phrase
from fieldkit.storage.textfiles import (
    DecodedText,
    decode_text_bytes,
    file_named,
    read_text_file,
    unreadable,
)
from fieldkit.storage.time_marks import format_mark

SUBTITLE_SUFFIXES = (".srt", ".vtt")
SUFFIXES = (".txt", ".docx", *SUBTITLE_SUFFIXES)
_DOCX_MAX_BYTES = 50_000_000
# 00:01:02,345 (SRT) or 00:01:02.345 / 01:02.345 (WebVTT)
_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_CUE_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]*>|\{\\[^}]*\}")


def read_transcript_file(path: Path) -> DecodedText:
    """The transcript in ``path`` (.txt, .docx, .srt, .vtt); see the module doc."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _read_docx(path)
    decoded = read_text_file(path)
    if suffix in SUBTITLE_SUFFIXES:
        text = subtitles_to_transcript(decoded.text, source=path.name)
        note = phrase("subtitle cues became lines with their start times as [mm:ss] marks")
        return DecodedText(text, decoded.encoding, (*decoded.notes, note))
    return decoded


def subtitles_to_transcript(text: str, *, source: str | None = None) -> str:
    """SRT or WebVTT text as transcript lines ``[mm:ss] Speaker: words``; ``source`` names
    it in an error (by default "the subtitles")."""
    lines: list[str] = []
    blocks = re.split(r"\n\s*\n", text.strip())
    found = False
    for block in blocks:
        rows = block.split("\n")
        timing = next((i for i, row in enumerate(rows) if _CUE_TIMING.match(row)), None)
        if timing is None:
            continue  # WEBVTT header, NOTE, STYLE or REGION blocks, stray text
        found = True
        match = _CUE_TIMING.match(rows[timing])
        assert match is not None
        words = _cue_words(rows[timing + 1 :])
        if words:
            lines.append(f"{format_mark(_ms(match.groups()[:4]))} {words}")
    if not found:
        raise UnreadableFileError(
            phrase(
                "{source} holds no subtitle cues (lines like “00:00:16,000 --> 00:00:20,000”); "
                "is it really an .srt or .vtt file?",
                source=source or phrase("the subtitles"),
            )
        )
    return "\n".join(lines)


def _cue_words(rows: list[str]) -> str:
    """A cue's text on one line, its voice as a speaker label, without formatting tags."""
    parts: list[str] = []
    speaker = None
    for row in rows:
        voice = _VOICE.search(row)
        if voice and speaker is None:
            speaker = " ".join(voice.group(1).split())
        clean = " ".join(_TAG.sub("", row).split())
        if clean:
            parts.append(clean)
    words = " ".join(parts)
    if speaker and not words.startswith(f"{speaker}:"):
        words = f"{speaker}: {words}"
    return words


def _ms(groups: tuple[Any, ...]) -> int:
    hours, minutes, seconds, fraction = groups
    total = (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)
    return total * 1000 + int(fraction.ljust(3, "0")[:3])


def _read_docx(path: Path) -> DecodedText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFileError(
            phrase("the file {path} does not exist", path=str(path))
        ) from None
    if size > _DOCX_MAX_BYTES:
        raise UnreadableFileError(
            phrase("the Word file {name} is too large to be a transcript", name=path.name)
        )
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise UnreadableFileError(
            phrase(
                "{name} is not a Word document fieldkit can read (an old .doc, or damaged); "
                "open it in a word processor and save it as .docx or plain text (.txt)",
                name=path.name,
            )
        ) from None
    except OSError as exc:
        raise UnreadableFileError(unreadable(path, exc)) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [" ".join(c.text.split()) for c in row.cells]
            lines.append(" | ".join(c for c in cells if c))
    text = "\n".join(lines).strip("\n")
    decoded = decode_text_bytes(text.encode("utf-8"), source=file_named(path.name))
    notes = (*decoded.notes, phrase("read from a Word document"))
    return DecodedText(decoded.text, "docx", notes)


__all__ = ["SUFFIXES", "read_transcript_file", "subtitles_to_transcript"]
