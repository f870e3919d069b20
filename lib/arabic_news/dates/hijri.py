"""The Hijri (Islamic lunar) calendar, for dates written with Hijri months or years.

«12 ذو الحجة 1442هـ», «رمضان 1445»: the parser reads the Hijri day, month and year
(month names in `arabic_news.rules.months`, calendar ``hijri``; the year marks هـ and
هجري in ``HIJRI_YEAR_MARKS``) and these functions turn them into Gregorian days.
The conversion is hijridate's (Umm al-Qura tables, 1343–1500 AH); outside its
range a date cannot be converted and the functions return None, never a guess.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri


def hijri_to_date(y: int, m: int, d: int) -> dt.date | None:
    """The Gregorian day of Hijri day `d` of month `m` of year `y`, or None when there is none."""
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    """The first and last Gregorian days of Hijri month `m` of year `y`, or None."""
    try:
        first = Hijri(y, m, 1)
        length = first.month_length()
    except (ValueError, OverflowError):
        return None
    return hijri_to_date(y, m, 1), hijri_to_date(y, m, length)


def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year a Gregorian day falls in, or None outside the tables."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_month_of(day: dt.date) -> int:
    """The Hijri month a Gregorian day falls in (call `hijri_year_of` first: this one raises outside the tables)."""
    return Gregorian(day.year, day.month, day.day).to_hijri().month
