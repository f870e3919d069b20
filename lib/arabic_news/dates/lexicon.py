"""The date tables compiled once: the lexicon of date words, function words, and the prefilter.

Every form of the date tables (rules/months.py, rules/weekdays.py, rules/periods.py,
and the number words and counted nouns of rules/numbers.py and rules/units.py) becomes
an `Entry` of the lexicon, keyed by its first word. A token of the text is looked up
with its clitics taken off (rules/clitics.py: «وفي», «بالعام», «للعام»): the tables
never repeat them. The look-ups are cached per word, since news text repeats its words.

The prefilter (`PREFILTER_RE`) is one pass over the text that finds where a date may
be: an anchor word (every date expression holds one), a four-digit number or a
numeric date. The parser (`arabic_news.dates.parser`) only looks around those places.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from arabic_news.patterns import trie_pattern
from arabic_news.rules import holidays as _holidays
from arabic_news.rules import months as _months
from arabic_news.rules import periods as _periods
from arabic_news.rules import weekdays as _weekdays
from arabic_news.rules.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE
from arabic_news.rules.clitics import PREFIXES as CLITICS
from arabic_news.rules.numbers import NUMBER_WORDS as _NUMBER_ROWS   # counts in durations: «قبل ثلاثة ايام»
from arabic_news.rules.punctuation import COMMAS
from arabic_news.rules.units import UNITS as _UNIT_ROWS   # counted nouns: «2500 جندي» is a quantity, never a year


class Entry(NamedTuple):
    cat: str          # month, weekday, relday, period, yearpair, modifier, demo, part, season, decade,
                      # century, ordinal, dur_dual, dur_plural, dur_single, hmark, gmark, number, unit,
                      # daypart, holiday
    value: object
    definite: bool    # may take the article ال


def _build_lexicon() -> dict[str, list[tuple[tuple[str, ...], Entry]]]:
    rows: list[tuple[str, Entry]] = []
    for m in _months.MONTHS:
        for form in m.forms:
            rows.append((form, Entry("month", m, False)))
    for w in _weekdays.WEEKDAYS:
        for form in w.forms:
            rows.append((form, Entry("weekday", w.weekday, False)))
    for r in _periods.RELATIVE_DAYS:
        rows.append((r.form, Entry("relday", r, False)))
    for p in _periods.PERIOD_NOUNS:
        for form in p.forms:
            rows.append((form, Entry("period", p.unit, p.definite)))
    for form in _periods.YEAR_PAIR_NOUNS:
        rows.append((form, Entry("yearpair", None, False)))
    for mod in _periods.MODIFIERS:
        rows.append((mod.form, Entry("modifier", mod.direction, False)))
    for d in _periods.DEMONSTRATIVES:
        rows.append((d.form, Entry("demo", d, False)))
    for part in _periods.PARTS:
        rows.append((part.form, Entry("part", part, False)))
    for s in _periods.SEASONS:
        for form in s.forms:
            rows.append((form, Entry("season", s, True)))
    for dec in _periods.DECADES:
        for form in dec.forms:
            rows.append((form, Entry("decade", dec.offset, True)))
    for c in _periods.CENTURIES:
        rows.append((c.form, Entry("century", c.start, False)))
    for o in _periods.DAY_ORDINALS:
        for form in o.forms:
            rows.append((form, Entry("ordinal", (o.day, o.link_optional), False)))
    for u in _periods.DURATION_UNITS:
        for form in u.dual:
            rows.append((form, Entry("dur_dual", u.unit, False)))
        for form in u.plural:
            rows.append((form, Entry("dur_plural", u.unit, False)))
        for form in u.single:
            rows.append((form, Entry("dur_single", u.unit, False)))
    for dp in _periods.DAY_PARTS:
        rows.append((dp.form, Entry("daypart", dp, False)))
    for h in _holidays.HOLIDAYS:
        for form in h.forms:
            rows.append((form, Entry("holiday", h, False)))
    for form in _months.HIJRI_YEAR_MARKS:
        rows.append((form, Entry("hmark", None, False)))
    for form in _months.GREGORIAN_YEAR_MARKS:
        rows.append((form, Entry("gmark", None, False)))
    taken = {form for form, _ in rows}
    for n in _NUMBER_ROWS:
        if n.kind in ("unit", "ten") and isinstance(n.value, int) and n.value >= 1:
            for form in n.forms:
                if form not in taken:
                    rows.append((form, Entry("number", n.value, False)))
    for u in _UNIT_ROWS:
        for form in u.forms + u.duals:
            if form not in taken:
                rows.append((form, Entry("unit", u.unit, True)))
    lexicon: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for form, entry in rows:
        words = tuple(form.split())
        lexicon.setdefault(words[0], []).append((words, entry))
    for entries in lexicon.values():
        entries.sort(key=lambda item: -len(item[0]))
    return lexicon


LEX = _build_lexicon()

# Function words by kind (rules/periods.py unless said); a production asks `Window.func(i, kind)`:
#   year_cue   a preposition before a bare year: «في 2008»
#   open       a range opener: «من», «بين»
#   wd_join    between a weekday and its date: «الخميس الموافق 29 تموز»
#   link       «من» between a day and its month, a part and its period
#   pair_join  the و of «عامي 2014 و2015»
#   comma      between a month and its year
#   day_noun   «يوم» before a weekday (rules/weekdays.py)
#   dur_ana    «ذلك» of «بعد ذلك بأسبوع»: the duration counts from the last date
#   dur_block  after a duration, it counts from an event: «قبل 5 أشهر من الانتخابات»
#   month_cue  a year cue or range word: a bare month name after it is a date
FUNCTION_WORDS = {
    "year_cue": frozenset(c.form for c in _periods.YEAR_CUES),
    "open": frozenset(r.form for r in _periods.RANGE_WORDS if r.role == "open"),
    "wd_join": frozenset(_periods.WEEKDAY_DATE_JOINERS),
    "link": frozenset(_periods.LINKS),
    "pair_join": frozenset(_periods.PAIR_JOINS),
    "comma": frozenset(COMMAS),
    "day_noun": frozenset(_weekdays.DAY_NOUNS),
    "dur_ana": frozenset(_periods.DURATION_ANAPHORA),
    "dur_block": frozenset(_periods.DURATION_BLOCKERS),
    "month_cue": frozenset(c.form for c in _periods.YEAR_CUES) | frozenset(r.form for r in _periods.RANGE_WORDS),
    "name_block": frozenset(_periods.NAME_BLOCKERS),
    "last_n": frozenset(_periods.LAST_N_WORDS),
    "span_unit": frozenset(ARTICLE + f for u in _periods.DURATION_UNITS for f in u.plural + u.dual),
    "wd_ord_after": frozenset(f for o in _weekdays.WEEKDAY_ORDINALS_AFTER for f in o.forms),
    "wd_ord_before": frozenset(f for o in _weekdays.WEEKDAY_ORDINALS_BEFORE for f in o.forms),
}
SPAN_UNITS = {ARTICLE + f: (u.unit, 2 if f in u.dual else None) for u in _periods.DURATION_UNITS
              for f in u.plural + u.dual}
WEEKDAY_ORDINALS_AFTER = {f: o.n for o in _weekdays.WEEKDAY_ORDINALS_AFTER for f in o.forms}
WEEKDAY_ORDINALS_BEFORE = {f: o.n for o in _weekdays.WEEKDAY_ORDINALS_BEFORE for f in o.forms}
# weekday names without their article, after an ordinal: «اول خميس»
BARE_WEEKDAYS = {f[len(ARTICLE):]: w.weekday for w in _weekdays.WEEKDAYS for f in w.forms if f.startswith(ARTICLE)}
TODAY_BLOCKERS = frozenset(_periods.TODAY_BLOCKERS)
JOINS = {r.form: r.pair for r in _periods.RANGE_WORDS if r.role == "join"}
DURATION_PREPOSITIONS = {p.form: p for p in _periods.DURATION_PREPOSITIONS}
DATE_SEPARATORS = frozenset("/-.")   # between the parts of a numeric date: 29/7/2021, 2021-07-29
# The first word of a year written in words: a thousand or two (rules/numbers.py): «عام الفين وعشرين»
YEAR_WORD_FORMS = frozenset(f for n in _NUMBER_ROWS if n.kind in ("scale", "dual_scale") and n.value in (1000, 2000)
                            for f in n.forms)


def _anchor_words() -> tuple[set[str], set[str]]:
    """Words of which every date expression holds at least one (the prefilter's trigger).

    Returns the words that never take the article (month and weekday names,
    relative days, durations) and those that may (period nouns, seasons, decades).
    """
    bare: set[str] = set()
    definite: set[str] = set()
    for m in _months.MONTHS:
        for form in m.forms:
            words = form.split()
            bare.add(words[0] if len(words[0]) > 2 else words[-1])
    for w in _weekdays.WEEKDAYS:
        bare.update(w.forms)
    singles = {r.form for r in _periods.RELATIVE_DAYS if " " not in r.form}
    bare.update(singles)
    for r in _periods.RELATIVE_DAYS:
        parts = r.form.split()
        if len(parts) > 1:
            bare.add(next((p for p in parts if p in singles), parts[-1]))
    bare.update(_periods.YEAR_PAIR_NOUNS)
    for u in _periods.DURATION_UNITS:
        bare.update(u.dual + u.plural + u.single)
    for p in _periods.PERIOD_NOUNS:
        definite.update(p.forms)
    for s in _periods.SEASONS:
        definite.update(s.forms)
    for d in _periods.DECADES:
        definite.update(d.forms)
    for u in _periods.DURATION_UNITS:   # «الايام الثلاثه القادمه»
        definite.update(u.dual + u.plural)
    for h in _holidays.HOLIDAYS:        # the last word of a holiday's name: «عيد الفطر» → الفطر
        bare.update(form.split()[-1] for form in h.forms   # («عيد الفطر المبارك» holds الفطر already)
                    if not any(other != form and form.startswith(other + " ") for other in h.forms))
    return bare, definite


_BARE_ANCHORS, _DEFINITE_ANCHORS = _anchor_words()


def _prefilter_words() -> set[str]:
    """Every anchor with every clitic (and the article where it may stand) spelled out, for one trie."""
    words: set[str] = set()
    for clitic in ("",) + CLITICS:
        words.update(clitic + w for w in _BARE_ANCHORS)
        words.update(clitic + w for w in _DEFINITE_ANCHORS)
        if not clitic.endswith(LAM_ARTICLE[0]):
            words.update(clitic + ARTICLE + w for w in _DEFINITE_ANCHORS)
        if clitic in ("",) + CONJUNCTIONS:
            words.update(clitic + LAM_ARTICLE + w for w in _DEFINITE_ANCHORS)
    return words


# One pass over the text: a word that is an anchor (a trie of ~1500 spelled-out forms: a flat
# alternation, or optional clitic groups, would be several times slower), a four-digit number
# or a numeric date, each at the start of a word.
PREFILTER_RE = re.compile(
    r"(?<!\w)(?:(?:" + trie_pattern(_prefilter_words(), space=re.escape(" ")) + r")(?!\w)"
    r"|\d(?:\d{3}(?![\d,]|\.\d)|\d?[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|\d?/\d{2}(?![\d/])|\d?[/-]\d{4}(?!\d)))"
)
TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|[^\s\w]")


@lru_cache(maxsize=65536)
def clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """(clitic length, stem) readings of a token: the token itself, then without clitics."""
    out = [(0, word)]
    if len(word) > 2:
        # «للعام» is ل + العام with the article's alef dropped: the span keeps the article's lam
        if word.startswith(LAM_ARTICLE):
            out.append((1, ARTICLE + word[2:]))
        for clitic in CONJUNCTIONS:
            if word.startswith(clitic + LAM_ARTICLE) and len(word) > 4:
                out.append((2, ARTICLE + word[3:]))
        for clitic in CLITICS:
            if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                out.append((len(clitic), word[len(clitic):]))
    return tuple(out)


@lru_cache(maxsize=262144)
def lexicon_entries(word: str) -> tuple[tuple[int, tuple[str, ...], Entry], ...]:
    """Every lexicon entry a token may start, with its clitic length (multi-word forms unchecked)."""
    out = []
    for clen, stem in clitic_readings(word):
        for base, article in ((stem, False), (stem[2:], True)):
            if article and not stem.startswith(ARTICLE):
                continue
            for words, entry in LEX.get(base, ()):
                if article and not entry.definite:
                    continue
                out.append((clen, words, entry))
    return tuple(out)


@lru_cache(maxsize=262144)
def function_kinds(word: str) -> dict[str, int]:
    """Function-word kinds of a token (year cue, range opener …) with their clitic length."""
    out: dict[str, int] = {}
    for clen, stem in clitic_readings(word):
        for kind, forms in FUNCTION_WORDS.items():
            if stem in forms and kind not in out:
                out[kind] = clen
        if stem in DURATION_PREPOSITIONS and "dur_prep" not in out:
            out["dur_prep"] = clen
    return out


@lru_cache(maxsize=262144)
def entry_categories(word: str) -> frozenset[str]:
    return frozenset(entry.cat for _, _, entry in lexicon_entries(word))


@lru_cache(maxsize=262144)
def may_start_date(word: str) -> bool:
    """Can a date expression start at this token? (most tokens: no, decided once per word)."""
    functions = function_kinds(word)
    return bool(lexicon_entries(word)) or any(k in functions for k in ("open", "dur_prep", "day_noun", "last_n",
                                                                       "span_unit", "wd_ord_before"))


def is_ascii_digits(word: str) -> bool:
    return word.isdigit() and word.isascii()
