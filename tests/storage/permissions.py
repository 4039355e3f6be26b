"""Make folder permissions bite even when the tests run as root.

Root ignores ``chmod 0o500`` because it holds CAP_DAC_OVERRIDE (and CAP_DAC_READ_SEARCH). Inside
:func:`permissions_enforced` this thread drops those two capabilities from its *effective* set
(they stay *permitted*, so they are restored on exit): the kernel then checks the folder's mode
bits for root as for anyone, so a chmod-ed folder is really read-only. Not a mock: the writes
really fail with EACCES. For a non-root user the mode bits apply anyway and nothing is changed.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

_CAPABILITY_VERSION_3 = 0x20080522
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


@contextmanager
def permissions_enforced() -> Iterator[None]:
    if os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)
    data = (_Data * 2)()
    if libc.capget(ctypes.byref(_Header(_CAPABILITY_VERSION_3, 0)), data) != 0:
        pytest.skip("cannot read this process's capabilities (capget failed)")
    saved = data[0].effective
    data[0].effective = saved & ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(_Header(_CAPABILITY_VERSION_3, 0)), data) != 0:
        pytest.skip("cannot drop CAP_DAC_OVERRIDE, so root would ignore folder permissions")
    try:
        yield
    finally:
        data[0].effective = saved
        if libc.capset(ctypes.byref(_Header(_CAPABILITY_VERSION_3, 0)), data) != 0:
            raise RuntimeError("could not restore this process's capabilities")


@contextmanager
def read_only_folder(path: os.PathLike[str]) -> Iterator[None]:
    """``path`` chmod-ed to 0o500 (r-x), really enforced; its mode is restored afterwards."""
    before = os.stat(path).st_mode & 0o7777
    os.chmod(path, 0o500)
    try:
        with permissions_enforced():
            yield
    finally:
        os.chmod(path, before)
