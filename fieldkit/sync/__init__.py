"""Team sync: the client (``client.py``) and the central server (``server/``). No Qt here.

**The server is a store-and-forward relay, not a replica.** Per study it keeps an append-only
feed of the :class:`~fieldkit.storage.replication.RowChange` objects devices pushed
(``server_seq`` autoincrement, study id, origin device id, ``device_seq``, the change as JSON).
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
- *Appends to one study are serialised* (the push first updates the study's row, a row lock on
  PostgreSQL, the write lock on SQLite), so feed order is commit order and a pull never skips a
  row that commits later with a lower ``server_seq``.
- SQLAlchemy Core tables, so the same code runs on SQLite (default, WAL) and PostgreSQL (later).

**One round trip when nothing is big**: ``POST /api/v1/sync`` with
``{device_id, studies: [{study_id, pull_cursor, push: [RowChange...], push_last_seq}]}``;
reply ``{server_time_ms, memberships, studies: [{study_id, ack_seq, stored, changes, cursor,
more}]}``. Bodies are compressed both ways (``Content-Encoding: zstd`` when the zstandard module
is installed, else gzip), batches are bounded in bytes. The reply lists the user's studies, so
a study the user was added to is picked up by the next request of the same sync.

**Clocks**: every reply carries ``server_time_ms``; the client keeps its offset in local state
(``sync:clock_offset_ms``). Not yet done: clamping stamps too far in the future (the server
should refuse or the client cap them using that offset).

**Studies**: a study is created on the server (``fieldkit-server study create``; its Study row
and default codebook are made by a throw-away local store and put in the feed as the first
changes), or created offline by a lead and published (``POST /api/v1/studies/{id}/publish``);
the publishing user becomes its lead, and the next sync pushes the whole study.

**Auth**: argon2 password hashes; device tokens (random, stored as SHA-256, revocable) bound
to the device id given at login; memberships with roles lead, researcher, viewer; every study
endpoint checks membership; viewers cannot push (the server answers 403; the client, told its
role in every reply, keeps pulling and sends nothing). Failed logins are rate-limited per user
name and, more loosely, per address (in memory, per worker process).

**The server checks every pushed change** (kind of record, fields, value types, stamps that
are the pushing device's own, the study): one bad push must not block everyone's pull.

Not yet: media (blobs), PostgreSQL tests, Alembic migrations for the server database, the
future-stamp clamp, recovery when a data folder restored from a backup re-uses counters the
server already acknowledged.
"""
