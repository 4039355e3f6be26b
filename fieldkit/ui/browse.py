"""What the first window shows, as plain values and HTML, read through storage services."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject

from fieldkit.storage import overview
from fieldkit.storage.codings import codings_for
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Interview, Observation, Theme
from fieldkit.ui.messages.dates import shown_date


class RecordView(QObject):
    """The record pane's words in the interface language (a QObject so that pyside6-lupdate
    gives its ``%n`` strings their plural forms; kept above the HTML below, which lupdate's
    parser does not read past)."""

    def codings(self, n: int) -> str:
        return self.tr("%n coding(s)", "", n)


def load_overview(store: Store) -> overview.Overview:
    with store.read() as session:
        # The codebook dock loads the themes (with counts) off the GUI thread itself.
        return overview.load_overview(session, with_themes=False)


def load_case_records(store: Store, *, case_id: str) -> list[overview.RecordSummary]:
    with store.read() as session:
        return overview.case_records(session, case_id=case_id)


def record_html(store: Store, *, kind: str, record_id: str) -> str:
    with store.read() as session:
        if kind == "case":
            case = get_row(session, Case, record_id)
            place = ", ".join(x for x in (case.locality, case.region, case.country) if x)
            where = " · ".join(x for x in (case.kind, place) if x)  # e.g. "school · Kenya"
            return (
                f"<h2>{html.escape(case.title)}</h2><p><i>{html.escape(where)}</i></p>"
                f"<p>{html.escape(case.summary)}</p>"
            )
        row: Interview | Observation
        if kind == "interview":
            row = get_row(session, Interview, record_id)
            text = row.transcript
        else:
            row = get_row(session, Observation, record_id)
            text = row.description
        spans = codings_for(session, record_id=row.id)
        colors = {t.id: t.color for t in (session.get(Theme, c.theme_id) for c in spans) if t}
        body = _highlight(
            text,
            [
                (c.start, c.end, colors.get(c.theme_id, "#cccccc"))
                for c in spans
                if c.unit == "char" and not c.detached
            ],
        )
        count = RecordView().codings(len(spans))
        return (
            f"<h2>{html.escape(row.title)}</h2><p><i>{html.escape(shown_date(row.date))}</i> · "
            f"{html.escape(count)}</p><div style='white-space: pre-wrap'>{body}</div>"
        )


def _highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """HTML of ``text`` with coded spans underlined in their theme colours."""
    marks: list[str | None] = [None] * len(text)
    color: str | None
    for start, end, color in spans:
        for i in range(max(0, start), min(end, len(text))):
            marks[i] = color
    out: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = html.escape(text[i:j])
        color = marks[i]
        out.append(
            f"<span style='background-color:{_tint(color)}'>{chunk}</span>" if color else chunk
        )
        i = j
    return "".join(out)


def _tint(color: str, strength: float = 0.35) -> str:
    """A light, readable background for a theme colour (dark text stays legible on it)."""
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#dddddd"
    mix = [round(255 - (255 - c) * strength) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)
