"""The demo corpus's scales and shared writing state: tags, memos and codings on any record."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from fieldkit.demo import media
from fieldkit.demo.bulk import BulkWriter, row
from fieldkit.demo.phrases import TOPIC_THEMES
from fieldkit.demo.plan import Ids
from fieldkit.demo.texts import CODING_MEMOS, BuiltText
from fieldkit.storage.db import Store
from fieldkit.storage.models import Coding, Memo, Tag

Progress = Callable[[str, int, int], None]
# Rows per transaction (see bulk.py and the report in benchmarks/bench_demo.py).
BATCH_ROWS = 20_000


@dataclass(frozen=True)
class Scale:
    cases: int
    participants: int
    interviews: int
    observations: int
    codings: int
    interview_words: int
    observation_paragraphs: tuple[int, int]
    photo_share: float
    audio_share: float
    audio_codings: int  # per recording


SCALES: dict[str, Scale] = {
    "small": Scale(7, 30, 24, 40, 400, 500, (2, 3), 0.2, 0.0, 3),
    "large": Scale(200, 1500, 5000, 20_000, 100_000, 2000, (1, 3), 0.25, 0.1, 2),
}


def stamps(created: Any, updated: Any = None) -> dict[str, Any]:
    return {"created_at": created, "updated_at": updated or created, "deleted_at": None}


class CorpusRows:
    """The corpus's state, and the tags, memos and codings every kind of record gets."""

    def __init__(self, store: Store, scale: Scale, seed: int, progress: Progress) -> None:
        self.store = store
        self.scale = scale
        self.rng = random.Random(f"fieldkit-demo-{seed}")
        self.ids = Ids(seed)
        self.progress = progress
        self.writer = BulkWriter(store, batch_rows=BATCH_ROWS)
        self.study_id = self.ids.new()
        self.themes: dict[str, str] = {}  # name -> id
        self.blobs: dict[str, tuple[media.Media, str]] = {}  # filename -> (media, sha256)
        self.languages: set[str] = set()
        self.small = scale is SCALES["small"]
        self._photos: list[tuple[media.Media, str]] = []
        self._obs_codings: list[int] = []

    # --- tags, memos and codings ----------------------------------------------------------

    def _tag(self, theme: str, target_type: str, target_id: str, by: str, when: Any) -> None:
        self.writer.add(
            Tag,
            row(
                Tag,
                id=self.ids.new(),
                **stamps(when),
                study_id=self.study_id,
                theme_id=self.themes[theme],
                target_type=target_type,
                target_id=target_id,
                tagged_by=by,
            ),
        )

    def _memo(
        self, target_type: str, target_id: str, title: str, body: str, author: str, when: Any
    ) -> None:
        self.writer.add(
            Memo,
            row(
                Memo,
                id=self.ids.new(),
                **stamps(when),
                study_id=self.study_id,
                target_type=target_type,
                target_id=target_id,
                title=title,
                body=body,
                author=author,
            ),
        )

    def _code_text(
        self,
        target_type: str,
        target_id: str,
        built: BuiltText,
        wanted: int,
        coder: str,
        created: Any,
    ) -> int:
        """Code ``wanted`` spans on sentence boundaries; returns how many did not fit."""
        rng = self.rng
        spans = built.spans
        order = list(range(len(spans)))
        rng.shuffle(order)
        seen: set[tuple[str, int, int]] = set()
        made = 0
        for depth in range(max(len(t) for t in TOPIC_THEMES.values())):
            for i in order:
                if made >= wanted:
                    return 0
                span = spans[i]
                names = TOPIC_THEMES[span.topic]
                if depth >= len(names):
                    continue
                end = span.end
                nxt = spans[i + 1] if i + 1 < len(spans) else None
                if (
                    depth == 0
                    and nxt is not None
                    and nxt.turn == span.turn
                    and nxt.topic == span.topic
                    and rng.random() < 0.25
                ):
                    end = nxt.end  # two sentences in a row about the same thing
                theme = names[depth]
                if depth == 0 and len(names) > 1 and rng.random() < 0.3:
                    theme = rng.choice(names[1:])  # a coder's second reading of the topic
                key = (theme, span.start, end)
                if key in seen:
                    continue
                seen.add(key)
                quote = built.text[span.start : end]
                self.writer.add(
                    Coding,
                    row(
                        Coding,
                        id=self.ids.new(),
                        **stamps(created + timedelta(days=4, minutes=made)),
                        study_id=self.study_id,
                        theme_id=self.themes[theme],
                        target_type=target_type,
                        target_id=target_id,
                        unit="char",
                        attachment_id=None,
                        start=span.start,
                        end=end,
                        quote=quote,
                        coder=coder,
                        memo=rng.choice(CODING_MEMOS) if rng.random() < 0.08 else "",
                        detached=False,
                        starred=len(quote) > 60 and rng.random() < 0.05,
                    ),
                )
                made += 1
        return wanted - made


__all__ = ["BATCH_ROWS", "SCALES", "CorpusRows", "Progress", "Scale", "stamps"]
