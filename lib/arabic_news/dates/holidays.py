"""Holidays: «عيد الفطر 2013», «عيد الاضحي المقبل», «المولد النبوي 2020», «عيد الميلاد».

Production (the ``rule`` of the DateSpan it gives): ``p_holiday`` → ``holiday``. The holidays,
their calendar and day, and the convention for a holiday named without a year are in
rules/holidays.py; Hijri days are converted by `arabic_news.dates.hijri`.
"""

from __future__ import annotations

import datetime as dt

from arabic_news.dates.arithmetic import safe_date
from arabic_news.dates.hijri import hijri_to_date, hijri_year_of
from arabic_news.dates.window import Hit, Window
from arabic_news.rules import periods as _periods


def holiday_in(row, year: int, calendar: str) -> dt.date | None:
    """The day of holiday `row` in `year` of `calendar` (a Gregorian year: the first such day in it)."""
    if row.calendar == "gregorian":
        return safe_date(year, row.month, row.day) if calendar == "gregorian" else None
    if calendar == "hijri":
        return hijri_to_date(year, row.month, row.day)
    h = hijri_year_of(dt.date(year, 1, 1))
    if h is None:
        return None
    for hy in (h, h + 1):
        day = hijri_to_date(hy, row.month, row.day)
        if day is not None and day.year == year:
            return day
    return None


def _around(row, ref: dt.date, direction: str) -> dt.date | None:
    """The last holiday on or before `ref` (past: strictly before), or the next one after it."""
    days = []
    if row.calendar == "gregorian":
        base = ref.year
        days = [safe_date(y, row.month, row.day) for y in (base - 1, base, base + 1)]
    else:
        base = hijri_year_of(ref)
        if base is None:
            return None
        days = [hijri_to_date(y, row.month, row.day) for y in (base - 1, base, base + 1)]
    days = sorted(d for d in days if d is not None)
    if direction == "future":
        return next((d for d in days if d > ref), None)
    if direction == "past":
        return next((d for d in reversed(days) if d < ref), None)
    return next((d for d in reversed(days) if d <= ref), None)


class Holidays(Window):
    """The holiday production."""

    def p_holiday(self, i: int) -> Hit | None:
        found = self.lex(i, ("holiday",))
        if found is None:
            return None
        row, clen, j = found[0].value, found[2], i + found[1]
        # an unmarked year after a Hijri holiday is Hijri in the Hijri range: «عيد الفطر 1442»
        year = self._year_ref(j, row.calendar)
        mod = self.lex(j, ("modifier",))
        future = None
        if year is not None and year[0][0] in ("abs", "greg"):
            (kind, value), end_tok, cal = year
            day = holiday_in(row, value, "gregorian" if kind == "greg" else cal)
            relative = False
        elif mod is not None and mod[2] == 0 and mod[0].value in ("past", "future"):
            if self.ref is None:
                return None
            day = _around(row, self.ref, mod[0].value)
            end_tok, relative, future = j + mod[1], True, mod[0].value == "future"
        else:
            if self.ref is None:
                return None
            cue = self.future_cue(self.starts[i])
            day = _around(row, self.ref, "future" if cue else "")
            end_tok, relative, future = j, True, (True if cue else None)
        if day is None:
            return None
        return self._hit(i, clen, end_tok, day, day, "day", relative, "holiday", future)


_ = _periods   # the modifiers' directions are rules/periods.py's DIRECTIONS
