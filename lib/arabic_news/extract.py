"""Extract fact tables from articles: troop levels, attack counts, dated events, mentions.

This module owns the per-article orchestration and the tables: it runs the
finders (`numbers`, `dates`, `sentences`, `attribution`, `mentions`) over one
article's body, decides which figures are troop levels or attack counts, gives
every fact its provenance (offsets into `Article.raw`, the sentence, the rule
that produced it, a stable id), and writes the tables whole.

The language rules it applies live in tables: `rules.forces` (whose troops,
personnel nouns, elision and anaphora cues), `rules.events` (event-type
triggers, status cues), `rules.weapons` (weapons and targets),
`rules.known_events` (dated events articles name without a date, and dateline
cues) and `rules.units` (what a number counts).

Publication dates (`articles.publication_date_basis`):

1. ``metadata``: the corpus's metadata.csv gives one. If the text states a
   different day in a dateline, the metadata wins and `publication_date_note`
   says so.
2. ``text``: a day-precise date the article states as its own: preceded by a
   dateline cue (اليوم، بتاريخ، نشر في …, `rules.known_events.DATELINE_CUES`)
   or at the very start of the body.
3. ``inferred``: the narrowest window consistent with the article's own
   evidence. From below: every known event it names (`rules.known_events`,
   which also lists office holders: «إدارة بايدن» is written after 20 January
   2021) and every absolute date it places in the past. From above: absolute
   dates it places ahead (a future cue, or a deadline word: «بحلول نهاية 2021»).
   Then months and day-months written without a year: placed in the past by
   their clause (a perfect verb of `rules.events.PAST_VERBS`, «منذ») they
   raise the lower bound within the latest year named so far («بيان صدر في
   7 أبريل» with «يناير 2021» named → not before 7 April 2021); placed ahead
   (a status cue such as من المتوقع / المقرر, a future verb, a deadline word:
   «من المتوقع أن تغادر … بحلول 31 أغسطس») they lower the upper bound to
   their first occurrence after the lower bound. A month or day called
   الحالي pins the month; one called الماضي (المقبل) must fall in the year
   before (after) publication. A weekday named as today («اليوم الجمعة»)
   trims the window to that weekday. With no upper bound, the window ends with
   the year after its lower bound's. Relative expressions then resolve against
   the window's first day: a report appears on or just after the latest past
   event it names. An article that places the current year, or a part of it, ahead
   («بنهاية هذا العام», «حتى نهاية العام الجاري», «ستنسحب هذا العام»: a future
   cue or verb, a deadline word, or a part of the year after the window's first
   day), resolved against that first day, cannot be later than that year: the
   window ends on 31 December of the lower bound's year at the latest.
4. ``unknown``: nothing to go on; relative expressions stay unresolved.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from arabic_news.errors import ArabicNewsError, ArticleError, ParameterError
from arabic_news.files import write_text_atomically
from arabic_news.schema import (ARTICLE_COLUMNS, ATTACK_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, TABLES,
                                 TROOP_COLUMNS, frame_from_rows, write_table)
from arabic_news.normalize import normalize_with_offsets
from arabic_news.patterns import Hit, PhraseMatcher
from arabic_news.rules import events as event_rules
from arabic_news.rules import forces as force_rules
from arabic_news.rules import known_events as known_rules
from arabic_news.rules import periods as period_rules
from arabic_news.rules import weapons as weapon_rules
from arabic_news.rules import weekdays as weekday_rules
from arabic_news.rules.attribution_cues import CLAUSE_BREAKS
from arabic_news.rules.units import UNITS
from arabic_news.rules.vocabularies import WEAPONS

__all__ = [
    "ARTICLE_COLUMNS", "TROOP_COLUMNS", "ATTACK_COLUMNS", "EVENT_COLUMNS", "MENTION_COLUMNS", "TABLES",
    "Facts", "extract_article", "extract_articles", "extract_corpus", "write_tables", "publication_date",
]

_TROOP_CATEGORIES = {"personnel", "combatant"}
_HOME_OF_US = "United States"
_ATTACK_UNITS = {"attack", "strike", "bombing"}


# ---------------------------------------------------------------------------------------------
# Compiled tables.



_ELIDED_FOLLOW_RE = re.compile(
    r"\s*(?:$|[^\w\s]|(?:%s)(?!\w)|ب)" % "|".join(re.escape(f) for f in force_rules.ELIDED_FOLLOWERS))
_WORD_RE = re.compile(r"\w+")
_FUTURE_VERB_RE = re.compile(r"(?<!\w)(?:و|ف)?(س[يتن]\w{3,})")
_NOT_FUTURE = frozenset(event_rules.NOT_FUTURE_VERBS)
_GAP_RE = re.compile(r"[\s\-–]+")


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))


_SPAN_UNIT_BY_FORM = {f: (u.unit, 2 if f in u.dual else None) for u in period_rules.DURATION_UNITS
                      for f in u.dual + u.plural + u.single}
_SPAN_SINGLES = {f: p.unit for p in period_rules.PERIOD_NOUNS if p.unit in ("day", "week", "month", "year")
                 for f in p.forms}
_SPAN_LAST = _alternation([m.form for m in period_rules.MODIFIERS if m.direction == "past"]
                          + list(period_rules.SPAN_LAST_WORDS))
# «خلال ثلاثه ايام»، «في غضون اسبوعين»، «في غضون اسبوع»، «خلال الايام الثلاثه الماضيه» (rules/periods.py)
_SPAN_RE = re.compile(
    r"(?<!\w)[وف]?(?:" + _alternation(period_rules.SPAN_PREPOSITIONS) + r")\s+(?:"
    + r"(?P<count>\d+|\w+)\s+(?P<plural>" + _alternation(
        f for u in period_rules.DURATION_UNITS for f in u.plural + u.single) + r")"
    + r"|(?P<dual>" + _alternation(f for u in period_rules.DURATION_UNITS for f in u.dual) + r")"
    + r"|(?P<single>" + _alternation(_SPAN_SINGLES) + r")(?:\s+(?:" + _alternation(period_rules.SPAN_ONE_WORDS) + r"))?"
    + r"|ال(?P<dplural>" + _alternation(f for u in period_rules.DURATION_UNITS for f in u.plural)
    + r")\s+(?:ال)?(?P<dcount>\d+|\w+)\s+(?:" + _SPAN_LAST + r")"
    + r"|ال(?P<ddual>" + _alternation(f for u in period_rules.DURATION_UNITS for f in u.dual)
    + r")\s+(?:" + _SPAN_LAST + r")"
    + r")(?!\w)")
_OFFICE_BLOCKERS = frozenset(known_rules.OFFICE_BLOCKERS)
_CLAUSE_BREAKS = frozenset(CLAUSE_BREAKS)
@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    return PhraseMatcher.of_tables(_table_rows())


def _table_rows() -> dict[str, Iterable[tuple[str, Any]]]:
    return {
        "force": [(w.form, w) for w in force_rules.FORCE_WORDS],
        "personnel": [(p.form, p) for p in force_rules.PERSONNEL_NOUNS],
        "troop_noun": [(f, True) for f in force_rules.TROOP_NOUNS],
        "anaphor": [(f, True) for f in force_rules.ANAPHORS],
        "exception": [(f, True) for f in force_rules.EXCEPTION_CUES],
        "staying": [(f, True) for f in force_rules.STAYING_VERBS],
        "change": [(f, True) for f in force_rules.CHANGE_CUES],
        "total": [(f, True) for f in force_rules.TOTAL_CUES],
        "past": [(f, True) for f in force_rules.PAST_CUES],
        "casualty": [(f, True) for f in force_rules.CASUALTY_CUES],
        "decrement": [(f, True) for f in force_rules.DECREMENT_CUES],
        "partitive": [(f, True) for f in force_rules.PARTITIVE_CUES],
        "current": [(f, True) for f in force_rules.CURRENT_CUES],
        "casualty_after": [(f, True) for f in force_rules.CASUALTY_AFTER_CUES],
        "mixed": [(f, True) for f in force_rules.MIXED_WITH_PEOPLE],
        "not_location": [(f, True) for f in force_rules.NOT_LOCATION_CUES],
        "locative": [(f, True) for f in force_rules.LOCATIVE_CUES],
        "civilian": [(f, True) for f in force_rules.CIVILIAN_CONTEXT],
        "veteran": [(f, True) for f in force_rules.VETERAN_CUES],
        "casualty_later": [(f, True) for f in force_rules.CASUALTY_VERBS_LATER],
        "comparison": [(f, True) for f in force_rules.COMPARISON_CUES],
        "training": [(f, True) for f in force_rules.TRAINING_CUES],
        "support": [(f, True) for f in force_rules.SUPPORT_CUES],
        "owner_link": [(f, True) for f in force_rules.OWNER_LINKS],
        "force_partitive": [(f, True) for f in force_rules.FORCE_PARTITIVES],
        "military_site": [(f, True) for f in force_rules.MILITARY_SITES],
        "mission": [(f, True) for f in force_rules.MISSION_WORDS],
        "count_of": [(f, True) for f in force_rules.COUNT_OF_FORCES],
        "membership": [(f, True) for f in force_rules.MEMBERSHIP_CUES],
        "exercise": [(f, True) for f in force_rules.EXERCISE_WORDS],
        "trigger": [(t.form, (i, t.event_type)) for i, t in enumerate(event_rules.EVENT_TRIGGERS)],
        "status": [(c.form, c.status) for c in event_rules.STATUS_CUES],
        "weapon": [(w.form, w.weapon) for w in weapon_rules.WEAPON_WORDS],
        "target": [(t.form, t.target) for t in weapon_rules.TARGET_WORDS],
        "not_attack": [(f, True) for f in weapon_rules.NOT_ATTACK_FOLLOWERS],
        "foiled": [(f, True) for f in weapon_rules.FOILED_CUES],
        "known_event": [(f, e) for e in known_rules.KNOWN_EVENTS for f in e.forms],
        "dateline": [(f, True) for f in known_rules.DATELINE_CUES],
        "deadline": [(f, True) for f in known_rules.DEADLINE_CUES],
        "marker": list(known_rules.RELATIVE_MARKERS.items()),
        "since": [(f, True) for f in event_rules.SINCE_CUES],
        "past_verb": [(f, True) for f in event_rules.PAST_VERBS],
        "until": [(f, True) for f in event_rules.UNTIL_CUES],
        "later": [(f, True) for f in event_rules.LATER_CUES],
        "so_far": [(f, True) for f in event_rules.SO_FAR_CUES],
        "day_part": [(f, True) for f in event_rules.DAY_PARTS],
        "earlier": [(f, True) for f in event_rules.EARLIER_CUES],
        "weekday": [(f, w.weekday) for w in weekday_rules.WEEKDAYS for f in w.forms],
    }


@lru_cache(maxsize=1)
def _unit_categories() -> dict[str, str]:
    return {u.unit: u.category for u in UNITS}


# ---------------------------------------------------------------------------------------------
# Small helpers.

def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _parse_iso(value: Any) -> dt.date | None:
    if value is None:
        return None
    text = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _fact_id(sha1: str, table: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha1(f"{sha1}|{table}|{start}|{end}|{kind}".encode()).hexdigest()[:16]


def _as_number(value: Any) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _year_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 1, 1)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# One article's analysis: every finder runs once, rules look things up by position.

class _Analysis:
    """The body of one article, normalized once, with every finder's results."""

    def __init__(self, article):
        from arabic_news.sentences import split_sentences

        self.article = article
        self.raw: str = article.raw
        self.body = self._mask(article)
        self.norm = normalize_with_offsets(self.body)
        self.ntext = self.norm.text
        self.to_raw = self.norm.to_raw
        self.sentences = [s for s in split_sentences(self.raw, blocks=self._blocks(article))
                          if self.raw[s.start:s.end].strip()]
        self._sentence_starts = [s.start for s in self.sentences]
        self.hits = _matcher().find_tables(self.ntext)
        self._dates: dict[dt.date | None, list] = {}
        self._hit_starts = {name: [h.start for h in hits] for name, hits in self.hits.items()}

    @staticmethod
    def _blocks(article):
        blocks = [(b[0], b[1]) for b in (getattr(article, "body_blocks", None) or [])]
        return blocks or None

    @staticmethod
    def _mask(article) -> str:
        """`raw` with everything outside the body blocks blanked (same length, same offsets)."""
        raw = article.raw
        blocks = list(getattr(article, "body_blocks", None) or [])
        if not blocks:
            return raw
        keep = bytearray(len(raw))
        for span in blocks:
            keep[span.start:span.end] = b"\x01" * (span.end - span.start)
        chars = [c if keep[i] or c == "\n" else " " for i, c in enumerate(raw)]
        return "".join(chars)

    def dates(self, ref_date: dt.date | None) -> list:
        """`find_dates` over the body against `ref_date`, computed once per reference day."""
        from arabic_news.dates import find_dates

        if ref_date not in self._dates:
            self._dates[ref_date] = find_dates(self.body, ref_date=ref_date)
        return self._dates[ref_date]

    # offsets -------------------------------------------------------------------------------
    def n(self, raw_offset: int) -> int:
        """The normalized offset of a raw offset."""
        return bisect.bisect_left(self.to_raw, raw_offset)

    def raw_span(self, nstart: int, nend: int) -> tuple[int, int]:
        return self.norm.raw_span(nstart, nend)

    def sentence_of(self, raw_offset: int):
        i = bisect.bisect_right(self._sentence_starts, raw_offset) - 1
        if i >= 0 and self.sentences[i].start <= raw_offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quote(self, sentence) -> str:
        return self.raw[sentence.start:sentence.end]

    def hits_in(self, name: str, nstart: int, nend: int) -> list[Hit]:
        """Hits of table `name` lying inside the normalized span [nstart, nend)."""
        starts = self._hit_starts[name]
        i = bisect.bisect_left(starts, nstart)
        out = []
        for hit in self.hits[name][i:]:
            if hit.start >= nend:
                break
            if hit.end <= nend:
                out.append(hit)
        return out

    def sentence_nspan(self, sentence) -> tuple[int, int]:
        return self.n(sentence.start), self.n(sentence.end)

    def previous_sentence(self, sentence, back: int = 1):
        i = sentence.index - back
        for s in self.sentences:
            if s.index == i:
                return s
        return None


# ---------------------------------------------------------------------------------------------
# Publication dates.

@dataclass(frozen=True)
class PublicationDate:
    """When an article was published, and how we know.

    Attributes:
        date: the day (None when only a window or nothing is known).
        basis: one of vocabularies.PUBLICATION_DATE_BASES.
        window_start, window_end: the window the day lies in (both = date when known).
        ref_date: the day relative expressions resolve against (the window's first day).
        note: a remark, e.g. the metadata and the text disagree.
    """

    date: dt.date | None
    basis: str
    window_start: dt.date | None
    window_end: dt.date | None
    ref_date: dt.date | None
    note: str = ""


_METADATA_DATE_KEYS = ("published", "publication_date", "date")


def _metadata_date(article) -> dt.date | None:
    meta = getattr(article, "metadata", None) or {}
    for key in _METADATA_DATE_KEYS:
        day = _parse_iso(meta.get(key))
        if day:
            return day
    return None


def _unusable_metadata_date(article) -> str:
    """A note naming a metadata.csv date that is not a date, or ""; such a date is never used."""
    meta = getattr(article, "metadata", None) or {}
    for key in _METADATA_DATE_KEYS:
        value = str(meta.get(key) or "").strip()
        if value and _parse_iso(value) is None:
            return (f"metadata.csv gives {key}={value!r}, which is not a date (YYYY-MM-DD), "
                    "so the date was worked out from the text")
    return ""


def _dateline(analysis: _Analysis, dates) -> Any:
    """The absolute day-precise date the article states as its own date, or None."""
    body_start = analysis.sentences[0].start if analysis.sentences else 0
    title = getattr(analysis.article, "title_span", None)
    first_para = [s for s in analysis.sentences if not (title and s.start < title.end)]
    para_start = first_para[0].start if first_para else body_start
    for ds in dates:
        if ds.relative or ds.precision != "day" or ds.date_start is None:
            continue
        nstart = analysis.n(ds.start)
        before = analysis.hits_in("dateline", max(0, nstart - 30), analysis.n(ds.end))
        if before or ds.start - para_start <= 40 and ds.start >= para_start:
            return ds
    return None


def _relation(ds, probe: dt.date) -> str:
    if ds.date_end < probe:
        return "past"
    if ds.date_start > probe:
        return "future"
    return "current"


def _intersect(windows: list[tuple[dt.date, dt.date]], allowed: list[tuple[dt.date, dt.date]]):
    out = []
    for w_start, w_end in windows:
        for a_start, a_end in allowed:
            start, end = max(w_start, a_start), min(w_end, a_end)
            if start <= end:
                out.append((start, end))
    return sorted(out)


def _safe_date(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _month_end(year, month).day))


def _relative_constraint(ds, relation: str, years: range) -> list[tuple[dt.date, dt.date]]:
    """The publication days a month or day-month written without a year allows, year by year."""
    month, day = ds.date_start.month, ds.date_start.day
    rule = "month" if ds.rule == "part_of_month" else ds.rule
    out = []
    for year in years:
        if rule == "month" and relation == "current":
            out.append((dt.date(year, month, 1), _month_end(year, month)))
        elif rule == "month" and relation == "past":        # «فبراير الماضي»: the year after it
            end_day = _month_end(year, month)
            out.append((end_day + dt.timedelta(days=1), _add_years(end_day, 1)))
        elif rule == "month" and relation == "future":      # «نوفمبر المقبل»: the year before it
            first = dt.date(year, month, 1)
            out.append((_add_years(first, -1), first - dt.timedelta(days=1)))
        elif rule == "day_month" and relation == "past":
            named = _safe_date(year, month, day)
            out.append((named + dt.timedelta(days=1), _add_years(named, 1)))
        elif rule == "day_month" and relation == "future":
            named = _safe_date(year, month, day)
            out.append((_add_years(named, -1), named - dt.timedelta(days=1)))
    return out


def _office_blocked(analysis: _Analysis, hit: Hit) -> bool:
    """«نائب الرئيس جو بايدن»: a word of OFFICE_BLOCKERS right before a known event's form."""
    before = analysis.ntext[max(0, hit.start - 12):hit.start].split()
    return bool(before) and before[-1] in _OFFICE_BLOCKERS


def _yearless_relation(analysis: _Analysis, ds) -> str | None:
    """``past`` or ``future`` for a month or day-month written without a year and without
    الماضي/المقبل, from its clause: a future cue, a status cue or a deadline word before it
    makes it ahead; else a perfect verb (rules.events.PAST_VERBS) near it in its sentence
    or «منذ» before it places it in the past; None when nothing says."""
    sentence = analysis.sentence_of(ds.start)
    if sentence is None:
        return None
    nstart, nend = analysis.n(ds.start), analysis.n(ds.end)
    s_nstart, s_nend = analysis.sentence_nspan(sentence)
    if getattr(ds, "future", None) or analysis.hits_in("deadline", max(s_nstart, nstart - 12), nend) \
            or _status_near(analysis, s_nstart, nstart, nend, s_nend):
        return "future"
    if analysis.hits_in("since", max(s_nstart, nstart - 8), nend) or \
            analysis.hits_in("past_verb", max(s_nstart, nstart - 80), min(s_nend, nend + 40)):
        return "past"
    return None


def _pinned_weekday(analysis: _Analysis) -> int | None:
    """The weekday a dateline cue names as today («اليوم الجمعة»), when all such agree."""
    days = set()
    for hit in analysis.hits["weekday"]:
        cues = analysis.hits_in("dateline", max(0, hit.start - 12), hit.start)
        if cues and not analysis.ntext[cues[-1].end:hit.start].strip():
            days.add(hit.value)
    return days.pop() if len(days) == 1 else None


def _infer_window(analysis: _Analysis) -> tuple[dt.date | None, dt.date | None, str]:
    """The narrowest publication window the article's own evidence allows (see the module doc).

    Bounds: known events and office holders named, and absolute dates in the past (from
    below), absolute dates ahead (from above). Then months or day-months written without a
    year or a marker: placed in the past by their clause, they raise the lower bound within
    the latest year so far; placed ahead, they lower the upper bound (that year or the
    next). Then each month or day-month called الحالي / الماضي / المقبل keeps only the days
    consistent with it; a constraint that contradicts the others is dropped. The earliest
    consistent stretch is the window; with no upper bound and no such constraint, it ends
    with the year after the lower bound's. A weekday named as today («اليوم الجمعة») trims
    the window to that weekday.
    """
    lower: list[tuple[dt.date, str]] = []
    upper: list[tuple[dt.date, str]] = []
    for hit in analysis.hits["known_event"]:
        if _office_blocked(analysis, hit):
            continue
        lower.append((dt.date.fromisoformat(hit.value.date), f"names {hit.value.key} ({hit.value.date})"))
    for ds in analysis.dates(None):
        if ds.relative or ds.date_start is None:
            continue
        nstart = analysis.n(ds.start)
        if getattr(ds, "future", False) or analysis.hits_in("deadline", max(0, nstart - 12), analysis.n(ds.end)):
            upper.append((ds.date_end, f"«{ds.text}» ahead"))
        elif ds.precision in ("day", "month", "year", "season", "quarter", "half"):
            lower.append((ds.date_start, f"«{ds.text}» past"))
    lo = max(lower) if lower else None
    hi = min(upper) if upper else None
    if lo and hi and hi[0] < lo[0]:
        hi = None  # the evidence disagrees: keep the lower bound, which rests on past facts
    if lo is None and hi is None:
        return None, None, ""
    if lo is not None:
        lo, hi = _yearless_bounds(analysis, lo, hi)
    search_start = lo[0] if lo else _add_years(_year_start(hi[0]), -1)
    search_end = hi[0] if hi else _add_years(search_start, 2)
    reasons = [r for r in ((lo or (None, ""))[1], (hi or (None, ""))[1]) if r]
    windows = [(search_start, search_end)]
    probe = search_start + (search_end - search_start) // 2
    years = range(search_start.year - 1, search_end.year + 2)
    constrained = False
    for ds in analysis.dates(probe):
        if not ds.relative or ds.date_start is None or ds.rule not in ("month", "day_month", "part_of_month"):
            continue
        markers = analysis.hits_in("marker", analysis.n(ds.start), analysis.n(ds.end))
        if not markers:
            continue  # «3 يناير» alone may be any year's
        relation = markers[-1].value
        allowed = _relative_constraint(ds, relation, years)
        narrowed = _intersect(windows, allowed) if allowed else []
        if narrowed:
            windows, constrained = narrowed, True
            reasons.append(f"«{ds.text}» {relation}")
    start, end = windows[0]
    if not constrained and hi is None:
        end = dt.date(start.year + 1, 12, 31)
    year_end = dt.date(start.year, 12, 31)
    if end > year_end:
        ahead = _this_year_ahead(analysis, start)
        if ahead is not None:
            end = year_end
            reasons.append(f"«{ahead.text}» ahead in {start.year}")
    weekday = _pinned_weekday(analysis)
    if weekday is not None:
        first = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
        last = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
        if first <= last:
            start, end = first, last
            reasons.append(f"today is weekday {weekday}")
    return start, end, "; ".join(reasons)


_THIS_YEAR_RULES = frozenset({"this_period", "relative_period", "part_of_year"})


def _this_year_ahead(analysis: _Analysis, start: dt.date):
    """The first expression of the current year (or a part of it) that the article places
    ahead, resolved against the window's first day `start`: «بنهايه هذا العام», «حتي نهايه
    العام الجاري», «ستنسحب هذا العام». Ahead means a future cue or verb, a deadline word
    before it, or a part of the year that begins after `start`. None when there is none."""
    for ds in analysis.dates(start):
        if not ds.relative or ds.date_start is None or ds.rule not in _THIS_YEAR_RULES:
            continue
        if ds.date_start.year != start.year or ds.date_end.year != start.year:
            continue   # «العام الماضي»، «العام المقبل»: another year
        if ds.rule != "part_of_year" and ds.precision != "year":
            continue   # «هذا الشهر», «الاسبوع الحالي»: not the year
        nstart = analysis.n(ds.start)
        sentence = analysis.sentence_of(ds.start)
        s_nstart = analysis.sentence_nspan(sentence)[0] if sentence is not None else max(0, nstart - 40)
        if ds.future or analysis.hits_in("deadline", max(s_nstart, nstart - 12), analysis.n(ds.end)) \
                or ds.date_start > start or _future_verb_before(analysis, s_nstart, nstart):
            return ds
    return None


def _future_verb_before(analysis: _Analysis, s_nstart: int, nstart: int) -> bool:
    """A future verb (سـ + imperfect, rules.events.NOT_FUTURE_VERBS aside) in the clause before `nstart`."""
    for m in _FUTURE_VERB_RE.finditer(analysis.ntext, s_nstart, nstart):
        if m.group(1) not in _NOT_FUTURE:
            return True
    return False


def _yearless_bounds(analysis: _Analysis, lo: tuple[dt.date, str], hi: tuple[dt.date, str] | None):
    """Raise `lo` by months written without a year that the text places in the past (in the
    year of `lo`: the latest year it names), then lower `hi` by those it places ahead."""
    year = lo[0].year
    ahead: list = []
    for ds in analysis.dates(lo[0]):
        if not ds.relative or ds.date_start is None or ds.rule not in ("month", "day_month", "part_of_month"):
            continue
        if analysis.hits_in("marker", analysis.n(ds.start), analysis.n(ds.end)):
            continue
        relation = _yearless_relation(analysis, ds)
        if relation == "past":
            day = _safe_date(year, ds.date_start.month, ds.date_start.day)
            if day > lo[0] and (hi is None or day <= hi[0]):
                lo = (day, f"«{ds.text}» past in {year}")
        elif relation == "future":
            ahead.append(ds)
    for ds in ahead:
        for y in (year, year + 1):
            day = _safe_date(y, ds.date_end.month, ds.date_end.day)
            if day >= lo[0]:
                if hi is None or day < hi[0]:
                    hi = (day, f"«{ds.text}» ahead in {y}")
                break
    return lo, hi


def publication_date(article, analysis: _Analysis | None = None) -> PublicationDate:
    """Work out when `article` was published (metadata, else text, else inferred window).

    Args:
        article: an `arabic_news.corpus.Article`.
        analysis: internal; the article's analysis when the caller has one.
    Returns:
        A `PublicationDate` (basis ``unknown`` with every date None when nothing says).
    """
    analysis = analysis or _Analysis(article)
    meta = _metadata_date(article)
    absolute = [d for d in analysis.dates(meta) if not d.relative]
    stated = _dateline(analysis, absolute)
    if meta:
        note = ""
        if stated and stated.date_start != meta:
            note = f"the text states {stated.date_start.isoformat()} («{stated.text}»); metadata kept"
        return PublicationDate(meta, "metadata", meta, meta, meta, note)
    bad_metadata = _unusable_metadata_date(article)
    if stated:
        day = stated.date_start
        return PublicationDate(day, "text", day, day, day, "; ".join(filter(None, [f"dateline «{stated.text}»",
                                                                                    bad_metadata])))
    start, end, why = _infer_window(analysis)
    if start is None:
        return PublicationDate(None, "unknown", None, None, None, bad_metadata)
    ref = start  # a report appears on or just after the latest past event it names
    return PublicationDate(None, "inferred", start, end, ref, "; ".join(filter(None, [why, bad_metadata])))


# ---------------------------------------------------------------------------------------------
# Attribution.

_PREVIOUS_SPEAKER_SENTENCES = 2  # how far back «وأضاف أن …» looks for its speaker


def _previous_attribution(analysis: _Analysis, sentence):
    """The last speaker named in the (at most two) sentences before `sentence`, or None."""
    from arabic_news.attribution import find_attributions

    cache = analysis.__dict__.setdefault("_attributions", {})
    for back in range(1, _PREVIOUS_SPEAKER_SENTENCES + 1):
        prev = analysis.previous_sentence(sentence, back)
        if prev is None:
            return None
        if prev.index not in cache:
            cache[prev.index] = find_attributions(analysis.quote(prev))
        if cache[prev.index]:
            return cache[prev.index][-1]
    return None


def _attribution(analysis: _Analysis, sentence, raw_offset: int) -> tuple[str | None, str | None, str | None]:
    """The speaker of a fact at `raw_offset`: `attribution.attribute` on its sentence, with the
    last speaker of the sentences before as `previous` («وأضاف أن …» inherits it)."""
    from arabic_news.attribution import attribute

    text = analysis.quote(sentence)
    found = attribute(text, raw_offset - sentence.start, previous=_previous_attribution(analysis, sentence))
    if found is None:
        return None, None, None
    return found.speaker or None, found.speaker_en or None, found.cue or None


# ---------------------------------------------------------------------------------------------
# Troop levels.

@dataclass
class _Troop:
    q: Any
    start: int            # raw span of the figure
    end: int
    value: Any
    low: Any
    high: Any
    approx: bool
    qualifier: str | None
    unit: str | None
    rule: str
    force: str | None = None
    kind: str | None = None
    nstart: int = 0
    nend: int = 0


def _force_after(analysis: _Analysis, nend: int, limit: int = 14) -> Hit | None:
    """A force word right after a figure's noun («جندي امريكي»), before any punctuation or digit."""
    link = _right_after(analysis, "owner_link", nend)
    if link is not None:  # «640 عنصرا من الجيش الكوري الجنوبي»: the owner follows the link
        nend, limit = link.end, limit + 6
    window_end = min(len(analysis.ntext), nend + limit)
    gap = analysis.ntext[nend:window_end]
    stop = re.search(r"[\d،,.؛;:()\"«»\n]|\s(?:في|من|علي|الي|عن)\s", gap)
    if stop:
        window_end = nend + stop.start()
    hits = analysis.hits_in("force", nend, window_end)
    return hits[0] if hits else None


def _right_after(analysis: _Analysis, name: str, nend: int) -> Hit | None:
    """The longest hit of table `name` that starts right after `nend` (spaces between)."""
    hits = [h for h in analysis.hits_in(name, nend, nend + 60)
            if h.start < nend + 3 and not analysis.ntext[nend:h.start].strip()]
    return max(hits, key=lambda h: h.end - h.start) if hits else None


def _supported(analysis: _Analysis, hit: Hit) -> bool:
    """A force word that is the object of help («لدعم القوات الافغانيه»), not a figure's owner."""
    return bool(analysis.hits_in("support", max(0, hit.start - 14), hit.start))


def _not_owner(analysis: _Analysis, hit: Hit, place_nouns: list[Hit]) -> bool:
    """A force word that names no figure's owner: the object of help («لدعم القوات الافغانيه»),
    what a country belongs to («المنضويه في حلف شمال الاطلسي», forces.MEMBERSHIP_CUES), or a
    nationality adjective of a place noun right before it («مدينه نابولي الايطاليه»)."""
    if _supported(analysis, hit):
        return True
    if any(not analysis.ntext[m.end:hit.start].strip()
           for m in analysis.hits_in("membership", max(0, hit.start - 16), hit.start)):
        return True
    return bool(hit.value.country_en) and any(
        p.end <= hit.start and not analysis.ntext[p.end:hit.start].strip() for p in place_nouns)


def _nearest(hits: list[Hit], nstart: int, nend: int, claimed: set[tuple[int, int]] = frozenset()) -> Hit | None:
    best, best_distance = None, None
    for hit in hits:
        if (hit.start, hit.end) in claimed:
            continue
        distance = nstart - hit.end if hit.end <= nstart else hit.start - nend if hit.start >= nend else 0
        if best_distance is None or distance < best_distance:
            best, best_distance = hit, distance
    return best


def _quantities(analysis: _Analysis, dates):
    from arabic_news.numbers import find_quantities

    return find_quantities(analysis.body, date_spans=[(d.start, d.end) for d in dates])


def _qfields(q) -> dict:
    value = _as_number(q.value)
    low, high = _as_number(q.low), _as_number(q.high)
    return dict(value=value, low=low, high=high, approx=bool(q.approx), qualifier=q.qualifier)


def _troop_candidates(analysis: _Analysis, quantities) -> list[_Troop]:
    """Figures that count troops: a personnel noun, or a noun elided or referred back to."""
    categories = _unit_categories()
    found: list[_Troop] = []
    by_sentence: dict[int, list[_Troop]] = {}
    last_troop: _Troop | None = None
    for i, q in enumerate(quantities):
        sentence = analysis.sentence_of(q.start)
        if sentence is None:
            continue
        if q.value is not None and q.value < 1:
            continue  # fractions: «باكثر من الثلث»
        nstart, nend = analysis.n(q.start), analysis.n(q.end)
        s_nstart, s_nend = analysis.sentence_nspan(sentence)
        category = categories.get(q.unit) if q.unit else None
        fields = _qfields(q)
        if q.unit:
            if category not in _TROOP_CATEGORIES or q.unit in force_rules.EXCLUDED_UNITS:
                continue
            if q.unit == "troops" and q.value is None:
                continue  # «عدد من القوات» is no figure
            if _is_casualty(analysis, s_nstart, nstart, nend) or analysis.hits_in("mixed", nend, nend + 14):
                continue  # «مقتل 12 جنديا»: casualties; «مئات المقاتلين والمدنيين»: people
            if analysis.hits_in("training", max(s_nstart, nstart - 12), nstart):
                continue  # «لتكوين آلاف الجنود»: people to be trained, not a level
            if q.unit in force_rules.AMBIGUOUS_UNITS and (analysis.hits_in("civilian", s_nstart, s_nend) or not (
                    _force_within(analysis, nend, 40) or analysis.hits_in("troop_noun", s_nstart, s_nend)
                    or analysis.hits_in("military_site", nend, nend + 4)
                    or _force_before_in_clause(analysis, s_nstart, nstart, 60))):
                continue  # «ثلاثه عناصر», «1200 فرد», football coaches: not troops
            if analysis.hits_in("veteran", nend, nend + 8):
                continue  # «300 جندي سابق»: veterans
            if q.unit in force_rules.MISSION_ONLY_UNITS and not (
                    _force_within(analysis, nend, 40, "mission")
                    or _force_before_in_clause(analysis, s_nstart, nstart, 60, "mission")):
                continue  # «اعتقلت الشرطه 3 رجال»: men, not troops
            if _change_amount(analysis, s_nstart, nstart):
                continue  # «زادت … عدد قواتها بـ 6000 عسكري»: an increase, not a level
            role = _change_role(analysis, s_nstart, nstart)
            if role is None and analysis.hits_in("decrement", max(s_nstart, nstart - 10), nstart):
                continue  # «سحب 400 من عناصر …»: the size of a change, not a level
            role = _change_role(analysis, s_nstart, nstart)
            rule = f"unit:{q.unit}" + (f"+{role}" if role else "")
            troop = _Troop(q, q.start, q.end, unit=q.unit, rule=rule, nstart=nstart, nend=nend, **fields)
        else:
            troop = _elided(analysis, q, i, quantities, sentence, by_sentence, last_troop, fields)
            if troop is None:
                continue
        found.append(troop)
        by_sentence.setdefault(sentence.index, []).append(troop)
        last_troop = troop
    return found


def _force_before_in_clause(analysis, s_nstart: int, nstart: int, limit: int, table: str = "force") -> bool:
    """A force word (or a word of `table`) within `limit` characters before a figure, in its
    clause («ولدي الدوله المنضويه في حلف شمال الاطلسي حاليا نحو 180 عنصرا»)."""
    start = max(s_nstart, nstart - limit)
    for m in re.finditer(r"[،,.؛;:()\n]", analysis.ntext[start:nstart]):
        start = max(s_nstart, nstart - limit) + m.end()
    return bool(analysis.hits_in(table, start, nstart))


_CHANGE_AMOUNT_RE = re.compile(r"(?:^|\s)[وف]?(?:%s)\s*$" % "|".join(
    re.escape(f) for f in sorted(force_rules.CHANGE_AMOUNT_CUES, key=len, reverse=True)))


def _change_amount(analysis, s_nstart: int, nstart: int) -> bool:
    """A figure right after «ب»/«بمقدار» (rules.forces.CHANGE_AMOUNT_CUES) with a change cue
    earlier in its clause (at most 80 characters before): the size of a change («رفعت عدد قواتها
    بـ 6000 عسكري»); «بعد تقليص قواتها، تحتفظ بنحو 2500 جندي» keeps its level."""
    start = max(s_nstart, nstart - 80)
    for m in re.finditer(r"[،,.؛;:()\n]", analysis.ntext[start:nstart]):
        start = max(s_nstart, nstart - 80) + m.end()
    if not analysis.hits_in("change", start, nstart):
        return False
    return bool(_CHANGE_AMOUNT_RE.search(analysis.ntext, max(s_nstart, nstart - 10), nstart))


def _force_within(analysis, nend: int, limit: int, table: str = "force") -> bool:
    """A force word (or a word of `table`) within `limit` characters after a figure, before
    the clause ends."""
    gap = analysis.ntext[nend:nend + limit]
    stop = re.search(r"[،,.؛;:()\n]", gap)
    return bool(analysis.hits_in(table, nend, nend + (stop.start() if stop else len(gap))))


def _is_casualty(analysis, s_nstart: int, nstart: int, nend: int) -> bool:
    """A casualty cue in the figure's clause before it (within 60 characters) or right after it,
    or anywhere before it in the sentence when a partitive («من بينهم») introduces the figure."""
    if analysis.hits_in("partitive", max(s_nstart, nstart - 16), nstart) and \
            analysis.hits_in("casualty", s_nstart, nstart):
        return True
    clause_start = s_nstart
    for m in re.finditer(r"[،,؛;:]", analysis.ntext[max(s_nstart, nstart - 60):nstart]):
        clause_start = max(s_nstart, nstart - 60) + m.end()
    clause_end = nend + 80
    stop = re.search(r"[،,؛;:.]", analysis.ntext[nend:clause_end])
    if stop:
        clause_end = nend + stop.start()
    return bool(analysis.hits_in("casualty", max(clause_start, nstart - 60), nstart + 1)
                or analysis.hits_in("casualty_after", nend, nend + 16)
                or analysis.hits_in("casualty_later", nend, clause_end))


def _elided(analysis, q, i, quantities, sentence, by_sentence, last_troop, fields) -> _Troop | None:
    """A figure without a noun that still counts troops, or None (see rules.forces)."""
    if q.vague:
        return None
    nstart, nend = analysis.n(q.start), analysis.n(q.end)
    s_nstart, s_nend = analysis.sentence_nspan(sentence)
    ntext = analysis.ntext
    after = ntext[nend:nend + 12]
    if re.match(r"\s*(?:%|في الم|بالم)", after) or _is_casualty(analysis, s_nstart, nstart, nend):
        return None
    make = lambda rule: _Troop(q, q.start, q.end, unit=None, rule=rule, nstart=nstart, nend=nend, **fields)  # noqa: E731
    # «بمشاركه 300 الف من عديد قواتها المسلحه»: the noun follows as a partitive
    if _right_after(analysis, "force_partitive", nend) is not None \
            and not analysis.hits_in("decrement", max(s_nstart, nstart - 10), nstart):
        return make("elided:partitive")
    same = by_sentence.get(sentence.index, [])
    # «15 الف جندي في الكويت، و9 الاف في العراق»: a list after a troop figure
    if same:
        prev = same[-1]
        gap = ntext[prev.nend:nstart]
        if len(gap) <= 60 and re.search(r"(?:^|\s|،)و\s*$|،\s*$|،\s*و\s*$", gap) and not re.search(r"\d", gap) \
                and _ELIDED_FOLLOW_RE.match(ntext, nend):
            troop = make("elided:list")
            troop.unit = prev.unit
            return troop
    excepted = analysis.hits_in("exception", max(s_nstart, nstart - 20), nstart)
    # «باستثناء حوالي 600 سيبقون» in a sentence about a withdrawal: people staying behind
    if excepted and analysis.hits_in("staying", nend, min(s_nend, nend + 12)) \
            and any(hit.value[1] == "withdrawal" for hit in analysis.hits_in("trigger", s_nstart, s_nend)):
        return make("elided:exception_staying")
    troop_context = bool(analysis.hits_in("troop_noun", s_nstart, s_nend) or same
                         or (last_troop and last_troop.q and _within_sentences(analysis, last_troop, sentence, 2)))
    if not troop_context:
        return None
    # «باستثناء حوالي 600 سيبقون»
    if excepted:
        return make("elided:exception")
    # «خفضت … هذا العدد الي 2500»
    if analysis.hits_in("anaphor", max(s_nstart, nstart - 40), nstart) and last_troop is not None:
        return make("anaphor")
    # «من 5200 الي 3000» after a change cue
    role = _change_role(analysis, s_nstart, nstart)
    return make(role) if role else None


def _change_role(analysis, s_nstart: int, nstart: int) -> str | None:
    """``change:from`` / ``change:to`` for a figure after «من» / «الي» in a sentence with a change cue."""
    if not analysis.hits_in("change", s_nstart, nstart):
        return None
    before = analysis.ntext[max(s_nstart, nstart - 6):nstart]
    if re.search(r"(?:^|\s)من\s*$", before):
        return "change:from"
    if re.search(r"(?:^|\s)(?:الي|حتي)\s*$", before):
        return "change:to"
    return None


def _within_sentences(analysis, troop: _Troop, sentence, n: int) -> bool:
    other = analysis.sentence_of(troop.start)
    return other is not None and 0 <= sentence.index - other.index <= n


def _place_hits(analysis: _Analysis, entities) -> list[Hit]:
    """Place mentions usable as a location: after a locative word («في العراق»), not a
    nationality adjective («جندي امريكي») nor a backer («المدعومه من طهران»)."""
    from arabic_news.mentions import place_country
    from arabic_news.rules.gazetteer import ENTITIES

    names = {e.key: e.name_en for e in ENTITIES}
    adjectives = {(h.start, h.end) for h in analysis.hits["force"] if h.value.country_en}
    out = []
    for e in entities:
        if e.type != "place":
            continue
        nstart, nend = analysis.n(e.start), analysis.n(e.end)
        if any(a_start <= nstart and nend <= a_end for a_start, a_end in adjectives):
            if not re.search(r"(?:اراضي|ارض|الاراضي)\s*$", analysis.ntext[max(0, nstart - 12):nstart]):
                continue
        if analysis.hits_in("not_location", max(0, nstart - 16), nstart + 1):
            continue
        gap_start = max(0, nstart - 14)
        locative = bool(analysis.hits_in("locative", gap_start, nstart)) and \
            not re.search(r"\w\s+\w+\s*$", analysis.ntext[analysis.hits_in("locative", gap_start, nstart)[-1].end:nstart])
        if not locative and re.search(r"(?:^|\s)من\s*$", analysis.ntext[gap_start:nstart]):
            locative = any(h.value[1] == "withdrawal" for h in analysis.hits_in("trigger", max(0, nstart - 50), nstart))
        if not locative:
            continue
        key = getattr(e, "key", "")
        country = place_country(key) if key else None
        name = names.get(country) if country else None
        out.append(Hit(nstart, nend, e.entity, name or e.entity_en))
    return out


def _main_country(entities) -> str | None:
    """The country the article names most (places and nationality adjectives), ties to the first named."""
    from arabic_news.mentions import place_country
    from arabic_news.rules.gazetteer import ENTITIES

    names = {e.key: e.name_en for e in ENTITIES}
    counts: dict[str, int] = {}
    for e in entities:
        country = place_country(getattr(e, "key", "")) if e.type == "place" else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    key = next(k for k, n in counts.items() if n == best)
    return names.get(key, key)


def _place_nouns(analysis: _Analysis, entities) -> list[Hit]:
    """Every place named by a noun, located or not: not a nationality adjective («الوزاره
    الصينيه», `mentions.is_adjective_form`) nor a country named as a force («تنشرهم فرنسا»,
    «جندي من كوريا الشماليه»), nor a backer."""
    from arabic_news.mentions import is_adjective_form, place_country
    from arabic_news.rules.gazetteer import ENTITIES

    names = {e.key: e.name_en for e in ENTITIES}
    forces = [(h.start, h.end) for h in analysis.hits["force"]]
    out = []
    for e in entities:
        if e.type != "place":
            continue
        nstart, nend = analysis.n(e.start), analysis.n(e.end)
        if any(f_start <= nstart and nend <= f_end for f_start, f_end in forces) or \
                is_adjective_form(getattr(e, "key", "") or "", analysis.raw[e.start:e.end]):
            continue
        if analysis.hits_in("not_location", max(0, nstart - 16), nstart + 1):
            continue
        key = getattr(e, "key", "")
        country = place_country(key) if key else None
        out.append(Hit(nstart, nend, e.entity, names.get(country) if country else e.entity_en))
    return out


def _demonym_places(analysis: _Analysis, entities) -> list[Hit]:
    """Countries named only by a nationality adjective (the gazetteer's adjective forms inside a
    force word: «الجيشان الاميركي والكوري الجنوبي»), the United States left out: its troops
    abroad are the story, so its adjective never says where they are."""
    from arabic_news.mentions import is_adjective_form, place_country
    from arabic_news.rules.gazetteer import ENTITIES

    names = {e.key: e.name_en for e in ENTITIES}
    adjectives = [(h.start, h.end) for h in analysis.hits["force"] if h.value.country_en]
    out = []
    for e in entities:
        if e.type != "place":
            continue
        nstart, nend = analysis.n(e.start), analysis.n(e.end)
        if not any(a_start <= nstart and nend <= a_end for a_start, a_end in adjectives) and \
                not is_adjective_form(getattr(e, "key", "") or "", analysis.raw[e.start:e.end]):
            continue
        country = place_country(getattr(e, "key", "") or "")
        name = names.get(country) if country else None
        if name and name != _HOME_OF_US:
            out.append(Hit(nstart, nend, e.entity, name))
    return out


def _exercise_place(analysis: _Analysis, places: list[Hit]) -> str | None:
    """Where the article's exercise is held: the located place most often named in its
    sentences that name an exercise (forces.EXERCISE_WORDS), ties to the first named."""
    counts: dict[str, int] = {}
    for sentence in analysis.sentences:
        s_nstart, s_nend = analysis.sentence_nspan(sentence)
        if not analysis.hits_in("exercise", s_nstart, s_nend):
            continue
        for p in places:
            if s_nstart <= p.start and p.end <= s_nend and p.value:
                counts[p.value] = counts.get(p.value, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(name for name, n in counts.items() if n == best)


_LIST_GAP_RE = re.compile(r"[\s،,]*(?:و\s*)?")


def _with_list(analysis: _Analysis, first: Hit, hits: list[Hit]) -> str:
    """`first`'s place and the places listed right after it («في كل من سوريا والعراق» →
    Syria;Iraq), `;`-joined, each once."""
    names = [first.value]
    end = first.end
    for h in sorted(hits, key=lambda h: h.start):
        if h.start < end or h is first:
            continue
        if not _LIST_GAP_RE.fullmatch(analysis.ntext, end, h.start):
            break
        names.append(h.value)
        end = h.end
    return ";".join(dict.fromkeys(n for n in names if n))


def _pick_place(analysis: _Analysis, in_sentence: list[Hit], troop: _Troop, claimed_after: int) -> Hit | None:
    after = [p for p in in_sentence if troop.nend <= p.start < min(claimed_after, troop.nend + 40)]
    if after:
        return after[0]
    before = [p for p in in_sentence if p.end <= troop.nstart]
    if before:
        return before[-1]
    later = [p for p in in_sentence if p.start >= troop.nend]
    return later[0] if later else None


def _location(analysis: _Analysis, places: list[Hit], troop: _Troop, sentence, claimed_after: int,
              nouns: list[Hit] = ()) -> str | None:
    """The located place of a figure's sentence: the first one after it (before the next figure),
    else the last one before it, else any later one; with the places listed right after it."""
    s_nstart, s_nend = analysis.sentence_nspan(sentence)
    in_sentence = [p for p in places if s_nstart <= p.start and p.end <= s_nend]
    hit = _pick_place(analysis, in_sentence, troop, claimed_after)
    listed = in_sentence + [p for p in nouns if s_nstart <= p.start and p.end <= s_nend]
    return _with_list(analysis, hit, listed) if hit else None


def _clause_place(analysis: _Analysis, nouns: list[Hit], troop: _Troop, sentence) -> str | None:
    """For a sentence with no located place: a place noun named without a locative in the
    figure's own clause («عديد قوه مجموعه الساحل خمسه الاف عسكري»)."""
    c_start, c_end = _clause_bounds(analysis, sentence, troop)
    in_clause = [p for p in nouns if c_start <= p.start and p.end <= c_end]
    hit = _pick_place(analysis, in_clause, troop, c_end)
    return _with_list(analysis, hit, in_clause) if hit else None


def _adjective_place(analysis: _Analysis, adjectives: list[Hit], troop: _Troop, sentence) -> str | None:
    """For a sentence with no place noun, in an article whose main country is none but the
    United States: a country its sentence names only by an adjective («الجيشان الاميركي
    والكوري الجنوبي» → South Korea)."""
    s_nstart, s_nend = analysis.sentence_nspan(sentence)
    in_sentence = [p for p in adjectives if s_nstart <= p.start and p.end <= s_nend]
    hit = _pick_place(analysis, in_sentence, troop, s_nend)
    return hit.value if hit else None


def _clause_bounds(analysis: _Analysis, sentence, troop: _Troop) -> tuple[int, int]:
    """The normalized span of the figure's clause: its sentence cut at the nearest
    punctuation before and after the figure."""
    s_nstart, s_nend = analysis.sentence_nspan(sentence)
    start = s_nstart
    for m in re.finditer(r"[،,؛;:()]", analysis.ntext[s_nstart:troop.nstart]):
        start = s_nstart + m.end()
    stop = re.search(r"[،,؛;:()]", analysis.ntext[troop.nend:s_nend])
    return start, troop.nend + stop.start() if stop else s_nend


def _names_country(analysis: _Analysis, entities, nstart: int, nend: int) -> bool:
    """Whether the span names a country or a place at all (a noun, an adjective, a sender)."""
    return any(e.type == "place" and nstart <= analysis.n(e.start) < nend for e in entities)


def _clause_span(analysis: _Analysis, sentence, raw_offset: int) -> tuple[int, int]:
    """The raw span of the clause of `sentence` holding `raw_offset`: the sentence cut at
    «؛» / «;» (`rules.attribution_cues.CLAUSE_BREAKS`), so a date of another clause
    («في ذلك الخريف، أعلن … من 5200 إلى 3000؛ بحلول يناير 2021، خفضت …») is not the
    figure's."""
    start, end = sentence.start, sentence.end
    for i in range(sentence.start, sentence.end):
        if analysis.raw[i] in _CLAUSE_BREAKS:
            if i < raw_offset:
                start = i + 1
            else:
                end = i
                break
    return start, end


def _date_near(analysis: _Analysis, dates_in_sentence, nstart: int, nend: int):
    best, best_distance = None, None
    for ds in dates_in_sentence:
        ds_n = analysis.n(ds.start), analysis.n(ds.end)
        distance = nstart - ds_n[1] if ds_n[1] <= nstart else ds_n[0] - nend if ds_n[0] >= nend else 0
        if best_distance is None or distance < best_distance:
            best, best_distance = ds, distance
    return best


def _status_near(analysis: _Analysis, s_nstart: int, nstart: int, nend: int, s_nend: int) -> str | None:
    """planned/expected from a status cue or a future verb (سـ) in the clause before the figure
    (or just after it)."""
    clause_start = s_nstart
    for m in re.finditer(r"[،,؛;:–—]|\s-\s", analysis.ntext[s_nstart:nstart]):
        if nstart - (s_nstart + m.end()) > 15:
            clause_start = s_nstart + m.end()
    hits = analysis.hits_in("status", clause_start, min(s_nend, nend + 20))
    if not hits:
        for m in _FUTURE_VERB_RE.finditer(analysis.ntext, clause_start, nstart):
            if m.group(1) not in _NOT_FUTURE:
                return "planned"
        return None
    return "expected" if any(h.value == "expected" for h in hits) and not any(
        h.value == "planned" for h in hits) else "planned"


def _troop_rows(analysis: _Analysis, pub: PublicationDate, quantities, dates, entities) -> list[dict]:
    troops = _troop_candidates(analysis, quantities)
    if not troops:
        return []
    places = _place_hits(analysis, entities)
    place_nouns = _place_nouns(analysis, entities)
    adjective_places = _demonym_places(analysis, entities)
    main_country = _main_country(entities)
    claimed = set()
    for t in troops:
        hit = _force_after(analysis, t.nend)
        if hit:
            t.force = hit.value.force
            claimed.add((hit.start, hit.end))
    rows = []
    previous: _Troop | None = None
    for t in troops:
        sentence = analysis.sentence_of(t.start)
        s_nstart, s_nend = analysis.sentence_nspan(sentence)
        # force: right after the noun, else the noun's own, else the nearest force word, else inherited
        if t.force is None:
            default = next((p.value.default_force for p in analysis.hits_in("personnel", t.nstart, t.nend + 1)
                            if p.value.default_force), None)
            if default is None and t.unit in ("gunman", "fighter"):
                default = "militia"
            if default:
                t.force = default
            elif t.rule.startswith(("anaphor", "change", "elided")) and previous is not None and \
                    t.rule != "change:from" and previous.force and _within_sentences(analysis, previous, sentence, 3) \
                    and previous.force:
                t.force = previous.force
        if t.force is None:
            candidates = [h for h in analysis.hits_in("force", s_nstart, s_nend)
                          if not _not_owner(analysis, h, place_nouns)]
            named = [h for h in candidates if h.end <= t.nstart and (h.start, h.end) not in claimed
                     and any(not analysis.ntext[c.end:h.start].strip()
                             for c in analysis.hits_in("count_of", max(s_nstart, h.start - 14), h.start))]
            hit = named[-1] if named else _nearest(candidates, t.nstart, t.nend, claimed)
            inherit = hit is None and previous is not None and previous.force and \
                _within_sentences(analysis, previous, sentence, 3)
            if inherit:  # the sentence names no owner: the last figure's, 3 sentences back at most («ولدي الدوله …»)
                t.force = previous.force
            elif hit is None:
                prev_s = analysis.previous_sentence(sentence)
                if prev_s is not None:
                    p_nstart, p_nend = analysis.sentence_nspan(prev_s)
                    hit = _nearest(analysis.hits_in("force", p_nstart, p_nend), p_nend, p_nend, claimed)
            if not inherit:
                t.force = hit.value.force if hit else (previous.force if previous else None)
        # location
        next_start = min((o.nstart for o in troops if o.nstart > t.nstart), default=s_nend)
        location = _location(analysis, places, t, sentence, next_start, place_nouns)
        if location is None and previous is not None and _within_sentences(analysis, previous, sentence, 3):
            location = getattr(previous, "location", None)
        if location is None and analysis.hits_in("exercise", s_nstart, s_nend) and not _names_country(
                analysis, entities, s_nstart, s_nend):
            location = _exercise_place(analysis, places)
        if location is None:
            location = _clause_place(analysis, place_nouns, t, sentence)
        if location is None and main_country != _HOME_OF_US:
            location = main_country  # never the United States by default: its troops at home are no story
        if location is None:
            location = _adjective_place(analysis, adjective_places, t, sentence)
        t.location = location  # type: ignore[attr-defined]
        # when, and which kind
        c_start, c_end = _clause_span(analysis, sentence, t.start)
        in_clause = [d for d in dates if c_start <= d.start < c_end and d.date_start]
        ds = _date_near(analysis, in_clause, t.nstart, t.nend)
        status = _status_near(analysis, s_nstart, t.nstart, t.nend, s_nend)
        if t.rule.endswith("change:from"):
            kind = "past"
        elif t.rule.endswith("change:to") and (status or (ds and getattr(ds, "future", False))
                                              or analysis.hits_in("status", s_nstart, t.nstart)):
            kind = "planned"
        elif analysis.hits_in("comparison", max(s_nstart, t.nstart - 14), t.nstart):
            kind = "past"   # «مقارنه بنحو 8500»: the earlier term of a comparison
        elif analysis.hits_in("current", max(s_nstart, t.nstart - 30), t.nstart):
            kind = "current"
        elif ds and pub.window_start and ds.date_start and ds.date_start < pub.window_start and \
                t.nend <= analysis.n(ds.start) < t.nend + 40 and \
                analysis.hits_in("since", max(s_nstart, analysis.n(ds.start) - 8), analysis.n(ds.end)):
            kind = "current"  # «العشرات … في العراق منذ اغسطس 2016»: there since then, so now
        elif (status and not (ds and pub.window_start and ds.date_end and ds.date_end < pub.window_start
                              and not getattr(ds, "future", False)
                              and analysis.hits_in("past", s_nstart, t.nstart)
                              and not _FUTURE_VERB_RE.search(analysis.ntext[max(s_nstart, t.nstart - 25):t.nstart]))) \
                or (ds and getattr(ds, "future", False)):  # «وكانت … قد التزمت بارسال 3000 … في سبتمبر 2017»: past
            kind = "planned"
        elif analysis.hits_in("past", max(s_nstart, t.nstart - 60), t.nstart):
            kind = "past"
        elif ds and pub.window_start and (ds.date_end < pub.window_start - dt.timedelta(days=31) or (
                ds.date_end < pub.window_start and analysis.hits_in("past_verb", *analysis.sentence_nspan(sentence)))):
            kind = "past"  # «بحلول يناير 2021، خفضت … العدد إلى 2500»: history by the article's date
        else:
            kind = "current"
        if kind == "current":
            as_of = (pub.window_start, pub.window_end)  # a level in the present holds on the article's date
        elif ds is not None:
            as_of = (ds.date_start, ds.date_end)
        else:
            as_of = (None, None)
        speaker, speaker_en, cue = _attribution(analysis, sentence, t.start)
        rows.append({
            "fact_id": _fact_id(analysis.article.sha1, "troop_levels", t.start, t.end, t.rule),
            "article_id": analysis.article.article_id,
            "sentence_id": sentence.index,
            "start": t.start, "end": t.end,
            "quote": analysis.quote(sentence),
            "value": t.value, "value_low": t.low, "value_high": t.high,
            "approx": t.approx, "qualifier": t.qualifier,
            "force": t.force, "location": location,
            "as_of_start": _iso(as_of[0]), "as_of_end": _iso(as_of[1]),
            "kind": kind,
            "attribution": speaker,
            "rule": t.rule, "attribution_en": speaker_en, "attribution_cue": cue,
            "unit": t.unit, "text": analysis.raw[t.start:t.end],
        })
        previous = t
    return rows


# ---------------------------------------------------------------------------------------------
# Attack counts.

def _target(analysis: _Analysis, sentence, nstart: int, nend: int) -> Hit | None:
    """The target of an attack figure: the first target named before it in its sentence;
    after an anaphor («بلغ عددها») or with none there, the previous sentence's; else the
    first after it."""
    s_nstart, s_nend = analysis.sentence_nspan(sentence)
    before = analysis.hits_in("target", s_nstart, nstart)
    if before:
        return before[0]
    prev = analysis.previous_sentence(sentence)
    prev_hits = analysis.hits_in("target", *analysis.sentence_nspan(prev)) if prev is not None else []
    if prev_hits and analysis.hits_in("anaphor", s_nstart, nstart):
        return prev_hits[0]
    after = analysis.hits_in("target", nend, s_nend)
    if after:
        return after[0]
    return prev_hits[0] if prev_hits else None


def _attack_rows(analysis: _Analysis, pub: PublicationDate, quantities, dates) -> list[dict]:
    rows = []
    for q in quantities:
        if q.unit not in _ATTACK_UNITS:
            continue
        sentence = analysis.sentence_of(q.start)
        if sentence is None:
            continue
        nstart, nend = analysis.n(q.start), analysis.n(q.end)
        s_nstart, s_nend = analysis.sentence_nspan(sentence)
        fields = _qfields(q)
        if fields["value"] is not None and fields["value"] < 1:
            continue
        if analysis.hits_in("not_attack", nend, nend + 12):
            continue  # «ضربه جزاء»
        if analysis.hits_in("foiled", max(s_nstart, nstart - 16), nstart):
            continue  # «احبطت اربع هجمات»: plots foiled, not attacks made
        weapons_found = {h.value for h in analysis.hits_in("weapon", s_nstart, s_nend)}
        if q.unit == "strike" or re.search(r"جوي", analysis.ntext[nstart:nend]):
            weapons_found.add("airstrike") if re.search(r"جوي|غار", analysis.ntext[nstart:nend]) else None
        weapons = ";".join(w for w in WEAPONS if w in weapons_found) or None
        target_hit = _target(analysis, sentence, nstart, nend)
        last_day = pub.date or pub.window_end
        in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end and d.date_start
                       and not (last_day and d.date_start > last_day)]  # counted attacks lie in the past
        ds = _date_near(analysis, in_sentence, nstart, nend)
        period = (None, None)
        rule = f"unit:{q.unit}"
        span = _span_in(analysis, s_nstart, s_nend, nstart, nend,
                        [(analysis.n(d.start), analysis.n(d.end)) for d in dates
                         if sentence.start <= d.start < sentence.end])
        if span is not None and (ds is None or ds.precision == "day") and (ds is not None or last_day):
            # «خلال ثلاثه ايام»: the stretch ending at the sentence's day, else at publication
            end = ds.date_end if ds is not None else last_day
            period = (_shift_back(end, *span), end)
            rule += "+span"
        elif ds is not None:
            ds_nstart = analysis.n(ds.start)
            since = analysis.hits_in("since", max(s_nstart, ds_nstart - 8), analysis.n(ds.end))
            so_far = analysis.hits_in("so_far", analysis.n(ds.end), analysis.n(ds.end) + 14)
            if (since or so_far) and (pub.date or pub.window_end):
                period = (ds.date_start, pub.date or pub.window_end)
                rule += "+since" if since else "+so_far"
            else:
                period = (ds.date_start, ds.date_end)
        speaker, speaker_en, cue = _attribution(analysis, sentence, q.start)
        rows.append({
            "fact_id": _fact_id(analysis.article.sha1, "attacks", q.start, q.end, rule),
            "article_id": analysis.article.article_id,
            "sentence_id": sentence.index,
            "start": q.start, "end": q.end,
            "quote": analysis.quote(sentence),
            "count": fields["value"], "count_low": fields["low"], "count_high": fields["high"],
            "approx": fields["approx"], "qualifier": fields["qualifier"],
            "weapons": weapons,
            "period_start": _iso(period[0]), "period_end": _iso(period[1]),
            "target": target_hit.value if target_hit else None,
            "attribution": speaker,
            "rule": rule, "attribution_en": speaker_en, "attribution_cue": cue,
            "text": analysis.raw[q.start:q.end],
        })
    return rows


# ---------------------------------------------------------------------------------------------
# Events.

def _span_in(analysis: _Analysis, s_nstart: int, s_nend: int, nstart: int, nend: int,
             date_spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """(unit, count) of the span expression (rules/periods.py SPAN_PREPOSITIONS) nearest the
    figure in its sentence, or None. One that overlaps a date expression is a date, not a
    span: «خلال عام 2017», «خلال شهر مارس»."""
    from arabic_news.numbers import parse_number

    best, best_distance = None, None
    for m in _SPAN_RE.finditer(analysis.ntext, s_nstart, s_nend):
        if any(a < m.end() + 2 and m.start() < b for a, b in date_spans):
            continue
        if m.group("dual") or m.group("ddual"):
            unit, count = _SPAN_UNIT_BY_FORM[m.group("dual") or m.group("ddual")][0], 2
        elif m.group("single"):
            unit, count = _SPAN_SINGLES[m.group("single")], 1
        else:
            word = m.group("count") or m.group("dcount")
            unit = _SPAN_UNIT_BY_FORM[_GAP_RE.sub(" ", m.group("plural") or m.group("dplural"))][0]
            count = parse_number(word)
            if unit is None or not isinstance(count, int) or count < 1:
                continue
        distance = nstart - m.end() if m.end() <= nstart else m.start() - nend if m.start() >= nend else 0
        if best_distance is None or distance < best_distance:
            best, best_distance = (unit, count), distance
    return best


def _shift_back(day: dt.date, unit: str, count: int) -> dt.date:
    """The day `count` units (day, week, month, year) before `day` (month ends clamped)."""
    if unit == "day":
        return day - dt.timedelta(days=count)
    if unit == "week":
        return day - dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, _month_end(y, m + 1).day))


def _cut_at_publication(analysis: _Analysis, pub: PublicationDate, ds, s_nstart: int):
    """(date_start, date_end, precision, cut) of an event's time expression, where a cue
    makes it a period that starts or ends on the publication date: «منذ X» runs from X to
    the publication date, «حتى X» and «في وقت لاحق من X» from the publication date to X's
    end, «في وقت سابق X» from X's start to the day before publication. With a window, the
    publication date is its first day for a start and its last for an end. `cut` names the
    cue ("since", "until", "later", "earlier") or is "" when none applies."""
    start, end, precision = ds.date_start, ds.date_end, ds.precision
    first, last = pub.window_start or pub.date, pub.window_end or pub.date
    if start is None or first is None or last is None:
        return start, end, precision, ""
    nstart, nend = analysis.n(ds.start), analysis.n(ds.end)
    near = (max(s_nstart, nstart - 10), nend)
    wide = (max(s_nstart, nstart - 18), nend)   # «في وقت لاحق من هذا العام»
    if analysis.hits_in("since", *near) and start <= last and end < last:
        return start, last, "interval", "since"
    so_far = analysis.hits_in("so_far", nend, nend + 14)
    if so_far and not analysis.ntext[nend:so_far[0].start].strip() and start <= last <= end:
        return start, last, "interval", "so_far"   # «في عام 2018 حتى الآن»: the year's start to publication
    if (analysis.hits_in("until", *near) or analysis.hits_in("later", *wide)) and end >= first:
        return first, end, "interval", "until" if analysis.hits_in("until", *near) else "later"
    if analysis.hits_in("earlier", *wide) and start <= last <= end:
        return start, last - dt.timedelta(days=1), "interval", "earlier"
    return start, end, precision, ""


_TODAY_RULES = frozenset({"relative_day"})
_TODAY_WORDS = frozenset(r.form for r in period_rules.RELATIVE_DAYS
                         if r.offset == 0 and r.strict)
_WEAK_CUES = frozenset(event_rules.WEAK_STATUS_CUES)
_IMPERFECT = tuple(event_rules.IMPERFECT_PREFIXES)


def _nowadays(analysis: _Analysis, ds, s_nstart: int, nstart: int, nend: int, s_nend: int) -> bool:
    """A bare «اليوم» that means «nowadays» (a state, left out of the events): no weekday or
    date with it, no part of the day before it (rules.events.DAY_PARTS), and no perfect verb,
    status cue, future verb or statement trigger in its sentence."""
    if ds.rule not in _TODAY_RULES or ds.precision != "day":
        return False
    words = analysis.ntext[nstart:nend].split()
    if len(words) != 1 or words[0].lstrip("وفبل") not in _TODAY_WORDS:
        return False
    before = analysis.ntext[max(s_nstart, nstart - 12):nstart].split()
    if before and analysis.hits_in("day_part", nstart - 1 - len(before[-1]), nstart):
        return False
    if analysis.hits_in("past_verb", s_nstart, s_nend) or analysis.hits_in("status", s_nstart, s_nend):
        return False
    if any(h.value[1] in ("statement", "announcement") for h in analysis.hits_in("trigger", s_nstart, s_nend)):
        return False
    for m in _FUTURE_VERB_RE.finditer(analysis.ntext, s_nstart, s_nend):
        if m.group(1) not in _NOT_FUTURE:
            return False
    return True


def _only_weak_cues(analysis: _Analysis, s_nstart: int, nstart: int, nend: int, s_nend: int) -> bool:
    """True when every expected-cue near the date is a weak one («قد») that means «already»: a
    perfect verb after it, or a perfect verb such as كان before it in the sentence."""
    hits = [h for h in analysis.hits_in("status", s_nstart, min(s_nend, nend + 20)) if h.value == "expected"]
    if not hits:
        return False
    for h in hits:
        if h.form not in _WEAK_CUES:
            return False
        after = analysis.ntext[h.end:h.end + 20].split()
        if analysis.hits_in("past_verb", max(s_nstart, h.start - 60), h.start):
            continue  # «وكان التنظيم قد تبنى»: كان … قد is the pluperfect
        if not after or after[0].startswith(_IMPERFECT):
            return False
    return True


def _event_rows(analysis: _Analysis, pub: PublicationDate, dates, entities) -> list[dict]:
    rows = []
    actors_by_sentence: dict[int, list[str]] = {}
    for e in entities:
        if e.type == "outlet":
            continue
        s = analysis.sentence_of(e.start)
        if s is not None:
            names = actors_by_sentence.setdefault(s.index, [])
            if e.entity_en not in names:
                names.append(e.entity_en)
    today = pub.date or pub.ref_date
    for ds in dates:
        sentence = analysis.sentence_of(ds.start)
        if sentence is None:
            continue
        nstart, nend = analysis.n(ds.start), analysis.n(ds.end)
        s_nstart, s_nend = analysis.sentence_nspan(sentence)
        if _nowadays(analysis, ds, s_nstart, nstart, nend, s_nend):
            continue
        trigger = None
        best = None
        for hit in analysis.hits_in("trigger", s_nstart, s_nend):
            distance = nstart - hit.end if hit.end <= nstart else hit.start - nend if hit.start >= nend else 0
            key = (distance, hit.value[0])
            if best is None or key < best:
                best, trigger = key, hit
        event_type = trigger.value[1] if trigger else "other"
        status = _status_near(analysis, s_nstart, nstart, nend, s_nend)
        if status == "expected" and _only_weak_cues(analysis, s_nstart, nstart, nend, s_nend):
            status = None   # «قد تبنى»: already, not may
        if ds.date_start is not None and today is not None and ds.date_end < today:
            status = "happened"
        elif ds.date_start is not None and today is not None and ds.date_start > today:
            status = status or "planned"
        elif getattr(ds, "future", False):
            status = status or "planned"
        status = status or "happened"
        date_start, date_end, precision, cut = _cut_at_publication(analysis, pub, ds, s_nstart)
        speaker, speaker_en, cue = _attribution(analysis, sentence, ds.start)
        rule = f"date:{ds.rule}" + (f"+{cut}" if cut else "") + (f"|trigger:{trigger.form}" if trigger else "")
        rows.append({
            "fact_id": _fact_id(analysis.article.sha1, "events", ds.start, ds.end, "event"),
            "article_id": analysis.article.article_id,
            "sentence_id": sentence.index,
            "start": ds.start, "end": ds.end,
            "quote": analysis.quote(sentence),
            "time_expression": analysis.raw[ds.start:ds.end],
            "date_start": _iso(date_start), "date_end": _iso(date_end),
            "precision": precision, "relative": bool(ds.relative) or bool(cut),
            "event_type": event_type,
            "actors": ";".join(actors_by_sentence.get(sentence.index, [])) or None,
            "status": status,
            "attribution": speaker,
            "rule": rule, "attribution_en": speaker_en, "attribution_cue": cue,
        })
    return rows


# ---------------------------------------------------------------------------------------------
# One article.

def extract_article(article) -> dict[str, list[dict]]:
    """Extract every fact of one article, as rows of the five tables.

    Args:
        article: an `arabic_news.corpus.Article` (from `read_article` or `load_corpus`).
    Returns:
        ``{"articles": [one row], "troop_levels": [...], "attacks": [...], "events": [...],
        "mentions": [...]}``; each row a dict keyed by the table's columns (TABLES). Every
        fact's ``article.raw[start:end]`` is its expression and ``quote`` its whole sentence.
    Example:
        >>> from arabic_news.corpus import article_from_text
        >>> article = article_from_text("خبر\\n\\nويوجد في العراق حاليا نحو 2500 عسكري أميركي.\\n",
        ...                             article_id="news/a", metadata={"published": "2021-07-29"})
        >>> rows = extract_article(article)
        >>> [(r["value"], r["qualifier"], r["force"], r["location"]) for r in rows["troop_levels"]]
        [(2500, 'about', 'us', 'Iraq')]
    """
    from arabic_news.mentions import find_entities

    analysis = _Analysis(article)
    pub = publication_date(article, analysis)
    dates = [d for d in analysis.dates(pub.ref_date) if analysis.sentence_of(d.start)]
    quantities = _quantities(analysis, dates)
    entities = find_entities(analysis.body)
    meta = getattr(article, "metadata", None) or {}
    n_paragraphs = len(getattr(article, "paragraphs", ()) or ())
    article_row = {
        "article_id": article.article_id,
        "title": article.title,
        # An inferred date is the day relative expressions resolved against, inside the window the
        # next two columns report: the basis says it was inferred, so it is never a silent guess.
        "publication_date": _iso(pub.date or pub.ref_date),
        "publication_date_basis": pub.basis,
        "date_window_start": _iso(pub.window_start),
        "date_window_end": _iso(pub.window_end),
        "outlet": meta.get("outlet") or None,
        "n_paragraphs": n_paragraphs,
        "n_chars": len(article.raw),
        "encoding": article.encoding,
        "path": str(getattr(article, "relpath", None) or article.path),
        "publication_date_note": pub.note or None,
        "url": meta.get("url") or None,
        "sha1": article.sha1,
        "n_boilerplate": len(getattr(article, "boilerplate", None) or ()),  # site chrome set aside (issue 3)
    }
    counts: dict[tuple[str, str, str], int] = {}
    for e in entities:  # as count_mentions(body) counts them, without a second scan
        counts[(e.entity, e.entity_en, e.type)] = counts.get((e.entity, e.entity_en, e.type), 0) + 1
    mentions = [{"article_id": article.article_id, "entity": k[0], "entity_en": k[1], "type": k[2], "count": n}
                for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))]
    return {
        "articles": [article_row],
        "troop_levels": _troop_rows(analysis, pub, quantities, dates, entities),
        "attacks": _attack_rows(analysis, pub, quantities, dates),
        "events": _event_rows(analysis, pub, dates, entities),
        "mentions": mentions,
    }


# ---------------------------------------------------------------------------------------------
# A corpus.

@dataclass
class Facts:
    """The five fact tables of a corpus, with what was skipped.

    Attributes:
        articles, troop_levels, attacks, events, mentions: pandas DataFrames with the
            columns of `TABLES`, rows sorted by article and offset.
        skipped: the `ArticleError` of every file that could not be read.
        corpus_dir: the folder read.
        corpus_fingerprint: `arabic_news.corpus.corpus_fingerprint` of the folder.
    """

    articles: pd.DataFrame
    troop_levels: pd.DataFrame
    attacks: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    skipped: list = field(default_factory=list)
    corpus_dir: str | None = None
    corpus_fingerprint: str | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name, in the documented order."""
        return {name: getattr(self, name) for name in TABLES}


def extract_articles(articles: Iterable) -> Facts:
    """The five fact tables of any articles (e.g. a chosen few read with `read_article`).

    Args:
        articles: `Article` objects.
    Returns:
        `Facts` with nothing skipped and no corpus folder or fingerprint.
    Example:
        >>> from arabic_news.corpus import article_from_text
        >>> a = article_from_text("عنوان\\n\\nيوجد نحو 900 جندي أمريكي في سوريا.", metadata={"published": "2018-04-01"})
        >>> extract_articles([a]).troop_levels[["value", "force", "location"]].values.tolist()
        [[900, 'us', 'Syria']]
    """
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for article in articles:
        for name, table_rows in extract_article(article).items():
            rows[name].extend(table_rows)
    return Facts(**{name: frame_from_rows(name, table_rows) for name, table_rows in rows.items()})


def extract_corpus(folder: str | Path, *, errors: str = "report", progress: bool = False,
                   on_skip=None) -> Facts:
    """Read every article of `folder` and extract the five fact tables.

    Articles are read lazily, one at a time; only the rows are kept.

    Args:
        folder: a corpus folder (its subfolders and an optional metadata.csv are read).
        errors: ``"report"`` skips an unreadable file and records it in `Facts.skipped`;
            ``"raise"`` stops at the first with its `ArticleError`.
        progress: show a tqdm progress bar (articles, articles/s) on stderr.
        on_skip: called with each `ArticleError` as it is skipped (the CLI prints it).
    Returns:
        `Facts` with the five tables.
    Raises:
        CorpusError: the folder is missing or holds no articles.
        ArticleError: with ``errors="raise"``, the first unreadable file.
        ParameterError: `errors` is neither "report" nor "raise".
    """
    from arabic_news.corpus import corpus_fingerprint, load_corpus

    if errors not in ("report", "raise"):
        raise ParameterError("errors", errors, "is not an error mode", 'Use "report" or "raise"')
    reader = load_corpus(folder, errors=errors)
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    iterator = reader
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(reader, total=getattr(reader, "total", None), unit="article", file=sys.stderr,
                   dynamic_ncols=True, desc="extract")
        iterator = bar
    seen_skipped = 0
    failed: list[ArticleError] = []   # articles read but not extracted (a bug of ours, reported, not fatal)
    for article in iterator:
        try:
            article_rows = extract_article(article)
        except Exception as exc:  # one article never stops a batch; errors="raise" re-raises it
            if errors == "raise":
                raise
            error = ArticleError(article.path, f"extraction failed ({type(exc).__name__}: {exc}); "
                                               "the other articles were extracted. Please report this article")
            failed.append(error)
            if on_skip is not None:
                on_skip(error)
            continue
        for name, table_rows in article_rows.items():
            rows[name].extend(table_rows)
        skipped = getattr(reader, "skipped", [])
        while seen_skipped < len(skipped):
            if on_skip is not None:
                on_skip(skipped[seen_skipped])
            seen_skipped += 1
    skipped = list(getattr(reader, "skipped", []))
    if on_skip is not None:
        for error in skipped[seen_skipped:]:
            on_skip(error)
    skipped += failed
    if bar is not None:
        bar.close()
    frames = {name: frame_from_rows(name, table_rows) for name, table_rows in rows.items()}
    return Facts(**frames, skipped=skipped, corpus_dir=str(folder), corpus_fingerprint=corpus_fingerprint(folder))


# ---------------------------------------------------------------------------------------------
# Writing.

def write_tables(facts: Facts, out_dir: str | Path, format: str = "csv") -> dict[str, Path]:
    """Write the five tables and a manifest.json to `out_dir`, each file whole or not at all.

    CSV is UTF-8 with a BOM (spreadsheets then show the Arabic), integers without a
    decimal point, booleans as true/false, missing values as empty cells and dates as
    YYYY-MM-DD. Each file is written to a temporary file in `out_dir`, then renamed.

    Args:
        facts: from `extract_corpus`.
        out_dir: the folder (created when missing).
        format: ``"csv"`` or ``"parquet"``.
    Returns:
        The path written for each table name, and ``"manifest"``.
    Raises:
        ParameterError: an unknown format.
    """
    from arabic_news import __version__

    if format not in ("csv", "parquet"):
        raise ParameterError("format", format, "is not a table format", 'Use "csv" or "parquet"')
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {name: write_table(frame, out / f"{name}.{format}", format)
                                for name, frame in facts.tables().items()}
    manifest = {
        "corpus_fingerprint": facts.corpus_fingerprint,
        "corpus_dir": facts.corpus_dir,
        "library_version": __version__,
        "n_articles": int(len(facts.articles)),
        "skipped": [{"path": str(getattr(e, "path", "")), "reason": str(getattr(e, "reason", e))}
                    for e in facts.skipped],
        "tables": {name: int(len(frame)) for name, frame in facts.tables().items()},
        "format": format,
    }
    path = out / "manifest.json"
    write_text_atomically(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    written["manifest"] = path
    return written
