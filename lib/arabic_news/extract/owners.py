"""Whose troops a figure counts: the force word after its noun, its sender, its noun's own force,
the force its sentence names, or the last figure's.

Each figure gets a `force_id` (who the force is: an ISO country code, an organization, a
mission, ``group:<slug>``; `rules.force_ids`) and the coarse `force` it stands for
(`coarse_force`). In order, for each troop figure:
1. a force word right after its noun, before any punctuation, digit or preposition
   («2500 جندي امريكي»; «640 عنصرا من الجيش الكوري الجنوبي» through an owner link);
2. a country named as the subject of a sending verb right before the figure («بدات ايران
   بارسال الاف المقاتلين», `rules.forces.SENDING_VERBS`);
3. the force its counted noun implies («مسلح» → an armed group, the one its sentence names
   if any; `rules.forces.PERSONNEL_NOUNS` and `UNIT_FORCES`);
4. for a figure found through an elision, an anaphor or a change («من 5200 الي 3000»),
   the previous figure's force (three sentences back at most);
5. a force its sentence names: the one whose count it is («عدد قوات X»), else the
   nearest force word not already owning another figure — never one that is helped
   («لدعم القوات الافغانيه»), a membership or an ally («المنضويه في حلف …», «متحالفه مع …»)
   or a place's adjective («نابولي الايطاليه»);
6. else the previous figure's force (three sentences back at most); a state's own forces
   named without a nationality before the figure («السلطات … ونشرت 150 الف جندي»,
   `rules.forces.STATE_OWNERS`): the article's main country; the nearest force word of the
   sentence before; the previous figure's.
"""

from __future__ import annotations

import re

from arabic_news.extract.context import ArticleContext, distance, marks_class
from arabic_news.patterns import Hit
from arabic_news.rules import clauses, windows
from arabic_news.rules import force_ids as force_id_rules
from arabic_news.rules import forces as force_rules

__all__ = ["assign_forces", "coarse_force", "mission_of"]

_ORGANIZATION_FORCES = {o.force_id: o.force for o in force_id_rules.ORGANIZATIONS}


def coarse_force(force_id: str | None) -> str | None:
    """The coarse `force` (`rules.vocabularies.FORCES`) a `force_id` stands for (`rules.force_ids`).

    Example:
        >>> [coarse_force(f) for f in ("US", "IQ", "CO", "UN:UNAMID", "group:isis", "NATO", "", None)]
        ['us', 'iraqi', 'other', 'foreign', 'militia', 'coalition', None, None]
    """
    if not force_id:
        return None
    if force_id.startswith(force_id_rules.GROUP_PREFIX):
        return force_id_rules.GROUP_FORCE
    if force_id in _ORGANIZATION_FORCES:
        return _ORGANIZATION_FORCES[force_id]
    prefix = force_id.split(":", 1)[0]
    if ":" in force_id and prefix in force_id_rules.MISSION_PREFIXES:
        return force_id_rules.MISSION_PREFIXES[prefix]
    return force_id_rules.COUNTRY_FORCES.get(force_id, force_id_rules.OTHER_STATE_FORCE)

_OWNER_STOP_RE = re.compile(r"[\d" + re.escape(clauses.OWNER_WINDOW_MARKS) + r"]|\s(?:"
                            + "|".join(map(re.escape, clauses.OWNER_WINDOW_PREPOSITIONS)) + r")\s")
_LAND_BEFORE_RE = re.compile(r"(?:" + "|".join(map(re.escape, clauses.LAND_NOUNS)) + r")\s*$")
_MULTINATIONAL_RE = re.compile(r"\s*(?:" + "|".join(map(re.escape, clauses.MULTINATIONAL_LINKS))
                               + r")\s*(?:\d+|\w+)\s*")
_INHERITING_RULES = ("anaphor", "change", "elided:list", "elided:exception", "elided:partitive")


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


def _fought(ctx: ArticleContext, hit: Hit, t) -> bool:
    """A force that fights the figure's troops owns none of them (`rules.forces.FIGHT_CUES`): one
    before a fight cue that governs the figure, no clause mark between («الجماعات … تعمل معا لقتال قوه
    … قوامها 5000 جندي»), or the object of a fight cue in another clause than the figure («المهمه
    الاميركيه ضد تنظيم الدوله في سوريا … سحب القوات، البالغ عددها 2000 جندي»)."""
    marks = marks_class(clauses.CLAUSE_MARKS)
    if hit.end <= t.nstart:
        cues = ctx.hits_in("fight", hit.end, t.nstart)
        if cues and not re.search(marks, ctx.ntext[cues[0].end:t.nstart]):
            return True
    objects = [c for c in ctx.hits_in("fight", max(0, hit.start - windows.RIGHT_AFTER_REACH), hit.start)
               if not ctx.ntext[c.end:hit.start].strip()]
    if objects:
        lo, hi = (hit.end, t.nstart) if hit.end <= t.nstart else (t.nend, hit.start)
        return bool(re.search(marks, ctx.ntext[lo:hi]))
    return False


def _not_owner(ctx: ArticleContext, hit: Hit, place_nouns: list[Hit]) -> bool:
    """A force word that names no figure's owner: the object of help («لدعم القوات الافغانيه»),
    what a country belongs to («المنضويه في حلف شمال الاطلسي», forces.MEMBERSHIP_CUES), or a
    nationality adjective of a place noun right before it («مدينه نابولي الايطاليه»)."""
    if ctx.hits_in("support", max(0, hit.start - windows.SUPPORT_BEFORE), hit.start):
        return True
    if any(not ctx.ntext[m.end:hit.start].strip()
           for m in ctx.hits_in("membership", max(0, hit.start - windows.MEMBERSHIP_BEFORE), hit.start)):
        return True
    if hit.value.country_en and _LAND_BEFORE_RE.search(ctx.ntext[max(0, hit.start - windows.LAND_BEFORE):hit.start]):
        return True   # «الاراضي السوريه»: the land's adjective names a place, not an owner
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


def mission_of(force_id: str | None, location: str | None) -> str | None:
    """A generic force's mission by where it is (`rules.force_ids.HOST_MISSIONS`): UN peacekeepers
    in Mali are MINUSMA's; any other force_id is returned as it is.

    Example:
        >>> mission_of("UN", "Mali"), mission_of("UN", "Iraq"), mission_of("US", "Mali"), mission_of("foreign", "Sahel")
        ('UN:MINUSMA', 'UN', 'US', 'G5_SAHEL')
    """
    if not force_id or not location:
        return force_id
    return force_id_rules.HOST_MISSIONS.get((force_id, location), force_id)


def _noun_force(ctx: ArticleContext, t, sentence, claimed) -> str | None:
    """The force_id a figure's counted noun implies («مسلح» → an armed group: the one its sentence
    names, nearest first, else ``group:``), or None."""
    default = next((p.value.default_force for p in ctx.hits_in("personnel", t.nstart, t.nend + 1)
                    if p.value.default_force), None) or force_rules.UNIT_FORCES.get(t.unit)
    if default != force_id_rules.UNNAMED_GROUP:
        return default
    for back in range(windows.INHERIT_SENTENCES + 1):   # the group its sentence names, else the last one named
        s = ctx.previous_sentence(sentence, back) if back else sentence
        if s is None:
            break
        s_nstart, s_nend = ctx.sentence_nspan(s)
        groups = [h for h in ctx.hits_in("force", s_nstart, min(s_nend, t.nstart if back == 0 else s_nend))
                  if h.value.force_id.startswith(force_id_rules.GROUP_PREFIX) and h.value.force_id != default]
        if back == 0:
            groups += [h for h in ctx.hits_in("force", t.nend, s_nend)
                       if h.value.force_id.startswith(force_id_rules.GROUP_PREFIX) and h.value.force_id != default]
            if not groups and any(h.value.force_id == default for h in ctx.hits_in("force", s_nstart, s_nend)):
                return default   # «المنظومه الفصائليه … 200 الف مسلح … 80 فصيلا»: factions the text does not name
        hit = _nearest(groups, t.nstart, t.nend, claimed) if back == 0 else (groups[-1] if groups else None)
        if hit is not None:
            return hit.value.force_id
    return default


def _sender(ctx: ArticleContext, t, sentence, entities) -> str | None:
    """The country named as the subject of a sending verb right before the figure («بدات ايران
    بارسال الاف المقاتلين» → IR), or None."""
    from arabic_news.countries import code_of_key
    from arabic_news.mentions import is_adjective_form

    s_nstart, _ = ctx.sentence_nspan(sentence)
    verbs = ctx.hits_in("sending", max(s_nstart, t.nstart - windows.SENDING_BEFORE), t.nstart)
    if not verbs:
        return None
    verb = verbs[-1]
    for e in entities:
        nstart, nend = ctx.n(e.start), ctx.n(e.end)
        if e.type != "place" or not (max(s_nstart, verb.start - windows.SENDER_BEFORE) <= nstart and nend <= verb.start):
            continue
        if ctx.hits_in("locative", max(0, nstart - windows.LOCATIVE_BEFORE), nstart) \
                or is_adjective_form(e.key, ctx.raw[e.start:e.end]):
            continue
        code = code_of_key(e.key)
        if code:
            return code
    return None


def _multinational(ctx: ArticleContext, nend: int) -> bool:
    """«اكثر من ثلاثه الاف فرد من 27 دوله»: «من», a number and a word of states right after the noun."""
    hits = ctx.hits_in("multinational", nend, nend + windows.OWNER_AFTER + 4)
    return bool(hits) and bool(_MULTINATIONAL_RE.fullmatch(ctx.ntext, nend, hits[0].start))


def _state_owner(ctx: ArticleContext, t, sentence, main_code: str | None) -> str | None:
    """The article's main country, when the figure's sentence names a state's forces without a
    nationality before it («السلطات … ونشرت»; not «الجيش الامريكي»: its adjective is a force word)."""
    if not main_code:
        return None
    s_nstart, _ = ctx.sentence_nspan(sentence)
    for hit in ctx.hits_in("state_owner", s_nstart, t.nstart):
        after = ctx.hits_in("force", hit.end, hit.end + windows.RIGHT_AFTER_REACH)
        if not (after and not ctx.ntext[hit.end:after[0].start].strip()):
            return main_code
    return None


def _possessive_partitive(ctx: ArticleContext, t) -> bool:
    """«بمشاركه 300 الف من عديد قواتها»: a partitive whose pronoun refers to a force named before."""
    hit = ctx.right_after("force_partitive", t.nend, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK)
    return hit is not None and hit.form.endswith(clauses.POSSESSIVE_SUFFIXES)


def _sentence_owner(ctx: ArticleContext, t, sentence, place_nouns, claimed, before_only: bool = False) -> Hit | None:
    """The force word of the figure's sentence that owns it: one whose count it is («عدد قوات
    X»), else the nearest one not claimed by another figure; None when there is none."""
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    candidates = [h for h in ctx.hits_in("force", s_nstart, t.nstart if before_only else s_nend)
                  if not _not_owner(ctx, h, place_nouns) and not _fought(ctx, h, t)]
    named = [h for h in candidates if h.end <= t.nstart and (h.start, h.end) not in claimed
             and any(not ctx.ntext[c.end:h.start].strip()
                     for c in ctx.hits_in("count_of", max(s_nstart, h.start - windows.COUNT_OF_BEFORE), h.start))]
    return named[-1] if named else _nearest(candidates, t.nstart, t.nend, claimed)


def _previous_sentence_force(ctx: ArticleContext, sentence, claimed, place_nouns) -> Hit | None:
    prev = ctx.previous_sentence(sentence)
    if prev is None:
        return None
    p_nstart, p_nend = ctx.sentence_nspan(prev)
    hits = [h for h in ctx.hits_in("force", p_nstart, p_nend) if not _not_owner(ctx, h, place_nouns)]
    return _nearest(hits, p_nend, p_nend, claimed)


def _infer_force(ctx: ArticleContext, t, previous, place_nouns, claimed, entities, main_code) -> str | None:
    """Steps 2 to 6 of the module docstring for a figure with no force word after its noun."""
    sentence = ctx.sentence_of(t.start)
    near = previous is not None and bool(previous.force_id) and \
        ctx.within_sentences(previous.start, sentence, windows.INHERIT_SENTENCES)
    sender = _sender(ctx, t, sentence, entities)
    if sender:
        t.sender = sender
        return sender
    if _multinational(ctx, t.nend):
        return "foreign"
    default = _noun_force(ctx, t, sentence, claimed)
    if default:
        return default
    if t.rule.startswith(_INHERITING_RULES) and t.rule != "change:from" and near:
        return previous.force_id
    hit = _sentence_owner(ctx, t, sentence, place_nouns, claimed, before_only=_possessive_partitive(ctx, t))
    if hit is None and near:  # the sentence names no owner: the last figure's («ولدي الدوله …»)
        return previous.force_id
    if hit is None:
        state = _state_owner(ctx, t, sentence, main_code)
        if state:
            return state
        hit = _previous_sentence_force(ctx, sentence, claimed, place_nouns)
    return hit.value.force_id if hit else (previous.force_id if previous else None)


def assign_forces(ctx: ArticleContext, troops: list, entities) -> None:
    """Set `force_id` and `force` on every troop figure, in order (see the module docstring)."""
    from arabic_news.countries import code_of_name
    from arabic_news.extract.places import main_country, place_nouns as find_place_nouns

    claimed: set[tuple[int, int]] = set()
    for t in troops:
        hit = _force_after(ctx, t.nend) if t.force_id is None else None
        if hit:
            t.force_id = hit.value.force_id
            claimed.add((hit.start, hit.end))
    nouns = None
    previous = None
    main = main_country(entities)
    main_code = code_of_name(main) if main else None
    for t in troops:
        if t.force_id is None:
            if nouns is None:
                nouns = find_place_nouns(ctx, entities)
            t.force_id = _infer_force(ctx, t, previous, nouns, claimed, entities, main_code)
        t.force = coarse_force(t.force_id)
        previous = t
