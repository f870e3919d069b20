"""Attack counts: figures whose counted noun is an attack, strike or bombing, with their period,
weapons and target (the rows of `attacks`).

The period is, in order: a span nearest the figure («خلال ثلاثه ايام», «في غضون اسبوع»,
«خلال الايام الثلاثه الماضيه»; `rules.periods.SPAN_PREPOSITIONS`) ending on its
sentence's day or on publication; the date nearest it in its sentence, running to the
publication date after «منذ» or before «حتي الان»; else none. Counted attacks lie in the
past, so a date after publication is never their period. Plots foiled («احبطت اربع
هجمات») and penalty kicks («ضربه جزاء») are no attack counts.
"""

from __future__ import annotations

import datetime as dt
import re

from arabic_news.extract.context import ArticleContext, distance
from arabic_news.extract.days import iso, shift_back
from arabic_news.extract.publication import PublicationDate
from arabic_news.extract.rows import fact_row, quantity_fields
from arabic_news.patterns import Hit
from arabic_news.rules import attack_periods as attack_period_rules
from arabic_news.rules import clitics, windows
from arabic_news.rules import periods as period_rules
from arabic_news.rules import weapons as weapon_rules
from arabic_news.rules.vocabularies import WEAPONS

__all__ = ["attack_rows"]

_ATTACK_UNITS = frozenset({"attack", "strike", "bombing"})
_GAP_RE = re.compile(r"[\s\-–]+")


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))


def _span_pattern() -> re.Pattern:
    """«خلال ثلاثه ايام»، «في غضون اسبوعين»، «في غضون اسبوع»، «خلال الايام الثلاثه الماضيه»."""
    units = period_rules.DURATION_UNITS
    article = re.escape(clitics.ARTICLE)
    last = _alternation([m.form for m in period_rules.MODIFIERS if m.direction == "past"]
                        + list(period_rules.SPAN_LAST_WORDS))
    return re.compile(
        r"(?<!\w)[" + "".join(clitics.CONJUNCTIONS) + r"]?(?:" + _alternation(period_rules.SPAN_PREPOSITIONS)
        + r")\s+(?:"
        + r"(?P<count>\d+|\w+)\s+(?P<plural>" + _alternation(f for u in units for f in u.plural + u.single) + r")"
        + r"|(?P<dual>" + _alternation(f for u in units for f in u.dual) + r")"
        + r"|(?P<single>" + _alternation(_SPAN_SINGLES) + r")(?:\s+(?:"
        + _alternation(period_rules.SPAN_ONE_WORDS) + r"))?"
        + r"|" + article + r"(?P<dplural>" + _alternation(f for u in units for f in u.plural)
        + r")\s+(?:" + article + r")?(?P<dcount>\d+|\w+)\s+(?:" + last + r")"
        + r"|" + article + r"(?P<ddual>" + _alternation(f for u in units for f in u.dual)
        + r")\s+(?:" + last + r")"
        + r"|" + article + r"(?P<dsingle>" + _alternation(_ROLLING_SINGLES) + r")\s+(?:" + last + r")"
        + r")(?!\w)")


_SPAN_UNIT_BY_FORM = {f: u.unit for u in period_rules.DURATION_UNITS for f in u.dual + u.plural + u.single}
_SPAN_SINGLES = {f: p.unit for p in period_rules.PERIOD_NOUNS if p.unit in ("day", "week", "month", "year")
                 for f in p.forms}
_ROLLING_SINGLES = {f: p.unit for p in period_rules.PERIOD_NOUNS
                    if p.unit in attack_period_rules.ROLLING_SPAN_UNITS for f in p.forms}
_SPAN_RE = _span_pattern()
_RANGE_JOIN_RE = re.compile(r"\s*(?:" + _alternation(attack_period_rules.RANGE_JOINERS) + r")\s*")


def _span_match(m: re.Match) -> tuple[str, int] | None:
    """(unit, count) of one span expression, or None when its count is no whole number."""
    from arabic_news.numbers import parse_number

    if m.group("dual") or m.group("ddual"):
        return _SPAN_UNIT_BY_FORM[m.group("dual") or m.group("ddual")], 2
    if m.group("single"):
        return _SPAN_SINGLES[m.group("single")], 1
    if m.group("dsingle"):
        return _ROLLING_SINGLES[m.group("dsingle")], 1
    unit = _SPAN_UNIT_BY_FORM[_GAP_RE.sub(" ", m.group("plural") or m.group("dplural"))]
    word = m.group("count") or m.group("dcount")
    count = parse_number(word) or attack_period_rules.VAGUE_SPAN_COUNTS.get(word)
    if unit is None or not isinstance(count, int) or count < 1:
        return None
    return unit, count


def span_in(ctx: ArticleContext, s_nstart: int, s_nend: int, nstart: int, nend: int,
            date_spans: list[tuple[int, int]]) -> tuple[str, int, bool] | None:
    """(unit, count, rolling) of the span expression nearest the figure in its sentence, or None.
    One that overlaps a date expression is a date, not a span («خلال عام 2017», «خلال شهر مارس»),
    except a rolling one that ends on the publication day («خلال الاسبوع الماضي»: rolling True)."""
    best, best_distance = None, None
    for m in _SPAN_RE.finditer(ctx.ntext, s_nstart, s_nend):
        rolling = bool(m.group("dsingle"))
        if not rolling and any(a < m.end() + 2 and m.start() < b for a, b in date_spans):
            continue
        found = _span_match(m)
        if found is not None:
            found = (*found, rolling)
        if found is None:
            continue
        d = distance(nstart, nend, m.start(), m.end())
        if best_distance is None or d < best_distance:
            best, best_distance = found, d
    return best


def _target(ctx: ArticleContext, sentence, nstart: int, nend: int) -> Hit | None:
    """The first target named before the figure in its sentence; after an anaphor («بلغ
    عددها») or with none there, the previous sentence's; else the first after it."""
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    before = ctx.hits_in("target", s_nstart, nstart)
    if before:
        return before[0]
    prev = ctx.previous_sentence(sentence)
    prev_hits = ctx.hits_in("target", *ctx.sentence_nspan(prev)) if prev is not None else []
    if prev_hits and ctx.hits_in("anaphor", s_nstart, nstart):
        return prev_hits[0]
    after = ctx.hits_in("target", nend, s_nend)
    if after:
        return after[0]
    return prev_hits[0] if prev_hits else None


def _weapons(ctx: ArticleContext, q, s_nstart: int, s_nend: int, nstart: int, nend: int) -> str | None:
    """The weapons its sentence names on the striking side, and air strikes when the phrase says
    so («غارات جويه»). A weapon after a counter cue («ردا علي اطلاق نحو 100 صاروخ», «التي اطلقت»;
    `rules.weapons.COUNTER_CUES`) on the same side of the count is the other side's."""
    counters = ctx.hits_in("counter", s_nstart, s_nend)
    found = {h.value for h in ctx.hits_in("weapon", s_nstart, s_nend)
             if not any(c.end <= h.start and (c.start >= nend or h.end <= nstart) for c in counters)}
    phrase = ctx.ntext[nstart:nend]
    if any(s in phrase for s in weapon_rules.AIRSTRIKE_STEMS) or \
            (q.unit == "strike" and any(s in phrase for s in weapon_rules.STRIKE_AIRSTRIKE_STEMS)):
        found.add("airstrike")
    return ";".join(w for w in WEAPONS if w in found) or None


def _date_range(ctx: ArticleContext, dated: list, best) -> tuple | None:
    """(start, end) of two dates joined as a range around `best` («بين سبتمبر 2015 ونهايه مارس
    2018»: `rules.attack_periods.RANGE_OPENERS` before the first, a joiner between), or None."""
    ordered = sorted(dated, key=lambda d: d.start)
    for first, second in zip(ordered, ordered[1:]):
        if best not in (first, second):
            continue
        f_nstart, f_nend, s_nstart = ctx.n(first.start), ctx.n(first.end), ctx.n(second.start)
        if s_nstart - f_nend > windows.RANGE_JOIN_GAP or not _RANGE_JOIN_RE.fullmatch(ctx.ntext, f_nend, s_nstart):
            continue
        if ctx.hits_in("range_opener", max(0, f_nstart - windows.RANGE_OPENER_BEFORE), f_nstart):
            return first.date_start, second.date_end
    return None


def _before_an_event(ctx: ArticleContext, s_nstart: int, s_nend: int, nstart: int, nend: int, dated) -> bool:
    """«قبل التدخل»: a cue of `rules.attack_periods.EVENT_RELATIVE_CUES` in the count's clause with no
    date right after it, so the attacks are placed by an event the text does not date."""
    c_start = ctx.clause_start(s_nstart, nstart, nstart - s_nstart)
    c_end = ctx.clause_end(nend, s_nend - nend)
    starts = [ctx.n(d.start) for d in dated]
    return any(not any(h.start <= d <= h.end + windows.EVENT_RELATIVE_AFTER for d in starts)
               for h in ctx.hits_in("event_relative", c_start, c_end))


def _undated(ctx: ArticleContext, pub: PublicationDate, q, sentence, s_nstart: int, s_nend: int,
             nstart: int, nend: int, previous: dict | None):
    """The period of a count whose sentence gives no date or span: a definite count («الهجمات
    الاربعه») takes the period of the attack count before it; a tally («اجمالي», «بلغ عدد»,
    more than `windows.DAY_REPORT_MAX_COUNT`) gets none; else the report's day, publication."""
    definite = ctx.ntext[nstart:nend].startswith(clitics.ARTICLE)
    if definite:   # «الهجمات الاربعه» points back: to a count just before, else to attacks we did not date
        if previous is not None and previous.get("period_start") and \
                ctx.within_sentences(previous["start"], sentence, windows.DEFINITE_BACK_SENTENCES):
            return (dt.date.fromisoformat(previous["period_start"]), dt.date.fromisoformat(previous["period_end"]),
                    "+previous")
        return None, None, ""
    if ctx.hits_in("undated_time", s_nstart, s_nend):
        return None, None, ""   # «وفي الاشهر التاليه»: a stretch the text does not date
    largest = q.value if q.value is not None else q.high
    if ctx.hits_in("tally", s_nstart, s_nend) or largest is None or largest > windows.DAY_REPORT_MAX_COUNT:
        return None, None, ""
    if pub.date is None:
        return None, None, ""
    return pub.date, pub.date, "+report_day"


def _period(ctx: ArticleContext, pub: PublicationDate, sentence, dates, q, nstart: int, nend: int,
            previous: dict | None = None):
    """(period_start, period_end, rule suffix) of an attack count (see the module docstring)."""
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    last_day = pub.date or pub.window_end
    in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end]
    dated = [d for d in in_sentence if d.date_start and not (last_day and d.date_start > last_day)]
    best, best_distance = None, None
    for d in dated:
        dist = distance(nstart, nend, ctx.n(d.start), ctx.n(d.end))
        if best_distance is None or dist < best_distance:
            best, best_distance = d, dist
    span = span_in(ctx, s_nstart, s_nend, nstart, nend, [(ctx.n(d.start), ctx.n(d.end)) for d in in_sentence])
    if span is not None and span[2] and last_day:    # «خلال الاسبوع الماضي»: the days ending on publication
        return shift_back(last_day, span[0], span[1]), last_day, "+span"
    if span is not None and (best is None or best.precision == "day") and (best is not None or last_day):
        end = best.date_end if best is not None else last_day   # the stretch ending at the sentence's day
        return shift_back(end, span[0], span[1]), end, "+span"
    if _before_an_event(ctx, s_nstart, s_nend, nstart, nend, dated):
        return None, None, "+before_event"
    if best is None:
        return _undated(ctx, pub, q, sentence, s_nstart, s_nend, nstart, nend, previous)
    joined = _date_range(ctx, dated, best)
    if joined is not None:
        return joined[0], joined[1], "+range"
    ds_nstart, ds_nend = ctx.n(best.start), ctx.n(best.end)
    since = ctx.hits_in("since", max(s_nstart, ds_nstart - windows.ATTACK_SINCE_BEFORE), ds_nend)
    so_far = ctx.hits_in("so_far", ds_nend, ds_nend + windows.SO_FAR_AFTER)
    if (since or so_far) and last_day:
        return best.date_start, last_day, "+since" if since else "+so_far"
    return best.date_start, best.date_end, ""


def attack_rows(ctx: ArticleContext, pub: PublicationDate, quantities, dates) -> list[dict]:
    """The `attacks` rows of one article."""
    rows = []
    for q in quantities:
        if q.unit not in _ATTACK_UNITS or (q.value is not None and q.value < 1):
            continue
        sentence = ctx.sentence_of(q.start)
        if sentence is None:
            continue
        nstart, nend = ctx.n(q.start), ctx.n(q.end)
        s_nstart, s_nend = ctx.sentence_nspan(sentence)
        if ctx.hits_in("not_attack", nend, nend + windows.NOT_ATTACK_AFTER):
            continue  # «ضربه جزاء»
        if ctx.hits_in("foiled", max(s_nstart, nstart - windows.FOILED_BEFORE), nstart):
            continue  # «احبطت اربع هجمات»: plots foiled, not attacks made
        start, end, how = _period(ctx, pub, sentence, dates, q, nstart, nend, rows[-1] if rows else None)
        target = _target(ctx, sentence, nstart, nend)
        rows.append(fact_row(ctx, "attacks", sentence, q.start, q.end, f"unit:{q.unit}{how}", {
            **quantity_fields(q, "count"),
            "weapons": _weapons(ctx, q, s_nstart, s_nend, nstart, nend),
            "period_start": iso(start), "period_end": iso(end),
            "target": target.value if target else None,
        }, extra={"text": ctx.raw[q.start:q.end]}))
    return rows
