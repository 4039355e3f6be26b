"""Writing a parsed .qdpx into the store: rows and ids, the codebook, cases and tags.

Sources and participants are written by :mod:`fieldkit.export.qdpx.import_records`, which
builds on :class:`ImportWriter`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlmodel import Session

from fieldkit.errors import phrase
from fieldkit.export.qdpx.archive import QdpxArchive
from fieldkit.export.qdpx.import_report import ImportReport
from fieldkit.export.qdpx.names import FREE_TAGS, RECORD_TYPE
from fieldkit.export.qdpx.reader import QCase, QCode, QCoding, QProject
from fieldkit.export.qdpx.source_files import StoredMedia
from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import WORD_LENGTH, free_tags_for
from fieldkit.storage.models import (
    Case,
    FreeTag,
    Interview,
    Observation,
    Participant,
    Study,
    SyncRow,
    Tag,
    Theme,
    new_id,
)

IMPORTED_CASE = "Imported sources"
FLUSH_EVERY = 2000
DEFAULT_COLOR = "#808080"
R = TypeVar("R", bound=SyncRow)


def stamped(created: datetime | None) -> dict[str, Any]:
    """Keep the creation time the file gives (so a round trip changes nothing)."""
    return {"created_at": created} if created is not None else {}


def clip(text: str | None, limit: int) -> str:
    text = (text or "").replace("\x00", "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line(text: str | None, limit: int) -> str:
    return clip(" ".join((text or "").split()), limit)


@dataclass(frozen=True)
class RecordRef:
    """An imported interview or observation, without its text."""

    id: str
    record_type: str
    case_id: str

    @classmethod
    def of(cls, record: Interview | Observation) -> RecordRef:
        return cls(record.id, record.record_type, record.case_id)


class ImportWriter:
    """Adds an import's rows to the session: ids, the codebook, cases and tags."""

    study: Study  # set by the import before any row is written

    def __init__(
        self,
        session: Session,
        project: QProject,
        guids: set[str],
        archive: QdpxArchive,
        store: Store,
        report: ImportReport,
    ) -> None:
        self.s = session
        self.p = project
        self.guids = guids  # every GUID in the file (see reader.scan_guids)
        self.guid_order: list[str] = []  # the same, sorted (the id queries go in that order)
        self.archive = archive
        self.store = store
        self.report = report
        self.notes: dict[str, str] = {}  # note guid -> text, read after the sources
        self.media: dict[str, StoredMedia] = {}
        self.themes: dict[str, str] = {}  # code guid -> theme id
        self.cases: dict[str, Case] = {}  # case guid -> case
        self.source_case: dict[str, str] = {}  # source guid -> case guid
        # source guid -> the record made from it (its id, not the row: texts leave memory)
        self.records: dict[str, RecordRef] = {}
        self.text_paths: dict[str, str] = {}  # plainTextPath -> text source guid
        self.source_notes: dict[str, list[str]] = {}  # source guid -> its NoteRefs
        # (coding id, selection description, its NoteRefs): memos finished once notes are read
        self.note_memos: list[tuple[str, str, list[str]]] = []
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

    # --- ids and rows ---------------------------------------------------------------------

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
            if not self.guid_order:  # sorted once, not once per table
                self.guid_order = sorted(self.guids)
            guids = self.guid_order
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
        return line(self.p.users.get(guid or ""), 200) or None

    def note_body(self, guids: list[str]) -> str:
        parts = []
        for guid in guids:
            if guid in self.notes:
                self.used_notes.add(guid)
                parts.append(self.notes[guid])
        return "\n\n".join(p for p in parts if p.strip())

    # --- codebook --------------------------------------------------------------------------

    def theme(self, code: QCode, parent: Theme | None) -> None:
        theme = self.existing(Theme, code.guid)
        name = line(code.name, 120) or "Unnamed code"
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
                description=clip(code.description, 5_000),
                color=code.color or (parent.color if parent else DEFAULT_COLOR),
                parent_id=parent.id if parent else None,
                source=line(f"imported from {self.report.origin}", 300),
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
        candidate, n = clip(base, 120), 2
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
            candidate, n = clip(f"{base} {n}", 120), n + 1
        self.report.warnings.append(
            phrase(
                "the code {name} was renamed {new} (name taken)",
                name=repr(name),
                new=repr(candidate),
            )
        )
        return candidate

    # --- cases -----------------------------------------------------------------------------

    def case(self, qc: QCase) -> None:
        row = self.existing(Case, qc.guid)
        if row is None:
            vars_ = {k.lower(): v for k, v in qc.variables.items()}
            extra = [
                f"{k}: {v}"
                for k, v in qc.variables.items()
                if k.lower()
                not in ("country", "region", "locality", "kind", RECORD_TYPE, FREE_TAGS)
            ]
            summary = qc.description
            if extra:
                summary = (summary + "\n\n" if summary.strip() else "") + "\n".join(extra)
            row = Case(
                id=self.free_id(Case, qc.guid),
                study_id=self.study.id,
                title=line(qc.name, 300) or "Unnamed case",
                country=line(str(vars_.get("country") or ""), 100) or None,
                region=line(str(vars_.get("region") or ""), 200) or None,
                locality=line(str(vars_.get("locality") or ""), 200) or None,
                kind=line(str(vars_.get("kind") or ""), 100) or None,
                summary=clip(summary, 100_000),
            )
            self.add(row)
            self.report.cases += 1
        self.cases[qc.guid] = row
        for source in qc.sources:
            self.source_case.setdefault(source, qc.guid)
        for code in qc.codes:
            self.tag(code, "case", row.id)
        words = next((v for k, v in qc.variables.items() if k.lower() == FREE_TAGS), None)
        self.free_tags(words, "case", row.id)

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

    # --- tags ------------------------------------------------------------------------------

    def tag(
        self, code_guid: str, target_type: str, target_id: str, *, coding: QCoding | None = None
    ) -> None:
        theme_id = self.themes.get(code_guid)
        if theme_id is None:
            self.report.warnings.append(
                phrase("a whole-source coding names a missing code; skipped")
            )
            return
        if (target_id, theme_id) in self.tagged:
            return
        self.tagged.add((target_id, theme_id))
        # Only a merge can meet a tag from before: a new study's records are all new rows (a
        # query per tag was a sixth of the large corpus's import).
        if self.merging and self._tagged_before(target_id, theme_id):
            return
        self.add(
            Tag(
                id=self.free_id(Tag, coding.guid) if coding else new_id(),
                study_id=self.study.id,
                theme_id=theme_id,
                target_type=target_type,
                target_id=target_id,
                tagged_by=self.user(coding.user) if coding else None,
                **stamped(coding.created if coding else None),
            )
        )
        self.report.tags += 1

    def free_tags(self, value: object, target_type: str, target_id: str) -> None:
        """The words of a ``free tags`` variable as the record's free-word tags."""
        words = [" ".join(w.split()) for w in str(value or "").split(";")]
        before = set()
        if self.merging:
            found = free_tags_for(self.s, record_id=target_id)
            before = {t.word.casefold() for t in found}
        for word in dict.fromkeys(w[:WORD_LENGTH] for w in words if w):
            if word.casefold() in before:
                continue
            before.add(word.casefold())
            self.add(
                FreeTag(
                    study_id=self.study.id,
                    word=word,
                    target_type=target_type,
                    target_id=target_id,
                )
            )
            self.report.free_tags += 1

    def _tagged_before(self, target_id: str, theme_id: str) -> bool:
        duplicate = self.s.execute(
            select(Tag.id).where(  # type: ignore[call-overload]
                Tag.target_id == target_id,
                Tag.theme_id == theme_id,
                Tag.deleted_at.is_(None),  # type: ignore[union-attr]
            )
        ).first()
        return duplicate is not None


__all__ = [
    "DEFAULT_COLOR",
    "FLUSH_EVERY",
    "IMPORTED_CASE",
    "ImportWriter",
    "RecordRef",
    "clip",
    "line",
    "stamped",
]
