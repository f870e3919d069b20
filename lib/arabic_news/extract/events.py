"""Dated events: every time expression that dates something, with its type, status and actors
(the rows of `events`).

An event's type is the trigger word nearest its date in the sentence
(`rules.events.EVENT_TRIGGERS`); its status is `happened` for a date before publication,
else `planned` or `expected` from a status cue or a future verb; its actors are the
gazetteer entities of its sentence. A cue can make a date a period that starts or ends
on the publication date: «منذ X» runs from X to publication, «حتى X» and «في وقت لاحق من
X» from publication to X's end, «في وقت سابق X» from X's start to the day before
publication. A bare «اليوم» that means «nowadays» is no event.
"""

from __future__ import annotations

import datetime as dt

from arabic_news.extract.context import ArticleContext, distance
from arabic_news.extract.days import iso
from arabic_news.extract.publication import PublicationDate
from arabic_news.extract.rows import fact_row
from arabic_news.extract.status import status_near
from arabic_news.rules import clitics, windows
from arabic_news.rules import events as event_rules
from arabic_news.rules import periods as period_rules

__all__ = ["event_rows", "cut_at_publication"]

_TODAY_RULES = frozenset({"relative_day"})
_TODAY_WORDS = frozenset(r.form for r in period_rules.RELATIVE_DAYS if r.offset == 0 and r.strict)
_TODAY_CLITICS = "".join(clitics.CONJUNCTIONS + clitics.PREPOSITIONS)
_WEAK_CUES = frozenset(event_rules.WEAK_STATUS_CUES)
_IMPERFECT = tuple(event_rules.IMPERFECT_PREFIXES)
_SAYING = frozenset({"statement", "announcement"})


def cut_at_publication(ctx: ArticleContext, pub: PublicationDate, ds, s_nstart: int):
    """(date_start, date_end, precision, cut) of an event's time expression, where a cue makes
    it a period that starts or ends on the publication date (see the module docstring). With
    a window, the publication date is its first day for a start and its last for an end.
    `cut` names the cue ("since", "so_far", "until", "later", "earlier") or is "" when none applies."""
    start, end, precision = ds.date_start, ds.date_end, ds.precision
    first, last = pub.window_start or pub.date, pub.window_end or pub.date
    if start is None or first is None or last is None:
        return start, end, precision, ""
    nstart, nend = ctx.n(ds.start), ctx.n(ds.end)
    near = (max(s_nstart, nstart - windows.PERIOD_CUE_BEFORE), nend)
    wide = (max(s_nstart, nstart - windows.PERIOD_PHRASE_BEFORE), nend)   # «في وقت لاحق من هذا العام»
    if ctx.hits_in("since", *near) and start <= last and end < last:
        return start, last, "interval", "since"
    so_far = ctx.hits_in("so_far", nend, nend + windows.SO_FAR_AFTER)
    if so_far and not ctx.ntext[nend:so_far[0].start].strip() and start <= last <= end:
        return start, last, "interval", "so_far"   # «في عام 2018 حتى الآن»: the year's start to publication
    until = ctx.hits_in("until", *near)
    if (until or ctx.hits_in("later", *wide)) and end >= first:
        return first, end, "interval", "until" if until else "later"
    if ctx.hits_in("earlier", *wide) and start <= last <= end:
        return start, last - dt.timedelta(days=1), "interval", "earlier"
    return start, end, precision, ""


def _nowadays(ctx: ArticleContext, ds, s_nstart: int, nstart: int, nend: int, s_nend: int) -> bool:
    """A bare «اليوم» that means «nowadays» (a state, left out of the events): no weekday or
    date with it, no part of the day before it (rules.events.DAY_PARTS), and no perfect verb,
    status cue, future verb or statement trigger in its sentence."""
    if ds.rule not in _TODAY_RULES or ds.precision != "day":
        return False
    words = ctx.ntext[nstart:nend].split()
    if len(words) != 1 or words[0].lstrip(_TODAY_CLITICS) not in _TODAY_WORDS:
        return False
    before = ctx.ntext[max(s_nstart, nstart - windows.DAY_PART_BEFORE):nstart].split()
    if before and ctx.hits_in("day_part", nstart - 1 - len(before[-1]), nstart):
        return False
    if ctx.hits_in("past_verb", s_nstart, s_nend) or ctx.hits_in("status", s_nstart, s_nend):
        return False
    if any(h.value[1] in _SAYING for h in ctx.hits_in("trigger", s_nstart, s_nend)):
        return False
    return not ctx.future_verb_between(s_nstart, s_nend)


def only_weak_cues(ctx: ArticleContext, s_nstart: int, nstart: int, nend: int, s_nend: int) -> bool:
    """True when every expected-cue near the date is a weak one («قد») that means «already»: a
    perfect verb after it, or a perfect verb such as كان before it in the sentence."""
    hits = [h for h in ctx.hits_in("status", s_nstart, min(s_nend, nend + windows.STATUS_AFTER))
            if h.value == "expected"]
    if not hits:
        return False
    for h in hits:
        if h.form not in _WEAK_CUES:
            return False
        after = ctx.ntext[h.end:h.end + windows.WEAK_CUE_VERB_AFTER].split()
        if ctx.hits_in("past_verb", max(s_nstart, h.start - windows.PLUPERFECT_BEFORE), h.start):
            continue  # «وكان التنظيم قد تبنى»: كان … قد is the pluperfect
        if not after or after[0].startswith(_IMPERFECT):
            return False
    return True


def _actors_by_sentence(ctx: ArticleContext, entities) -> dict[int, list[str]]:
    """The English names of the entities (outlets aside) each sentence names, in order, once each."""
    actors: dict[int, list[str]] = {}
    for e in entities:
        if e.type == "outlet":
            continue
        s = ctx.sentence_of(e.start)
        if s is not None:
            names = actors.setdefault(s.index, [])
            if e.entity_en not in names:
                names.append(e.entity_en)
    return actors


def _trigger(ctx: ArticleContext, s_nstart: int, s_nend: int, nstart: int, nend: int):
    """The trigger nearest the date in its sentence (ties: the earlier row of the table)."""
    trigger, best = None, None
    for hit in ctx.hits_in("trigger", s_nstart, s_nend):
        key = (distance(nstart, nend, hit.start, hit.end), hit.value[0])
        if best is None or key < best:
            best, trigger = key, hit
    return trigger


def _status(ctx: ArticleContext, ds, today, s_nstart: int, nstart: int, nend: int, s_nend: int) -> str:
    status = status_near(ctx, s_nstart, nstart, nend, s_nend)
    if status == "expected" and only_weak_cues(ctx, s_nstart, nstart, nend, s_nend):
        status = None   # «قد تبنى»: already, not may
    if ds.date_start is not None and today is not None and ds.date_end < today:
        return "happened"
    if (ds.date_start is not None and today is not None and ds.date_start > today) or getattr(ds, "future", False):
        return status or "planned"
    return status or "happened"


def event_rows(ctx: ArticleContext, pub: PublicationDate, dates, entities) -> list[dict]:
    """The `events` rows of one article."""
    rows = []
    actors = _actors_by_sentence(ctx, entities)
    today = pub.date or pub.ref_date
    for ds in dates:
        sentence = ctx.sentence_of(ds.start)
        if sentence is None:
            continue
        nstart, nend = ctx.n(ds.start), ctx.n(ds.end)
        s_nstart, s_nend = ctx.sentence_nspan(sentence)
        if _nowadays(ctx, ds, s_nstart, nstart, nend, s_nend):
            continue
        trigger = _trigger(ctx, s_nstart, s_nend, nstart, nend)
        date_start, date_end, precision, cut = cut_at_publication(ctx, pub, ds, s_nstart)
        rule = f"date:{ds.rule}" + (f"+{cut}" if cut else "") + (f"|trigger:{trigger.form}" if trigger else "")
        rows.append(fact_row(ctx, "events", sentence, ds.start, ds.end, rule, {
            "time_expression": ctx.raw[ds.start:ds.end],
            "date_start": iso(date_start), "date_end": iso(date_end),
            "precision": precision, "relative": bool(ds.relative) or bool(cut),
            "event_type": trigger.value[1] if trigger else "other",
            "actors": ";".join(actors.get(sentence.index, [])) or None,
            "status": _status(ctx, ds, today, s_nstart, nstart, nend, s_nend),
        }, id_kind="event", extra={"date_confidence": ds.confidence}))
    return rows
