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
# On every source: the title of its case (QualCoder reads no Case's SourceRefs, so this is how
# a document says which case it belongs to there).
CASE_NAME = "case"
# On a source or note whose name in the file had to be made unique: the name it has in fieldkit.
ORIGINAL_NAME = "original name"
VARIABLES: dict[str, str] = {
    RECORD_TYPE: "Text",
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
    # audio and photo sources: the guid of the interview or observation they belong to
    ATTACHED_TO: "Text",
    CASE_NAME: "Text",
    ORIGINAL_NAME: "Text",
}


def original_name(name: str, variables: dict[str, object]) -> str:
    """The name fieldkit gave a source or note, when the file had to make it unique."""
    original = variables.get(ORIGINAL_NAME)
    return original if isinstance(original, str) else name
