"""Tables that read right to left in a right-to-left report (Arabic): the first column at the
right, and every style command that names a column or a side turned to match.

A section builds its rows and styles in reading order (code, role, consent…; a colour swatch
in column 0, a bar ``LINEBEFORE`` the first column) and never thinks about direction: in an
Arabic report :class:`MirroredTable` lays the columns out from the right and moves each style
command with its column, so the swatch, the bar and the padding stay beside the cells they
belong to.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table, TableStyle

from fieldkit.export.report_words import current_language
from fieldkit.storage.text_direction import language_is_rtl

_SIDES = {
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
}
_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def report_reads_rtl() -> bool:
    """Whether the report being written reads right to left (its language is Arabic)."""
    return language_is_rtl(current_language())


def report_table(data: list[list[Any]], col_widths: list[float], **kwargs: Any) -> MirroredTable:
    """A table of the report being written: its columns run the way the report reads."""
    return MirroredTable(data, col_widths, rtl=report_reads_rtl(), **kwargs)


class MirroredTable(Table):
    """A reportlab ``Table`` whose columns run right to left when ``rtl``; rows and styles
    are given in reading order. The pieces reportlab makes when it splits a table across
    pages are built with ``rtl`` False: their rows and styles are mirrored already."""

    def __init__(
        self,
        data: list[list[Any]],
        colWidths: list[float] | None = None,
        *args: Any,
        rtl: bool = False,
        **kwargs: Any,
    ) -> None:
        self.rtl = rtl
        if self.rtl:
            data = [list(reversed(row)) for row in data]
            colWidths = list(reversed(colWidths)) if colWidths else colWidths
        super().__init__(data, colWidths, *args, **kwargs)

    def setStyle(self, tblstyle: Any) -> None:
        if self.rtl:
            commands = (
                tblstyle.getCommands() if isinstance(tblstyle, TableStyle) else list(tblstyle)
            )
            tblstyle = TableStyle([mirrored_command(c, self._ncols) for c in commands])
        super().setStyle(tblstyle)


def mirrored_command(command: tuple[Any, ...], ncols: int) -> tuple[Any, ...]:
    """One table style command for the same cells once the ``ncols`` columns are mirrored."""
    op, start, end, *rest = command
    (sc, sr), (ec, er) = start, end
    first, last = _mirrored_col(sc, ncols), _mirrored_col(ec, ncols)
    op = _SIDES.get(op, op)
    if op == "ALIGN" and rest:
        rest[0] = _ALIGN.get(str(rest[0]).upper(), rest[0])
    return (op, (min(first, last), sr), (max(first, last), er), *rest)


def _mirrored_col(col: int, ncols: int) -> int:
    return ncols - 1 - (col if col >= 0 else ncols + col)


__all__ = ["MirroredTable", "mirrored_command", "report_reads_rtl", "report_table"]
