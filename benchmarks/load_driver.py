"""bench_load.py's timed part: many laptops syncing, as fieldkit's client does, on one event loop.

A laptop's sync round is what ``fieldkit.sync.client.sync`` sends: ``POST /sync`` (its changes
and its pull cursor, zstd) and more while the reply says ``more``; its photo through the media
endpoints (``POST /uploads``, ``PUT /uploads/ID``) when the server says it lacks it; then the
teammates' photos it pulled records of: ``POST /blobs/missing`` and a ``GET /blobs/SHA`` for
each one the server has, with a Range header as the client sends (one not uploaded yet is asked
for again at the next round).

Two rhythms:

- ``burst``: every laptop starts within ``spread`` seconds and runs its rounds with pauses of
  up to ``spread`` seconds. With a spread of 1 s all laptops sync at the same moment: a worst
  case no automatic sync produces (a team told to press Sync now together).
- ``app``: the desktop app's automatic sync (``fieldkit/ui/sync/sync_controller.py``): the
  local status is polled every POLL_MS, a sync starts SETTLE_S after the poll that saw the last
  edit (later edits restart that wait), and a laptop that has not synced for RECHECK_S probes
  the server (``GET /health``) and syncs. Each laptop's researcher edits again ``edit_every``
  seconds after each sync on average (exponentially distributed; 0: at once, the busiest
  rhythm automatic sync has: a sync every 20 to 25 s); each laptop starts at a random moment of
  its cycle, and its recheck is jittered by ±RECHECK_JITTER as the app's server monitor does.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import zstandard

from benchmarks.load_laptops import Laptop, Round
from fieldkit.sync import codec
from fieldkit.ui.sync.server_monitor import RECHECK_JITTER
from fieldkit.ui.sync.sync_controller import POLL_MS, RECHECK_S, SETTLE_S

PULL_BYTES = 16 * 1024 * 1024  # what the client asks for (transport.DEFAULT_MAX_BYTES)
POLL_S = POLL_MS / 1000


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    pushed: int = 0
    pulled: int = 0
    uploads: int = 0
    downloads: int = 0
    rounds: int = 0  # sync rounds (a laptop's whole sync: its requests one after another)
    round_seconds: list[float] = field(default_factory=list)
    skipped: int = 0  # burst rounds not started before the time bound

    def took(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)


_PACK = zstandard.ZstdCompressor(level=3)  # the client's cost; the server reads any level
_UNPACK = zstandard.ZstdDecompressor()


@dataclass
class Reply:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Connection:
    """One laptop's requests: plain HTTP/1.1 over asyncio streams, a new connection each time
    (as fieldkit's client, urllib, makes them). httpx cost the driver ten times more CPU per
    request, and on a shared machine the driver's CPU is the server's latency."""

    def __init__(self, url: str, token: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.fixed = (
            f"Host: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
            "Accept-Encoding: zstd, gzip\r\nConnection: close\r\n"
        )

    async def request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            head = f"{method} {path} HTTP/1.1\r\n{self.fixed}{extra}Content-Length: {len(body)}"
            writer.write(head.encode() + b"\r\n\r\n" + body)
            await writer.drain()
            status = int((await reader.readline()).split()[1])
            found: dict[str, str] = {}
            while (line := await reader.readline()) not in (b"\r\n", b""):
                key, _, value = line.decode("latin-1").partition(":")
                found[key.strip().lower()] = value.strip()
            length = found.get("content-length")
            data = await (reader.readexactly(int(length)) if length else reader.read())
        finally:
            writer.close()
        if found.get("content-encoding") == "zstd":
            data = _UNPACK.decompressobj().decompress(data)
        return Reply(status, data)


async def _call(
    conn: Connection,
    results: Results,
    kind: str,
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> Reply | None:
    started = time.perf_counter()
    try:
        reply = await asyncio.wait_for(conn.request(method, path, body, headers or {}), 120)
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
        results.errors[f"{kind}: {type(exc).__name__} {exc}"[:120]] += 1
        return None
    results.took(kind, time.perf_counter() - started)
    if reply.status >= 400:
        results.errors[f"{kind}: HTTP {reply.status}"] += 1
        return None
    return reply


_SYNC_HEADERS = {"Content-Encoding": "zstd", "Content-Type": "application/json"}
_JSON = {"Content-Type": "application/json"}


async def sync_round(conn: Connection, laptop: Laptop, work: Round | None, r: Results) -> None:
    """One sync as the client makes it: push ``work`` (None: nothing new) and pull, media."""
    started = time.perf_counter()
    after = laptop.pushed_seq or None
    last = laptop.pushed_seq + (1 if work else 0)
    push: codec.RawJson | list[Any] = codec.RawJson(work.body_push) if work else []
    missing: set[str] = set()
    while True:
        part: dict[str, Any] = {"study_id": laptop.study_id, "pull_cursor": laptop.cursor}
        if work is not None:
            part.update(push_last_seq=last, push_after_seq=after, push=push)
        request = {"device_id": laptop.device_id, "max_bytes": PULL_BYTES, "studies": [part]}
        body = _PACK.compress(codec.dump_json(request))
        reply = await _call(conn, r, "sync", "POST", "/api/v1/sync", body, _SYNC_HEADERS)
        if reply is None:
            return
        data = reply.json()
        study = data["studies"][0]
        if work is not None and push and study["ack_seq"] >= last:
            laptop.pushed_seq = last
            laptop.acked.extend(work.keys)
            r.pushed += len(work.keys)
            push, after = [], None
        r.pulled += len(study["changes"])
        laptop.lacking.update(_photos_in(study["changes"]))
        laptop.cursor = study["cursor"]
        missing |= set((data.get("missing_blobs") or {}).get(laptop.study_id, []))
        if not study["more"]:
            break
    if work is not None and work.photo_sha in missing:
        await _upload(conn, laptop, work, r)
    if laptop.lacking:
        await _download(conn, laptop, r)
    r.rounds += 1
    r.round_seconds.append(time.perf_counter() - started)


def _photos_in(changes: list[Any]) -> dict[str, int]:
    found = {}
    for change in changes:
        if isinstance(change, str):
            change = json.loads(change)
        values = change.get("values") or {}
        if change.get("entity") == "attachments" and values.get("sha256"):
            found[values["sha256"]] = int(values["size"])
    return found


async def _upload(conn: Connection, laptop: Laptop, work: Round, r: Results) -> None:
    photo = laptop.photo_of(work)
    size = len(photo)
    ask = {"study_id": laptop.study_id, "sha256": work.photo_sha, "size": size}
    started = await _call(conn, r, "upload", "POST", "/api/v1/uploads", codec.dump_json(ask), _JSON)
    if started is None or started.json()["complete"]:
        return
    path = f"/api/v1/uploads/{started.json()['upload_id']}"
    chunk = {"Content-Range": f"bytes 0-{size - 1}/{size}"}
    done = await _call(conn, r, "upload", "PUT", path, photo, chunk)
    if done is not None and done.json()["complete"]:
        r.uploads += 1


async def _download(conn: Connection, laptop: Laptop, r: Results) -> None:
    ask = {"study_id": laptop.study_id, "hashes": sorted(laptop.lacking)}
    reply = await _call(
        conn, r, "download", "POST", "/api/v1/blobs/missing", codec.dump_json(ask), _JSON
    )
    if reply is None:
        return
    absent = set(reply.json()["missing"])
    for sha, size in sorted(laptop.lacking.items()):
        if sha in absent:
            continue
        path = f"/api/v1/blobs/{sha}?study={laptop.study_id}"
        # One range, as the client asks for a file of less than one chunk (256 KiB).
        got = await _call(conn, r, "download", "GET", path, b"", {"Range": f"bytes=0-{size - 1}"})
        if got is not None and len(got.body) == size:
            del laptop.lacking[sha]
            r.downloads += 1


async def _burst_laptop(
    url: str, laptop: Laptop, r: Results, deadline: float, spread: float
) -> None:
    rng = random.Random(laptop.index)
    conn = Connection(url, laptop.token)
    await asyncio.sleep(rng.random() * spread)
    for work in laptop.rounds:
        if time.monotonic() > deadline:
            r.skipped += 1
            continue
        await sync_round(conn, laptop, work, r)
        await asyncio.sleep(rng.random() * spread)


async def _app_laptop(
    url: str, laptop: Laptop, r: Results, deadline: float, edit_every: float
) -> None:
    rng = random.Random(laptop.index)
    conn = Connection(url, laptop.token)
    rounds = iter(laptop.rounds)
    # Somewhere in its cycle when the run starts: an edit made, its sync due within a cycle.
    wait = rng.random() * (SETTLE_S + POLL_S)
    edited = True
    while time.monotonic() + wait < deadline:
        await asyncio.sleep(wait)
        if edited:
            await sync_round(conn, laptop, next(rounds, None), r)
        else:  # the recheck: a probe, then a sync with nothing to send (it pulls)
            if await _call(conn, r, "health", "GET", "/api/v1/health") is not None:
                await sync_round(conn, laptop, None, r)
        quiet = rng.expovariate(1 / edit_every) if edit_every > 0 else 0.0
        edited = quiet + POLL_S + SETTLE_S < RECHECK_S
        # The poll sees the edit within POLL_S; the sync follows SETTLE_S after that poll.
        recheck = RECHECK_S * rng.uniform(1 - RECHECK_JITTER, 1 + RECHECK_JITTER)
        wait = quiet + rng.random() * POLL_S + SETTLE_S if edited else recheck


def rounds_needed(cadence: str, seconds: float, rounds: int) -> int:
    """Rounds of field work to prepare per laptop."""
    return rounds if cadence == "burst" else int(seconds / SETTLE_S) + 2


async def drive(
    url: str,
    laptops: list[Laptop],
    *,
    cadence: str,
    seconds: float,
    spread: float,
    edit_every: float,
) -> Results:
    results = Results()
    deadline = time.monotonic() + seconds
    if cadence == "burst":
        runs = [_burst_laptop(url, laptop, results, deadline, spread) for laptop in laptops]
    else:
        runs = [_app_laptop(url, laptop, results, deadline, edit_every) for laptop in laptops]
    await asyncio.gather(*runs)
    return results


__all__ = ["Results", "drive", "rounds_needed", "sync_round"]
