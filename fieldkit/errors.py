"""Errors a researcher can meet, each with a message they can act on.

Every error raised by storage, export or sync code that a user can cause derives from
:class:`FieldkitError`; the CLI prints ``str(error)`` on one line and the desktop app shows it
in a message box. Programming errors stay ordinary exceptions.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any


class Phrase(str):
    """An English sentence that remembers how it was made, so the app can say it in another
    language: ``phrase("{field} must not be empty", field="case title")`` *is* the string
    "case title must not be empty" (the CLI and logs use it as it is), and also carries the
    ``template`` and ``params`` the desktop app translates (``fieldkit/ui/messages/``
    lists every template). Whole numbers read with thousands separators ("2,000")."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Phrase:
        shown = {k: f"{v:,}" if type(v) is int else v for k, v in params.items()}
        made = super().__new__(cls, template.format(**shown))
        made.template, made.params = template, params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (a process pool) as it was made
        return (Phrase, (self.template, self.params))


def phrase(template: str, **params: Any) -> Phrase:
    return Phrase(template, params)


def stored_phrase(text: str) -> str | None:
    """How ``text`` was made, as JSON to keep beside its English (``None`` when it is not a
    :class:`Phrase`), so a sentence saved now can be said in the reader's language later:
    :func:`phrase_from_stored` makes the phrase again. Dates keep their type (the app shows them
    the locale's way); a parameter of another kind is kept as its text."""
    return json.dumps(_encode(text), ensure_ascii=False) if isinstance(text, Phrase) else None


def phrase_from_stored(english: str, stored: str | None) -> str:
    """The :class:`Phrase` kept as ``stored`` (see :func:`stored_phrase`) when it still makes
    exactly ``english``; else ``english`` as it is (a row saved before phrases were kept, or one
    this version cannot read)."""
    if not stored:
        return english
    try:
        made = _decode(json.loads(stored))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return english
    return made if isinstance(made, Phrase) and str.__str__(made) == english else english


def _encode(value: Any) -> Any:
    if isinstance(value, Phrase):
        params = {name: _encode(param) for name, param in value.params.items()}
        return {"phrase": value.template, "params": params}
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (str, int, float)):
        return value
    return str(value)


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "phrase" in value:
        params = {str(name): _decode(param) for name, param in value["params"].items()}
        return Phrase(str(value["phrase"]), params)
    if "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    return date.fromisoformat(value["date"])


def reason_of(exc: BaseException) -> str:
    """An error's sentence to put inside another phrase: its :class:`Phrase` when it was made
    with one (so the app translates it there too), else ``str(exc)``."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Phrase) else str(exc)


class FieldkitError(Exception):
    """Base class: ``str(err)`` is a complete sentence for the user."""


class ValidationError(FieldkitError):
    """A value the user gave is not acceptable (empty, too long, wrong format)."""


class NotFoundError(FieldkitError):
    """No record with that id (or name) exists."""


class AmbiguousError(FieldkitError):
    """A short id or a name matches more than one record."""


class ConflictError(FieldkitError):
    """The change contradicts existing data (a duplicate code, a theme merged into itself)."""


class StorageError(FieldkitError):
    """The data folder or database cannot be used (read-only, full, locked, damaged)."""


class DataFolderFullError(StorageError):
    """Not enough free space in the data folder."""


class DataFolderReadOnlyError(StorageError):
    """The data folder cannot be written."""


class BlobError(StorageError):
    """An attachment's file is missing or damaged."""


class BlobMissingError(BlobError):
    pass


class BlobCorruptError(BlobError):
    pass


class FileTooLargeError(ValidationError):
    """An imported file is larger than fieldkit accepts for its kind."""


class UnreadableFileError(ValidationError):
    """An imported file cannot be read or decoded."""


class ClockError(FieldkitError):
    """A clock stamp is malformed or too far from this device's time."""


class ProjectFileError(UnreadableFileError):
    """An exchange file (.qdpx) is damaged, unsafe or not in the format it claims to be."""


class OperationCancelledError(FieldkitError):
    """The user cancelled a long operation (an export); nothing was written."""


class MissingReferenceError(ValidationError):
    """Changes from another replica refer to a record this replica does not have (yet)."""


class ChangeRefusedError(ValidationError):
    """The server refused one change of a push (it names it); it stored nothing of the request.

    ``change`` is the change's place in its study's push (from 1), ``reason`` the server's words
    about that change alone (a :class:`Phrase`, sent as ``reason_phrase`` beside its English, so
    the app says it in the reader's language), ``reason_code`` what the laptop acts on
    (:data:`UNKNOWN_ROW`: the server never received the record). The laptop sets the change
    aside and sends the rest (``fieldkit.storage.refused_pushes``).
    """

    code = "change_refused"

    def __init__(
        self,
        message: str,
        *,
        study_id: str,
        change: int,
        entity: str,
        row_id: str,
        reason: str,
        reason_code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.study_id = study_id
        self.change = change
        self.entity = entity
        self.row_id = row_id
        self.reason = reason
        self.reason_code = reason_code

    def details(self) -> dict[str, object]:
        """What the server's 422 reply carries besides ``detail``, for the laptop to act on."""
        return {
            "study_id": self.study_id,
            "change": self.change,
            "entity": self.entity,
            "row_id": self.row_id,
            "reason": self.reason,
            "reason_phrase": stored_phrase(self.reason),
            "reason_code": self.reason_code,
        }


# ChangeRefusedError.reason_code of an edit of a record the server has never received: the
# records that refer to it wait with it (no laptop could apply them).
UNKNOWN_ROW = "unknown_row"


class SyncError(FieldkitError):
    """Syncing with the team server failed; nothing half-applied stays behind."""


class RequestTooLargeError(SyncError):
    """The server refused a request larger than its body limit (HTTP 413); ``limit_bytes`` is
    that limit when the server said it."""

    def __init__(self, message: str, *, limit_bytes: int | None = None) -> None:
        super().__init__(message)
        self.limit_bytes = limit_bytes


class ServerUnreachableError(SyncError):
    """The team server cannot be reached (offline, wrong address, server down)."""


class AuthenticationError(SyncError):
    """The server did not accept the user name and password, or the device's sign-in token."""


class PermissionDeniedError(SyncError):
    """The signed-in user may not do this (not a member of the study, or only a viewer)."""


class DeviceTakenError(PermissionDeniedError):
    """This laptop's device id is registered to another user on the server."""

    code = "device_taken"


class FolderLockedError(StorageError):
    """The data folder is encrypted and no passphrase (or a wrong one) was given."""


class WrongPassphraseError(FolderLockedError):
    """The passphrase (or recovery key) does not unlock this data folder."""
