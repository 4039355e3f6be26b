"""Record an interview: input device, start / pause / resume / stop, level and elapsed time.

The microphone is read in small chunks as Qt's audio source signals ``readyRead`` (about
every 20–50 ms); each chunk is measured for the level meter and queued to a
:class:`~fieldkit.storage.recording.BackgroundWriter`, which writes WAV segments on its own
thread. The GUI thread never waits on the disk: creating the recording folder, the final
segment and attaching the recording all run through :func:`fieldkit.ui.worker.run_task`.

If fieldkit is killed or the power fails mid-recording, what was captured stays in the data
folder and :mod:`fieldkit.ui.recording_recovery` attaches it at the next start. Quitting the
app while recording closes the last segment the same way (it is attached at the next start).
"""

from __future__ import annotations

import contextlib
from array import array
from typing import Any

from PySide6.QtCore import QCoreApplication, QIODevice, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
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
from fieldkit.ui.changes import Changes
from fieldkit.ui.elided import ElidedComboBox, ElidedLabel
from fieldkit.ui.operations import operations_for
from fieldkit.ui.time_marks import clock
from fieldkit.ui.worker import TaskControl, run_task, show_error

# Rates tried, best first, when the device does not take its own preferred one as 16-bit.
_RATES = (48_000, 44_100, 32_000, 22_050, 16_000)
SEGMENT_SECONDS = 3.0
TICK_MS = 100


def peak_level(pcm: bytes, sample_width: int) -> float:
    """The loudest sample of a chunk, 0.0–1.0 (16-bit PCM; other widths report 0)."""
    if sample_width != 2 or len(pcm) < 2:
        return 0.0
    samples = array("h", pcm[: len(pcm) - len(pcm) % 2])
    if len(samples) > 4096:
        samples = samples[:: len(samples) // 2048]  # enough for a meter, cheap for long chunks
    return min(1.0, max(max(samples), -min(samples)) / 32768)


class AudioRecorder(QWidget):
    """The recording strip of the interview editor."""

    # The attachment id, once a recording is attached to its interview.
    recording_attached = Signal(str)
    state_changed = Signal(str)  # "idle", "starting", "recording", "paused", "finishing"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        self.record_button = QPushButton(self.tr("● Record"))
        self.record_button.setAccessibleName(self.tr("Start recording"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume recording"))
        self.stop_button = QPushButton(self.tr("■ Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop recording"))
        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setFixedHeight(10)
        self.level.setMinimumWidth(60)
        self.level.setAccessibleName(self.tr("Input level"))
        self.caption = QLabel(self.tr("Record:"))
        self.elapsed = QLabel(clock(0))
        self.elapsed.setAccessibleName(self.tr("Recording time"))
        self.message = ElidedLabel()  # elided when narrow; the tooltip has all of it
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._layout()
        self.record_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
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
        from fieldkit.ui import consent_check  # written beside this module; imported late

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
            self._set_state("recording")
            self._say(self.tr("Recording… saved to disk every few seconds."))
            self._timer.start()

        def failed(exc: BaseException) -> None:
            self._set_state("idle")
            show_error(self, self.tr("Cannot start recording"), exc)

        run_task(open_folder, on_done=opened, on_failed=failed, parent=self)

    def _open_source(self, device: QAudioDevice, audio: AudioFormat) -> bool:
        fmt = _qt_format(audio)
        source = QAudioSource(device, fmt, self)
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
        self._level = max(self._level, peak_level(pcm, self.audio.sample_width))

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
        self._set_state("paused")
        self._say(self.tr("Paused. Everything recorded so far is saved."))

    def resume(self) -> None:
        if self.state != "paused":
            return
        if self._source is not None:
            self._source.resume()
        self._set_state("recording")
        self._say(self.tr("Recording…"))

    def stop(self) -> None:
        """Stop, then attach the recording to its interview (off the GUI thread)."""
        if self.state not in ("recording", "paused", "starting") or self.writer is None:
            return
        self._close_source()
        writer, self.writer = self.writer, None
        self._timer.stop()
        self._level = 0.0
        self.level.setValue(0)
        self._set_state("finishing")
        self._say(self.tr("Saving the recording…"))
        store = self.store

        def finish(_control: TaskControl) -> RecordingOutcome:
            # A disk error while recording was already shown; attach what reached the disk.
            with contextlib.suppress(FieldkitError):
                writer.close()
            return finish_recording(store, writer.writer.folder)

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
            inform(self, self.tr("Recording not attached"), describe(outcome))

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

    def _on_source_state(self, _state: object) -> None:
        source = self._source
        if source is None or self.state not in ("recording", "paused"):
            return
        if source.error() != QtAudio.Error.NoError:
            self._say(self.tr("The microphone stopped working; the recording so far is saved."))
            self.stop()

    # --- display --------------------------------------------------------------------------

    def elapsed_ms(self) -> int:
        return self._frames * 1000 // self.audio.sample_rate if self.audio else 0

    def _on_tick(self) -> None:
        self.elapsed.setText(clock(self.elapsed_ms()))
        self.level.setValue(int(self._level * 100))
        self._level *= 0.6  # the meter falls back between peaks
        if self.writer is not None and self.writer.error is not None:
            error = self.writer.error
            self._say(self.tr("Recording stopped: %1").replace("%1", str(error)))
            self.stop()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_buttons()
        self.state_changed.emit(state)

    def _update_buttons(self) -> None:
        has_device = bool(self.devices())
        idle = self.state == "idle"
        self.device_box.setEnabled(idle and has_device)
        self.record_button.setEnabled(idle and has_device and self.interview_id is not None)
        self.pause_button.setEnabled(self.state in ("recording", "paused"))
        self.pause_button.setText(self.tr("Resume") if self.state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(self.state in ("recording", "paused"))
        if idle:
            self.elapsed.setText(clock(0))

    def _say(self, text: str, detail: str = "") -> None:
        """A line beside the controls (elided when narrow); ``detail`` or the line as tooltip."""
        self.message.setText(text)
        self.message.setToolTip(detail or text)

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


def choose_format(device: QAudioDevice) -> AudioFormat | None:
    """16-bit PCM at the device's preferred rate and channels (mono or stereo) if it takes it,
    else the best rate it takes in mono; None when it takes no 16-bit format at all."""
    preferred = device.preferredFormat()
    channels = 2 if preferred.channelCount() >= 2 else 1
    candidates = [(preferred.sampleRate(), channels)] + [(r, 1) for r in _RATES]
    for rate, count in candidates:
        if rate <= 0:
            continue
        audio = AudioFormat(sample_rate=rate, channels=count, sample_width=2)
        if device.isFormatSupported(_qt_format(audio)):
            return audio
    return None


def _qt_format(audio: AudioFormat) -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(audio.sample_rate)
    fmt.setChannelCount(audio.channels)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


__all__ = ["AudioRecorder", "choose_format", "clock", "inform", "peak_level"]
