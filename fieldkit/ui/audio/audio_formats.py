"""The sound format a microphone records in, and how loud a chunk of it is."""

from __future__ import annotations

from array import array

from PySide6.QtMultimedia import QAudioDevice, QAudioFormat

from fieldkit.storage.recording import AudioFormat

# Rates tried, best first, when the device does not take its own preferred one as 16-bit.
_RATES = (48_000, 44_100, 32_000, 22_050, 16_000)


def peak_level(pcm: bytes, sample_width: int) -> float:
    """The loudest sample of a chunk, 0.0–1.0 (16-bit PCM; other widths report 0)."""
    if sample_width != 2 or len(pcm) < 2:
        return 0.0
    samples = array("h", pcm[: len(pcm) - len(pcm) % 2])
    if len(samples) > 4096:
        samples = samples[:: len(samples) // 2048]  # enough for a meter, cheap for long chunks
    return min(1.0, max(max(samples), -min(samples)) / 32768)


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
        if device.isFormatSupported(qt_format(audio)):
            return audio
    return None


def qt_format(audio: AudioFormat) -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(audio.sample_rate)
    fmt.setChannelCount(audio.channels)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


__all__ = ["choose_format", "peak_level", "qt_format"]
