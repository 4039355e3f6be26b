"""The audio strip above an interview's transcript: the player, the recorder, time marks.

In the transcript, **Ctrl+T** inserts the player's current time as ``[mm:ss]`` at the cursor,
**F8** plays or pauses, and **Ctrl+click** on a mark (hand-typed ones too) plays from there;
hovering a mark says so. Shown for interviews only. In an interview's transcript the marks are
drawn in the palette's link colour with a dotted underline (a decoration of the
:class:`CodedTextEdit`, so they show beside the codings and in light and dark palettes alike).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.codebook.palette_colors import is_dark
from fieldkit.ui.editor.coded_text_edit import CodedTextEdit, Decoration
from fieldkit.ui.editor.time_marks import MARK_RE, clock, format_mark, mark_at

if TYPE_CHECKING:
    from fieldkit.ui.audio.audio_player import AudioPlayer
    from fieldkit.ui.audio.audio_recorder import AudioRecorder

MARK_KEY = "Ctrl+T"
PLAY_KEY = "F8"


class AudioPanel(QFrame):
    def __init__(self, store: Any, text: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Audio"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # a strip
        self.text = text
        self.store = store
        self._player: AudioPlayer | None = None
        self._recorder: AudioRecorder | None = None
        self._filter = _TranscriptEvents(self)
        text.installEventFilter(self._filter)  # the keys
        text.viewport().installEventFilter(self._filter)  # clicks and hovering on marks
        self.interview_id: str | None = None
        self._build_pending = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setSpacing(4)
        self._starting: QLabel | None = QLabel(self.tr("Starting audio…"))
        self._starting.setEnabled(False)  # greyed: a placeholder until the player is built
        self._starting.setFixedHeight(2 * _control_height() + self._layout.spacing())
        self._layout.addWidget(self._starting)  # as tall as the two rows: the text stays put
        if isinstance(text, CodedTextEdit):
            text.add_decorations(self.mark_decorations)
        self.hide()

    @property
    def built(self) -> bool:
        return self._player is not None

    @property
    def player(self) -> AudioPlayer:
        return self._build()[0]

    @property
    def recorder(self) -> AudioRecorder:
        return self._build()[1]

    def _build(self) -> tuple[AudioPlayer, AudioRecorder]:
        """Qt Multimedia starts (~100–150 ms) just after the first interview is shown (or when
        the player or recorder is first asked for), never at launch."""
        if self._player is None or self._recorder is None:
            from fieldkit.ui.audio.audio_player import AudioPlayer
            from fieldkit.ui.audio.audio_recorder import AudioRecorder

            player, recorder = AudioPlayer(self.store), AudioRecorder(self.store)
            self._layout.addWidget(player)
            self._layout.addWidget(recorder)
            if self._starting is not None:  # swapped in one layout pass: the strip keeps its
                player.setVisible(self.isVisible())  # height and the transcript its scroll
                recorder.setVisible(self.isVisible())
                self._starting.hide()
                self._layout.removeWidget(self._starting)
                self._starting.deleteLater()
                self._starting = None
            width = max(player.caption.sizeHint().width(), recorder.caption.sizeHint().width())
            for caption in (player.caption, recorder.caption):
                caption.setFixedWidth(width)  # the two rows' controls line up
            recorder.recording_attached.connect(lambda aid: player.reload(select=aid))
            self._player, self._recorder = player, recorder
            player.set_interview(self.interview_id)  # the interview shown meanwhile
            recorder.set_interview(self.interview_id)
            self.setVisible(self.interview_id is not None)
        return self._player, self._recorder

    def set_record(self, record_id: str | None, *, refresh: bool = True) -> None:
        """The interview shown (None for anything else: the panel hides).

        ``refresh=False``: the caller repaints the transcript's decorations itself (the editor
        opening a record sets its codings next, which does). The first interview shows a
        placeholder; the player and recorder are built just after it is on screen.
        """
        self.interview_id = record_id
        if refresh and isinstance(self.text, CodedTextEdit):
            self.text.refresh_decorations()
        if not self.built:
            self.setVisible(record_id is not None)
            if record_id is not None and not self._build_pending:
                self._build_pending = True
                QTimer.singleShot(0, self, self._build_later)
            return
        self.player.set_interview(record_id)
        self.recorder.set_interview(record_id)
        self.setVisible(record_id is not None)

    def _build_later(self) -> None:
        self._build_pending = False
        if self.interview_id is not None:
            self._build()

    def mark_decorations(self, text: str) -> Iterator[Decoration]:
        """Every ``[mm:ss]`` mark of an interview's transcript, in the link colour."""
        if self.interview_id is None:
            return
        fmt = mark_format(self.text.palette())
        for match in MARK_RE.finditer(text):
            yield match.start(), match.end(), fmt

    def insert_mark(self) -> bool:
        """Insert ``[mm:ss]`` (the player's time) at the transcript's cursor."""
        if not self.isVisible() or not self.player.has_source() or self.text.isReadOnly():
            self._hint(self.tr("Open a recording to insert time marks."))
            return False
        cursor = self.text.textCursor()
        cursor.clearSelection()  # a mark never replaces selected words
        mark = format_mark(self.player.position_ms())
        line, column = cursor.block().text(), cursor.positionInBlock()
        if column > 0 and not line[column - 1].isspace():
            mark = " " + mark
        if column >= len(line) or not line[column].isspace():
            mark += " "
        cursor.insertText(mark)
        self.text.setTextCursor(cursor)
        return True

    def seek_to_mark(self, ms: int) -> None:
        self.player.seek(ms)
        self.player.play()

    def mark_under(self, pos: Any) -> tuple[int, int, int] | None:
        """The mark at a viewport point: (start, end, ms) within its line."""
        cursor: QTextCursor = self.text.cursorForPosition(pos)
        return mark_at(cursor.block().text(), cursor.positionInBlock())

    def _hint(self, message: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 4000)


def _control_height() -> int:
    """The height of one row of the player or the recorder (combo boxes and buttons)."""
    return max(QComboBox().sizeHint().height(), QPushButton("▶").sizeHint().height())


def mark_format(palette: QPalette) -> QTextCharFormat:
    """Link colour and a dotted underline: a mark reads as something to click, not as a code."""
    link = palette.color(QPalette.ColorRole.Link)
    if _contrast(link, palette.color(QPalette.ColorRole.Base)) < 3.0:  # e.g. blue on dark grey
        link = QColor("#8ab4f8" if is_dark(palette) else "#1a5fb4")
    fmt = QTextCharFormat()
    fmt.setForeground(link)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(link)
    return fmt


def _contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class _TranscriptEvents(QObject):
    """The mark and play keys in the transcript; Ctrl+click on a mark seeks; hovering says so.

    Keys are taken here rather than by QShortcut so that a menu shortcut elsewhere in the
    window cannot steal them while the transcript has the focus (ShortcutOverride accepted).
    """

    def __init__(self, panel: AudioPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.keys = {
            QKeySequence(MARK_KEY).toString(): panel.insert_mark,
            QKeySequence(PLAY_KEY).toString(): lambda: panel.player.toggle_play(),
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.panel.built or not self.panel.isVisible():
            return False
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            action = self.keys.get(QKeySequence(event.keyCombination()).toString())
            if action is None:
                return False
            event.accept()  # an accepted ShortcutOverride comes back as a KeyPress
            if kind == QEvent.Type.KeyPress:
                action()
            return True
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.ToolTip):
            return False  # paints, moves…: nothing to do (and no need to ask the player)
        if not self.panel.player.has_source():
            return False
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            found = self.panel.mark_under(event.position().toPoint())
            if found is not None:
                self.panel.seek_to_mark(found[2])
                return True
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.panel.mark_under(event.pos())
            if found is not None:
                QToolTip.showText(
                    event.globalPos(),
                    QCoreApplication.translate("AudioPanel", "Ctrl+click to play from %1").replace(
                        "%1", clock(found[2])
                    ),
                    self.panel.text.viewport(),
                )
                return True
        return False


__all__ = ["MARK_KEY", "PLAY_KEY", "AudioPanel", "mark_format"]
