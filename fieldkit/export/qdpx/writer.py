"""Writing a study as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and QualCoder.

What goes where (and why) is written down in ``fieldkit/export/qdpx/__init__.py``.
"""

from __future__ import annotations

import mimetypes
import os
import re
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from fieldkit import __version__
from fieldkit.errors import BlobError, OperationCancelledError, StorageError
from fieldkit.export.qdpx import ids
from fieldkit.export.qdpx.names import (
    ATTACHED_TO,
    CASE_GUID,
    INTERNAL,
    NS,
    PROJECT_FILE,
    RECORD_TYPE,
    SOURCES_DIR,
    VARIABLES,
    q,
)
from fieldkit.export.qdpx.snapshot import (
    CodingRow,
    StudySnapshot,
    TagRow,
    load_snapshot,
    paused_gc,
    resolve_study,
)
from fieldkit.storage.blobs import BlobStore
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    Attachment,
    Interview,
    Observation,
    Participant,
    Theme,
)

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]
# REFI-QDA 1.5 §8.5: an internal file may not exceed 2^31 - 1 bytes.
MAX_INTERNAL_BYTES = 2**31 - 1
ORIGIN = f"fieldkit {__version__}"
_VARIABLE_GUIDS = {name: ids.variable_guid(name) for name in VARIABLES}


@dataclass(frozen=True)
class _Blob:
    sha256: str


@dataclass
class QdpxReport:
    path: Path
    study_id: str
    themes: int = 0
    cases: int = 0
    participants: int = 0
    text_sources: int = 0
    audio_sources: int = 0
    picture_sources: int = 0
    codings: int = 0
    tags: int = 0
    notes: int = 0
    size_bytes: int = 0
    seconds: float = 0.0
    # Sentences for the user: what was left out and why.
    withheld: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _when(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return f"{value.isoformat(timespec='seconds')[:19]}Z"


def _sub(parent: ET.Element, tag: str, **attrs: str | None) -> ET.Element:
    return ET.SubElement(parent, q(tag), {k: v for k, v in attrs.items() if v is not None})


def _text_el(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = _sub(parent, tag)
    el.text = _xml_safe(text)
    return el


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters; drop them from names and descriptions."""
    return _NOT_XML.sub("", text)


class _Builder:
    """Builds project.qde for one study snapshot."""

    def __init__(self, snap: StudySnapshot, report: QdpxReport, blobs: BlobStore) -> None:
        self.snap = snap
        self.report = report
        self.blobs = blobs
        self.users: dict[str, str] = {}  # guid -> name
        self.user_guids: dict[str, str] = {}  # name as written -> guid
        self.withdrawn_interviews: set[str] = set()
        self.exported_records: set[str] = set()
        self.files: list[tuple[str, _Blob | str]] = []  # (zip name, blob or text)
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
            vv = _sub(parent, "VariableValue")
            _sub(vv, "VariableRef", targetGUID=_VARIABLE_GUIDS[name])
            kind = VARIABLES[name]
            if kind == "Boolean":
                _text_el(vv, "BooleanValue", "true" if value else "false")
            elif kind == "Date" and isinstance(value, date):
                _text_el(vv, "DateValue", value.isoformat())
            else:
                _text_el(vv, "TextValue", str(value))

    # --- the project -----------------------------------------------------------------------
    def build(self, cancel: Cancel | None, progress: Progress | None) -> ET.Element:
        snap = self.snap
        study = snap.study
        self._decide_consent()
        root = ET.Element(
            q("Project"),
            {
                "name": _xml_safe(study.name),
                "origin": ORIGIN,
                "creationDateTime": _when(study.created_at) or "",
                "modifiedDateTime": _when(study.updated_at) or "",
            },
        )
        creator = self.user(study.created_by)
        if creator:
            root.set("creatingUserGUID", creator)
        users_el = _sub(root, "Users")
        codebook = self._codebook(root)
        variables_el = _sub(root, "Variables")
        for name, kind in VARIABLES.items():
            _sub(
                variables_el,
                "Variable",
                guid=ids.variable_guid(name),
                name=name,
                typeOfVariable=kind,
            )
        cases_el = _sub(root, "Cases")
        sources_el = _sub(root, "Sources")
        self._sources(sources_el, cancel, progress)
        self._cases(cases_el)
        notes_links = self._notes(root, codebook)
        if study.description.strip():
            _text_el(root, "Description", study.description)
        for note_id in notes_links:
            _sub(root, "NoteRef", targetGUID=note_id)
        for guid, name in sorted(self.users.items(), key=lambda kv: kv[1].casefold()):
            _sub(users_el, "User", guid=guid, name=_xml_safe(name))
        for optional in (users_el, cases_el, sources_el):
            if len(optional) == 0:
                root.remove(optional)
        return root

    def _decide_consent(self) -> None:
        """Interviews with a participant whose consent is withdrawn or still pending are left out.

        Issue 4: no material at all from such a participant, in any export. A participant who
        gave consent but did not allow verbatim quotes stays in: a .qdpx is the team's analysis
        material, not a publication, and their consent variables travel with it.
        """
        for interview in self.snap.interviews:
            people = self.snap.interview_people.get(interview.id, [])
            for status in ("withdrawn", "pending"):
                codes = [p.code for p in people if p.consent_status == status]
                if codes:
                    self.withdrawn_interviews.add(interview.id)
                    self.report.withheld.append(
                        f"{interview.title!r} left out: consent {status} for {', '.join(codes)}"
                    )
                    break

    # --- codebook --------------------------------------------------------------------------
    def _codebook(self, root: ET.Element) -> dict[str, ET.Element]:
        themes = self.snap.themes
        ids_present = {t.id for t in themes}
        children: dict[str | None, list[Theme]] = {}
        for t in themes:
            parent = t.parent_id if t.parent_id in ids_present else None
            children.setdefault(parent, []).append(t)
        elements: dict[str, ET.Element] = {}
        if not themes:
            return elements
        codes = _sub(_sub(root, "CodeBook"), "Codes")

        def add(parent_el: ET.Element, theme: Theme) -> None:
            el = _sub(
                parent_el,
                "Code",
                guid=ids.row_guid(theme.id),
                name=_xml_safe(theme.name),
                isCodable="true",
                color=theme.color.lower(),
            )
            if theme.description.strip():
                _text_el(el, "Description", theme.description)
            elements[theme.id] = el
            self.report.themes += 1
            for child in children.get(theme.id, []):
                add(el, child)

        for top in children.get(None, []):
            add(codes, top)
        return elements

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
            if record.id in self.withdrawn_interviews:
                continue
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
        el = _sub(
            parent,
            "TextSource",
            guid=guid,
            name=_xml_safe(record.title or guid),
            plainTextPath=f"{INTERNAL}{guid}.txt",
            creatingUser=creator,
            creationDateTime=_when(record.created_at),
            modifiedDateTime=_when(record.updated_at),
        )
        if isinstance(record, Interview) and record.summary.strip():
            _text_el(el, "Description", record.summary)
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
            sel = _sub(
                el,
                "PlainTextSelection",
                guid=ids.derived(coding.id, "selection"),
                name=_xml_safe(text[coding.start : coding.end][:200]),
                startPosition=str(coding.start),
                endPosition=str(coding.end),
                creatingUser=self.user(coding.coder),
                creationDateTime=_when(coding.created_at),
            )
            if coding.memo.strip():
                _text_el(sel, "Description", coding.memo)
            c = _sub(
                sel,
                "Coding",
                guid=ids.row_guid(coding.id),
                creatingUser=self.user(coding.coder),
                creationDateTime=_when(coding.created_at),
            )
            _sub(c, "CodeRef", targetGUID=ids.row_guid(coding.theme_id))
            self.report.codings += 1
        for tag in self.tags_by_target.get(record.id, []):
            c = _sub(
                el,
                "Coding",
                guid=ids.row_guid(tag.id),
                creatingUser=self.user(tag.tagged_by),
                creationDateTime=_when(tag.created_at),
            )
            _sub(c, "CodeRef", targetGUID=ids.row_guid(tag.theme_id))
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
            }
        else:
            values = {
                RECORD_TYPE: "observation",
                "date": record.date,
                "time": record.time,
                "observer": record.observer,
                "setting": record.setting,
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
        el = _sub(
            parent,
            tag,
            guid=guid,
            name=_xml_safe(att.filename),
            path=f"{INTERNAL}{name}",
            creationDateTime=_when(att.created_at),
        )
        if att.caption.strip():
            _text_el(el, "Description", att.caption)
        if att.kind == "audio":
            for coding in codings:
                if coding.unit != "ms" or coding.start >= coding.end:
                    continue
                if coding.theme_id not in self.live_themes:
                    continue
                sel = _sub(
                    el,
                    "AudioSelection",
                    guid=ids.derived(coding.id, "selection"),
                    begin=str(coding.start),
                    end=str(coding.end),
                    creatingUser=self.user(coding.coder),
                    creationDateTime=_when(coding.created_at),
                )
                if coding.memo.strip():
                    _text_el(sel, "Description", coding.memo)
                c = _sub(
                    sel,
                    "Coding",
                    guid=ids.row_guid(coding.id),
                    creatingUser=self.user(coding.coder),
                    creationDateTime=_when(coding.created_at),
                )
                _sub(c, "CodeRef", targetGUID=ids.row_guid(coding.theme_id))
                self.report.codings += 1
            self.report.audio_sources += 1
        else:
            self.report.picture_sources += 1
        self.variables(el, {ATTACHED_TO: ids.row_guid(record.id)})
        self.files.append((f"{SOURCES_DIR}/{name}", _Blob(att.sha256)))
        self.case_sources.setdefault(record.case_id, []).append(guid)

    # --- cases and participants ------------------------------------------------------------
    def _cases(self, parent: ET.Element) -> None:
        snap = self.snap
        case_records: dict[str, list[str]] = {}
        all_records: list[Interview | Observation] = [*snap.interviews, *snap.observations]
        for record in all_records:
            if record.id in self.exported_records:
                case_records.setdefault(record.case_id, []).append(record.id)
        person_interviews: dict[str, list[str]] = {}
        for interview in snap.interviews:
            if interview.id in self.exported_records:
                for person in snap.interview_people.get(interview.id, []):
                    person_interviews.setdefault(person.id, []).append(interview.id)
        for case in snap.cases:
            el = _sub(parent, "Case", guid=ids.row_guid(case.id), name=_xml_safe(case.title))
            if case.summary.strip():
                _text_el(el, "Description", case.summary)
            for tag in self.tags_by_target.get(case.id, []):
                _sub(el, "CodeRef", targetGUID=ids.row_guid(tag.theme_id))
                self.report.tags += 1
            self.variables(
                el,
                {
                    RECORD_TYPE: "case",
                    "country": case.country,
                    "region": case.region,
                    "locality": case.locality,
                    "kind": case.kind,
                },
            )
            for record_id in case_records.get(case.id, []):
                _sub(el, "SourceRef", targetGUID=ids.row_guid(record_id))
            for media in self.case_sources.get(case.id, []):
                _sub(el, "SourceRef", targetGUID=media)
            self.report.cases += 1
        for person in snap.participants:
            self._participant(parent, person, person_interviews.get(person.id, []))

    def _participant(self, parent: ET.Element, p: Participant, interviews: list[str]) -> None:
        el = _sub(parent, "Case", guid=ids.row_guid(p.id), name=_xml_safe(p.code))
        self.variables(
            el,
            {
                RECORD_TYPE: "participant",
                "role": p.role,
                "consent status": p.consent_status,
                "consent date": p.consent_date,
                "consent form": p.consent_form,
                "consent audio": p.consent_audio,
                "consent quotes": p.consent_quotes,
                "consent attribution": p.consent_attribution,
                CASE_GUID: ids.row_guid(p.case_id),
            },
        )
        for interview_id in interviews:
            _sub(el, "SourceRef", targetGUID=ids.row_guid(interview_id))
        self.report.participants += 1

    # --- notes -----------------------------------------------------------------------------
    def _notes(self, root: ET.Element, codes: dict[str, ET.Element]) -> list[str]:
        """Memos become Notes; returns the notes that hang on the project itself."""
        snap = self.snap
        memos = [
            m
            for m in snap.memos
            if m.target_type != "interview" or m.target_id not in self.withdrawn_interviews
        ]
        project_refs: list[str] = []
        links: list[tuple[str, str]] = []
        case_ids = {c.id for c in snap.cases} | {p.id for p in snap.participants}
        for memo in memos:
            guid = ids.row_guid(memo.id)
            if memo.target_id in codes:
                self._insert_note_ref(codes[memo.target_id], guid, before="Code")
            elif memo.target_id in self.note_holders:
                self.note_refs.setdefault(memo.target_id, []).append(guid)
            elif memo.target_id in case_ids:
                links.append((guid, ids.row_guid(memo.target_id)))
            elif memo.target_type in ("interview", "observation"):
                continue  # its record was not exported
            else:
                project_refs.append(guid)
        # NoteRefs on text sources go before their VariableValues (schema order).
        for record_id, el in self.note_holders.items():
            for guid in self.note_refs.get(record_id, []):
                _sub(el, "NoteRef", targetGUID=guid)
            self.variables(el, self.pending_variables.get(record_id, {}))
        exported = [
            m
            for m in memos
            if m.target_type not in ("interview", "observation") or m.target_id in self.note_holders
        ]
        if exported:
            notes_el = _sub(root, "Notes")
            for memo in exported:
                note = _sub(
                    notes_el,
                    "Note",
                    guid=ids.row_guid(memo.id),
                    name=_xml_safe(memo.title or "Memo"),
                    creatingUser=self.user(memo.author),
                    creationDateTime=_when(memo.created_at),
                    modifiedDateTime=_when(memo.updated_at),
                )
                _text_el(note, "PlainTextContent", memo.body)
                self.report.notes += 1
        if links:
            links_el = _sub(root, "Links")
            for note_guid, target in links:
                _sub(
                    links_el,
                    "Link",
                    guid=ids.derived(note_guid, "link"),
                    name="memo",
                    direction="OneWay",
                    originGUID=note_guid,
                    targetGUID=target,
                )
        return project_refs

    @staticmethod
    def _insert_note_ref(el: ET.Element, guid: str, *, before: str) -> None:
        index = len(el)
        for i, child in enumerate(el):
            if child.tag == q(before):
                index = i
                break
        ref = ET.Element(q("NoteRef"), {"targetGUID": guid})
        el.insert(index, ref)


def export_qdpx(
    store: Store,
    *,
    path: Path,
    study_id: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> QdpxReport:
    """Write one study as a REFI-QDA project file; returns what was written and left out.

    The file appears only when complete (written beside ``path``, then renamed); a cancel or
    an error leaves no file behind.
    """
    started = time.perf_counter()
    path = Path(path)
    with paused_gc(), store.read() as session:
        # Build inside the snapshot: rows expire when the read transaction ends.
        study = resolve_study(session, study_id)
        report = QdpxReport(path=path, study_id=study.id)
        builder = _Builder(load_snapshot(session, study), report, store.blobs)
        root = builder.build(cancel, progress)
    ET.register_namespace("", NS)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".qdpx", dir=path.parent)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            with zf.open(PROJECT_FILE, "w", force_zip64=True) as out:
                ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
            _write_files(store, zf, builder.files, report, cancel, progress)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report.size_bytes = path.stat().st_size
    report.seconds = time.perf_counter() - started
    return report


def _write_files(
    store: Store,
    zf: zipfile.ZipFile,
    files: list[tuple[str, _Blob | str]],
    report: QdpxReport,
    cancel: Cancel | None,
    progress: Progress | None,
) -> None:
    total = len(files)
    for done, (name, content) in enumerate(files):
        if cancel is not None and cancel():
            raise OperationCancelledError("the export was cancelled; no file was written")
        if progress is not None and done % 50 == 0:
            progress("files", done, total)
        if isinstance(content, str):
            # UTF-8 without a byte-order mark, LF line ends (transcripts are stored that way).
            data = content.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
            continue
        # Audio and photos are compressed already; storing them saves time, not space.
        zf.write(store.blobs.path_for(content.sha256), name, compress_type=zipfile.ZIP_STORED)
    if progress is not None:
        progress("files", total, total)
