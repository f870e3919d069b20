"""Small calendar helpers of the extraction: ISO text in and out, month ends, shifting a day."""

from __future__ import annotations

import datetime as dt
from typing import Any

DATE_UNITS = ("day", "week", "month", "year")


def iso(day: dt.date | None) -> str | None:
    """`day` as YYYY-MM-DD, or None."""
    return day.isoformat() if day else None


def parse_iso(value: Any) -> dt.date | None:
    """The day a YYYY-MM-DD text (or a longer timestamp) starts with, or None."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def year_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 1, 1)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def safe_date(year: int, month: int, day: int) -> dt.date:
    """The day, clamped to the month's last («31 June» → 30 June)."""
    return dt.date(year, month, min(day, month_end(year, month).day))


def shift_back(day: dt.date, unit: str, count: int) -> dt.date:
    """The day `count` units (day, week, month, year) before `day` (month ends clamped).

    Example:
        >>> shift_back(dt.date(2021, 3, 31), "month", 1), shift_back(dt.date(2021, 3, 31), "week", 2)
        (datetime.date(2021, 2, 28), datetime.date(2021, 3, 17))
    """
    if unit == "day":
        return day - dt.timedelta(days=count)
    if unit == "week":
        return day - dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, month_end(y, m + 1).day))
