"""Date and time fields that forgive how a researcher types, with a calendar to pick from.

A :class:`DateField` takes ``2024-03-15``, ``15/03/2024``, ``15.3.2024``, ``15 March 2024``,
``March 15, 2024``, ``today`` or ``yesterday`` (and those two words in the interface language:
``aujourd'hui``, ``hier``, ``أمس``… each language's dictionary holds them; case, accents and
hamza aside, so ``امس`` is read too; English is always understood); a day-first form is read
day/month unless the second number cannot be a month. The calendar button (or Alt+Down in the
field) opens a month to click in. Once the field is left the date is written back as
``YYYY-MM-DD`` and spelled out beside it in the researcher's own language ("Friday, 15 March
2024"), so ``03/04/2024`` cannot be misread unnoticed. A :class:`TimeField` takes ``9:30``,
``0930``, ``9.30``, ``9h30`` and ``9:30 pm`` and writes ``09:30``.

Both give ``text()`` (the normalised value, or what was typed when it cannot be read, so the
storage check still names it) and ``problem()`` (a sentence, or ``None``), which
:class:`~fieldkit.ui.dialogs.form_dialog.FormDialog` collects from every field before saving.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from fieldkit.storage.name_matching import fold
from fieldkit.ui.messages.dates import shown_date

_ENGLISH_MONTHS = [
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
]
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
# A month's name: anything but digits, spaces and punctuation (then looked up), so the vowel
# signs of Devanagari, which are not word characters for ``re`` (मार्च), are part of it.
_MONTH = r"([^\d\s.,/-]+)"
_DAY_NAME = re.compile(rf"^(\d{{1,2}})\.?\s+{_MONTH}\.?,?\s+(\d{{4}})$")
_NAME_DAY = re.compile(rf"^{_MONTH}\.?\s+(\d{{1,2}}),?\s+(\d{{4}})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h]?(\d{2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)


def month_names(extra: Mapping[str, int] | None = None) -> dict[str, int]:
    """English month names and their first three letters, plus ``extra`` (the locale's)."""
    names: dict[str, int] = {}
    for number, name in enumerate(_ENGLISH_MONTHS, start=1):
        names[name] = names[name[:3]] = number
    names["sept"] = 9
    for name, number in (extra or {}).items():
        names[name.casefold().rstrip(".")] = number
    return names


def _folded_word(word: str) -> str:
    return fold(word).replace("\u2019", "'")  # aujourd’hui as a Mac keyboard types it


def relative_days(extra: Mapping[str, int] | None = None) -> dict[str, int]:
    """``today`` and ``yesterday`` (days before today), plus ``extra`` (the language's words)."""
    words = {"today": 0, "yesterday": 1}
    for word, days in (extra or {}).items():
        if word.strip():
            words[_folded_word(word)] = days
    return words


def translated_relative_days() -> dict[str, int]:
    """The interface language's words for today and yesterday, from its dictionary."""
    return relative_days(
        {
            QCoreApplication.translate("DateField", "today"): 0,
            QCoreApplication.translate("DateField", "yesterday"): 1,
        }
    )


def read_date(
    text: str,
    *,
    today: date,
    months: Mapping[str, int] | None = None,
    relative: Mapping[str, int] | None = None,
) -> date | None:
    """The date meant by ``text``, or ``None`` when it cannot be read as one."""
    typed = " ".join(text.split()).casefold()
    names = months if months is not None else month_names()
    days_back = (relative if relative is not None else relative_days()).get(_folded_word(text))
    if days_back is not None:
        return today - timedelta(days=days_back)
    parts: tuple[int, int, int] | None = None
    if match := _ISO.match(typed):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _DAY_FIRST.match(typed):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (second, first) if second > 12 >= first else (first, second)
        parts = (year, month, day)
    elif (match := _DAY_NAME.match(typed)) and match[2] in names:
        parts = (int(match[3]), names[match[2]], int(match[1]))
    elif (match := _NAME_DAY.match(typed)) and match[1] in names:
        parts = (int(match[3]), names[match[1]], int(match[2]))
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:  # 31 February, month 13
        return None


def read_time(text: str) -> str | None:
    """``HH:MM`` for what was typed, or ``None`` when it is not a time of day."""
    match = _TIME.match(" ".join(text.split()))
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[2] is None and not match[3]:
        return None  # "9" alone: too easily a slip
    if match[3]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[3].lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


class DateField(QWidget):
    """A typed-or-picked date; see the module text."""

    changed = Signal()

    def __init__(
        self,
        accessible: str,
        value: date | None = None,
        *,
        required: bool = True,
        latest: Callable[[], date] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accessible = accessible
        self.required = required
        self.latest = latest  # no date after this one (consent is recorded after it is given)
        self._today = today
        locale = QLocale()
        self._months = month_names(
            {
                locale.monthName(m, form): m
                for m in range(1, 13)
                for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
            }
        )
        self._relative = translated_relative_days()
        self.edit = _DateEdit(self)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DateField", "e.g. 2024-03-15 or 15/03/2024")
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "DateField",
                "Type a date (2024-03-15, 15/03/2024, 15 March 2024, today) or press Alt+Down",
            )
        )
        self.calendar_button = QToolButton(self)
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():  # no icon theme: a word instead
            self.calendar_button.setText(QCoreApplication.translate("DateField", "Calendar…"))
        else:
            self.calendar_button.setIcon(icon)
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("DateField", "Pick the date from a calendar")
        )
        self.calendar_button.setToolTip(
            QCoreApplication.translate("DateField", "Pick the date from a calendar (Alt+Down)")
        )
        self.calendar_button.clicked.connect(self.open_calendar)
        self.spelled = QLabel(self)
        self.spelled.setAccessibleName(
            QCoreApplication.translate("DateField", "%1 in words").replace("%1", accessible)
        )
        self.spelled.setMinimumWidth(_widest_spelled(self.spelled))  # no jump when it changes
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.spelled)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.tidy)
        self.edit.textChanged.connect(self._typed)
        self.set_date(value)

    def value(self) -> date | None:
        return read_date(
            self.edit.text(), today=self._today(), months=self._months, relative=self._relative
        )

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")
        self._spell(value)

    def text(self) -> str:
        when = self.value()
        return when.isoformat() if when else self.edit.text().strip()

    def problem(self) -> str | None:
        typed = self.edit.text().strip()
        if not typed:
            return (
                QCoreApplication.translate("DateField", "%1 is required.").replace(
                    "%1", self.accessible
                )
                if self.required
                else None
            )
        when = self.value()
        if when is None:
            return (
                QCoreApplication.translate(
                    "DateField",
                    "%1 “%2” is not a date we can read: type it like 2024-03-15 or 15/03/2024, "
                    "or pick it from the calendar.",
                )
                .replace("%1", self.accessible)
                .replace("%2", typed)
            )
        if self.latest is not None and when > self.latest():
            return (
                QCoreApplication.translate(
                    "DateField", "%1 %2 is in the future: write the day it happened."
                )
                .replace("%1", self.accessible)
                .replace("%2", shown_date(when))
            )
        return None

    def tidy(self) -> None:
        """Written back as YYYY-MM-DD and spelled out, once read."""
        when = self.value()
        if when is not None and self.edit.text() != when.isoformat():
            self.edit.setText(when.isoformat())
        self._spell(when)

    def _typed(self, _text: str) -> None:
        self._spell(self.value())  # spelled out as it is typed: "03/04" read as 3 April
        self.changed.emit()

    def _spell(self, when: date | None) -> None:
        text = QLocale().toString(_qdate(when), QLocale.FormatType.LongFormat) if when else ""
        self.spelled.setText(text)

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setAccessibleName(
                QCoreApplication.translate("DateField", "Calendar for %1").replace(
                    "%1", self.accessible
                )
            )
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        when = self.value() or self._today()
        self.calendar.setSelectedDate(_qdate(when))
        if self.latest is not None:
            self.calendar.setMaximumDate(_qdate(self.latest()))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()
        self.changed.emit()


def _qdate(when: date) -> QDate:
    return QDate(when.year, when.month, when.day)


class _DateEdit(QLineEdit):
    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Down and alt:
            self._field.open_calendar()
            return
        super().keyPressEvent(event)


class TimeField(QLineEdit):
    """An optional time of day, typed freely and written back as HH:MM."""

    def __init__(self, accessible: str, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.accessible = accessible
        self.setAccessibleName(accessible)
        self.setPlaceholderText(
            QCoreApplication.translate("DateField", "optional; e.g. 09:30 or 2:15 pm")
        )
        self.editingFinished.connect(self.tidy)

    def value(self) -> str:
        typed = super().text().strip()
        return read_time(typed) or typed

    def problem(self) -> str | None:
        typed = super().text().strip()
        if typed and read_time(typed) is None:
            return (
                QCoreApplication.translate(
                    "DateField", "%1 “%2” is not a time of day: type it like 09:30 or 2:15 pm."
                )
                .replace("%1", self.accessible)
                .replace("%2", typed)
            )
        return None

    def tidy(self) -> None:
        normal = read_time(super().text().strip())
        if normal and normal != super().text():
            self.setText(normal)


__all__ = [
    "DateField",
    "TimeField",
    "month_names",
    "read_date",
    "read_time",
    "relative_days",
    "translated_relative_days",
]


def _widest_spelled(label: QLabel) -> int:
    """The width of the longest date spelled out in this language (every weekday and month of
    one year), so the field and its Calendar button stay put under the mouse as dates change."""
    metrics, locale = label.fontMetrics(), QLocale()
    days = (date(2024, 1, 1) + timedelta(days=n) for n in range(366))
    return max(
        metrics.horizontalAdvance(locale.toString(_qdate(d), QLocale.FormatType.LongFormat))
        for d in days
        if d.day >= 24  # the two-digit days: one of each weekday in every month
    )
