"""Where a troop figure is: the places of its sentence, clause or article, by kind of evidence.

A figure's location is, in order: a located place of its sentence (after a locative
word, «في العراق»: the first after the figure, else the last before it, else any later
one; with the places listed right after it, «في كل من سوريا والعراق»); the location
of the figure before it (three sentences back at most); the place where the article's
exercise is held; a place noun in the figure's own clause; the country the article
names most (never the United States: its troops at home are no story); a country its
sentence names only by an adjective («الجيشان الاميركي والكوري الجنوبي»).

Places come from the gazetteer mentions (`arabic_news.mentions`); this module sorts them
into located places (`located_places`), place nouns (`place_nouns`) and countries named
by an adjective (`adjective_places`). Each is a `patterns.Hit` whose value is the English
country name (or the place's own English name when it is no country).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from arabic_news.extract.context import ArticleContext
from arabic_news.mentions import entity_by_key, is_adjective_form, place_country
from arabic_news.patterns import Hit
from arabic_news.rules import clauses, clitics, windows
from arabic_news.rules import forces as force_rules

__all__ = ["ArticlePlaces", "article_places", "figure_location", "is_state"]

HOME_OF_US = "United States"
_LAND_BEFORE_RE = re.compile(r"(?:" + "|".join(map(re.escape, clauses.LAND_NOUNS)) + r")\s*$")
_WITHDRAWN_FROM_RE = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, clauses.WITHDRAWN_FROM_WORDS)) + r")\s*$")
_TWO_WORDS_AFTER_RE = re.compile(r"\w\s+\w+\s*$")
_LIST_GAP_RE = re.compile("[\\s" + re.escape(clauses.LIST_MARKS) + "]*(?:(?:"
                          + "|".join(map(re.escape, clauses.LIST_CONJUNCTIONS)) + r")\s*)?")


def is_state(force_id: str | None) -> bool:
    """Whether a force_id names a state (an ISO code: ``CO``), not an organization or a group."""
    return bool(force_id) and len(force_id) == 2 and force_id.isupper()


def _name_en(key: str) -> str | None:
    entity = entity_by_key(key)
    return entity.name_en if entity is not None else None


def _country_name(entity) -> str | None:
    key = getattr(entity, "key", "") or ""
    country = place_country(key) if key else None
    return _name_en(country) if country else None


def _inside(spans: list[tuple[int, int]], nstart: int, nend: int) -> bool:
    return any(a <= nstart and nend <= b for a, b in spans)


class _Spans:
    """Spans sorted by start, asked whether one of them holds [nstart, nend) in O(log n): one does exactly
    when the furthest end among those starting at or before `nstart` reaches `nend`."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def hold(self, nstart: int, nend: int) -> bool:
        i = bisect.bisect_right(self.starts, nstart) - 1
        return i >= 0 and self.reach[i] >= nend


def _locative_before(ctx: ArticleContext, nstart: int) -> bool:
    """A locative word («في», «داخل») right before a place (at most one word between), or «من»
    before it in a sentence about a withdrawal («انسحاب القوات من سوريا»)."""
    if any(h.start == nstart for h in ctx.hits_in("locative", nstart, nstart + windows.LOCATIVE_BEFORE)):
        return True   # a name written with its locative («في مالي»: bare «مالي» is 'financial')
    gap_start = max(0, nstart - windows.LOCATIVE_BEFORE)
    locatives = ctx.hits_in("locative", gap_start, nstart)
    if locatives and not _TWO_WORDS_AFTER_RE.search(ctx.ntext[locatives[-1].end:nstart]):
        return True
    if _WITHDRAWN_FROM_RE.search(ctx.ntext[gap_start:nstart]):
        return any(h.value[1] == "withdrawal"
                   for h in ctx.hits_in("trigger", max(0, nstart - windows.WITHDRAWAL_BEFORE), nstart))
    return False


def _after_place_head(ctx: ArticleContext, nstart: int) -> bool:
    """A nationality adjective after a place noun and its name («ولايه فلوريدا الاميركيه»)."""
    heads = ctx.hits_in("place_head", max(0, nstart - windows.PLACE_HEAD_BEFORE), nstart)
    if not heads:
        return False
    between = ctx.ntext[heads[-1].end:nstart].split()
    return len(between) == 1 and not re.search(r"[^\w]|\d", between[0]) \
        and not between[0].startswith(clitics.ARTICLE) and not ctx.hits_in("personnel", heads[-1].end, nstart)


def _glued_locative(ctx: ArticleContext, e, nstart: int, nend: int) -> bool:
    """«بالعراق», «بمنطقه الساحل»: a preposition of `rules.clauses.LOCATIVE_CLITICS` glued to the
    name (not the first letter of the name itself, as in «بغداد»)."""
    text = ctx.ntext[nstart:nend]
    if not text.startswith(clauses.LOCATIVE_CLITICS):
        return False
    entity = entity_by_key(getattr(e, "key", "") or "")
    return entity is not None and not any(text.startswith(f) for f in entity.forms)


def located_places(ctx: ArticleContext, entities) -> list[Hit]:
    """Place mentions usable as a location: after a locative word («في العراق»), not a
    nationality adjective («جندي امريكي») unless the land is named («الاراضي السوريه») or a
    place before it («ولايه فلوريدا الاميركيه»: located without a locative), nor a backer
    («المدعومه من طهران», `rules.forces.NOT_LOCATION_CUES`)."""
    adjectives = _Spans([(h.start, h.end) for h in ctx.hits["force"] if h.value.country_en])
    out = []
    for e in entities:
        if e.type != "place":
            continue
        nstart, nend = ctx.n(e.start), ctx.n(e.end)
        adjective = adjectives.hold(nstart, nend)
        if adjective and _after_place_head(ctx, nstart):
            out.append(Hit(nstart, nend, e.entity, _country_name(e) or e.entity_en))
            continue
        if adjective and \
                not _LAND_BEFORE_RE.search(ctx.ntext[max(0, nstart - windows.LAND_BEFORE):nstart]):
            continue
        if ctx.hits_in("not_location", max(0, nstart - windows.NOT_LOCATION_BEFORE), nstart + 1):
            continue
        if _locative_before(ctx, nstart) or _glued_locative(ctx, e, nstart, nend):
            out.append(Hit(nstart, nend, e.entity, _country_name(e) or e.entity_en))
    return out


def place_nouns(ctx: ArticleContext, entities) -> list[Hit]:
    """Every place named by a noun, located or not: not a nationality adjective («الوزاره
    الصينيه», `mentions.is_adjective_form`) nor a country named as a force («تنشرهم فرنسا»,
    «جندي من كوريا الشماليه») or as the subject right after a verb of sending or taking part («مناورات
    تشارك فيها الصين»), nor a backer."""
    forces = _Spans([(h.start, h.end) for h in ctx.hits["force"] if is_state(h.value.force_id)])
    out = []
    for e in entities:
        if e.type != "place":
            continue
        nstart, nend = ctx.n(e.start), ctx.n(e.end)
        if forces.hold(nstart, nend) or is_adjective_form(getattr(e, "key", "") or "", ctx.raw[e.start:e.end]):
            continue
        if any(not ctx.ntext[h.end:nstart].strip() for name in ("taking_part", "sending")
               for h in ctx.hits_in(name, max(0, nstart - windows.NOT_LOCATION_BEFORE), nstart)):
            continue
        if ctx.hits_in("not_location", max(0, nstart - windows.NOT_LOCATION_BEFORE), nstart + 1):
            continue
        out.append(Hit(nstart, nend, e.entity, _country_name(e) or e.entity_en))
    return out


def adjective_places(ctx: ArticleContext, entities) -> list[Hit]:
    """Countries named only by a nationality adjective (the gazetteer's adjective forms inside a
    force word: «الجيشان الاميركي والكوري الجنوبي»), the United States left out: its troops
    abroad are the story, so its adjective never says where they are."""
    adjectives = _Spans([(h.start, h.end) for h in ctx.hits["force"] if h.value.country_en])
    out = []
    for e in entities:
        if e.type != "place":
            continue
        nstart, nend = ctx.n(e.start), ctx.n(e.end)
        if not adjectives.hold(nstart, nend) and \
                not is_adjective_form(getattr(e, "key", "") or "", ctx.raw[e.start:e.end]):
            continue
        name = _country_name(e)
        if name and name != HOME_OF_US:
            out.append(Hit(nstart, nend, e.entity, name))
    return out


def country_counts(entities) -> dict[str, int]:
    """How often the article names each country (places and nationality adjectives), by English
    name, in the order first named."""
    counts: dict[str, int] = {}
    for e in entities:
        country = place_country(getattr(e, "key", "")) if e.type == "place" else None
        if country:
            name = _name_en(country) or country
            counts[name] = counts.get(name, 0) + 1
    return counts


def main_country(entities, exclude: str | None = None) -> str | None:
    """The country the article names most (places and nationality adjectives), ties to the first
    named; `exclude` (a sending country) left out."""
    counts = {k: n for k, n in country_counts(entities).items() if k != exclude}
    if not counts:
        return None
    best = max(counts.values())
    return next(k for k, n in counts.items() if n == best)


def exercise_place(ctx: ArticleContext, places: list[Hit]) -> str | None:
    """Where the article's exercise is held: the located place most often named in its
    sentences that name an exercise (forces.EXERCISE_WORDS), ties to the first named."""
    counts: dict[str, int] = {}
    for sentence in ctx.sentences:
        s_nstart, s_nend = ctx.sentence_nspan(sentence)
        if not ctx.hits_in("exercise", s_nstart, s_nend):
            continue
        for p in places:
            if s_nstart <= p.start and p.end <= s_nend and p.value:
                counts[p.value] = counts.get(p.value, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(name for name, n in counts.items() if n == best)


def exercise_hosts(ctx: ArticleContext, adjectives: list[Hit]) -> list[Hit]:
    """Countries named by an adjective right after an exercise word («اكبر مناوره بحريه استراليه»):
    the exercise's host."""
    return [a for a in adjectives
            if ctx.hits_in("exercise", max(0, a.start - windows.EXERCISE_ADJECTIVE_AFTER), a.start)]


def dateline_place(ctx: ArticleContext, entities) -> str | None:
    """The country of a place named at the very start of the body and followed by a dateline mark
    («دا نانغ، فيتنام (CNN)--»; `rules.forces.DATELINE_MARKS`), or None."""
    for sentence in ctx.sentences[:3]:   # the headline (one or two sentences), then the text's first
        first = ctx.n(sentence.start)
        for e in entities:
            nstart, nend = ctx.n(e.start), ctx.n(e.end)
            if e.type != "place" or nstart < first:
                continue
            if nstart > first + windows.DATELINE_PLACE_AT_START:
                break
            after = ctx.ntext[nend:nend + windows.DATELINE_MARK_AFTER + 2]
            if _country_name(e) and any(after.startswith(m) or after.lstrip().startswith(m.strip())
                                        for m in force_rules.DATELINE_MARKS):
                return _country_name(e)
    return None


def headline_place(ctx: ArticleContext, located: list[Hit]) -> str | None:
    """The first located place of the headline («زياره حامله طائرات امريكيه الي فيتنام»): where the
    story is, when nothing nearer says (None without a title)."""
    title = (getattr(ctx.article, "title", "") or "").strip()
    if not title:
        return None
    for sentence in ctx.sentences[:2]:
        if ctx.raw[sentence.start:sentence.end].strip() not in title:
            break
        s_nstart, s_nend = ctx.sentence_nspan(sentence)
        for p in _in_span(located, s_nstart, s_nend):
            if p.value and p.value != HOME_OF_US:
                return p.value
    return None


@dataclass
class ArticlePlaces:
    """An article's places, sorted by the evidence they give (see the module docstring)."""

    located: list[Hit]
    nouns: list[Hit]
    adjectives: list[Hit]
    main_country: str | None
    exercise: str | None
    exercise_hosts: list[Hit] = field(default_factory=list)
    dateline: str | None = None
    headline: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def article_places(ctx: ArticleContext, entities, located: list[Hit] | None = None) -> ArticlePlaces:
    """An article's places by kind of evidence; `located`: its `located_places` when already found."""
    located = located_places(ctx, entities) if located is None else located
    adjectives = adjective_places(ctx, entities)
    return ArticlePlaces(located, place_nouns(ctx, entities), adjectives, main_country(entities),
                         exercise_place(ctx, located), exercise_hosts=exercise_hosts(ctx, adjectives),
                         dateline=dateline_place(ctx, entities), headline=headline_place(ctx, located),
                         counts=country_counts(entities))


def _with_list(ctx: ArticleContext, first: Hit, hits: list[Hit]) -> str:
    """`first`'s place and the places listed right after it («في كل من سوريا والعراق» →
    Syria;Iraq), `;`-joined, each once."""
    names = [first.value]
    end = first.end
    for h in sorted(hits, key=lambda h: h.start):
        if h.start < end or h is first:
            continue
        if not _LIST_GAP_RE.fullmatch(ctx.ntext, end, h.start):
            break
        names.append(h.value)
        end = h.end
    return ";".join(dict.fromkeys(n for n in names if n))


def _pick(candidates: list[Hit], nstart: int, nend: int, next_figure: int) -> Hit | None:
    """The first place after the figure (before the next figure, within reach), else the
    last before it, else any later one."""
    after = [p for p in candidates if nend <= p.start < min(next_figure, nend + windows.PLACE_AFTER)]
    if after:
        return after[0]
    before = [p for p in candidates if p.end <= nstart]
    if before:
        return before[-1]
    later = [p for p in candidates if p.start >= nend]
    return later[0] if later else None


def _in_span(hits: list[Hit], start: int, end: int) -> list[Hit]:
    return [p for p in hits if start <= p.start and p.end <= end]


def _clause_bounds(ctx: ArticleContext, s_nstart: int, s_nend: int, nstart: int, nend: int) -> tuple[int, int]:
    """The figure's clause: its sentence cut at the nearest punctuation before and after it."""
    marks = clauses.PLACE_CLAUSE_MARKS
    return (ctx.clause_start(s_nstart, nstart, nstart - s_nstart, marks),
            ctx.clause_end(nend, s_nend - nend, marks))


def _names_a_place(ctx: ArticleContext, entities, nstart: int, nend: int) -> bool:
    """Whether [nstart, nend) names a place by a noun (a nationality adjective, «الحرس الثوري الايراني»,
    names none)."""
    return any(e.type == "place" and nstart <= ctx.n(e.start) < nend
               and not is_adjective_form(getattr(e, "key", "") or "", ctx.raw[e.start:e.end]) for e in entities)


def _sentence_places(ctx: ArticleContext, places: ArticlePlaces, sentence, nstart: int) -> tuple[list[Hit], list[Hit]]:
    """The located places of a sentence that may be the figure's at `nstart`, and the neighbours it names:
    not where a speaker who introduces the figure is («وقال مسؤول عسكري في واشنطن إن …»), not the country
    across a border («علي حدودها مع المكسيك», `rules.forces.BORDER_WITH_CUES`)."""
    from arabic_news.extract.rows import speaker_nspans

    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    speakers = [span for span in speaker_nspans(ctx, sentence) if span[1] <= nstart]
    located = [p for p in _in_span(places.located, s_nstart, s_nend) if not _inside(speakers, p.start, p.end)]
    neighbours = [p for p in located if any(
        not ctx.ntext[b.end:p.start].strip()
        for b in ctx.hits_in("border_with", max(s_nstart, p.start - windows.LOCATIVE_BEFORE - windows.RIGHT_AFTER_SLACK), p.start))]
    return [p for p in located if p not in neighbours], neighbours


def _at_own_border(ctx: ArticleContext, s_nend: int, nend: int) -> bool:
    """A border word in a figure's clause after it («ارسل 1200 جندي الي المناطق الحدوديه»)."""
    return bool(ctx.hits_in("border", nend, ctx.clause_end(
        nend, min(windows.PLACE_AFTER, s_nend - nend), clauses.PLACE_CLAUSE_MARKS)))


def figure_location(ctx: ArticleContext, places: ArticlePlaces, entities, sentence, nstart: int, nend: int,
                    next_figure: int, previous_location: str | None, sender: str | None = None,
                    home: str | None = None) -> str | None:
    """The location of a figure at [nstart, nend) in `sentence` (see the module docstring).

    Args:
        next_figure: where the next figure starts (a place after it is that figure's).
        previous_location: the location of the figure before, when it is at most three
            sentences back (None otherwise).
        sender: the country that sent the troops (`extract.owners`): never the article's main
            country standing in for where they are.
        home: the country of the state that owns the troops, if a state does: troops at a border
            with no other place named stand in it.
    """
    s_nstart, s_nend = ctx.sentence_nspan(sentence)
    in_sentence, neighbours = _sentence_places(ctx, places, sentence, nstart)
    hit = _pick(in_sentence, nstart, nend, next_figure)
    if hit is not None:
        return _with_list(ctx, hit, in_sentence + _in_span(places.nouns, s_nstart, s_nend))
    if home and neighbours:
        return home   # «نشر 400 جندي … علي حدودها مع المكسيك»: on their own side
    if previous_location is not None:
        return previous_location
    if home and _at_own_border(ctx, s_nend, nend):
        return home   # «ارسل 1200 جندي الي المناطق الحدوديه»
    if ctx.hits_in("exercise", s_nstart, s_nend):
        host = _in_span(places.exercise_hosts, s_nstart, s_nend)
        if host:      # «اكبر مناوره بحريه استراليه»: the exercise's own adjective names its host
            return host[0].value
        if not _names_a_place(ctx, entities, s_nstart, s_nend) and places.exercise is not None:
            return places.exercise
    c_start, c_end = _clause_bounds(ctx, s_nstart, s_nend, nstart, nend)
    in_clause = [p for p in _in_span(places.nouns, c_start, c_end) if p.value != sender]
    hit = _pick(in_clause, nstart, nend, c_end)
    if hit is not None:
        return _with_list(ctx, hit, in_clause)
    for story_place in (places.dateline, places.headline):
        if story_place and story_place not in (HOME_OF_US, sender):
            return story_place
    main = places.main_country
    if sender and main == sender:
        counts = {k: n for k, n in places.counts.items() if k != sender}
        main = max(counts, key=lambda k: counts[k]) if counts else None   # ties: the first named
    if main != HOME_OF_US and main is not None:
        return main
    hit = _pick(_in_span(places.adjectives, s_nstart, s_nend), nstart, nend, s_nend)
    return hit.value if hit else None
