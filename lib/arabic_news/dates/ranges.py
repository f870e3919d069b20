"""Ranges of dates: «من 2014 إلى 2017», «بين 5 و7 يوليو», «2014-2017», «من يناير الى مارس 2020».

``p_range`` gives the rule ``range`` and precision ``interval``. Each side is a day,
month or year (a `Core` of absolute.py, whose missing month or year is borrowed from
the other side: «بين 5 و7 يوليو»), or any period, part, season, weekday or decade.
The opener and join words (من … الى، بين … و، the dash) are ``RANGE_WORDS`` in
rules/periods.py; a join that needs its opener names it in ``pair``.
"""

from __future__ import annotations

from arabic_news.dates.lexicon import JOINS
from arabic_news.dates.window import Core, Hit, Window
from arabic_news.rules import periods as _periods


class Ranges(Window):
    """The range production: two dates joined by a range word, each side read by the other productions."""

    def p_range(self, i: int) -> Hit | None:
        """«من 2014 إلى 2017»، «بين 5 و7 يوليو»، «2014-2017»، «من يناير الى مارس 2020»."""
        opener, clen = "", 0
        k = i
        c = self.func(i, "open")
        if c >= 0:
            opener, clen = self.w(i)[c:], c
            k = i + 1
        first = self._range_piece(k, True)
        if first is None:
            return None
        j = first.end_tok
        join = self.w(j)
        pair = JOINS.get(join)
        if pair is None or (pair and pair != opener):
            return None
        second = self._range_piece(j + 1, False)
        if second is None:
            return None
        if isinstance(first, Core) and isinstance(second, Core):
            if first.month is None:
                first = first._replace(month=second.month, calendar=second.calendar, year=second.year,
                                       modifier=second.modifier)
            elif first.year is None and first.modifier is None and second.year is not None:
                first = first._replace(year=second.year, modifier=second.modifier)
            if first.calendar != second.calendar:
                return None
            a, b = self.resolve(first), self.resolve(second)
            if a is None or b is None:
                return None
            start, end = a[0], b[1]
            relative = a[3] or b[3]
        else:
            a = first if isinstance(first, Hit) else self._core_hit(first)
            b = second if isinstance(second, Hit) else self._core_hit(second)
            if a is None or b is None:
                return None
            start, end, relative = a.date_start, b.date_end, a.relative or b.relative
        if end < start:
            return None
        return self._hit(i, clen, second.end_tok, start, end, "interval", relative, "range")

    def p_month_days(self, i: int) -> Hit | None:
        """«يوليو 13-15», «سبتمبر 20-22، 2019»: a month, then two days joined by a dash, then maybe a year."""
        month = self._month_at(i)
        if month is None:
            return None
        row, j, _, clen = month
        a, b = self.number(j), self.number(j + 2)
        if a is None or b is None or JOINS.get(self.w(j + 1), None) != "" or not 1 <= a < b <= 31 \
                or len(self.w(j)) > 2 or len(self.w(j + 2)) > 2:
            return None
        year = self._year_ref(j + 3, row.calendar)
        end_tok = j + 3
        core_year = None
        if year is not None and year[0][0] == "abs":
            core_year, end_tok = year[0], year[1]
        first = Core(self.starts[i] + clen, self.ends[end_tok - 1], end_tok, a, row.month, row.calendar, core_year,
                     None, "range")
        s, e = self.resolve(first), self.resolve(first._replace(day=b))
        if s is None or e is None:
            return None
        return self._hit(i, clen, end_tok, s[0], e[1], "interval", s[3], "range")

    def _range_piece(self, k: int, first: bool):
        """One side of a range: a core (day/month/year), a bare year, or any other date."""
        if self.number(k) is not None and len(self.w(k)) == 4:
            got = self._year_number(k, _periods.PREPOSITION_YEAR_RANGE)
            if got is None:
                return None
            span = self._year_span(got[0], got[1])
            if span is None:
                return None
            return Hit(got[2], self.starts[k], self.ends[got[2] - 1], span[0], span[1], "year", False, "year", None)
        c = self.core(k, allow_bare_day=first, cued=True)
        if c is not None:
            return c
        if self.number(k) is not None:
            return None
        for production in (self.p_period, self.p_part, self.p_season, self.p_weekday, self.p_decade):
            hit = production(k)
            if hit is not None:
                return hit
        return None
