"""When an article was published, and how we know (`articles.publication_date_basis`).

1. ``metadata``: the corpus's metadata.csv gives one. If the text states a different day
   in a dateline, the metadata wins and `publication_date_note` says so.
2. ``text``: a day-precise date the article states as its own: preceded by a dateline
   cue (اليوم، بتاريخ، نشر في …, `rules.known_events.DATELINE_CUES`) or at the very
   start of the body.
3. ``filename``: a date in the file's name (`…-20180416.txt`; layouts in
   `rules.filenames`). Archives name saved articles after their day; the note says when
   the name and an inferred window disagree.
4. ``inferred``: the narrowest window consistent with the article's own evidence. From
   below: every known event it names (`rules.known_events`, which also lists office
   holders: «إدارة بايدن» is written after 20 January 2021) and every absolute date it
   places in the past. From above: absolute dates it places ahead (a future cue, or a
   deadline word: «بحلول نهاية 2021»). Then months and day-months written without a
   year: placed in the past by their clause (a perfect verb of `rules.events.PAST_VERBS`,
   «منذ») they raise the lower bound within the latest year named so far («بيان صدر في
   7 أبريل» with «يناير 2021» named → not before 7 April 2021); placed ahead (a status
   cue such as من المتوقع / المقرر, a future verb, a deadline word: «من المتوقع أن تغادر
   … بحلول 31 أغسطس») they lower the upper bound to their first occurrence after the
   lower bound. A month or day called الحالي pins the month; one called الماضي (المقبل)
   must fall in the year before (after) publication. A known meeting named with a relative
   date beside it («يوم الاثنين بعد لقاء الكاظمي ببايدن»: `rules.known_events` ``together``)
   keeps the days against which that date resolves to the meeting's day (`_event_windows`).
   «في وقت سابق هذا الشهر» excludes the month's first day. A weekday named with a day
   relative to today («اليوم الجمعة», «أمس الأحد»: `TODAY_WEEKDAY_CUES`) trims the window to
   that weekday. With no upper bound, the window ends with
   the year after its lower bound's. Relative expressions then resolve against the
   window's first day: a report appears on or just after the latest past event it names;
   when a meeting ahead set the window (it lies after the window), against the last day: a
   report of what is about to happen appears just before it.
   An article that places the current year, or a part of it, ahead («بنهاية هذا العام»,
   «حتى نهاية العام الجاري», «ستنسحب هذا العام»: a future cue or verb, a deadline word,
   or a part of the year after the window's first day), resolved against that first day,
   cannot be later than that year: the window ends on 31 December of the lower bound's
   year at the latest.
5. ``unknown``: nothing to go on; relative expressions stay unresolved.

How far each cue reaches is in `rules.windows`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabic_news.extract.context import ArticleContext
from arabic_news.rules.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS
from arabic_news.extract.days import add_years, month_end, parse_iso, safe_date, year_start
from arabic_news.extract.status import status_near
from arabic_news.patterns import Hit
from arabic_news.rules import known_events as known_rules
from arabic_news.rules import windows
from arabic_news.rules.filenames import FILE_NAME_DATES

__all__ = ["PublicationDate", "publication_date", "METADATA_DATE_KEYS"]


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


METADATA_DATE_KEYS = ("published", "publication_date", "date")
_OFFICE_BLOCKERS = frozenset(known_rules.OFFICE_BLOCKERS)
_YEARLESS_RULES = frozenset({"month", "day_month", "part_of_month"})
_BOUNDING_PRECISIONS = frozenset({"day", "month", "year", "season", "quarter", "half"})
_THIS_YEAR_RULES = frozenset({"this_period", "relative_period", "part_of_year"})
Bound = tuple[dt.date, str]   # a day and the reason for it


def _metadata_date(article) -> dt.date | None:
    meta = getattr(article, "metadata", None) or {}
    for key in METADATA_DATE_KEYS:
        day = parse_iso(meta.get(key))
        if day:
            return day
    return None


def _unusable_metadata_date(article) -> str:
    """A note naming a metadata.csv date that is not a date, or ""; such a date is never used."""
    meta = getattr(article, "metadata", None) or {}
    for key in METADATA_DATE_KEYS:
        value = str(meta.get(key) or "").strip()
        if value and parse_iso(value) is None:
            return (f"metadata.csv gives {key}={value!r}, which is not a date (YYYY-MM-DD), "
                    "so the date was worked out from the text")
    return ""


_FILE_NAME_DATE_RES = [re.compile(row.pattern) for row in FILE_NAME_DATES]


def file_name_date(path: str) -> dt.date | None:
    """The date a file's name carries (the last one in the name), or None.

    Example:
        >>> file_name_date("articles/SK-middleEast-1473-20180412.txt"), file_name_date("JA-x-533-10112016.txt")
        (datetime.date(2018, 4, 12), datetime.date(2016, 11, 10))
        >>> file_name_date("story_9f3a21c4.txt") is None, file_name_date("report-20181340.txt") is None
        (True, True)
    """
    name = Path(str(path).split("#", 1)[0]).stem
    found: list[tuple[int, dt.date]] = []
    for pattern in _FILE_NAME_DATE_RES:
        for m in pattern.finditer(name):
            try:
                found.append((m.start(), dt.date(int(m["y"]), int(m["m"]), int(m["d"]))))
            except ValueError:
                continue   # 31 February
    return max(found)[1] if found else None


def _dateline(ctx: ArticleContext, dates) -> Any:
    """The absolute day-precise date the article states as its own date, or None."""
    body_start = ctx.sentences[0].start if ctx.sentences else 0
    title = getattr(ctx.article, "title_span", None)
    first_para = [s for s in ctx.sentences if not (title and s.start < title.end)]
    para_start = first_para[0].start if first_para else body_start
    for ds in dates:
        if ds.relative or ds.precision != "day" or ds.date_start is None:
            continue
        nstart = ctx.n(ds.start)
        cue_before = ctx.hits_in("dateline", max(0, nstart - windows.DATELINE_CUE_BEFORE), ctx.n(ds.end))
        if cue_before or para_start <= ds.start <= para_start + windows.DATELINE_AT_START:
            return ds
    return None


def _intersect(windows_: list[tuple[dt.date, dt.date]], allowed: list[tuple[dt.date, dt.date]]):
    out = []
    for w_start, w_end in windows_:
        for a_start, a_end in allowed:
            start, end = max(w_start, a_start), min(w_end, a_end)
            if start <= end:
                out.append((start, end))
    return sorted(out)


def _relative_constraint(ds, relation: str, years: range) -> list[tuple[dt.date, dt.date]]:
    """The publication days a month or day-month written without a year allows, year by year."""
    month, day = ds.date_start.month, ds.date_start.day
    rule = "month" if ds.rule == "part_of_month" else ds.rule
    out = []
    for year in years:
        if rule == "month" and relation == "current":
            out.append((dt.date(year, month, 1), month_end(year, month)))
        elif rule == "month" and relation == "past":        # «فبراير الماضي»: the year after it
            end_day = month_end(year, month)
            out.append((end_day + dt.timedelta(days=1), add_years(end_day, 1)))
        elif rule == "month" and relation == "future":      # «نوفمبر المقبل»: the year before it
            first = dt.date(year, month, 1)
            out.append((add_years(first, -1), first - dt.timedelta(days=1)))
        elif rule == "day_month" and relation == "past":
            named = safe_date(year, month, day)
            out.append((named + dt.timedelta(days=1), add_years(named, 1)))
        elif rule == "day_month" and relation == "future":
            named = safe_date(year, month, day)
            out.append((add_years(named, -1), named - dt.timedelta(days=1)))
    return out


def _office_blocked(ctx: ArticleContext, hit: Hit) -> bool:
    """«نائب الرئيس جو بايدن»: a word of OFFICE_BLOCKERS right before a known event's form."""
    before = ctx.ntext[max(0, hit.start - windows.OFFICE_BEFORE):hit.start].split()
    return bool(before) and before[-1] in _OFFICE_BLOCKERS


def _ahead(ctx: ArticleContext, ds) -> bool:
    """A date the text places ahead: a future cue on it, or a deadline word right before it."""
    nstart = ctx.n(ds.start)
    return bool(getattr(ds, "future", False)
                or ctx.hits_in("deadline", max(0, nstart - windows.DEADLINE_BEFORE), ctx.n(ds.end)))


def _yearless_relation(ctx: ArticleContext, ds) -> str | None:
    """``past`` or ``future`` for a month or day-month written without a year and without
    الماضي/المقبل, from its clause: a future cue, a status cue or a deadline word before it
    makes it ahead; else a perfect verb (rules.events.PAST_VERBS) near it in its sentence
    or «منذ» before it places it in the past; None when nothing says."""
    sentence = ctx.sentence_of(ds.start)
    if sentence is None:
        return None
    nstart, nend = ctx.n(ds.start), ctx.n(ds.end)
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    if getattr(ds, "future", None) \
            or ctx.hits_in("deadline", max(s_nstart, nstart - windows.DEADLINE_BEFORE), nend) \
            or status_near(ctx, s_nstart, nstart, nend, s_nend):
        return "future"
    if ctx.hits_in("since", max(s_nstart, nstart - windows.SINCE_BEFORE), nend) or \
            ctx.hits_in("past_verb", max(s_nstart, nstart - windows.PAST_VERB_BEFORE),
                        min(s_nend, nend + windows.PAST_VERB_AFTER)):
        return "past"
    return None


def _pinned_weekday(ctx: ArticleContext) -> int | None:
    """Today's weekday as the text names it («اليوم الجمعة»; «أمس الأحد»: a Monday;
    rules.known_events.TODAY_WEEKDAY_CUES), when all such agree."""
    days = set()
    for hit in ctx.hits["weekday"]:
        before = ctx.ntext[max(0, hit.start - windows.TODAY_CUE_BEFORE):hit.start].split()
        word = before[-1] if before else ""
        if word[:1] in CONJUNCTIONS and word[1:] in _TODAY_CUES:
            word = word[1:]
        if word in _TODAY_CUES:
            days.add((hit.value - _TODAY_CUES[word]) % 7)
    return days.pop() if len(days) == 1 else None


_TODAY_CUES = known_rules.TODAY_WEEKDAY_CUES
_TOGETHER_EVENTS = tuple(e for e in known_rules.KNOWN_EVENTS if e.together)
_PREFIX = "(?<!\\w)(?:[" + "".join(CONJUNCTIONS + PREPOSITIONS) + "]?" + "(?:" + ARTICLE + "|" + LAM_ARTICLE + ")?)?"
_NAME_RES = {w: re.compile(_PREFIX + re.escape(w) + "(?!\\w)")
             for e in _TOGETHER_EVENTS for group in e.together for w in group}
_REFERENCE_PRECISIONS = frozenset({"day", "week"})


def _named_events(sentence_text: str) -> tuple[list, list[int]]:
    """The meetings of rules.known_events ``together`` a sentence names, and where their names stand."""
    events, places = [], []
    for event in _TOGETHER_EVENTS:
        for group in event.together:
            found = [_NAME_RES[w].search(sentence_text) for w in group]
            if all(found):
                events.append(event)
                places += [m.start() for m in found]
                break
    return events, places


def _resolves_to(sentence_raw: str, offset: tuple[int, int], day: dt.date, ref: dt.date) -> bool:
    """Whether the date at `offset` of the sentence, resolved against `ref`, holds `day`."""
    from arabic_news.dates import find_dates
    for ds in find_dates(sentence_raw, ref):
        if (ds.start, ds.end) == offset:
            return ds.date_start <= day <= ds.date_end
    return False


def _nearest(ctx: ArticleContext, candidates: list, ns: int, places: list[int]):
    """The date of `candidates` nearest to the names at `places` (sentence offsets), and its distance."""
    def gap(d):
        a, b = ctx.n(d.start) - ns, ctx.n(d.end) - ns
        return min(p - b if p >= b else max(0, a - p) for p in places)
    best = min(candidates, key=gap)
    return best, gap(best)


def _event_windows(ctx: ArticleContext, ref: dt.date | None) -> list[tuple[list, str, bool]]:
    """For each sentence naming a known meeting with a relative date beside it: the publication
    days (as intervals) against which that date resolves to the meeting's day, the reason, and
    whether the meeting lies after them (rules.known_events ``together``, rules.windows reach)."""
    out: list[tuple[list, str, bool]] = []
    if not _TOGETHER_EVENTS or ref is None:
        return out
    dates = [d for d in ctx.dates(ref) if d.relative and d.precision in _REFERENCE_PRECISIONS]
    for sentence in ctx.sentences:
        near = [d for d in dates if sentence.start <= d.start < sentence.end]
        if not near:
            continue
        ns, ne = ctx.sentence_nspan(sentence)
        events, places = _named_events(ctx.ntext[ns:ne])
        if not events:
            continue
        expr, gap = _nearest(ctx, near, ns, places)
        if gap > windows.EVENT_REFERENCE_REACH:
            continue
        raw = ctx.body[sentence.start:sentence.end]
        offset = (expr.start - sentence.start, expr.end - sentence.start)
        allowed: list[dt.date] = []
        reach = windows.EVENT_REFERENCE_DAYS
        for event in events:
            day = dt.date.fromisoformat(event.date)
            allowed += [d for d in (day + dt.timedelta(days=k) for k in range(-reach, reach + 1))
                        if (d < day or not expr.future) and _resolves_to(raw, offset, day, d)]
        if allowed:   # a meeting the sentence puts ahead has not happened on the day of writing
            keys = ", ".join(f"{e.key} ({e.date})" for e in events)
            out.append((_as_intervals(sorted(set(allowed))), f"«{expr.text}» dates {keys}", bool(expr.future)))
    return out


def _as_intervals(days: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    out: list[tuple[dt.date, dt.date]] = []
    for d in days:
        if out and d == out[-1][1] + dt.timedelta(days=1):
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def _earlier_in_period(ctx: ArticleContext, ref: dt.date) -> Any:
    """«في وقت سابق هذا الشهر»: the period the article says something happened earlier in, or None."""
    for ds in ctx.dates(ref):
        if ds.rule in known_rules.EARLIER_IN_PERIOD_RULES:
            nstart = ctx.n(ds.start)
            if ctx.hits_in("earlier", max(0, nstart - windows.EARLIER_CUE_BEFORE), nstart):
                return ds
    return None


def _absolute_bounds(ctx: ArticleContext) -> tuple[Bound | None, Bound | None]:
    """The lower bound (known events and office holders named, absolute dates in the past)
    and the upper bound (absolute dates placed ahead); an upper bound below the lower one
    is dropped: the lower rests on past facts."""
    lower: list[Bound] = []
    upper: list[Bound] = []
    for hit in ctx.hits["known_event"]:
        if not _office_blocked(ctx, hit):
            lower.append((dt.date.fromisoformat(hit.value.date), f"names {hit.value.key} ({hit.value.date})"))
    for ds in ctx.dates(None):
        if ds.relative or ds.date_start is None:
            continue
        if _ahead(ctx, ds):
            upper.append((ds.date_end, f"«{ds.text}» ahead"))
        elif ds.precision in _BOUNDING_PRECISIONS:
            lower.append((ds.date_start, f"«{ds.text}» past"))
    lo = max(lower) if lower else None
    hi = min(upper) if upper else None
    if lo and hi and hi[0] < lo[0]:
        hi = None
    return lo, hi


def _marked_windows(ctx: ArticleContext, search: tuple[dt.date, dt.date], reasons: list[str]):
    """The stretches of `search` that the months and day-months called الحالي / الماضي /
    المقبل allow (a constraint contradicting the others is dropped); and whether any applied."""
    start, end = search
    windows_ = [search]
    years = range(start.year - 1, end.year + 2)
    constrained = False
    for ds in ctx.dates(start + (end - start) // 2):
        if not ds.relative or ds.date_start is None or ds.rule not in _YEARLESS_RULES:
            continue
        markers = ctx.hits_in("marker", ctx.n(ds.start), ctx.n(ds.end))
        if not markers:
            continue  # «3 يناير» alone may be any year's
        relation = markers[-1].value
        allowed = _relative_constraint(ds, relation, years)
        narrowed = _intersect(windows_, allowed) if allowed else []
        if narrowed:
            windows_, constrained = narrowed, True
            reasons.append(f"«{ds.text}» {relation}")
    return windows_, constrained


def _infer_window(ctx: ArticleContext) -> tuple[dt.date | None, dt.date | None, str, bool]:
    """The narrowest publication window the article's own evidence allows (see the module doc),
    its reasons, and whether a meeting ahead set it (then relative dates resolve against its end)."""
    lo, hi = _absolute_bounds(ctx)
    references = None
    if lo is None and hi is None:   # a meeting named with a relative date may be all there is
        references = [r for r in _event_windows(ctx, _meeting_day()) if r[0]]
        if not references:
            return None, None, "", False
        lo = (references[0][0][0][0], references[0][1])
    lo, hi = _yearless_bounds(ctx, lo, hi) if lo is not None else (lo, hi)
    search_start = lo[0] if lo else add_years(year_start(hi[0]), -1)
    search_end = hi[0] if hi else add_years(search_start, 2)
    reasons = [r for r in ((lo or (None, ""))[1], (hi or (None, ""))[1]) if r and r not in
               (references[0][1] if references else ())]
    windows_, constrained = _marked_windows(ctx, (search_start, search_end), reasons)
    ahead = False
    for allowed, why, event_ahead in references or _event_windows(ctx, windows_[0][0]):
        narrowed = _intersect(windows_, allowed)
        if narrowed:
            windows_, constrained, ahead = narrowed, True, ahead or event_ahead
            reasons.append(why)
    start, end = windows_[0]
    earlier = _earlier_in_period(ctx, start)
    if earlier is not None and start == earlier.date_start and start < end:
        start += dt.timedelta(days=1)
        reasons.append(f"earlier this {earlier.precision} («{earlier.text}»)")
    if not constrained and hi is None:
        end = dt.date(start.year + 1, 12, 31)
    year_end = dt.date(start.year, 12, 31)
    if end > year_end:
        ahead = _this_year_ahead(ctx, start)
        if ahead is not None:
            end = year_end
            reasons.append(f"«{ahead.text}» ahead in {start.year}")
    weekday = _pinned_weekday(ctx)
    if weekday is not None:
        first = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
        last = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
        if first <= last:
            start, end = first, last
            reasons.append(f"today is weekday {weekday}")
    return start, end, "; ".join(reasons), ahead


def _meeting_day() -> dt.date:
    """Any day will do to find the relative dates of an article with no other bound: the first meeting's."""
    return dt.date.fromisoformat(_TOGETHER_EVENTS[0].date) if _TOGETHER_EVENTS else dt.date(2000, 1, 1)


def _this_year_ahead(ctx: ArticleContext, start: dt.date):
    """The first expression of the current year (or a part of it) that the article places
    ahead, resolved against the window's first day `start`: «بنهايه هذا العام», «حتي نهايه
    العام الجاري», «ستنسحب هذا العام». Ahead means a future cue or verb, a deadline word
    before it, or a part of the year that begins after `start`. None when there is none."""
    for ds in ctx.dates(start):
        if not ds.relative or ds.date_start is None or ds.rule not in _THIS_YEAR_RULES:
            continue
        if ds.date_start.year != start.year or ds.date_end.year != start.year:
            continue   # «العام الماضي»، «العام المقبل»: another year
        if ds.rule != "part_of_year" and ds.precision != "year":
            continue   # «هذا الشهر», «الاسبوع الحالي»: not the year
        nstart = ctx.n(ds.start)
        sentence = ctx.sentence_of(ds.start)
        s_nstart = ctx.sentence_nspan(sentence)[0] if sentence is not None \
            else max(0, nstart - windows.CLAUSE_FALLBACK)
        if ds.future or ctx.hits_in("deadline", max(s_nstart, nstart - windows.DEADLINE_BEFORE), ctx.n(ds.end)) \
                or ds.date_start > start or ctx.future_verb_between(s_nstart, nstart):
            return ds
    return None


def _yearless_bounds(ctx: ArticleContext, lo: Bound, hi: Bound | None) -> tuple[Bound, Bound | None]:
    """Raise `lo` by months written without a year that the text places in the past (in the
    year of `lo`: the latest year it names), then lower `hi` by those it places ahead."""
    year = lo[0].year
    ahead: list = []
    for ds in ctx.dates(lo[0]):
        if not ds.relative or ds.date_start is None or ds.rule not in _YEARLESS_RULES:
            continue
        if ctx.hits_in("marker", ctx.n(ds.start), ctx.n(ds.end)):
            continue
        relation = _yearless_relation(ctx, ds)
        if relation == "past":
            day = safe_date(year, ds.date_start.month, ds.date_start.day)
            if day > lo[0] and (hi is None or day <= hi[0]):
                lo = (day, f"«{ds.text}» past in {year}")
        elif relation == "future":
            ahead.append(ds)
    for ds in ahead:
        for y in (year, year + 1):
            day = safe_date(y, ds.date_end.month, ds.date_end.day)
            if day >= lo[0]:
                if hi is None or day < hi[0]:
                    hi = (day, f"«{ds.text}» ahead in {y}")
                break
    return lo, hi


def publication_date(article, ctx: ArticleContext | None = None) -> PublicationDate:
    """Work out when `article` was published (metadata, else text, else inferred window).

    Args:
        article: an `arabic_news.corpus.Article`.
        ctx: the article's context when the caller has one (else it is built).
    Returns:
        A `PublicationDate` (basis ``unknown`` with every date None when nothing says).
    Example:
        >>> from arabic_news.corpus import article_from_text
        >>> a = article_from_text("خبر\\n\\nبغداد - اليوم الخميس (29 تموز 2021) بدأت المحادثات.")
        >>> p = publication_date(a)
        >>> p.date.isoformat(), p.basis
        ('2021-07-29', 'text')
    """
    ctx = ctx or ArticleContext(article)
    meta = _metadata_date(article)
    stated = _dateline(ctx, [d for d in ctx.dates(meta) if not d.relative])
    if meta:
        note = ""
        if stated and stated.date_start != meta:
            note = f"the text states {stated.date_start.isoformat()} («{stated.text}»); metadata kept"
        return PublicationDate(meta, "metadata", meta, meta, meta, note)
    bad_metadata = _unusable_metadata_date(article)
    if stated:
        day = stated.date_start
        note = "; ".join(filter(None, [f"dateline «{stated.text}»", bad_metadata]))
        return PublicationDate(day, "text", day, day, day, note)
    start, end, why, ahead = _infer_window(ctx)
    named = file_name_date(getattr(article, "relpath", None) or article.path)
    if named:
        disagrees = start is not None and not (start <= named <= end)
        note = f"the text suggests {start.isoformat()} … {end.isoformat()} ({why})" if disagrees else ""
        return PublicationDate(named, "filename", named, named, named, "; ".join(filter(None, [note, bad_metadata])))
    if start is None:
        return PublicationDate(None, "unknown", None, None, None, bad_metadata)
    # a report appears on or just after the latest past event it names: resolve against the first
    # day; just before a meeting ahead that set the window: against the last
    return PublicationDate(None, "inferred", start, end, end if ahead else start,
                           "; ".join(filter(None, [why, bad_metadata])))
