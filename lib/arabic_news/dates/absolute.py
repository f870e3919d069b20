"""Dates that name their day, month or year.

«29/7/2021», «عام 2014», «عامي 2014 و2015», «3 يناير 2020», «12 ذو الحجة 1442هـ».

Productions (the ``rule`` of the DateSpan they give):
- ``p_numeric``: ``numeric_date`` (29/7/2021, 2021-07-29);
- ``p_year``: ``year``, ``hijri_year`` (a bare year after a year cue, or with a mark: «في 2008», «2014م»);
- ``p_year_pair``: ``year_pair`` («عامي 2014 و2015»);
- ``p_date`` reads a `Core` (day? month year?) with ``core`` and resolves it:
  ``day_month_year``, ``day_month``, ``month_year``, ``month``, their ``hijri_`` forms,
  and ``day_of_relative_period`` («الخامس من الشهر الماضي»).
A month or day-month written without a year takes the year that
`SentenceContext.implied_year` (sentence_context.py) finds for it.
Month names and year marks: rules/months.py; year ranges and cues: rules/periods.py.
"""

from __future__ import annotations

import datetime as dt

from arabic_news.dates.arithmetic import month_end, safe_date
from arabic_news.dates.hijri import hijri_month_span, hijri_to_date, hijri_year_of
from arabic_news.dates.lexicon import DATE_SEPARATORS, YEAR_WORD_FORMS, is_ascii_digits
from arabic_news.dates.window import Core, Hit, Window
from arabic_news.numbers.number_phrase import read_number_phrase
from arabic_news.rules import periods as _periods


class AbsoluteDates(Window):
    """Productions of dates that name their day, month or year (resolved with ``ref`` only when the year is missing)."""

    # ---- numeric dates: 29/7/2021, 2021-07-29
    def p_numeric(self, i: int) -> Hit | None:
        """29/7/2021, 2021-07-29, 12.03.2020; a Hijri date with its mark (14-09-1432 هـ, 1432/9/14 هـ);
        a day and month (22/04: the month in two digits, a slash, the year from the publication date);
        a month and year (3-2015, 11/2019)."""
        parts, seps, k = [self.w(i)], [], i + 1
        while len(parts) < 3 and self.w(k) in DATE_SEPARATORS and self.adjacent(k) and self.adjacent(k + 1) \
                and is_ascii_digits(self.w(k + 1)):
            seps.append(self.w(k))
            parts.append(self.w(k + 1))
            k += 2
        if self.w(k) in DATE_SEPARATORS and self.adjacent(k):
            return None   # 1/2/3/4: a list or a code
        if len(parts) == 2:
            return self._numeric_pair(i, parts, seps[0], k)
        if len(parts) != 3 or seps[0] != seps[1]:
            return None
        a, b, c = parts
        if len(a) == 4 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2:
            d, m, y = int(a), int(b), int(c)
        else:
            return None
        mark = self.lex(k, ("hmark",))
        if mark is not None:   # «14-09-1432 هـ»
            day = hijri_to_date(y, m, d) if _periods.HIJRI_YEAR_RANGE[0] <= y <= _periods.HIJRI_YEAR_RANGE[1] else None
            return self._hit(i, 0, k + mark[1], day, day, "day", False, "hijri_numeric_date") if day else None
        day = safe_date(y, m, d)
        if day is None or not _periods.PREPOSITION_YEAR_RANGE[0] <= y <= _periods.PREPOSITION_YEAR_RANGE[1]:
            return None
        return self._hit(i, 0, k, day, day, "day", False, "numeric_date")

    def _numeric_pair(self, i: int, parts: list[str], sep: str, k: int) -> Hit | None:
        """22/04 (day/month, resolved like «22 ابريل») or 3-2015 (month-year)."""
        a, b = parts
        if len(b) == 4 and len(a) <= 2 and sep in "/-" and 1 <= int(a) <= 12:
            y, m = int(b), int(a)
            if not _periods.PREPOSITION_YEAR_RANGE[0] <= y <= _periods.PREPOSITION_YEAR_RANGE[1]:
                return None
            return self._hit(i, 0, k, dt.date(y, m, 1), month_end(y, m), "month", False, "numeric_month_year")
        if sep != "/" or len(b) != 2 or len(a) > 2 or not (1 <= int(a) <= 31 and 1 <= int(b) <= 12):
            return None
        c = Core(self.starts[i], self.ends[k - 1], k, int(a), int(b), "gregorian", None, None, "numeric_day_month")
        got = self.resolve(c)
        if got is None:
            return None
        start, end, precision, relative, future = got
        return Hit(k, c.start, c.end, start, end, precision, relative, c.rule, future)

    # ---- years
    def _year_in_words(self, i: int) -> tuple[int, int] | None:
        """«الفين وعشرين», «الف وتسعمائه وتسعين»: (year, next index) read by the numbers side's phrase reader."""
        if self.w(i) not in YEAR_WORD_FORMS:
            return None
        phrase = read_number_phrase(self.text, self.starts[i], False)
        if phrase is None or not isinstance(phrase.value, int):
            return None
        j = i
        while j < len(self.words) and self.starts[j] < phrase.end:
            j += 1
        return phrase.value, j

    def _year_number(self, i: int, lo_hi: tuple[int, int]) -> tuple[int, str, int] | None:
        """(year, calendar, next index) for a number at i in range, with an optional mark after it."""
        n = self.number(i)
        j = i + 1
        if n is None:
            words = self._year_in_words(i)
            if words is None:
                return None
            n, j = words
        cal = "gregorian"
        mark = self.lex(j, ("hmark", "gmark"))
        if mark is not None:
            cal = "hijri" if mark[0].cat == "hmark" else "gregorian"
            j += mark[1]
        if cal == "hijri":
            lo_hi = _periods.HIJRI_YEAR_RANGE
        if not lo_hi[0] <= n <= lo_hi[1]:
            return None
        if mark is None and self.unit_follows(j):
            return None
        return n, cal, j

    def _year_span(self, y: int, cal: str) -> tuple[dt.date, dt.date] | None:
        if cal == "hijri":
            first = hijri_month_span(y, 1)
            last = hijri_month_span(y, 12)
            return (first[0], last[1]) if first and last else None
        if not 1 <= y <= 9999:
            return None
        return dt.date(y, 1, 1), dt.date(y, 12, 31)

    def p_year(self, i: int) -> Hit | None:
        """A bare year: «في 2008»، «2014م»، «1442هـ» (after عام/سنه see p_period)."""
        w = self.w(i)
        if len(w) != 4:
            return None
        marked = self.lex(i + 1, ("hmark", "gmark"))
        if marked is None and self.func(i - 1, "year_cue") < 0:
            return None
        got = self._year_number(i, _periods.PREPOSITION_YEAR_RANGE if marked is None else _periods.NOUN_YEAR_RANGE)
        if got is None:
            return None
        y, cal, j = got
        span = self._year_span(y, cal)
        if span is None:
            return None
        return self._hit(i, 0, j, span[0], span[1], "year", False, "hijri_year" if cal == "hijri" else "year")

    def p_year_pair(self, i: int) -> Hit | None:
        """«عامي 2014 و2015»."""
        found = self.lex(i, ("yearpair",))
        if found is None:
            return None
        a = self._year_number(i + 1, _periods.NOUN_YEAR_RANGE)
        if a is None:
            return None
        y1, _, j = a
        if self.func(j, "pair_join") != 0:
            return None
        b = self._year_number(j + 1, _periods.NOUN_YEAR_RANGE)
        if b is None or b[0] <= y1:
            return None
        return self._hit(i, found[2], b[2], dt.date(y1, 1, 1), dt.date(b[0], 12, 31), "interval", False,
                         "year_pair")

    # ---- day / month / year cores
    def _month_at(self, i: int):
        """(Month row, next index, doubled) for a month name at i, reading a doubled twin after it."""
        found = self.lex(i, ("month",))
        if found is None:
            return None
        row, j = found[0].value, i + found[1]
        doubled = False
        k = j
        opened = self.w(k) == "("
        if self.w(k) in ("/", "(", "-", "–"):
            twin = self.lex(k + 1, ("month",))
            if twin is not None and twin[2] == 0 and twin[0].value.month == row.month \
                    and twin[0].value.calendar == row.calendar:
                j = k + 1 + twin[1]
                doubled = True
                if opened and self.w(j) == ")":
                    j += 1
        return row, j, doubled, found[2]

    def _year_ref(self, j: int, cal: str):
        """A year after a month or season: (kind, value, next index, calendar) or None."""
        k = j
        if self.func(k, "comma") == 0 or self.w(k) == "." and self.adjacent(k) and len(self.w(k + 1)) == 4:
            k += 1   # «اغسطس، 2019», «16. نوفمبر. 2016»
        if self.func(k, "link") == 0:
            k += 1
        got = self._year_number(k, _periods.NOUN_YEAR_RANGE if cal == "gregorian" else _periods.HIJRI_YEAR_RANGE)
        if got is not None and (len(self.w(k)) >= 3 or self.lex(k + 1, ("hmark", "gmark"))):
            # «رمضان 1445»: an unmarked year in the Hijri range after a Hijri month is a Hijri year
            ycal = "hijri" if cal == "hijri" and self.lex(k + 1, ("gmark",)) is None else got[1]
            return ("abs", got[0]), got[2], ycal
        if got is None and cal == "hijri":
            greg = self._year_number(k, _periods.PREPOSITION_YEAR_RANGE)
            if greg is not None and greg[1] == "gregorian":
                return ("greg", greg[0]), greg[2], "hijri"   # «رمضان 2019»: the Ramadan that begins in 2019
        noun = self.lex(k, ("period",))
        if noun is not None and noun[0].value == "year":
            m = k + noun[1]
            got = self._year_number(m, _periods.NOUN_YEAR_RANGE)
            if got is not None:
                return ("abs", got[0]), got[2], got[1]
            mod = self.lex(m, ("modifier",))
            if mod is not None and mod[2] == 0:
                return ("rel", mod[0].value), m + 1, cal
            demo = self.lex(m, ("demo",))
            if demo is not None and demo[0].value.position == "after":
                return ("ana", demo[0].value.shift), m + 1, cal
            return None
        demo = self.lex(k, ("demo",))
        if demo is not None and demo[0].value.position == "before":
            noun = self.lex(k + 1, ("period",))
            if noun is not None and noun[0].value == "year":
                d = demo[0].value
                return (("ana", d.shift) if d.anaphoric else ("rel", "current")), k + 1 + noun[1], cal
        return None

    def core(self, i: int, allow_bare_day: bool = False, cued: bool = False) -> Core | None:
        """Day? month year? at i, unresolved. With allow_bare_day a lone day number (range start);
        `cued`: the caller read a preposition or part word before it (a lone month needs one)."""
        day, k, clen = None, i, 0
        n = self.number(i)
        if n is not None:
            if not 1 <= n <= 31 or len(self.w(i)) > 2:
                return None
            day, k = n, i + 1
            if (self.w(k) == "-" or self.w(k) == "." and self.adjacent(k)) and self.lex(k + 1, ("month",)):
                k += 1   # «16-نوفمبر», «16. نوفمبر»
            elif self.func(k, "link") == 0 or cued and self.lex(k, ("demo", "period")) is not None \
                    and self.lex(k, ("month",)) is None:
                k += 1 if self.func(k, "link") == 0 else 0   # «22 من الشهر الجاري»; in a range «22 هذا الشهر»
                month_phrase = self._period_phrase(k)
                if month_phrase is not None and month_phrase[2] == "month" and self.lex(k, ("month",)) is None:
                    first, _, _, relative, future, end_tok, _, rule = month_phrase
                    return Core(self.starts[i], self.ends[end_tok - 1], end_tok, day, first.month, "gregorian",
                                ("abs", first.year), None, "day_of_" + rule)
        else:
            ordinal = self.lex(i, ("ordinal",))
            if ordinal is not None:
                day, clen = ordinal[0].value[0], ordinal[2]
                k = i + ordinal[1]
                if self.func(k, "link") == 0:
                    k += 1
                    month_phrase = self._period_phrase(k)
                    if month_phrase is not None and month_phrase[2] == "month" and self.lex(k, ("month",)) is None:
                        # «الخامس من الشهر الماضي»: an ordinal day of a relative month
                        first, _, _, relative, future, end_tok, _, rule = month_phrase
                        return Core(self.starts[i] + clen, self.ends[end_tok - 1], end_tok, day, first.month,
                                    "gregorian", ("abs", first.year), None, "day_of_" + rule)
                elif not ordinal[0].value[1]:
                    return None
        noun_context = False
        noun = self.lex(k, ("period",))
        if noun is not None and noun[0].value == "month" and noun[1] == 1 and self.lex(k + 1, ("month",)):
            if day is None:
                clen = noun[2]
            noun_context = True
            k += 1
        month = self._month_at(k)
        if month is None:
            if allow_bare_day and day is not None and n is not None:
                return Core(self.starts[i], self.ends[i], i + 1, day, None, "gregorian", None, None, "day")
            return None
        row, j, doubled, mclen = month
        if day is None and not noun_context:
            clen = mclen
        if day is not None and mclen:
            return None
        cal = row.calendar
        year = self._year_ref(j, cal)
        modifier = None
        if year is not None:
            (kind, value), j, ycal = year
            if ycal != cal and kind == "abs":
                return None
            year = (kind, value)
        else:
            mod = self.lex(j, ("modifier",))
            if mod is not None and mod[2] == 0:
                modifier = mod[0].value
                j += 1
        if cal == "hijri" and year is None and modifier is None and not noun_context \
                and (day is None or row.needs_context):
            return None
        if row.needs_context and not (day is not None or year or modifier or doubled or noun_context):
            return None
        if day is None and not (year or modifier or doubled or noun_context):
            cued = cued or self.func(i - 1, "month_cue") >= 0 or self.lex(i - 1, ("part",)) is not None
            if not cued:
                return None
        rule = ("day_month" if day is not None else "month") + ("_year" if year else "")
        if cal == "hijri":
            rule = "hijri_" + rule
        return Core(self.starts[i] + clen, self.ends[j - 1], j, day, row.month, cal, year, modifier, rule)

    def resolve(self, c: Core) -> tuple[dt.date, dt.date, str, bool, bool | None] | None:
        """(start, end, precision, relative, future) of a core, or None when it cannot be resolved."""
        ref, future = self.ref, None
        if c.month is None:
            return None
        relative = False
        if c.year is not None:
            kind, value = c.year
            if kind == "greg":   # a Hijri month with a Gregorian year: the one that begins in it
                return self._hijri_month_in(value, c)
            if kind == "abs":
                y = value
                relative = c.rule.startswith("day_of_")
            elif kind == "rel":
                if ref is None:
                    return None
                base = ref.year if c.calendar == "gregorian" else hijri_year_of(ref)
                if base is None:
                    return None
                y = base + _periods.DIRECTION_SHIFTS[value]
                relative = True
                future = {"past": False, "future": True}.get(value)
            else:
                if self.prev is None:
                    return None
                y = self.prev.date_start.year + value
                if c.calendar == "hijri":
                    y = hijri_year_of(self.prev.date_start)
                    if y is None:
                        return None
                    y += value
                relative = True
        else:
            if ref is None:
                return None
            relative = True
            y = self.implied_year(c, ref)
            if y is None:
                return None
            future = {"past": False, "future": True}.get(c.modifier)
        if c.calendar == "hijri":
            if c.day is not None:
                day = hijri_to_date(y, c.month, c.day)
                return (day, day, "day", relative, future) if day else None
            span = hijri_month_span(y, c.month)
            return (span[0], span[1], "month", relative, future) if span else None
        if not 1 <= y <= 9999:
            return None
        if c.day is not None:
            day = safe_date(y, c.month, c.day)
            return (day, day, "day", relative, future) if day else None
        return dt.date(y, c.month, 1), month_end(y, c.month), "month", relative, future

    def _hijri_month_in(self, year: int, c: Core):
        """«رمضان 2019»: the Hijri month `c.month` (day `c.day`) whose first day falls in Gregorian `year`."""
        h = hijri_year_of(dt.date(year, 1, 1))
        if h is None:
            return None
        for hy in (h, h + 1):
            span = hijri_month_span(hy, c.month)
            if span and span[0].year == year:
                if c.day is not None:
                    day = hijri_to_date(hy, c.month, c.day)
                    return (day, day, "day", False, None) if day else None
                return span[0], span[1], "month", False, None
        return None

    def p_date(self, i: int) -> Hit | None:
        c = self.core(i)
        if c is None:
            return None
        return self._core_hit(c)

    def _core_hit(self, c: Core) -> Hit | None:
        got = self.resolve(c)
        if got is None:
            return None
        start, end, precision, relative, future = got
        return Hit(c.end_tok, c.start, c.end, start, end, precision, relative, c.rule, future)
