"""Find and count the gazetteer's people, organizations, outlets and places in a text.

Owns the `mentions` table's counting: `find_entities()` (every match, with its
span in the raw text) and `count_mentions()` (one row per entity). The entities
and their surface forms are the table `arabic_news.rules.gazetteer`; this module
only compiles it.

Matching rule (also used for attribution roles through `PhraseMatcher`):
the text is normalized (`normalize_with_offsets`) and cut into words (runs of
letters and digits). A form of several words matches consecutive words separated
only by spaces (or a dot with no space, as in العربية.نت). The first word may carry
the clitics و/ف (and), ب/ل/ك (with, to, like) and the article ال, in that order;
ل + ال is written لل (للعراق). Forms of three letters or fewer take only و and
ال, so وات (TAP) does not match فوات and روس does not match بروس. At each word
the longest form wins, and matches never overlap. Latin forms (CNN) match case-sensitively.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Generic, Iterable, NamedTuple, TypeVar

from arabic_news.normalize import normalize_with_offsets
from arabic_news.rules.gazetteer import DEMONYMS, ENTITIES, NISBA_ENDINGS, PLACE_COUNTRY, Entity

T = TypeVar("T")

_WORD_RE = re.compile(r"[^\W_]+")
_GAP_RE = re.compile(r"\s+|\.")
_SHORT = 3  # forms of at most this many letters take only و and ال


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


def _stems(word: str) -> list[tuple[str, bool]]:
    """The word and the words it may be under clitics, each with whether ف/ب/ل/ك was taken off."""
    out: list[tuple[str, bool]] = [(word, False)]
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for prep in ("", "ب", "ل", "ك"):
            if prep and not rest.startswith(prep):
                continue
            stem = rest[len(prep):]
            heavy = conj == "ف" or bool(prep)
            if conj or prep:
                out.append((stem, heavy))
            if prep == "ل" and stem.startswith("ل"):
                out.append(("ا" + stem, True))          # لل = ل + ال
            if stem.startswith("ال") and len(stem) > 3:
                out.append((stem[2:], heavy))           # the article on a form written without it
    return [(s, h) for s, h in out if len(s) >= 2]


class PhraseMatcher(Generic[T]):
    """Match a table of normalized multi-word forms in text, longest first, clitics allowed.

    Args:
        rows: (form, value) pairs; forms as `normalize()` outputs them.
    Example:
        >>> m = PhraseMatcher([("البيت الابيض", "white_house"), ("بايدن", "biden")])
        >>> [(raw[s:e], v) for raw in ["وصل بايدن إلى البيت الأبيض"] for s, e, v in m.find(raw)]
        [('بايدن', 'biden'), ('البيت الأبيض', 'white_house')]
    """

    def __init__(self, rows: Iterable[tuple[str, T]]):
        self._index: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for form, value in rows:
            words = tuple(_WORD_RE.findall(form))
            if words:
                self._index.setdefault(words[0], []).append((words, value))
        for entries in self._index.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def find_normalized(self, text: str) -> list[tuple[int, int, T]]:
        """Matches in already normalized `text`, as (start, end, value) into `text`."""
        words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        found: list[tuple[int, int, T]] = []
        i = 0
        while i < len(words):
            best: tuple[int, T] | None = None     # (number of words, value)
            word = text[words[i][0]:words[i][1]]
            for stem, heavy in _stems(word):
                for form_words, value in self._index.get(stem, ()):
                    n = len(form_words)
                    if best is not None and n <= best[0]:
                        break
                    if heavy and len(form_words[0]) <= _SHORT:
                        continue
                    if i + n > len(words) or not self._follows(text, words, i, form_words):
                        continue
                    best = (n, value)
                    break
            if best is None:
                i += 1
                continue
            n, value = best
            found.append((words[i][0], words[i + n - 1][1], value))
            i += n
        return found

    @staticmethod
    def _follows(text: str, words: list[tuple[int, int]], i: int, form_words: tuple[str, ...]) -> bool:
        for k in range(1, len(form_words)):
            s, e = words[i + k]
            if text[s:e] != form_words[k]:
                return False
            gap = text[words[i + k - 1][1]:s]
            if not _GAP_RE.fullmatch(gap):
                return False
        return True

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Matches in raw `text`, as (start, end, value) with offsets into `text`."""
        norm = normalize_with_offsets(text)
        return [(*norm.raw_span(s, e), v) for s, e, v in self.find_normalized(norm.text)]


_MATCHER: PhraseMatcher[Entity] = PhraseMatcher((form, e) for e in ENTITIES for form in e.forms)
ENTITY_BY_KEY: dict[str, Entity] = {e.key: e for e in ENTITIES}


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
    return [EntityMatch(e.name_ar, e.name_en, e.type, s, end, e.key) for s, end, e in _MATCHER.find(text)]


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
    rows = [Mention(ENTITY_BY_KEY[k].name_ar, ENTITY_BY_KEY[k].name_en, ENTITY_BY_KEY[k].type, n, k)
            for k, n in counts.items()]
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
    return PLACE_COUNTRY.get(key) or None


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
    entity = ENTITY_BY_KEY.get(key)
    if entity is None or entity.type != "place":
        return False
    word = normalize_with_offsets(text.strip()).text
    candidates = {word}
    for prefix in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"):
        if word.startswith(prefix):
            candidates.add(word[len(prefix):])
    candidates |= {c[2:] for c in candidates if c.startswith("ال")}
    candidates |= {c[1:] for c in candidates if c.startswith("ل")}
    adjectives = {f for f in entity.forms[1:] if " " not in f and not f.startswith("ال")
                  and f.endswith(NISBA_ENDINGS) and f != entity.forms[0]}
    return bool(candidates & adjectives)
