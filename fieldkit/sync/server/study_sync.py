"""What one study's part of a sync request asks for: built by the routes, checked by
``erased_edits`` and carried out by ``store`` (a module of its own so neither imports the other)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldkit.sync.server.row_owners import ChangeKey


@dataclass(frozen=True)
class StudySync:
    """What one study's part of a sync request asks for (changes as compact JSON strings)."""

    study_id: str
    pull_cursor: int
    push: Sequence[str]
    push_last_seq: int
    # The client's push cursor the batch was collected after (None from older clients). Below
    # the high-water mark, a reply was lost: part of this batch is stored already, so nothing
    # is stored and the client sends again from the acknowledged counter (no duplicates).
    push_after_seq: int | None = None
    # (entity, row id, op) of each change of ``push``, for the row-ownership check.
    keys: Sequence[ChangeKey] = ()
    # The push cursor this device identity started from (a laptop that took a new device id
    # after a copy or restore starts where its folder was): its mark before its first push.
    push_base: int = 0
    # The feed epoch the client pulled under (None from older clients): another one means the
    # server's feed was rewound since, and the client pulls the study again from the start.
    pull_epoch: str | None = None
    # A viewer's part: its push position never moves (viewers only pull).
    read_only: bool = False
    # The last acknowledgement the client was given, with its proof (proofs.py), and the
    # proof of its pull cursor: a claim the server holds less than that moves the epoch.
    acked: int | None = None
    ack_proof: str | None = None
    pull_proof: str | None = None


__all__ = ["StudySync"]
