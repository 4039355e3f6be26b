"""The messages of storage's own checks (validation, participants, themes) and of the network,
and the names of the fields they put in ``{field}``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CORE = (
    # fieldkit/storage/validate.py
    QT_TRANSLATE_NOOP("Storage", "{field} must not be empty"),
    QT_TRANSLATE_NOOP("Storage", "{field} is too long ({length} characters; at most {most})"),
    QT_TRANSLATE_NOOP("Storage", "{field} is required (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP(
        "Storage", "{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15"
    ),
    QT_TRANSLATE_NOOP("Storage", "time {value} is not valid; write it as HH:MM, e.g. 09:30"),
    QT_TRANSLATE_NOOP("Storage", "{field} must be one of {allowed} (not {value})"),
    QT_TRANSLATE_NOOP("Storage", "colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4"),
    # fieldkit/storage/participants.py, records.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the consent date {date} is in the future; write the day consent was given "
        "(today at the latest)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage", "participant code {code} is already used in this study (by {other})"
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "language {value} is not a language fieldkit knows; choose one from the list, or write "
        "its code, e.g. en, fr, sw, hi or pt-BR",
    ),
    QT_TRANSLATE_NOOP("Storage", "the observation's description is empty"),
    # fieldkit/storage/themes.py
    QT_TRANSLATE_NOOP("Storage", "a theme name is required"),
    QT_TRANSLATE_NOOP("Storage", "a theme called {name} already exists in this study"),
    # fieldkit/sync/network_errors.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} showed a certificate this laptop does not trust ({why}). If your "
        "team runs its own certificate authority, sign in again with its certificate (a PEM "
        "file; --ca-file in the terminal).",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "No secure connection could be made to the server at {at} ({why}). Check the address: "
        "https:// is for a server with a certificate, http:// for one without.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server name {host} could not be found. Check the address for typing mistakes, and "
        "that this laptop is connected to the internet or your network.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} took too long to answer. The connection may be slow or the server "
        "busy; try again later.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} did not answer (connection refused). Check the address and that the "
        "server is running.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The connection to the server at {at} was cut off. Try again; if it keeps happening, the "
        "network or the server is unstable.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} cannot be reached from this network (no route). Check that this "
        "laptop is connected, then the address.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} could not be reached ({why}). Check the address and that the server "
        "is running.",
    ),
    QT_TRANSLATE_NOOP("Storage", " (it said: {detail})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} did not accept the sign-in{said}. Check your user name and password, "
        "or sign in again.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} does not allow this account to do that{said}. Ask your team lead for "
        "access.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; try "
        "again later, and tell your team lead if it lasts.",
    ),
    QT_TRANSLATE_NOOP("Storage", "The server at {at} refused the request (HTTP {status}){said}."),
)

# The field names the checks above put in {field}.
FIELDS = (
    QT_TRANSLATE_NOOP("StorageField", "case title"),
    QT_TRANSLATE_NOOP("StorageField", "study name"),
    QT_TRANSLATE_NOOP("StorageField", "title"),
    QT_TRANSLATE_NOOP("StorageField", "participant code"),
    QT_TRANSLATE_NOOP("StorageField", "role"),
    QT_TRANSLATE_NOOP("StorageField", "date"),
    QT_TRANSLATE_NOOP("StorageField", "consent date"),
    QT_TRANSLATE_NOOP("StorageField", "consent status"),
    QT_TRANSLATE_NOOP("StorageField", "consent form"),
    QT_TRANSLATE_NOOP("StorageField", "language"),
    QT_TRANSLATE_NOOP("StorageField", "description"),
    QT_TRANSLATE_NOOP("StorageField", "summary"),
    QT_TRANSLATE_NOOP("StorageField", "memo"),
    QT_TRANSLATE_NOOP("StorageField", "memo title"),
    QT_TRANSLATE_NOOP("StorageField", "theme name"),
    QT_TRANSLATE_NOOP("StorageField", "transcript"),
    QT_TRANSLATE_NOOP("StorageField", "interviewer"),
    QT_TRANSLATE_NOOP("StorageField", "observer"),
    QT_TRANSLATE_NOOP("StorageField", "place"),
    QT_TRANSLATE_NOOP("StorageField", "country"),
    QT_TRANSLATE_NOOP("StorageField", "region"),
    QT_TRANSLATE_NOOP("StorageField", "locality"),
    QT_TRANSLATE_NOOP("StorageField", "setting"),
    QT_TRANSLATE_NOOP("StorageField", "notes"),
    QT_TRANSLATE_NOOP("StorageField", "caption"),
    QT_TRANSLATE_NOOP("StorageField", "status"),
)
