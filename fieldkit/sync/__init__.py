"""Team sync: the client (``client.py``) and the central server (``server/``). No Qt here.

**The server is a store-and-forward relay, not a replica.** Per study it keeps an append-only
feed of the :class:`~fieldkit.storage.replication.RowChange` objects devices pushed
(study id, ``server_seq`` numbered 1, 2, 3... per study, origin device id, ``device_seq``, the
change as JSON).
It never merges rows: every client applies pulled changes with
``replication.apply_remote_changes``, whose per-field last-stamp-wins rule is deterministic and
commutative, so all replicas converge and each keeps its losing values in its conflicts table.

- *Push dedup*: the server keeps, per (device, study), the high-water mark of the device's
  change counter (``device_acks``). A push whose ``push_last_seq`` is at or below it is a replay
  and changes nothing; otherwise its changes are appended and the mark moves, in one
  transaction. The reply's ``ack_seq`` is the mark; the client moves its push cursor there.
- *Pull*: feed rows with ``server_seq`` above the client's cursor, excluding the puller's own
  device's rows, up to a byte budget, never cutting one push batch in two (a batch may refer to
  rows later in itself). The new cursor and ``more`` come back; the client applies the changes
  and moves both cursors in ONE local transaction.
- *Appends to one study are serialised*: a push locks the study's row (``SELECT ... FOR NO KEY
  UPDATE`` on PostgreSQL, the database write lock via ``BEGIN IMMEDIATE`` on SQLite) and numbers
  its changes after ``studies.last_seq``, so each feed is gap-free, feed order is commit order
  and a pull (which takes no lock) never skips a row that commits later with a lower
  ``server_seq``. Several workers or servers may share one PostgreSQL database.
- SQLAlchemy Core tables, so the same code runs on SQLite (default, WAL) and PostgreSQL
  (``--db postgresql+psycopg://...``); the few dialect-specific statements are in
  ``server/dialect.py``. Alembic migrations (``server/migrations``, ``server/migrate.py``) bring
  the database to head on ``init`` and ``serve``. One JSON (or text) log line per request
  (``server/request_log.py``, ``server/logs.py``), with a request id also sent back as
  ``X-Request-ID``.

**One round trip when nothing is big**: ``POST /api/v1/sync`` with
``{device_id, studies: [{study_id, pull_cursor, push: [RowChange...], push_last_seq}]}``;
reply ``{server_time_ms, memberships, studies: [{study_id, ack_seq, stored, changes, cursor,
more}]}``. Bodies are compressed both ways (``Content-Encoding: zstd`` when the zstandard module
is installed, else gzip), batches are bounded in bytes. The reply lists the user's studies, so
a study the user was added to is picked up by the next request of the same sync.

**Sizes** (measured by ``benchmarks/bench_sync.py``): batches default to 16 MiB of JSON each
way (``transport.DEFAULT_MAX_BYTES``; the server caps replies with ``max_pull_bytes``), so a
first sync of a 150,000-record study is about a dozen round trips and 1% of it, or a day's
work, one. zstd's level follows the body's size (``codec.zstd_level``: 19 up to 256 KiB, 12
up to 4 MiB, 9 for the big pages of a first sync, where a higher level would cost seconds of
CPU for a few percent). An insert
leaves out its bases (all null; ``RowChange.to_json_dict``). Both ends read and write rows in
bulk: ``storage.outbox`` and ``storage.remote_apply`` fetch rows a table at a time with
``WHERE id IN (...)`` and write with executemany, never row by row through the ORM.

**Clocks** (``clock.py``): every reply carries the server's time (an ``X-Server-Time-Ms``
header on all of them; ``server_time_ms`` in the bodies of sign-in, sync, studies); the
client keeps its offset in local state (``sync:clock_offset_ms``) and the store's clock adds it
to the wall clock, so new stamps are in the team's time even on a laptop with a wrong date.
The server refuses a push with a stamp more than 5 minutes ahead of its time (409,
``code: clock_ahead``, its time; nothing stored); the client then rewrites its own stamps that
are past that limit, in order, to about when the edits were really made
(``storage/restamp.py``: rows, field stamps, change log and bases, conflicts, the clock) and
sends again. A refused stamp never left the laptop, so rewriting it is consistent everywhere.

**Lost replies**: each pushed batch names the push cursor it was collected after
(``push_after_seq``); if that is below the server's high-water mark, an earlier batch was
stored but its reply lost, and the batches now overlap: the server stores nothing and the
client carries on from the acknowledged counter (no duplicate feed rows).

**Studies**: a study is created on the server (``fieldkit-server study create``; its Study row
and default codebook are made by a throw-away local store and put in the feed as the first
changes), or created offline by a lead and published (``POST /api/v1/studies/{id}/publish``);
the publishing user becomes its lead, and the next sync pushes the whole study.

**Auth**: argon2 password hashes; device tokens (random, stored as SHA-256, revocable) bound
to (user, device): a device id belongs to the user who first signed in with it (``devices``),
and a sign-in with a device id registered to someone else is refused (403, ``code:
device_taken``); the laptop then takes a new device id (``storage/device_identity.py``: its
unacknowledged changes are re-stamped with it, its push cursors become the new device's
starting point, ``push_base``) and signs in again. Memberships with roles lead, researcher,
viewer; every study endpoint checks membership; viewers cannot push (the server answers 403;
the client, told its role in every reply, keeps pulling and sends nothing) and their push
position is never recorded. Failed logins are rate-limited per user name and, more loosely,
per address (in memory, per worker process).

**Media** (``media.py``; server ``media_routes.py``, ``media_store.py``, ``blob_store.py``):
files are content-addressed. The sync reply lists, per study, the attachment hashes the server
lacks (pushed now, or asked about with ``blobs_ask``); the client keeps them in local state
with the transaction that moves its push cursor, then sends each in resumable chunks
(``POST /uploads``, ``PUT /uploads/{id}`` + ``Content-Range``, 256 kB by default); the
acknowledged offset survives a dropped connection and restarts of the app and the server, and
the server checks the SHA-256 before storing the file, once, under ``<data>/blobs``. Files a
laptop lacks are fetched with ``Range`` and checked before they enter its blob store. With the
data saver on (``sync:data_saver``) and a metered connection, text syncs and files wait.

**The server checks every pushed change** (kind of record, fields, value types, stamps that
are the pushing device's own, the study, and the row's owner: ``server/row_owners.py`` records
the study of every id from its insert and refuses an edit of an unknown row or of another
study's row and an insert of another study's id): one bad push must not block everyone's pull.
A refusal is a 422 naming the change (``code: change_refused``, the study, its place in the
push, its record, the reason; nothing of the request is stored). Nor may it block the laptop
that sent it (``push_refusals.py``, ``storage/refused_pushes.py``): the laptop holds back that
change, the later entries of its record and, for an insert, the records that refer to it, and
sends the same range of its counters again without them; the server's mark then covers the
held counters like sent ones (replays stay harmless, nothing waits behind them). The held
changes stay in the laptop's database, listed by ``fieldkit sync problems`` and in the app,
until the researcher sends them again (logged anew) or discards them.

**Durable acknowledgements**: the server's SQLite runs with ``synchronous=FULL`` (an
acknowledged push survives a power cut). If a laptop's push cursor is above what the server
holds for it (``push_after_seq`` above the high-water mark: the server was restored from a
backup or lost writes), the server stores nothing, answers ``resend: true`` with its mark, and
the laptop sends again from there (its change log is never pruned, so it still has it). Each
study also has a feed ``epoch``: when the server finds itself behind a laptop (a push as above,
or a pull cursor above its feed), it takes a new epoch, and every laptop that pulled under the
old one pulls the study again from the start (re-applying what it has changes nothing), so
changes renumbered after the restore are not skipped. Only a position the server itself gave
counts as evidence: acknowledgements and pull cursors come with an HMAC under a key kept in the
server database (``server/proofs.py``), which the laptop sends back; an unproven claim never
moves the epoch, so one member cannot make the whole team pull a study again. The push-cursor
decision after a reply is one pure function (``push_position.py``).

**Copies and restores** (``storage/copy_detection.py``, ``identity_renewal.py``): a data folder
opened on another machine, restored from a backup, or found behind the server's
acknowledgement of its own device (``PushMove.RESTORED``) takes a new device id, registered to
the same user with ``POST /api/v1/devices/renew`` (its token is saved first), re-stamps its
unacknowledged changes and sends them from its push cursor (``push_base``); nothing is lost and
rows keep their ids. **Erasures** (``storage/erasure.py``; server ``server/erasure.py``): an
``erasures`` row in a push makes the server blank those fields in its stored feed first.
"""
