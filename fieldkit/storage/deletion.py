"""Deleting any research row, with what goes with it, and undoing that.

Deletes are tombstones (``deleted_at``) that sync like any other change. One delete marks the
row and everything that only makes sense with it (a case's records, participants, codings,
memos and photos; a record's codings, tags, memos and attachments) with the same
``deleted_at``, so :func:`restore_row` can bring back exactly that set later, on this laptop or
on another after sync, without reviving what had been deleted before.

:func:`plan_delete` says what a delete would take with it (counts) before anything changes.

A theme that codes or tags something is not deleted unless ``with_codings`` is given: its
codings are research work. To keep them under another theme, merge the theme instead
(``themes.merge_themes``). Sub-themes go with their parent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import AmbiguousError, ConflictError, NotFoundError, ValidationError, phrase
from fieldkit.storage.kind_names import kind_noun
from fieldkit.storage.lookup import MIN_PREFIX
from fieldkit.storage.models import (
    SYNC_MODELS,
    Attachment,
    Case,
    Coding,
    FreeTag,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    Study,
    SyncRow,
    Tag,
    Theme,
    utcnow,
)

# The kinds a researcher deletes, in the order "what goes with it" lists them.
DELETABLE: tuple[type[SyncRow], ...] = (
    Study,
    Case,
    Participant,
    Interview,
    Observation,
    Theme,
    Coding,
    Tag,
    FreeTag,
    Memo,
    Attachment,
)
_CHUNK = 500

# How a count of each kind reads ("3 codings"); attachments are named by their kind.
_NOUNS: dict[str, tuple[str, str]] = {
    "study": ("study", "studies"),
    "case": ("case", "cases"),
    "participant": ("participant", "participants"),
    "interview": ("interview", "interviews"),
    "observation": ("observation", "observations"),
    "interview_participant": ("participant link", "participant links"),
    "theme": ("sub-theme", "sub-themes"),
    "study_theme": ("theme", "themes"),
    "coding": ("coding", "codings"),
    "tag": ("tag", "tags"),
    "free_tag": ("free-word tag", "free-word tags"),
    "memo": ("memo", "memos"),
    "photo": ("photo", "photos"),
    "audio": ("recording", "recordings"),
    "document": ("file", "files"),
    "redact_name": ("name to redact", "names to redact"),
}


def count_phrase(noun: str, n: int) -> str:
    one, many = _NOUNS.get(noun, (noun, noun + "s"))
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class DeletePlan:
    """What deleting one row takes with it.

    ``takes`` counts the other rows by the noun a researcher reads ("codings", "photos");
    ``rows`` lists (table, id) of every row, the deleted one first; ``refusal`` is set when the
    delete needs a choice first (a theme with codings: ``with_codings``).
    """

    kind: str
    id: str
    label: str
    takes: tuple[tuple[str, int], ...]
    rows: tuple[tuple[str, str], ...]
    refusal: str | None = None
    deleted_at: datetime | None = None

    @property
    def name(self) -> str:
        return f"{_display_kind(self.kind)} “{self.label}”"

    def what_goes(self) -> str:
        """ "12 codings, 2 memos and 1 photo", or "" when it takes nothing with it."""
        parts = [count_phrase(noun, n) for noun, n in self.takes]
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + " and " + parts[-1]

    def summary(self) -> str:
        goes = self.what_goes()
        return self.name + (f", with {goes}" if goes else "")


@dataclass
class _Collected:
    rows: dict[str, dict[str, SyncRow]] = field(default_factory=dict)

    def add(self, rows: Iterable[SyncRow]) -> list[SyncRow]:
        added = []
        for row in rows:
            table = self.rows.setdefault(row.__tablename__, {})  # type: ignore[arg-type]
            if row.id not in table:
                table[row.id] = row
                added.append(row)
        return added

    def all(self) -> Iterator[SyncRow]:
        for table in self.rows.values():
            yield from table.values()

    def ids(self, model: type[SyncRow]) -> list[str]:
        return list(self.rows.get(model.__tablename__, {}))  # type: ignore[arg-type]


def find_any(session: Session, ref: str, *, deleted: bool = False) -> SyncRow:
    """The row of any deletable kind whose id is ``ref`` or starts with it (4+ characters).

    ``deleted=True`` looks among deleted rows instead (for a restore).
    """
    ref = (ref or "").strip().lower()
    if not ref:
        raise ValidationError(phrase("an id is required"))
    for model in DELETABLE:
        row = session.get(model, ref)
        if row is not None and row.is_deleted == deleted:
            return row
        if row is not None:
            kind, label = kind_noun(kind_of(row)), label_of(row)
            if deleted:
                raise NotFoundError(
                    phrase("the {kind} “{label}” is not deleted", kind=kind, label=label)
                )
            raise NotFoundError(phrase("the {kind} “{label}” was deleted", kind=kind, label=label))
    if len(ref) < MIN_PREFIX:
        raise NotFoundError(_nothing_has(ref, deleted=deleted))
    escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found: list[SyncRow] = []
    for model in DELETABLE:
        alive = col(model.deleted_at).is_not(None) if deleted else col(model.deleted_at).is_(None)
        query = select(model).where(col(model.id).like(escaped + "%", escape="\\"), alive).limit(2)
        found.extend(session.execute(query).scalars())
    if not found:
        if deleted:
            raise NotFoundError(
                phrase("nothing deleted has an id starting with {ref}", ref=repr(ref))
            )
        raise NotFoundError(phrase("nothing has an id starting with {ref}", ref=repr(ref)))
    if len(found) > 1:
        if deleted:
            raise AmbiguousError(
                phrase("the id {ref} matches several deleted rows; give more of it", ref=repr(ref))
            )
        raise AmbiguousError(
            phrase("the id {ref} matches several rows; give more of it", ref=repr(ref))
        )
    return found[0]


def _nothing_has(ref: str, *, deleted: bool) -> str:
    if deleted:
        return phrase(
            "nothing deleted has the id {ref} (give at least {least} characters)",
            ref=repr(ref),
            least=MIN_PREFIX,
        )
    return phrase(
        "nothing has the id {ref} (give at least {least} characters)",
        ref=repr(ref),
        least=MIN_PREFIX,
    )


def plan_delete(session: Session, row: SyncRow, *, with_codings: bool = False) -> DeletePlan:
    """What deleting ``row`` (live) would take with it; nothing changes."""
    if row.is_deleted:
        raise NotFoundError(
            phrase(
                "{kind} “{label}” is already deleted",
                kind=kind_noun(kind_of(row)),
                label=label_of(row),
            )
        )
    if isinstance(row, Study):
        from fieldkit.storage.local_values import check_study_owned

        check_study_owned(session, row.id, row.name, deleting=True)
    collected = _collect(session, row, _live)
    return _plan(row, collected, with_codings=with_codings)


def delete_row_with(session: Session, row: SyncRow, *, with_codings: bool = False) -> DeletePlan:
    """Tombstone ``row`` and what goes with it, all with one ``deleted_at``; returns the plan."""
    plan = plan_delete(session, row, with_codings=with_codings)
    if plan.refusal:
        raise ConflictError(plan.refusal)
    now = utcnow()
    collected = _collect(session, row, _live)
    for item in collected.all():
        item.deleted_at = now
    session.flush()
    return DeletePlan(**{**plan.__dict__, "deleted_at": now})


def restore_row(session: Session, row: SyncRow) -> DeletePlan:
    """Undo the delete of ``row``: untombstone it and what was deleted with it (same time)."""
    if not row.is_deleted or row.deleted_at is None:
        raise ConflictError(
            phrase(
                "{kind} “{label}” is not deleted", kind=kind_noun(kind_of(row)), label=label_of(row)
            )
        )
    _check_parents_live(session, row)
    when = row.deleted_at
    collected = _collect(session, row, lambda model: col(model.deleted_at) == when)
    plan = _plan(row, collected, with_codings=True)
    if isinstance(row, Participant):
        from fieldkit.storage.participants import check_unique_code

        check_unique_code(session, row.study_id, row.code, except_id=row.id)
    for item in collected.all():
        item.deleted_at = None
    session.flush()
    return plan


def kind_of(row: SyncRow) -> str:
    if isinstance(row, Attachment):
        return row.kind if row.kind in ("photo", "audio") else "document"
    return row.record_type


def label_of(row: SyncRow) -> str:
    if isinstance(row, Participant):
        return row.code
    if isinstance(row, Study | Theme):
        return row.name
    if isinstance(row, Attachment):
        return row.caption or row.filename
    if isinstance(row, Coding):
        quote = row.quote if len(row.quote) <= 40 else row.quote[:39] + "…"
        return quote or f"{row.start}–{row.end}"
    if isinstance(row, Memo):
        return row.title or (row.body.splitlines() or [""])[0][:40]
    if isinstance(row, Tag):
        return row.id[:8]
    if isinstance(row, FreeTag):
        return row.word
    return str(getattr(row, "title", "") or row.id[:8])


def _display_kind(kind: str) -> str:
    return {"audio": "recording", "document": "file", "free_tag": "free-word tag"}.get(kind, kind)


def _live(model: type[SyncRow]) -> Any:
    return col(model.deleted_at).is_(None)


def _plan(row: SyncRow, collected: _Collected, *, with_codings: bool) -> DeletePlan:
    counts: dict[str, int] = {}
    for item in collected.all():
        if item is row:
            continue
        noun = kind_of(item)
        if noun == "theme" and isinstance(row, Study):
            noun = "study_theme"
        counts[noun] = counts.get(noun, 0) + 1
    order = ["case", "participant", "interview", "observation", "study_theme", "theme"]
    order += ["coding", "tag", "memo", "photo", "audio", "document", "interview_participant"]
    order += ["redact_name"]
    takes = tuple((noun, counts[noun]) for noun in order if counts.get(noun))
    refusal = None
    coded = counts.get("coding", 0) + counts.get("tag", 0)
    if isinstance(row, Theme) and coded and not with_codings:
        refusal = phrase(
            "the theme “{name}” codes or tags material ({counts}); delete it together with them "
            "(--with-codings), or merge it into another theme to keep them (fieldkit theme merge)",
            name=row.name,
            counts=_coded(counts.get("coding", 0), counts.get("tag", 0)),
        )
    rows = [(row.__tablename__, row.id)]
    rows += [(i.__tablename__, i.id) for i in collected.all() if i is not row]
    return DeletePlan(
        kind=kind_of(row),
        id=row.id,
        label=label_of(row),
        takes=takes,
        rows=tuple(rows),  # type: ignore[arg-type]
        refusal=refusal,
    )


def _coded(codings: int, tags: int) -> str:
    """ "3 codings, 1 tag": a theme's codings and tags, each count with its own noun form."""
    parts = []
    if codings:
        one = codings == 1
        parts.append(phrase("{n} coding", n=codings) if one else phrase("{n} codings", n=codings))
    if tags:
        parts.append(phrase("{n} tag", n=tags) if tags == 1 else phrase("{n} tags", n=tags))
    if len(parts) == 2:
        return phrase("{codings}, {tags}", codings=parts[0], tags=parts[1])
    return parts[0]


def _select(session: Session, model: Any, column: Any, ids: Sequence[str], state: Any) -> list[Any]:
    out: list[Any] = []
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        query = select(model).where(col(column).in_(chunk), state(model))
        out.extend(session.execute(query).scalars())
    return out


def _collect(session: Session, root: SyncRow, state: Any) -> _Collected:
    """``root`` and the rows (in ``state``: live, or deleted at one time) that go with it."""
    got = _Collected()
    got.add([root])
    if isinstance(root, Study):
        for model in SYNC_MODELS:
            if model is not Study:
                query = select(model).where(col(model.study_id) == root.id, state(model))  # type: ignore[attr-defined]
                got.add(session.execute(query).scalars())
        return got
    if isinstance(root, Case):
        got.add(_select(session, Participant, Participant.case_id, [root.id], state))
        got.add(_select(session, Interview, Interview.case_id, [root.id], state))
        got.add(_select(session, Observation, Observation.case_id, [root.id], state))
        links = InterviewParticipant
        got.add(_select(session, links, links.participant_id, got.ids(Participant), state))
    if isinstance(root, Participant):
        links = InterviewParticipant
        got.add(_select(session, links, links.participant_id, [root.id], state))
    if isinstance(root, Theme):
        frontier = [root.id]
        while frontier:
            frontier = [
                t.id for t in got.add(_select(session, Theme, Theme.parent_id, frontier, state))
            ]
        themes = got.ids(Theme)
        got.add(_select(session, Coding, Coding.theme_id, themes, state))
        got.add(_select(session, Tag, Tag.theme_id, themes, state))
        got.add(_select(session, Memo, Memo.target_id, themes, state))
        return got
    if isinstance(root, Attachment):
        got.add(_select(session, Coding, Coding.attachment_id, [root.id], state))
        return got
    if isinstance(root, Case | Interview | Observation):
        records = [root.id, *got.ids(Interview), *got.ids(Observation)]
        interviews = [root.id] if isinstance(root, Interview) else got.ids(Interview)
        links = InterviewParticipant
        got.add(_select(session, links, links.interview_id, interviews, state))
        for model in (Coding, Tag, FreeTag, Memo, Attachment):
            got.add(_select(session, model, model.target_id, records, state))
    return got


def _check_parents_live(session: Session, row: SyncRow) -> None:
    """A row comes back only into a live study and case (restore those first)."""
    for attr, model in (("study_id", Study), ("case_id", Case)):
        parent_id = getattr(row, attr, None)
        if parent_id and parent_id != row.id:
            parent = session.get(model, parent_id)
            if parent is not None and parent.is_deleted:
                raise ConflictError(_parent_deleted(parent))
    target_id = getattr(row, "target_id", None)
    if target_id:
        targets: tuple[type[SyncRow], ...] = (Interview, Observation, Case, Theme)
        for target_model in targets:
            target = session.get(target_model, target_id)
            if target is not None and target.is_deleted:
                raise ConflictError(_target_deleted(target))


def _parent_deleted(parent: SyncRow) -> str:
    label = label_of(parent)
    if isinstance(parent, Study):
        return phrase("its study “{label}” is deleted; restore that first", label=label)
    return phrase("its case “{label}” is deleted; restore that first", label=label)


def _target_deleted(target: SyncRow) -> str:
    """The record or theme a memo, coding, tag or attachment belongs to is deleted."""
    label = label_of(target)
    if isinstance(target, Interview):
        return phrase(
            "the interview “{label}” it belongs to is deleted; restore that first", label=label
        )
    if isinstance(target, Observation):
        return phrase(
            "the observation “{label}” it belongs to is deleted; restore that first", label=label
        )
    if isinstance(target, Case):
        return phrase(
            "the case “{label}” it belongs to is deleted; restore that first", label=label
        )
    return phrase("the theme “{label}” it belongs to is deleted; restore that first", label=label)


__all__ = [
    "DELETABLE",
    "DeletePlan",
    "count_phrase",
    "delete_row_with",
    "find_any",
    "kind_of",
    "label_of",
    "plan_delete",
    "restore_row",
]
