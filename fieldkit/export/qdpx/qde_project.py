"""project.qde for one study: the project element, codebook, cases, participants and notes.

The sources are written by :class:`~fieldkit.export.qdpx.qde_sources.SourceElements`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from fieldkit import __version__
from fieldkit.export.consent import participant_restriction
from fieldkit.export.qdpx import ids
from fieldkit.export.qdpx.export_report import Cancel, Progress
from fieldkit.export.qdpx.names import CASE_GUID, QUOTE_RESTRICTION, RECORD_TYPE, VARIABLES, q
from fieldkit.export.qdpx.qde_sources import SourceElements
from fieldkit.export.qdpx.qde_xml import sub, text_el, when, xml_safe
from fieldkit.storage.models import Interview, Observation, Participant, Theme

ORIGIN = f"fieldkit {__version__}"


class ProjectBuilder(SourceElements):
    """Builds project.qde for one study snapshot."""

    # --- the project -----------------------------------------------------------------------

    def build(self, cancel: Cancel | None, progress: Progress | None) -> ET.Element:
        snap = self.snap
        study = snap.study
        root = ET.Element(
            q("Project"),
            {
                "name": xml_safe(study.name),
                "origin": ORIGIN,
                "creationDateTime": when(study.created_at) or "",
                "modifiedDateTime": when(study.updated_at) or "",
            },
        )
        creator = self.user(study.created_by)
        if creator:
            root.set("creatingUserGUID", creator)
        users_el = sub(root, "Users")
        codebook = self._codebook(root)
        variables_el = sub(root, "Variables")
        for name, kind in VARIABLES.items():
            sub(
                variables_el,
                "Variable",
                guid=ids.variable_guid(name),
                name=name,
                typeOfVariable=kind,
            )
        cases_el = sub(root, "Cases")
        sources_el = sub(root, "Sources")
        self._sources(sources_el, cancel, progress)
        self._cases(cases_el)
        notes_links = self._notes(root, codebook)
        if study.description.strip():
            text_el(root, "Description", study.description)
        for note_id in notes_links:
            sub(root, "NoteRef", targetGUID=note_id)
        for guid, name in sorted(self.users.items(), key=lambda kv: kv[1].casefold()):
            sub(users_el, "User", guid=guid, name=xml_safe(name))
        for optional in (users_el, cases_el, sources_el):
            if len(optional) == 0:
                root.remove(optional)
        return root

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
        codes = sub(sub(root, "CodeBook"), "Codes")

        def add(parent_el: ET.Element, theme: Theme) -> None:
            el = sub(
                parent_el,
                "Code",
                guid=ids.row_guid(theme.id),
                name=xml_safe(theme.name),
                isCodable="true",
                color=theme.color.lower(),
            )
            if theme.description.strip():
                text_el(el, "Description", theme.description)
            elements[theme.id] = el
            self.report.themes += 1
            for child in children.get(theme.id, []):
                add(el, child)

        for top in children.get(None, []):
            add(codes, top)
        return elements

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
            el = sub(parent, "Case", guid=ids.row_guid(case.id), name=xml_safe(case.title))
            if case.summary.strip():
                text_el(el, "Description", case.summary)
            for tag in self.tags_by_target.get(case.id, []):
                sub(el, "CodeRef", targetGUID=ids.row_guid(tag.theme_id))
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
                sub(el, "SourceRef", targetGUID=ids.row_guid(record_id))
            for media in self.case_sources.get(case.id, []):
                sub(el, "SourceRef", targetGUID=media)
            self.report.cases += 1
        for person in snap.participants:
            self._participant(parent, person, person_interviews.get(person.id, []))

    def _participant(self, parent: ET.Element, p: Participant, interviews: list[str]) -> None:
        el = sub(parent, "Case", guid=ids.row_guid(p.id), name=xml_safe(p.code))
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
                QUOTE_RESTRICTION: participant_restriction(p),
                CASE_GUID: ids.row_guid(p.case_id),
            },
        )
        for interview_id in interviews:
            sub(el, "SourceRef", targetGUID=ids.row_guid(interview_id))
        self.report.participants += 1

    # --- notes -----------------------------------------------------------------------------

    def _notes(self, root: ET.Element, codes: dict[str, ET.Element]) -> list[str]:
        """Memos become Notes; returns the notes that hang on the project itself."""
        snap = self.snap
        memos = snap.memos  # consent already removed memos on withheld interviews and people
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
                sub(el, "NoteRef", targetGUID=guid)
            self.variables(el, self.pending_variables.get(record_id, {}))
        exported = [
            m
            for m in memos
            if m.target_type not in ("interview", "observation") or m.target_id in self.note_holders
        ]
        if exported:
            notes_el = sub(root, "Notes")
            for memo in exported:
                note = sub(
                    notes_el,
                    "Note",
                    guid=ids.row_guid(memo.id),
                    name=xml_safe(memo.title or "Memo"),
                    creatingUser=self.user(memo.author),
                    creationDateTime=when(memo.created_at),
                    modifiedDateTime=when(memo.updated_at),
                )
                text_el(note, "PlainTextContent", memo.body)
                self.report.notes += 1
        if links:
            links_el = sub(root, "Links")
            for note_guid, target in links:
                sub(
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


__all__ = ["ORIGIN", "ProjectBuilder"]
