"""Names shared by the .qdpx writer and reader: the namespace, file names and variables."""

from __future__ import annotations

NS = "urn:QDA-XML:project:1.0"
NS_PREFIX = "urn:QDA-XML:project:"
PROJECT_FILE = "project.qde"
SOURCES_DIR = "sources"
INTERNAL = "internal://"


def q(tag: str) -> str:
    """The qualified (namespaced) name of a REFI-QDA element."""
    return f"{{{NS}}}{tag}"


# Variables fieldkit writes, with their REFI-QDA type. "record type" tells the importer what a
# Case or a source was in fieldkit ("case", "participant", "interview", "observation").
RECORD_TYPE = "record type"
ATTACHED_TO = "attached to"
CASE_GUID = "case guid"
# On sources (and participant Cases) whose words may not be quoted: the consent restriction.
QUOTE_RESTRICTION = "quote restriction"
# ... and the first paragraph of their Description (read back without it on import).
RESTRICTION_PREFIX = "CONSENT — "


def restriction_line(restriction: str | None) -> str:
    """The first paragraph of a restricted source's Description, so it travels to any tool."""
    if not restriction:
        return ""
    return f"{RESTRICTION_PREFIX}{restriction[:1].upper()}{restriction[1:]}."


def without_restriction_line(description: str) -> str:
    """A source's Description without the consent paragraph fieldkit wrote first."""
    if not description.startswith(RESTRICTION_PREFIX):
        return description
    _line, _sep, rest = description.partition("\n\n")
    return rest


# On every source: the title of its case (QualCoder reads no Case's SourceRefs, so this is how
# a document says which case it belongs to there).
CASE_NAME = "case"
# On a source or note whose name in the file had to be made unique: the name it has in fieldkit.
ORIGINAL_NAME = "original name"
# On a case, interview or observation: its free-word tags, "; " between words. REFI-QDA has no
# free tags; a variable keeps the codebook as the researcher built it (no invented "Tags"
# code), lets another tool filter sources by it, and the importer reads it back as free tags.
FREE_TAGS = "free tags"
FREE_TAG_SEPARATOR = "; "
VARIABLES: dict[str, str] = {
    RECORD_TYPE: "Text",
    FREE_TAGS: "Text",
    # cases
    "country": "Text",
    "region": "Text",
    "locality": "Text",
    "kind": "Text",
    # participants (Cases of their own)
    "role": "Text",
    "consent status": "Text",
    "consent date": "Date",
    "consent form": "Text",
    "consent audio": "Boolean",
    "consent quotes": "Boolean",
    "consent attribution": "Boolean",
    CASE_GUID: "Text",  # the GUID of the participant's case
    # interviews and observations
    "date": "Date",
    "time": "Text",
    "language": "Text",
    "interviewer": "Text",
    "observer": "Text",
    "place": "Text",
    "setting": "Text",
    "status": "Text",
    "participants": "Text",
    "participant roles": "Text",
    QUOTE_RESTRICTION: "Text",
    # audio and photo sources: the guid of the interview or observation they belong to
    ATTACHED_TO: "Text",
    CASE_NAME: "Text",
    ORIGINAL_NAME: "Text",
}


def original_name(name: str, variables: dict[str, object]) -> str:
    """The name fieldkit gave a source or note, when the file had to make it unique."""
    original = variables.get(ORIGINAL_NAME)
    return original if isinstance(original, str) else name
