"""Finding rows by id, short id prefix or name, with errors a researcher can act on."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import AmbiguousError, NotFoundError, ValidationError, phrase
from fieldkit.storage.kind_names import kind_noun, kinds_noun
from fieldkit.storage.models import Case, Interview, Observation, SyncRow

R = TypeVar("R", bound=SyncRow)
MIN_PREFIX = 4
# Record types that carry text or media and can be tagged and coded.
CODABLE: tuple[type[SyncRow], ...] = (Interview, Observation)
TAGGABLE: tuple[type[SyncRow], ...] = (Interview, Observation, Case)


def get_row(session: Session, model: type[R], ref: str, *, label: str | None = None) -> R:
    """The live row of ``model`` whose id is ``ref`` or starts with ``ref`` (4+ characters)."""
    label = label or model.record_type
    ref = (ref or "").strip().lower()
    kind = kind_noun(label)
    if not ref:
        if label[:1] in "aeiou":
            raise ValidationError(phrase("an {kind} id is required", kind=kind))
        raise ValidationError(phrase("a {kind} id is required", kind=kind))
    row = session.get(model, ref)
    if row is not None and not row.is_deleted:
        return row
    if len(ref) < MIN_PREFIX:
        raise NotFoundError(
            phrase(
                "no {kind} with id {ref} (give at least {least} characters)",
                kind=kind,
                ref=repr(ref),
                least=MIN_PREFIX,
            )
        )
    escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    query = (
        select(model)
        .where(col(model.id).like(escaped + "%", escape="\\"))
        .where(col(model.deleted_at).is_(None))
        .limit(2)
    )
    rows = list(session.execute(query).scalars())
    if not rows:
        raise NotFoundError(phrase("no {kind} with id {ref}", kind=kind, ref=repr(ref)))
    if len(rows) > 1:
        raise AmbiguousError(
            phrase(
                "more than one {kind} has an id starting with {ref}; give more of it",
                kind=kind,
                ref=repr(ref),
            )
        )
    return rows[0]


def find_record(
    session: Session, ref: str, *, kinds: tuple[type[SyncRow], ...] = TAGGABLE
) -> SyncRow:
    """An interview, observation or case by id or prefix, whichever it is."""
    exact = (ref or "").strip().lower()
    for model in kinds:  # a full live id: no prefix search over the other tables
        row = session.get(model, exact) if exact else None
        if row is not None and not row.is_deleted:
            return row
    found: list[SyncRow] = []
    for model in kinds:
        try:
            found.append(get_row(session, model, ref))
        except NotFoundError:
            continue
    names = kinds_noun(tuple(m.record_type for m in kinds))
    if not found:
        raise NotFoundError(phrase("no {kind} with id {ref}", kind=names, ref=repr(ref.strip())))
    if len(found) > 1:
        raise AmbiguousError(
            phrase("the id {ref} matches several records; give more of it", ref=repr(ref.strip()))
        )
    return found[0]
