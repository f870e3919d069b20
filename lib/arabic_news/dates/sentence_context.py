"""What the sentence around a date says, and so the year of a date written without one.

A month or day-month without a year («في 3 يناير», «في نوفمبر») takes its year
from its sentence and paragraph in `SentenceContext.implied_year`: a known event
named in the sentence (rules/known_events.py), the tense of the sentence
(rules.periods.PAST_VERBS, FUTURE_CUES), the narrative year of the paragraph, a
modifier (الماضي، المقبل) or the documented defaults of rules/periods.py. The rules,
with examples, are listed in the docstring of `arabic_news.dates`.
The same future cues (rules.periods.FUTURE_CUES, FUTURE_PREFIXES) decide which way a
bare weekday points and set ``DateSpan.future``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from arabic_news.dates.arithmetic import month_end, safe_date
from arabic_news.dates.hijri import hijri_month_of, hijri_year_of
from arabic_news.dates.window import Core, Window
from arabic_news.rules import known_events as _known
from arabic_news.rules import periods as _periods
from arabic_news.rules.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS


def _future_pattern() -> re.Pattern:
    cues = sorted((c.form for c in _periods.FUTURE_CUES), key=len, reverse=True)
    cue_alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    exceptions = "|".join(re.escape(w) for w in sorted(_periods.NOT_FUTURE_WORDS, key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in _periods.FUTURE_PREFIXES)
    rest = max(_periods.FUTURE_PREFIX_MIN_LENGTH - 2, 1)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(CONJUNCTIONS) + r")?(?:(?:" + cue_alt + r")(?!\w)"
        r"|(?!(?:" + exceptions + r")(?!\w))(?:" + prefixes + r")[^\W\d_]{" + str(rest) + r",})"
    )


_FUTURE_RE = _future_pattern()


def _past_pattern() -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in sorted(_periods.PAST_VERBS, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(CONJUNCTIONS) + r")?(?:" + verbs + r")(?!\w)")


_PAST_RE = _past_pattern()


def _named_days() -> dict[tuple[int, int], tuple[tuple[int, tuple[str, ...]], ...]]:
    """(month, day) -> ((year, subject words), ...) of the known events that list subject words."""
    out: dict[tuple[int, int], list[tuple[int, tuple[str, ...]]]] = {}
    for event in _known.KNOWN_EVENTS:
        if event.names:
            day = dt.date.fromisoformat(event.date)
            out.setdefault((day.month, day.day), []).append((day.year, event.names))
    return {k: tuple(v) for k, v in out.items()}


_NAMED_DAYS = _named_days()
# A subject's name may carry one clitic (و ف ب ل ك), the article or ل + ال: «وسليماني», «للسيستاني».
_NAME_PREFIX = ("(?<!\\w)(?:[" + "".join(CONJUNCTIONS + PREPOSITIONS) + "]|" + ARTICLE + "|" + LAM_ARTICLE + ")?")


class SentenceContext(Window):
    """Cues read in the sentence around a date: future, past, the narrative year, a named event."""

    # ---- cues of tense in the sentence
    def future_cue(self, start: int) -> bool:
        """A cue of future or intent (rules.periods.FUTURE_CUES, سـ before a verb) earlier in the
        sentence, with no perfect verb (rules.periods.PAST_VERBS) between it and the date: «سيمثل
        التغيير الذي ... التقى فيه مسؤولون يوم الخميس» is last Thursday (the nearest tense wins)."""
        memo = self.__dict__.setdefault("_future_memo", {})   # productions and find_dates ask for the same date
        if start in memo:
            return memo[start]
        text = self.text
        lo = max(0, start - _periods.CUE_SCAN_CHARS)
        b = max(text.rfind(c, lo, start) for c in _periods.SENTENCE_ENDS)
        b = lo if b < 0 else b + 1
        m = _FUTURE_RE.search(text, b, start)
        found = False
        while m is not None:   # a cue with no perfect verb after it (most sentences have no cue at all)
            past = _PAST_RE.search(text, m.end(), start)
            if past is None:
                found = True
                break
            m = _FUTURE_RE.search(text, past.end(), start)
        memo[start] = found
        return found

    def _sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end): back to a sentence end, forward at most PAST_SCAN_AFTER characters."""
        text = self.text
        lo = max(0, start - _periods.CUE_SCAN_CHARS)
        b = max(text.rfind(c, lo, start) for c in _periods.SENTENCE_ENDS)
        b = lo if b < 0 else b + 1
        hi = min(len(text), end + _periods.PAST_SCAN_AFTER)
        e = min((k for k in (text.find(c, end, hi) for c in _periods.SENTENCE_ENDS) if k >= 0), default=hi)
        return b, e

    def past_cue(self, start: int, end: int) -> bool:
        """A perfect verb (rules.periods.PAST_VERBS) in the date's clause (the sentence cut at
        rules.periods.CLAUSE_BREAKS), before the date or just after it, and no future verb there."""
        text = self.text
        b, e = self._sentence_bounds(start, end)
        b = max([b] + [text.rfind(c, b, start) + 1 for c in _periods.CLAUSE_BREAKS])
        e = min([e] + [k for k in (text.find(c, end, e) for c in _periods.CLAUSE_BREAKS) if k >= 0])
        return _PAST_RE.search(text, b, e) is not None and _FUTURE_RE.search(text, b, e) is None

    def narrative_year(self, start: int) -> int | None:
        """The year of the last absolute date before `start` in the same paragraph, or None."""
        if self.narrative is None:
            return None
        year, end = self.narrative
        if "\n" in self.text[end:start]:
            return None
        return year

    def named_year(self, c) -> int | None:
        """The year of a known event on this day and month whose subject the sentence names."""
        events = _NAMED_DAYS.get((c.month, c.day))
        if not events:
            return None
        b, e = self._sentence_bounds(c.start, c.end)
        sentence = self.text[b:e]
        for year, names in events:
            if any(re.search(_NAME_PREFIX + re.escape(n) + r"(?!\w)", sentence) for n in names):
                return year
        return None

    # ---- the year of a date written without one
    def implied_year(self, c: Core, ref: dt.date) -> int | None:
        """The year of a day-month or month written without one (the rules are in the package docstring;
        the documented defaults UNCUED_AHEAD_DAYS and FUTURE_BEHIND_DAYS are in rules/periods.py)."""
        if c.calendar == "hijri":
            base = hijri_year_of(ref)
            if base is None:
                return None
            ref_month = hijri_month_of(ref)
            if c.modifier == "past":
                return base if c.month < ref_month else base - 1
            if c.modifier == "future":
                return base if c.month > ref_month else base + 1
            return base
        y = ref.year
        day = c.day or 1
        if c.modifier is None and c.day is not None:
            named = self.named_year(c)
            if named is not None:
                return named
        if c.modifier is None and not self.future_cue(c.start) and self.past_cue(c.start, c.end):
            narrative = self.narrative_year(c.start)
            if narrative is not None and narrative < y:
                return narrative
            first = dt.date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
            return y if first <= ref else y - 1
        if c.modifier == "current":
            return y
        if c.modifier == "past":
            if c.day is None:
                return y if c.month < ref.month else y - 1
            cand = safe_date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
            return y if cand is not None and cand < ref else y - 1
        if c.modifier == "future":
            if c.day is None:
                return y if c.month > ref.month else y + 1
            cand = safe_date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
            return y if cand is not None and cand > ref else y + 1
        cand = dt.date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
        if c.day is None:
            cand_end = month_end(y, c.month)
        else:
            cand_end = cand
        if self.future_cue(c.start):
            if (ref - cand_end).days > _periods.FUTURE_BEHIND_DAYS:
                return y + 1
            return y
        if (cand - ref).days > _periods.UNCUED_AHEAD_DAYS:
            return y - 1
        return y
