"""Record an interview: input device, start / pause / resume / stop, level and elapsed time.

The microphone is read in small chunks as Qt's audio source signals ``readyRead`` (about
every 20–50 ms); each chunk is measured for the level meter and queued to a
:class:`~fieldkit.storage.recording.BackgroundWriter`, which writes WAV segments on its own
thread. The GUI thread never waits on the disk: creating the recording folder, the final
segment and attaching the recording all run through :func:`fieldkit.ui.worker.run_task`.

If fieldkit is killed or the power fails mid-recording, what was captured stays in the data
folder and :mod:`fieldkit.ui.audio.recording_recovery` attaches it at the next start. Quitting the
app while recording closes the last segment the same way (it is attached at the next start).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QIODevice, Qt, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioSource, QMediaDevices, QtAudio
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.storage.recording import (
    AudioFormat,
    BackgroundWriter,
    RecordingOutcome,
    RecordingWriter,
    describe,
    finish_recording,
)
from fieldkit.ui.audio.audio_formats import choose_format, peak_level, qt_format
from fieldkit.ui.audio.audio_signal import LevelMeter, SignalWatch
from fieldkit.ui.audio.media_calls import settle_notify_overrides
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.time_marks import clock
from fieldkit.ui.elided import ElidedComboBox, ElidedLabel
from fieldkit.ui.messages import say
from fieldkit.ui.operations import operations_for
from fieldkit.ui.worker import TaskControl, error_text, run_task, show_error

SEGMENT_SECONDS = 3.0
ALARM_STYLE = "QLabel { color: white; background: #b00020; font-weight: bold; padding: 1px 4px; }"
TICK_MS = 100
# Room the message beside the controls keeps (in "x" widths): "Connect a microphone." in any
# of the shipped languages; a longer message is elided, all of it in the tooltip.
MESSAGE_ROOM = 24


class AudioRecorder(QWidget):
    """The recording strip of the interview editor."""

    # The attachment id, once a recording is attached to its interview.
    recording_attached = Signal(str)
    state_changed = Signal(str)  # "idle", "starting", "recording", "paused", "finishing"

    def __init__(
        self,
        store: Any,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tz = tz  # times said to the researcher: the system's zone unless a test sets one
        self.watch = SignalWatch(now)  # ``now``: seconds, injected by tests
        self.signal = "idle"  # an audio_signal.SIGNAL_STATES value while recording
        self.interview_id: str | None = None
        self.state = "idle"
        self.audio: AudioFormat | None = None
        self.writer: BackgroundWriter | None = None
        self.last_outcome: RecordingOutcome | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._frames = 0
        self._level = 0.0
        self._media = QMediaDevices(self)
        self.device_box = ElidedComboBox(self.tr("Microphone"))  # long names end in "…"
        self.device_box.setAccessibleName(self.tr("Microphone"))
        self.device_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device_box.setMinimumContentsLength(14)
        self.device_box.keep_room_for(self.tr("No microphone"))
        self.record_button = QPushButton(self.tr("● Record"))
        self.record_button.setAccessibleName(self.tr("Start recording"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume recording"))
        self.stop_button = QPushButton(self.tr("■ Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop recording"))
        self.level = LevelMeter()
        self.caption = QLabel(self.tr("Record:"))
        self.elapsed = QLabel(clock(0))
        self.elapsed.setAccessibleName(self.tr("Recording time"))
        # Elided when narrow (the tooltip has all of it), but its first words stay readable.
        self.message = ElidedLabel(readable_chars=MESSAGE_ROOM)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._layout()
        self.record_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.device_box.activated.connect(self._on_device_chosen)
        self._media.audioInputsChanged.connect(self.refresh_devices)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.refresh_devices()

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        row.addWidget(self.device_box, 1)
        row.addWidget(self.record_button)
        row.addWidget(self.pause_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.level, 1)
        row.addWidget(self.elapsed)
        row.addWidget(self.message, 4)  # the most room to what is said; elided beyond

    # --- devices --------------------------------------------------------------------------

    def devices(self) -> list[QAudioDevice]:
        return list(QMediaDevices.audioInputs())

    def refresh_devices(self) -> None:
        current = self.device_box.currentData()
        self.device_box.clear()
        devices = self.devices()
        default = QMediaDevices.defaultAudioInput()
        for device in devices:
            self.device_box.addItem(device.description(), device.id())
        if devices:
            wanted = current if current is not None else default.id()
            index = self.device_box.findData(wanted)
            self.device_box.setCurrentIndex(max(0, index))
        else:
            self.device_box.addItem(self.tr("No microphone"), None)
        self._update_buttons()
        if not devices and self.state == "idle":
            self._say_no_microphone()
        elif self.state == "idle":
            self._say("")

    def selected_device(self) -> QAudioDevice | None:
        wanted = self.device_box.currentData()
        return next((d for d in self.devices() if d.id() == wanted), None)

    # --- recording ------------------------------------------------------------------------

    def set_interview(self, interview_id: str | None) -> None:
        """The interview recordings attach to; a recording running for another one stops
        (and is attached to the interview it was started for)."""
        if interview_id == self.interview_id:
            return
        if self.state in ("recording", "paused"):
            self.stop()
        self.interview_id = interview_id
        self._update_buttons()

    def start(self) -> None:
        """Ask about consent when needed, then record from the chosen microphone."""
        if self.state != "idle" or self.interview_id is None:
            return
        device = self.selected_device()
        if device is None:
            self._say_no_microphone()
            return
        if not self.consent_ok():
            return
        audio = choose_format(device)
        if audio is None:
            self._say(self.tr("This microphone cannot record 16-bit sound; choose another one."))
            return
        self.begin(audio, device=device)

    def consent_ok(self) -> bool:
        from fieldkit.ui.dialogs import consent_check  # written beside this module; imported late

        if self.interview_id is None:
            return False
        return bool(consent_check.confirm_recording_consent(self, self.store, self.interview_id))

    def begin(self, audio: AudioFormat, *, device: QAudioDevice | None) -> None:
        """Open the recording folder (off the GUI thread), then read ``device`` into it.

        With ``device`` None nothing is captured: PCM comes only through :meth:`feed` (tests,
        and a future import of a live stream).
        """
        if self.state != "idle" or self.interview_id is None:
            return
        self._set_state("starting")
        interview_id = self.interview_id
        data_dir = self.store.data_dir
        files_key = self.store.blobs.files_key

        def open_folder(_control: TaskControl) -> BackgroundWriter:
            writer = RecordingWriter(
                data_dir,
                interview_id=interview_id,
                audio=audio,
                segment_seconds=SEGMENT_SECONDS,
                files_key=files_key,  # an encrypted folder: sealed segments and journal
            )
            return BackgroundWriter(writer)

        def opened(writer: BackgroundWriter) -> None:
            self.writer = writer
            self.audio = audio
            self._frames = 0
            if self.interview_id != interview_id:  # another record was opened meanwhile
                self.stop()
                return
            if device is not None and not self._open_source(device, audio):
                self.stop()
                return
            self._listen()
            self._set_state("recording")
            self._timer.start()

        def failed(exc: BaseException) -> None:
            self._set_state("idle")
            show_error(self, self.tr("Cannot start recording"), exc)

        run_task(open_folder, on_done=opened, on_failed=failed, parent=self)

    def _open_source(self, device: QAudioDevice, audio: AudioFormat) -> bool:
        fmt = qt_format(audio)
        source = QAudioSource(device, fmt, self)
        settle_notify_overrides(source)  # the backend's thread must never wait for the GIL
        source.setBufferSize(audio.byte_rate // 5)  # 200 ms of slack for a busy GUI thread
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            source.deleteLater()
            self._say(
                self.tr(
                    "The microphone %1 could not be opened; is another program using it?"
                ).replace("%1", device.description())
            )
            return False
        self._source = source
        self._io = io
        io.readyRead.connect(self._on_ready_read)
        source.stateChanged.connect(self._on_source_state)
        return True

    def _on_ready_read(self) -> None:
        if self._io is not None:
            self.feed(bytes(self._io.readAll().data()))

    def feed(self, pcm: bytes) -> None:
        """Take a chunk of captured PCM: measure it and queue it for the disk."""
        if self.state != "recording" or self.writer is None or self.audio is None or not pcm:
            return
        self.writer.write(pcm)
        self._frames += len(pcm) // self.audio.frame_size
        level = peak_level(pcm, self.audio.sample_width)
        self._level = max(self._level, level)
        self.watch.heard(level)  # the next tick says so: no widget work on this hot path

    def toggle_pause(self) -> None:
        if self.state == "recording":
            self.pause()
        elif self.state == "paused":
            self.resume()

    def pause(self) -> None:
        if self.state != "recording" or self.writer is None:
            return
        if self._source is not None:
            self._source.suspend()
            self._on_ready_read()  # what the device already delivered belongs before the pause
        self.writer.pause()  # closes the segment: everything so far is on disk for good
        self.signal = "idle"
        self.level.show_status("idle", 0.0)
        self._set_state("paused")
        self._say(self.tr("Paused. Everything recorded so far is saved."))

    def resume(self) -> None:
        if self.state != "paused":
            return
        if self._source is not None:
            self._source.resume()
        self._listen()
        self._set_state("recording")

    def stop(self) -> None:
        """Stop, then attach the recording to its interview (off the GUI thread)."""
        if self.state not in ("recording", "paused", "starting") or self.writer is None:
            return
        self._close_source()
        writer, self.writer = self.writer, None
        self._timer.stop()
        self._level = 0.0
        self.signal = "idle"
        self.level.show_status("idle", 0.0)
        self._set_state("finishing")
        self._say(self.tr("Saving the recording…"))
        store = self.store

        def finish(_control: TaskControl) -> RecordingOutcome:
            # A disk error while recording was already shown; attach what reached the disk.
            with contextlib.suppress(FieldkitError):
                writer.close()
            # Its file name and caption in the interface language.
            return finish_recording(store, writer.writer.folder, wording=say)

        operations_for(self, store).run_steps(
            finish,
            changes=lambda outcome: Changes.of(
                audio=outcome.interview_id if outcome.status == "attached" else None
            ),
            on_done=self._on_finished,
            on_failed=self._on_finish_failed,
            owner=self,
        )

    def _on_finished(self, outcome: RecordingOutcome) -> None:
        self.last_outcome = outcome
        self._set_state("idle")
        if outcome.status == "attached" and outcome.attachment_id is not None:
            self._say(
                self.tr("Recording saved (%1) and attached to this interview.").replace(
                    "%1", clock(outcome.duration_ms)
                )
            )
            self.recording_attached.emit(outcome.attachment_id)
        elif outcome.status == "empty":
            self._say(self.tr("Nothing was recorded."))
        else:
            self._say(self.tr("The recording was not attached; see the message."))
            inform(self, self.tr("Recording not attached"), say(describe(outcome, tz=self.tz)))

    def _on_finish_failed(self, exc: BaseException) -> None:
        self._set_state("idle")
        self._say(self.tr("The recording is kept and will be attached at the next start."))
        show_error(self, self.tr("Recording not attached yet"), exc)

    def shutdown(self) -> None:
        """The app quits: close the last segment now; the next start attaches the recording."""
        self._close_source()
        self._timer.stop()
        if self.writer is not None:
            writer, self.writer = self.writer, None
            with contextlib.suppress(Exception):  # quitting: recovered at the next start anyway
                writer.close(timeout=10.0)
        self._set_state("idle")

    def _close_source(self) -> None:
        if self._source is not None:
            self._on_ready_read()  # the last chunk the device delivered
            self._source.stop()
            self._source.deleteLater()
        self._source = None
        self._io = None

    @Slot(QtAudio.State)  # declared: without it PySide6 6.11 cannot convert QAudio::State
    def _on_source_state(self, _state: QtAudio.State) -> None:
        source = self._source
        if source is None or self.state not in ("recording", "paused"):
            return
        if source.error() != QtAudio.Error.NoError:
            self._say(self.tr("The microphone stopped working; the recording so far is saved."))
            self.stop()

    # --- is sound arriving? ----------------------------------------------------------------

    def _listen(self) -> None:
        """(Re)start watching for sound: nothing is called "Recording…" before sound comes."""
        self.watch.reset()
        self.signal = "waiting"
        self.level.show_status("waiting", 0.0)
        self._say(self.tr("Waiting for sound from the microphone…"))

    def _check_signal(self) -> None:
        if self.state != "recording":
            return
        status = self.watch.status()
        self.level.show_status(status, self._level)
        if status == self.signal:
            return
        before, self.signal = self.signal, status
        if status == "none":
            name = self.device_box.currentText()
            self._say(
                self.tr("No sound is coming from %1: nothing is being recorded!").replace(
                    "%1", name
                ),
                self.tr(
                    "No sound has reached fieldkit from %1 for a few seconds, so nothing is "
                    "being recorded. Check that it is plugged in and switched on, or choose "
                    "another microphone in the list. What was recorded before is saved."
                ).replace("%1", name),
                alarm=True,
            )
        elif before in ("waiting", "none"):
            self._say(self.tr("Recording… saved to disk every few seconds."))
        self._update_buttons()

    def _on_device_chosen(self, _index: int) -> None:
        """Another microphone chosen while none delivered sound: go on recording from it."""
        if self.state != "recording" or self.audio is None:
            return
        device = self.selected_device()
        if device is None:
            return
        if not device.isFormatSupported(qt_format(self.audio)):
            self._say(
                self.tr(
                    "%1 cannot record in this recording's format: stop, then record again."
                ).replace("%1", device.description()),
                alarm=True,
            )
            return
        self._close_source()
        if self._open_source(device, self.audio):
            self._listen()
            self._update_buttons()

    # --- display --------------------------------------------------------------------------

    def elapsed_ms(self) -> int:
        return self._frames * 1000 // self.audio.sample_rate if self.audio else 0

    def _on_tick(self) -> None:
        self.elapsed.setText(clock(self.elapsed_ms()))
        self._check_signal()
        self._level *= 0.6  # the meter falls back between peaks
        if self.writer is not None and self.writer.error is not None:
            error = self.writer.error
            self._say(self.tr("Recording stopped: %1").replace("%1", error_text(error)))
            self.stop()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_buttons()
        self.state_changed.emit(state)

    def _update_buttons(self) -> None:
        has_device = bool(self.devices())
        idle = self.state == "idle"
        # While no sound arrives, another microphone can be chosen without stopping.
        stalled = self.state == "recording" and self.signal == "none"
        self.device_box.setEnabled((idle or stalled) and has_device)
        self.record_button.setEnabled(idle and has_device and self.interview_id is not None)
        self.pause_button.setEnabled(self.state in ("recording", "paused"))
        self.pause_button.setText(self.tr("Resume") if self.state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(self.state in ("recording", "paused"))
        if idle:
            self.elapsed.setText(clock(0))
        # The meter has nothing to show before a recording starts: its room goes to the line
        # beside it ("Connect a microphone."), which longer translations need.
        self.level.setVisible(not idle)

    def _say(self, text: str, detail: str = "", *, alarm: bool = False) -> None:
        """A line beside the controls (elided when narrow); ``detail`` or the line as tooltip;
        an ``alarm`` in white on red, for what the researcher must not miss."""
        self.message.setText(text)
        self.message.setToolTip(detail or text)
        style = ALARM_STYLE if alarm else ""
        if self.message.styleSheet() != style:  # restyling costs: only when it changes
            self.message.setStyleSheet(style)

    def _say_no_microphone(self) -> None:
        self._say(
            self.tr("Connect a microphone."),
            self.tr("No microphone found: connect one, or switch it on, to record."),
        )


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning that does not block (the recorder and the app keep running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


__all__ = ["AudioRecorder", "choose_format", "clock", "inform", "peak_level"]
