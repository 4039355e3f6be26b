"""Writing a parsed .qdpx's sources and participants into the store."""

from __future__ import annotations

import mimetypes
import re
from datetime import date

from sqlalchemy import select

from fieldkit.errors import ProjectFileError, phrase
from fieldkit.export.qdpx.import_writer import ImportWriter, RecordRef, clip, line, stamped
from fieldkit.export.qdpx.names import (
    ATTACHED_TO,
    CASE_GUID,
    FREE_TAGS,
    RECORD_TYPE,
    original_name,
    without_restriction_line,
)
from fieldkit.export.qdpx.reader import QCase, QSelection, QSource
from fieldkit.export.qdpx.source_files import PreparedText, prepare_text
from fieldkit.export.role_words import role_key
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    InterviewParticipant,
    Observation,
    Participant,
    utcnow,
)
from fieldkit.storage.records import CONSENT_FORMS, CONSENT_STATUSES, INTERVIEW_STATUSES

_LANG_RE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
_TIME_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class RecordImporter(ImportWriter):
    """Adds the interviews, observations, attachments, codings and participants of an import."""

    # --- text sources ----------------------------------------------------------------------

    def text_source(self, src: QSource) -> None:
        prepared = prepare_text(self.archive, src)
        if prepared.counting != "code points":
            self.report.warnings.append(
                phrase(
                    "positions in {source} were counted as {counting}, not as the standard's "
                    "code points; fieldkit followed the file",
                    source=repr(src.name),
                    counting=prepared.counting,
                )
            )
        if src.path:
            self.text_paths.setdefault(src.path, src.guid)
        if src.notes:
            self.source_notes[src.guid] = src.notes
        text = prepared.decoded.text
        kind = str(src.variables.get(RECORD_TYPE, "interview")).lower()
        found: Interview | Observation | None = None
        for model in (Interview, Observation):
            row = self.existing(model, src.guid)
            if isinstance(row, Interview | Observation):
                found = row
        if found is not None:
            current = found.transcript if isinstance(found, Interview) else found.description
            record = self.records[src.guid] = RecordRef.of(found)
            if current != text:
                self.report.warnings.append(
                    phrase(
                        "{source} is already in the study with a different text; its codings "
                        "were not imported",
                        source=repr(src.name),
                    )
                )
                return
        else:
            record = self.new_record(src, text, kind)
        for sel in src.selections:
            self.text_codings(src, sel, record, text, prepared)
        for coding in src.codings:
            self.tag(coding.code, record.record_type, record.id, coding=coding)

    def new_record(self, src: QSource, text: str, kind: str) -> RecordRef:
        v = src.variables
        case = self.case_for(src.guid)
        when = v.get("date")
        if not isinstance(when, date):
            when = src.created.date() if src.created else utcnow().date()
        title = line(original_name(src.name, v), 300) or f"Source {when.isoformat()}"
        time = str(v.get("time") or "")
        time_ok = time if _TIME_RE.fullmatch(time) else None
        record: Interview | Observation
        if kind == "observation" and text.strip():
            record = Observation(
                id=self.free_id(Observation, src.guid),
                **stamped(src.created),
                study_id=self.study.id,
                case_id=case.id,
                date=when,
                title=title,
                description=text,
                time=time_ok,
                setting=line(str(v.get("setting") or ""), 300) or None,
                observer=line(str(v.get("observer") or ""), 200) or self.user(src.user),
            )
            self.report.observations += 1
        else:
            language = str(v.get("language") or "")
            status = str(v.get("status") or "").lower()
            record = Interview(
                id=self.free_id(Interview, src.guid),
                **stamped(src.created),
                study_id=self.study.id,
                case_id=case.id,
                date=when,
                title=title,
                transcript=text,
                time=time_ok,
                summary=clip(without_restriction_line(src.description), 100_000),
                language=language.replace("_", "-") if _LANG_RE.fullmatch(language) else None,
                interviewer=line(str(v.get("interviewer") or ""), 200) or self.user(src.user),
                place=line(str(v.get("place") or ""), 200) or None,
                status=status
                if status in INTERVIEW_STATUSES
                else ("transcribed" if text.strip() else "draft"),
            )
            self.report.interviews += 1
        self.add(record)
        ref = self.records[src.guid] = RecordRef.of(record)
        self.free_tags(v.get(FREE_TAGS), record.record_type, record.id)
        return ref

    def text_codings(
        self,
        src: QSource,
        sel: QSelection,
        record: RecordRef,
        text: str,
        prepared: PreparedText,
    ) -> None:
        span = prepared.spans.get(sel.guid)
        if span is None:
            return
        start, end = span
        if sel.is_tag and (start, end) == (0, len(text)):
            self.tag(sel.codings[0].code, record.record_type, record.id, coding=sel.codings[0])
            return
        for coding in sel.codings:
            theme_id = self.themes.get(coding.code)
            if theme_id is None:
                self.report.warnings.append(
                    phrase(
                        "a coding in {source} names a code missing from the codebook; skipped",
                        source=repr(src.name),
                    )
                )
                continue
            if self.existing(Coding, coding.guid) is not None:
                continue  # merged before
            coding_id = self.free_id(Coding, coding.guid)
            if sel.notes:
                self.note_memos.append((coding_id, sel.description, sel.notes))
            self.add(
                Coding(
                    id=coding_id,
                    **stamped(coding.created or sel.created),
                    study_id=self.study.id,
                    theme_id=theme_id,
                    target_type=record.record_type,
                    target_id=record.id,
                    unit="char",
                    start=start,
                    end=end,
                    quote=text[start:end],
                    coder=self.user(coding.user or sel.user),
                    memo=clip(sel.description, 20_000),
                )
            )
            self.report.codings += 1

    # --- audio and photos ------------------------------------------------------------------

    def media_source(self, src: QSource) -> None:
        blob = self.media.get(src.guid)
        if blob is None or self.existing(Attachment, src.guid) is not None:
            return
        if src.notes:
            self.source_notes[src.guid] = src.notes
        owner = self.media_owner(src)
        kind = "audio" if src.kind == "audio" else "photo"
        attachment = Attachment(
            id=self.free_id(Attachment, src.guid),
            **stamped(src.created),
            study_id=self.study.id,
            target_type=owner.record_type,
            target_id=owner.id,
            kind=kind,
            sha256=blob.sha256,
            filename=line(blob.filename, 255),
            media_type=mimetypes.guess_type(blob.filename)[0] or "application/octet-stream",
            size=blob.size,
            caption=clip(without_restriction_line(src.description).strip(), 1000),
        )
        self.add(attachment)
        if any(sel.codings for sel in src.selections):
            self.flush()  # its codings point at it (a photo has none: no flush per photo)
        self.report.attachments += 1
        if src.skipped_selections:
            self.report.warnings.append(
                phrase(
                    "{count} picture region codings on {source} were not imported "
                    "(fieldkit codes text and audio)",
                    count=src.skipped_selections,
                    source=repr(src.name),
                )
            )
        for sel in src.selections:
            if sel.start < 0 or sel.end <= sel.start:
                raise ProjectFileError(
                    phrase(
                        "an audio selection on {source} runs from {start} to {end} ms, "
                        "which is empty or negative; the project is inconsistent",
                        source=repr(src.name),
                        start=str(sel.start),  # positions, as the file has them (no separators)
                        end=str(sel.end),
                    )
                )
            for coding in sel.codings:
                theme_id = self.themes.get(coding.code)
                if theme_id is None or self.existing(Coding, coding.guid) is not None:
                    continue
                coding_id = self.free_id(Coding, coding.guid)
                if sel.notes:
                    self.note_memos.append((coding_id, sel.description, sel.notes))
                self.add(
                    Coding(
                        id=coding_id,
                        **stamped(coding.created or sel.created),
                        study_id=self.study.id,
                        theme_id=theme_id,
                        target_type=owner.record_type,
                        target_id=owner.id,
                        unit="ms",
                        attachment_id=attachment.id,
                        start=sel.start,
                        end=sel.end,
                        coder=self.user(coding.user or sel.user),
                        memo=clip(sel.description, 20_000),
                    )
                )
                self.report.codings += 1
        for coding in src.codings:
            self.tag(coding.code, owner.record_type, owner.id, coding=coding)
        self.records.setdefault(src.guid, owner)

    def media_owner(self, src: QSource) -> RecordRef:
        target = str(src.variables.get(ATTACHED_TO, "")).strip().lower().strip("{}")
        if target in self.records:
            return self.records[target]
        for path, _inline in src.transcripts:
            if path in self.text_paths and self.text_paths[path] in self.records:
                return self.records[self.text_paths[path]]
        transcript = next((t for _p, t in src.transcripts if t), "")
        if src.kind == "picture":
            return self.new_record(
                src, src.description.strip() or src.name or "Photo", "observation"
            )
        return self.new_record(src, transcript, "interview")

    # --- participants ----------------------------------------------------------------------

    def participant(self, qc: QCase) -> None:
        v = {k.lower(): val for k, val in qc.variables.items()}
        row = self.existing(Participant, qc.guid)
        interviews = self._interviews(qc)
        if not isinstance(row, Participant):
            case_guid = str(v.get(CASE_GUID) or "").strip().lower().strip("{}")
            if case_guid in self.cases:
                case = self.cases[case_guid]
            elif interviews:
                case = self.s.get(Case, interviews[0].case_id) or self.case_for("")
            else:
                case = self.case_for("")
            code = line(qc.name, 40) or "P-?"
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
                code, n = clip(f"{base}-{n}", 40), n + 1
            status = str(v.get("consent status") or "pending").lower()
            form = str(v.get("consent form") or "").lower()
            consent_date = v.get("consent date")
            row = Participant(
                id=self.free_id(Participant, qc.guid),
                study_id=self.study.id,
                case_id=case.id,
                code=code,
                role=role_key(line(str(v.get("role") or "other"), 100)) or "other",
                consent_status=status if status in CONSENT_STATUSES else "pending",
                consent_date=consent_date if isinstance(consent_date, date) else None,
                consent_form=form if form in CONSENT_FORMS else None,
                consent_audio=bool(v.get("consent audio", True)),
                consent_quotes=bool(v.get("consent quotes", True)),
                consent_attribution=bool(v.get("consent attribution", False)),
                notes=clip(qc.description, 20_000),
            )
            self.add(row)
            self.codes_used.add(code.casefold())
            self.report.participants += 1
        self.people[qc.guid] = row

    def _interviews(self, qc: QCase) -> list[RecordRef]:
        refs = [self.records.get(g) for g in qc.sources]
        return [r for r in refs if r is not None and r.record_type == "interview"]

    def link_participant(self, qc: QCase) -> None:
        row = self.people[qc.guid]
        for interview in self._interviews(qc):
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


__all__ = ["RecordImporter"]
