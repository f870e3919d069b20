"""The number tables compiled once: number words, hedges, counted nouns and the patterns that find them.

Reads rules/numbers.py (number words, vague amounts, ordinals, year and label
cues, range words), rules/hedges.py, rules/units.py, the month and weekday names of
rules/months.py and rules/weekdays.py (for the year guard) and the clitics of
rules/clitics.py. Each table row becomes a look-up by form; the patterns are
character tries (`arabic_news.patterns.trie_pattern`), longest form first, with
the clitics and the article added here, never in the tables.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from arabic_news.patterns import trie_pattern
from arabic_news.rules.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS
from arabic_news.rules.hedges import HEDGES
from arabic_news.rules.months import MONTHS
from arabic_news.rules.numbers import (CHANGE_WORDS, COMPOUND_JOINER, DECIMAL_WORDS, GLUED_PREPOSITIONS, LABEL_CUES,
                                       NEGATIVE_SIGNS, NEGATIVE_WORDS, NUMBER_WORDS, ONE_PRONOUN_AFTER,
                                       ONE_PRONOUN_BEFORE, ORDINALS, RANGE_WORDS, VAGUE, YEAR_CUES)
from arabic_news.rules.punctuation import COMMAS
from arabic_news.rules.units import ADJECTIVE_ENDINGS, PARTITIVES, UNITS
from arabic_news.rules.weekdays import WEEKDAYS


_LETTER = r"[^\W\d_]"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# Clitic prefixes the finder allows before a word (STYLE §5: added by the finder, not
# repeated in the tables), from rules/clitics.py: a conjunction (و ف), a preposition
# (ب ل ك), the article (ال); ل + ال is written لل, so before ال only the other prepositions.
_CONJ = "[" + "".join(CONJUNCTIONS) + "]?"
_PREP = "[" + "".join(PREPOSITIONS) + "]?"
_PREP_BEFORE_ARTICLE = "[" + "".join(p for p in PREPOSITIONS if not LAM_ARTICLE.startswith(p)) + "]?"
CLITIC_RE = re.compile("(?P<conj>" + _CONJ + ")(?:(?P<prep>" + _PREP + ")(?P<art>" + ARTICLE + ")?|(?P<lil>"
                       + LAM_ARTICLE + "))")
CONJ_RE = re.compile(_CONJ)
CONJ_PREP_RE = re.compile(_CONJ + _PREP)
GLUED_RE = re.compile(_CONJ + "(?:" + "|".join(sorted(GLUED_PREPOSITIONS, key=len, reverse=True)) + ")")
_COMMAS = r"[\s" + "".join(sorted(COMMAS)) + "]*"   # spaces and commas between a figure and its hedge or noun
_DIGITS = (r"\d{1,3}(?:\.\d{3}){2,}(?![.\d])"      # 1.486.958: dots as thousands separators
           r"|\d{1,3}(?:" + COMMAS[0] + r"\d{3})+(?!\d)"   # ١،٢٣٤،٥٦٧: the Arabic comma between thousands
           r"|\d+(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:[.,]\d+)?|\.\d+")   # last: a leading point (.5)


def form_key(form_text: str) -> str:
    """A matched form with its whitespace collapsed, to look its row up."""
    return " ".join(form_text.split())


def _exact(value: int | float) -> int | Fraction:
    """Table values as exact numbers: ints stay ints, 1/3 becomes Fraction(1, 3)."""
    if isinstance(value, int):
        return value
    return Fraction(value).limit_denominator(1000)


class Word(NamedTuple):
    """One form of a number word of rules/numbers.py, with its row's value (exact: 1/3 is Fraction(1, 3))."""
    value: int | Fraction
    kind: str
    definite: bool
    vague: str | None
    form: str
    compound_only: bool = False


WORDS: dict[str, Word] = {}
NO_WORD = Word(0, "", False, None, "")
for _row in NUMBER_WORDS:
    for _form in _row.forms:
        WORDS[_form] = Word(_exact(_row.value), _row.kind, _row.definite, _row.vague, _form,
                            _row.compound_only)

VAGUE_BY_FORM = {form: row for row in VAGUE for form in row.forms}
VAGUE_BY_LABEL = {row.label: row for row in VAGUE}
HEDGES_BEFORE = {h.form: h for h in HEDGES if h.position == "before"}
HEDGES_AFTER = {h.form: h for h in HEDGES if h.position == "after"}
UNIT_BY_FORM = {form: row for row in UNITS for form in row.forms + row.duals}
# a multi-word noun takes the article on every word: «عشرات الطائرات المسيره»
UNIT_BY_FORM.update({" ".join(form.split()[:1] + [ARTICLE + w for w in form.split()[1:]]): row
                     for row in UNITS for form in row.forms + row.duals if " " in form})
DUAL_BY_FORM = {form: row for row in UNITS for form in row.duals}
_TWO_FORMS = tuple(form for row in NUMBER_WORDS if row.value == 2 and row.kind == "unit" for form in row.forms)
YEAR_CUE_FORMS = frozenset(c.form for c in YEAR_CUES)
LABEL_CUE_FORMS = frozenset(c.form for c in LABEL_CUES)
ORDINAL_FORMS = frozenset(form for row in ORDINALS if row.teen for form in row.forms)
NEGATIVE_WORD_FORMS = frozenset(NEGATIVE_WORDS)
MINUS_SIGNS = "".join(NEGATIVE_SIGNS)
CHANGE_FORMS = frozenset(CHANGE_WORDS)
ONE_BEFORE_FORMS = frozenset(ONE_PRONOUN_BEFORE)
ONE_AFTER_FORMS = frozenset(ONE_PRONOUN_AFTER)
ONE_FORMS = frozenset(form for row in NUMBER_WORDS if row.value == 1 and row.kind == "unit"
                      and not row.compound_only for form in row.forms)
SIZE_HEDGES = frozenset(("about", "nearly", "more_than", "less_than", "at_least"))


# unit forms that are signs, not words (%): no word boundary after them, and no article before
_SIGN_UNIT_FORMS = frozenset(form for row in UNITS for form in row.forms if not any(ch.isalpha() for ch in form))
MONTH_FORMS = frozenset(form for row in MONTHS for form in row.forms)
WEEKDAY_FORMS = frozenset(form for row in WEEKDAYS for form in row.forms)
MONTH_FIRST_WORDS = frozenset(form.split()[0] for form in MONTH_FORMS)

def _candidate_pattern() -> str:
    """Every word of the tables (number words, vague words, hedges, dual nouns) and each digit, as one flat
    alternation whose every branch starts with a literal character: the regex engine then skips the
    characters no candidate starts with in C. (A top-level group, a character class or a second
    alternative would cost a tenth of the scan.) A candidate is a digit when its first character is one."""
    forms = set(WORDS) | set(VAGUE_BY_FORM) | set(HEDGES_BEFORE) | set(DUAL_BY_FORM)
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form[1:])
    words = [re.escape(c) + ("(?:" + trie_pattern(rest) + ")" if any(rest) else "") + _NOT_LETTER_AFTER
             for c, rest in sorted(by_first.items())]
    return "|".join(list("0123456789") + words)


CANDIDATE_RE = re.compile(_candidate_pattern())
   # one trie for every word (a second alternative would slow the scan by a third)
TOKEN_RE = re.compile(
    r"(?P<sp>\s*)(?:(?P<conj>" + COMPOUND_JOINER + r")\s*)?(?:(?P<d>" + _DIGITS + r")|(?P<w>"
    + trie_pattern(WORDS) + ")" + _NOT_LETTER_AFTER + ")"
)
# the first word of a number takes no و of its own: «واحد» is one word, not و + «احد»
FIRST_TOKEN_RE = re.compile(
    r"(?P<sp>)(?P<conj>(?!))?(?:(?P<d>" + _DIGITS + r")|(?P<w>" + trie_pattern(WORDS) + ")"
    + _NOT_LETTER_AFTER + ")"
)
_AFTER = "(?:" + trie_pattern(HEDGES_AFTER) + ")" + _NOT_LETTER_AFTER
TAIL_RE = re.compile(
    r"(?:" + _COMMAS + "(?P<h1>" + _AFTER + r"))?(?:\s*(?:(?:" + "|".join(PARTITIVES) + r")\s+)?(?P<u>(?:"
    + ARTICLE + ")?(?:" + trie_pattern(f for f in UNIT_BY_FORM if f not in _SIGN_UNIT_FORMS) + ")"
    + _NOT_LETTER_AFTER + "|[" + "".join(sorted(_SIGN_UNIT_FORMS)) + r"])(?:(?:\s+(?:" + ARTICLE + ")?" + _LETTER
    + "+?(?:" + "|".join(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True)) + ")" + _NOT_LETTER_AFTER + ")?"
    + _COMMAS + "(?P<h2>" + _AFTER + "))?)?"
)
_ADJECTIVE = (r"\s+(?:" + ARTICLE + ")?" + _LETTER + "+?(?:"
              + "|".join(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True)) + ")" + _NOT_LETTER_AFTER)
# after a dual noun: the number word 2 («جنديين اثنين»), then an after-hedge, maybe past one nisba adjective
DUAL_TAIL_RE = re.compile(
    r"(?P<two>\s+(?:" + trie_pattern(_TWO_FORMS) + ")" + _NOT_LETTER_AFTER + ")?"
    + r"(?:(?:" + _ADJECTIVE + ")?" + _COMMAS + "(?P<h>" + _AFTER + "))?"
)
# a definite counted noun right before a postposed cardinal: «الهجمات السته», «بالجنود الثلاثه»
DEFINITE_UNIT_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + _CONJ + _PREP_BEFORE_ARTICLE + "(?P<art>" + ARTICLE + ")|" + _CONJ + LAM_ARTICLE
    + ")(?P<n>" + trie_pattern({" ".join([form.split()[0]] + [ARTICLE + w for w in form.split()[1:]])
                                for row in UNITS for form in row.forms if form not in _SIGN_UNIT_FORMS})
    + r")\s+\Z"
)
POSTPOSED_LOOKBACK = 40   # characters searched before a postposed cardinal for its noun
RANGE_OPENERS = frozenset(w.form for w in RANGE_WORDS if w.role == "opener")
RANGE_CONNECTORS = {w.form: w for w in RANGE_WORDS if w.role.startswith("connector")}
RANGE_FROM = frozenset(w.form for w in RANGE_WORDS if w.role == "opener_unless_change")
DECIMAL_RE = re.compile(r"\s+(?:" + "|".join(DECIMAL_WORDS) + r")\s+")
ZERO_FORMS = tuple(form for row in NUMBER_WORDS if row.value == 0 for form in row.forms)
ZEROS_RE = re.compile(r"(?:(?:" + "|".join(ZERO_FORMS) + r")\s+)*")
RANGE_RE = re.compile(   # a one-letter connector (و) is a clitic: glued to the next number
    r"\s*(?:(?P<c>" + trie_pattern(f for f in RANGE_CONNECTORS if len(f) > 1) + r")(?:\s+|(?=\d))"
    + r"|(?P<c1>" + "|".join(f for f in RANGE_CONNECTORS if len(f) == 1) + r")\s*)"
)
WORD_RE = re.compile(_LETTER + "+")
DAY_RE = re.compile(r"\d{1,2}(?!\d)")
GLUED_AFTER_RE = re.compile(r"[:/]\d|-|[A-Za-z]")
