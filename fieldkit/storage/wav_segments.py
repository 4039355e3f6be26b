"""WAV segments of a recording: their format, header, whole-frame length and joining.

Plain files, no database: :mod:`fieldkit.storage.recording` writes segments with these and turns
a folder of them into one attachment.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import FieldkitError, ValidationError, phrase
from fieldkit.storage.crypto.sealed_file import SealedWriter
from fieldkit.storage.crypto.sealed_log import read_sealed_log
from fieldkit.storage.durable import fsync_dir, open_private

HEADER_SIZE = 44
SEGMENT_RE = re.compile(r"^seg-(\d{5,})\.wav$")
MAX_DATA = 0xFFFFFFFF - 36  # what a RIFF size field can hold


class RecordingError(FieldkitError):
    """A recording cannot be written, finished or recovered (the message says what to do)."""


@dataclass(frozen=True)
class AudioFormat:
    """Integer PCM: samples per second, channels, bytes per sample (1–4)."""

    sample_rate: int = 48_000
    channels: int = 1
    sample_width: int = 2

    def __post_init__(self) -> None:
        if not 1_000 <= self.sample_rate <= 384_000:
            raise ValidationError(
                phrase("a sample rate of {rate} Hz is not supported", rate=self.sample_rate)
            )
        if not 1 <= self.channels <= 8:
            raise ValidationError(phrase("{count} channels are not supported", count=self.channels))
        if self.sample_width not in (1, 2, 3, 4):
            raise ValidationError(
                phrase("{bits}-bit samples are not supported", bits=self.sample_width * 8)
            )

    @property
    def frame_size(self) -> int:
        return self.channels * self.sample_width

    @property
    def byte_rate(self) -> int:
        return self.sample_rate * self.frame_size

    def ms(self, data_bytes: int) -> int:
        return data_bytes // self.frame_size * 1000 // self.sample_rate

    def to_json(self) -> dict[str, int]:
        return {
            "sample_rate": self.sample_rate,
            "channels": self.channels,
            "sample_width": self.sample_width,
        }


def wav_header(audio: AudioFormat, data_bytes: int) -> bytes:
    """A canonical 44-byte PCM WAV header for ``data_bytes`` of samples."""
    data_bytes = min(data_bytes, MAX_DATA)
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes + (data_bytes & 1),
        b"WAVE",
        b"fmt ",
        16,
        1,
        audio.channels,
        audio.sample_rate,
        audio.byte_rate,
        audio.frame_size,
        audio.sample_width * 8,
        b"data",
        data_bytes,
    )


def read_segment_format(path: Path, key: bytes | None = None) -> AudioFormat | None:
    """The format in a segment's header, or None when the header is missing or not ours.

    ``key``: the folder's file key when the segment is sealed (an encrypted folder).
    """
    try:
        if key is not None:
            header = read_sealed_log(path, key)[0][:HEADER_SIZE]
        else:
            with path.open("rb") as f:
                header = f.read(HEADER_SIZE)
    except OSError:
        return None
    if len(header) < HEADER_SIZE:
        return None
    fields = struct.unpack("<4sI4s4sIHHIIHH4sI", header)
    if fields[0] != b"RIFF" or fields[2] != b"WAVE" or fields[3] != b"fmt " or fields[5] != 1:
        return None
    if fields[11] != b"data":
        return None
    try:
        return AudioFormat(sample_rate=fields[7], channels=fields[6], sample_width=fields[10] // 8)
    except ValidationError:
        return None


def segment_data_bytes(path: Path, audio: AudioFormat, key: bytes | None = None) -> int:
    """Bytes of whole frames a segment holds, trusting the file over an unfinished header."""
    try:
        size = len(read_sealed_log(path, key)[0]) if key is not None else path.stat().st_size
    except OSError:
        return 0
    present = max(0, size - HEADER_SIZE)
    return present - present % audio.frame_size


def segment_files(folder: Path) -> list[Path]:
    """The folder's segments in recording order."""
    found = []
    for path in folder.iterdir():
        match = SEGMENT_RE.match(path.name)
        if match and path.is_file():
            found.append((int(match.group(1)), path))
    return [p for _n, p in sorted(found)]


def assemble(segments: list[Path], audio: AudioFormat, target: Path) -> int:
    """Join the segments' whole frames into one WAV at ``target``; returns its data bytes.

    Written to a temporary file, fsynced, then renamed, so ``target`` is either whole or absent.
    """
    tmp = target.with_name(target.name + ".part")
    total = 0
    with open_private(tmp, "wb") as out:
        out.write(wav_header(audio, 0))
        for segment in segments:
            remaining = segment_data_bytes(segment, audio)
            with segment.open("rb") as src:
                src.seek(HEADER_SIZE)
                while remaining > 0:
                    chunk = src.read(min(remaining, 1024 * 1024))
                    if not chunk:
                        break
                    out.write(chunk)
                    remaining -= len(chunk)
                    total += len(chunk)
        total -= total % audio.frame_size
        out.truncate(HEADER_SIZE + total)
        if total > MAX_DATA:
            raise _too_long(target)
        if total & 1:
            out.seek(0, os.SEEK_END)
            out.write(b"\0")  # RIFF chunks are padded to an even size
        out.seek(0)
        out.write(wav_header(audio, total))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)
    return total


def _too_long(target: Path) -> RecordingError:
    return RecordingError(
        phrase(
            "the recording is longer than one WAV file can hold (4 GB); its segments are kept "
            "in {folder}",
            folder=str(target.parent),
        )
    )


def assemble_sealed(segments: list[Path], audio: AudioFormat, target: Path, key: bytes) -> int:
    """:func:`assemble` for an encrypted folder: sealed segments in, a sealed WAV out (the
    blob store's format, so it is staged without a readable copy). Returns its data bytes."""
    pcm = []
    total = 0
    for segment in segments:
        plain = read_sealed_log(segment, key)[0][HEADER_SIZE:]
        whole = len(plain) - len(plain) % audio.frame_size
        pcm.append(plain[:whole])  # a segment is a few seconds: small enough to hold
        total += whole
    if total > MAX_DATA:
        raise _too_long(target)
    tmp = target.with_name(target.name + ".part")
    with open_private(tmp, "wb") as out:
        sealed = SealedWriter(out, key)
        sealed.write(wav_header(audio, total))
        for part in pcm:
            sealed.write(part)
        if total & 1:
            sealed.write(b"\0")
        sealed.close()
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)
    return total


__all__ = [
    "HEADER_SIZE",
    "AudioFormat",
    "RecordingError",
    "assemble",
    "assemble_sealed",
    "read_segment_format",
    "segment_data_bytes",
    "segment_files",
    "wav_header",
]
