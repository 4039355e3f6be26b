"""Play a 441 Hz tone into a PulseAudio sink forever (until killed), through libpulse-simple.

Used by test_audio_device.py: the tone goes into a null sink whose monitor is remapped as the
test's "microphone", so the recorder captures a real, real-time audio stream.
``python pulse_tone.py SINK`` with ``PULSE_SERVER`` set.
"""

from __future__ import annotations

import ctypes
import math
import struct
import sys

RATE = 44_100
FREQUENCY = 441  # whole periods in every 0.1 s block
PA_SAMPLE_S16LE = 3
PA_STREAM_PLAYBACK = 1


class SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


def main() -> None:
    lib = ctypes.CDLL("libpulse-simple.so.0")
    lib.pa_simple_new.restype = ctypes.c_void_p
    spec = SampleSpec(PA_SAMPLE_S16LE, RATE, 1)
    error = ctypes.c_int()
    stream = lib.pa_simple_new(
        None,
        b"fieldkit-test",
        PA_STREAM_PLAYBACK,
        sys.argv[1].encode(),
        b"tone",
        ctypes.byref(spec),
        None,
        None,
        ctypes.byref(error),
    )
    if not stream:
        sys.exit(f"cannot play into {sys.argv[1]}: error {error.value}")
    block = b"".join(
        struct.pack("<h", int(16_000 * math.sin(2 * math.pi * FREQUENCY * i / RATE)))
        for i in range(RATE // 10)
    )
    while lib.pa_simple_write(ctypes.c_void_p(stream), block, len(block), ctypes.byref(error)) >= 0:
        pass
    sys.exit(f"playing stopped: error {error.value}")


if __name__ == "__main__":
    main()
