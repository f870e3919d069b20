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

from arabic_news.dates.arithmetic import period_around, shift_date
from arabic_news.dates.lexicon import ARTICLE, DURATION_PREPOSITIONS, FUNCTION_WORDS, TODAY_BLOCKERS
from arabic_news.dates.lexicon import clitic_readings, is_ascii_digits
from arabic_news.dates.window import Hit, Window
from arabic_news.rules.clitics import CONJUNCTIONS


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
        if numeric is not None:
            got = (numeric.date_start, numeric.date_end, numeric.precision, False, None)
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
        return got, end_tok

    def _weekday_date(self, weekday: int, anchor: dt.date, direction: str | None, future_cue: bool) -> dt.date:
        back = (anchor.weekday() - weekday) % 7
        if direction == "past":
            return anchor - dt.timedelta(days=back or 7)
        if direction == "future":
            ahead = (weekday - anchor.weekday()) % 7
            return anchor + dt.timedelta(days=ahead or 7)
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
            direction, j = mod[0].value, j + 1
        explicit = self._explicit_after(j)
        if explicit is not None:
            (start, end, precision, relative, future), end_tok = explicit
            return self._hit(i, clen, end_tok, start, end, precision, relative, "weekday_date", future)
        if self.ref is None:
            return None
        s = self.starts[i] + clen
        cue = self.future_cue(s)
        day = self._weekday_date(weekday, self.ref, direction, cue)
        future = {"past": False, "future": True}.get(direction or "", True if cue else None)
        return self._hit(i, clen, j, day, day, "day", True, "weekday", future)

    def p_relday(self, i: int) -> Hit | None:
        """«اليوم»، «أمس»، «غدا»، «اليوم الخميس (29 تموز 2021)»."""
        found = self.lex(i, ("relday",))
        if found is None:
            return None
        row, clen, j = found[0].value, found[2], i + found[1]
        weekday = self.lex(j, ("weekday",))
        if row.strict and weekday is None:
            if self.w(j).startswith(ARTICLE) or self.lex(j, ("demo",)) or self.lex(i - 1, ("demo",)):
                return None  # «اليوم العالمي»، «في ذلك اليوم»، «اليوم نفسه»: not today
            before = self.w(i - 1)
            if clen == 0 and i > 0 and (before in TODAY_BLOCKERS or before[:1] in CONJUNCTIONS
                                        and before[1:] in TODAY_BLOCKERS) and self._explicit_after(j) is None:
                return None  # «روسيا اليوم»، «مرتين في اليوم»، «إلى اليوم»: a name, a rate, a state
        wd = None
        if weekday is not None and weekday[2] == 0:
            wd, j = weekday[0].value, j + weekday[1]
        explicit = self._explicit_after(j)
        if explicit is not None:
            (start, end, precision, relative, future), end_tok = explicit
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
