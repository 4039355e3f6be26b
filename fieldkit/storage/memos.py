"""Memos: free notes on a case, theme or record (interview, observation).

Keyword-only services taking an open session, like the rest of ``fieldkit.storage``. A memo
needs a body; its title is optional (the first words of the body stand in for it when shown).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.lookup import TAGGABLE, find_record, get_row
from fieldkit.storage.models import Memo, Theme, utcnow

MAX_MEMO_CHARS = 100_000


def _body(body: str | None) -> str:
    text = v.long_text(body, field="memo", max_length=MAX_MEMO_CHARS)
    if not text.strip():
        raise ValidationError(phrase("the memo is empty; write something or cancel"))
    return text


def add_memo(
    session: Session,
    *,
    target_id: str,
    body: str,
    title: str | None = None,
    author: str | None = None,
    target_type: str | None = None,
) -> Memo:
    """A memo on a case, interview or observation (``target_type="theme"``: on a theme)."""
    if target_type == "theme":
        theme = get_row(session, Theme, target_id)
        study_id, kind, row_id = theme.study_id, "theme", theme.id
    else:
        record = find_record(session, target_id, kinds=TAGGABLE)
        study_id, kind, row_id = str(getattr(record, "study_id")), record.record_type, record.id  # noqa: B009
    memo = Memo(
        study_id=study_id,
        target_type=kind,
        target_id=row_id,
        title=v.optional_text(title, field="memo title", max_length=300) or "",
        body=_body(body),
        author=v.optional_text(author, field="author", max_length=200),
    )
    session.add(memo)
    session.flush()
    return memo


def update_memo(session: Session, *, memo_id: str, body: str, title: str | None = None) -> Memo:
    memo = get_row(session, Memo, memo_id)
    new_body = _body(body)
    new_title = v.optional_text(title, field="memo title", max_length=300) or ""
    if memo.body != new_body:
        memo.body = new_body
    if memo.title != new_title:
        memo.title = new_title
    session.flush()
    return memo


def delete_memo(session: Session, *, memo_id: str) -> Memo:
    memo = get_row(session, Memo, memo_id)
    memo.deleted_at = utcnow()
    session.flush()
    return memo


def memos_for(session: Session, *, target_id: str) -> list[Memo]:
    """The live memos on one case, theme or record, oldest first."""
    query = (
        select(Memo)
        .where(col(Memo.target_id) == target_id, col(Memo.deleted_at).is_(None))
        .order_by(col(Memo.created_at), col(Memo.id))
    )
    return list(session.execute(query).scalars())
