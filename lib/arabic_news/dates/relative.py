"""Days counted from the publication day or from the last date: weekdays, اليوم/أمس/غدا, durations.

Productions (the ``rule`` of the DateSpan they give):
- ``p_weekday``: ``weekday`` («يوم الخميس», «الاثنين الماضي»; a bare weekday is the most
  recent such day on or before ``ref_date`` unless المقبل or a future cue points ahead),
  ``weekday_date`` when a full date follows («الخميس (29 تموز 2021)»);
- ``p_relday``: ``relative_day`` («اليوم», «أمس», «بعد غد»), ``relative_day_date``;
- ``p_duration``: ``duration`` («بعد يومين», «قبل ثلاثة أيام», «منذ عامين») and
  ``anaphora_duration`` («بعد ذلك بأسبوع»: counted from the last date found).
Words: rules/weekdays.py, and RELATIVE_DAYS, TODAY_BLOCKERS, DURATION_UNITS,
DURATION_PREPOSITIONS in rules/periods.py.
"""

from __future__ import annotations

import datetime as dt

from arabic_news.dates.arithmetic import add_months, period_around, safe_date, shift_date
from arabic_news.dates.lexicon import ARTICLE, BARE_WEEKDAYS, DURATION_PREPOSITIONS, FUNCTION_WORDS, TODAY_BLOCKERS
from arabic_news.dates.lexicon import WEEKDAY_ORDINALS_AFTER, WEEKDAY_ORDINALS_BEFORE, clitic_readings
from arabic_news.dates.lexicon import is_ascii_digits
from arabic_news.dates.window import Hit, Window
from arabic_news.rules import periods as _periods
from arabic_news.rules import weekdays as _weekdays
from arabic_news.rules.clitics import CONJUNCTIONS

_UNIT_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_DAY_NUMBER_FOLLOWERS = frozenset(_weekdays.DAY_NUMBER_FOLLOWERS)
_CUED_DAY_BEFORE = frozenset(_periods.CUED_DAY_BEFORE)


class RelativeDays(Window):
    """Productions of weekdays, relative days and durations."""

    # ---- weekdays and relative days
    def _explicit_after(self, j: int):
        """A full date after a weekday: «الخميس (29 تموز 2021)»، «الخميس الموافق 29 تموز»."""
        k = j
        opened = False
        if self.func(k, "wd_join") >= 0 or self.w(k) in FUNCTION_WORDS["wd_join"]:
            opened = self.w(k) == "("
            k += 1
        numeric = self.p_numeric(k) if is_ascii_digits(self.w(k)) else None
        c = None
        if numeric is not None:
            got = (numeric.date_start, numeric.date_end, numeric.precision, numeric.relative, None)
            end_tok = numeric.end_tok
        else:
            c = self.core(k)
            if c is None or c.day is None:
                return None
            got = self.resolve(c)
            if got is None:
                return None
            end_tok = c.end_tok
        if opened and self.w(end_tok) == ")":
            end_tok += 1
        return got, end_tok, c

    def _weekday_checked(self, weekday: int, got, c) -> tuple[tuple, float]:
        """A date written after its weekday, checked against it: with no year written («الخميس 15
        اغسطس») the nearest year where the day is that weekday (rules/periods.py WEEKDAY_YEAR_REACH);
        otherwise a mismatch keeps the date and lowers the confidence."""
        start, end, precision, relative, future = got
        if precision != "day" or start.weekday() == weekday:
            return got, 1.0
        if c is not None and c.year is None and c.calendar == "gregorian" and c.month is not None:
            for k in range(1, _periods.WEEKDAY_YEAR_REACH + 1):
                for y in (start.year - k, start.year + k):
                    day = safe_date(y, start.month, start.day)
                    if day is not None and day.weekday() == weekday:
                        return (day, day, precision, relative, future), 1.0
        return got, _periods.WEEKDAY_MISMATCH_CONFIDENCE

    def _weekday_day(self, weekday: int, j: int) -> tuple[tuple, int, float] | None:
        """«يوم الجمعه 16»: a day number alone after a weekday; the month is the nearest to the
        publication month (WEEKDAY_MONTH_REACH) whose day `n` is that weekday."""
        n = self.number(j)
        if n is None or not 1 <= n <= 31 or len(self.w(j)) > 2 or self.adjacent(j) \
                or self.w(j + 1) in ("/", "-", ".", ":", "%") or self.ref is None:
            return None
        after = self.w(j + 1)
        if after and after[0].isalpha() and not any(stem in _DAY_NUMBER_FOLLOWERS for _, stem in clitic_readings(after)):
            return None   # «الجمعه 11 سنتيمترا»: a measure (rules/weekdays.py DAY_NUMBER_FOLLOWERS)
        ref = self.ref
        fallback = None
        for k in sorted(range(-_periods.WEEKDAY_MONTH_REACH, _periods.WEEKDAY_MONTH_REACH + 1), key=lambda x: (abs(x), x)):
            y, m = add_months(ref.year, ref.month, k)
            day = safe_date(y, m, n)
            if day is None:
                continue
            if day.weekday() == weekday:
                return (day, day, "day", True, None), j + 1, 1.0
            if k == 0:
                fallback = day
        if fallback is None:
            return None
        return (fallback, fallback, "day", True, None), j + 1, _periods.WEEKDAY_MISMATCH_CONFIDENCE

    def _nth_weekday(self, weekday: int, n: int, k: int) -> tuple[tuple, int] | None:
        """«... من الشهر», «... من اغسطس 2021»: the n-th (-1: last) `weekday` of the month read at k (after «من»)."""
        if self.func(k, "link") != 0:
            return None
        span = None
        c = self.core(k + 1, cued=True)
        if c is not None and c.day is None:
            got = self.resolve(c)
            if got is not None:
                span, end_tok, relative = (got[0], got[1]), c.end_tok, got[3]
        if span is None:
            got = self._period_phrase(k + 1, bare=True)
            if got is None or got[2] != "month":
                return None
            span, end_tok, relative = (got[0], got[1]), got[5], got[3]
        first, last = span
        if n > 0:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
            if day > last:
                return None
        else:
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        return (day, day, "day", relative, None), end_tok

    def p_ordinal_weekday(self, i: int) -> Hit | None:
        """«اول خميس من نوفمبر», «اخر جمعه من ديسمبر 2020» (rules/weekdays.py WEEKDAY_ORDINALS_BEFORE)."""
        clen = self.func(i, "wd_ord_before")
        weekday = BARE_WEEKDAYS.get(self.w(i + 1))
        if clen < 0 or weekday is None:
            return None
        found = self._nth_weekday(weekday, WEEKDAY_ORDINALS_BEFORE[self.w(i)[clen:]], i + 2)
        if found is None:
            return None
        (start, end, precision, relative, future), end_tok = found
        return self._hit(i, clen, end_tok, start, end, precision, relative, "ordinal_weekday", future)

    def p_daypart(self, i: int) -> Hit | None:
        """«صباح الغد», «مساء امس», «ظهر الجمعه الماضي», «صباح يوم الاحد» (rules/periods.py DAY_PARTS)."""
        found = self.lex(i, ("daypart",))
        if found is None:
            return None
        for production in (self.p_relday, self.p_weekday, self.p_date):
            hit = production(i + 1)
            if hit is not None and hit.precision == "day" and hit.start == self.starts[i + 1]:
                return self._hit(i, found[2], hit.end_tok, hit.date_start, hit.date_end, "day", hit.relative,
                                 "part_of_day", hit.future, hit.confidence)
        return None

    def _weekday_date(self, weekday: int, anchor: dt.date, direction: str | None, future_cue: bool) -> dt.date:
        back = (anchor.weekday() - weekday) % 7
        if direction == "past":
            return anchor - dt.timedelta(days=back or 7)
        if direction in ("future", "after_next"):
            ahead = (weekday - anchor.weekday()) % 7 or 7
            return anchor + dt.timedelta(days=ahead + (7 if direction == "after_next" else 0))
        if future_cue or direction == "current":
            return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
        return anchor - dt.timedelta(days=back)

    def p_weekday(self, i: int) -> Hit | None:
        """«يوم الخميس»، «الاثنين الماضي»، «الاثنين المقبل»، «الخميس (29 تموز 2021)»."""
        k, clen = i, 0
        c = self.func(i, "day_noun")
        if c >= 0:
            k, clen = i + 1, c
            found = self.lex(k, ("weekday",))
            if found is None or found[2]:
                return None
        else:
            found = self.lex(k, ("weekday",))
            if found is None:
                return None
            clen = found[2]
        weekday, j = found[0].value, k + found[1]
        direction = None
        mod = self.lex(j, ("modifier",))
        if mod is not None and mod[2] == 0:
            direction, j = mod[0].value, j + mod[1]
        elif self.func(j, "wd_ord_after") == 0:   # «الاحد الثاني من الشهر»
            nth = self._nth_weekday(weekday, WEEKDAY_ORDINALS_AFTER[self.w(j)], j + 1)
            if nth is not None:
                (start, end, precision, relative, future), end_tok = nth
                return self._hit(i, clen, end_tok, start, end, precision, relative, "ordinal_weekday", future)
        explicit = self._explicit_after(j)
        if explicit is not None:
            got, end_tok, c = explicit
            (start, end, precision, relative, future), confidence = self._weekday_checked(weekday, got, c)
            return self._hit(i, clen, end_tok, start, end, precision, relative, "weekday_date", future, confidence)
        if direction is None:
            bare = self._weekday_day(weekday, j)
            if bare is not None:
                (start, end, precision, relative, future), end_tok, confidence = bare
                return self._hit(i, clen, end_tok, start, end, precision, relative, "weekday_day", future, confidence)
        if self.ref is None:
            return None
        s = self.starts[i] + clen
        cue = self.future_cue(s)
        day = self._weekday_date(weekday, self.ref, direction, cue)
        future = {"past": False, "future": True, "after_next": True}.get(direction or "", True if cue else None)
        return self._hit(i, clen, j, day, day, "day", True, "weekday", future)

    def p_relday(self, i: int) -> Hit | None:
        """«اليوم»، «أمس»، «غدا»، «اليوم الخميس (29 تموز 2021)»."""
        found = self.lex(i, ("relday",))
        if found is None:
            return None
        row, clen, j = found[0].value, found[2], i + found[1]
        if row.cued and clen == 0 and not (self.w(i - 1) in _CUED_DAY_BEFORE or self.lex(i - 1, ("daypart",))):
            return None   # «الغد» alone is also «the future»: a day after «في», «حتى» or «صباح»
        weekday = self.lex(j, ("weekday",))
        if row.strict and weekday is None:
            if self.w(j).startswith(ARTICLE) and self.w(j) not in _periods.ARTICLE_LOOKALIKES \
                    or self.lex(j, ("demo",)) or self.lex(i - 1, ("demo",)):
                return None  # «اليوم العالمي»، «في ذلك اليوم»، «اليوم نفسه»: not today
            before = self.w(i - 1)
            if clen == 0 and i > 0 and row.offset == 0 and (before in TODAY_BLOCKERS or before[:1] in CONJUNCTIONS
                                                            and before[1:] in TODAY_BLOCKERS) \
                    and self._explicit_after(j) is None:
                return None  # «روسيا اليوم»، «مرتين في اليوم»، «إلى اليوم»: a name, a rate, a state
            if clen == 0 and self.func(i - 1, "name_block") >= 0:
                return None  # «صحيفه الغد», «حزب الغد»: a name
        wd = None
        if weekday is not None and weekday[2] == 0:
            wd, j = weekday[0].value, j + weekday[1]
        explicit = self._explicit_after(j)
        if explicit is not None:
            (start, end, precision, relative, future), end_tok, _ = explicit
            return self._hit(i, clen, end_tok, start, end, precision, relative, "relative_day_date", future)
        if self.ref is None:
            return None
        day = self.ref + dt.timedelta(days=row.offset)
        if wd is not None and day.weekday() != wd:
            delta = (wd - day.weekday()) % 7
            day = day + dt.timedelta(days=delta - 7 if delta > 3 else delta)
        future = True if row.offset > 0 else (False if row.offset < 0 else None)
        return self._hit(i, clen, j, day, day, "day", True, "relative_day", future)

    # ---- durations: بعد يومين، قبل ثلاثة أيام، بعد ذلك بأسبوع، منذ عامين
    def _second_duration(self, j: int, unit: str) -> tuple[int, str, int] | None:
        """The smaller duration after «و» of a compound one: «شهر و21 يوما», «عام وثلاثه اشهر», «اسبوع ويومين»."""
        k, clen = j, 0
        if self.func(j, "pair_join") == 0 and self.adjacent(j + 1):
            k = j + 1   # «و21 يوما»: و, then the digits
        elif not self.w(j)[:1] in _periods.PAIR_JOINS:
            return None
        else:
            clen = 1
        found = self.lex(k, ("dur_dual", "dur_single", "period"))
        if found is not None and found[2] == clen and not self.w(k)[clen:].startswith(ARTICLE):
            count, unit2, end = (2 if found[0].cat == "dur_dual" else 1), found[0].value, k + found[1]
        else:
            n = self.number(k) if clen == 0 else None
            step = 1
            if n is None:
                word = self.lex(k, ("number",))
                if word is None or word[2] != clen:
                    return None
                n, step = word[0].value, word[1]
            plural = self.lex(k + step, ("dur_plural", "dur_single", "period"))
            if plural is None or plural[2]:
                return None
            count, unit2, end = n, plural[0].value, k + step + plural[1]
        if _UNIT_ORDER.get(unit2, 9) >= _UNIT_ORDER[unit]:
            return None
        return count, unit2, end

    def p_duration(self, i: int) -> Hit | None:
        prep = None
        for clen, stem in clitic_readings(self.w(i)):
            if stem in DURATION_PREPOSITIONS:
                prep = DURATION_PREPOSITIONS[stem]
                break
        if prep is None:
            return None
        j, anaphoric = i + 1, prep.anaphoric
        if self.func(j, "dur_ana") == 0:
            j += 1
            anaphoric = True
            if self.prev is None:
                return None
        count, unit = None, None
        found = self.lex(j, ("dur_dual", "dur_single", "period"))
        if found is not None:
            if found[0].cat == "period" and (found[2] and self.w(j)[found[2]:].startswith(ARTICLE)
                                             or self.w(j).startswith(ARTICLE)):
                return None
            unit = found[0].value
            count = 2 if found[0].cat == "dur_dual" else 1
            j += found[1]
            if self.number(j) is not None or self.lex(j, ("month", "weekday", "ordinal")) is not None:
                return None
        else:
            n = self.number(j)
            if n is None:
                word = self.lex(j, ("number",))
                if word is None:
                    return None
                n, step = word[0].value, word[1]
            else:
                step = 1
            plural = self.lex(j + step, ("dur_plural", "dur_single", "period"))
            if plural is None or plural[2]:
                return None
            count, unit = n, plural[0].value
            j += step + plural[1]
        if unit not in ("day", "week", "month", "year") or count is None or count > 400:
            return None
        second = self._second_duration(j, unit)
        if second is not None:
            count2, unit2, j = second
        if self.func(j, "dur_block") == 0 or self.func(j + 1, "dur_block") == 0:
            return None
        if anaphoric and self.prev is not None:
            anchor, rule = self.prev.date_start, "anaphora_duration"
        elif self.ref is not None:
            anchor, rule = self.ref, "duration"
        else:
            return None
        try:
            day = shift_date(unit, anchor, prep.sign * count)
            if second is not None:
                day, unit = shift_date(unit2, day, prep.sign * count2), unit2
        except (OverflowError, ValueError):
            return None
        if unit == "day":
            start = end = day
            precision = "day"
        elif unit == "week":
            start = end = day
            precision = "day"
        else:
            start, end = period_around(unit, day)
            precision = unit
        future = True if prep.sign > 0 and rule == "duration" else (False if prep.sign < 0 else None)
        return self._hit(i, 0, j, start, end, precision, True, rule, future)
