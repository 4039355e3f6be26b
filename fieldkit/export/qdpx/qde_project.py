"""project.qde for one study, written as a stream in the schema's order: users, codebook,
variables, cases, sources (see :mod:`~fieldkit.export.qdpx.qde_sources`), notes, links,
description and the project's own notes.
"""

from __future__ import annotations

from collections import Counter

from sqlmodel import Session

from fieldkit import __version__
from fieldkit.export.consent import participant_restriction
from fieldkit.export.qdpx import ids
from fieldkit.export.qdpx.export_plan import ExportPlan
from fieldkit.export.qdpx.export_report import Cancel, Progress, QdpxReport
from fieldkit.export.qdpx.names import (
    CASE_GUID,
    FREE_TAGS,
    INTERNAL,
    ORIGINAL_NAME,
    QUOTE_RESTRICTION,
    RECORD_TYPE,
    SOURCES_DIR,
    VARIABLES,
)
from fieldkit.export.qdpx.qde_sources import AddFile, SourceWriter
from fieldkit.export.qdpx.qde_xml import when
from fieldkit.export.qdpx.xml_out import XmlOut
from fieldkit.export.report_words import tr
from fieldkit.export.role_words import role_cell
from fieldkit.storage.codebook import display_theme
from fieldkit.storage.models import Interview, Memo, Participant, Theme

ORIGIN = f"fieldkit {__version__}"


class ProjectWriter(SourceWriter):
    """Writes project.qde for one export plan; ``language``: the default codebook's themes in
    that language (None: as the study stores them)."""

    def __init__(
        self, plan: ExportPlan, report: QdpxReport, out: XmlOut, *, language: str | None = None
    ) -> None:
        super().__init__(plan, report, out)
        self.language = language

    def write(
        self,
        session: Session,
        add_file: AddFile,
        cancel: Cancel | None,
        progress: Progress | None,
    ) -> None:
        plan, out = self.plan, self.out
        study = plan.study
        memos = self._exported_memos()
        self._register_users(memos)
        out.start(
            "Project",
            name=study.name,
            origin=ORIGIN,
            creatingUserGUID=self.user(study.created_by),
            creationDateTime=when(study.created_at) or "",
            modifiedDateTime=when(study.updated_at) or "",
        )
        if self.users:
            with out.element("Users"):
                for guid, name in sorted(self.users.items(), key=lambda kv: kv[1].casefold()):
                    out.empty("User", guid=guid, name=name)
        theme_notes: dict[str, list[str]] = {}
        for memo in memos:
            if memo.target_id in self.live_themes:
                theme_notes.setdefault(memo.target_id, []).append(ids.row_guid(memo.id))
        self._codebook(theme_notes)
        with out.element("Variables"):
            for name, kind in VARIABLES.items():
                out.empty("Variable", guid=ids.variable_guid(name), name=name, typeOfVariable=kind)
        self._cases()
        self.sources(session, add_file, cancel, progress)
        project_refs = self._notes(memos, add_file)
        if study.description.strip():
            out.text("Description", study.description)
        for guid in project_refs:
            out.empty("NoteRef", targetGUID=guid)
        out.end("Project")
        out.close()

    def _register_users(self, memos: list[Memo]) -> None:
        """Every user the file names, known before the first element (Users comes first)."""
        plan = self.plan
        names: list[str | None] = [plan.study.created_by, *plan.coders]
        for record in plan.records:
            names.append(record.interviewer if isinstance(record, Interview) else record.observer)
        exported = {r.id for r in plan.records} | {c.id for c in plan.cases}
        for target, tags in plan.tags.items():
            if target in exported:
                names.extend(t.tagged_by for t in tags)
        names.extend(m.author for m in memos)
        for name in names:
            self.user(name)

    # --- codebook --------------------------------------------------------------------------

    def _codebook(self, theme_notes: dict[str, list[str]]) -> None:
        themes = self.plan.themes
        if not themes:
            return
        present = {t.id for t in themes}
        children: dict[str | None, list[Theme]] = {}
        for t in themes:
            parent = t.parent_id if t.parent_id in present else None
            children.setdefault(parent, []).append(t)
        out = self.out

        language = self.language

        def add(theme: Theme) -> None:
            # A default theme in the file's language; the team's own themes as they wrote them.
            name, description = display_theme(theme.name, theme.description, language)
            with out.element(
                "Code",
                guid=ids.row_guid(theme.id),
                name=name,
                isCodable="true",
                color=theme.color.lower(),
            ):
                if description.strip():
                    out.text("Description", description)
                for note in theme_notes.get(theme.id, []):
                    out.empty("NoteRef", targetGUID=note)
                self.report.themes += 1
                for child in children.get(theme.id, []):
                    add(child)

        with out.element("CodeBook"), out.element("Codes"):
            for top in children.get(None, []):
                add(top)

    # --- cases and participants ------------------------------------------------------------

    def _cases(self) -> None:
        plan, out = self.plan, self.out
        if not plan.cases and not plan.participants:
            return
        case_sources: dict[str, list[str]] = {}
        media_sources: dict[str, list[str]] = {}
        person_interviews: dict[str, list[str]] = {}
        for record in plan.records:
            case_sources.setdefault(record.case_id, []).append(ids.row_guid(record.id))
            for att in plan.media.get(record.id, []):
                media_sources.setdefault(record.case_id, []).append(ids.row_guid(att.id))
            if isinstance(record, Interview):
                for person in plan.interview_people.get(record.id, []):
                    person_interviews.setdefault(person.id, []).append(ids.row_guid(record.id))
        with out.element("Cases"):
            for case in plan.cases:
                with out.element("Case", guid=ids.row_guid(case.id), name=case.title):
                    if case.summary.strip():
                        out.text("Description", case.summary)
                    for tag in plan.tags.get(case.id, []):
                        out.empty("CodeRef", targetGUID=ids.row_guid(tag.theme_id))
                        self.report.tags += 1
                    self.variables(
                        {
                            RECORD_TYPE: "case",
                            "country": case.country,
                            "region": case.region,
                            "locality": case.locality,
                            "kind": case.kind,
                            FREE_TAGS: plan.free_tags.get(case.id),
                        }
                    )
                    for guid in case_sources.get(case.id, []) + media_sources.get(case.id, []):
                        out.empty("SourceRef", targetGUID=guid)
                self.report.cases += 1
            for person in plan.participants:
                self._participant(person, person_interviews.get(person.id, []))

    def _participant(self, p: Participant, interviews: list[str]) -> None:
        with self.out.element("Case", guid=ids.row_guid(p.id), name=p.code):
            self.variables(
                {
                    RECORD_TYPE: "participant",
                    "role": role_cell(p.role),
                    "consent status": p.consent_status,
                    "consent date": p.consent_date,
                    "consent form": p.consent_form,
                    "consent audio": p.consent_audio,
                    "consent quotes": p.consent_quotes,
                    "consent attribution": p.consent_attribution,
                    QUOTE_RESTRICTION: participant_restriction(p),
                    CASE_GUID: ids.row_guid(p.case_id),
                }
            )
            for guid in interviews:
                self.out.empty("SourceRef", targetGUID=guid)
        self.report.participants += 1

    # --- notes -----------------------------------------------------------------------------

    def _exported_memos(self) -> list[Memo]:
        """Memos whose target is in the file (the plan left out memos on withheld material)."""
        records = {r.id for r in self.plan.records}
        return [
            m
            for m in self.plan.memos
            if m.target_type not in ("interview", "observation") or m.target_id in records
        ]

    def _target_names(self) -> dict[str, str]:
        plan = self.plan
        names = {t.id: display_theme(t.name, t.description, self.language)[0] for t in plan.themes}
        names.update({c.id: c.title for c in plan.cases})
        names.update({p.id: p.code for p in plan.participants})
        names.update({r.id: plan.source_names.get(r.id, r.title) for r in plan.records})
        return names

    def _notes(self, memos: list[Memo], add_file: AddFile) -> list[str]:
        """Memos become Notes with a text file each (what QualCoder, NVivo and MAXQDA read).

        A theme's memo is a NoteRef of its Code; a memo on a case, a participant, an interview
        or an observation is a Link from the Note to it (QualCoder reads a source's NoteRef only
        as an annotation of a passage, and drops a whole-source memo); the others are the
        project's notes. Returns the project's notes.
        """
        if not memos:
            return []
        plan, out = self.plan, self.out
        targets = self._target_names()
        linkable = {c.id for c in plan.cases} | {p.id for p in plan.participants}
        linkable |= {r.id for r in plan.records}
        names = _note_names(memos, targets, plan.study.name)
        project_refs: list[str] = []
        links: list[tuple[str, str]] = []
        with out.element("Notes"):
            for memo in memos:
                guid = ids.row_guid(memo.id)
                name = names[memo.id]
                with out.element(
                    "Note",
                    guid=guid,
                    name=name,
                    plainTextPath=f"{INTERNAL}{guid}.txt",
                    creatingUser=self.user(memo.author),
                    creationDateTime=when(memo.created_at),
                    modifiedDateTime=when(memo.updated_at),
                ):
                    if name != memo.title:
                        self.variables({ORIGINAL_NAME: memo.title}, keep_empty=(ORIGINAL_NAME,))
                add_file(f"{SOURCES_DIR}/{guid}.txt", plan.redactor.text(memo.body))
                self.report.notes += 1
                if memo.target_id in self.live_themes:
                    continue
                if memo.target_id in linkable:
                    links.append((guid, ids.row_guid(memo.target_id)))
                else:
                    project_refs.append(guid)
        if links:
            with out.element("Links"):
                for note_guid, target in links:
                    out.empty(
                        "Link",
                        guid=ids.derived(note_guid, "link"),
                        name="memo",
                        direction="OneWay",
                        originGUID=note_guid,
                        targetGUID=target,
                    )
        return project_refs


def _note_names(memos: list[Memo], targets: dict[str, str], study: str) -> dict[str, str]:
    """Unique note names (QualCoder refuses a second journal of the same name)."""
    wanted = {
        m.id: " ".join(m.title.split())
        or tr("Memo: {target}", target=targets.get(m.target_id, study))
        for m in memos
    }
    counts = Counter(n.casefold() for n in wanted.values())
    seen: Counter[str] = Counter()
    out: dict[str, str] = {}
    taken = {n.casefold() for n in wanted.values()}
    for memo in memos:
        name = wanted[memo.id]
        key = name.casefold()
        if counts[key] > 1:
            seen[key] += 1
            if seen[key] > 1:
                n = seen[key]
                while f"{name} ({n})".casefold() in taken:
                    n += 1
                name = f"{name} ({n})"
                taken.add(name.casefold())
        out[memo.id] = name
    return out


__all__ = ["ORIGIN", "ProjectWriter"]
