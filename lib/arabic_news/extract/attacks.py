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

import re

from arabic_news.extract.context import ArticleContext, distance
from arabic_news.extract.days import iso, shift_back
from arabic_news.extract.publication import PublicationDate
from arabic_news.extract.rows import fact_row, quantity_fields
from arabic_news.patterns import Hit
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
        + r")(?!\w)")


_SPAN_UNIT_BY_FORM = {f: u.unit for u in period_rules.DURATION_UNITS for f in u.dual + u.plural + u.single}
_SPAN_SINGLES = {f: p.unit for p in period_rules.PERIOD_NOUNS if p.unit in ("day", "week", "month", "year")
                 for f in p.forms}
_SPAN_RE = _span_pattern()


def _span_match(m: re.Match) -> tuple[str, int] | None:
    """(unit, count) of one span expression, or None when its count is no whole number."""
    from arabic_news.numbers import parse_number

    if m.group("dual") or m.group("ddual"):
        return _SPAN_UNIT_BY_FORM[m.group("dual") or m.group("ddual")], 2
    if m.group("single"):
        return _SPAN_SINGLES[m.group("single")], 1
    unit = _SPAN_UNIT_BY_FORM[_GAP_RE.sub(" ", m.group("plural") or m.group("dplural"))]
    count = parse_number(m.group("count") or m.group("dcount"))
    if unit is None or not isinstance(count, int) or count < 1:
        return None
    return unit, count


def span_in(ctx: ArticleContext, s_nstart: int, s_nend: int, nstart: int, nend: int,
            date_spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """(unit, count) of the span expression nearest the figure in its sentence, or None. One
    that overlaps a date expression is a date, not a span: «خلال عام 2017», «خلال شهر مارس»."""
    best, best_distance = None, None
    for m in _SPAN_RE.finditer(ctx.ntext, s_nstart, s_nend):
        if any(a < m.end() + 2 and m.start() < b for a, b in date_spans):
            continue
        found = _span_match(m)
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
    """The weapons its sentence names, and air strikes when the phrase says so («غارات جويه»)."""
    found = {h.value for h in ctx.hits_in("weapon", s_nstart, s_nend)}
    phrase = ctx.ntext[nstart:nend]
    if any(s in phrase for s in weapon_rules.AIRSTRIKE_STEMS) or \
            (q.unit == "strike" and any(s in phrase for s in weapon_rules.STRIKE_AIRSTRIKE_STEMS)):
        found.add("airstrike")
    return ";".join(w for w in WEAPONS if w in found) or None


def _period(ctx: ArticleContext, pub: PublicationDate, sentence, dates, nstart: int, nend: int):
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
    if span is not None and (best is None or best.precision == "day") and (best is not None or last_day):
        end = best.date_end if best is not None else last_day   # the stretch ending at the sentence's day
        return shift_back(end, *span), end, "+span"
    if best is None:
        return None, None, ""
    ds_nstart, ds_nend = ctx.n(best.start), ctx.n(best.end)
    since = ctx.hits_in("since", max(s_nstart, ds_nstart - windows.SINCE_BEFORE), ds_nend)
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
        start, end, how = _period(ctx, pub, sentence, dates, nstart, nend)
        target = _target(ctx, sentence, nstart, nend)
        rows.append(fact_row(ctx, "attacks", sentence, q.start, q.end, f"unit:{q.unit}{how}", {
            **quantity_fields(q, "count"),
            "weapons": _weapons(ctx, q, s_nstart, s_nend, nstart, nend),
            "period_start": iso(start), "period_end": iso(end),
            "target": target.value if target else None,
        }, extra={"text": ctx.raw[q.start:q.end]}))
    return rows
