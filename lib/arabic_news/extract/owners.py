"""Whose troops a figure counts: the force word after its noun, its noun's own force, the force
its sentence names, or the last figure's.

In order, for each troop figure:
1. a force word right after its noun, before any punctuation, digit or preposition
   («2500 جندي امريكي»; «640 عنصرا من الجيش الكوري الجنوبي» through an owner link);
2. the force its counted noun implies («مسلح» → militia; `rules.forces.PERSONNEL_NOUNS`
   and `UNIT_FORCES`);
3. for a figure found through an elision, an anaphor or a change («من 5200 الي 3000»),
   the previous figure's force (three sentences back at most);
4. a force its sentence names: the one whose count it is («عدد قوات X»), else the
   nearest force word not already owning another figure — never one that is helped
   («لدعم القوات الافغانيه»), a membership («المنضويه في حلف …») or a place's adjective
   («نابولي الايطاليه»);
5. else the previous figure's force (three sentences back at most), or the nearest force
   word of the sentence before.
"""

from __future__ import annotations

import re

from arabic_news.extract.context import ArticleContext, distance
from arabic_news.patterns import Hit
from arabic_news.rules import clauses, windows
from arabic_news.rules import forces as force_rules

__all__ = ["assign_forces"]

_OWNER_STOP_RE = re.compile(r"[\d" + re.escape(clauses.OWNER_WINDOW_MARKS) + r"]|\s(?:"
                            + "|".join(map(re.escape, clauses.OWNER_WINDOW_PREPOSITIONS)) + r")\s")
_INHERITING_RULES = ("anaphor", "change", "elided")


def _force_after(ctx: ArticleContext, nend: int) -> Hit | None:
    """A force word right after a figure's noun («جندي امريكي»), before any punctuation or digit."""
    reach = windows.OWNER_AFTER
    link = ctx.right_after("owner_link", nend, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK)
    if link is not None:  # «640 عنصرا من الجيش الكوري الجنوبي»: the owner follows the link
        nend, reach = link.end, reach + windows.OWNER_AFTER_LINK
    window_end = min(len(ctx.ntext), nend + reach)
    stop = _OWNER_STOP_RE.search(ctx.ntext[nend:window_end])
    if stop:
        window_end = nend + stop.start()
    hits = ctx.hits_in("force", nend, window_end)
    return hits[0] if hits else None


def _not_owner(ctx: ArticleContext, hit: Hit, place_nouns: list[Hit]) -> bool:
    """A force word that names no figure's owner: the object of help («لدعم القوات الافغانيه»),
    what a country belongs to («المنضويه في حلف شمال الاطلسي», forces.MEMBERSHIP_CUES), or a
    nationality adjective of a place noun right before it («مدينه نابولي الايطاليه»)."""
    if ctx.hits_in("support", max(0, hit.start - windows.SUPPORT_BEFORE), hit.start):
        return True
    if any(not ctx.ntext[m.end:hit.start].strip()
           for m in ctx.hits_in("membership", max(0, hit.start - windows.MEMBERSHIP_BEFORE), hit.start)):
        return True
    return bool(hit.value.country_en) and any(
        p.end <= hit.start and not ctx.ntext[p.end:hit.start].strip() for p in place_nouns)


def _nearest(hits: list[Hit], nstart: int, nend: int, claimed: set[tuple[int, int]]) -> Hit | None:
    best, best_distance = None, None
    for hit in hits:
        if (hit.start, hit.end) in claimed:
            continue
        d = distance(nstart, nend, hit.start, hit.end)
        if best_distance is None or d < best_distance:
            best, best_distance = hit, d
    return best


def _noun_force(ctx: ArticleContext, t) -> str | None:
    """The force a figure's counted noun implies («مسلح» → militia), or None."""
    default = next((p.value.default_force for p in ctx.hits_in("personnel", t.nstart, t.nend + 1)
                    if p.value.default_force), None)
    return default or force_rules.UNIT_FORCES.get(t.unit)


def _sentence_owner(ctx: ArticleContext, t, sentence, place_nouns, claimed) -> Hit | None:
    """The force word of the figure's sentence that owns it: one whose count it is («عدد قوات
    X»), else the nearest one not claimed by another figure; None when there is none."""
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    candidates = [h for h in ctx.hits_in("force", s_nstart, s_nend) if not _not_owner(ctx, h, place_nouns)]
    named = [h for h in candidates if h.end <= t.nstart and (h.start, h.end) not in claimed
             and any(not ctx.ntext[c.end:h.start].strip()
                     for c in ctx.hits_in("count_of", max(s_nstart, h.start - windows.COUNT_OF_BEFORE), h.start))]
    return named[-1] if named else _nearest(candidates, t.nstart, t.nend, claimed)


def _previous_sentence_force(ctx: ArticleContext, sentence, claimed) -> Hit | None:
    prev = ctx.previous_sentence(sentence)
    if prev is None:
        return None
    p_nstart, p_nend = ctx.sentence_nspan(prev)
    return _nearest(ctx.hits_in("force", p_nstart, p_nend), p_nend, p_nend, claimed)


def _infer_force(ctx: ArticleContext, t, previous, place_nouns, claimed) -> str | None:
    """Steps 2 to 5 of the module docstring for a figure with no force word after its noun."""
    sentence = ctx.sentence_of(t.start)
    near = previous is not None and bool(previous.force) and \
        ctx.within_sentences(previous.start, sentence, windows.INHERIT_SENTENCES)
    default = _noun_force(ctx, t)
    if default:
        return default
    if t.rule.startswith(_INHERITING_RULES) and t.rule != "change:from" and near:
        return previous.force
    hit = _sentence_owner(ctx, t, sentence, place_nouns, claimed)
    if hit is None and near:  # the sentence names no owner: the last figure's («ولدي الدوله …»)
        return previous.force
    if hit is None:
        hit = _previous_sentence_force(ctx, sentence, claimed)
    return hit.value.force if hit else (previous.force if previous else None)


def assign_forces(ctx: ArticleContext, troops: list, entities) -> None:
    """Set `force` on every troop figure, in order (see the module docstring)."""
    from arabic_news.extract.places import place_nouns as find_place_nouns

    claimed: set[tuple[int, int]] = set()
    for t in troops:
        hit = _force_after(ctx, t.nend)
        if hit:
            t.force = hit.value.force
            claimed.add((hit.start, hit.end))
    nouns = None
    previous = None
    for t in troops:
        if t.force is None:
            if nouns is None:
                nouns = find_place_nouns(ctx, entities)
            t.force = _infer_force(ctx, t, previous, nouns, claimed)
        previous = t
