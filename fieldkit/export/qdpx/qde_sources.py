"""The sources of project.qde: interviews and observations as TextSources, attachments as
AudioSources and PictureSources, with their selections and codings.
"""

from __future__ import annotations

import mimetypes
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fieldkit.errors import BlobError, OperationCancelledError
from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.qdpx import ids
from fieldkit.export.qdpx.export_report import Cancel, Progress, QdpxReport
from fieldkit.export.qdpx.names import (
    ATTACHED_TO,
    INTERNAL,
    QUOTE_RESTRICTION,
    RECORD_TYPE,
    SOURCES_DIR,
    VARIABLES,
    restriction_line,
)
from fieldkit.export.qdpx.qde_xml import sub, text_el, when, xml_safe
from fieldkit.export.qdpx.snapshot import CodingRow, StudySnapshot, TagRow
from fieldkit.storage.blobs import BlobStore
from fieldkit.storage.models import Attachment, Interview, Observation

# REFI-QDA 1.5 §8.5: an internal file may not exceed 2^31 - 1 bytes.
MAX_INTERNAL_BYTES = 2**31 - 1
_VARIABLE_GUIDS = {name: ids.variable_guid(name) for name in VARIABLES}


@dataclass(frozen=True)
class BlobRef:
    sha256: str


class SourceElements:
    """The export's state, users and variables, and the TextSources and media sources."""

    def __init__(
        self, snap: StudySnapshot, report: QdpxReport, blobs: BlobStore, policy: ConsentPolicy
    ) -> None:
        self.snap = snap  # consent applied: nothing withheld is in it
        self.policy = policy
        self.report = report
        self.blobs = blobs
        self.users: dict[str, str] = {}  # guid -> name
        self.user_guids: dict[str, str] = {}  # name as written -> guid
        self.exported_records: set[str] = set()
        self.files: list[tuple[str, BlobRef | str]] = []  # (zip name, blob or text)
        self.note_holders: dict[str, ET.Element] = {}
        self.note_refs: dict[str, list[str]] = {}
        self.pending_variables: dict[str, dict[str, object]] = {}
        self.case_sources: dict[str, list[str]] = {}
        self.tags_by_target: dict[str, list[TagRow]] = {}
        # Only codings and tags whose theme is in the codebook (not on a deleted theme).
        live = {t.id for t in snap.themes}
        for tag in snap.tags:
            if tag.theme_id in live:
                self.tags_by_target.setdefault(tag.target_id, []).append(tag)
        self.live_themes = live

    # --- helpers ---------------------------------------------------------------------------

    def user(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        guid = self.user_guids.get(name)
        if guid is None:
            guid = self.user_guids[name] = ids.user_guid(name)
            self.users.setdefault(guid, " ".join(name.split()))
        return guid

    def variables(self, parent: ET.Element, values: dict[str, object]) -> None:
        for name, value in values.items():
            if value is None or value == "":
                continue
            vv = sub(parent, "VariableValue")
            sub(vv, "VariableRef", targetGUID=_VARIABLE_GUIDS[name])
            kind = VARIABLES[name]
            if kind == "Boolean":
                text_el(vv, "BooleanValue", "true" if value else "false")
            elif kind == "Date" and isinstance(value, date):
                text_el(vv, "DateValue", value.isoformat())
            else:
                text_el(vv, "TextValue", str(value))

    # --- sources ---------------------------------------------------------------------------

    def _sources(
        self, parent: ET.Element, cancel: Cancel | None, progress: Progress | None
    ) -> None:
        snap = self.snap
        by_target = snap.codings_by_target()
        attachments: dict[str, list[Attachment]] = {}
        for a in snap.attachments:
            attachments.setdefault(a.target_id, []).append(a)
        records: list[Interview | Observation] = [*snap.interviews, *snap.observations]
        total = len(records)
        for done, record in enumerate(records):
            if cancel is not None and cancel():
                raise OperationCancelledError("the export was cancelled; no file was written")
            if progress is not None:
                progress("sources", done, total)
            self._text_source(parent, record, by_target.get(record.id, []))
            for att in sorted(attachments.get(record.id, []), key=lambda a: a.filename):
                self._media_source(parent, att, record, by_target.get(att.id, []))
            self.exported_records.add(record.id)
        if progress is not None:
            progress("sources", total, total)

    def _text_source(
        self, parent: ET.Element, record: Interview | Observation, codings: list[CodingRow]
    ) -> None:
        guid = ids.row_guid(record.id)
        is_interview = isinstance(record, Interview)
        text = record.transcript if isinstance(record, Interview) else record.description
        creator = self.user(record.interviewer if is_interview else record.observer)  # type: ignore[union-attr]
        el = sub(
            parent,
            "TextSource",
            guid=guid,
            name=xml_safe(record.title or guid),
            plainTextPath=f"{INTERNAL}{guid}.txt",
            creatingUser=creator,
            creationDateTime=when(record.created_at),
            modifiedDateTime=when(record.updated_at),
        )
        restriction = self.policy.record(record.id).restriction
        summary = record.summary if isinstance(record, Interview) else ""
        description = "\n\n".join(
            part for part in (restriction_line(restriction), summary.strip()) if part
        )
        if description:
            text_el(el, "Description", description)
        for coding in codings:
            if coding.unit != "char" or coding.theme_id not in self.live_themes:
                continue
            if (
                coding.detached
                or coding.start < 0
                or coding.end > len(text)
                or (coding.start >= coding.end)
            ):
                self.report.warnings.append(
                    f"a coding on {record.title!r} was left out: its text was deleted"
                )
                continue
            sel = sub(
                el,
                "PlainTextSelection",
                guid=ids.derived(coding.id, "selection"),
                name=xml_safe(text[coding.start : coding.end][:200]),
                startPosition=str(coding.start),
                endPosition=str(coding.end),
                creatingUser=self.user(coding.coder),
                creationDateTime=when(coding.created_at),
            )
            self.coding_element(sel, coding)
        for tag in self.tags_by_target.get(record.id, []):
            c = sub(
                el,
                "Coding",
                guid=ids.row_guid(tag.id),
                creatingUser=self.user(tag.tagged_by),
                creationDateTime=when(tag.created_at),
            )
            sub(c, "CodeRef", targetGUID=ids.row_guid(tag.theme_id))
            self.report.tags += 1
        self.note_holders[record.id] = el
        values: dict[str, object]
        if isinstance(record, Interview):
            people = self.snap.interview_people.get(record.id, [])
            values = {
                RECORD_TYPE: "interview",
                "date": record.date,
                "time": record.time,
                "language": record.language,
                "interviewer": record.interviewer,
                "place": record.place,
                "status": record.status,
                "participants": ", ".join(p.code for p in people),
                "participant roles": ", ".join(f"{p.code}: {p.role}" for p in people),
                QUOTE_RESTRICTION: restriction,
            }
        else:
            values = {
                RECORD_TYPE: "observation",
                "date": record.date,
                "time": record.time,
                "observer": record.observer,
                "setting": record.setting,
                QUOTE_RESTRICTION: restriction,
            }
        self.pending_variables[record.id] = values
        self.files.append((f"{SOURCES_DIR}/{guid}.txt", text))
        self.report.text_sources += 1

    def _media_source(
        self,
        parent: ET.Element,
        att: Attachment,
        record: Interview | Observation,
        codings: list[CodingRow],
    ) -> None:
        if att.kind not in ("audio", "photo"):
            return
        if att.size > MAX_INTERNAL_BYTES:
            self.report.warnings.append(
                f"{att.filename} was left out: REFI-QDA files hold at most 2 GB per file"
            )
            return
        try:
            self.blobs.verify(att.sha256)
        except BlobError as exc:
            self.report.warnings.append(f"{att.filename} was left out: {exc}")
            return
        guid = ids.row_guid(att.id)
        ext = Path(att.filename).suffix.lower() or (
            mimetypes.guess_extension(att.media_type) or ".bin"
        )
        name = f"{guid}{ext}"
        tag = "AudioSource" if att.kind == "audio" else "PictureSource"
        el = sub(
            parent,
            tag,
            guid=guid,
            name=xml_safe(att.filename),
            path=f"{INTERNAL}{name}",
            creationDateTime=when(att.created_at),
        )
        restriction = self.policy.record(record.id).restriction if att.kind == "audio" else None
        description = "\n\n".join(
            part for part in (restriction_line(restriction), att.caption.strip()) if part
        )
        if description:
            text_el(el, "Description", description)
        if att.kind == "audio":
            for coding in codings:
                if coding.unit != "ms" or coding.start >= coding.end:
                    continue
                if coding.theme_id not in self.live_themes:
                    continue
                sel = sub(
                    el,
                    "AudioSelection",
                    guid=ids.derived(coding.id, "selection"),
                    begin=str(coding.start),
                    end=str(coding.end),
                    creatingUser=self.user(coding.coder),
                    creationDateTime=when(coding.created_at),
                )
                self.coding_element(sel, coding)
            self.report.audio_sources += 1
        else:
            self.report.picture_sources += 1
        self.variables(el, {QUOTE_RESTRICTION: restriction, ATTACHED_TO: ids.row_guid(record.id)})
        self.files.append((f"{SOURCES_DIR}/{name}", BlobRef(att.sha256)))
        self.case_sources.setdefault(record.case_id, []).append(guid)

    def coding_element(self, selection: ET.Element, coding: CodingRow) -> None:
        """The <Coding> of a selection (with the memo as its description)."""
        if coding.memo.strip():
            text_el(selection, "Description", coding.memo)
        c = sub(
            selection,
            "Coding",
            guid=ids.row_guid(coding.id),
            creatingUser=self.user(coding.coder),
            creationDateTime=when(coding.created_at),
        )
        sub(c, "CodeRef", targetGUID=ids.row_guid(coding.theme_id))
        self.report.codings += 1


__all__ = ["MAX_INTERNAL_BYTES", "BlobRef", "SourceElements"]
