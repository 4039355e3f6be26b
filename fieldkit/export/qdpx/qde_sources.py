"""The sources of project.qde, streamed: interviews and observations as TextSources, attachments
as AudioSources and PictureSources, with their selections, codings and whole-record tags.

Each batch of records has its texts and codings read, its elements written to project.qde and
its text files written into the zip, then it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlmodel import Session

from fieldkit.errors import OperationCancelledError, phrase
from fieldkit.export.qdpx import ids
from fieldkit.export.qdpx.export_plan import (
    BATCH,
    ExportPlan,
    Record,
    codings_for,
    media_file_name,
    texts_for,
)
from fieldkit.export.qdpx.export_report import Cancel, Progress, QdpxReport
from fieldkit.export.qdpx.names import (
    ATTACHED_TO,
    CASE_NAME,
    FREE_TAGS,
    INTERNAL,
    ORIGINAL_NAME,
    QUOTE_RESTRICTION,
    RECORD_TYPE,
    SOURCES_DIR,
    VARIABLES,
    restriction_line,
)
from fieldkit.export.qdpx.qde_xml import when
from fieldkit.export.qdpx.snapshot import CodingRow, TagRow
from fieldkit.export.qdpx.xml_out import XmlOut
from fieldkit.export.role_words import role_cell
from fieldkit.storage.models import Attachment, Interview

_VARIABLE_GUIDS = {name: ids.variable_guid(name) for name in VARIABLES}
AddFile = Callable[[str, str | Attachment], None]


def tag_selection_guid(tag_guid: str) -> str:
    """The GUID of the whole-text selection that carries a tag (how the importer knows it)."""
    return ids.derived(tag_guid, "tag selection")


class SourceWriter:
    """The export's shared state (users, variables) and the Sources element."""

    def __init__(self, plan: ExportPlan, report: QdpxReport, out: XmlOut) -> None:
        self.plan = plan
        self.report = report
        self.out = out
        self.user_guids: dict[str, str] = {}  # name as written -> guid
        self.users: dict[str, str] = {}  # guid -> name
        self.live_themes = plan.live_themes
        self.case_titles = {c.id: c.title for c in plan.cases}
        # record id -> the memos (note guids) that hang on it, linked after the notes
        self.record_notes: dict[str, list[str]] = {}

    # --- helpers ---------------------------------------------------------------------------

    def user(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        guid = self.user_guids.get(name)
        if guid is None:
            guid = self.user_guids[name] = ids.user_guid(name)
            self.users.setdefault(guid, " ".join(name.split()))
        return guid

    def variables(self, values: dict[str, object], *, keep_empty: tuple[str, ...] = ()) -> None:
        out = self.out
        for name, value in values.items():
            if value is None or (value == "" and name not in keep_empty):
                continue
            with out.element("VariableValue"):
                out.empty("VariableRef", targetGUID=_VARIABLE_GUIDS[name])
                kind = VARIABLES[name]
                if kind == "Boolean":
                    out.text("BooleanValue", "true" if value else "false")
                elif kind == "Date" and isinstance(value, date):
                    out.text("DateValue", value.isoformat())
                else:
                    out.text("TextValue", str(value))

    def renamed(self, row_id: str, original: str) -> dict[str, object]:
        """The ``original name`` variable, when the file had to give the source another name."""
        name = self.plan.source_names.get(row_id, original)
        return {ORIGINAL_NAME: original} if name != original else {}

    # --- sources ---------------------------------------------------------------------------

    def sources(
        self,
        session: Session,
        add_file: AddFile,
        cancel: Cancel | None,
        progress: Progress | None,
    ) -> None:
        records = self.plan.records
        if not records:
            return
        total = len(records)
        with self.out.element("Sources"):
            for first in range(0, total, BATCH):
                batch = records[first : first + BATCH]
                texts = texts_for(session, batch)
                codings = codings_for(session, [r.id for r in batch])
                for done, record in enumerate(batch, start=first):
                    if cancel is not None and cancel():
                        raise OperationCancelledError(
                            phrase("the export was cancelled; no file was written")
                        )
                    if progress is not None:
                        progress("sources", done, total)
                    # Hidden words blacked out letter for letter: selections (and their
                    # names, cut from this text) keep their positions.
                    text = self.plan.redactor.same_length(texts.get(record.id, ""))
                    self._text_source(record, text, codings.get(record.id, []))
                    add_file(f"{SOURCES_DIR}/{ids.row_guid(record.id)}.txt", text)
                    for att in self.plan.media.get(record.id, []):
                        self._media_source(att, record, codings.get(att.id, []))
                        add_file(f"{SOURCES_DIR}/{media_file_name(att, ids.row_guid(att.id))}", att)
        if progress is not None:
            progress("sources", total, total)

    def _text_source(self, record: Record, text: str, codings: list[CodingRow]) -> None:
        out = self.out
        guid = ids.row_guid(record.id)
        is_interview = isinstance(record, Interview)
        author = record.interviewer if isinstance(record, Interview) else record.observer
        out.start(
            "TextSource",
            guid=guid,
            name=self.plan.source_names.get(record.id, record.title or guid),
            plainTextPath=f"{INTERNAL}{guid}.txt",
            creatingUser=self.user(author),
            creationDateTime=when(record.created_at),
            modifiedDateTime=when(record.updated_at),
        )
        restriction = self.plan.policy.record(record.id).restriction
        summary = record.summary if isinstance(record, Interview) else ""
        self._description(restriction, summary)
        for coding in codings:
            if coding.unit != "char" or coding.theme_id not in self.live_themes:
                continue
            if coding.detached or coding.start < 0 or coding.end > len(text):
                self._left_out(record)
                continue
            if coding.start >= coding.end:
                self._left_out(record)
                continue
            with out.element(
                "PlainTextSelection",
                guid=ids.derived(coding.id, "selection"),
                name=text[coding.start : coding.end][:200],
                startPosition=str(coding.start),
                endPosition=str(coding.end),
                creatingUser=self.user(coding.coder),
                creationDateTime=when(coding.created_at),
            ):
                self.coding(coding)
        tags = self.plan.tags.get(record.id, [])
        if text:
            # A whole-record tag is a selection of the whole text (importers such as QualCoder
            # ignore Codings on a source); its GUID, derived from the tag's, marks it as a tag.
            for tag in tags:
                tag_guid = ids.row_guid(tag.id)
                with out.element(
                    "PlainTextSelection",
                    guid=tag_selection_guid(tag_guid),
                    name=text[:200],
                    startPosition="0",
                    endPosition=str(len(text)),
                    creatingUser=self.user(tag.tagged_by),
                    creationDateTime=when(tag.created_at),
                ):
                    self._tag_coding(tag)
        else:
            for tag in tags:  # no text to select: the schema's Coding on the whole source
                self._tag_coding(tag)
        values: dict[str, object]
        if is_interview:
            assert isinstance(record, Interview)
            people = self.plan.interview_people.get(record.id, [])
            values = {
                RECORD_TYPE: "interview",
                CASE_NAME: self.case_titles.get(record.case_id),
                "date": record.date,
                "time": record.time,
                "language": record.language,
                "interviewer": record.interviewer,
                "place": record.place,
                "status": record.status,
                "participants": ", ".join(p.code for p in people),
                "participant roles": ", ".join(f"{p.code}: {role_cell(p.role)}" for p in people),
                FREE_TAGS: self.plan.free_tags.get(record.id),
                QUOTE_RESTRICTION: restriction,
            }
        else:
            values = {
                RECORD_TYPE: "observation",
                CASE_NAME: self.case_titles.get(record.case_id),
                "date": record.date,
                "time": record.time,
                "observer": record.observer,  # type: ignore[union-attr]
                "setting": record.setting,  # type: ignore[union-attr]
                FREE_TAGS: self.plan.free_tags.get(record.id),
                QUOTE_RESTRICTION: restriction,
            }
        values.update(self.renamed(record.id, record.title or guid))
        self.variables(values, keep_empty=(ORIGINAL_NAME,))
        out.end("TextSource")
        self.report.text_sources += 1

    def _description(self, restriction: str | None, text: str) -> None:
        """A source's Description: the consent line first (so it reaches any tool), then text."""
        parts = (restriction_line(restriction), text.strip())
        description = "\n\n".join(part for part in parts if part)
        if description:
            self.out.text("Description", description)

    def _left_out(self, record: Record) -> None:
        self.report.warnings.append(
            phrase(
                "a coding on {title} was left out: its text was deleted", title=repr(record.title)
            )
        )

    def _tag_coding(self, tag: TagRow) -> None:
        self._coding_element(tag.id, tag.tagged_by, tag.created_at, tag.theme_id)
        self.report.tags += 1

    def _media_source(self, att: Attachment, record: Record, codings: list[CodingRow]) -> None:
        out = self.out
        guid = ids.row_guid(att.id)
        tag = "AudioSource" if att.kind == "audio" else "PictureSource"
        out.start(
            tag,
            guid=guid,
            name=self.plan.source_names.get(att.id, att.filename),
            path=f"{INTERNAL}{media_file_name(att, guid)}",
            creationDateTime=when(att.created_at),
        )
        # A recording holds the participants' words: it carries the interview's restriction.
        restriction = (
            self.plan.policy.record(record.id).restriction if att.kind == "audio" else None
        )
        self._description(restriction, att.caption)
        if att.kind == "audio":
            for coding in codings:
                if coding.unit != "ms" or coding.start >= coding.end:
                    continue
                if coding.theme_id not in self.live_themes:
                    continue
                with out.element(
                    "AudioSelection",
                    guid=ids.derived(coding.id, "selection"),
                    begin=str(coding.start),
                    end=str(coding.end),
                    creatingUser=self.user(coding.coder),
                    creationDateTime=when(coding.created_at),
                ):
                    self.coding(coding)
            self.report.audio_sources += 1
        else:
            self.report.picture_sources += 1
        values: dict[str, object] = {
            QUOTE_RESTRICTION: restriction,
            ATTACHED_TO: ids.row_guid(record.id),
            CASE_NAME: self.case_titles.get(record.case_id),
        }
        values.update(self.renamed(att.id, att.filename))
        self.variables(values)
        out.end(tag)

    def coding(self, coding: CodingRow) -> None:
        """The <Coding> of a selection (with the memo as the selection's description)."""
        if coding.memo.strip():
            self.out.text("Description", coding.memo)
        self._coding_element(coding.id, coding.coder, coding.created_at, coding.theme_id)
        self.report.codings += 1

    def _coding_element(
        self, row_id: str, who: str | None, created_at: datetime, theme_id: str
    ) -> None:
        """One <Coding> with its <CodeRef>: a coding's, or a whole-record tag's."""
        with self.out.element(
            "Coding",
            guid=ids.row_guid(row_id),
            creatingUser=self.user(who),
            creationDateTime=when(created_at),
        ):
            self.out.empty("CodeRef", targetGUID=ids.row_guid(theme_id))


__all__ = ["AddFile", "SourceWriter", "tag_selection_guid"]
