"""The word a message uses for a kind of row ("interview", "free-word tag"), as a phrase the app
says in the interface language (``fieldkit/ui/messages/storage_records.py`` lists them); the
CLI reads the English word. Kinds: a model's ``record_type``, or ``deletion.kind_of``'s "audio",
"photo" and "document" for attachments."""

from __future__ import annotations

from collections.abc import Callable

from fieldkit.errors import phrase

# Each noun is its own phrase(...) call so the template test finds it listed.
_NOUNS: dict[str, Callable[[], str]] = {
    "study": lambda: phrase("study"),
    "case": lambda: phrase("case"),
    "participant": lambda: phrase("participant"),
    "interview": lambda: phrase("interview"),
    "observation": lambda: phrase("observation"),
    "theme": lambda: phrase("theme"),
    "attachment": lambda: phrase("attachment"),
    "coding": lambda: phrase("coding"),
    "tag": lambda: phrase("tag"),
    "free_tag": lambda: phrase("free-word tag"),
    "memo": lambda: phrase("memo"),
    "photo": lambda: phrase("photo"),
    "audio": lambda: phrase("recording"),
    "document": lambda: phrase("file"),
}

# The kinds find_record looks among, as a message names them together.
_EITHER: dict[tuple[str, ...], Callable[[], str]] = {
    ("interview", "observation"): lambda: phrase("interview or observation"),
    ("interview", "observation", "case"): lambda: phrase("interview or observation or case"),
}


def kind_noun(kind: str) -> str:
    """``kind`` as a message names it; a kind without a listed word stays as it is."""
    made = _NOUNS.get(kind)
    return made() if made else kind


def kinds_noun(kinds: tuple[str, ...]) -> str:
    """Several kinds as "interview or observation"."""
    if len(kinds) == 1:
        return kind_noun(kinds[0])
    made = _EITHER.get(kinds)
    return made() if made else " or ".join(kinds)


__all__ = ["kind_noun", "kinds_noun"]
