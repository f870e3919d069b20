"""The date parser: which production a token may start, and the longest reading wins.

`DateParser` puts together the productions, one module per kind of date expression;
each production gives the ``DateSpan.rule`` values listed after it:
- absolute.py: p_numeric, p_year, p_year_pair, p_date → numeric_date, year, hijri_year,
  year_pair, day_month_year, day_month, month_year, month, hijri_…, day_of_… («الخامس من
  الشهر الماضي»);
- relative.py: p_weekday, p_relday, p_duration → weekday, weekday_date, relative_day,
  relative_day_date, duration, anaphora_duration;
- period_phrases.py: p_period, p_part, p_season, p_decade → year (after عام), relative_period,
  this_period, anaphora_period, part_of_…, season, relative_season, this_season,
  anaphora_season, decade;
- ranges.py: p_range, p_month_days → range («يوليو 13-15»);
- relative.py also: p_ordinal_weekday, p_daypart → ordinal_weekday («اول خميس من نوفمبر»,
  «الاحد الثاني من الشهر»), part_of_day («صباح الغد»); p_weekday → weekday_day («يوم الجمعه 16»);
- holidays.py: p_holiday → holiday; spans.py: p_last_n → last_n («اخر 3 سنوات»);
- absolute.py also: numeric_day_month (22/04), numeric_month_year (3-2015), hijri_numeric_date;
- sentence_context.py: no production; the cues of future and past tense and the year of
  a date written without one, which the productions ask for.
The tokens and look-ups they share are in window.py; the compiled tables in lexicon.py.
"""

from __future__ import annotations

from arabic_news.dates.absolute import AbsoluteDates
from arabic_news.dates.holidays import Holidays
from arabic_news.dates.lexicon import DATE_SEPARATORS, JOINS, entry_categories, function_kinds, is_ascii_digits
from arabic_news.dates.lexicon import may_start_date
from arabic_news.dates.period_phrases import PeriodPhrases
from arabic_news.dates.ranges import Ranges
from arabic_news.dates.relative import RelativeDays
from arabic_news.dates.sentence_context import SentenceContext
from arabic_news.dates.spans import Spans
from arabic_news.dates.window import Hit


class DateParser(AbsoluteDates, SentenceContext, RelativeDays, PeriodPhrases, Ranges, Holidays, Spans):
    """Parses the tokens of one window; keeps the last date for anaphora and the narrative year.

    ``parse_at(i)`` tries every production that the token at ``i`` may start
    (``_productions``) and keeps the longest reading.
    """

    # ---- entry point
    def parse_at(self, i: int) -> Hit | None:
        """The longest date starting at token i, or None."""
        best: Hit | None = None
        for production in self._productions(i):
            hit = production(i)
            if hit is not None and (best is None or hit.end_tok > best.end_tok):
                best = hit
        # a range without an opener («2014-2017»، «5-7 يوليو») is tried only before a join word
        if self.func(i, "open") < 0 and (best is not None or is_ascii_digits(self.words[i])):
            k = best.end_tok if best is not None else i + 1
            if self.w(k) in JOINS:
                hit = self.p_range(i)
                if hit is not None and (best is None or hit.end_tok > best.end_tok):
                    best = hit
        return best

    def _productions(self, i: int):
        """The productions the token at i may start, decided by its lexicon categories and function kinds."""
        word = self.words[i]
        if is_ascii_digits(word):
            nxt = self.w(i + 1)
            out = []
            if nxt in DATE_SEPARATORS and self.adjacent(i + 1):
                out.append(self.p_numeric)
            if len(word) <= 2 and (may_start_date(nxt) or nxt in DATE_SEPARATORS):
                out.append(self.p_date)
            elif len(word) == 4:
                out.append(self.p_year)
            return out
        if not may_start_date(word):
            return ()
        names = _WORD_PRODUCTIONS.get(word)
        if names is None:
            names = _WORD_PRODUCTIONS[word] = _production_names(word)
        bound = self.__dict__.setdefault("_bound", {})   # the bound methods of each list of names, once
        plain = bound.get(names)
        if plain is None:
            plain = bound[names] = [getattr(self, name) for name in names if name not in _GATED]
        if not _GATED.intersection(names):
            return plain
        out = list(plain)
        if "p_range" in names:   # an opener starts a range only before a date's first word
            nxt = self.w(i + 1)
            if is_ascii_digits(nxt) or may_start_date(nxt):
                out.insert(0, self.p_range)
        if "p_month_days" in names and "-" in (self.w(i + 2), self.w(i + 3)):
            out.append(self.p_month_days)   # «يوليو 13-15»
        if "p_daypart" in names and may_start_date(self.w(i + 1)):
            out.append(self.p_daypart)      # «صباح الغد»: only before a word a date may start with
        return out


_WORD_PRODUCTIONS: dict[str, tuple[str, ...]] = {}   # word -> the names of the productions it may start
_GATED = frozenset({"p_range", "p_month_days", "p_daypart"})   # tried only when the next tokens allow


def _production_names(word: str) -> tuple[str, ...]:
    """The productions a word (not digits) may start, by its lexicon categories and function kinds, in the
    order they are tried (decided once per word: news text repeats its words)."""
    cats = entry_categories(word)
    functions = function_kinds(word)
    out = []
    if "open" in functions:
        out.append("p_range")
    if "dur_prep" in functions:
        out.append("p_duration")
    if "last_n" in functions or "span_unit" in functions:
        out.append("p_last_n")
    if "wd_ord_before" in functions:
        out.append("p_ordinal_weekday")
    if "day_noun" in functions or "weekday" in cats:
        out.append("p_weekday")
    for cat_set, name in _BY_CATEGORY:
        if cats & cat_set:
            out.append(name)
    return tuple(out)


_BY_CATEGORY = (
    ({"month", "ordinal", "period"}, "p_date"), ({"month"}, "p_month_days"), ({"holiday"}, "p_holiday"),
    ({"daypart"}, "p_daypart"), ({"relday"}, "p_relday"), ({"period", "demo"}, "p_period"),
    ({"yearpair"}, "p_year_pair"), ({"part"}, "p_part"), ({"season"}, "p_season"), ({"decade"}, "p_decade"),
)
