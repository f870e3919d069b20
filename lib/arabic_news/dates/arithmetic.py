"""Date arithmetic on the Gregorian calendar: the period around a day, shifting by units, parts of a period.

Pure functions of `datetime.date`, used by the date productions (`arabic_news.dates`).
The week's first day is `rules.periods.WEEK_START`; how a part word such as مطلع or
منتصف cuts a period is in `rules.periods.PARTS` (``low``/``high`` fractions).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math

from arabic_news.rules import periods as _periods


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def period_around(unit: str, day: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "day":
        return day, day
    if unit == "week":
        start = day - dt.timedelta(days=(day.weekday() - _periods.WEEK_START) % 7)
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), month_end(day.year, day.month)
    if unit == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    first = day.year - day.year % 10
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)


def shift_date(unit: str, day: dt.date, n: int) -> dt.date:
    """`day` moved by n units (day, week, month, year, decade); the day of month is clipped."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        y, m = add_months(day.year, day.month, n)
        return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
    years = n * (10 if unit == "decade" else 1)
    y = day.year + years
    if not 1 <= y <= 9999:
        raise OverflowError(y)
    return dt.date(y, day.month, min(day.day, calendar.monthrange(y, day.month)[1]))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def narrow_period(start: dt.date, end: dt.date, unit: str, low: float, high: float) -> tuple[dt.date, dt.date]:
    """The part [low, high] of a period, in whole months (year), days (month, week) or years (decade)."""
    if unit == "year":
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        a, b = math.floor(low * months + 1e-9), math.ceil(high * months - 1e-9)
        b = max(b, a + 1)
        y1, m1 = add_months(start.year, start.month, a)
        y2, m2 = add_months(start.year, start.month, b - 1)
        return dt.date(y1, m1, 1), month_end(y2, m2)
    if unit == "decade":
        years = end.year - start.year + 1
        a, b = math.floor(low * years + 1e-9), math.ceil(high * years - 1e-9)
        b = max(b, a + 1)
        return dt.date(start.year + a, 1, 1), dt.date(start.year + b - 1, 12, 31)
    days = (end - start).days + 1
    a, b = math.floor(low * days + 1e-9), math.ceil(high * days - 1e-9)
    b = max(b, a + 1)
    return start + dt.timedelta(days=a), start + dt.timedelta(days=b - 1)


def month_thirds(start: dt.date, end: dt.date, low: float, high: float) -> tuple[dt.date, dt.date]:
    """The part [low, high] of a month in whole ten-day thirds (1–10, 11–20, 21–end), as the
    press reads «أوائل يوليو», «منتصف أبريل», «نهاية نوفمبر»."""
    a = min(2, math.floor(low * 3 + 1e-9))
    b = max(a + 1, math.ceil(high * 3 - 1e-9))
    first = start + dt.timedelta(days=10 * a)
    last = end if b >= 3 else start + dt.timedelta(days=10 * b - 1)
    return first, last


def precision_of_span(start: dt.date, end: dt.date) -> str:
    if start == end:
        return "day"
    if start.day == 1 and end == month_end(end.year, end.month):
        if start.year == end.year and start.month == end.month:
            return "month"
        if start.month == 1 and end.month == 12 and start.year == end.year:
            return "year"
    return "interval"
