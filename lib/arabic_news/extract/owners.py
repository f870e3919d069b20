"""Whose troops a figure counts: the force word after its noun, its sender, its noun's own force,
the force its sentence names, or the last figure's.

Each figure gets a `force_id` (who the force is: an ISO country code, an organization, a
mission, ``group:<slug>``; `rules.force_ids`) and the coarse `force` it stands for
(`coarse_force`). In order, for each troop figure:
1. a force word right after its noun, before any punctuation, digit or preposition
   («2500 جندي امريكي»; «640 عنصرا من الجيش الكوري الجنوبي» through an owner link);
2. a country named as the subject of a sending verb right before the figure («بدات ايران
   بارسال الاف المقاتلين», `rules.forces.SENDING_VERBS`) or after it («جلبتهم ايران», `SENT_BY_VERBS`);
3. the group named before when the noun refers back to it («عناصر التنظيم», `GROUP_ANAPHORS`);
   the force its counted noun implies («مسلح» → an armed group: the one whose count it is, the one its
   sentence names, else the last named, else the last figure's; never one it fights or is loyal to;
   `rules.forces.PERSONNEL_NOUNS` and `UNIT_FORCES`);
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
A force word is never the owner when it helps the troops («بمساعده قوات فرنسيه», `HELPER_CUES`) or
names a speaker («السفير السوري», `SPEAKER_NOUNS`). Generic UN peacekeepers take the mission named
in their sentence or the three before (`_named_mission`); a figure nothing names an owner for, in the
article's main country, is that country's (`home_force`, once its location is known).
"""

from __future__ import annotations

import re

from arabic_news.extract.context import ArticleContext, distance, marks_class, words_re
from arabic_news.patterns import Hit
from arabic_news.rules import clauses, windows
from arabic_news.rules import force_ids as force_id_rules
from arabic_news.rules import forces as force_rules

__all__ = ["assign_forces", "coarse_force", "home_force", "mission_of"]

_ORGANIZATION_FORCES = {o.force_id: o.force for o in force_id_rules.ORGANIZATIONS}
_SENDING_ABROAD = frozenset(force_rules.SENDING_ABROAD_VERBS)
_SPEAKER_RE = words_re(force_rules.SPEAKER_NOUNS)
_GENERIC_UN = "UN"   # peacekeepers of a mission the figure's own words do not name (rules.force_ids.ORGANIZATIONS)


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
    if _fight_object(ctx, hit):
        lo, hi = (hit.end, t.nstart) if hit.end <= t.nstart else (t.nend, hit.start)
        return bool(re.search(marks, ctx.ntext[lo:hi]))
    return False


def _fight_object(ctx: ArticleContext, hit: Hit) -> bool:
    """Whether a force word is what a fight cue fights: right after the cue, or a few words after it with
    no punctuation or other force between («ضد اخر جيب لداعش», «من قبضه ميليشيات الحوثي»); not the subject
    of a fight in the genitive («قتال قوات سوريا الديمقراطيه ضد …»: the cue after it says it fights)."""
    cues = ctx.hits_in("fight", max(0, hit.start - windows.FIGHT_OBJECT_BEFORE), hit.start)
    if not cues:
        return False
    gap_start = cues[-1].end
    between = [h for h in ctx.hits_in("force", gap_start, hit.start)]
    gap = ctx.ntext[between[-1].end if between else gap_start:hit.start]
    if re.search(marks_class(clauses.CLAUSE_MARKS), ctx.ntext[gap_start:hit.start]) or \
            (between and any(h.value.force_id != force_id_rules.UNNAMED_GROUP for h in between)):
        return False
    if gap.strip() and len(gap.split()) > windows.FIGHT_OBJECT_WORDS:
        return False
    after = ctx.right_after("fight", hit.end, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK)
    return after is None


def _helper(ctx: ArticleContext, hit: Hit, t) -> bool:
    """A force named after the figure, in its clause, after a word of help (`rules.forces.HELPER_CUES`):
    it helps the troops, it does not own them («تعبئه 36 الف جندي … بمساعده جنود بعثه الامم المتحده وقوات
    فرنسيه»)."""
    if hit.start < t.nend or re.search(marks_class(clauses.CLAUSE_MARKS), ctx.ntext[t.nend:hit.start]):
        return False
    return bool(ctx.hits_in("helper", t.nend, hit.start))


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
    if hit.value.country_en and any(
            not re.search(r"[^\w\s]", ctx.ntext[m.end():hit.start])
            for m in _SPEAKER_RE.finditer(ctx.ntext, max(0, hit.start - windows.SPEAKER_BEFORE), hit.start)):
        return True   # «السفير السوري», «صحيفه هارتس الاسرائيليه»: a speaker's nationality
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


def _named_groups(ctx: ArticleContext, t, start: int, end: int, place_nouns) -> list[Hit]:
    """The named armed groups in [start, end) that may own figure `t`: not fought by it, not an ally,
    a backer or a membership («قتال تنظيم الدوله», «جبهه النصره المواليه لتنظيم القاعده»)."""
    return [h for h in ctx.hits_in("force", start, end)
            if h.value.force_id.startswith(force_id_rules.GROUP_PREFIX) and h.value.force_id != force_id_rules.UNNAMED_GROUP
            and not _not_owner(ctx, h, place_nouns) and not _fought(ctx, h, t)]


def _counted_group(ctx: ArticleContext, groups: list[Hit], s_nstart: int, nstart: int) -> Hit | None:
    """The group whose count the figure is («عدد مقاتلي جبهه النصره … بحوالي عشره الاف مقاتل»)."""
    named = [h for h in groups if h.end <= nstart and any(
        not ctx.ntext[c.end:h.start].strip()
        for c in ctx.hits_in("count_of", max(s_nstart, h.start - windows.COUNT_OF_BEFORE), h.start))]
    return named[-1] if named else None


def _last_group(ctx: ArticleContext, t, sentence, place_nouns) -> str | None:
    """The last armed group named before figure `t`, in its sentence or three sentences back («نقل المئات
    من عناصر التنظيم» after «اعلن تنظيم الدوله الاسلاميه»), or None."""
    for back in range(windows.INHERIT_SENTENCES + 1):
        s = ctx.previous_sentence(sentence, back) if back else sentence
        if s is None:
            return None
        s_nstart, s_nend = ctx.sentence_nspan(s)
        groups = _named_groups(ctx, t, s_nstart, t.nstart if back == 0 else s_nend, place_nouns)
        if groups:
            return groups[-1].value.force_id
    return None


def _noun_span(ctx: ArticleContext, t, sentence) -> tuple[int, int]:
    """Where a figure's counted noun stands: after the number, or inside the strength noun of a figure
    found through it («عدد المقاتلين الايغور في سوريا يبلغ خمسه الاف»)."""
    if t.rule == "elided:strength":
        strengths = ctx.hits_in("strength", ctx.sentence_nspan(sentence)[0], t.nstart)
        if strengths:
            return strengths[-1].start, strengths[-1].end + 1
    return t.nstart, t.nend + 1


def _noun_force(ctx: ArticleContext, t, sentence, claimed, place_nouns=(), previous=None) -> str | None:
    """The force_id a figure's counted noun implies («مسلح» → an armed group: the one its sentence
    counts or names, nearest first, else the last one named, else the last figure's group, else
    ``group:``), or None."""
    default = next((p.value.default_force for p in ctx.hits_in("personnel", *_noun_span(ctx, t, sentence))
                    if p.value.default_force), None) or force_rules.UNIT_FORCES.get(t.unit)
    if default != force_id_rules.UNNAMED_GROUP:
        return default
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    groups = _named_groups(ctx, t, s_nstart, s_nend, place_nouns)
    if not groups and any(h.value.force_id == default for h in ctx.hits_in("force", s_nstart, s_nend)):
        return default   # «المنظومه الفصائليه … 200 الف مسلح … 80 فصيلا»: factions the text does not name
    hit = _counted_group(ctx, groups, s_nstart, t.nstart) or _nearest(groups, t.nstart, t.nend, claimed)
    if hit is not None:
        return hit.value.force_id
    through_strength = t.rule == "elided:strength"   # «عدد المقاتلين … يبلغ»: its own sentence or the last figure only
    if through_strength and any(not _not_owner(ctx, h, place_nouns) for h in ctx.hits_in("force", s_nstart, s_nend)):
        return None   # «عدد المقاتلين الذين يوظفهم الحرس الثوري الايراني … يبلغ»: the force its sentence names
    last = None if through_strength else _last_group(ctx, t, sentence, place_nouns)
    if last is None and previous is not None and (previous.force_id or "").startswith(force_id_rules.GROUP_PREFIX) \
            and ctx.within_sentences(previous.start, sentence, windows.INHERIT_SENTENCES):
        last = previous.force_id   # «عددهم يبلغ بضعه الاف من المقاتلين … ان عدد المقاتلين الايغور يبلغ خمسه الاف»
    return last or default


def _sender(ctx: ArticleContext, t, sentence, entities) -> str | None:
    """The country named as the subject of a sending verb right before the figure («بدات ايران
    بارسال الاف المقاتلين», «وارسلت فرنسا 1000 جندي» → IR, FR) or of a verb after it that takes the
    figure as its object («جلبتهم ايران»), or None."""
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    verbs = ctx.hits_in("sending", max(s_nstart, t.nstart - windows.SENDING_BEFORE), t.nstart)
    after = ctx.hits_in("sent_by", t.nend, min(s_nend, t.nend + windows.SENT_BY_AFTER))
    windows_ = []
    if verbs:   # «بدات ايران بارسال»: the subject before the verb
        windows_.append((max(s_nstart, verbs[-1].start - windows.SENDER_BEFORE), verbs[-1].start))
        if verbs[-1].form in _SENDING_ABROAD:   # «وارسلت فرنسا 1000 جندي»: after a verb of sending away
            windows_.append((verbs[-1].end, t.nstart))
    if after:   # «… مقاتل شيعي … جلبتهم ايران»: the subject after the verb
        windows_.append((after[0].end, after[0].end + windows.SENDER_BEFORE))
    return next((code for lo, hi in windows_ for code in [_country_in(ctx, entities, lo, hi)] if code), None)


def _country_in(ctx: ArticleContext, entities, lo: int, hi: int) -> str | None:
    """The code of the first country named by a noun (not an adjective, not after a locative) in [lo, hi)."""
    from arabic_news.countries import code_of_key
    from arabic_news.mentions import is_adjective_form

    for e in entities:
        nstart, nend = ctx.n(e.start), ctx.n(e.end)
        if e.type != "place" or not (lo <= nstart and nend <= hi):
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
                  if not _not_owner(ctx, h, place_nouns) and not _fought(ctx, h, t) and not _helper(ctx, h, t)]
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
    if ctx.right_after("group_anaphor", t.nend, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK):
        group = _last_group(ctx, t, sentence, place_nouns)   # «المئات من عناصر التنظيم»
        if group:
            return group
    default = _noun_force(ctx, t, sentence, claimed, place_nouns, previous)
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


def _named_mission(ctx: ArticleContext, t) -> str | None:
    """The UN mission (``UN:<ACRONYM>``) named in the sentence of a figure of generic UN peacekeepers or in
    the three before it («قوه الامم المتحده لمراقبه فض الاشتباك (اندوف) … القوه المؤلفه من نحو الف عنصر من
    جنود حفظ السلام»), the last one named first; None when there is none."""
    sentence = ctx.sentence_of(t.start)
    first = sentence
    for back in range(1, windows.INHERIT_SENTENCES + 1):
        first = ctx.previous_sentence(sentence, back) or first
    start, (_, end) = ctx.n(first.start), ctx.sentence_nspan(sentence)
    missions = [h.value.force_id for h in ctx.hits_in("force", start, end)
                if h.value.force_id.startswith(_GENERIC_UN + ":")]
    return missions[-1] if missions else None


def home_force(force_id: str | None, location: str | None, entities) -> str | None:
    """A figure's force_id, or, when nothing in the text names its owner, the country it stands in if that
    is the article's main country: troops an article about a country places there without naming whose
    they are are its own («وتمت تعبئه 36 الف جندي لتامين العمليه» in an article about Mali's election).

    Example:
        >>> home_force("US", "Mali", []), home_force(None, None, [])
        ('US', None)
    """
    from arabic_news.countries import code_of_name
    from arabic_news.extract.places import main_country

    if force_id or not location or location != main_country(entities):
        return force_id
    return code_of_name(location)


def assign_forces(ctx: ArticleContext, troops: list, entities) -> None:
    """Set `force_id` and `force` on every troop figure, in order (see the module docstring)."""
    from arabic_news.countries import code_of_name
    from arabic_news.extract.places import main_country, place_nouns as find_place_nouns

    claimed: set[tuple[int, int]] = set()
    for t in troops:
        hit = _force_after(ctx, t.nend) if t.force_id is None else None
        if hit and hit.value.force_id == force_id_rules.UNNAMED_GROUP and \
                ctx.right_after("group_anaphor", t.nend, windows.RIGHT_AFTER_REACH, windows.RIGHT_AFTER_SLACK):
            hit = None   # «عناصر الميليشيا»: the group named before, found below
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
        if t.force_id == _GENERIC_UN:
            t.force_id = _named_mission(ctx, t) or t.force_id
        t.force = coarse_force(t.force_id)
        previous = t
