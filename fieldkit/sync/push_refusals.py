"""When the server refuses one pushed change: hold it back here and send the rest.

The server checks every pushed change and refuses a request naming the first change it cannot
take (``ChangeRefusedError``: the study, the change's place in that study's push, its record,
the reason); it stores nothing of that request. The laptop holds back the change-log entries
behind that change and those of the same record after it (``storage/refused_pushes.py``), and
builds the request again without them: the rest of the push goes up, the push position moves
past the held entries like past sent ones, and the researcher finds the refused change, with the
server's reason, in ``fieldkit sync problems`` and the app's sync status.
"""

from __future__ import annotations

from fieldkit.errors import (
    UNKNOWN_ROW,
    ChangeRefusedError,
    RequestTooLargeError,
    SyncError,
    phrase,
)
from fieldkit.storage.db import Store
from fieldkit.storage.refused_pushes import hold_refused
from fieldkit.storage.row_changes import RowChange


def hold_back_refused(
    store: Store, refused: ChangeRefusedError, *, changes: list[RowChange], first_seqs: list[int]
) -> None:
    """Hold back the refused change of a push built from ``changes`` (``first_seqs``: the
    change-log entry each came from first). Raises SyncError (the server's words) when the
    refusal names no change of that push: then nothing can be set aside and sync stops."""
    index = refused.change - 1
    if not 0 <= index < len(changes) or len(first_seqs) != len(changes):
        raise SyncError(str(refused))
    change = changes[index]
    if (change.entity, change.row_id) != (refused.entity, refused.row_id):
        raise SyncError(str(refused))
    with store.write() as session:
        held = hold_refused(
            session,
            study_id=refused.study_id,
            entity=change.entity,
            row_id=change.row_id,
            from_seq=first_seqs[index],
            reason=refused.reason,
            unknown_row=refused.reason_code == UNKNOWN_ROW,
        )
    if not held:
        raise SyncError(str(refused))


def hold_back_too_large(
    store: Store,
    too_large: RequestTooLargeError,
    *,
    study_id: str,
    change: RowChange,
    first_seq: int,
) -> None:
    """Hold back ``change``, which the server refused as larger than its body limit (413) when
    sent alone: it would stall every sync. Raises SyncError when nothing could be held."""
    limit = too_large.limit_bytes
    reason = (
        phrase("too large for this server (limit {mb} MB)", mb=f"{limit / _MB:.3g}")
        if limit
        else phrase("too large for this server")
    )
    with store.write() as session:
        held = hold_refused(
            session,
            study_id=study_id,
            entity=change.entity,
            row_id=change.row_id,
            from_seq=first_seq,
            reason=reason,
        )
    if not held:
        raise SyncError(str(too_large))


_MB = 1024 * 1024


__all__ = ["hold_back_refused", "hold_back_too_large"]
