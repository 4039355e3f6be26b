"""Play an interview's recordings: play/pause, seek, speed, and time marks in the transcript.

The interview's audio attachments are listed and their files checked (hash verified: a long
recording takes a moment) off the GUI thread; the chosen one plays through ``QMediaPlayer`` and
``QAudioOutput``. Speeds from 0.5× to 2× keep the voice's pitch where the Qt backend can.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from fieldkit.storage.attachments import (
    attach_staged,
    attachment_path,
    attachments_for,
    open_attachment,
    stage_file,
)
from fieldkit.ui.audio import media_calls
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.time_marks import clock
from fieldkit.ui.elided import ElidedComboBox, ElidedLabel
from fieldkit.ui.operations import operations_for
from fieldkit.ui.worker import TaskControl, error_text, run_task, show_error

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
TRACK_CHARS = 12  # the recording combo's width, in characters; longer names are elided


@dataclass(frozen=True)
class Track:
    attachment_id: str
    filename: str
    duration_ms: int | None


class AudioPlayer(QWidget):
    """The playback strip of the interview editor."""

    loaded = Signal(str)  # the attachment id whose file is now the player's source
    tracks_loaded = Signal()

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id: str | None = None
        self.tracks: list[Track] = []
        self.current: str | None = None  # attachment id playing (or loading)
        self._generation = 0  # results of an older request are dropped
        self._updating = False
        self._buffer: QBuffer | None = None  # an encrypted folder's recording, in memory
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        for obj in (self.player, self.output):  # the backend's threads disconnect from them
            media_calls.settle_notify_overrides(obj)
        self.player.setAudioOutput(self.output)
        if hasattr(self.player, "setPitchCompensation"):  # Qt 6.10+: keep voices natural
            self.player.setPitchCompensation(True)
        # Every call that makes the backend stop or rebuild its engine goes through
        # media_calls (GIL released: see there why a plain call can deadlock). At exit the
        # source is dropped while the event loop still runs, not in Python's teardown.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)
        self.track_box = ElidedComboBox(self.tr("Recording"))  # long names end in "…"
        self.track_box.setAccessibleName(self.tr("Recording"))
        self.track_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.track_box.setMinimumContentsLength(TRACK_CHARS)
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.play_button.setToolTip(self.tr("Play or pause (F8 in the transcript)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(10_000)
        # Never squeezed to a bare handle (the walk saw one in French, looking like a checkbox).
        self.slider.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 8)
        self.time_label = QLabel(f"{clock(0)} / {clock(0)}")
        self.time_label.setAccessibleName(self.tr("Time"))
        self.speed_box = QComboBox()
        self.speed_box.setAccessibleName(self.tr("Speed"))
        self.speed_box.setToolTip(self.tr("Playback speed"))
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.add_button = QPushButton(self.tr("Add recording…"))
        self.add_button.setAccessibleName(self.tr("Attach a recording file to this interview"))
        self.message = ElidedLabel()  # elided when narrow; the tooltip has all of it
        self.caption = QLabel(self.tr("Play:"))
        self._layout()
        self._connect()
        self._show_tracks()

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        row.addWidget(self.track_box, 3)  # the recording's name: elided beyond its share
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 4)
        row.addWidget(self.time_label)
        row.addWidget(self.speed_box)
        row.addWidget(self.add_button)
        row.addWidget(self.message, 2)

    def _connect(self) -> None:
        self.play_button.clicked.connect(self.toggle_play)
        self.add_button.clicked.connect(self.choose_files)
        self.track_box.activated.connect(self._on_track_chosen)
        self.speed_box.currentIndexChanged.connect(self._on_speed_chosen)
        self.slider.valueChanged.connect(self._on_slider_value)
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value()))
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(self._on_playback_state)
        self.player.errorOccurred.connect(self._on_error)

    # --- loading --------------------------------------------------------------------------

    def set_interview(self, interview_id: str | None) -> None:
        if interview_id == self.interview_id:
            return
        media_calls.release(self.player)
        self.interview_id = interview_id
        self.tracks = []
        self.current = None
        self._show_tracks()
        if interview_id is not None:
            self.reload()

    def reload(self, select: str | None = None) -> None:
        """List the interview's recordings again (after one was attached) and load one."""
        interview_id = self.interview_id
        if interview_id is None:
            return
        self._generation += 1
        generation = self._generation
        store = self.store

        def list_tracks(_control: TaskControl) -> list[Track]:
            with store.read() as session:
                found = attachments_for(session, record_id=interview_id)
            return [Track(a.id, a.filename, a.duration_ms) for a in found if a.kind == "audio"]

        def listed(tracks: list[Track]) -> None:
            if generation != self._generation:
                return
            self.tracks = tracks
            self._show_tracks()
            self.tracks_loaded.emit()
            wanted = select or self.current or (tracks[-1].attachment_id if tracks else None)
            if wanted is not None and any(t.attachment_id == wanted for t in tracks):
                self.load(wanted)

        run_task(list_tracks, on_done=listed, on_failed=self._on_load_failed, parent=self)

    def load(self, attachment_id: str) -> None:
        """Check the recording's file (off the GUI thread) and make it the player's source."""
        self._generation += 1
        generation = self._generation
        self.current = attachment_id
        self.track_box.setCurrentIndex(max(0, self.track_box.findData(attachment_id)))
        self._say(self.tr("Opening the recording…"))
        store = self.store

        def resolve(_control: TaskControl) -> Path | bytes:
            with store.read() as session:
                if store.blobs.encrypted:  # decrypted into memory, never onto the disk
                    with open_attachment(session, store.blobs, attachment_id=attachment_id) as f:
                        return f.read()
                return attachment_path(session, store.blobs, attachment_id=attachment_id)

        def resolved(source: Path | bytes) -> None:
            if generation != self._generation:
                return
            self._say("")
            if isinstance(source, bytes):
                previous = self._buffer
                self._buffer = media_calls.set_source_buffer(self.player, source, "recording")
                if previous is not None:
                    previous.deleteLater()
            else:
                media_calls.set_source(self.player, QUrl.fromLocalFile(str(source)))
            self.loaded.emit(attachment_id)
            self._update_enabled()

        run_task(resolve, on_done=resolved, on_failed=self._on_load_failed, parent=self)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach recordings"),
            "",
            self.tr("Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)"),
        )
        if names:
            self.attach_files([Path(n) for n in names])

    def attach_files(self, paths: list[Path]) -> None:
        """Copy recordings into the data folder and attach them (off the GUI thread)."""
        interview_id = self.interview_id
        if interview_id is None or not paths:
            return
        store = self.store
        self._say(self.tr("Adding the recording…"))

        def work(control: TaskControl) -> str:
            attachment_id = ""
            for i, path in enumerate(paths):
                control.progress(path.name, i / len(paths))
                staged = stage_file(store.blobs, path=path, kind="audio")  # slow: no lock held
                with store.write() as session:
                    attachment_id = attach_staged(session, record_id=interview_id, staged=staged).id
            return attachment_id

        def done(attachment_id: str) -> None:
            self._say("")
            if interview_id == self.interview_id:
                self.reload(select=attachment_id)

        def failed(exc: BaseException) -> None:
            self._say("")
            show_error(self, self.tr("Recording not attached"), exc)

        operations_for(self, store).run_steps(
            work,
            changes=Changes.of(audio=interview_id),
            on_done=done,
            on_failed=failed,
            owner=self,
            title=self.tr("Adding recordings"),
            show_progress=True,
        )

    def _on_load_failed(self, exc: BaseException) -> None:
        self._say(error_text(exc))

    def _show_tracks(self) -> None:
        self.track_box.clear()
        for track in self.tracks:
            length = f" ({clock(track.duration_ms)})" if track.duration_ms else ""
            self.track_box.addItem(track.filename + length, track.attachment_id)
        self._fit_no_recording(not self.tracks)
        if not self.tracks:
            self.track_box.addItem(self.tr("No recording yet"), None)
        elif self.current is not None:
            self.track_box.setCurrentIndex(max(0, self.track_box.findData(self.current)))
        self._update_enabled()

    def _fit_no_recording(self, empty: bool) -> None:
        """With no recording there is no position, time or speed to show: their room goes to
        "No recording yet", which translations make twice as long ("Pas encore
        d'enregistrement"); a recording's name is elided to the combo's usual width."""
        for widget in (self.slider, self.time_label, self.speed_box):
            widget.setVisible(not empty)
        self.track_box.setMinimumContentsLength(TRACK_CHARS)
        if empty:
            self.track_box.keep_room_for(self.tr("No recording yet"))

    def _update_enabled(self) -> None:
        has_source = not self.player.source().isEmpty()
        self.track_box.setEnabled(bool(self.tracks))
        self.add_button.setEnabled(self.interview_id is not None)
        for widget in (self.play_button, self.slider, self.speed_box):
            widget.setEnabled(has_source)

    def _on_track_chosen(self, index: int) -> None:
        attachment_id = self.track_box.itemData(index)
        if attachment_id is not None and attachment_id != self.current:
            media_calls.stop(self.player)
            self.load(attachment_id)

    # --- playing --------------------------------------------------------------------------

    def has_source(self) -> bool:
        return not self.player.source().isEmpty()

    def toggle_play(self) -> None:
        if not self.has_source():
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            media_calls.pause(self.player)
        else:
            media_calls.play(self.player)

    def play(self) -> None:
        if self.has_source():
            media_calls.play(self.player)

    def stop(self) -> None:
        media_calls.stop(self.player)

    def release(self) -> None:
        """Stop and drop the source (the backend's threads end): before deleting the player."""
        media_calls.release(self.player)
        self._update_enabled()

    def position_ms(self) -> int:
        return int(self.player.position())

    def seek(self, ms: int) -> None:
        if not self.has_source():
            return
        duration = self.player.duration()
        ms = max(0, ms if duration <= 0 else min(ms, duration))
        media_calls.set_position(self.player, ms)
        self._show_position(ms)

    def set_speed(self, speed: float) -> None:
        nearest = min(SPEEDS, key=lambda s: abs(s - speed))
        self.speed_box.setCurrentIndex(SPEEDS.index(nearest))  # → _on_speed_chosen

    def _on_speed_chosen(self, index: int) -> None:
        media_calls.set_playback_rate(self.player, float(self.speed_box.itemData(index)))

    def _on_slider_value(self, value: int) -> None:
        if not self._updating and not self.slider.isSliderDown():  # keys, page clicks
            self.seek(value)

    def _on_position(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self._show_position(position)

    def _show_position(self, position: int) -> None:
        self._updating = True
        self.slider.setValue(position)
        self._updating = False
        self.time_label.setText(f"{clock(position)} / {clock(self.player.duration())}")

    def _on_duration(self, duration: int) -> None:
        self._updating = True
        self.slider.setRange(0, max(0, duration))
        self._updating = False
        self._show_position(self.player.position())

    def _on_playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    def _on_error(self, _error: QMediaPlayer.Error, text: str) -> None:
        self._say(self.tr("This recording cannot be played: %1").replace("%1", text))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)


__all__ = ["SPEEDS", "AudioPlayer", "Track"]
