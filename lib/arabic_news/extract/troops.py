"""Troop levels: which figures count military personnel, and the rows of `troop_levels`.

A figure is a troop level when its counted noun is a personnel noun (`rules.units`,
categories personnel and combatant) and its clause does not make it casualties,
people to be trained, veterans, men in general or the size of a change, nor its neighbours
people (listed after a count of people, joined to a count of civilians: `_People`), nor the
number a handful, a year or a duration (`_no_count_of_troops`); or, without a
noun, when it is elided or referred back to in a sentence about troops (a list after a
troop figure, «باستثناء حوالي 600», «هذا العدد الي 2500», «من 5200 الي 3000»). Whose
troops (`extract.owners`), where (`extract.places`) and when (`figure_kind`) come next.

How far each cue reaches is in `rules.windows`; the cue tables are in `rules.forces`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from arabic_news.extract.context import ArticleContext, marks_class, words_re
from arabic_news.extract.days import iso
from arabic_news.extract.events import only_weak_cues
from arabic_news.extract.owners import assign_forces, coarse_force, home_force, mission_of
from arabic_news.extract.places import article_places, figure_location, is_state, located_places
from arabic_news.extract.publication import PublicationDate
from arabic_news.extract.rows import fact_row, quantity_fields
from arabic_news.extract.status import status_near
from arabic_news.rules import clauses, clitics, windows
from arabic_news.rules import forces as force_rules
from arabic_news.rules import numbers as number_rules
from arabic_news.rules import periods as period_rules
from arabic_news.rules.force_ids import GROUP_PREFIX
from arabic_news.rules.units import UNITS

__all__ = ["Troop", "troop_candidates", "troop_rows"]

_TROOP_CATEGORIES = frozenset({"personnel", "combatant"})
_FEMININE = force_rules.FEMININE_NISBA_ENDING
_UNIT_CATEGORIES = {u.unit: u.category for u in UNITS}


def _words_re(words, glued=()) -> str:
    return "|".join([re.escape(w) + r"(?!\w)" for w in words] + [re.escape(w) for w in glued])


_ELIDED_FOLLOW_RE = re.compile(r"\s*(?:$|[^\w\s]|"
                               + _words_re(force_rules.ELIDED_FOLLOWERS, force_rules.ELIDED_GLUED_FOLLOWERS) + ")")
_PERCENT_RE = re.compile(r"\s*(?:" + "|".join(map(re.escape, clauses.PERCENT_FOLLOWERS)) + ")")
_conj = "|".join(map(re.escape, clauses.LIST_CONJUNCTIONS))
_marks = "[" + re.escape(clauses.ELIDED_LIST_MARKS) + "]"
# «15 الف جندي في الكويت، و9 الاف»: what ends the gap before a listed figure
_LIST_ITEM_GAP_RE = re.compile(rf"(?:^|\s|{_marks})(?:{_conj})\s*$|{_marks}\s*$|{_marks}\s*(?:{_conj})\s*$")
_CHANGE_AMOUNT_RE = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, clitics.CONJUNCTIONS)) + r")?(?:"
                               + "|".join(re.escape(f) for f in sorted(force_rules.CHANGE_AMOUNT_CUES, key=len,
                                                                         reverse=True)) + r")\s*$")
_FROM_RE = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, clauses.CHANGE_FROM_WORDS)) + r")\s*$")


def _link_re(links) -> re.Pattern:
    """A gap between two figures that ends with one of `links` (maybe after «و»; «و» may be glued to the figure)."""
    alternatives = "|".join(map(re.escape, sorted(links, key=len, reverse=True)))
    conj = "|".join(map(re.escape, clitics.CONJUNCTIONS))
    return re.compile(rf"(?:^|[\s{re.escape(clauses.LIST_MARKS)}])(?:{conj})?(?:{alternatives})\s*$")


_PEOPLE_LINK_RE = _link_re(force_rules.PEOPLE_LIST_LINKS)
_WITH_PEOPLE_RE = _link_re(force_rules.WITH_PEOPLE_LINKS)
_LINK_BREAK_RE = re.compile("[" + re.escape(clauses.LINK_BREAK_MARKS) + "]")
# a year cue right before a figure («عام 2010»), a plural of time right after it («تسعه اعوام»)
_YEAR_CUE_RE = words_re((c.form for c in number_rules.YEAR_CUES), after=r"\s*$")
_CIVILIAN_COUNT_RE = words_re(force_rules.CIVILIAN_COUNT_WORDS, before=r"\s*")   # «و6000 من عائلاتهم»
_DURATION_RE = words_re((form for u in period_rules.DURATION_UNITS for form in u.plural), before=r"\s*")
_TO_RE = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, clauses.CHANGE_TO_WORDS)) + r")\s*$")


@dataclass
class Troop:
    """A figure that counts troops, while its row is built."""

    q: Any                # the numbers.Quantity
    start: int            # raw span of the figure
    end: int
    nstart: int           # normalized span
    nend: int
    unit: str | None
    rule: str
    force: str | None = None
    force_id: str | None = None
    location: str | None = None
    sender: str | None = None   # the force_id of a country named as sending them («بدات ايران بارسال»)


# ---------------------------------------------------------------------------------------------
# Is it troops?

def _force_within(ctx: ArticleContext, nend: int, reach: int, table: str = "force") -> bool:
    """A word of `table` within `reach` characters after a figure, before its clause ends."""
    return bool(ctx.hits_in(table, nend, ctx.clause_end(nend, reach)))


def _force_before_in_clause(ctx: ArticleContext, s_nstart: int, nstart: int, reach: int,
                            table: str = "force") -> bool:
    """A word of `table` within `reach` characters before a figure, in its clause
    («ولدي الدوله المنضويه في حلف شمال الاطلسي حاليا نحو 180 عنصرا»)."""
    return bool(ctx.hits_in(table, ctx.clause_start(s_nstart, nstart, reach), nstart))


def _parenthetical(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether [start, end) holds only a day set off by commas: weekday or day-part words and digits
    («، الاربعاء،», «، مساء الاحد،»)."""
    days = [(h.start, h.end) for name in ("weekday", "day_part") for h in ctx.hits_in(name, start, end)]
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", ctx.ntext[start:end])]
    return bool(words) and all(w.isdigit() or any(a <= start + i < b for a, b in days) for i, w in words)


def _casualty_clause_start(ctx: ArticleContext, s_nstart: int, nstart: int) -> int:
    """The start of a figure's clause for the casualty rule: a day set off by commas does not end
    it («قتلت قوات الامن، الاربعاء، اربعه مسلحين»: the verb before the day still governs the figure),
    nor does a comma the figure comes right after («قتلت قوات الامن قبل اسبوعين، 11 مسلحا»)."""
    marks = clauses.CASUALTY_CLAUSE_MARKS_BEFORE
    start = ctx.clause_start(s_nstart, nstart, windows.CASUALTY_BEFORE, marks)
    if start > s_nstart:
        before = ctx.clause_start(s_nstart, start - 1, windows.CASUALTY_BEFORE, marks)
        if before < start - 1 and before > s_nstart and _parenthetical(ctx, before, start - 1):
            return ctx.clause_start(s_nstart, before - 1, windows.CASUALTY_BEFORE, marks)
        if not ctx.ntext[start:nstart].strip():
            return before   # the figure opens its clause: the clause before governs it
    return start


def _casualty_clause_end(ctx: ArticleContext, nend: int) -> int:
    """The end of a figure's clause for a later casualty verb: a comma right before that verb does not end
    it («140 عنصرا من الميليشيا، لقوا مصرعهم»), nor does a partitive set off by commas («45 عنصرا من
    التنظيم، بينهم قياديون، قتلوا»: the verb after the partitive still governs the figure)."""
    marks = clauses.CASUALTY_CLAUSE_MARKS_AFTER
    end = ctx.clause_end(nend, windows.CASUALTY_VERB_AFTER, marks)
    after = end + 1
    if end < len(ctx.ntext) and ctx.ntext[end] in clauses.LIST_MARKS and ctx.right_after(
            "casualty_later", after, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK):
        return ctx.clause_end(after, windows.CASUALTY_VERB_AFTER, marks)   # «… الانقلابيه، لقوا مصرعهم»
    partitive = ctx.hits_in("partitive", after, after + windows.PARTITIVE_BEFORE)
    if not (end < len(ctx.ntext) and ctx.ntext[end] in clauses.LIST_MARKS and partitive
            and not ctx.ntext[after:partitive[0].start].strip()):
        return end
    end = ctx.clause_end(after, windows.CASUALTY_VERB_AFTER, marks)
    if end < len(ctx.ntext) and ctx.ntext[end] in clauses.LIST_MARKS:
        end = ctx.clause_end(end + 1, windows.CASUALTY_VERB_AFTER, marks)
    return end


def is_casualty(ctx: ArticleContext, s_nstart: int, nstart: int, nend: int) -> bool:
    """A casualty cue in the figure's clause before it or right after it, or anywhere before
    it in the sentence when a partitive («من بينهم») introduces the figure; or people taken out
    of a place (`rules.forces.REMOVAL_VERBS` in the figure's clause)."""
    if ctx.hits_in("partitive", max(s_nstart, nstart - windows.PARTITIVE_BEFORE), nstart) and \
            ctx.hits_in("casualty", s_nstart, nstart):
        return True
    clause_start = _casualty_clause_start(ctx, s_nstart, nstart)
    clause_end = _casualty_clause_end(ctx, nend)
    return bool(ctx.hits_in("casualty", clause_start, nstart + 1)
                or ctx.hits_in("casualty_after", nend, nend + windows.CASUALTY_AFTER)
                or ctx.hits_in("casualty_later", nend, clause_end)
                or ctx.hits_in("removal", clause_start, nstart) or ctx.hits_in("removal", nend, clause_end))


def _change_amount(ctx: ArticleContext, s_nstart: int, nstart: int) -> bool:
    """A figure right after «ب»/«بمقدار» (rules.forces.CHANGE_AMOUNT_CUES) with a change cue
    earlier in its clause: the size of a change («رفعت عدد قواتها بـ 6000 عسكري»);
    «بعد تقليص قواتها، تحتفظ بنحو 2500 جندي» keeps its level."""
    if not ctx.hits_in("change", ctx.clause_start(s_nstart, nstart, windows.CHANGE_CUE_BEFORE), nstart):
        return False
    return bool(_CHANGE_AMOUNT_RE.search(ctx.ntext, max(s_nstart, nstart - windows.CHANGE_AMOUNT_BEFORE), nstart))


def change_role(ctx: ArticleContext, s_nstart: int, nstart: int) -> str | None:
    """``change:from`` / ``change:to`` for a figure after «من» / «الي» in a sentence with a change cue."""
    if not ctx.hits_in("change", s_nstart, nstart):
        return None
    before = ctx.ntext[max(s_nstart, nstart - windows.CHANGE_WORD_BEFORE):nstart]
    if _FROM_RE.search(before):
        return "change:from"
    if _TO_RE.search(before):
        return "change:to"
    return None


def _ambiguous_not_troops(ctx: ArticleContext, s_nstart: int, s_nend: int, nstart: int, nend: int) -> bool:
    """«ثلاثه عناصر», «1200 فرد», football coaches: a noun that counts troops only beside a
    force word, a troop noun or a base, and never in a civilian context."""
    if ctx.hits_in("civilian", s_nstart, s_nend):
        return True
    if ctx.hits_in("police", nend, nend + windows.POLICE_AFTER) and \
            not ctx.hits_in("military_police", nend, nend + windows.POLICE_AFTER + windows.RIGHT_AFTER_SLACK * 4):
        return True   # «اربعه ضباط شرطه» (not «عناصر الشرطه العسكريه»)
    return not (_force_within(ctx, nend, windows.FORCE_AFTER)
                or ctx.hits_in("troop_noun", s_nstart, s_nend) or ctx.hits_in("strength", s_nstart, nstart)
                or ctx.hits_in("military_site", nend, nend + windows.MILITARY_SITE_AFTER)
                or _force_before_in_clause(ctx, s_nstart, nstart, windows.FORCE_BEFORE))


def _not_a_level(ctx: ArticleContext, q, s_nstart: int, s_nend: int, nstart: int, nend: int) -> bool:
    """Whether a figure with a personnel noun is something else: casualties, people, trainees,
    men in general, veterans, or the size of a change."""
    if q.rule.startswith("dual+"):
        return True   # «جنديين», «جنديان»: a pair of people in an event, never a force's strength
    if q.unit == "troops" and q.value is None and (q.low is None or q.low < windows.VAGUE_TROOPS_MIN):
        return True   # «عدد من القوات», «ضربات عده من قوات» are no figure («الالاف من قوات الاحتياط» is)
    if is_casualty(ctx, s_nstart, nstart, nend) or ctx.hits_in("mixed", nend, nend + windows.MIXED_AFTER):
        return True   # «مقتل 12 جنديا»: casualties; «مئات المقاتلين والمدنيين»: people
    if ctx.hits_in("training", max(s_nstart, nstart - windows.TRAINING_BEFORE), nstart) \
            or ctx.hits_in("trained", ctx.clause_start(s_nstart, nstart, windows.TRAINED_VERB_BEFORE), nstart):
        return True   # «لتكوين آلاف الجنود», «درب خبراء الحلف … 500 مدرب»: people trained, not a level
    if q.unit in force_rules.AMBIGUOUS_UNITS and _ambiguous_not_troops(ctx, s_nstart, s_nend, nstart, nend):
        return True
    if q.unit in force_rules.ADJACENT_FORCE_UNITS and ctx.right_after("force", nend, windows.RIGHT_AFTER_REACH,
                                                                      windows.RIGHT_AFTER_SLACK) is None:
        return True   # «1100 خبير اقتصاد اميركي»: the force word does not qualify the experts
    if ctx.hits_in("veteran", nend, nend + windows.VETERAN_AFTER):
        return True   # «300 جندي سابق»: veterans
    if q.unit in force_rules.MISSION_ONLY_UNITS and not (
            _force_within(ctx, nend, windows.FORCE_AFTER, "mission")
            or _force_before_in_clause(ctx, s_nstart, nstart, windows.FORCE_BEFORE, "mission")):
        return True   # «اعتقلت الشرطه 3 رجال»: men, not troops
    if _change_amount(ctx, s_nstart, nstart):
        return True   # «زادت … عدد قواتها بـ 6000 عسكري»: an increase, not a level
    if _flow_or_incident(ctx, q, s_nstart, s_nend, nstart, nend) or _force_wide(ctx, ctx.located, s_nstart, s_nend, nstart):
        return True
    return change_role(ctx, s_nstart, nstart) is None and \
        bool(ctx.hits_in("decrement", max(s_nstart, nstart - windows.DECREMENT_BEFORE), nstart))


def _flow_or_incident(ctx: ArticleContext, q, s_nstart: int, s_nend: int, nstart: int, nend: int) -> bool:
    """People in an event or a flow, not a force's level: «100 مقاتل جديد شهريا» (`rules.forces.RATE_CUES`),
    people aboard a crashed aircraft (`ABOARD_CUES`), people who are a source (`SOURCE_CUES`), or gunmen
    in an incident («3 مسلحين هاجموا», «هاجم مسلحان»: `INCIDENT_VERBS` in the figure's clause)."""
    c_end = ctx.clause_end(nend, windows.RATE_AFTER, clauses.CASUALTY_CLAUSE_MARKS_AFTER)
    if ctx.hits_in("rate", nend, c_end) or any(not ctx.ntext[h.end:min(c_end, s_nend)].strip(" \"»")
                                               for h in ctx.hits_in("rate_phrase", nend, c_end)):
        return True
    if ctx.hits_in("aboard", ctx.clause_start(s_nstart, nstart, windows.ABOARD_BEFORE), nstart) \
            or any(not ctx.ntext[h.end:nstart].strip()
                   for h in ctx.hits_in("source", max(s_nstart, nstart - windows.SOURCE_BEFORE), nstart)):
        return True   # «طائره … تحمل سبعه من العسكريين», «بحسب تقديرات عده خبراء»
    if q.unit not in force_rules.INCIDENT_UNITS:
        return False
    if q.value is not None and q.value < force_rules.HANDFUL_MAX:
        return True   # «اربعه مسلحين», «اثنين من المقاتلين»: a handful in an event, no force's strength
    c_start = ctx.clause_start(s_nstart, nstart, windows.INCIDENT_BEFORE)
    if ctx.hits_in("left_fight", c_start, nstart):
        return True   # «عاد من هذه المناطق 323 مسلحا»: returnees, defectors, not a force's strength
    return bool(ctx.hits_in("incident", nend, ctx.clause_end(nend, windows.INCIDENT_AFTER))
                or ctx.hits_in("incident", c_start, nstart))


def _force_wide(ctx: ArticleContext, located, s_nstart: int, s_nend: int, nstart: int) -> bool:
    """A whole army's or command's strength («اكبر وحدات الجيش بعدد قوات يبلغ 776 الف جندي»,
    `rules.forces.FORCE_WIDE_CUES` before the figure) in a sentence that names no place after a
    locative: no deployment."""
    if not ctx.hits_in("force_wide", s_nstart, nstart):
        return False
    return not any(s_nstart <= p.start < s_nend for p in located)


def _nisba_noun(ctx: ArticleContext, q, sentence) -> Troop | None:
    """A figure whose counted noun is a nationality or a group's nisba («نحو 100 روسي», «30 الف
    داعشي»), in a sentence about troops (as for an ambiguous noun): its force is that nisba's."""
    nstart, nend = ctx.n(q.start), ctx.n(q.end)
    if q.unit is not None and q.unit not in force_rules.NISBA_UNITS:
        return None
    if q.unit is None:   # the nisba right after the number
        hits = [h for h in ctx.hits_in("force", nend, nend + windows.NISBA_NOUN_SLACK + windows.OWNER_AFTER)
                if h.start <= nend + windows.NISBA_NOUN_SLACK and not ctx.ntext[nend:h.start].strip()]
    else:                # the counted noun is the nisba itself («داعشي»)
        hits = [h for h in ctx.hits_in("force", nstart, nend) if h.end == nend]
    members = {h.start for h in ctx.hits["group_member"] if nstart <= h.start <= nend + windows.NISBA_NOUN_SLACK}
    hit = next((h for h in hits if h.start in members or (
        h.value.country_en and " " not in h.form and not ctx.ntext.startswith(clitics.ARTICLE, h.start)
        and not h.form.endswith(_FEMININE))), None)
    if hit is None or (q.value is not None and q.value < windows.NISBA_NOUN_MIN):
        return None   # a nisba with the article («اللواء 53 الروسي») or feminine («16 اسرائيليه»); a handful
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    end = max(nend, hit.end)
    if is_casualty(ctx, s_nstart, nstart, end) or _ambiguous_not_troops(ctx, s_nstart, s_nend, nstart, end) \
            or _flow_or_incident(ctx, q, s_nstart, s_nend, nstart, end):
        return None
    c_start = ctx.clause_start(s_nstart, nstart, nstart - s_nstart)
    if hit.start in members:   # «30 الف داعشي»: no casualty, arrest or trial anywhere before in its sentence
        return None if ctx.hits_in("casualty", s_nstart, nstart) else \
            Troop(q, q.start, ctx.raw_span(hit.start, hit.end)[1] if hit.end > nend else q.end, nstart, end,
                  q.unit or "nisba", "unit:nisba", force_id=hit.value.force_id)
    military = ctx.hits_in("nisba_context", c_start, nstart) or ctx.hits_in("strength", c_start, nstart) \
        or ctx.hits_in("sending", max(c_start, nstart - windows.SENDING_BEFORE), nstart) \
        or any(h.value.force_id.startswith(GROUP_PREFIX) and h.value.force_id != GROUP_PREFIX
               for h in ctx.hits_in("force", max(c_start, nstart - windows.GROUP_CONTEXT_BEFORE), nstart)) \
        or ctx.hits_in("nisba_context", end, ctx.clause_end(end, s_nend - end))
    if not military:
        return None   # «252 الف فلبيني يعملون في الكويت»: people, not a force
    raw_end = ctx.raw_span(hit.start, hit.end)[1] if hit.end > nend else q.end
    return Troop(q, q.start, raw_end, nstart, end, q.unit or "nisba", "unit:nisba", force_id=hit.value.force_id)


def _counted(ctx: ArticleContext, q, sentence, nstart: int, nend: int) -> Troop | None:
    """A figure with a personnel noun, or None when its noun or clause says it is no level."""
    if _UNIT_CATEGORIES.get(q.unit) not in _TROOP_CATEGORIES or q.unit in force_rules.EXCLUDED_UNITS:
        return None
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    if _not_a_level(ctx, q, s_nstart, s_nend, nstart, nend):
        return None
    role = change_role(ctx, s_nstart, nstart)
    rule = f"unit:{q.unit}" + (f"+{role}" if role else "")
    return Troop(q, q.start, q.end, nstart, nend, q.unit, rule)


def _listed(ctx: ArticleContext, prev: Troop, nstart: int, nend: int) -> bool:
    """«15 الف جندي في الكويت، و9 الاف في العراق»: a figure listed after a troop figure."""
    gap = ctx.ntext[prev.nend:nstart]
    return len(gap) <= windows.LIST_GAP and bool(_LIST_ITEM_GAP_RE.search(gap)) \
        and not re.search(r"\d", gap) and bool(_ELIDED_FOLLOW_RE.match(ctx.ntext, nend))


def _elided(ctx: ArticleContext, q, sentence, same_sentence: list[Troop], last: Troop | None) -> Troop | None:
    """A figure without a noun that still counts troops, or None (see rules.forces)."""
    if q.vague:
        return None
    nstart, nend = ctx.n(q.start), ctx.n(q.end)
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    if _PERCENT_RE.match(ctx.ntext[nend:nend + windows.PERCENT_AFTER]) or is_casualty(ctx, s_nstart, nstart, nend):
        return None

    def make(rule: str, unit: str | None = None) -> Troop:
        return Troop(q, q.start, q.end, nstart, nend, unit, rule)

    # «بمشاركه 300 الف من عديد قواتها المسلحه»: the noun follows as a partitive
    if ctx.right_after("force_partitive", nend, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK) is not None \
            and not ctx.hits_in("decrement", max(s_nstart, nstart - windows.DECREMENT_BEFORE), nstart):
        return make("elided:partitive")
    if same_sentence and _listed(ctx, same_sentence[-1], nstart, nend):
        return make("elided:list", same_sentence[-1].unit)
    window = max(s_nstart, nstart - windows.EXCEPTION_BEFORE)
    not_exception = ctx.hits_in("not_exception", window, nstart)
    excepted = [h for h in ctx.hits_in("exception", window, nstart)   # «الا ان مراسل فرانس 24»: 'however'
                if not any(o.start <= h.start < o.end for o in not_exception)]
    # «باستثناء حوالي 600 سيبقون» in a sentence about a withdrawal: people staying behind
    if excepted and ctx.hits_in("staying", nend, min(s_nend, nend + windows.STAYING_AFTER)) \
            and any(hit.value[1] == "withdrawal" for hit in ctx.hits_in("trigger", s_nstart, s_nend)):
        return make("elided:exception_staying")
    troop_context = bool(ctx.hits_in("troop_noun", s_nstart, s_nend) or same_sentence
                         or (last and ctx.within_sentences(last.start, sentence, windows.TROOP_CONTEXT_SENTENCES)))
    if not troop_context:
        return None
    if excepted and _ELIDED_FOLLOW_RE.match(ctx.ntext, nend):
        return make("elided:exception")   # not «سوي 9 كيلو مترات»
    # «خفضت … هذا العدد الي 2500»
    if ctx.hits_in("anaphor", max(s_nstart, nstart - windows.ANAPHOR_BEFORE), nstart) and last is not None \
            and _ELIDED_FOLLOW_RE.match(ctx.ntext, nend):
        return make("anaphor")   # not «عددها 272 مقعدا»: a noun after the figure counts something else
    # «عديد قوه حفظ السلام … وصل في مرحله ما الي 17 الفا»: a strength reaching its figure
    verbs = ctx.hits_in("strength_verb", max(s_nstart, nstart - windows.STRENGTH_VERB_BEFORE), nstart)
    if verbs and ctx.hits_in("strength", s_nstart, verbs[-1].start):
        return make("elided:strength")
    # «من 5200 الي 3000» after a change cue
    role = change_role(ctx, s_nstart, nstart)
    return make(role) if role else None


class _People:
    """Which figures of an article count people rather than a force, from their neighbours: a figure
    listed after a count of people («مقتل 23 مقاتلا، بينهم 5 …، و18 عنصرا»; `rules.forces.PEOPLE_LIST_LINKS`)
    or joined to a count of civilians after it («44 مقاتلا و340 مدنيا»; `WITH_PEOPLE_LINKS`)."""

    def __init__(self, ctx: ArticleContext, quantities):
        self.ctx, self.qs = ctx, quantities
        self.sentences = [ctx.sentence_of(q.start) for q in quantities]
        self._memo: dict[int, bool] = {}

    def _linked(self, i: int, j: int, pattern: re.Pattern, reach: int) -> bool:
        """Whether figure j follows figure i in its sentence, the gap between them ending with a link."""
        a, b = self.sentences[i], self.sentences[j]
        if a is None or b is None or a.index != b.index:
            return False
        gap = self.ctx.ntext[self.ctx.n(self.qs[i].end):self.ctx.n(self.qs[j].start)]
        return len(gap) <= reach and not _LINK_BREAK_RE.search(gap) and bool(pattern.search(gap))

    def counts_people(self, i: int) -> bool:
        """A count of people: its noun (`rules.forces.PEOPLE_UNIT_CATEGORIES`), a casualty cue, or a
        figure listed after a count of people."""
        if i not in self._memo:
            q, sentence = self.qs[i], self.sentences[i]
            self._memo[i] = sentence is not None and (
                _UNIT_CATEGORIES.get(q.unit) in force_rules.PEOPLE_UNIT_CATEGORIES
                or is_casualty(self.ctx, self.ctx.n(sentence.start), self.ctx.n(q.start), self.ctx.n(q.end))
                or self.listed_after_people(i))
        return self._memo[i]

    def listed_after_people(self, i: int) -> bool:
        return i > 0 and self._linked(i - 1, i, _PEOPLE_LINK_RE, windows.PEOPLE_LIST_GAP) and self.counts_people(i - 1)

    def with_civilians(self, i: int) -> bool:
        """Figure i joined to a count of civilians right after it («1500 مسلحا ونحو 6 الاف مدني»)."""
        j = i + 1
        if j >= len(self.qs) or not self._linked(i, j, _WITH_PEOPLE_RE, windows.WITH_PEOPLE_GAP):
            return False
        other = self.qs[j]
        if _UNIT_CATEGORIES.get(other.unit) in force_rules.PEOPLE_UNIT_CATEGORIES:
            return True
        return bool(_CIVILIAN_COUNT_RE.match(self.ctx.ntext, self.ctx.n(other.end)))


def _no_count_of_troops(ctx: ArticleContext, q) -> bool:
    """A number that counts no troops whatever its noun: a handful (`rules.forces.HANDFUL_MAX`), a year
    after a year cue («عام 2010 مدربا»; `rules.numbers.YEAR_CUES`) or a duration («تسعه اعوام»)."""
    top = q.value if q.value is not None else q.high
    if top is not None and top < force_rules.HANDFUL_MAX:
        return True
    nstart, nend = ctx.n(q.start), ctx.n(q.end)
    low, high = number_rules.YEAR_RANGE
    if q.value is not None and low <= q.value <= high and q.qualifier == "exact" and \
            _YEAR_CUE_RE.search(ctx.ntext, max(0, nstart - windows.YEAR_CUE_BEFORE), nstart):
        return True
    return bool(_DURATION_RE.match(ctx.ntext, nend))


def troop_candidates(ctx: ArticleContext, quantities, entities=()) -> list[Troop]:
    """Figures that count troops: a personnel noun, or a noun elided or referred back to.

    Args:
        entities: the article's gazetteer mentions (`mentions.find_entities` over the body): a
            force-wide strength is one in a sentence that names no place after a locative.
    """
    ctx.located = located_places(ctx, entities)
    found: list[Troop] = []
    by_sentence: dict[int, list[Troop]] = {}
    last: Troop | None = None
    people = _People(ctx, quantities)
    for i, q in enumerate(quantities):
        sentence = people.sentences[i]
        if sentence is None or (q.value is not None and q.value <= 1) or _no_count_of_troops(ctx, q):
            continue  # outside the body; one person is no level; fractions: «باكثر من الثلث»; a handful, a year
        same = by_sentence.setdefault(sentence.index, [])
        troop = _nisba_noun(ctx, q, sentence) if q.unit in (None, *force_rules.NISBA_UNITS) else None
        if troop is None and q.unit:
            troop = _counted(ctx, q, sentence, ctx.n(q.start), ctx.n(q.end))
        elif troop is None:
            troop = _elided(ctx, q, sentence, same, last)
        if troop is not None and (people.listed_after_people(i) or people.with_civilians(i)):
            troop = None   # «بينهم 5 …، و18 عنصرا», «27 مسلحا و182 مدنيا»: people, not a force
        if troop is not None:
            found.append(troop)
            same.append(troop)
            last = troop
    return found


# ---------------------------------------------------------------------------------------------
# When: current, planned or past.

def _date_near(ctx: ArticleContext, dates, nstart: int, nend: int):
    from arabic_news.extract.context import distance

    best, best_distance = None, None
    for ds in dates:
        d = distance(nstart, nend, ctx.n(ds.start), ctx.n(ds.end))
        if best_distance is None or d < best_distance:
            best, best_distance = ds, d
    return best


def clause_span(ctx: ArticleContext, sentence, raw_offset: int) -> tuple[int, int]:
    """The raw span of the clause of `sentence` holding `raw_offset`: the sentence cut at «؛»
    (`rules.attribution_cues.CLAUSE_BREAKS`), so a date of another clause («في ذلك الخريف،
    أعلن … من 5200 إلى 3000؛ بحلول يناير 2021، خفضت …») is not the figure's."""
    from arabic_news.rules.attribution_cues import CLAUSE_BREAKS

    start, end = sentence.start, sentence.end
    for i in range(sentence.start, sentence.end):
        if ctx.raw[i] in CLAUSE_BREAKS:
            if i < raw_offset:
                start = i + 1
            else:
                return start, i
    return start, end


def _planned(ctx: ArticleContext, t: Troop, ds, pub: PublicationDate, status: str | None, s_nstart: int) -> bool:
    """A status cue or future verb, unless the clause dates a past commitment («وكانت … قد
    التزمت بارسال 3000 … في سبتمبر 2017»); or a date the text places ahead."""
    if ds is not None and getattr(ds, "future", False):
        return True
    if not status:
        return False
    past_commitment = (ds is not None and pub.window_start and ds.date_end and ds.date_end < pub.window_start
                       and not getattr(ds, "future", False) and ctx.hits_in("past", s_nstart, t.nstart)
                       and not ctx.future_verb_in(ctx.ntext[max(s_nstart, t.nstart - windows.FUTURE_VERB_BEFORE):t.nstart]))
    return not past_commitment


def _there_since(ctx: ArticleContext, t: Troop, ds, pub: PublicationDate, s_nstart: int) -> bool:
    """«العشرات … في العراق منذ اغسطس 2016»: there since a past date, so there now."""
    if not (ds and pub.window_start and ds.date_start and ds.date_start < pub.window_start):
        return False
    ds_nstart, ds_nend = ctx.n(ds.start), ctx.n(ds.end)
    lo, hi = (ds_nend, t.nstart) if ds_nend <= t.nstart else (t.nend, ds_nstart)
    if ctx.hits_in("since", max(s_nstart, ds_nstart - windows.SINCE_BEFORE), ds_nend) and \
            not re.search(marks_class(clauses.CLAUSE_MARKS), ctx.ntext[lo:hi]) and \
            not ctx.hits_in("past", max(s_nstart, t.nstart - windows.PAST_CUE_BEFORE), t.nstart):
        return True   # «وتنتشر القوات … منذ عام 2014 ويبلغ عددها 5000 جندي»: a state since then (not «كان …»)
    # «منذ» between the figure and a date after it («28500 جندي … منذ الحرب الكوريه بين عامي 1950 و1953»)
    return t.nend <= ds_nstart < t.nend + windows.SINCE_DATE_AFTER and bool(ctx.hits_in("since", t.nend, ds_nend))


def _history(ctx: ArticleContext, ds, pub: PublicationDate, sentence) -> bool:
    """A date well before publication, or before it in a sentence with a perfect verb («بحلول
    يناير 2021، خفضت … العدد إلى 2500»): history by the article's date."""
    if not (ds and pub.window_start):
        return False
    if ds.date_end < pub.window_start - dt.timedelta(days=windows.PAST_DATE_DAYS):
        return True
    return ds.date_end < pub.window_start and bool(ctx.hits_in("past_verb", *ctx.sentence_nspan(sentence)))


def figure_kind(ctx: ArticleContext, t: Troop, sentence, ds, pub: PublicationDate) -> str:
    """``current``, ``planned`` or ``past`` for a troop figure (`ds`: the date nearest it in its clause)."""
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    status = status_near(ctx, s_nstart, t.nstart, t.nend, s_nend)
    if status == "expected" and only_weak_cues(ctx, s_nstart, t.nstart, t.nend, s_nend):
        status = None   # «وكان عديدها قد وصل …»: «قد» + a perfect verb is «already», no plan
    if t.rule.endswith("change:from"):   # «من 8000 حاليا الي 4000»: the level now
        return "current" if ctx.right_after("current", t.nend, windows.CURRENT_AFTER, windows.RIGHT_AFTER_SLACK) else "past"
    if t.rule.endswith("change:to") and (status or (ds and getattr(ds, "future", False))
                                         or ctx.hits_in("status", s_nstart, t.nstart)):
        return "planned"
    if ctx.hits_in("comparison", max(s_nstart, t.nstart - windows.COMPARISON_BEFORE), t.nstart):
        return "past"   # «مقارنه بنحو 8500»: the earlier term of a comparison
    if ctx.hits_in("current", max(s_nstart, t.nstart - windows.CURRENT_BEFORE), t.nstart):
        return "current"
    if _there_since(ctx, t, ds, pub, s_nstart):
        return "current"
    if _planned(ctx, t, ds, pub, status, s_nstart):
        return "planned"
    if ctx.hits_in("past", max(s_nstart, t.nstart - windows.PAST_CUE_BEFORE), t.nstart):
        return "past"
    return "past" if _history(ctx, ds, pub, sentence) else "current"


# ---------------------------------------------------------------------------------------------
# Rows.

def _country_name_of(code: str | None) -> str | None:
    from arabic_news.countries import country_by_code

    country = country_by_code(code) if code else None
    return country.name_en if country else None


def troop_rows(ctx: ArticleContext, pub: PublicationDate, quantities, dates, entities) -> list[dict]:
    """The `troop_levels` rows of one article."""
    troops = troop_candidates(ctx, quantities, entities)
    if not troops:
        return []
    assign_forces(ctx, troops, entities)
    places = article_places(ctx, entities, ctx.located)
    rows = []
    previous: Troop | None = None
    for t in troops:
        sentence = ctx.sentence_of(t.start)
        next_figure = min((o.nstart for o in troops if o.nstart > t.nstart), default=ctx.sentence_nspan(sentence)[1])
        near = previous is not None and ctx.within_sentences(previous.start, sentence, windows.INHERIT_SENTENCES)
        t.location = figure_location(ctx, places, entities, sentence, t.nstart, t.nend, next_figure,
                                     previous.location if near else None, _country_name_of(t.sender),
                                     _country_name_of(t.force_id) if is_state(t.force_id) else None)
        t.force_id = mission_of(home_force(t.force_id, t.location, entities), t.location)
        t.force = t.force or coarse_force(t.force_id)
        c_start, c_end = clause_span(ctx, sentence, t.start)
        ds = _date_near(ctx, [d for d in dates if c_start <= d.start < c_end and d.date_start], t.nstart, t.nend)
        kind = figure_kind(ctx, t, sentence, ds, pub)
        if kind == "current":
            as_of = (pub.window_start, pub.window_end)  # a level in the present holds on the article's date
        else:
            as_of = (ds.date_start, ds.date_end) if ds is not None else (None, None)
        rows.append(fact_row(ctx, "troop_levels", sentence, t.start, t.end, t.rule, {
            **quantity_fields(t.q, "value"),
            "force": t.force, "force_id": t.force_id or None, "location": t.location,
            "as_of_start": iso(as_of[0]), "as_of_end": iso(as_of[1]), "kind": kind,
        }, extra={"unit": t.unit, "text": ctx.raw[t.start:t.end]}))
        previous = t
    return rows
