"""Importing a REFI-QDA project (.qdpx) written by NVivo, ATLAS.ti, MAXQDA, QualCoder or fieldkit.

Everything is checked before anything is written (texts decoded, every selection placed), then
written in one transaction: a bad file leaves the data folder as it was. Media files are copied
into the blob store first; if the import then fails they stay as unreferenced blobs, which is
harmless (the blob store is content-addressed).
"""

from __future__ import annotations

from pathlib import Path

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
from fieldkit.export.qdpx.reader import QCode, parse_project
from fieldkit.export.qdpx.source_files import note_texts, prepare_text, store_media
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Memo, Study, SyncRow, new_id


def import_qdpx(store: Store, *, path: Path, study_id: str | None = None) -> ImportReport:
    """Import a .qdpx as a new study, or merge it into ``study_id``."""
    path = Path(path)
    with QdpxArchive(path) as archive:
        entry = archive.project_entry()
        project = parse_project(archive.read(entry, limit=MAX_PROJECT_XML, what="project.qde"))
        report = ImportReport(path, "", "", study_id is None, project.origin or "unknown program")
        texts = {s.guid: prepare_text(archive, s) for s in project.sources if s.kind == "text"}
        for source in project.sources:
            text = texts.get(source.guid)
            if text is not None and text.counting != "code points":
                report.warnings.append(
                    f"positions in {source.name!r} were counted as {text.counting}, not as the "
                    "standard's code points; fieldkit followed the file"
                )
        notes = note_texts(archive, project)
        media = store_media(store, archive, project, report.warnings)
    with store.write() as session:
        _Importer(session, project, texts, notes, media, report).run(study_id, path)
    return report


class _Importer(RecordImporter):
    # --- the import ------------------------------------------------------------------------

    def run(self, study_id: str | None, path: Path) -> None:
        with self.s.no_autoflush:
            self._run(study_id, path)
        self.s.flush()

    def _run(self, study_id: str | None, path: Path) -> None:
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
        for source in self.p.sources:
            if source.kind == "text":
                self.text_source(source)
        self.flush()
        for source in self.p.sources:
            if source.guid in self.media:
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
        self.attach_notes()
        self.flush()

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
        for src in self.p.sources:
            record = self.records.get(src.guid)
            if record is not None:
                for note in src.notes:
                    add(note, record.record_type, record.id)
        rows: dict[str, SyncRow] = {}
        rows.update({g: c for g, c in self.cases.items()})
        rows.update({g: p for g, p in self.people.items()})
        rows.update({g: r for g, r in self.records.items()})
        for note, target in self.p.links:
            if note in self.p.notes and target in rows:
                add(note, rows[target].record_type, rows[target].id)
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
