"""The templates of the sync client errors a researcher can meet in the app
(``fieldkit/sync/``; of the server, the reasons it gives for refusing a pushed change),
listed for ``scripts/update-translations`` (context "Storage"); grouped by the module that
raises them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SYNC = (
    # fieldkit/sync/account.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the server address must start with http:// or https://, e.g. http://server:8765 "
        "(not {given})",
    ),
    QT_TRANSLATE_NOOP("Storage", "give your user name on the server"),
    QT_TRANSLATE_NOOP("Storage", "give your password (it is used to sign in, never stored)"),
    QT_TRANSLATE_NOOP("Storage", "--ca-file is for an https:// server address"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's "
        "certificate, not its key",
    ),
    QT_TRANSLATE_NOOP("Storage", "cannot read the certificate authority file {path}: {reason}"),
    QT_TRANSLATE_NOOP("Storage", "cannot remove the sign-in file: {reason}"),
    # fieldkit/sync/team_calls.py
    QT_TRANSLATE_NOOP("Storage", "the server's sign-in reply has no token"),
    QT_TRANSLATE_NOOP("Storage", "the server's list of studies is malformed"),
    # fieldkit/storage/refused_push_list.py (this laptop's changes the server refused)
    QT_TRANSLATE_NOOP(
        "Storage",
        "refused change {id} is still being set aside; sync once more, then discard it",
    ),
    QT_TRANSLATE_NOOP(
        "Storage", "no refused change {id} on this laptop (fieldkit sync problems lists them)"
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "held back after an earlier change of this record was refused by the server; that "
        "change was sent again or discarded meanwhile: send this one again or discard it "
        "too",
    ),
    # (the server says why it refused a change: sync/server/row_owners.py, routes.py,
    # change_check.py; the laptop keeps it with how it was made and says it here)
    QT_TRANSLATE_NOOP(
        "Storage",
        "that id already belongs to a record of another study on this server",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the server has never received that record, so no laptop could apply the edit",
    ),
    QT_TRANSLATE_NOOP("Storage", "that record belongs to another study"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "only a lead of study {study} can change the study itself (its name or settings); "
        "ask your team lead",
    ),
    QT_TRANSLATE_NOOP("Storage", "a pushed change is not an object"),
    QT_TRANSLATE_NOOP("Storage", "a pushed change lacks {key}"),
    QT_TRANSLATE_NOOP("Storage", "a pushed change has a bad {key}"),
    QT_TRANSLATE_NOOP("Storage", "a pushed change lacks values"),
    QT_TRANSLATE_NOOP("Storage", "a pushed change lacks bases"),
    QT_TRANSLATE_NOOP("Storage", "a pushed change has bad values or bases"),
    QT_TRANSLATE_NOOP("Storage", "a record id has 1 to {most} characters"),
    QT_TRANSLATE_NOOP("Storage", "a change names an unknown kind of record: {entity}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a change to {entity} {row_id} belongs to study {other}, not {study}",
    ),
    QT_TRANSLATE_NOOP("Storage", "a pushed change has a bad base stamp"),
    QT_TRANSLATE_NOOP("Storage", "not a clock stamp: {stamp}"),
    QT_TRANSLATE_NOOP("Storage", "a change has mismatched bases"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "it is stamped by device {other}, not by the device that sends it ({device}): a "
        "laptop sends only its own changes",
    ),
    QT_TRANSLATE_NOOP("Storage", "a change to {entity} names unknown fields: {fields}"),
    QT_TRANSLATE_NOOP("Storage", "a new {entity} row lacks fields: {fields}"),
    QT_TRANSLATE_NOOP("Storage", "a change to {entity} {row_id} is for another study"),
    # fieldkit/sync/push_refusals.py (one change larger than the server's body limit)
    QT_TRANSLATE_NOOP("Storage", "too large for this server (limit {mb} MB)"),
    QT_TRANSLATE_NOOP("Storage", "too large for this server"),
    # fieldkit/sync/client.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "this data folder was restored from a backup or copied from another laptop and "
        "needs a device identity of its own; sync it with fieldkit sync or the app",
    ),
    QT_TRANSLATE_NOOP("Storage", "the server's sync reply is malformed"),
    QT_TRANSLATE_NOOP("Storage", "sync is not making progress; stopped (please report this)"),
    QT_TRANSLATE_NOOP("Storage", "{problem}; it did not help: set the laptop's date and time"),
    QT_TRANSLATE_NOOP("Storage", "the server answered for study {study}, which was not asked"),
    QT_TRANSLATE_NOOP("Storage", "the server did not move the pull cursor; sync stopped"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "changes from the server for study {study} cannot be applied: {problem}",
    ),
    # fieldkit/sync/clock.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the "
        "times of its changes and sends them again (if this keeps happening, set the "
        "laptop's date and time)",
    ),
    # fieldkit/sync/credentials.py
    QT_TRANSLATE_NOOP("Storage", "cannot save the sign-in token in {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "this data folder is not signed in to a server; run: fieldkit login --server URL "
        "--user NAME",
    ),
    QT_TRANSLATE_NOOP("Storage", "the sign-in file {path} is damaged; run fieldkit login again"),
    # fieldkit/sync/identity_renewal.py
    QT_TRANSLATE_NOOP("Storage", "the server refused every new device id; try again later"),
    QT_TRANSLATE_NOOP("Storage", "the server's reply to a new device identity has no token"),
    # fieldkit/sync/media.py (also sync/transport.py)
    QT_TRANSLATE_NOOP(
        "Storage", "the upload of file {file}… keeps ending on the server; try later"
    ),
    QT_TRANSLATE_NOOP("Storage", "the server sent a reply fieldkit cannot read"),
    QT_TRANSLATE_NOOP("Storage", "the server's reply for file {file}… does not match its range"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "not enough free space to fetch a {size} file ({free} free in {folder})",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "file {file}… arrived damaged (its SHA-256 does not match); it will be fetched "
        "again at the next sync",
    ),
    QT_TRANSLATE_NOOP("Storage", "the server refused file {file}… (HTTP {status}): {detail}"),
    QT_TRANSLATE_NOOP("Storage", "the server's reply for file {file}… has no usable range"),
    QT_TRANSLATE_NOOP("Storage", "the server refused the range for file {file}…"),
    QT_TRANSLATE_NOOP("Storage", "cannot send file {file}… of study {study}: {problem}"),
    QT_TRANSLATE_NOOP("Storage", "the server refused a file request (HTTP {status}): {detail}"),
    QT_TRANSLATE_NOOP("Storage", "file {file}… not sent: {problem}"),
    QT_TRANSLATE_NOOP("Storage", "files of study {study} not fetched: {problem}"),
    QT_TRANSLATE_NOOP("Storage", "the server sent the wrong part of file {file}…"),
    QT_TRANSLATE_NOOP("Storage", "the upload of file {file}… is not progressing"),
    QT_TRANSLATE_NOOP("Storage", "file {file}… cannot be fetched (range refused)"),
    # fieldkit/sync/reachability.py
    QT_TRANSLATE_NOOP("Storage", "{at} answered, but it does not look like a fieldkit server"),
    QT_TRANSLATE_NOOP("Storage", "{at} sent a health reply fieldkit cannot read"),
    # fieldkit/sync/transport.py
    QT_TRANSLATE_NOOP("Storage", "the server answered HTTP {status}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{host} is not on this laptop's network, and http:// would send your sign-in and "
        "your data unencrypted across the internet; use the server's https:// address "
        "(or, knowingly, sign in again with --allow-insecure-http)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the certificate authority file is not a PEM certificate fieldkit can use ({reason})",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the connection to the server at {at} broke off mid-reply ({why}); sync again to carry on",
    ),
)
