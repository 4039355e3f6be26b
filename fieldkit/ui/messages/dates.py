"""Dates and times as the interface language writes them in a sentence or a list.

``shown_date``: the locale's long date without the weekday ("5 March 2024", "March 5, 2024",
"5 mars 2024", "٥ مارس ٢٠٢٤": QLocale's own order, month names and digits).
``shown_datetime``: that date and the locale's short time, in the laptop's time zone (a naive
datetime is UTC, as storage keeps every time). Used by :func:`fieldkit.ui.messages.say` for
``date``/``datetime`` parameters of phrases and by the views that show a date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

# The weekday and the comma or space around it ("dddd, ", "dddd، ", ", dddd").
_WEEKDAY = re.compile(r"[\s,،]*\bdddd\b[\s,،]*")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's long date format without the weekday."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub(" ", fmt).strip()


def shown_date(value: date, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), date_format(loc))


def local_qdatetime(value: datetime) -> QDateTime:
    """``value`` (naive = UTC) as a QDateTime in the laptop's time zone."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(aware.timestamp() * 1000))


def shown_datetime(value: datetime, locale: QLocale | None = None) -> str:
    return shown_qdatetime(local_qdatetime(value), locale)


def shown_qdatetime(value: QDateTime, locale: QLocale | None = None) -> str:
    """A QDateTime (as it is: local time from ``fromMSecsSinceEpoch``) the same way."""
    loc = locale or QLocale()
    time_format = loc.timeFormat(QLocale.FormatType.ShortFormat)
    return loc.toString(value, f"{date_format(loc)} {time_format}")


__all__ = ["date_format", "local_qdatetime", "shown_date", "shown_datetime", "shown_qdatetime"]
