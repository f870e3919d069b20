"""Find and count the gazetteer's people, organizations, outlets and places in a text.

Owns the `mentions` table's counting: `find_entities()` (every match, with its
span in the raw text) and `count_mentions()` (one row per entity). The entities
and their surface forms are the table `arabic_news.rules.gazetteer`; this module
only compiles it.

Matching rule: `arabic_news.patterns.PhraseMatcher`, the one phrase matcher of the
library. The text is normalized (`normalize_with_offsets`) and cut into words (runs
of letters and digits). A form of several words matches consecutive words separated
by spaces, a dash or one dot (العربية.نت). The first word may carry the clitics of
`rules.clitics` (و/ف, then ب/ل/ك, then ال; ل + ال is written لل). Forms of three
letters or fewer take only و and ال, so وات (TAP) does not match فوات and روس does
not match بروس. At each word the longest form wins, and matches never overlap.
Latin forms (CNN) match case-sensitively.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable, NamedTuple

from arabic_news.normalize import Normalized, normalize_with_offsets
from arabic_news.patterns import Hit, PhraseMatcher, clitic_readings
from arabic_news.rules import clitics
from arabic_news.rules.gazetteer import DEMONYMS, ENTITIES, NISBA_ENDINGS, PLACE_COUNTRY, Entity



class EntityMatch(NamedTuple):
    """One mention of a gazetteer entity.

    Attributes:
        entity: canonical Arabic name (`Entity.name_ar`).
        entity_en: English name.
        type: person, organization, outlet or place.
        start: offset of the mention in the raw text given (clitics included).
        end: half-open end.
        key: the entity's stable key (e.g. "iraq").
    """

    entity: str
    entity_en: str
    type: str
    start: int
    end: int
    key: str = ""


class Mention(NamedTuple):
    """How often one entity is named in a text (a row of the `mentions` table)."""

    entity: str
    entity_en: str
    type: str
    count: int
    key: str = ""


ENTITY_BY_KEY: dict[str, Entity] = {e.key: e for e in ENTITIES}
"""The gazetteer's own entities by key (`rules.gazetteer`); `entity_by_key` also knows every country."""


def entity_forms() -> list[tuple[str, Entity]]:
    """The matcher's table: every form of every entity and every country (`countries.world_entities`).

    `extract.context` scans it together with its cue tables (one scan of an article) and turns
    the hits into matches with `entity_matches`, as `find_entities` does. The world's countries
    are built from CLDR on the first call.
    """
    from arabic_news.countries import world_entities

    return [(form, e) for e in world_entities() for form in e.forms]


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher[Entity]:
    """The matcher of `entity_forms`, built on first use."""
    return PhraseMatcher(entity_forms())


@lru_cache(maxsize=1)
def _world_by_key() -> dict[str, Entity]:
    from arabic_news.countries import world_entities

    return {e.key: e for e in world_entities()}


def entity_by_key(key: str) -> Entity | None:
    """The entity of a key: the gazetteer's, or a country or city `arabic_news.countries` adds.

    Example:
        >>> entity_by_key("colombia").name_en, entity_by_key("iraq").name_ar, entity_by_key("nowhere")
        ('Colombia', 'العراق', None)
    """
    return _world_by_key().get(key)


def find_entities(text: str) -> list[EntityMatch]:
    """Find every mention of a gazetteer entity in `text`.

    Args:
        text: raw text (an article's raw text, a sentence); offsets index into it.
    Returns:
        Matches ordered by `start`, never overlapping; [] when there are none.
    Example:
        >>> [(m.entity_en, m.type) for m in find_entities("التقى الكاظمي بالرئيس جو بايدن في واشنطن")]
        [('Mustafa al-Kadhimi', 'person'), ('Joe Biden', 'person'), ('Washington', 'place')]
        >>> t = "نقلت صحيفة وول ستريت جورنال عن مسؤولين أميركيين"
        >>> [t[m.start:m.end] for m in find_entities(t)]
        ['وول ستريت جورنال', 'أميركيين']
    """
    norm = normalize_with_offsets(text)
    return entity_matches(norm, _matcher().find_tables(norm.text)[""])


def entity_matches(norm: Normalized, hits: Iterable[Hit]) -> list[EntityMatch]:
    """The matches of `entity_forms` hits found in `norm.text`, with spans in the raw text.

    Example:
        >>> norm = normalize_with_offsets("في بغداد")
        >>> [(m.entity_en, m.start, m.end) for m in entity_matches(norm, _matcher().find_tables(norm.text)[""])]
        [('Baghdad', 3, 8)]
    """
    out = []
    for hit in hits:
        e = hit.value
        start, end = norm.raw_span(hit.start, hit.end)
        out.append(EntityMatch(e.name_ar, e.name_en, e.type, start, end, e.key))
    return out


def count_mentions(text: str) -> list[Mention]:
    """Count how often each gazetteer entity is named in `text`.

    Args:
        text: raw text.
    Returns:
        One `Mention` per entity named at least once, sorted by (-count, entity_en);
        [] when none is named.
    Example:
        >>> [(m.entity_en, m.count) for m in count_mentions("القوات الأميركية في العراق وسوريا؛ العراقيون وبغداد")]
        [('Iraq', 2), ('Baghdad', 1), ('Syria', 1), ('United States', 1)]
    """
    counts: Counter[str] = Counter(m.key for m in find_entities(text))
    world = _world_by_key()
    rows = [Mention(world[k].name_ar, world[k].name_en, world[k].type, n, k) for k, n in counts.items()]
    return sorted(rows, key=lambda m: (-m.count, m.entity_en))


def place_country(key: str) -> str | None:
    """The key of the country a place lies in.

    Args:
        key: a gazetteer key.
    Returns:
        The country's key (a country returns itself); None for a key that is not a
        place or a region spanning countries (the Middle East).
    Example:
        >>> place_country("erbil"), place_country("iraq"), place_country("middle_east"), place_country("pentagon")
        ('iraq', 'iraq', None, None)
    """
    from arabic_news.countries import world_place_country

    return PLACE_COUNTRY.get(key) or world_place_country().get(key) or None


def demonym(key: str) -> str | None:
    """The English adjective of a country key ("us" → "US", "iraq" → "Iraqi"), or None.

    Example:
        >>> demonym("iraq"), demonym("baghdad")
        ('Iraqi', None)
    """
    return DEMONYMS.get(key)


def is_adjective_form(key: str, text: str) -> bool:
    """Whether `text`, a mention of place `key`, is a nationality adjective, not the place's name.

    Args:
        key: a gazetteer key.
        text: the mention as written (clitics and the article ال allowed).
    Returns:
        True when the normalized word, without its clitics and ال, is one of the place's forms
        other than its first, is one word and ends like a nisba (`rules.gazetteer.NISBA_ENDINGS`).
    Example:
        >>> is_adjective_form("china", "الصينية"), is_adjective_form("china", "الصين")
        (True, False)
        >>> is_adjective_form("djibouti", "جيبوتي"), is_adjective_form("iraq", "والعراقيون")
        (False, True)
    """
    entity = entity_by_key(key)
    if entity is None or entity.type != "place":
        return False
    word = normalize_with_offsets(text.strip()).text
    candidates = {reading for reading, _heavy in clitic_readings(word)}
    adjectives = {f for f in entity.forms[1:] if " " not in f and not f.startswith(clitics.ARTICLE)
                  and f.endswith(NISBA_ENDINGS) and f != entity.forms[0]}
    return bool(candidates & adjectives)
