"""Dates in Arabic news text: `parse_date` (one phrase) and `find_dates` (every date, with spans).

Owns `DateSpan`, `parse_date()` and `find_dates()`. The words live in tables:
month names in `arabic_news.rules.months`, weekday names in
`arabic_news.rules.weekdays`, and everything else that builds a date (relative
days, period nouns and their modifiers, parts of a period, seasons, decades,
ordinal days, year cues, ranges, durations, future cues and the documented
defaults) in `arabic_news.rules.periods`.

How `find_dates` works, in one pass:
1. the text is normalized once with `normalize_with_offsets`;
2. one compiled pattern (a trie of every anchor word of the tables, a
   four-digit number or a numeric date) finds candidate positions;
3. a window of a few words around each candidate is tokenized and parsed by
   small hand-written productions (day-month-year, weekday, part of a period,
   range …) that read the tables;
4. relative expressions are resolved against ``ref_date``, anaphora («في العام
   نفسه») against the last date found before them; spans are mapped back to the
   raw text.

The year of a month or day-month written without one («في 3 يناير», «في نوفمبر»):
- written with الماضي / المقبل / الحالي: the year that makes it so;
- a known event's day and month, in a sentence naming its subject
  (`rules.known_events` ``names``: «سليماني» with «3 يناير»): that event's year;
- in a past-tense sentence (a perfect verb of `rules.periods.PAST_VERBS` before the
  date or just after it, and no future cue): the year of the **narrative** — the last
  absolute date before it in the same paragraph («في عام 2019 … و تصاعد الصراع …
  في 3 مارس» → 3 March 2019), when that year is earlier than ``ref_date``'s — else
  the latest such day on or before ``ref_date`` («وصلت … في ديسمبر» published in
  October 2018 → December 2017). Anaphora that follow («بعد يومين», «في ذلك الخريف»)
  count from the date so resolved;
- otherwise ``ref_date``'s year, unless that puts it far ahead (or, after a future
  cue, far behind): see UNCUED_AHEAD_DAYS and FUTURE_BEHIND_DAYS in `rules.periods`.

A weekday written with a date checks it: with no year written the weekday picks the year (or,
with a day alone, the month) nearest the publication date in which it fits; a written date it
contradicts is kept with ``confidence`` below 1 (rules/periods.py WEEKDAY_MISMATCH_CONFIDENCE).

Without ``ref_date`` a relative expression is not returned: never a guess.
Nothing here reads files or logs.

Where the code is (this module holds the public functions and the scan):
- `lexicon`: the tables compiled once (lexicon of date words, function words, the prefilter);
- `window`: the tokens of one window and what a production returns (`Hit`, `Core`);
- `parser`: `DateParser`, which production a token may start; it lists every ``rule``
  with the module whose production gives it;
- `absolute`, `relative`, `period_phrases`, `ranges`, `holidays` (rules/holidays.py), `spans`
  («اخر 3 سنوات»): the productions;
- `sentence_context`: future and past cues, and the year of a date written without one;
- `arithmetic` and `hijri`: Gregorian period arithmetic and the Hijri calendar.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from arabic_news.dates.lexicon import PREFILTER_RE, is_ascii_digits, may_start_date
from arabic_news.dates.parser import DateParser
from arabic_news.errors import ParameterError
from arabic_news.normalize import normalize_with_offsets
from arabic_news.rules import periods as _periods
from arabic_news.rules.clitics import CONJUNCTIONS
from arabic_news.rules.periods import PRECISIONS
from arabic_news.rules.sentence_breaks import LINE_BREAKS

__all__ = ["PRECISIONS", "DateSpan", "parse_date", "find_dates"]


@dataclass(frozen=True)
class DateSpan:
    """One date expression found in a text.

    Attributes:
        date_start: first day the expression covers.
        date_end: last day it covers (equal to `date_start` for a single day).
        precision: one of `PRECISIONS` (day, week, month, season, quarter,
            half, year, decade, interval).
        relative: True when it needed ``ref_date`` (or an earlier date, for anaphora).
        text: the expression as written, ``== text_given[start:end]``.
        start: offset of its first character in the text given.
        end: offset just after its last character.
        rule: which production read it (e.g. ``day_month_year``; listed in
            `arabic_news.dates.parser`).
        future: True when the sentence marks it as future or intent (المقبل،
            غدا، سـ، من المقرر …), False when it marks it as past (الماضي، أمس),
            None when it says nothing.
        confidence: 1.0, or less when the text contradicts itself: a weekday
            that is not its date's («الاثنين 3 يناير 2021», a Sunday) keeps the
            date and lowers this to `rules.periods.WEEKDAY_MISMATCH_CONFIDENCE`.
    """

    date_start: dt.date
    date_end: dt.date
    precision: str
    relative: bool
    text: str
    start: int
    end: int
    rule: str = ""
    future: bool | None = None
    confidence: float = 1.0


_WINDOW_BEFORE = 32
_WINDOW_AFTER = 28
_LINE_BREAK_RE = re.compile("[" + "".join(LINE_BREAKS) + "]")   # a date is read within one line
# Absolute dates that set the narrative year for a later month or day-month written without one.
_NARRATIVE_PRECISIONS = frozenset({"day", "week", "month", "season", "quarter", "half", "year"})
_OPEN_ENDED_RE = re.compile(r"(?<!\w)(?:" + "|".join(CONJUNCTIONS) + r")?(?:"
                            + "|".join(re.escape(c) for c in _periods.OPEN_ENDED_CUES) + r")\s*$")


def _open_ended(text: str, start: int) -> bool:
    """«منذ صيف 2020»: the date's own first word or the word before it is an open-ended cue."""
    head = text[max(0, start - 12):start + 8]
    cut = start - max(0, start - 12)
    first = text[start:start + 8].split()[:1]
    return bool(_OPEN_ENDED_RE.search(head[:cut])) or bool(first and _OPEN_ENDED_RE.search(first[0]))


_STARTERS: dict[str, bool] = {}   # token -> can a date start there (a plain dict: the hottest lookup)


def _windows(text: str) -> list[tuple[int, int, int]]:
    """(start, end, last anchor start) of the merged windows around the prefilter's hits.

    A window never crosses a line break: a line ends a heading, a paragraph or a list item
    (as it ends a sentence, `arabic_news.sentences`), so «منذ 2013\n- 2013 -» is two dates,
    never the range 2013 - 2013 across two lines.
    """
    out: list[tuple[int, int, int]] = []
    n = len(text)
    find = text.find
    breaks = [m.start() for m in _LINE_BREAK_RE.finditer(text)]
    first = last_end = -1
    for m in PREFILTER_RE.finditer(text):
        a, b = m.span()
        k = bisect.bisect_left(breaks, a)
        line_start = breaks[k - 1] + 1 if k else 0
        line_end = breaks[k] if k < len(breaks) else n
        s = a - _WINDOW_BEFORE
        if s > line_start:
            k = find(" ", s, a)
            s = k + 1 if k >= 0 else a
        else:
            s = line_start
        e = b + _WINDOW_AFTER
        if e < line_end:
            k = find(" ", e, min(line_end, e + 24))
            e = k if k >= 0 else min(line_end, e + 24)
        else:
            e = line_end
        if first >= 0 and s <= last_end:   # overlaps the window before: merge
            if e > last_end:
                last_end = e
            out[-1] = (first, last_end, a)
        else:
            out.append((s, e, a))
            first, last_end = s, e
    return out


def _check_ref(ref_date: object) -> dt.date | None:
    """A datetime (or pandas Timestamp) counts by its day; an ISO string is read; anything else is refused."""
    if ref_date is None or type(ref_date) is dt.date:
        return ref_date
    if isinstance(ref_date, dt.datetime):
        return ref_date.date()
    if isinstance(ref_date, dt.date):
        return dt.date(ref_date.year, ref_date.month, ref_date.day)
    if isinstance(ref_date, str):
        try:
            return dt.date.fromisoformat(ref_date[:10])
        except ValueError:
            pass
    raise ParameterError("ref_date", ref_date, "is not a date",
                         "Pass a datetime.date or an ISO date, e.g. datetime.date(2021, 7, 29) or '2021-07-29'")


def find_dates(text: str, ref_date: dt.date | None = None) -> list[DateSpan]:
    """Find every date expression in `text`.

    Relative expressions (weekdays, اليوم، الشهر الماضي، 31 أغسطس without a
    year …) are resolved against `ref_date`, the publication date; a bare
    weekday is the most recent such day on or before it, unless المقبل/القادم
    follows or the sentence before it speaks of the future (سـ، سوف، من المقرر،
    يعتزم …). Anaphora («في العام نفسه»، «في ذلك الخريف»، «بعد يومين») is
    resolved against the last date found before it in the same text.

    Args:
        text: Arabic text; returned offsets index into this exact string.
        ref_date: the publication date (a datetime counts by its day; an ISO
            string such as "2021-07-29" is accepted). Without it, relative
            expressions are left out (never guessed).
    Returns:
        DateSpans ordered by `start`, not overlapping; an empty list when there are none.
    Raises:
        ParameterError: `ref_date` is not a date.
    Example:
        >>> [(d.text, str(d.date_start), d.precision) for d in find_dates("انسحبت القوات عام 2011 وعادت في صيف 2014")]
        [('عام 2011', '2011-01-01', 'year'), ('صيف 2014', '2014-06-01', 'season')]
        >>> [(d.text, str(d.date_start)) for d in find_dates("وصل يوم الاثنين", dt.date(2021, 7, 29))]
        [('يوم الاثنين', '2021-07-26')]
        >>> find_dates("وصل يوم الاثنين")
        []
    """
    ref_date = _check_ref(ref_date)
    if not text:
        return []
    norm = normalize_with_offsets(text)
    ntext = norm.text
    parser = DateParser(ntext, ref_date)
    out: list[DateSpan] = []
    starters = _STARTERS if len(_STARTERS) < 200_000 else {}
    for ws, we, last_anchor in _windows(ntext):
        parser.load(ws, we)
        words, starts = parser.words, parser.starts
        i, n = 0, len(words)
        while i < n and starts[i] <= last_anchor:  # every date holds an anchor: none starts after the last
            word = words[i]
            starter = starters.get(word)
            if starter is None:
                starter = starters[word] = may_start_date(word) or is_ascii_digits(word)
            if not starter:
                i += 1
                continue
            hit = parser.parse_at(i)
            if hit is None:
                i += 1
                continue
            future = hit.future
            if future is None and parser.future_cue(hit.start):
                future = True
            s, e = norm.raw_span(hit.start, hit.end)
            out.append(DateSpan(hit.date_start, hit.date_end, hit.precision, hit.relative, text[s:e], s, e,
                                hit.rule, future, hit.confidence))
            parser.prev = hit
            if not hit.relative and hit.precision in _NARRATIVE_PRECISIONS and not _open_ended(ntext, hit.start):
                parser.narrative = (hit.date_end.year, hit.end)
            i = hit.end_tok
    return out


def parse_date(text: str, ref_date: dt.date | None = None) -> DateSpan | None:
    """Read one date expression: the longest date found in `text`.

    Only the phrase is seen, so a weekday points forward only when the phrase
    itself says so (المقبل، سـ …).

    Args:
        text: a short phrase such as «مطلع العام المقبل» or «12 ذو الحجة 1442هـ».
        ref_date: the publication date, needed by relative expressions.
    Returns:
        The DateSpan (offsets into `text`), or None when there is no date or it
        is relative and `ref_date` is missing.
    Example:
        >>> d = parse_date("١٢ ذو الحجة ١٤٤٢هـ")
        >>> (str(d.date_start), d.precision, d.relative)
        ('2021-07-22', 'day', False)
        >>> parse_date("نهاية العام", dt.date(2021, 7, 29)).date_end
        datetime.date(2021, 12, 31)
        >>> parse_date("نهاية العام") is None
        True
    """
    found = find_dates(text, ref_date)
    if not found:
        return None
    return max(found, key=lambda d: (d.end - d.start, -d.start))
