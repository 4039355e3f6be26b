"""Importing a REFI-QDA project (.qdpx) written by NVivo, ATLAS.ti, MAXQDA, QualCoder or fieldkit.

Everything is checked before anything is written (texts decoded, every selection placed), then
written in one transaction: a bad file leaves the data folder as it was. Media files are copied
into the blob store first; if the import then fails they stay as unreferenced blobs, which is
harmless (the blob store is content-addressed).
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlmodel import Session

from fieldkit.errors import FileTooLargeError, ProjectFileError
from fieldkit.export.qdpx.archive import (
    MAX_MEDIA_FILE,
    MAX_PROJECT_XML,
    MAX_TEXT_FILE,
    QdpxArchive,
)
from fieldkit.export.qdpx.names import ATTACHED_TO, CASE_GUID, RECORD_TYPE
from fieldkit.export.qdpx.reader import (
    QCase,
    QCode,
    QCoding,
    QProject,
    QSelection,
    QSource,
    parse_project,
)
from fieldkit.export.qdpx.textpos import DecodedText, choose_mapper, decode_text
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    Study,
    SyncRow,
    Tag,
    Theme,
    new_id,
    utcnow,
)
from fieldkit.storage.records import CONSENT_FORMS, CONSENT_STATUSES, INTERVIEW_STATUSES
from fieldkit.storage.validate import MAX_TEXT_CHARS

IMPORTED_CASE = "Imported sources"
FLUSH_EVERY = 2000
DEFAULT_COLOR = "#808080"
_LANG_RE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
R = TypeVar("R", bound=SyncRow)
_TIME_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass
class ImportReport:
    path: Path
    study_id: str
    study_name: str
    created_study: bool
    origin: str
    themes_created: int = 0
    themes_matched: int = 0
    cases: int = 0
    participants: int = 0
    interviews: int = 0
    observations: int = 0
    codings: int = 0
    tags: int = 0
    memos: int = 0
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Text:
    decoded: DecodedText
    counting: str  # how the file counted positions (see textpos)
    spans: dict[str, tuple[int, int]]  # selection guid -> (start, end) in fieldkit's text


@dataclass
class _Media:
    sha256: str
    size: int
    filename: str


def import_qdpx(store: Store, *, path: Path, study_id: str | None = None) -> ImportReport:
    """Import a .qdpx as a new study, or merge it into ``study_id``."""
    path = Path(path)
    with QdpxArchive(path) as archive:
        entry = archive.project_entry()
        project = parse_project(archive.read(entry, limit=MAX_PROJECT_XML, what="project.qde"))
        report = ImportReport(path, "", "", study_id is None, project.origin or "unknown program")
        texts = {s.guid: _prepare_text(archive, s) for s in project.sources if s.kind == "text"}
        for source in project.sources:
            text = texts.get(source.guid)
            if text is not None and text.counting != "code points":
                report.warnings.append(
                    f"positions in {source.name!r} were counted as {text.counting}, not as the "
                    "standard's code points; fieldkit followed the file"
                )
        notes = _note_texts(archive, project)
        media = _store_media(store, archive, project, report)
    with store.write() as session:
        _Importer(session, project, texts, notes, media, report).run(study_id, path)
    return report


def _read_text(archive: QdpxArchive, path: str | None, inline: str | None, what: str) -> bytes:
    if inline is not None and not path:
        return inline.encode("utf-8")
    entry = archive.source_entry(path)
    if entry is None:
        if inline is not None:
            return inline.encode("utf-8")
        raise ProjectFileError(
            f"the text of {what} ({path or 'no path'}) is not inside {archive.path.name}"
        )
    return archive.read(entry, limit=MAX_TEXT_FILE, what=what)


def _prepare_text(archive: QdpxArchive, source: QSource) -> _Text:
    what = f"the source {source.name!r}"
    decoded = decode_text(_read_text(archive, source.path, source.content, what), what=what)
    if len(decoded.text) > MAX_TEXT_CHARS:
        raise FileTooLargeError(
            f"{what} has {len(decoded.text):,} characters; fieldkit holds at most "
            f"{MAX_TEXT_CHARS:,} per text"
        )
    samples = [(s.start, s.end, s.name) for s in source.selections if s.name.strip()]
    label, mapper = choose_mapper(decoded, samples)
    spans: dict[str, tuple[int, int]] = {}
    length = len(decoded.text)
    for sel in source.selections:
        a, b = mapper(sel.start), mapper(sel.end)
        if sel.start < 0 or sel.end < sel.start or a < 0 or b > length:
            raise ProjectFileError(
                f"a selection in {what} runs from {sel.start} to {sel.end}, outside its text "
                f"of {len(decoded.raw):,} characters; the project is inconsistent"
            )
        if a < b:
            spans[sel.guid] = (a, b)
    return _Text(decoded, label, spans)


def _note_texts(archive: QdpxArchive, project: QProject) -> dict[str, str]:
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


def _store_media(
    store: Store, archive: QdpxArchive, project: QProject, report: ImportReport
) -> dict[str, _Media]:
    media: dict[str, _Media] = {}
    for source in project.sources:
        if source.kind not in ("audio", "picture"):
            if source.kind in ("video", "pdf"):
                report.warnings.append(
                    f"{source.name!r} ({source.kind}) was not imported: fieldkit keeps audio, "
                    "photos and text"
                )
            continue
        entry = archive.source_entry(source.path)
        if entry is None:
            report.warnings.append(
                f"{source.name!r} was not imported: its file ({source.path}) is not inside "
                "the project file"
            )
            continue
        stream = archive.open_stream(
            entry, limit=MAX_MEDIA_FILE, what=f"the file of {source.name!r}"
        )
        sha, size = store.blobs.put_stream(stream, expected_size=entry.file_size)
        ext = Path(entry.filename).suffix.lower()
        name = source.name or Path(entry.filename).name
        if Path(name).suffix.lower() != ext:
            name += ext
        media[source.guid] = _Media(sha, size, name)
    return media


def _stamped(created: datetime | None) -> dict[str, Any]:
    """Keep the creation time the file gives (so a round trip changes nothing)."""
    return {"created_at": created} if created is not None else {}


def _clip(text: str | None, limit: int) -> str:
    text = (text or "").replace("\x00", "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(text: str | None, limit: int) -> str:
    return _clip(" ".join((text or "").split()), limit)


class _Importer:
    def __init__(
        self,
        session: Session,
        project: QProject,
        texts: dict[str, _Text],
        notes: dict[str, str],
        media: dict[str, _Media],
        report: ImportReport,
    ) -> None:
        self.s = session
        self.p = project
        self.texts = texts
        self.notes = notes
        self.media = media
        self.report = report
        self.themes: dict[str, str] = {}  # code guid -> theme id
        self.cases: dict[str, Case] = {}  # case guid -> case
        self.source_case: dict[str, str] = {}  # source guid -> case guid
        self.records: dict[str, Interview | Observation] = {}  # source guid -> record
        self.people: dict[str, Participant] = {}
        self.used_notes: set[str] = set()
        self.fallback_case: Case | None = None
        # Rows added since the last flush are invisible to queries (no autoflush, for speed):
        # these remember what this import made.
        self.theme_names: dict[str, Theme] = {}
        self.positions: dict[str | None, int] = {}
        self.tagged: set[tuple[str, str]] = set()
        self.codes_used: set[str] = set()
        self.linked: set[tuple[str, str]] = set()
        self.pending = 0
        self.used_ids: set[tuple[str, str]] = set()
        self.taken_ids: dict[str, set[str]] = {}
        self.merging = False

    def flush(self) -> None:
        self.s.flush()
        self.pending = 0

    def add(self, row: SyncRow) -> None:
        self.s.add(row)
        self.pending += 1
        if self.pending >= FLUSH_EVERY:
            self.s.flush()
            self.pending = 0

    # --- helpers ---------------------------------------------------------------------------
    def free_id(self, model: type[SyncRow], guid: str) -> str:
        """The file's GUID as the row id, unless that id is taken (then a new one)."""
        key = (model.__name__, guid)
        if key in self.used_ids or guid in self.taken(model):
            return new_id()
        self.used_ids.add(key)
        return guid

    def taken(self, model: type[SyncRow]) -> set[str]:
        """Which of the file's GUIDs are already ids in ``model``'s table (one query each)."""
        name = model.__name__
        if name not in self.taken_ids:
            found: set[str] = set()
            guids = sorted(self.p.all_guids())
            column = model.__table__.c.id  # type: ignore[attr-defined]
            for i in range(0, len(guids), 500):
                chunk = guids[i : i + 500]
                found.update(self.s.execute(select(column).where(column.in_(chunk))).scalars())
            self.taken_ids[name] = found
        return self.taken_ids[name]

    def existing(self, model: type[R], guid: str) -> R | None:
        """The live row of this study with that id (only when merging into a study)."""
        if not self.merging or guid not in self.taken(model):
            return None
        row = self.s.get(model, guid)
        if row is None or row.is_deleted or getattr(row, "study_id", None) != self.study.id:
            return None
        return row

    def user(self, guid: str | None) -> str | None:
        return _line(self.p.users.get(guid or ""), 200) or None

    def note_body(self, guids: list[str]) -> str:
        parts = []
        for guid in guids:
            if guid in self.notes:
                self.used_notes.add(guid)
                parts.append(self.notes[guid])
        return "\n\n".join(p for p in parts if p.strip())

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
            name = _line(self.p.name, 200) or path.stem or "Imported project"
            self.study = Study(
                name=name,
                description=_clip(self.p.description, 20_000),
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

    # --- codebook --------------------------------------------------------------------------
    def theme(self, code: QCode, parent: Theme | None) -> None:
        theme = self.existing(Theme, code.guid)
        name = _line(code.name, 120) or "Unnamed code"
        if theme is None:
            theme = self.theme_names.get(name.lower()) or (
                self.s.execute(
                    select(Theme).where(
                        Theme.study_id == self.study.id,  # type: ignore[arg-type]
                        Theme.deleted_at.is_(None),  # type: ignore[union-attr]
                        func.lower(Theme.name) == name.lower(),
                    )
                )
                .scalars()
                .first()
            )
            if theme is not None and theme.id in self.themes.values():
                # A second code of that name in this file (two "Other"s): keep them apart.
                name = self.unique_name(name, parent)
                theme = None
        if theme is not None:
            self.report.themes_matched += 1
        else:
            theme = Theme(
                id=self.free_id(Theme, code.guid),
                study_id=self.study.id,
                name=name,
                description=_clip(code.description, 5_000),
                color=code.color or (parent.color if parent else DEFAULT_COLOR),
                parent_id=parent.id if parent else None,
                source=_line(f"imported from {self.report.origin}", 300),
                position=self.next_position(parent),
            )
            self.add(theme)
            self.report.themes_created += 1
        self.themes[code.guid] = theme.id
        self.theme_names.setdefault(theme.name.lower(), theme)
        for child in code.children:
            self.theme(child, theme)

    def next_position(self, parent: Theme | None) -> int:
        """After the existing siblings, so a merge keeps the study's own order first."""
        key = parent.id if parent else None
        if key not in self.positions:
            same_parent = (
                Theme.parent_id == parent.id if parent else Theme.parent_id.is_(None)  # type: ignore[union-attr]
            )
            query = select(func.count()).where(Theme.study_id == self.study.id, same_parent)  # type: ignore[arg-type]
            self.positions[key] = int(self.s.execute(query).scalar_one())
        self.positions[key] += 1
        return self.positions[key] - 1

    def unique_name(self, name: str, parent: Theme | None) -> str:
        base = f"{name} ({parent.name})" if parent else name
        candidate, n = _clip(base, 120), 2
        while (
            candidate.lower() in self.theme_names
            or self.s.execute(
                select(Theme.id).where(  # type: ignore[call-overload]
                    Theme.study_id == self.study.id,
                    Theme.deleted_at.is_(None),  # type: ignore[union-attr]
                    func.lower(Theme.name) == candidate.lower(),
                )
            ).first()
        ):
            candidate, n = _clip(f"{base} {n}", 120), n + 1
        self.report.warnings.append(f"the code {name!r} was renamed {candidate!r} (name taken)")
        return candidate

    # --- cases -----------------------------------------------------------------------------
    def case(self, qc: QCase) -> None:
        row = self.existing(Case, qc.guid)
        if row is None:
            vars_ = {k.lower(): v for k, v in qc.variables.items()}
            extra = [
                f"{k}: {v}"
                for k, v in qc.variables.items()
                if k.lower() not in ("country", "region", "locality", "kind", RECORD_TYPE)
            ]
            summary = qc.description
            if extra:
                summary = (summary + "\n\n" if summary.strip() else "") + "\n".join(extra)
            row = Case(
                id=self.free_id(Case, qc.guid),
                study_id=self.study.id,
                title=_line(qc.name, 300) or "Unnamed case",
                country=_line(str(vars_.get("country") or ""), 100) or None,
                region=_line(str(vars_.get("region") or ""), 200) or None,
                locality=_line(str(vars_.get("locality") or ""), 200) or None,
                kind=_line(str(vars_.get("kind") or ""), 100) or None,
                summary=_clip(summary, 100_000),
            )
            self.add(row)
            self.report.cases += 1
        self.cases[qc.guid] = row
        for source in qc.sources:
            self.source_case.setdefault(source, qc.guid)
        for code in qc.codes:
            self.tag(code, row)

    def case_for(self, source_guid: str) -> Case:
        case_guid = self.source_case.get(source_guid)
        if case_guid is not None and case_guid in self.cases:
            return self.cases[case_guid]
        if self.fallback_case is None:
            self.fallback_case = (
                self.s.execute(
                    select(Case).where(
                        Case.study_id == self.study.id,  # type: ignore[arg-type]
                        Case.title == IMPORTED_CASE,  # type: ignore[arg-type]
                        Case.deleted_at.is_(None),  # type: ignore[union-attr]
                    )
                )
                .scalars()
                .first()
            )
            if self.fallback_case is None:
                self.fallback_case = Case(
                    study_id=self.study.id,
                    title=IMPORTED_CASE,
                    summary=f"Sources imported from {self.report.origin} that belonged to no case.",
                )
                self.add(self.fallback_case)
                self.flush()
                self.report.cases += 1
        return self.fallback_case

    # --- sources ---------------------------------------------------------------------------
    def text_source(self, src: QSource) -> None:
        prepared = self.texts[src.guid]
        text = prepared.decoded.text
        kind = str(src.variables.get(RECORD_TYPE, "interview")).lower()
        record: Interview | Observation | None = None
        for model in (Interview, Observation):
            found = self.existing(model, src.guid)
            if isinstance(found, Interview | Observation):
                record = found
        if record is not None:
            current = record.transcript if isinstance(record, Interview) else record.description
            self.records[src.guid] = record
            if current != text:
                self.report.warnings.append(
                    f"{src.name!r} is already in the study with a different text; its "
                    "codings were not imported"
                )
                return
        else:
            record = self.new_record(src, text, kind)
        for sel in src.selections:
            self.text_codings(src, sel, record, text, prepared)
        for coding in src.codings:
            self.tag(coding.code, record, coding=coding)

    def new_record(self, src: QSource, text: str, kind: str) -> Interview | Observation:
        v = src.variables
        case = self.case_for(src.guid)
        when = v.get("date")
        if not isinstance(when, date):
            when = src.created.date() if src.created else utcnow().date()
        title = _line(src.name, 300) or f"Source {when.isoformat()}"
        time = str(v.get("time") or "")
        time_ok = time if _TIME_RE.fullmatch(time) else None
        record: Interview | Observation
        if kind == "observation" and text.strip():
            record = Observation(
                id=self.free_id(Observation, src.guid),
                **_stamped(src.created),
                study_id=self.study.id,
                case_id=case.id,
                date=when,
                title=title,
                description=text,
                time=time_ok,
                setting=_line(str(v.get("setting") or ""), 300) or None,
                observer=_line(str(v.get("observer") or ""), 200) or self.user(src.user),
            )
            self.report.observations += 1
        else:
            language = str(v.get("language") or "")
            status = str(v.get("status") or "").lower()
            record = Interview(
                id=self.free_id(Interview, src.guid),
                **_stamped(src.created),
                study_id=self.study.id,
                case_id=case.id,
                date=when,
                title=title,
                transcript=text,
                time=time_ok,
                summary=_clip(src.description, 100_000),
                language=language.replace("_", "-") if _LANG_RE.fullmatch(language) else None,
                interviewer=_line(str(v.get("interviewer") or ""), 200) or self.user(src.user),
                place=_line(str(v.get("place") or ""), 200) or None,
                status=status
                if status in INTERVIEW_STATUSES
                else ("transcribed" if text.strip() else "draft"),
            )
            self.report.interviews += 1
        self.add(record)
        self.records[src.guid] = record
        return record

    def text_codings(
        self,
        src: QSource,
        sel: QSelection,
        record: Interview | Observation,
        text: str,
        prepared: _Text,
    ) -> None:
        span = prepared.spans.get(sel.guid)
        if span is None:
            return
        start, end = span
        memo = "\n\n".join(p for p in (sel.description, self.note_body(sel.notes)) if p.strip())
        for coding in sel.codings:
            theme_id = self.themes.get(coding.code)
            if theme_id is None:
                self.report.warnings.append(
                    f"a coding in {src.name!r} names a code missing from the codebook; skipped"
                )
                continue
            if self.existing(Coding, coding.guid) is not None:
                continue  # merged before
            self.add(
                Coding(
                    id=self.free_id(Coding, coding.guid),
                    **_stamped(coding.created or sel.created),
                    study_id=self.study.id,
                    theme_id=theme_id,
                    target_type=record.record_type,
                    target_id=record.id,
                    unit="char",
                    start=start,
                    end=end,
                    quote=text[start:end],
                    coder=self.user(coding.user or sel.user),
                    memo=_clip(memo, 20_000),
                )
            )
            self.report.codings += 1

    def tag(self, code_guid: str, record: SyncRow, *, coding: QCoding | None = None) -> None:
        theme_id = self.themes.get(code_guid)
        if theme_id is None:
            self.report.warnings.append("a whole-source coding names a missing code; skipped")
            return
        if (record.id, theme_id) in self.tagged:
            return
        self.tagged.add((record.id, theme_id))
        duplicate = self.s.execute(
            select(Tag.id).where(  # type: ignore[call-overload]
                Tag.target_id == record.id,
                Tag.theme_id == theme_id,
                Tag.deleted_at.is_(None),  # type: ignore[union-attr]
            )
        ).first()
        if duplicate:
            return
        self.add(
            Tag(
                id=self.free_id(Tag, coding.guid) if coding else new_id(),
                study_id=self.study.id,
                theme_id=theme_id,
                target_type=record.record_type,
                target_id=record.id,
                tagged_by=self.user(coding.user) if coding else None,
                **_stamped(coding.created if coding else None),
            )
        )
        self.report.tags += 1

    def media_source(self, src: QSource) -> None:
        blob = self.media[src.guid]
        if self.existing(Attachment, src.guid) is not None:
            return
        owner = self.media_owner(src)
        kind = "audio" if src.kind == "audio" else "photo"
        attachment = Attachment(
            id=self.free_id(Attachment, src.guid),
            **_stamped(src.created),
            study_id=self.study.id,
            target_type=owner.record_type,
            target_id=owner.id,
            kind=kind,
            sha256=blob.sha256,
            filename=_line(blob.filename, 255),
            media_type=mimetypes.guess_type(blob.filename)[0] or "application/octet-stream",
            size=blob.size,
            caption=_clip(src.description.strip(), 1000),
        )
        self.add(attachment)
        self.flush()  # its codings point at it
        self.report.attachments += 1
        if src.skipped_selections:
            self.report.warnings.append(
                f"{src.skipped_selections} picture region codings on {src.name!r} were not "
                "imported (fieldkit codes text and audio)"
            )
        for sel in src.selections:
            if sel.start < 0 or sel.end <= sel.start:
                raise ProjectFileError(
                    f"an audio selection on {src.name!r} runs from {sel.start} to {sel.end} ms, "
                    "which is empty or negative; the project is inconsistent"
                )
            for coding in sel.codings:
                theme_id = self.themes.get(coding.code)
                if theme_id is None or self.existing(Coding, coding.guid) is not None:
                    continue
                memo = "\n\n".join(p for p in (sel.description, self.note_body(sel.notes)) if p)
                self.add(
                    Coding(
                        id=self.free_id(Coding, coding.guid),
                        **_stamped(coding.created or sel.created),
                        study_id=self.study.id,
                        theme_id=theme_id,
                        target_type=owner.record_type,
                        target_id=owner.id,
                        unit="ms",
                        attachment_id=attachment.id,
                        start=sel.start,
                        end=sel.end,
                        coder=self.user(coding.user or sel.user),
                        memo=_clip(memo, 20_000),
                    )
                )
                self.report.codings += 1
        for coding in src.codings:
            self.tag(coding.code, owner, coding=coding)
        self.records.setdefault(src.guid, owner)

    def media_owner(self, src: QSource) -> Interview | Observation:
        target = str(src.variables.get(ATTACHED_TO, "")).strip().lower().strip("{}")
        if target in self.records:
            return self.records[target]
        text_paths = {s.path: s.guid for s in self.p.sources if s.kind == "text" and s.path}
        for path, _inline in src.transcripts:
            if path in text_paths and text_paths[path] in self.records:
                return self.records[text_paths[path]]
        transcript = next((t for _p, t in src.transcripts if t), "")
        if src.kind == "picture":
            return self.new_record(
                src, src.description.strip() or src.name or "Photo", "observation"
            )
        return self.new_record(src, transcript, "interview")

    # --- participants and notes ------------------------------------------------------------
    def participant(self, qc: QCase) -> None:
        v = {k.lower(): val for k, val in qc.variables.items()}
        row = self.existing(Participant, qc.guid)
        interviews = [
            self.records[g] for g in qc.sources if isinstance(self.records.get(g), Interview)
        ]
        if not isinstance(row, Participant):
            case_guid = str(v.get(CASE_GUID) or "").strip().lower().strip("{}")
            if case_guid in self.cases:
                case = self.cases[case_guid]
            elif interviews:
                case = self.s.get(Case, interviews[0].case_id) or self.case_for("")
            else:
                case = self.case_for("")
            code = _line(qc.name, 40) or "P-?"
            base, n = code, 2
            while (
                code.casefold() in self.codes_used
                or self.s.execute(
                    select(Participant.id).where(  # type: ignore[call-overload]
                        Participant.study_id == self.study.id,
                        Participant.code == code,
                        Participant.deleted_at.is_(None),  # type: ignore[union-attr]
                    )
                ).first()
            ):
                code, n = _clip(f"{base}-{n}", 40), n + 1
            status = str(v.get("consent status") or "pending").lower()
            form = str(v.get("consent form") or "").lower()
            consent_date = v.get("consent date")
            row = Participant(
                id=self.free_id(Participant, qc.guid),
                study_id=self.study.id,
                case_id=case.id,
                code=code,
                role=_line(str(v.get("role") or "other"), 100).lower() or "other",
                consent_status=status if status in CONSENT_STATUSES else "pending",
                consent_date=consent_date if isinstance(consent_date, date) else None,
                consent_form=form if form in CONSENT_FORMS else None,
                consent_audio=bool(v.get("consent audio", True)),
                consent_quotes=bool(v.get("consent quotes", True)),
                consent_attribution=bool(v.get("consent attribution", False)),
                notes=_clip(qc.description, 20_000),
            )
            self.add(row)
            self.codes_used.add(code.casefold())
            self.report.participants += 1
        self.people[qc.guid] = row

    def link_participant(self, qc: QCase) -> None:
        row = self.people[qc.guid]
        interviews = [
            self.records[g] for g in qc.sources if isinstance(self.records.get(g), Interview)
        ]
        for interview in interviews:
            if (interview.id, row.id) in self.linked:
                continue
            self.linked.add((interview.id, row.id))
            linked = self.s.execute(
                select(InterviewParticipant.id).where(  # type: ignore[call-overload]
                    InterviewParticipant.interview_id == interview.id,
                    InterviewParticipant.participant_id == row.id,
                )
            ).first()
            if not linked:
                self.add(
                    InterviewParticipant(
                        study_id=self.study.id, interview_id=interview.id, participant_id=row.id
                    )
                )

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
                        title=_line(qnote.name, 300),
                        body=_clip(self.notes.get(guid, ""), 100_000),
                        author=self.user(qnote.user),
                        **_stamped(qnote.created),
                    )
                )
                self.report.memos += 1
