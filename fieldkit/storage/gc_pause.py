"""Pausing Python's cyclic garbage collector while many acyclic objects are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large, acyclic structures.

    Loading 100,000 rows for an export, or decoding and applying a pulled batch of 10,000
    changes, makes the collector walk every object of the process again and again (a tenth of
    applying such a batch); nothing made there is cyclic garbage. Keep the pause to CPU work:
    the collector is the whole process's, the GUI thread's included.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


__all__ = ["paused_gc"]
