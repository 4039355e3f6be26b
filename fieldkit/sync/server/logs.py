"""Server log formats: one JSON object per line (``--log-format json``) or readable text.

``log_config(fmt)`` is a ``logging.config.dictConfig`` dictionary; ``serve`` hands it to
uvicorn, which applies it in every worker process. Fields a record carries in
``extra={"fields": {...}}`` (the request log's method, path, status...) become JSON keys, or
``key=value`` pairs in text.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

FORMATS = ("json", "text")
# Attributes every LogRecord has; anything else on a record came from ``extra``.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


def _time(record: logging.LogRecord) -> str:
    stamp = datetime.fromtimestamp(record.created, tz=UTC)
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _ServerFormatter(logging.Formatter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Made in every worker by its logging set-up: records skip what these formats never
        # show (the caller's file and line, thread, multiprocessing name), the costly parts of
        # a request's log line (the "Optimization" section of the logging documentation).
        logging._srcfile = None
        logging.logThreads = False
        logging.logMultiprocessing = False


class JsonFormatter(_ServerFormatter):
    """``{"time", "level", "logger", "pid", "message", ...fields, "error"?}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": _time(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "pid": record.process,  # which worker
            "message": record.getMessage(),
        }
        line.update(_fields(record))
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str, separators=(",", ":"))


class TextFormatter(_ServerFormatter):
    """``2026-11-25T16:40:00.123Z info fieldkit.server.request GET /api/v1/sync 200 key=value``."""

    def format(self, record: logging.LogRecord) -> str:
        parts = [_time(record), record.levelname.lower(), record.name, record.getMessage()]
        parts += [f"{key}={value}" for key, value in _fields(record).items()]
        text = " ".join(str(p) for p in parts)
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


def log_config(fmt: str = "text", level: str = "INFO") -> dict[str, Any]:
    """Logging set-up for the server and uvicorn: everything to stderr in ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"a log format is one of {', '.join(FORMATS)}, not {fmt!r}")
    formatter = JsonFormatter if fmt == "json" else TextFormatter
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"fieldkit": {"()": f"{formatter.__module__}.{formatter.__qualname__}"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "fieldkit",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "fieldkit": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            # The request log replaces uvicorn's access log (it knows the route and the user).
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
