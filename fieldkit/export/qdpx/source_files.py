"""Reading a .qdpx's text, note and media files out of the archive, before anything is written.

Texts are decoded and every selection placed as each source is read (a bad file fails there,
and the import's transaction rolls back); media files are copied into the blob store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import FileTooLargeError, ProjectFileError, phrase
from fieldkit.export.qdpx.archive import MAX_MEDIA_FILE, MAX_TEXT_FILE, QdpxArchive
from fieldkit.export.qdpx.names import original_name
from fieldkit.export.qdpx.reader import QProject, QSource
from fieldkit.export.qdpx.textpos import DecodedText, choose_mapper, decode_text
from fieldkit.storage.db import Store
from fieldkit.storage.validate import MAX_TEXT_CHARS


@dataclass
class PreparedText:
    decoded: DecodedText
    counting: str  # how the file counted positions (see textpos)
    spans: dict[str, tuple[int, int]]  # selection guid -> (start, end) in fieldkit's text


@dataclass
class StoredMedia:
    sha256: str
    size: int
    filename: str


def _read_text(archive: QdpxArchive, path: str | None, inline: str | None, what: str) -> bytes:
    if inline is not None and not path:
        return inline.encode("utf-8")
    entry = archive.source_entry(path)
    if entry is None:
        if inline is not None:
            return inline.encode("utf-8")
        raise ProjectFileError(
            phrase(
                "the text of {what} ({path}) is not inside {name}",
                what=what,
                path=path or "no path",
                name=archive.path.name,
            )
        )
    return archive.read(entry, limit=MAX_TEXT_FILE, what=what)


def prepare_text(archive: QdpxArchive, source: QSource) -> PreparedText:
    what = f"the source {source.name!r}"
    decoded = decode_text(_read_text(archive, source.path, source.content, what), what=what)
    if len(decoded.text) > MAX_TEXT_CHARS:
        raise FileTooLargeError(
            phrase(
                "{what} has {length} characters; fieldkit holds at most {most} per text",
                what=what,
                length=len(decoded.text),
                most=MAX_TEXT_CHARS,
            )
        )
    samples = [(s.start, s.end, s.name) for s in source.selections if s.name.strip()]
    label, mapper = choose_mapper(decoded, samples)
    spans: dict[str, tuple[int, int]] = {}
    length = len(decoded.text)
    for sel in source.selections:
        a, b = mapper(sel.start), mapper(sel.end)
        if sel.start < 0 or sel.end < sel.start or a < 0 or b > length:
            raise ProjectFileError(
                phrase(
                    "a selection in {what} runs from {start} to {end}, outside its text "
                    "of {length} characters; the project is inconsistent",
                    what=what,
                    start=str(sel.start),  # positions, as the file has them (no separators)
                    end=str(sel.end),
                    length=len(decoded.raw),
                )
            )
        if a < b:
            spans[sel.guid] = (a, b)
    return PreparedText(decoded, label, spans)


def note_texts(archive: QdpxArchive, project: QProject) -> dict[str, str]:
    out = {}
    for note in project.notes.values():
        what = f"the note {note.name!r}"
        if note.content is None and archive.source_entry(note.path) is None:
            out[note.guid] = ""
            continue
        out[note.guid] = decode_text(
            _read_text(archive, note.path, note.content, what), what=what
        ).text
    return out


def store_media(
    store: Store, archive: QdpxArchive, source: QSource, warnings: list[str]
) -> StoredMedia | None:
    """Copy an audio or picture source's file into the blob store (None: it is not inside)."""
    entry = archive.source_entry(source.path)
    if entry is None:
        warnings.append(
            phrase(
                "{source} was not imported: its file ({path}) is not inside the project file",
                source=repr(source.name),
                path=source.path,
            )
        )
        return None
    stream = archive.open_stream(entry, limit=MAX_MEDIA_FILE, what=f"the file of {source.name!r}")
    sha, size = store.blobs.put_stream(stream, expected_size=entry.file_size)
    ext = Path(entry.filename).suffix.lower()
    name = original_name(source.name, source.variables) or Path(entry.filename).name
    if Path(name).suffix.lower() != ext:
        name += ext
    return StoredMedia(sha, size, name)


__all__ = ["PreparedText", "StoredMedia", "note_texts", "prepare_text", "store_media"]
