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

Without ``ref_date`` a relative expression is not returned: never a guess.
Nothing here reads files or logs.
"""

from __future__ import annotations

import calendar
import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from arabic_news.errors import ParameterError
from arabic_news.normalize import normalize_with_offsets
from arabic_news.patterns import trie_pattern
from arabic_news.rules import known_events as _known
from arabic_news.rules import months as _months
from arabic_news.rules import periods as _periods
from arabic_news.rules import weekdays as _weekdays
from arabic_news.rules.periods import PRECISIONS
from arabic_news.rules.sentence_breaks import LINE_BREAKS

try:  # counted nouns: «2500 جندي» is a quantity, never a year
    from arabic_news.rules.units import UNITS as _UNIT_ROWS
except ImportError:  # pragma: no cover - the numbers side ships it
    _UNIT_ROWS = ()
try:  # number words, for counts in durations: «قبل ثلاثة ايام»
    from arabic_news.rules.numbers import NUMBER_WORDS as _NUMBER_ROWS
except ImportError:  # pragma: no cover
    _NUMBER_ROWS = ()

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
        rule: which production of `arabic_news.dates` read it (e.g. ``day_month_year``).
        future: True when the sentence marks it as future or intent (المقبل،
            غدا، سـ، من المقرر …), False when it marks it as past (الماضي، أمس),
            None when it says nothing.
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


# --------------------------------------------------------------------------- lexicon

class _Entry(NamedTuple):
    cat: str          # month, weekday, relday, period, yearpair, modifier, demo, part, season, decade,
                      # century, ordinal, dur_dual, dur_plural, dur_single, hmark, gmark, number, unit
    value: object
    definite: bool    # may take the article ال


def _build_lexicon() -> dict[str, list[tuple[tuple[str, ...], _Entry]]]:
    rows: list[tuple[str, _Entry]] = []
    for m in _months.MONTHS:
        for form in m.forms:
            rows.append((form, _Entry("month", m, False)))
    for w in _weekdays.WEEKDAYS:
        for form in w.forms:
            rows.append((form, _Entry("weekday", w.weekday, False)))
    for r in _periods.RELATIVE_DAYS:
        rows.append((r.form, _Entry("relday", r, False)))
    for p in _periods.PERIOD_NOUNS:
        for form in p.forms:
            rows.append((form, _Entry("period", p.unit, p.definite)))
    for form in _periods.YEAR_PAIR_NOUNS:
        rows.append((form, _Entry("yearpair", None, False)))
    for mod in _periods.MODIFIERS:
        rows.append((mod.form, _Entry("modifier", mod.direction, False)))
    for d in _periods.DEMONSTRATIVES:
        rows.append((d.form, _Entry("demo", d, False)))
    for part in _periods.PARTS:
        rows.append((part.form, _Entry("part", part, False)))
    for s in _periods.SEASONS:
        for form in s.forms:
            rows.append((form, _Entry("season", s, True)))
    for dec in _periods.DECADES:
        for form in dec.forms:
            rows.append((form, _Entry("decade", dec.offset, True)))
    for c in _periods.CENTURIES:
        rows.append((c.form, _Entry("century", c.start, False)))
    for o in _periods.DAY_ORDINALS:
        for form in o.forms:
            rows.append((form, _Entry("ordinal", (o.day, o.link_optional), False)))
    for u in _periods.DURATION_UNITS:
        for form in u.dual:
            rows.append((form, _Entry("dur_dual", u.unit, False)))
        for form in u.plural:
            rows.append((form, _Entry("dur_plural", u.unit, False)))
        for form in u.single:
            rows.append((form, _Entry("dur_single", u.unit, False)))
    for form in _months.HIJRI_YEAR_MARKS:
        rows.append((form, _Entry("hmark", None, False)))
    for form in _months.GREGORIAN_YEAR_MARKS:
        rows.append((form, _Entry("gmark", None, False)))
    taken = {form for form, _ in rows}
    for n in _NUMBER_ROWS:
        if n.kind in ("unit", "ten") and isinstance(n.value, int) and n.value >= 1:
            for form in n.forms:
                if form not in taken:
                    rows.append((form, _Entry("number", n.value, False)))
    for u in _UNIT_ROWS:
        for form in u.forms + getattr(u, "duals", ()):
            if form not in taken:
                rows.append((form, _Entry("unit", u.unit, True)))
    lexicon: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
    for form, entry in rows:
        words = tuple(form.split())
        lexicon.setdefault(words[0], []).append((words, entry))
    for entries in lexicon.values():
        entries.sort(key=lambda item: -len(item[0]))
    return lexicon


_LEX = _build_lexicon()
_ARTICLE = _periods.ARTICLE
_LAM_ARTICLE = _periods.LAM_ARTICLE
_CLITICS = _periods.CLITICS

_FUNC = {
    "year_cue": frozenset(c.form for c in _periods.YEAR_CUES),
    "open": frozenset(r.form for r in _periods.RANGE_WORDS if r.role == "open"),
    "wd_join": frozenset(_periods.WEEKDAY_DATE_JOINERS),
    "link": frozenset(_periods.LINKS),
    "pair_join": frozenset(_periods.PAIR_JOINS),
    "comma": frozenset(_periods.COMMAS),
    "day_noun": frozenset(_weekdays.DAY_NOUNS),
    "dur_ana": frozenset(_periods.DURATION_ANAPHORA),
    "dur_block": frozenset(_periods.DURATION_BLOCKERS),
    "month_cue": frozenset(c.form for c in _periods.YEAR_CUES) | frozenset(r.form for r in _periods.RANGE_WORDS),
}
_TODAY_BLOCKERS = frozenset(_periods.TODAY_BLOCKERS)
_JOINS = {r.form: r.pair for r in _periods.RANGE_WORDS if r.role == "join"}
_DUR_PREPS = {p.form: p for p in _periods.DURATION_PREPOSITIONS}
_SEP_DATE = frozenset("/-.")


def _anchor_words() -> tuple[set[str], set[str]]:
    """Words of which every date expression holds at least one (the prefilter's trigger).

    Returns the words that never take the article (month and weekday names,
    relative days, durations) and those that may (period nouns, seasons, decades).
    """
    bare: set[str] = set()
    definite: set[str] = set()
    for m in _months.MONTHS:
        for form in m.forms:
            words = form.split()
            bare.add(words[0] if len(words[0]) > 2 else words[-1])
    for w in _weekdays.WEEKDAYS:
        bare.update(w.forms)
    singles = {r.form for r in _periods.RELATIVE_DAYS if " " not in r.form}
    bare.update(singles)
    for r in _periods.RELATIVE_DAYS:
        parts = r.form.split()
        if len(parts) > 1:
            bare.add(next((p for p in parts if p in singles), parts[-1]))
    bare.update(_periods.YEAR_PAIR_NOUNS)
    for u in _periods.DURATION_UNITS:
        bare.update(u.dual + u.plural + u.single)
    for p in _periods.PERIOD_NOUNS:
        definite.update(p.forms)
    for s in _periods.SEASONS:
        definite.update(s.forms)
    for d in _periods.DECADES:
        definite.update(d.forms)
    return bare, definite


_BARE_ANCHORS, _DEFINITE_ANCHORS = _anchor_words()
def _prefilter_words() -> set[str]:
    """Every anchor with every clitic (and the article where it may stand) spelled out, for one trie."""
    words: set[str] = set()
    for clitic in ("",) + _CLITICS:
        words.update(clitic + w for w in _BARE_ANCHORS)
        words.update(clitic + w for w in _DEFINITE_ANCHORS)
        if not clitic.endswith(_LAM_ARTICLE[0]):
            words.update(clitic + _ARTICLE + w for w in _DEFINITE_ANCHORS)
        if clitic in ("",) + _periods.CONJUNCTIONS:
            words.update(clitic + _LAM_ARTICLE + w for w in _DEFINITE_ANCHORS)
    return words


# One pass over the text: a word that is an anchor (a trie of ~1500 spelled-out forms: a flat
# alternation, or optional clitic groups, would be several times slower), a four-digit number
# or a numeric date, each at the start of a word.
_PREFILTER_RE = re.compile(
    r"(?<!\w)(?:(?:" + trie_pattern(_prefilter_words(), space=re.escape(" ")) + r")(?!\w)"
    r"|\d(?:\d{3}(?![\d,]|\.\d)|\d?[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)))"
)
_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|[^\s\w]")


def _future_pattern() -> re.Pattern:
    cues = sorted((c.form for c in _periods.FUTURE_CUES), key=len, reverse=True)
    cue_alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    exceptions = "|".join(re.escape(w) for w in sorted(_periods.NOT_FUTURE_WORDS, key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in _periods.FUTURE_PREFIXES)
    rest = max(_periods.FUTURE_PREFIX_MIN_LENGTH - 2, 1)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(_periods.CONJUNCTIONS) + r")?(?:(?:" + cue_alt + r")(?!\w)"
        r"|(?!(?:" + exceptions + r")(?!\w))(?:" + prefixes + r")[^\W\d_]{" + str(rest) + r",})"
    )


_FUTURE_RE = _future_pattern()


def _past_pattern() -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in sorted(_periods.PAST_VERBS, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(_periods.CONJUNCTIONS) + r")?(?:" + verbs + r")(?!\w)")


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


@lru_cache(maxsize=65536)
def _analyses(word: str) -> tuple[tuple[int, str], ...]:
    """(clitic length, stem) readings of a token: the token itself, then without clitics."""
    out = [(0, word)]
    if len(word) > 2:
        # «للعام» is ل + العام with the article's alef dropped: the span keeps the article's lam
        if word.startswith(_LAM_ARTICLE):
            out.append((1, _ARTICLE + word[2:]))
        for clitic in _periods.CONJUNCTIONS:
            if word.startswith(clitic + _LAM_ARTICLE) and len(word) > 4:
                out.append((2, _ARTICLE + word[3:]))
        for clitic in _CLITICS:
            if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                out.append((len(clitic), word[len(clitic):]))
    return tuple(out)


@lru_cache(maxsize=262144)
def _candidates(word: str) -> tuple[tuple[int, tuple[str, ...], _Entry], ...]:
    """Every lexicon entry a token may start, with its clitic length (multi-word forms unchecked)."""
    out = []
    for clen, stem in _analyses(word):
        for base, article in ((stem, False), (stem[2:], True)):
            if article and not stem.startswith(_ARTICLE):
                continue
            for words, entry in _LEX.get(base, ()):
                if article and not entry.definite:
                    continue
                out.append((clen, words, entry))
    return tuple(out)


@lru_cache(maxsize=262144)
def _functions(word: str) -> dict[str, int]:
    """Function-word kinds of a token (year cue, range opener …) with their clitic length."""
    out: dict[str, int] = {}
    for clen, stem in _analyses(word):
        for kind, forms in _FUNC.items():
            if stem in forms and kind not in out:
                out[kind] = clen
        if stem in _DUR_PREPS and "dur_prep" not in out:
            out["dur_prep"] = clen
    return out


@lru_cache(maxsize=262144)
def _categories(word: str) -> frozenset[str]:
    return frozenset(entry.cat for _, _, entry in _candidates(word))


@lru_cache(maxsize=262144)
def _is_starter(word: str) -> bool:
    """Can a date expression start at this token? (most tokens: no, decided once per word)."""
    functions = _functions(word)
    return bool(_candidates(word)) or any(k in functions for k in ("open", "dur_prep", "day_noun"))


def _is_digits(word: str) -> bool:
    return word.isdigit() and word.isascii()


# --------------------------------------------------------------------------- date arithmetic

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _period_around(unit: str, day: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "day":
        return day, day
    if unit == "week":
        start = day - dt.timedelta(days=(day.weekday() - _periods.WEEK_START) % 7)
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), _month_end(day.year, day.month)
    if unit == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    first = day.year - day.year % 10
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)


def _shift(unit: str, day: dt.date, n: int) -> dt.date:
    """`day` moved by n units (day, week, month, year, decade); the day of month is clipped."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        y, m = _add_months(day.year, day.month, n)
        return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
    years = n * (10 if unit == "decade" else 1)
    y = day.year + years
    if not 1 <= y <= 9999:
        raise OverflowError(y)
    return dt.date(y, day.month, min(day.day, calendar.monthrange(y, day.month)[1]))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _hijri_to_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def _hijri_month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    try:
        first = Hijri(y, m, 1)
        length = first.month_length()
    except (ValueError, OverflowError):
        return None
    return _hijri_to_date(y, m, 1), _hijri_to_date(y, m, length)


def _hijri_year_of(day: dt.date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _narrow(start: dt.date, end: dt.date, unit: str, low: float, high: float) -> tuple[dt.date, dt.date]:
    """The part [low, high] of a period, in whole months (year), days (month, week) or years (decade)."""
    if unit == "year":
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        a, b = math.floor(low * months + 1e-9), math.ceil(high * months - 1e-9)
        b = max(b, a + 1)
        y1, m1 = _add_months(start.year, start.month, a)
        y2, m2 = _add_months(start.year, start.month, b - 1)
        return dt.date(y1, m1, 1), _month_end(y2, m2)
    if unit == "decade":
        years = end.year - start.year + 1
        a, b = math.floor(low * years + 1e-9), math.ceil(high * years - 1e-9)
        b = max(b, a + 1)
        return dt.date(start.year + a, 1, 1), dt.date(start.year + b - 1, 12, 31)
    days = (end - start).days + 1
    a, b = math.floor(low * days + 1e-9), math.ceil(high * days - 1e-9)
    b = max(b, a + 1)
    return start + dt.timedelta(days=a), start + dt.timedelta(days=b - 1)


def _dekads(start: dt.date, end: dt.date, low: float, high: float) -> tuple[dt.date, dt.date]:
    """The part [low, high] of a month in whole ten-day thirds (1–10, 11–20, 21–end), as the
    press reads «أوائل يوليو», «منتصف أبريل», «نهاية نوفمبر»."""
    a = min(2, math.floor(low * 3 + 1e-9))
    b = max(a + 1, math.ceil(high * 3 - 1e-9))
    first = start + dt.timedelta(days=10 * a)
    last = end if b >= 3 else start + dt.timedelta(days=10 * b - 1)
    return first, last


def _precision_of_span(start: dt.date, end: dt.date) -> str:
    if start == end:
        return "day"
    if start.day == 1 and end == _month_end(end.year, end.month):
        if start.year == end.year and start.month == end.month:
            return "month"
        if start.month == 1 and end.month == 12 and start.year == end.year:
            return "year"
    return "interval"


# --------------------------------------------------------------------------- parsing

class _Hit(NamedTuple):
    end_tok: int        # index after the last token
    start: int          # normalized char offsets
    end: int
    date_start: dt.date
    date_end: dt.date
    precision: str
    relative: bool
    rule: str
    future: bool | None


class _Core(NamedTuple):
    """A day/month/year reading before it is resolved (ranges borrow what is missing)."""
    start: int
    end: int
    end_tok: int
    day: int | None
    month: int | None
    calendar: str
    year: tuple | None      # ("abs", y) | ("rel", direction) | ("ana", shift)
    modifier: str | None    # direction written after the month («فبراير الماضي»)
    rule: str


class _Parser:
    """Parses the tokens of one window; keeps the last date for anaphora."""

    def __init__(self, text: str, ref: dt.date | None):
        self.text = text
        self.ref = ref
        self.prev: _Hit | None = None
        self.narrative: tuple[int, int] | None = None   # (year, end offset) of the last absolute date
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._sentence_cache: dict[int, bool] = {}

    # ---- tokens
    def load(self, start: int, end: int) -> None:
        matches = list(_TOKEN_RE.finditer(self.text, start, end))
        self.words = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def w(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def lex(self, i: int, cats: tuple[str, ...] | None = None):
        """Best lexicon reading at token i: (entry, n_tokens, clitic_len), or None."""
        if not 0 <= i < len(self.words):
            return None
        candidates = _candidates(self.words[i])
        if not candidates:
            return None
        for clen, words, entry in candidates:
            if cats is not None and entry.cat not in cats:
                continue
            if all(self.w(i + k) == words[k] for k in range(1, len(words))):
                return entry, len(words), clen
        return None

    def func(self, i: int, kind: str) -> int:
        """Clitic length when token i is a function word of `kind`, else -1."""
        if not 0 <= i < len(self.words):
            return -1
        return _functions(self.words[i]).get(kind, -1)

    def number(self, i: int) -> int | None:
        word = self.w(i)
        return int(word) if word and _is_digits(word) and len(word) <= 4 else None

    def adjacent(self, i: int) -> bool:
        return 0 < i < len(self.words) and self.starts[i] == self.ends[i - 1]

    def unit_follows(self, i: int) -> bool:
        """A counted noun at token i (or after «من»): the number before it is a quantity."""
        if self.lex(i, ("unit",)) is not None:
            return True
        return self.func(i, "link") == 0 and self.lex(i + 1, ("unit",)) is not None

    # ---- context
    def future_cue(self, start: int) -> bool:
        text = self.text
        lo = max(0, start - _periods.CUE_SCAN_CHARS)
        b = max(text.rfind(c, lo, start) for c in _periods.SENTENCE_ENDS)
        b = lo if b < 0 else b + 1
        return _FUTURE_RE.search(text, b, start) is not None

    def _sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
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
            if any(re.search(r"(?<!\w)(?:[وفبلك]|ال|لل)?" + re.escape(n) + r"(?!\w)", sentence) for n in names):
                return year
        return None

    # ---- entry point
    def parse_at(self, i: int) -> _Hit | None:
        best: _Hit | None = None
        for production in self._productions(i):
            hit = production(i)
            if hit is not None and (best is None or hit.end_tok > best.end_tok):
                best = hit
        # a range without an opener («2014-2017»، «5-7 يوليو») is tried only before a join word
        if self.func(i, "open") < 0 and (best is not None or _is_digits(self.words[i])):
            k = best.end_tok if best is not None else i + 1
            if self.w(k) in _JOINS:
                hit = self.p_range(i)
                if hit is not None and (best is None or hit.end_tok > best.end_tok):
                    best = hit
        return best

    def _productions(self, i: int):
        word = self.words[i]
        if _is_digits(word):
            nxt = self.w(i + 1)
            out = []
            if nxt in _SEP_DATE and self.adjacent(i + 1):
                out.append(self.p_numeric)
            if len(word) <= 2 and (_is_starter(nxt) or nxt in _SEP_DATE):
                out.append(self.p_date)
            elif len(word) == 4:
                out.append(self.p_year)
            return out
        if not _is_starter(word):
            return ()
        cats = _categories(word)
        out = []
        functions = _functions(word)
        if "open" in functions:
            nxt = self.w(i + 1)
            if _is_digits(nxt) or _is_starter(nxt):
                out.append(self.p_range)
        if "dur_prep" in functions:
            out.append(self.p_duration)
        if "day_noun" in functions or "weekday" in cats:
            out.append(self.p_weekday)
        if cats & {"month", "ordinal", "period"}:
            out.append(self.p_date)
        if "relday" in cats:
            out.append(self.p_relday)
        if cats & {"period", "demo"}:
            out.append(self.p_period)
        if "yearpair" in cats:
            out.append(self.p_year_pair)
        if "part" in cats:
            out.append(self.p_part)
        if "season" in cats:
            out.append(self.p_season)
        if "decade" in cats:
            out.append(self.p_decade)
        return out

    def _hit(self, i0: int, clen: int, end_tok: int, start: dt.date, end: dt.date, precision: str,
             relative: bool, rule: str, future: bool | None = None) -> _Hit:
        s = self.starts[i0] + clen
        e = self.ends[end_tok - 1]
        return _Hit(end_tok, s, e, start, end, precision, relative, rule, future)

    # ---- numeric dates: 29/7/2021, 2021-07-29
    def p_numeric(self, i: int) -> _Hit | None:
        parts, seps, k = [self.w(i)], [], i + 1
        while len(parts) < 3 and self.w(k) in _SEP_DATE and self.adjacent(k) and self.adjacent(k + 1) \
                and _is_digits(self.w(k + 1)):
            seps.append(self.w(k))
            parts.append(self.w(k + 1))
            k += 2
        if len(parts) != 3 or seps[0] != seps[1]:
            return None
        a, b, c = parts
        if len(a) == 4 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2:
            d, m, y = int(a), int(b), int(c)
        else:
            return None
        day = _safe_date(y, m, d)
        if day is None or not _periods.PREPOSITION_YEAR_RANGE[0] <= y <= _periods.PREPOSITION_YEAR_RANGE[1]:
            return None
        return self._hit(i, 0, k, day, day, "day", False, "numeric_date")

    # ---- years
    def _year_number(self, i: int, lo_hi: tuple[int, int]) -> tuple[int, str, int] | None:
        """(year, calendar, next index) for a number at i in range, with an optional mark after it."""
        n = self.number(i)
        if n is None:
            return None
        cal, j = "gregorian", i + 1
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
            first = _hijri_month_span(y, 1)
            last = _hijri_month_span(y, 12)
            return (first[0], last[1]) if first and last else None
        if not 1 <= y <= 9999:
            return None
        return dt.date(y, 1, 1), dt.date(y, 12, 31)

    def p_year(self, i: int) -> _Hit | None:
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

    def p_year_pair(self, i: int) -> _Hit | None:
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
        if self.func(k, "comma") == 0:
            k += 1
        if self.func(k, "link") == 0:
            k += 1
        got = self._year_number(k, _periods.NOUN_YEAR_RANGE if cal == "gregorian" else _periods.HIJRI_YEAR_RANGE)
        if got is not None and (len(self.w(k)) >= 3 or self.lex(k + 1, ("hmark", "gmark"))):
            # «رمضان 1445»: an unmarked year in the Hijri range after a Hijri month is a Hijri year
            ycal = "hijri" if cal == "hijri" and self.lex(k + 1, ("gmark",)) is None else got[1]
            return ("abs", got[0]), got[2], ycal
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

    def core(self, i: int, allow_bare_day: bool = False, cued: bool = False) -> _Core | None:
        """Day? month year? at i, unresolved. With allow_bare_day a lone day number (range start);
        `cued`: the caller read a preposition or part word before it (a lone month needs one)."""
        day, k, clen = None, i, 0
        n = self.number(i)
        if n is not None:
            if not 1 <= n <= 31 or len(self.w(i)) > 2:
                return None
            day, k = n, i + 1
            if self.w(k) == "-" and self.lex(k + 1, ("month",)):
                k += 1
            elif self.func(k, "link") == 0:
                k += 1
                month_phrase = self._period_phrase(k)
                if month_phrase is not None and month_phrase[2] == "month" and self.lex(k, ("month",)) is None:
                    first, _, _, relative, future, end_tok, _, rule = month_phrase
                    return _Core(self.starts[i], self.ends[end_tok - 1], end_tok, day, first.month, "gregorian",
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
                        return _Core(self.starts[i] + clen, self.ends[end_tok - 1], end_tok, day, first.month,
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
                return _Core(self.starts[i], self.ends[i], i + 1, day, None, "gregorian", None, None, "day")
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
        if cal == "hijri" and year is None and not noun_context and (day is None or row.needs_context):
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
        return _Core(self.starts[i] + clen, self.ends[j - 1], j, day, row.month, cal, year, modifier, rule)

    def resolve(self, c: _Core) -> tuple[dt.date, dt.date, str, bool, bool | None] | None:
        """(start, end, precision, relative, future) of a core, or None when it cannot be resolved."""
        ref, future = self.ref, None
        if c.month is None:
            return None
        relative = False
        if c.year is not None:
            kind, value = c.year
            if kind == "abs":
                y = value
                relative = c.rule.startswith("day_of_")
            elif kind == "rel":
                if ref is None:
                    return None
                base = ref.year if c.calendar == "gregorian" else _hijri_year_of(ref)
                if base is None:
                    return None
                y = base + {"past": -1, "future": 1, "current": 0}[value]
                relative = True
                future = {"past": False, "future": True}.get(value)
            else:
                if self.prev is None:
                    return None
                y = self.prev.date_start.year + value
                if c.calendar == "hijri":
                    y = _hijri_year_of(self.prev.date_start)
                    if y is None:
                        return None
                    y += value
                relative = True
        else:
            if ref is None:
                return None
            relative = True
            y = self._implied_year(c, ref)
            if y is None:
                return None
            future = {"past": False, "future": True}.get(c.modifier)
        if c.calendar == "hijri":
            if c.day is not None:
                day = _hijri_to_date(y, c.month, c.day)
                return (day, day, "day", relative, future) if day else None
            span = _hijri_month_span(y, c.month)
            return (span[0], span[1], "month", relative, future) if span else None
        if not 1 <= y <= 9999:
            return None
        if c.day is not None:
            day = _safe_date(y, c.month, c.day)
            return (day, day, "day", relative, future) if day else None
        return dt.date(y, c.month, 1), _month_end(y, c.month), "month", relative, future

    def _implied_year(self, c: _Core, ref: dt.date) -> int | None:
        """The year of a day-month or month written without one (see rules/periods.py defaults)."""
        if c.calendar == "hijri":
            base = _hijri_year_of(ref)
            if base is None:
                return None
            ref_month = Gregorian(ref.year, ref.month, ref.day).to_hijri().month
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
            cand = _safe_date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
            return y if cand is not None and cand < ref else y - 1
        if c.modifier == "future":
            if c.day is None:
                return y if c.month > ref.month else y + 1
            cand = _safe_date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
            return y if cand is not None and cand > ref else y + 1
        cand = dt.date(y, c.month, min(day, calendar.monthrange(y, c.month)[1]))
        if c.day is None:
            cand_end = _month_end(y, c.month)
        else:
            cand_end = cand
        if self.future_cue(c.start):
            if (ref - cand_end).days > _periods.FUTURE_BEHIND_DAYS:
                return y + 1
            return y
        if (cand - ref).days > _periods.UNCUED_AHEAD_DAYS:
            return y - 1
        return y

    def p_date(self, i: int) -> _Hit | None:
        c = self.core(i)
        if c is None:
            return None
        return self._core_hit(c)

    def _core_hit(self, c: _Core) -> _Hit | None:
        got = self.resolve(c)
        if got is None:
            return None
        start, end, precision, relative, future = got
        return _Hit(c.end_tok, c.start, c.end, start, end, precision, relative, c.rule, future)

    # ---- ranges
    def p_range(self, i: int) -> _Hit | None:
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
        pair = _JOINS.get(join)
        if pair is None or (pair and pair != opener):
            return None
        second = self._range_piece(j + 1, False)
        if second is None:
            return None
        if isinstance(first, _Core) and isinstance(second, _Core):
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
            a = first if isinstance(first, _Hit) else self._core_hit(first)
            b = second if isinstance(second, _Hit) else self._core_hit(second)
            if a is None or b is None:
                return None
            start, end, relative = a.date_start, b.date_end, a.relative or b.relative
        if end < start:
            return None
        return self._hit(i, clen, second.end_tok, start, end, "interval", relative, "range")

    def _range_piece(self, k: int, first: bool):
        """One side of a range: a core (day/month/year), a bare year, or any other date."""
        if self.number(k) is not None and len(self.w(k)) == 4:
            got = self._year_number(k, _periods.PREPOSITION_YEAR_RANGE)
            if got is None:
                return None
            span = self._year_span(got[0], got[1])
            if span is None:
                return None
            return _Hit(got[2], self.starts[k], self.ends[got[2] - 1], span[0], span[1], "year", False, "year", None)
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

    # ---- weekdays and relative days
    def _explicit_after(self, j: int):
        """A full date after a weekday: «الخميس (29 تموز 2021)»، «الخميس الموافق 29 تموز»."""
        k = j
        opened = False
        if self.func(k, "wd_join") >= 0 or self.w(k) in _FUNC["wd_join"]:
            opened = self.w(k) == "("
            k += 1
        numeric = self.p_numeric(k) if _is_digits(self.w(k)) else None
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

    def p_weekday(self, i: int) -> _Hit | None:
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

    def p_relday(self, i: int) -> _Hit | None:
        """«اليوم»، «أمس»، «غدا»، «اليوم الخميس (29 تموز 2021)»."""
        found = self.lex(i, ("relday",))
        if found is None:
            return None
        row, clen, j = found[0].value, found[2], i + found[1]
        weekday = self.lex(j, ("weekday",))
        if row.strict and weekday is None:
            if self.w(j).startswith(_ARTICLE) or self.lex(j, ("demo",)) or self.lex(i - 1, ("demo",)):
                return None  # «اليوم العالمي»، «في ذلك اليوم»، «اليوم نفسه»: not today
            before = self.w(i - 1)
            if clen == 0 and i > 0 and (before in _TODAY_BLOCKERS or before[:1] in _periods.CONJUNCTIONS
                                        and before[1:] in _TODAY_BLOCKERS) and self._explicit_after(j) is None:
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

    # ---- period nouns: العام الماضي، هذا الأسبوع، عام 2014، في العام نفسه
    def _period_phrase(self, i: int, bare: bool = False):
        """(start, end, unit, relative, future, next index, clitic, rule) of a period phrase at i."""
        demo_before = self.lex(i, ("demo",))
        if demo_before is not None and demo_before[0].value.position == "before":
            d = demo_before[0].value
            k = i + 1
            noun = self.lex(k, ("period",))
            season = self.lex(k, ("season",)) if noun is None else None
            if noun is not None and self.w(k).startswith(_ARTICLE):
                unit = noun[0].value
                anchor = self._anchor(d.anaphoric)
                if anchor is None:
                    return None
                start, end = _period_around(unit, _shift(unit, anchor, d.shift) if d.shift else anchor)
                return start, end, unit, True, None, k + 1, demo_before[2], \
                    ("anaphora_period" if d.anaphoric else "this_period")
            if season is not None and self.w(k).startswith(_ARTICLE):
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
        if unit == "year":
            got = self._year_number(j, _periods.NOUN_YEAR_RANGE)
            if got is not None:
                span = self._year_span(got[0], got[1])
                if span is None:
                    return None
                return span[0], span[1], "year", False, None, got[2], clen, \
                    ("hijri_year" if got[1] == "hijri" else "year")
        definite = self.w(i)[clen:].startswith(_ARTICLE) or self.w(i)[clen - 1:].startswith(_LAM_ARTICLE)
        if not definite:
            return None
        mod = self.lex(j, ("modifier",))
        if mod is not None and mod[2] == 0:
            if self.ref is None:
                return None
            direction = mod[0].value
            n = {"past": -1, "future": 1, "current": 0}[direction]
            start, end = _period_around(unit, _shift(unit, self.ref, n))
            return start, end, unit, True, {"past": False, "future": True}.get(direction), j + 1, clen, \
                "relative_period"
        demo = self.lex(j, ("demo",))
        if demo is not None and demo[0].value.position == "after" and demo[2] == 0:
            d = demo[0].value
            anchor = self._anchor(True)
            if anchor is None:
                return None
            start, end = _period_around(unit, _shift(unit, anchor, d.shift))
            return start, end, unit, True, None, j + 1, clen, "anaphora_period"
        if bare and unit != "decade" and self.ref is not None:
            start, end = _period_around(unit, self.ref)
            return start, end, unit, True, None, j, clen, "current_period"
        return None

    def _anchor(self, anaphoric: bool) -> dt.date | None:
        if anaphoric:
            return self.prev.date_start if self.prev is not None else None
        return self.ref

    def p_period(self, i: int) -> _Hit | None:
        got = self._period_phrase(i)
        if got is None:
            return None
        start, end, unit, relative, future, j, clen, rule = got
        return self._hit(i, clen, j, start, end, unit, relative, rule, future)

    # ---- parts: مطلع العام، منتصف 2020، النصف الثاني من شهر مارس، نهاية العام الجاري
    def p_part(self, i: int) -> _Hit | None:
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
            start, end = _dekads(start, end, part.low, part.high)
        else:
            start, end = _narrow(start, end, unit, part.low, part.high)
        precision = part.kind if part.kind != "part" else _precision_of_span(start, end)
        return self._hit(i, clen, end_tok, start, end, precision, relative, "part_of_" + unit, future)

    # ---- seasons
    def _season_span(self, season, year: int) -> tuple[dt.date, dt.date] | None:
        (m1, o1), (m2, o2) = season.first, season.last
        if not 1 <= year + o1 and year + o2 <= 9999:
            return None
        return dt.date(year + o1, m1, 1), _month_end(year + o2, m2)

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

    def p_season(self, i: int) -> _Hit | None:
        """«صيف 2020»، «الصيف الماضي»، «خريف العام نفسه» («في ذلك الخريف» see p_period)."""
        found = self.lex(i, ("season",))
        if found is None:
            return None
        season, clen, j = found[0].value, found[2], i + found[1]
        mod = self.lex(j, ("modifier",))
        if mod is not None and mod[2] == 0 and self.w(i)[clen:].startswith(_ARTICLE):
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
            y, relative = self.ref.year + {"past": -1, "future": 1, "current": 0}[value], True
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

    def p_decade(self, i: int) -> _Hit | None:
        got = self._decade(i)
        if got is None:
            return None
        start, end, unit, relative, future, j = got
        return self._hit(i, self.lex(i)[2], j, start, end, "decade", relative, "decade", future)

    # ---- durations: بعد يومين، قبل ثلاثة أيام، بعد ذلك بأسبوع، منذ عامين
    def p_duration(self, i: int) -> _Hit | None:
        prep = None
        for clen, stem in _analyses(self.w(i)):
            if stem in _DUR_PREPS:
                prep = _DUR_PREPS[stem]
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
            if found[0].cat == "period" and (found[2] and self.w(j)[found[2]:].startswith(_ARTICLE)
                                             or self.w(j).startswith(_ARTICLE)):
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
            day = _shift(unit, anchor, prep.sign * count)
        except (OverflowError, ValueError):
            return None
        if unit == "day":
            start = end = day
            precision = "day"
        elif unit == "week":
            start = end = day
            precision = "day"
        else:
            start, end = _period_around(unit, day)
            precision = unit
        future = True if prep.sign > 0 and rule == "duration" else (False if prep.sign < 0 else None)
        return self._hit(i, 0, j, start, end, precision, True, rule, future)


# --------------------------------------------------------------------------- public API

_WINDOW_BEFORE = 32
_WINDOW_AFTER = 28
_LINE_BREAK_RE = re.compile("[" + "".join(LINE_BREAKS) + "]")   # a date is read within one line
# Absolute dates that set the narrative year for a later month or day-month written without one.
_NARRATIVE_PRECISIONS = frozenset({"day", "week", "month", "season", "quarter", "half", "year"})
_OPEN_ENDED_RE = re.compile(r"(?<!\w)(?:" + "|".join(_periods.CONJUNCTIONS) + r")?(?:"
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
    breaks = [m.start() for m in _LINE_BREAK_RE.finditer(text)]
    for m in _PREFILTER_RE.finditer(text):
        a = m.start()
        k = bisect.bisect_left(breaks, a)
        line_start = breaks[k - 1] + 1 if k else 0
        line_end = breaks[k] if k < len(breaks) else n
        s = max(line_start, a - _WINDOW_BEFORE)
        if s > line_start:
            k = text.find(" ", s, a)
            s = k + 1 if k >= 0 else a
        e = min(line_end, m.end() + _WINDOW_AFTER)
        if e < line_end:
            k = text.find(" ", e, min(line_end, e + 24))
            e = k if k >= 0 else min(line_end, e + 24)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e), a)
        else:
            out.append((s, e, a))
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
    parser = _Parser(ntext, ref_date)
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
                starter = starters[word] = _is_starter(word) or _is_digits(word)
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
                                hit.rule, future))
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
