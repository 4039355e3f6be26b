"""Checks on values users type, each failing with a message that names the field."""

from __future__ import annotations

import re
from datetime import date

from fieldkit.errors import ValidationError, phrase

_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$", re.ASCII)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
# Long enough for a book; short enough that one paste cannot freeze the app.
MAX_TEXT_CHARS = 2_000_000


def required_text(value: str | None, *, field: str, max_length: int) -> str:
    text = clean_line(value)
    if not text:
        raise ValidationError(phrase("{field} must not be empty", field=field))
    return limit(text, field=field, max_length=max_length)


def optional_text(value: str | None, *, field: str, max_length: int) -> str | None:
    text = clean_line(value)
    if not text:
        return None
    return limit(text, field=field, max_length=max_length)


def long_text(value: str | None, *, field: str, max_length: int = MAX_TEXT_CHARS) -> str:
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return limit(text, field=field, max_length=max_length)


def clean_line(value: str | None) -> str:
    if value is None:
        return ""
    return " ".join(value.replace("\x00", "").split())


def limit(text: str, *, field: str, max_length: int) -> str:
    if len(text) > max_length:
        raise ValidationError(
            phrase(
                "{field} is too long ({length} characters; at most {most})",
                field=field,
                length=len(text),
                most=max_length,
            )
        )
    return text


def parse_date(value: str | date | None, *, field: str = "date") -> date:
    if isinstance(value, date):
        return value
    if not value or not value.strip():
        raise ValidationError(phrase("{field} is required (YYYY-MM-DD)", field=field))
    try:
        # Only YYYY-MM-DD: fromisoformat would also take "20240315" or "2024-W11-5".
        if not _DATE_RE.match(value.strip()):
            raise ValueError(value)
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            phrase(
                "{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15",
                field=field,
                value=repr(value),
            )
        ) from None


def optional_date(value: str | date | None, *, field: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field=field)


def parse_time(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    match = _TIME_RE.match(value.strip())
    if not match:
        raise ValidationError(
            phrase("time {value} is not valid; write it as HH:MM, e.g. 09:30", value=repr(value))
        )
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def color(value: str) -> str:
    if not _COLOR_RE.match(value.strip()):
        raise ValidationError(
            phrase(
                "colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4", value=repr(value)
            )
        )
    return value.strip().lower()


def choice(value: str, *, field: str, allowed: tuple[str, ...]) -> str:
    v = (value or "").strip().lower()
    if v not in allowed:
        raise ValidationError(
            phrase(
                "{field} must be one of {allowed} (not {value})",
                field=field,
                allowed=", ".join(allowed),
                value=repr(value),
            )
        )
    return v
