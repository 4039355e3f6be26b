"""Importing a REFI-QDA project (.qdpx) written by NVivo, ATLAS.ti, MAXQDA, QualCoder or fieldkit.

Everything is checked before anything is written (texts decoded, every selection placed), then
written in one transaction: a bad file leaves the data folder as it was. Media files are copied
into the blob store first; if the import then fails they stay as unreferenced blobs, which is
harmless (the blob store is content-addressed).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fieldkit.errors import phrase
from fieldkit.export.qdpx.archive import MAX_PROJECT_XML, QdpxArchive
from fieldkit.export.qdpx.import_records import RecordImporter
from fieldkit.export.qdpx.import_report import ImportReport
from fieldkit.export.qdpx.import_writer import (
    DEFAULT_COLOR,
    FLUSH_EVERY,
    IMPORTED_CASE,
    clip,
    line,
    stamped,
)
from fieldkit.export.qdpx.names import RECORD_TYPE, original_name
from fieldkit.export.qdpx.reader import ProjectStream, QCode, QSource, scan_guids
from fieldkit.export.qdpx.source_files import note_texts, store_media
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Coding, Memo, Study, new_id


def import_qdpx(store: Store, *, path: Path, study_id: str | None = None) -> ImportReport:
    """Import a .qdpx as a new study, or merge it into ``study_id``.

    project.qde is read as a stream and each source is written as it is read, in one
    transaction: memory holds one source at a time, and an error anywhere rolls back all.
    """
    path = Path(path)
    with QdpxArchive(path) as archive:
        entry = archive.project_entry()

        def chunks() -> Iterator[bytes]:
            return archive.stream(entry, limit=MAX_PROJECT_XML, what="project.qde")

        guids = scan_guids(chunks())
        stream = ProjectStream(chunks())
        report = ImportReport(path, "", "", study_id is None, "unknown program")
        with store.write() as session:
            importer = _Importer(session, stream.project, guids, archive, store, report)
            importer.run(stream, study_id, path)
    return report


class _Importer(RecordImporter):
    # --- the import ------------------------------------------------------------------------

    def run(self, stream: ProjectStream, study_id: str | None, path: Path) -> None:
        with self.s.no_autoflush:
            self._run(stream, study_id, path)
        self.s.flush()

    def _run(self, stream: ProjectStream, study_id: str | None, path: Path) -> None:
        started = False
        media: list[QSource] = []
        for source in stream:
            if not started:
                self._begin(study_id, path)
                started = True
            if source.kind == "text":
                self.text_source(source)
            elif source.kind in ("audio", "picture"):
                media.append(source)  # after every text: they may belong to one further on
            elif source.kind in ("video", "pdf"):
                self.report.warnings.append(
                    phrase(
                        "{source} ({kind}) was not imported: fieldkit keeps audio, photos and text",
                        source=repr(source.name),
                        kind=source.kind,
                    )
                )
        if not started:
            self._begin(study_id, path)
        self.flush()
        for source in media:
            stored = store_media(self.store, self.archive, source, self.report.warnings)
            if stored is not None:
                self.media[source.guid] = stored
                self.media_source(source)
        self.flush()
        people = [
            case
            for case in self.p.cases
            if str(case.variables.get(RECORD_TYPE, "")).lower() == "participant"
        ]
        for case in people:
            self.participant(case)
        self.flush()
        for case in people:
            self.link_participant(case)
        self.notes = note_texts(self.archive, self.p)
        self.finish_coding_memos()
        self.attach_notes()
        self.flush()

    def _begin(self, study_id: str | None, path: Path) -> None:
        """The study, codebook and cases: everything the file puts before its sources."""
        self.report.origin = self.p.origin or "unknown program"
        if study_id:
            self.study = get_row(self.s, Study, study_id)
            self.merging = True
        else:
            name = line(self.p.name, 200) or path.stem or "Imported project"
            self.study = Study(
                name=name,
                description=clip(self.p.description, 20_000),
                created_by=self.user(self.p.creating_user),
            )
            self.add(self.study)
        # Flushing between stages writes parents before the rows that point at them.
        self.flush()
        self.report.study_id, self.report.study_name = self.study.id, self.study.name
        for code in self.p.codes:
            self.theme(code, None)
        self.flush()
        for case in self.p.cases:
            if str(case.variables.get(RECORD_TYPE, "")).lower() != "participant":
                self.case(case)
        self.flush()

    def finish_coding_memos(self) -> None:
        """Notes on a selection join its codings' memos (the notes come after the sources)."""
        for coding_id, description, notes in self.note_memos:
            row = self.s.get(Coding, coding_id)
            if row is not None:
                memo = "\n\n".join(p for p in (description, self.note_body(notes)) if p.strip())
                row.memo = clip(memo, 20_000)

    # --- notes -----------------------------------------------------------------------------

    def attach_notes(self) -> None:
        targets: dict[str, list[tuple[str, str]]] = {}  # note guid -> [(type, id)]

        def add(note: str, target_type: str, target_id: str) -> None:
            targets.setdefault(note, []).append((target_type, target_id))

        def walk(codes: list[QCode]) -> None:
            for code in codes:
                for note in code.notes:
                    add(note, "theme", self.themes[code.guid])
                walk(code.children)

        walk(self.p.codes)
        for source_guid, notes in self.source_notes.items():
            record = self.records.get(source_guid)
            if record is not None:
                for note in notes:
                    add(note, record.record_type, record.id)
        rows: dict[str, tuple[str, str]] = {}
        rows.update({g: ("case", c.id) for g, c in self.cases.items()})
        rows.update({g: ("participant", p.id) for g, p in self.people.items()})
        rows.update({g: (r.record_type, r.id) for g, r in self.records.items()})
        for note, target in self.p.links:
            if note in self.p.notes and target in rows:
                add(note, *rows[target])
            elif note in self.p.notes and target in self.themes:
                add(note, "theme", self.themes[target])
        for guid, qnote in self.p.notes.items():
            places = targets.get(guid)
            if not places:
                if guid in self.used_notes:
                    continue  # folded into a coding's memo
                places = [("study", self.study.id)]
            if self.existing(Memo, guid) is not None:
                continue  # merged before
            for i, (target_type, target_id) in enumerate(places):
                memo_id = self.free_id(Memo, guid) if i == 0 else new_id()
                self.add(
                    Memo(
                        id=memo_id,
                        study_id=self.study.id,
                        target_type=target_type,
                        target_id=target_id,
                        title=line(original_name(qnote.name, qnote.variables), 300),
                        body=clip(self.notes.get(guid, ""), 100_000),
                        author=self.user(qnote.user),
                        **stamped(qnote.created),
                    )
                )
                self.report.memos += 1


__all__ = ["DEFAULT_COLOR", "FLUSH_EVERY", "IMPORTED_CASE", "ImportReport", "import_qdpx"]
