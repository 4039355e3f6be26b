"""Keep Qt's media backend from ever waiting for Python's GIL (it deadlocked the player).

The deadlock (PySide6 6.11, FFmpeg backend): the backend's thread deletes its objects, and
a destructor disconnects from our ``QAudioOutput``: Qt calls ``disconnectNotify`` on it while
holding one of its signal-slot mutexes. A ``QAudioOutput`` made in Python is a PySide wrapper
subclass, which takes the GIL to look for a Python override. If the GUI thread holds the GIL
at that moment and waits for the same mutex (``player.stop()`` from Python, or any connect or
disconnect: a combo box being built), neither thread can go on: the app freezes.

Two layers (stress test: ``tests/ui/player_stress.py``, 300 iterations a run):

* ``settle_notify_overrides`` removes the cause: the wrapper remembers, per object, that there
  is no Python override once it has looked; asked on the GUI thread right after creation, the
  backend's thread never needs the GIL for ``connectNotify``/``disconnectNotify`` on that
  object (checked in gdb: no GIL taken off the GUI thread). Alone: 10 of 10 runs finished.
* The blocking player calls (stop, play, pause, seek, speed, source) go through
  ``QMetaObject.invokeMethod`` with a direct connection, which PySide runs with the GIL
  released: synchronous and in order, like the plain call. Alone it only narrows the window
  (about 1 run in 10 still hung, in a combo box's connect): it is the second layer, for
  threads we do not know of.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QBuffer, QByteArray, QIODevice, QMetaObject, QObject, Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer

_DIRECT = Qt.ConnectionType.DirectConnection


def _invoke(target: QObject, method: str, *args: object) -> None:
    if not QMetaObject.invokeMethod(target, method, _DIRECT, *args):  # type: ignore[call-overload]
        raise RuntimeError(f"{type(target).__name__} has no invokable {method}()")


def settle_notify_overrides(obj: QObject) -> None:
    """Make ``obj``'s PySide wrapper answer "no Python override" without taking the GIL.

    The wrapper looks for a Python ``connectNotify``/``disconnectNotify`` the first time Qt
    calls one, under the GIL, and remembers the answer. Asking once here, on the GUI thread,
    means the backend's thread never needs the GIL when it disconnects from ``obj``.
    """

    def nothing() -> None:
        return None

    obj.destroyed.connect(nothing)  # connectNotify: looked up and remembered
    obj.destroyed.disconnect(nothing)  # disconnectNotify: the same


def play(player: QMediaPlayer) -> None:
    _invoke(player, "play")


def pause(player: QMediaPlayer) -> None:
    _invoke(player, "pause")


def stop(player: QMediaPlayer) -> None:
    _invoke(player, "stop")


def set_position(player: QMediaPlayer, ms: int) -> None:
    _invoke(player, "setPosition", Q_ARG("qlonglong", int(ms)))


def set_playback_rate(player: QMediaPlayer, rate: float) -> None:
    _invoke(player, "setPlaybackRate", Q_ARG(float, float(rate)))


def set_source(player: QMediaPlayer, url: QUrl) -> None:
    _invoke(player, "setSource", Q_ARG(QUrl, url))


def set_source_buffer(player: QMediaPlayer, data: bytes, name: str) -> QBuffer:
    """Play ``data`` (a recording decrypted in memory) from a QBuffer; returns the buffer,
    which the caller keeps alive until another source replaces it.

    ``invokeMethod`` cannot pass a ``QIODevice*`` from Python, so this calls the player
    directly; the buffer's virtual calls (read, seek, size…) are each made once here, on the
    GUI thread, so its wrapper has remembered "no Python override" before the backend's
    thread reads from it and never needs the GIL for them.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    for call in (buffer.size, buffer.isSequential, buffer.atEnd, buffer.bytesAvailable):
        call()
    buffer.read(1)
    buffer.seek(0)
    settle_notify_overrides(buffer)
    player.setSourceDevice(buffer, QUrl(name))
    return buffer


def release(player: QMediaPlayer) -> None:
    """Stop and drop the source: the backend's engine and threads are torn down, GIL-free.

    Call before the player is deleted from Python (where the deletion would hold the GIL).
    """
    stop(player)
    set_source(player, QUrl())


__all__ = [
    "pause",
    "play",
    "release",
    "set_playback_rate",
    "set_position",
    "set_source",
    "set_source_buffer",
    "settle_notify_overrides",
    "stop",
]
