"""A fault-injecting TCP proxy for tests and benchmarks: a bad link between client and server.

It listens on a loopback port and forwards every connection to ``target_port``. Two kinds of
trouble:

- *Shaping*, on every connection: ``bandwidth_bps`` (bytes per second, each direction on its
  own, shared by all connections like one link) and ``latency_s`` (one-way delay added to each
  direction, so a round trip gains ``2 * latency_s``; a 600 ms RTT link is ``latency_s=0.3``)::

      with FaultProxy(server_port, bandwidth_bps=50_000, latency_s=0.3) as proxy:
          sync(store, server_url=f"http://127.0.0.1:{proxy.port}", ...)

- *Faults*, each for one upcoming connection (in the order scheduled), or at random:
  ``reset_request_after(n)`` / ``reset_reply_after(n)`` (a TCP reset once ``n`` bytes went
  that way), ``truncate_request(n)`` / ``truncate_reply(n)`` (``n`` bytes, then an orderly
  close: a body cut short), ``delay(s)`` (hold the connection ``s`` seconds first), ``refuse()``
  (close at once, as a server that is down), ``random_faults(p, seed)`` (each connection gets a
  random one of these with probability ``p``), ``clear()``.

The proxy runs an asyncio loop in a daemon thread; ``start()``/``stop()`` or ``with``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field

CHUNK = 4096


@dataclass(frozen=True)
class Fault:
    """What happens to one connection: ``kind`` is one of KINDS; ``arg`` bytes or seconds."""

    kind: str
    arg: float = 0

    KINDS = (
        "reset_request",
        "reset_reply",
        "truncate_request",
        "truncate_reply",
        "delay",
        "refuse",
    )


@dataclass
class ProxyStats:
    connections: int = 0
    bytes_up: int = 0  # client -> server
    bytes_down: int = 0  # server -> client
    faults: list[str] = field(default_factory=list)  # fired, in order


class _Pacer:
    """One direction of the link: bandwidth shared by all connections (a token bucket)."""

    def __init__(self, bandwidth_bps: float | None) -> None:
        self.bandwidth_bps = bandwidth_bps
        self.free_at = 0.0
        self.lock = asyncio.Lock()

    async def pace(self, n: int) -> None:
        if not self.bandwidth_bps:
            return
        async with self.lock:
            now = time.monotonic()
            start = max(now, self.free_at)
            self.free_at = start + n / self.bandwidth_bps
            wait = self.free_at - now
        if wait > 0:
            await asyncio.sleep(wait)


class _Cut(Exception):
    """A fault fired on this connection."""


class FaultProxy:
    def __init__(
        self,
        target_port: int,
        *,
        target_host: str = "127.0.0.1",
        bandwidth_bps: float | None = None,
        latency_s: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.target_host = target_host
        self.target_port = target_port
        self.bandwidth_bps = bandwidth_bps
        self.latency_s = latency_s
        self.host = host
        self.port = port
        self.stats = ProxyStats()
        self._faults: deque[Fault] = deque()
        self._random: tuple[float, random.Random] | None = None
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # one per connection
        self._pipes: set[asyncio.Future[None]] = set()  # two per connection
        self._closing = False

    # --- life -------------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._server = self._loop.run_until_complete(
                asyncio.start_server(self._handle, self.host, self.port)
            )
            self.port = int(self._server.sockets[0].getsockname()[1])
            self._up = _Pacer(self.bandwidth_bps)
            self._down = _Pacer(self.bandwidth_bps)
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            # Cancel the copying, then wait for each connection's task to close its sockets and
            # end normally. (Python 3.11's start_server callback calls exception() on the
            # task it started: a task that ends cancelled prints a CancelledError traceback.)
            self._closing = True
            if self._server is not None:
                self._server.close()
            for pipe in list(self._pipes):
                pipe.cancel()
            handlers = list(self._tasks)
            if handlers:
                _, pending = await asyncio.wait(handlers, timeout=5)
                for task in pending:  # still connecting or in a delay fault
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
            if self._server is not None:
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
        self._loop = self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- faults ---------------------------------------------------------------------------

    def schedule(self, fault: Fault) -> None:
        if fault.kind not in Fault.KINDS:
            raise ValueError(f"unknown fault {fault.kind!r}")
        with self._lock:
            self._faults.append(fault)

    def reset_request_after(self, n_bytes: int) -> None:
        self.schedule(Fault("reset_request", n_bytes))

    def reset_reply_after(self, n_bytes: int) -> None:
        self.schedule(Fault("reset_reply", n_bytes))

    def truncate_request(self, n_bytes: int) -> None:
        self.schedule(Fault("truncate_request", n_bytes))

    def truncate_reply(self, n_bytes: int) -> None:
        self.schedule(Fault("truncate_reply", n_bytes))

    def delay(self, seconds: float) -> None:
        self.schedule(Fault("delay", seconds))

    def refuse(self) -> None:
        self.schedule(Fault("refuse"))

    def random_faults(
        self, probability: float, *, seed: int = 0, max_bytes: int = 6000, max_delay: float = 0.2
    ) -> None:
        """From now on each connection meets a random fault with ``probability``."""
        with self._lock:
            self._random = (probability, random.Random(seed))
            self._max_bytes, self._max_delay = max_bytes, max_delay

    def clear(self) -> None:
        """No more faults (scheduled or random); shaping stays."""
        with self._lock:
            self._faults.clear()
            self._random = None

    def _next_fault(self) -> Fault | None:
        with self._lock:
            if self._faults:
                return self._faults.popleft()
            if self._random is None:
                return None
            probability, rng = self._random
            if rng.random() >= probability:
                return None
            kind = rng.choice(Fault.KINDS)
            if kind == "delay":
                return Fault(kind, rng.uniform(0, self._max_delay))
            return Fault(kind, rng.randint(0, self._max_bytes))

    # --- forwarding -----------------------------------------------------------------------

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        self.stats.connections += 1
        fault = self._next_fault()
        upstream_w: asyncio.StreamWriter | None = None
        pipes: list[asyncio.Future[None]] = []
        try:
            if fault is not None and fault.kind == "refuse":
                self.stats.faults.append("refuse")
                _reset(client_w)
                return
            if fault is not None and fault.kind == "delay":
                self.stats.faults.append(f"delay {fault.arg:.2f}s")
                await asyncio.sleep(fault.arg)
            try:
                upstream_r, upstream_w = await asyncio.open_connection(
                    self.target_host, self.target_port
                )
            except OSError:
                _reset(client_w)  # the server is down: the client sees a closed connection
                return
            pipes = [
                asyncio.ensure_future(self._pipe(client_r, upstream_w, self._up, "request", fault)),
                asyncio.ensure_future(self._pipe(upstream_r, client_w, self._down, "reply", fault)),
            ]
            self._pipes.update(pipes)
            done, _ = await asyncio.wait(pipes, return_when=asyncio.FIRST_EXCEPTION)
            cut = next(
                (
                    d.exception()
                    for d in done
                    if not d.cancelled() and isinstance(d.exception(), _Cut)
                ),
                None,
            )
            if cut is not None:
                kind = str(cut)
                if kind.startswith("reset"):
                    _reset(client_w)
                    _reset(upstream_w)
                else:
                    _close(client_w)
                    _reset(upstream_w)
        except (OSError, asyncio.IncompleteReadError):
            _reset(client_w)
            if upstream_w is not None:
                _reset(upstream_w)
        except asyncio.CancelledError:
            if not self._closing:
                raise
            # stop() cancelled a connection not yet copying: it ends here, normally.
        finally:
            for pipe in pipes:
                pipe.cancel()
            await asyncio.gather(*pipes, return_exceptions=True)
            self._pipes.difference_update(pipes)
            _close(client_w)
            if upstream_w is not None:
                _close(upstream_w)
            self._tasks.discard(task)  # type: ignore[arg-type]

    async def _pipe(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        pacer: _Pacer,
        direction: str,
        fault: Fault | None,
    ) -> None:
        """Copy one direction, with latency, bandwidth and this connection's fault."""
        limit: int | None = None
        if fault is not None and fault.kind.endswith(direction):
            limit = int(fault.arg)
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def read() -> None:
            while True:
                data = await reader.read(CHUNK)
                await queue.put((time.monotonic(), data))
                if not data:
                    return

        reading = asyncio.ensure_future(read())
        sent = 0
        try:
            while True:
                arrived, data = await queue.get()
                if self.latency_s:
                    wait = arrived + self.latency_s - time.monotonic()
                    if wait > 0:
                        await asyncio.sleep(wait)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                if limit is not None and sent + len(data) >= limit:
                    data = data[: limit - sent]
                    await self._write(writer, pacer, data, direction)
                    assert fault is not None
                    self.stats.faults.append(f"{fault.kind} at {limit}")
                    raise _Cut(fault.kind)
                await self._write(writer, pacer, data, direction)
                sent += len(data)
        finally:
            reading.cancel()
            await asyncio.gather(reading, return_exceptions=True)

    async def _write(
        self, writer: asyncio.StreamWriter, pacer: _Pacer, data: bytes, direction: str
    ) -> None:
        if not data:
            return
        await pacer.pace(len(data))
        writer.write(data)
        await writer.drain()
        if direction == "request":
            self.stats.bytes_up += len(data)
        else:
            self.stats.bytes_down += len(data)


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST (SO_LINGER 0), as a dropped link or a crashed peer does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def _close(writer: asyncio.StreamWriter) -> None:
    if not writer.transport.is_closing():
        writer.close()


__all__ = ["Fault", "FaultProxy", "ProxyStats"]
