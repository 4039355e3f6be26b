"""A plain-text editor that shows coded spans in their themes' colours.

Each coding is an ``ExtraSelection`` whose cursor the document keeps on its words while the
researcher types (Qt moves cursors with edits), so highlights follow the text between saves.
A coding that overlaps an earlier one is drawn as an underline in its theme's colour instead of
a background, so both stay visible (where three or more overlap, the last underline shows).
Backgrounds are theme colours blended into the palette's base colour, so the text stays
readable in light and dark palettes. Hovering shows theme, coder and memo.

Other parts of the editor can mark up the text too, without touching the codings: a
*decoration provider* (:meth:`CodedTextEdit.add_decorations`) is asked for its spans and formats
whenever the text changes (after a short pause) or the codings are repainted; its selections
come after the codings' (Qt draws each extra selection over the ones before it, so a decoration
that sets no background shows its text colour and underline on a coding's background). The
audio panel draws ``[mm:ss]`` time marks this way.

Tab and Shift+Tab move the focus out of the text; Ctrl+Tab inserts a tab character.
Keys handled here (and turned into signals): Alt+1…9 code the selection with a pinned theme
(plain digits type digits), Ctrl+K opens the palette, Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) go to
the record editor's one undo history for text and codings. A theme dragged from the codebook
dock and dropped on the text codes the current selection.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from fieldkit.storage.editing import CodingView
from fieldkit.storage.text_direction import paragraph_is_rtl
from fieldkit.ui.codebook.codebook_model import THEME_MIME
from fieldkit.ui.editor.offsets import OffsetMap

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
# Qt's paragraph and line separators in a document's raw text: newlines in the saved text.
_SEPARATORS = re.compile("[\u2028\u2029]")
# A decoration: code-point start and end (end exclusive) over the editor's text, and a format.
Decoration = tuple[int, int, QTextCharFormat]
DecorationProvider = Callable[[str], Iterable[Decoration]]
DECORATE_MS = 150  # decorations follow typing after this pause


def blend(color: str, base: QColor, strength: float = 0.35) -> QColor:
    """``color`` mixed into ``base``: a light tint on a light base, a dark one on a dark base."""
    c = QColor(color)
    if not c.isValid():
        c = QColor("#808080")
    mix = [
        round(b + (x - b) * strength)
        for x, b in ((c.red(), base.red()), (c.green(), base.green()), (c.blue(), base.blue()))
    ]
    return QColor(*mix)


class CodedTextEdit(QPlainTextEdit):
    code_key = Signal(int)  # 1…9
    palette_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()
    focus_lost = Signal()
    theme_dropped = Signal(str)  # a theme dragged from the codebook onto the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Text"))
        # Tab and Shift+Tab move focus on (a keyboard user is never trapped in the text, and
        # no stray tab lands in a transcript); Ctrl+Tab inserts a tab for whoever needs one.
        self.setTabChangesFocus(True)
        self._codings: dict[str, CodingView] = {}
        self._cursors: dict[str, QTextCursor] = {}
        self._providers: list[DecorationProvider] = []
        self._coding_selections: list[QTextEdit.ExtraSelection] = []
        self._decorations: list[QTextEdit.ExtraSelection] = []
        self._language: str | None = None  # the record's language: direction of bare lines
        self._decorate_timer = QTimer(self)
        self._decorate_timer.setSingleShot(True)
        self._decorate_timer.setInterval(DECORATE_MS)
        self._decorate_timer.timeout.connect(self.refresh_decorations)
        self.textChanged.connect(self._on_text_changed)

    def toPlainText(self) -> str:  # Qt's name, so every caller gets the fix
        """The text exactly as the researcher sees it, with LF line ends.

        Qt's own ``toPlainText`` turns every no-break space (U+00A0) into a plain space, so a
        save would silently change the transcript (and a French « guillemet » would come loose
        from its word). The raw text keeps them; only Qt's block and line separators
        (U+2029, U+2028: what Enter and Shift+Enter insert) become ``\\n``. Same length, so
        offsets are unchanged.
        """
        return _SEPARATORS.sub("\n", self.document().toRawText())

    # --- codings -------------------------------------------------------------------------

    def set_codings(self, codings: tuple[CodingView, ...], offsets: OffsetMap) -> None:
        """Show ``codings`` (code-point offsets over ``offsets.text``, the editor's text)."""
        self._codings = {c.id: c for c in codings}
        self._cursors = {}
        # Inside an (empty) edit block a cursor does not lay out its line to learn its x
        # position, which would lay out every coded paragraph of the text before it is shown.
        document = self.document()
        batch = QTextCursor(document)
        blocked = document.blockSignals(True)  # the empty edit block changes nothing
        batch.beginEditBlock()
        for c in codings:
            if c.detached:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(offsets.to_utf16(c.start))
            cursor.setPosition(offsets.to_utf16(c.end), QTextCursor.MoveMode.KeepAnchor)
            self._cursors[c.id] = cursor
        batch.endEditBlock()
        document.blockSignals(blocked)
        self._paint()

    def _paint(self) -> None:
        base = self.palette().color(self.palette().ColorRole.Base)
        selections = []
        drawn: list[tuple[int, int]] = []
        ordered = sorted(self._cursors.items(), key=lambda kv: (kv[1].selectionStart(), kv[0]))
        for coding_id, cursor in ordered:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            fmt = QTextCharFormat()
            color = self._codings[coding_id].color
            if any(s < end and start < e for s, e in drawn):
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(color))
            else:
                fmt.setBackground(blend(color, base))
                drawn.append((start, end))
            fmt.setProperty(QTextCharFormat.Property.UserProperty, coding_id)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._coding_selections = selections
        self.refresh_decorations()

    # --- decorations (non-coding markup) ---------------------------------------------------

    def add_decorations(self, provider: DecorationProvider) -> None:
        """Draw ``provider(text)``'s spans over the codings, kept up to date with the text."""
        self._providers.append(provider)
        self.refresh_decorations()

    def _on_text_changed(self) -> None:
        if self._providers:
            self._decorate_timer.start()  # restarted on every keystroke: runs once typing pauses

    def refresh_decorations(self) -> None:
        """Ask every provider again (the text or what they show changed) and repaint."""
        self._decorate_timer.stop()
        selections = []
        if self._providers:
            text = self.toPlainText()
            offsets = OffsetMap(text)
            document = self.document()
            batch = QTextCursor(document)  # an empty edit block: no line layout per cursor
            blocked = document.blockSignals(True)  # (see set_codings)
            batch.beginEditBlock()
            try:
                for provider in self._providers:
                    for start, end, fmt in provider(text):
                        cursor = QTextCursor(document)
                        cursor.setPosition(offsets.to_utf16(start))
                        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
                        selection = QTextEdit.ExtraSelection()
                        selection.cursor = cursor
                        selection.format = fmt
                        selections.append(selection)
            finally:
                batch.endEditBlock()
                document.blockSignals(blocked)
        self._decorations = selections
        self.setExtraSelections([*self._coding_selections, *selections])

    def decorations(self) -> list[tuple[int, int]]:
        """The decorated spans (Qt positions) as drawn now."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._decorations]

    def span_of(self, coding_id: str) -> tuple[int, int] | None:
        """Where a coding lies now (Qt positions), following edits since it was shown."""
        cursor = self._cursors.get(coding_id)
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor else None

    def codings_at(self, pos: int) -> list[CodingView]:
        return [
            self._codings[cid]
            for cid, cur in self._cursors.items()
            if cur.selectionStart() <= pos < cur.selectionEnd()
        ]

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- paragraph direction -------------------------------------------------------------

    def set_language(self, language: str | None) -> None:
        """The record's language (``ar``…): the direction of lines with no words of their own."""
        self._language = language or None
        document = self.document()  # laid out again: every paragraph's direction re-decided
        document.markContentsDirty(0, document.characterCount())

    def language(self) -> str | None:
        return self._language

    def is_rtl_block(self, block: QTextBlock) -> bool:
        """Whether the paragraph is laid out right to left (as drawn now)."""
        self.orient_visible_blocks()
        direction = block.layout().textOption().textDirection()
        return direction == Qt.LayoutDirection.RightToLeft

    def orient_visible_blocks(self) -> None:
        """Lay out each paragraph on screen in its own direction (see ``text_direction``).

        Qt's plain-text layout gives every paragraph the direction of its first strong letter,
        so "[00:16] P-030: جاءت…" would read left to right because of the P; it also ignores
        block formats. Each visible paragraph whose direction is wrong is laid out again here
        (same lines, same height: only the order and alignment of what is drawn change), just
        before it is painted; offsets, selection and codings stay in logical order.
        """
        block = self.firstVisibleBlock()
        bottom = self.viewport().height()
        offset = self.contentOffset()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()  # lays it out
            if top > bottom:
                break
            if block.isVisible():
                self._orient(block)
            block = block.next()

    def _orient(self, block: QTextBlock) -> None:
        layout = block.layout()
        option = layout.textOption()
        if (
            layout.lineCount() == 0
            or option.textDirection() != Qt.LayoutDirection.LayoutDirectionAuto
        ):
            return  # decided since Qt last laid it out (an edit or a resize resets it to Auto)
        rtl = paragraph_is_rtl(block.text(), self._language)
        want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        first = layout.lineAt(0)
        width, x, count = first.width(), first.position().x(), layout.lineCount()
        option.setTextDirection(want)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)  # a text layout won't flip it
        layout.setTextOption(option)  # alignment is applied when drawing: no new layout for it
        if (block.textDirection() == Qt.LayoutDirection.RightToLeft) == rtl:
            return  # Qt's own direction (the first strong letter) was right already
        layout.beginLayout()  # as QPlainTextDocumentLayout does, in the direction wanted
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(width)
            line.setPosition(QPointF(x, y))
            y += line.height()
            if line.leading() < 0:
                y += math.ceil(line.leading())
        layout.endLayout()
        if layout.lineCount() != count:  # never seen; keep the scroll range right if it happens
            block.setLineCount(layout.lineCount())

    # --- events ---------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.orient_visible_blocks()  # before Qt draws the paragraphs
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = self.cursorForPosition(event.pos()).position()
            here = self.codings_at(pos)
            if here:
                QToolTip.showText(event.globalPos(), self.tooltip_for(here), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_for(self, codings: list[CodingView]) -> str:
        parts = []
        for c in codings:
            line = f"<b>{_esc(c.theme_name)}</b>"
            if c.coder:
                line += " · " + self.tr("coded by %1").replace("%1", _esc(c.coder))
            if c.memo:
                line += f"<br><i>{_esc(c.memo)}</i>"
            parts.append(line)
        return "<br>".join(parts)

    def event(self, event: QEvent) -> bool:
        # Keys are handled here rather than in keyPressEvent: an override of keyPressEvent must
        # call the base method, and in PySide6 6.12 on Python 3.11 each such call of a method
        # returning nothing drops a reference to None (a crash after many thousand keystrokes).
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            signal = self._signal_for(event)
            if signal is not None:
                event.accept()  # a ShortcutOverride accepted arrives here again as a KeyPress
                if kind == QEvent.Type.KeyPress:
                    signal()
                return True
        return super().event(event)

    def _signal_for(self, event: QKeyEvent) -> Callable[[], None] | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.AltModifier and key in _DIGITS:
            return lambda: self.code_key.emit(_DIGITS[key])
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_K:
            return self.palette_requested.emit
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Tab:
            return lambda: self.insertPlainText("\t")
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undo_requested.emit
        if event.matches(QKeySequence.StandardKey.Redo) or (
            mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            and key == Qt.Key.Key_Z
        ):
            return self.redo_requested.emit
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(THEME_MIME):
            event.acceptProposedAction()  # the selection stays; the drop codes it
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(THEME_MIME):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(THEME_MIME):
            event.acceptProposedAction()
            self.theme_dropped.emit(bytes(event.mimeData().data(THEME_MIME).data()).decode())
            return
        super().dropEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: blend the colours again
            self._paint()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
