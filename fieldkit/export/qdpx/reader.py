"""Parsing project.qde into plain values (no database here)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime

from fieldkit.errors import ProjectFileError
from fieldkit.export.qdpx import ids
from fieldkit.export.qdpx.names import NS_PREFIX

_DOCTYPE_RE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass
class QCoding:
    guid: str
    code: str
    user: str | None
    created: datetime | None


@dataclass
class QSelection:
    guid: str
    start: int
    end: int
    name: str
    description: str
    user: str | None
    created: datetime | None
    codings: list[QCoding]
    notes: list[str]

    @property
    def is_tag(self) -> bool:
        """fieldkit writes a whole-record tag as a selection, its GUID derived from the coding's."""
        return len(self.codings) == 1 and self.guid == ids.derived(
            self.codings[0].guid, "tag selection"
        )


@dataclass
class QCode:
    guid: str
    name: str
    color: str | None
    description: str
    children: list[QCode]
    notes: list[str]


@dataclass
class QSource:
    kind: str  # "text", "audio", "picture", "video", "pdf"
    guid: str
    name: str
    path: str | None  # plainTextPath for text, path for media
    content: str | None  # inline PlainTextContent
    description: str
    user: str | None
    created: datetime | None
    selections: list[QSelection]
    codings: list[QCoding]  # on the whole source
    notes: list[str]
    variables: dict[str, object]
    transcripts: list[tuple[str | None, str | None]]  # (plainTextPath, inline content)
    skipped_selections: int = 0


@dataclass
class QCase:
    guid: str
    name: str
    description: str
    codes: list[str]
    variables: dict[str, object]
    sources: list[str]


@dataclass
class QNote:
    guid: str
    name: str
    path: str | None
    content: str | None
    user: str | None
    created: datetime | None
    variables: dict[str, object] = field(default_factory=dict)


@dataclass
class QProject:
    name: str
    origin: str
    description: str
    creating_user: str | None = None
    users: dict[str, str] = field(default_factory=dict)
    codes: list[QCode] = field(default_factory=list)
    cases: list[QCase] = field(default_factory=list)
    sources: list[QSource] = field(default_factory=list)
    notes: dict[str, QNote] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)  # (origin, target)
    project_notes: list[str] = field(default_factory=list)

    def all_guids(self) -> set[str]:
        """Every GUID in the file that may become a row id."""
        out: set[str] = {c.guid for c in self.cases} | set(self.notes)

        def walk(codes: list[QCode]) -> None:
            for code in codes:
                out.add(code.guid)
                walk(code.children)

        walk(self.codes)
        for source in self.sources:
            out.add(source.guid)
            out.update(c.guid for c in source.codings)
            for sel in source.selections:
                out.update(c.guid for c in sel.codings)
        return out


class _Parser:
    def __init__(self, ns: str) -> None:
        self.ns = ns
        self.variables: dict[str, str] = {}  # guid -> name

    def t(self, tag: str) -> str:
        return f"{{{self.ns}}}{tag}"

    def kids(self, el: ET.Element, tag: str) -> list[ET.Element]:
        return el.findall(self.t(tag))

    def text_of(self, el: ET.Element, tag: str) -> str:
        child = el.find(self.t(tag))
        return (child.text or "") if child is not None else ""

    def guid(self, el: ET.Element, what: str, attr: str = "guid") -> str:
        return ids.parse_guid(el.get(attr), what=what)

    def opt_guid(self, el: ET.Element, attr: str) -> str | None:
        raw = el.get(attr)
        return ids.parse_guid(raw, what=attr) if ids.is_guid(raw) else None

    def refs(self, el: ET.Element, tag: str) -> list[str]:
        return [self.guid(r, tag, "targetGUID") for r in self.kids(el, tag)]

    def integer(self, el: ET.Element, attr: str, what: str) -> int:
        raw = el.get(attr)
        try:
            return int((raw or "").strip())
        except ValueError:
            raise ProjectFileError(
                f"{what} has {attr}={raw!r}, which is not a whole number; the file is damaged"
            ) from None

    def codings(self, el: ET.Element) -> list[QCoding]:
        out = []
        for c in self.kids(el, "Coding"):
            ref = c.find(self.t("CodeRef"))
            if ref is None:
                raise ProjectFileError("a coding in the project names no code (CodeRef missing)")
            out.append(
                QCoding(
                    guid=self.guid(c, "a coding"),
                    code=self.guid(ref, "a coding's code", "targetGUID"),
                    user=self.opt_guid(c, "creatingUser"),
                    created=_datetime(c.get("creationDateTime")),
                )
            )
        return out

    def values(self, el: ET.Element) -> dict[str, object]:
        out: dict[str, object] = {}
        for vv in self.kids(el, "VariableValue"):
            ref = vv.find(self.t("VariableRef"))
            if ref is None:
                continue
            name = self.variables.get(self.guid(ref, "a variable", "targetGUID"))
            if name is None:
                continue
            for child in vv:
                kind = child.tag.rsplit("}", 1)[-1]
                if kind == "VariableRef":
                    continue
                out[name] = _typed(kind, child.text or "")
        return out

    def code(self, el: ET.Element) -> QCode:
        color = (el.get("color") or "").strip()
        return QCode(
            guid=self.guid(el, "a code"),
            name=(el.get("name") or "").strip(),
            color=_color(color),
            description=self.text_of(el, "Description"),
            children=[self.code(c) for c in self.kids(el, "Code")],
            notes=self.refs(el, "NoteRef"),
        )

    def text_selection(self, el: ET.Element, source_name: str) -> QSelection:
        what = f"a selection in {source_name!r}"
        return QSelection(
            guid=self.guid(el, what),
            start=self.integer(el, "startPosition", what),
            end=self.integer(el, "endPosition", what),
            name=el.get("name") or "",
            description=self.text_of(el, "Description"),
            user=self.opt_guid(el, "creatingUser"),
            created=_datetime(el.get("creationDateTime")),
            codings=self.codings(el),
            notes=self.refs(el, "NoteRef"),
        )

    def media_selection(self, el: ET.Element, source_name: str) -> QSelection:
        what = f"a selection in {source_name!r}"
        return QSelection(
            guid=self.guid(el, what),
            start=self.integer(el, "begin", what),
            end=self.integer(el, "end", what),
            name=el.get("name") or "",
            description=self.text_of(el, "Description"),
            user=self.opt_guid(el, "creatingUser"),
            created=_datetime(el.get("creationDateTime")),
            codings=self.codings(el),
            notes=self.refs(el, "NoteRef"),
        )

    def source(self, el: ET.Element) -> QSource | None:
        kind = {
            "TextSource": "text",
            "AudioSource": "audio",
            "VideoSource": "video",
            "PictureSource": "picture",
            "PDFSource": "pdf",
        }.get(el.tag.rsplit("}", 1)[-1])
        if kind is None:
            return None
        name = (el.get("name") or "").strip()
        guid = self.guid(el, f"the source {name!r}")
        src = QSource(
            kind=kind,
            guid=guid,
            name=name,
            path=el.get("plainTextPath") if kind == "text" else el.get("path"),
            content=None,
            description=self.text_of(el, "Description"),
            user=self.opt_guid(el, "creatingUser"),
            created=_datetime(el.get("creationDateTime")),
            selections=[],
            codings=self.codings(el),
            notes=self.refs(el, "NoteRef"),
            variables=self.values(el),
            transcripts=[],
        )
        if kind == "text":
            inline = el.find(self.t("PlainTextContent"))
            src.content = (inline.text or "") if inline is not None else None
            src.selections = [
                self.text_selection(s, name) for s in self.kids(el, "PlainTextSelection")
            ]
        elif kind in ("audio", "video"):
            src.selections = [
                self.media_selection(s, name)
                for s in self.kids(el, "AudioSelection") + self.kids(el, "VideoSelection")
            ]
            for tr in self.kids(el, "Transcript"):
                inline = tr.find(self.t("PlainTextContent"))
                src.transcripts.append(
                    (tr.get("plainTextPath"), (inline.text or "") if inline is not None else None)
                )
        elif kind == "picture":
            src.skipped_selections = len(self.kids(el, "PictureSelection"))
        elif kind == "pdf":
            rep = el.find(self.t("Representation"))
            if rep is not None:  # a PDF's plain-text representation codes like a text source
                src.kind = "text"
                src.path = rep.get("plainTextPath")
                inline = rep.find(self.t("PlainTextContent"))
                src.content = (inline.text or "") if inline is not None else None
                src.selections = [
                    self.text_selection(s, name) for s in self.kids(rep, "PlainTextSelection")
                ]
                src.codings += self.codings(rep)
        return src


def parse_project(data: bytes) -> QProject:
    """Parse project.qde, refusing DTDs and entities (they can expand without end)."""
    if _DOCTYPE_RE.search(data[:65536]) or b"<!ENTITY" in data:
        raise ProjectFileError(
            "project.qde declares a DTD or entities, which REFI-QDA does not use; "
            "it was not imported for safety"
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise ProjectFileError(
            f"project.qde is not well-formed XML (line {line}, column {column}); "
            "the file is damaged or was not written by a REFI-QDA program"
        ) from None
    tag = root.tag
    ns = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    local = tag.rsplit("}", 1)[-1]
    if not ns.startswith(NS_PREFIX) or local != "Project":
        if ns.startswith("urn:QDA-XML:codebook:"):
            raise ProjectFileError(
                "this is a REFI-QDA codebook, not a project; import it as a codebook"
            )
        raise ProjectFileError(
            f"project.qde is not a REFI-QDA project (its root is <{local}> in namespace "
            f"{ns or 'none'!r}, not <Project> in urn:QDA-XML:project:1.0)"
        )
    p = _Parser(ns)
    project = QProject(
        name=(root.get("name") or "").strip(),
        origin=(root.get("origin") or "").strip(),
        description=p.text_of(root, "Description"),
        creating_user=p.opt_guid(root, "creatingUserGUID"),
    )
    users = root.find(p.t("Users"))
    for u in p.kids(users, "User") if users is not None else []:
        guid = p.guid(u, "a user")
        project.users[guid] = (u.get("name") or u.get("id") or "").strip() or "unknown user"
    variables = root.find(p.t("Variables"))
    for v in p.kids(variables, "Variable") if variables is not None else []:
        p.variables[p.guid(v, "a variable")] = (v.get("name") or "").strip()
    codebook = root.find(p.t("CodeBook"))
    codes = codebook.find(p.t("Codes")) if codebook is not None else None
    if codes is not None:
        project.codes = [p.code(c) for c in p.kids(codes, "Code")]
    cases = root.find(p.t("Cases"))
    for c in p.kids(cases, "Case") if cases is not None else []:
        project.cases.append(
            QCase(
                guid=p.guid(c, "a case"),
                name=(c.get("name") or "").strip(),
                description=p.text_of(c, "Description"),
                codes=p.refs(c, "CodeRef"),
                variables=p.values(c),
                sources=p.refs(c, "SourceRef"),
            )
        )
    sources = root.find(p.t("Sources"))
    for s in list(sources) if sources is not None else []:
        parsed = p.source(s)
        if parsed is not None:
            project.sources.append(parsed)
    notes = root.find(p.t("Notes"))
    for n in p.kids(notes, "Note") if notes is not None else []:
        inline = n.find(p.t("PlainTextContent"))
        note = QNote(
            guid=p.guid(n, "a note"),
            name=(n.get("name") or "").strip(),
            path=n.get("plainTextPath"),
            content=(inline.text or "") if inline is not None else None,
            user=p.opt_guid(n, "creatingUser"),
            created=_datetime(n.get("creationDateTime")),
            variables=p.values(n),
        )
        project.notes[note.guid] = note
    links = root.find(p.t("Links"))
    for link in p.kids(links, "Link") if links is not None else []:
        origin, target = p.opt_guid(link, "originGUID"), p.opt_guid(link, "targetGUID")
        if origin and target:
            project.links.append((origin, target))
    project.project_notes = p.refs(root, "NoteRef")
    return project


def _typed(kind: str, text: str) -> object:
    text = text.strip()
    try:
        if kind == "BooleanValue":
            return text.lower() in ("true", "1")
        if kind == "IntegerValue":
            return int(text)
        if kind == "DateValue":
            return date.fromisoformat(text[:10])
        if kind == "DateTimeValue":
            return _datetime(text) or text
    except ValueError:
        return text
    return text


def _datetime(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _color(raw: str) -> str | None:
    if re.fullmatch(r"#[0-9a-fA-F]{6}", raw):
        return raw.lower()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", raw):
        return "#" + "".join(ch * 2 for ch in raw[1:]).lower()
    return None
