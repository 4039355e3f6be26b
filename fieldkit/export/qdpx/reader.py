"""Parsing project.qde into plain values (no database here)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from fieldkit.errors import ProjectFileError, phrase
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
    notes: dict[str, QNote] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)  # (origin, target)
    project_notes: list[str] = field(default_factory=list)


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
                phrase(
                    "{what} has {attribute}={value}, which is not a whole number; "
                    "the file is damaged",
                    what=what,
                    attribute=attr,
                    value=repr(raw),
                )
            ) from None

    def codings(self, el: ET.Element) -> list[QCoding]:
        out = []
        for c in self.kids(el, "Coding"):
            ref = c.find(self.t("CodeRef"))
            if ref is None:
                raise ProjectFileError(
                    phrase("a coding in the project names no code (CodeRef missing)")
                )
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


class ProjectStream:
    """project.qde read as a stream: the project's parts fill ``project`` as they are read,
    and iterating yields the sources one at a time (none is kept once yielded).

    The schema puts the users, codebook, variables and cases before the sources, so they are
    in ``project`` when the first source comes; the notes and links come after the last.
    Memory holds one source's elements at a time, not the whole file.
    """

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = chunks
        self.project = QProject(name="", origin="", description="")
        self._p = _Parser("")
        self._root: ET.Element | None = None

    def __iter__(self) -> Iterator[QSource]:
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
        depth = 0
        sources_el: ET.Element | None = None
        tail = b""
        for chunk in self._chunks:
            # DTDs and entities can expand without end; REFI-QDA uses neither.
            if _DOCTYPE_RE.search(tail + chunk):
                raise ProjectFileError(
                    phrase(
                        "project.qde declares a DTD or entities, which REFI-QDA does not use; "
                        "it was not imported for safety"
                    )
                )
            tail = chunk[-16:]
            try:
                parser.feed(chunk)
                events = cast(list[tuple[str, ET.Element]], list(parser.read_events()))
            except ET.ParseError as exc:
                raise _not_well_formed(exc) from None
            for event, el in events:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        self._start(el)
                    elif depth == 2 and el.tag == self._p.t("Sources"):
                        sources_el = el
                    continue
                if depth == 3 and sources_el is not None:
                    source = self._p.source(el)
                    sources_el.remove(el)
                    if source is not None:
                        yield source
                elif depth == 2 and self._root is not None:
                    if el is sources_el:
                        sources_el = None
                    else:
                        self._part(el)
                    self._root.remove(el)
                depth -= 1
        try:
            parser.close()
        except ET.ParseError as exc:
            raise _not_well_formed(exc) from None
        if self._root is None:
            raise ProjectFileError(phrase("project.qde is empty; the file is damaged"))

    def _start(self, root: ET.Element) -> None:
        tag = root.tag
        ns = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
        local = tag.rsplit("}", 1)[-1]
        if not ns.startswith(NS_PREFIX) or local != "Project":
            if ns.startswith("urn:QDA-XML:codebook:"):
                raise ProjectFileError(
                    phrase("this is a REFI-QDA codebook, not a project; import it as a codebook")
                )
            raise ProjectFileError(
                phrase(
                    "project.qde is not a REFI-QDA project (its root is <{root}> in namespace "
                    "{namespace}, not <Project> in urn:QDA-XML:project:1.0)",
                    root=local,
                    namespace=repr(ns or "none"),
                )
            )
        self._root = root
        self._p = _Parser(ns)
        self.project.name = (root.get("name") or "").strip()
        self.project.origin = (root.get("origin") or "").strip()
        self.project.creating_user = self._p.opt_guid(root, "creatingUserGUID")

    def _part(self, el: ET.Element) -> None:
        """One child of <Project> other than <Sources>."""
        p, project = self._p, self.project
        local = el.tag.rsplit("}", 1)[-1]
        if local == "Users":
            for u in p.kids(el, "User"):
                name = (u.get("name") or u.get("id") or "").strip()
                project.users[p.guid(u, "a user")] = name or "unknown user"
        elif local == "Variables":
            for v in p.kids(el, "Variable"):
                p.variables[p.guid(v, "a variable")] = (v.get("name") or "").strip()
        elif local == "CodeBook":
            codes = el.find(p.t("Codes"))
            if codes is not None:
                project.codes = [p.code(c) for c in p.kids(codes, "Code")]
        elif local == "Cases":
            project.cases = [_case(p, c) for c in p.kids(el, "Case")]
        elif local == "Notes":
            for n in p.kids(el, "Note"):
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
        elif local == "Links":
            for link in p.kids(el, "Link"):
                origin, target = p.opt_guid(link, "originGUID"), p.opt_guid(link, "targetGUID")
                if origin and target:
                    project.links.append((origin, target))
        elif local == "Description":
            project.description = el.text or ""
        elif local == "NoteRef":
            project.project_notes.append(p.guid(el, "NoteRef", "targetGUID"))


def _case(p: _Parser, c: ET.Element) -> QCase:
    return QCase(
        guid=p.guid(c, "a case"),
        name=(c.get("name") or "").strip(),
        description=p.text_of(c, "Description"),
        codes=p.refs(c, "CodeRef"),
        variables=p.values(c),
        sources=p.refs(c, "SourceRef"),
    )


def _not_well_formed(exc: ET.ParseError) -> ProjectFileError:
    line, column = exc.position
    return ProjectFileError(
        phrase(
            "project.qde is not well-formed XML (line {line}, column {column}); "
            "the file is damaged or was not written by a REFI-QDA program",
            line=str(line),
            column=str(column),
        )
    )


_GUID_ATTR = re.compile(rb"""\bguid\s*=\s*["']\{?([0-9A-Fa-f-]{36})\}?["']""")


def scan_guids(chunks: Iterable[bytes]) -> set[str]:
    """Every element GUID in project.qde, found in one quick pass before the import.

    The import keeps a file's GUIDs as row ids unless a row already has one; knowing them all
    first lets it ask the database once per table instead of once per row.
    """
    found: set[str] = set()
    tail = b""
    for chunk in chunks:
        data = tail + chunk
        cut = max(0, len(data) - 64)  # a match starting later may run into the next chunk
        for m in _GUID_ATTR.finditer(data):
            if m.start() < cut:
                found.add(m.group(1).decode("ascii").lower())
        tail = data[cut:]
    found.update(m.group(1).decode("ascii").lower() for m in _GUID_ATTR.finditer(tail))
    return found


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
