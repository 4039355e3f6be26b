"""Hybrid logical clock stamps.

A stamp is (wall milliseconds, counter, device id). Its text form is fixed width, so stamps
compare correctly as strings, in SQL as well as in Python::

    0193a4c5e6f70000a1b2c3d4e5f60718
    └── wall ms ─┘└ctr┘└─── device ───┘

12 hex digits of wall time last until the year 10889; 4 hex digits of counter allow 65,536
events in one millisecond before the clock borrows the next millisecond; 16 hex digits of
device id make collisions between a team's laptops negligible.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from fieldkit.errors import ClockError, phrase

WALL_DIGITS = 12
COUNTER_DIGITS = 4
DEVICE_DIGITS = 16
MAX_COUNTER = 16**COUNTER_DIGITS - 1
STAMP_LENGTH = WALL_DIGITS + COUNTER_DIGITS + DEVICE_DIGITS
MAX_WALL_MS = 16**WALL_DIGITS - 1
_STAMP_RE = re.compile(rf"[0-9a-f]{{{STAMP_LENGTH}}}")
_DEVICE_RE = re.compile(rf"[0-9a-f]{{{DEVICE_DIGITS}}}")


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        if not (0 <= self.wall_ms <= MAX_WALL_MS and 0 <= self.counter <= MAX_COUNTER):
            raise ClockError(
                phrase(
                    "clock values out of range: {wall}, {counter}",
                    wall=str(self.wall_ms),
                    counter=str(self.counter),
                )
            )
        check_device_id(self.device)
        return f"{self.wall_ms:0{WALL_DIGITS}x}{self.counter:0{COUNTER_DIGITS}x}{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        check_stamp(text)
        wall = int(text[:WALL_DIGITS], 16)
        counter = int(text[WALL_DIGITS : WALL_DIGITS + COUNTER_DIGITS], 16)
        return cls(wall, counter, text[WALL_DIGITS + COUNTER_DIGITS :])

    def __str__(self) -> str:
        return self.encode()


def check_stamp(text: str) -> str:
    """``text`` if it is a stamp's text form, else ClockError (what ``Stamp.decode`` checks,
    without making the stamp: a pulled batch checks one per field)."""
    # fullmatch, not match: "$" would accept a trailing newline and keep it in the device.
    if not isinstance(text, str) or not _STAMP_RE.fullmatch(text):
        raise ClockError(phrase("not a clock stamp: {text}", text=repr(text)))
    return text


def check_device_id(device: str) -> str:
    if not isinstance(device, str) or not _DEVICE_RE.fullmatch(device):
        raise ClockError(
            phrase("not a device id (16 lowercase hex digits): {device}", device=repr(device))
        )
    return device


class HybridLogicalClock:
    """Issues strictly increasing stamps for one device.

    ``now()`` never goes backwards, even when the wall clock does (a laptop whose battery died
    and lost its date, an NTP correction). ``observe()`` merges a stamp received from another
    replica, so that every later local stamp orders after it. ``max_drift_ms`` refuses remote
    stamps too far ahead of our wall clock: one laptop with a wrong date must not drag every
    other clock into the future.
    """

    def __init__(
        self,
        device: str,
        *,
        last: Stamp | None = None,
        wall: Callable[[], int] = wall_clock_ms,
        max_drift_ms: int | None = None,
    ) -> None:
        self.device = check_device_id(device)
        self._wall = wall
        self._max_drift_ms = max_drift_ms
        self._last_wall = last.wall_ms if last else 0
        self._last_counter = last.counter if last else 0
        # Added to the wall clock: the server's time minus ours, learnt at each sync, so a
        # laptop with a wrong date still stamps its changes with (about) the team's time.
        self.offset_ms = 0

    @property
    def last(self) -> Stamp:
        return Stamp(self._last_wall, self._last_counter, self.device)

    def physical_ms(self) -> int:
        """This device's own wall clock, uncorrected (what the offset is measured against)."""
        return self._wall()

    def corrected_ms(self) -> int:
        return self._wall() + self.offset_ms

    def now(self) -> Stamp:
        physical = self.corrected_ms()
        if physical > self._last_wall:
            self._last_wall, self._last_counter = physical, 0
        else:
            self._advance_counter()
        return self.last

    def observe(self, remote: Stamp | str, *, max_drift_ms: int | None = None) -> Stamp:
        """Merge ``remote``; ``max_drift_ms`` overrides the clock's own limit for this call."""
        if isinstance(remote, str):
            remote = Stamp.decode(remote)
        physical = self.corrected_ms()
        drift = self._max_drift_ms if max_drift_ms is None else max_drift_ms
        if drift is not None and remote.wall_ms > physical + drift:
            raise ClockError(
                phrase(
                    "a stamp from device {device} is {seconds} s ahead of this clock",
                    device=remote.device,
                    seconds=round((remote.wall_ms - physical) / 1000),
                )
            )
        wall = max(self._last_wall, remote.wall_ms, physical)
        if wall == self._last_wall and wall == remote.wall_ms:
            counter = max(self._last_counter, remote.counter)
            self._last_wall, self._last_counter = wall, counter
            self._advance_counter()
        elif wall == self._last_wall:
            self._advance_counter()
        elif wall == remote.wall_ms:
            self._last_wall, self._last_counter = wall, remote.counter
            self._advance_counter()
        else:
            self._last_wall, self._last_counter = wall, 0
        return self.last

    def catch_up(self, stamp: Stamp) -> None:
        """Continue after ``stamp`` if it is later than ours (same device, another process)."""
        if (stamp.wall_ms, stamp.counter) > (self._last_wall, self._last_counter):
            self._last_wall, self._last_counter = stamp.wall_ms, stamp.counter

    def reset(self, last: Stamp) -> None:
        """Continue after ``last`` even if it is earlier than ours.

        Only for when this device's stamps after ``last`` were all rewritten (see
        ``fieldkit.storage.restamp``): the clock had run ahead on a wrong date.
        """
        self._last_wall, self._last_counter = last.wall_ms, last.counter

    def _advance_counter(self) -> None:
        if self._last_counter >= MAX_COUNTER:
            # Borrow the next millisecond rather than wrap: stamps must stay ordered.
            self._last_wall += 1
            self._last_counter = 0
        else:
            self._last_counter += 1
