"""Periods: «العام الماضي», «هذا الأسبوع», «في العام نفسه», «مطلع 2020», «صيف 2014», «التسعينيات».

Productions (the ``rule`` of the DateSpan they give):
- ``p_period``: ``year``/``hijri_year`` after عام/سنه («عام 2014»), ``relative_period``
  («العام الماضي»), ``this_period`` («هذا الأسبوع»), ``anaphora_period`` («في العام
  نفسه»: counted from the last date found);
- ``p_part``: ``part_of_year``, ``part_of_month``, ``part_of_week``, ``part_of_decade``
  («مطلع العام», «منتصف أبريل», «النصف الثاني من 2020»; a month is cut in thirds);
- ``p_season``: ``season`` («صيف 2020»), ``relative_season`` («الصيف الماضي»),
  ``this_season`` and ``anaphora_season`` («في ذلك الخريف»);
- ``p_decade``: ``decade`` («التسعينيات», «ستينيات القرن الماضي»).
Words: PERIOD_NOUNS, MODIFIERS, DEMONSTRATIVES, PARTS, SEASONS, DECADES, CENTURIES in
rules/periods.py.
"""

from __future__ import annotations

import datetime as dt

from arabic_news.dates.arithmetic import month_end, month_thirds, narrow_period, period_around, precision_of_span
from arabic_news.dates.arithmetic import shift_date
from arabic_news.dates.lexicon import ARTICLE, LAM_ARTICLE
from arabic_news.dates.window import Hit, Window
from arabic_news.rules import periods as _periods

_GENERAL_BEFORE = frozenset(_periods.GENERAL_BEFORE)


class PeriodPhrases(Window):
    """Productions of period nouns, parts of a period, seasons and decades."""

    # ---- period nouns: العام الماضي، هذا الأسبوع، عام 2014، في العام نفسه
    def _period_phrase(self, i: int, bare: bool = False):
        """(start, end, unit, relative, future, next index, clitic, rule) of a period phrase at i."""
        demo_before = self.lex(i, ("demo",))
        if demo_before is not None and demo_before[0].value.position == "before":
            d = demo_before[0].value
            k = i + 1
            noun = self.lex(k, ("period",))
            season = self.lex(k, ("season",)) if noun is None else None
            if noun is not None and self.w(k).startswith(ARTICLE):
                unit = noun[0].value
                anchor = self._anchor(d.anaphoric)
                if anchor is None:
                    return None
                start, end = period_around(unit, shift_date(unit, anchor, d.shift) if d.shift else anchor)
                return start, end, unit, True, None, k + 1, demo_before[2], \
                    ("anaphora_period" if d.anaphoric else "this_period")
            if season is not None and self.w(k).startswith(ARTICLE):
                anchor = self._anchor(d.anaphoric)
                if anchor is None:
                    return None
                if d.anaphoric:
                    span = self._season_span(season[0].value, anchor.year)
                else:
                    span = self._season_relative(season[0].value, "current")
                if span is None:
                    return None
                return span[0], span[1], "season", True, None, k + 1, demo_before[2], \
                    ("anaphora_season" if d.anaphoric else "this_season")
            return None
        noun = self.lex(i, ("period",))
        if noun is None:
            return None
        unit, clen, j = noun[0].value, noun[2], i + 1
        if unit == "year" and clen == 0 and self.w(i - 1) in _GENERAL_BEFORE:
            return None   # «الامين العام السابق»: 'general', not the year (rules/periods.py GENERAL_BEFORE)
        if unit == "year":
            got = self._year_number(j, _periods.NOUN_YEAR_RANGE)
            if got is not None:
                span = self._year_span(got[0], got[1])
                if span is None:
                    return None
                return span[0], span[1], "year", False, None, got[2], clen, \
                    ("hijri_year" if got[1] == "hijri" else "year")
        definite = self.w(i)[clen:].startswith(ARTICLE) or self.w(i)[clen - 1:].startswith(LAM_ARTICLE)
        if not definite:
            return None
        mod = self.lex(j, ("modifier",))
        if mod is not None and mod[2] == 0:
            if self.ref is None:
                return None
            direction = mod[0].value
            n = _periods.DIRECTION_SHIFTS[direction]
            start, end = period_around(unit, shift_date(unit, self.ref, n))
            return start, end, unit, True, {"past": False, "future": True}.get(direction), j + mod[1], clen, \
                "relative_period"
        demo = self.lex(j, ("demo",))
        if demo is not None and demo[0].value.position == "after" and demo[2] == 0:
            d = demo[0].value
            anchor = self._anchor(True)
            if anchor is None and d.fallback:
                anchor = self.ref   # «الاسبوع السابق» with no date before it: the week before publication
            if anchor is None:
                return None
            start, end = period_around(unit, shift_date(unit, anchor, d.shift))
            return start, end, unit, True, None, j + 1, clen, "anaphora_period"
        if bare and unit != "decade" and self.ref is not None:
            start, end = period_around(unit, self.ref)
            return start, end, unit, True, None, j, clen, "current_period"
        return None

    def p_period(self, i: int) -> Hit | None:
        got = self._period_phrase(i)
        if got is None:
            return None
        start, end, unit, relative, future, j, clen, rule = got
        return self._hit(i, clen, j, start, end, unit, relative, rule, future)

    # ---- parts: مطلع العام، منتصف 2020، النصف الثاني من شهر مارس، نهاية العام الجاري
    def p_part(self, i: int) -> Hit | None:
        found = self.lex(i, ("part",))
        if found is None:
            return None
        part, clen, j = found[0].value, found[2], i + found[1]
        if self.func(j, "link") == 0:
            j += 1
        target = None
        if self.number(j) is not None and len(self.w(j)) == 4:
            got = self._year_number(j, _periods.NOUN_YEAR_RANGE)
            if got is not None:
                span = self._year_span(got[0], got[1])
                if span is not None:
                    target = (span[0], span[1], "year", False, None, got[2])
        if target is None:
            c = self.core(j, cued=True)
            if c is not None and c.day is None:
                got = self.resolve(c)
                if got is not None:
                    target = (got[0], got[1], "month", got[3], got[4], c.end_tok)
        if target is None:
            got = self._period_phrase(j, bare=True)
            if got is not None:
                target = (got[0], got[1], got[2], got[3], got[4], got[5])
        if target is None:
            dec = self._decade(j)
            if dec is not None:
                target = dec
        if target is None:
            return None
        start, end, unit, relative, future, end_tok = target
        if unit not in ("year", "month", "decade", "week"):
            return None
        if unit == "month" and part.kind == "part":
            start, end = month_thirds(start, end, part.low, part.high)
        else:
            start, end = narrow_period(start, end, unit, part.low, part.high)
        precision = part.kind if part.kind != "part" else precision_of_span(start, end)
        return self._hit(i, clen, end_tok, start, end, precision, relative, "part_of_" + unit, future)

    # ---- seasons
    def _season_span(self, season, year: int) -> tuple[dt.date, dt.date] | None:
        (m1, o1), (m2, o2) = season.first, season.last
        if not 1 <= year + o1 and year + o2 <= 9999:
            return None
        return dt.date(year + o1, m1, 1), month_end(year + o2, m2)

    def _season_relative(self, season, direction: str) -> tuple[dt.date, dt.date] | None:
        ref = self.ref
        if ref is None:
            return None
        for year in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2):
            span = self._season_span(season, year)
            if direction == "past" and span[1] < ref and self._season_span(season, year + 1)[1] >= ref:
                return span
            if direction == "future" and span[0] > ref:
                return span
            if direction == "current" and span[1] >= ref:
                return span
        return None

    def p_season(self, i: int) -> Hit | None:
        """«صيف 2020»، «الصيف الماضي»، «خريف العام نفسه» («في ذلك الخريف» see p_period)."""
        found = self.lex(i, ("season",))
        if found is None:
            return None
        season, clen, j = found[0].value, found[2], i + found[1]
        mod = self.lex(j, ("modifier",))
        if mod is not None and mod[2] == 0 and self.w(i)[clen:].startswith(ARTICLE):
            span = self._season_relative(season, mod[0].value)
            if span is None:
                return None
            return self._hit(i, clen, j + 1, span[0], span[1], "season", True, "relative_season",
                             {"past": False, "future": True}.get(mod[0].value))
        demo = self.lex(j, ("demo",))
        if demo is not None and demo[0].value.position == "after" and demo[2] == 0:
            anchor = self._anchor(True)
            if anchor is None:
                return None
            span = self._season_span(season, anchor.year + demo[0].value.shift)
            return self._hit(i, clen, j + 1, span[0], span[1], "season", True, "anaphora_season") if span else None
        year = self._year_ref(j, "gregorian")
        if year is None:
            return None
        (kind, value), k, cal = year
        if cal != "gregorian":
            return None
        if kind == "abs":
            y, relative = value, False
        elif kind == "rel":
            if self.ref is None:
                return None
            y, relative = self.ref.year + _periods.DIRECTION_SHIFTS[value], True
        else:
            if self.prev is None:
                return None
            y, relative = self.prev.date_start.year + value, True
        span = self._season_span(season, y)
        if span is None:
            return None
        return self._hit(i, clen, k, span[0], span[1], "season", relative, "season")

    # ---- decades
    def _decade(self, i: int):
        found = self.lex(i, ("decade",))
        if found is None:
            return None
        offset, j = found[0].value, i + found[1]
        century, relative = _periods.DECADE_DEFAULT_CENTURY, False
        k = j + 1 if self.func(j, "link") == 0 else j
        cent = self.lex(k, ("century",))
        if cent is not None and cent[2] == 0:
            if cent[0].value is not None:
                century, j = cent[0].value, k + cent[1]
            elif self.ref is not None:
                century, relative, j = (self.ref.year // 100 - 1) * 100, True, k + cent[1]
        y = century + offset
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", relative, None, j

    def p_decade(self, i: int) -> Hit | None:
        got = self._decade(i)
        if got is None:
            return None
        start, end, unit, relative, future, j = got
        return self._hit(i, self.lex(i)[2], j, start, end, "decade", relative, "decade", future)
