"""The last or next n units: «اخر 3 سنوات», «الايام الثلاثه القادمه», «السنوات الـ18 الماضيه».

Production (the ``rule`` of the DateSpan it gives): ``p_last_n`` → ``last_n``, precision
``interval``. Words: LAST_N_WORDS, DURATION_UNITS, MODIFIERS, SPAN_LAST_WORDS and
SPAN_DUAL_WORDS of rules/periods.py, the number words of rules/numbers.py; the convention
(where the span starts and ends) is written beside LAST_N_WORDS.
"""

from __future__ import annotations

import datetime as dt

from arabic_news.dates.arithmetic import shift_date
from arabic_news.dates.lexicon import ARTICLE, SPAN_UNITS, clitic_readings, lexicon_entries
from arabic_news.dates.window import Hit, Window
from arabic_news.rules import periods as _periods

_LAST_WORDS = frozenset(_periods.SPAN_LAST_WORDS)


class Spans(Window):
    """The production of spans of n units up to or from the publication date."""

    def _count(self, k: int) -> tuple[int, int] | None:
        """(n, next index) for «3», «ال18» (the article then digits), «الثلاثه», «ثلاثه»."""
        n = self.number(k)
        if n is not None:
            return n, k + 1
        if self.w(k) == ARTICLE and self.adjacent(k + 1) and self.number(k + 1) is not None:
            return self.number(k + 1), k + 2
        word = self.lex(k, ("number",))
        if word is not None and word[2] == 0:
            return word[0].value, k + word[1]
        w = self.w(k)
        if w.startswith(ARTICLE):
            for _, words, entry in lexicon_entries(w[len(ARTICLE):]):
                if entry.cat == "number" and len(words) == 1:
                    return entry.value, k + 1
        return None

    def _span(self, i: int, clen: int, end_tok: int, n: int, unit: str, direction: str) -> Hit | None:
        ref = self.ref
        if ref is None or not 1 <= n <= 400 or unit not in ("day", "week", "month", "year"):
            return None
        try:
            if unit == "year":   # whole years, the publication year included (data/gold/README.md)
                first, last = (ref.year - n, ref.year) if direction == "past" else (ref.year, ref.year + n)
                if not 1 <= first <= last <= 9999:
                    return None
                return self._hit(i, clen, end_tok, dt.date(first, 1, 1), dt.date(last, 12, 31), "year", True, "last_n",
                                 direction == "future")
            if direction == "past":
                start, end = shift_date(unit, ref, -n), ref
            else:
                start, end = ref, shift_date(unit, ref, n)
        except (OverflowError, ValueError):
            return None
        return self._hit(i, clen, end_tok, start, end, "interval", True, "last_n", direction == "future")

    def p_last_n(self, i: int) -> Hit | None:
        """«اخر 3 سنوات» (LAST_N_WORDS), «الايام الثلاثه القادمه», «الشهرين الماضيين»."""
        clen = self.func(i, "last_n")
        if clen >= 0:
            got = self._count(i + 1)
            if got is None:
                return None
            n, k = got
            unit = self.lex(k, ("dur_plural",))
            if unit is None or unit[2]:
                return None
            return self._span(i, clen, k + unit[1], n, unit[0].value, "past")
        clen = self.func(i, "span_unit")
        if clen < 0:
            return None
        unit, dual = SPAN_UNITS[next(stem for c, stem in clitic_readings(self.w(i)) if stem in SPAN_UNITS)]
        k = i + 1
        if dual is not None:
            n = dual
        else:
            got = self._count(k)
            if got is None:
                return None
            n, k = got
        word = self.w(k)
        mod = self.lex(k, ("modifier",))
        if mod is not None and mod[2] == 0 and mod[0].value in ("past", "future"):
            direction = mod[0].value
        elif word in _LAST_WORDS:
            direction = "past"
        elif word in _periods.SPAN_DUAL_WORDS:
            direction = _periods.SPAN_DUAL_WORDS[word]
        else:
            return None
        return self._span(i, clen, k + 1, n, unit, direction)
