"""Numbers and hedged quantities in Arabic news text.

Owns `parse_number` (one expression → its value or None), `parse_quantity`
(one phrase → a `Quantity` or None) and `find_quantities` (every quantity in a
text, with spans into the text given). The language lives in the tables:
number words and vague amounts in `arabic_news.rules.numbers`, hedges and the
interval widths they imply in `arabic_news.rules.hedges`, counted nouns in
`arabic_news.rules.units`. This module compiles them once into patterns.

How the finder works (one pass): the raw text is normalized with offsets, one
compiled alternation of every number word, vague word and hedge (built as a
character trie, longest form first) plus digits finds candidate positions,
and each candidate is parsed locally: hedge, number phrase, after-hedge,
counted noun. Spans are mapped back to the raw text.

Decisions a reader may want to know:
- Clitics (و ف ب ل ك and the article ال) are handled here, not in the tables;
  they are left out of the span: «بـ2500 جندي» gives the span of «2500 جندي».
- A cardinal word never takes the article: «الاثنين» is Monday, «الدول
  الثلاث» is not a count; fractions, scales and vague words may (الثلث).
- «اثنين من المسؤولين» is a quantity 2 with no unit (المسؤولين is not a counted
  noun in rules/units.py); «يوم واحد» gives 1.
- Ordinals (الثالث، الاولي), idioms («الكيل بمكيالين») and weekday names are
  not number words, so they are never found.
- A fraction on its own (نصف، ثلث) is returned by `parse_number`, but
  `find_quantities` reports it only before a counted noun («ثلث القوات») or
  a scale («نصف مليون»): «نصف النهائي» is no quantity.
- Years are not quantities: a four-digit number in ``YEAR_RANGE`` with no
  counted noun (unless a hedge of size such as نحو stands before it), one
  after a year cue (عام، سنه، منذ …) or beside a month name, a day before a
  month name, and anything overlapping ``date_spans`` are dropped.
- Digits glued to a Latin letter or joined by : / - to other digits (F-16,
  10:30, 29/7/2021, 2-1) are labels, times, dates or scores, not counts.
- A number right after a label cue (رقم، القرار، الماده …) is a label.
- Two figures joined by a range word («بين 2000 و3000 جندي», «5 الي 6
  اشخاص», «اربعه او خمسه») give one quantity with ``vague="range"``, no value
  and ``low``/``high`` the two figures (rules/numbers.py, RANGE_WORDS).
- A vague amount, or a figure with no hedge, has ``qualifier="exact"``: the
  qualifier names the hedge word; vagueness is in ``vague`` and ``approx``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, NamedTuple

from arabic_news.normalize import normalize, normalize_with_offsets
from arabic_news.patterns import trie_pattern
from arabic_news.rules import hedges as hedge_rules
from arabic_news.rules.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS
from arabic_news.rules.hedges import HEDGES, QUALIFIERS
from arabic_news.rules.months import MONTHS
from arabic_news.rules.numbers import (COMPOUND_JOINER, DUAL_CONSTRUCTS, GLUED_PREPOSITIONS, LABEL_CUES, NUMBER_WORDS,
                                       ORDINALS, POSTPOSED_CARDINALS, RANGE_WORDS, VAGUE, YEAR_CUES, YEAR_RANGE)
from arabic_news.rules.punctuation import COMMAS
from arabic_news.rules.units import ADJECTIVE_ENDINGS, PARTITIVES, UNITS
from arabic_news.rules.weekdays import WEEKDAYS

__all__ = ["Quantity", "parse_number", "parse_quantity", "find_quantities", "QUALIFIERS"]


@dataclass(frozen=True)
class Quantity:
    """A number phrase with its hedge, its interval and what it counts.

    Attributes:
        value: the figure (int, or float for fractions and decimals); None for
            a vague amount such as عشرات.
        low: the lower bound the hedge or the vague word implies.
        high: the upper bound (for an exact figure, ``low == high == value``).
        approx: True for ``about``/``nearly`` and for vague amounts.
        qualifier: one of `QUALIFIERS`.
        unit: the counted noun's canonical English name (rules/units.py) or None.
        vague: a label of ``rules.numbers.VAGUE_LABELS`` or None.
        text: exactly ``text_given[start:end]``.
        start: offset of the first character (hedge, number) in the text given.
        end: offset after the last character (number, counted noun, after-hedge).
        unit_start: span of the counted noun, when there is one.
        unit_end: end of that span.
        hedge_text: the hedge as written in the text, when there is one.
        rule: the table rows and patterns that produced it.
    """

    value: int | float | None
    low: int | float | None
    high: int | float | None
    approx: bool
    qualifier: str
    unit: str | None
    vague: str | None
    text: str
    start: int
    end: int
    unit_start: int | None = None
    unit_end: int | None = None
    hedge_text: str | None = None
    rule: str = ""


# ----------------------------------------------------------------- compiling

_LETTER = r"[^\W\d_]"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# Clitic prefixes the finder allows before a word (STYLE §5: added by the finder, not
# repeated in the tables), from rules/clitics.py: a conjunction (و ف), a preposition
# (ب ل ك), the article (ال); ل + ال is written لل, so before ال only the other prepositions.
_CONJ = "[" + "".join(CONJUNCTIONS) + "]?"
_PREP = "[" + "".join(PREPOSITIONS) + "]?"
_PREP_BEFORE_ARTICLE = "[" + "".join(p for p in PREPOSITIONS if not LAM_ARTICLE.startswith(p)) + "]?"
_CLITIC_RE = re.compile("(?P<conj>" + _CONJ + ")(?:(?P<prep>" + _PREP + ")(?P<art>" + ARTICLE + ")?|(?P<lil>"
                        + LAM_ARTICLE + "))")
_CONJ_RE = re.compile(_CONJ)
_CONJ_PREP_RE = re.compile(_CONJ + _PREP)
_GLUED_RE = re.compile(_CONJ + "(?:" + "|".join(sorted(GLUED_PREPOSITIONS, key=len, reverse=True)) + ")")
_COMMAS = r"[\s" + "".join(sorted(COMMAS)) + "]*"   # spaces and commas between a figure and its hedge or noun
_DIGITS = (r"\d{1,3}(?:\.\d{3}){2,}(?![.\d])"      # 1.486.958: dots as thousands separators
           r"|\d+(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:[.,]\d+)?")


def _key(form_text: str) -> str:
    """A matched form with its whitespace collapsed, to look its row up."""
    return " ".join(form_text.split())


def _exact(value: int | float) -> int | Fraction:
    """Table values as exact numbers: ints stay ints, 1/3 becomes Fraction(1, 3)."""
    if isinstance(value, int):
        return value
    return Fraction(value).limit_denominator(1000)


class _Word(NamedTuple):
    value: int | Fraction
    kind: str
    definite: bool
    vague: str | None
    form: str
    compound_only: bool = False


_WORDS: dict[str, _Word] = {}
_NONE = _Word(0, "", False, None, "")
for _row in NUMBER_WORDS:
    for _form in _row.forms:
        _WORDS[_form] = _Word(_exact(_row.value), _row.kind, _row.definite, _row.vague, _form,
                              _row.compound_only)

_VAGUE_BY_FORM = {form: row for row in VAGUE for form in row.forms}
_VAGUE_BY_LABEL = {row.label: row for row in VAGUE}
_HEDGES_BEFORE = {h.form: h for h in HEDGES if h.position == "before"}
_HEDGES_AFTER = {h.form: h for h in HEDGES if h.position == "after"}
_UNIT_BY_FORM = {form: row for row in UNITS for form in row.forms + row.duals}
# a multi-word noun takes the article on every word: «عشرات الطائرات المسيره»
_UNIT_BY_FORM.update({" ".join(form.split()[:1] + [ARTICLE + w for w in form.split()[1:]]): row
                      for row in UNITS for form in row.forms + row.duals if " " in form})
_DUAL_BY_FORM = {form: row for row in UNITS for form in row.duals}
_TWO_FORMS = tuple(form for row in NUMBER_WORDS if row.value == 2 and row.kind == "unit" for form in row.forms)
_YEAR_CUE_FORMS = frozenset(c.form for c in YEAR_CUES)
_LABEL_CUE_FORMS = frozenset(c.form for c in LABEL_CUES)
_ORDINAL_FORMS = frozenset(form for row in ORDINALS for form in row.forms)
_SIZE_HEDGES = frozenset(("about", "nearly", "more_than", "less_than", "at_least"))


# unit forms that are signs, not words (%): no word boundary after them, and no article before
_SIGN_UNIT_FORMS = frozenset(form for row in UNITS for form in row.forms if not any(ch.isalpha() for ch in form))
_MONTH_FORMS = frozenset(form for row in MONTHS for form in row.forms)
_WEEKDAY_FORMS = frozenset(form for row in WEEKDAYS for form in row.forms)
_MONTH_FIRST_WORDS = frozenset(form.split()[0] for form in _MONTH_FORMS)

_CANDIDATE_RE = re.compile(
    r"(?P<d>\d)|(?P<w>" + trie_pattern(set(_WORDS) | set(_VAGUE_BY_FORM) | set(_HEDGES_BEFORE) | set(_DUAL_BY_FORM))
    + ")" + _NOT_LETTER_AFTER
)   # one trie for every word (a second alternative would slow the scan by a third)
_TOKEN_RE = re.compile(
    r"(?P<sp>\s*)(?:(?P<conj>" + COMPOUND_JOINER + r")\s*)?(?:(?P<d>" + _DIGITS + r")|(?P<w>" + trie_pattern(_WORDS) + ")"
    + _NOT_LETTER_AFTER + ")"
)
# the first word of a number takes no و of its own: «واحد» is one word, not و + «احد»
_FIRST_TOKEN_RE = re.compile(
    r"(?P<sp>)(?P<conj>(?!))?(?:(?P<d>" + _DIGITS + r")|(?P<w>" + trie_pattern(_WORDS) + ")"
    + _NOT_LETTER_AFTER + ")"
)
_AFTER = "(?:" + trie_pattern(_HEDGES_AFTER) + ")" + _NOT_LETTER_AFTER
_TAIL_RE = re.compile(
    r"(?:" + _COMMAS + "(?P<h1>" + _AFTER + r"))?(?:\s*(?:(?:" + "|".join(PARTITIVES) + r")\s+)?(?P<u>(?:"
    + ARTICLE + ")?(?:" + trie_pattern(f for f in _UNIT_BY_FORM if f not in _SIGN_UNIT_FORMS) + ")"
    + _NOT_LETTER_AFTER + "|[" + "".join(sorted(_SIGN_UNIT_FORMS)) + r"])(?:(?:\s+(?:" + ARTICLE + ")?" + _LETTER
    + "+?(?:" + "|".join(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True)) + ")" + _NOT_LETTER_AFTER + ")?"
    + _COMMAS + "(?P<h2>" + _AFTER + "))?)?"
)
_ADJECTIVE = (r"\s+(?:" + ARTICLE + ")?" + _LETTER + "+?(?:" + "|".join(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True))
              + ")" + _NOT_LETTER_AFTER)
# after a dual noun: the number word 2 («جنديين اثنين»), then an after-hedge, maybe past one nisba adjective
_DUAL_TAIL_RE = re.compile(
    r"(?P<two>\s+(?:" + trie_pattern(_TWO_FORMS) + ")" + _NOT_LETTER_AFTER + ")?"
    + r"(?:(?:" + _ADJECTIVE + ")?" + _COMMAS + "(?P<h>" + _AFTER + "))?"
)
# a definite counted noun right before a postposed cardinal: «الهجمات السته», «بالجنود الثلاثه»
_DEFINITE_UNIT_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + _CONJ + _PREP_BEFORE_ARTICLE + "(?P<art>" + ARTICLE + ")|" + _CONJ + LAM_ARTICLE
    + ")(?P<n>" + trie_pattern({" ".join([form.split()[0]] + [ARTICLE + w for w in form.split()[1:]])
                                for row in UNITS for form in row.forms if form not in _SIGN_UNIT_FORMS})
    + r")\s+\Z"
)
_POSTPOSED_LOOKBACK = 40   # characters searched before a postposed cardinal for its noun
_RANGE_OPENERS = frozenset(w.form for w in RANGE_WORDS if w.role == "opener")
_RANGE_CONNECTORS = {w.form: w for w in RANGE_WORDS if w.role.startswith("connector")}
_RANGE_CHANGES = frozenset(w.form for w in RANGE_WORDS if w.role == "change")
_RANGE_RE = re.compile(   # a one-letter connector (و) is a clitic: glued to the next number
    r"\s*(?:(?P<c>" + trie_pattern(f for f in _RANGE_CONNECTORS if len(f) > 1) + r")(?:\s+|(?=\d))"
    + r"|(?P<c1>" + "|".join(f for f in _RANGE_CONNECTORS if len(f) == 1) + r")\s*)"
)
_WORD_RE = re.compile(_LETTER + "+")
_DAY_RE = re.compile(r"\d{1,2}(?!\d)")
_GLUED_AFTER_RE = re.compile(r"[:/]\d|-|[A-Za-z]")


# ------------------------------------------------------------------- parsing

class _Phrase(NamedTuple):
    value: int | Fraction | None
    vague: str | None
    start: int
    end: int
    kinds: tuple[str, ...]
    scale: int | Fraction | None = None   # the last scale word applied (الف, مليون …)


def _number_value(digits: str) -> int | Fraction:
    if digits.isdigit():
        return int(digits)
    if digits.count(".") > 1 or digits.endswith(".000"):
        return int(digits.replace(".", ""))   # 1.486.958 and 200.000: dots as thousands separators
    if "," in digits:
        head, _, tail = digits.partition(",")
        if re.fullmatch(r"\d{3}(?:,\d{3})*(?:\.\d+)?", tail):
            return Fraction(digits.replace(",", ""))
        return Fraction(f"{head}.{tail}")
    return Fraction(digits)


def _glued(t: str, start: int, end: int) -> bool:
    """Digits that belong to a label, time, date or score (F-16, 10:30, 2-1)."""
    if start > 0 and (t[start - 1] in ":/-" and start > 1 and t[start - 2].isdigit()
                      or t[start - 1] == "-" or ("A" <= t[start - 1] <= "z" and t[start - 1].isalpha())):
        return True
    return _GLUED_AFTER_RE.match(t, end) is not None


def _parse_phrase(t: str, pos: int, article: bool) -> _Phrase | None:
    """Parse the number phrase starting exactly at `pos` (digits, words, و-compounds)."""
    total: int | Fraction = 0
    group: int | Fraction = 0
    classes: set[str] = set()
    last_scale: int | Fraction | None = None
    kinds: list[str] = []
    end = pos
    vague = None
    group_begin: tuple[int, int] | None = None   # (end, len(kinds)) before a group opened by و after a scale
    while True:
        first = not kinds
        m = (_FIRST_TOKEN_RE if first else _TOKEN_RE).match(t, end)
        if m is None:
            break
        if not group and last_scale is not None and m.group("conj"):
            group_begin = (end, len(kinds))
        if first and (m.group("sp") or m.group("conj")):
            break
        if not first and not m.group("sp") and not m.group("conj") and kinds[-1] != "digits":
            break
        conj = bool(m.group("conj"))
        if m.group("d") is not None:
            if _glued(t, m.start("d"), m.end("d")) or article:
                if first:
                    return None
                break
            v = _number_value(m.group("d"))
            if group or (not first and not conj) or (last_scale is not None and v >= last_scale):
                break
            group, kind = v, "digits"
            classes = {"digits"}
        else:
            word = _WORDS[_key(m.group("w"))]
            kind, v = word.kind, word.value
            if word.compound_only:   # «احدي وعشرين»: a number only before و + a tens word
                nxt = _TOKEN_RE.match(t, m.end())
                if nxt is None or not nxt.group("conj") or nxt.group("w") is None \
                        or _WORDS[_key(nxt.group("w"))].kind != "ten":
                    if first:
                        return None
                    break
            if first and article and not word.definite:
                return None
            if kind in ("unit", "ten", "hundreds"):
                rank = {"unit": 0, "ten": 1, "hundreds": 2}[kind]
                if not (first or conj) or "digits" in classes or "fraction" in classes:
                    break
                if any(_RANKS[c] >= rank if kind == "hundreds" else _RANKS[c] == rank for c in classes):
                    break
                if last_scale is not None and group + v >= last_scale:
                    break
                group += v
                classes.add(kind)
            elif kind == "hundred":
                if not conj and classes == {"unit"} and 1 <= group <= 9:
                    group *= 100
                    classes = {"hundreds"}
                elif (first or conj) and not (classes & {"hundreds", "digits", "unit", "ten", "fraction"}):
                    group += v
                    classes.add("hundreds")
                else:
                    break
            elif kind in ("scale", "scale_plural"):
                if conj and group:
                    break
                if last_scale is not None and v >= last_scale:
                    if group and group_begin is not None:
                        # «الفين وثلاثه الاف»: the group after و starts the next number
                        end, n = group_begin
                        del kinds[n:]
                        group = 0
                    break
                if not group:
                    if not (first or conj):
                        break
                    if kind == "scale_plural" and first:
                        vague = word.vague
                        end = m.end()
                        kinds.append(kind)
                        break
                    group = 1
                total += group * v
                group = 0
                classes = set()
                last_scale = v
            elif kind == "dual_scale":
                if group or not (first or conj) or (last_scale is not None and v // 2 >= last_scale):
                    break
                total += v
                last_scale = v // 2  # the scale of a dual (الفين: الف); whole, never a float
                classes = set()
            else:  # fraction
                if first:
                    group = v
                    classes = {"fraction"}
                elif conj and last_scale is not None and not group:
                    total += v * last_scale
                    kinds.append(kind)
                    end = m.end()
                    break
                elif conj and group and "fraction" not in classes:
                    group += v
                    classes.add("fraction")
                else:
                    break
        kinds.append(kind)
        end = m.end()
    if not kinds:
        return None
    if vague is not None:
        return _Phrase(None, vague, pos, end, tuple(kinds))
    return _Phrase(total + group, None, pos, end, tuple(kinds), last_scale)


_RANKS = {"unit": 0, "ten": 1, "hundreds": 2, "digits": 3, "fraction": 4}


def _as_number(v: int | Fraction) -> int | float:
    if isinstance(v, int):
        return v
    return int(v) if v.denominator == 1 else float(v)


def _clitic_start(t: str, pos: int) -> tuple[int, bool] | None:
    """Where the word holding `pos` starts and whether its prefix ends in the article.

    Returns None when the letters before `pos` are not clitics (a number word
    found inside another word, as عشر in معشر).
    """
    j = pos
    while j > 0 and pos - j < 5 and t[j - 1].isalpha():
        j -= 1
    if j == pos:
        return pos, False
    if j > 0 and t[j - 1].isalpha():
        return None
    m = _CLITIC_RE.fullmatch(t, j, pos)
    if m is None:
        if t[pos:pos + 1].isdigit() and _GLUED_RE.fullmatch(t, j, pos):
            return pos, False   # «عن472 هجوما»: a preposition glued to digits
        return None
    article = bool(m.group("art") or m.group("lil"))
    return (pos - 2 if m.group("art") else pos), article


@lru_cache(maxsize=8)
def _widths(*widths: float) -> tuple[Fraction, ...]:
    """The widths of rules/hedges.py as exact fractions (read at each call, so a reader may change them)."""
    return tuple(Fraction(str(w)) for w in widths)


def _interval(value: int | Fraction, qualifier: str) -> tuple[int | Fraction, int | Fraction]:
    if qualifier == "exact":
        return value, value
    a, n, o = _widths(hedge_rules.ABOUT_WIDTH, hedge_rules.NEARLY_WIDTH, hedge_rules.OPEN_WIDTH)
    if qualifier == "about":
        return value * (1 - a), value * (1 + a)
    if qualifier == "nearly":
        return value * (1 - n), value
    if qualifier in ("more_than", "at_least"):
        return value, value * (1 + o)
    if qualifier in ("less_than", "up_to"):
        return value * (1 - o), value
    return value, value


def _bound(v: Fraction, integral: bool) -> int | float:
    return int(round(v)) if integral else float(v)


class _Found(NamedTuple):
    start: int                 # normalized offsets
    end: int
    value: Fraction | None
    vague: str | None
    qualifier: str
    hedge: tuple[int, int] | None
    unit: str | None
    unit_span: tuple[int, int] | None
    rule: str
    kinds: tuple[str, ...]
    number_start: int
    range_high: int | Fraction | None = None


def _previous_word(t: str, pos: int) -> str:
    j = pos
    while j > 0 and t[j - 1] in ' \t("«“':
        j -= 1
    k = j
    while k > 0 and t[k - 1].isalpha():
        k -= 1
    return t[k:j]


def _next_word(t: str, pos: int) -> str:
    m = _WORD_RE.search(t, pos, min(len(t), pos + 40))
    if m is None or t[pos:m.start()].strip():
        return ""
    return m.group()


def _strip_clitics(word: str) -> str:
    """The word without a leading conjunction and preposition (the article stays)."""
    m = _CONJ_PREP_RE.match(word)
    return word[m.end():] if m.end() < len(word) else word


def _is_month(word: str) -> bool:
    return bool(word) and (word in _MONTH_FORMS or _strip_clitics(word) in _MONTH_FORMS)


def _month_before(t: str, pos: int) -> bool:
    """Whether a month name (one or two words) ends right before `pos`."""
    last = _previous_word(t, pos)
    if not last:
        return False
    if _is_month(last):
        return True
    k = pos
    while k > 0 and not t[k - 1].isalpha():
        k -= 1
    k -= len(last)
    first = _previous_word(t, k)
    return bool(first) and _is_month(first + " " + last)


def _month_after(t: str, pos: int) -> bool:
    word = _next_word(t, pos)
    return bool(word) and (word in _MONTH_FIRST_WORDS or _strip_clitics(word) in _MONTH_FIRST_WORDS)


def _parse_at(t: str, m: re.Match, floor: int = 0) -> _Found | None:
    """Parse a quantity whose hedge or number is the candidate `m` (found after its clitics).

    `floor` is where the previous quantity ended: a quantity that opens with its noun
    («الهجمات السته») may not start before it.
    """
    pos = m.start()
    cl = _clitic_start(t, pos)
    if cl is None:
        return None
    start, article = cl
    if start > 0 and t[start - 1] == "-":
        return None   # «4-صفر», «2-عمليه»: a score or a list number
    hedge = None
    qualifier = "exact"
    rule_parts: list[str] = []
    if _is_dual(m):
        return None if article else _dual_at(t, m, start, None, "exact", rule_parts)
    if article and m.lastgroup == "w":
        found = _postposed_at(t, m, start, floor)
        if found is not None:
            return found
    if m.lastgroup != "d":
        key = _key(m.group())
        if key in _WORDS and _previous_word(t, start) in _ORDINAL_FORMS:
            return None   # the tens of a compound ordinal: «الثامنه عشره»
        h = _HEDGES_BEFORE.get(key)
        if h is not None:
            if article:
                return None
            hedge = (pos, m.end())
            qualifier = h.qualifier
            rule_parts.append(f"hedge:{h.qualifier}/{h.form}")
            number_pos = m.end()
            while number_pos < len(t) and t[number_pos] in " \t\n":
                number_pos += 1
            word_there = _CANDIDATE_RE.match(t, number_pos)
            with_article = t.startswith(ARTICLE, number_pos) and not (
                word_there and word_there.lastgroup == "w" and _key(word_there.group()) in _WORDS)   # «نحو الفي»
            if with_article:
                number_pos += len(ARTICLE)   # «نحو العشرات»: only a vague word may follow with the article
            m = _CANDIDATE_RE.match(t, number_pos)
            if m is None:
                return None
            if _is_dual(m):   # «اكثر من هجومين»
                return None if with_article else _dual_at(t, m, start, hedge, qualifier, rule_parts)
            if m.lastgroup == "d":
                if with_article:
                    return None
            else:
                key = _key(m.group())
                if key in _HEDGES_BEFORE or (with_article and key not in _VAGUE_BY_FORM
                                             and not _WORDS.get(key, _NONE).definite):
                    return None
            start = pos
            article = False
    number_pos = m.start()
    vague_row = _VAGUE_BY_FORM.get(_key(m.group())) if m.lastgroup != "d" else None
    if vague_row is not None:
        phrase = _Phrase(None, vague_row.label, number_pos, m.end(), ("vague",))
    else:
        phrase = _parse_phrase(t, number_pos, article)
        if phrase is None:
            return None
    end = phrase.end
    if hedge is None and not article:
        start = phrase.start
    range_high = None
    if phrase.value is not None and not article:
        rm = _RANGE_RE.match(t, end)
        if rm is not None:
            opener = _range_opener(t, start)
            connector = rm.group("c") or rm.group("c1")
            if opener is not None or (_RANGE_CONNECTORS[connector].role == "connector"
                                      and _previous_word(t, start) not in _RANGE_CHANGES):
                second = _parse_phrase(t, rm.end(), False)
                if second is not None and second.value is not None and second.value > phrase.value \
                        and not (_year_like(phrase.value) and _year_like(second.value)):
                    range_high = second.value
                    end = second.end
                    if phrase.scale is None and second.scale is not None \
                            and phrase.value * second.scale < second.value:
                        # «300 الي 400 مليار»: the scale word serves both figures
                        phrase = phrase._replace(value=phrase.value * second.scale)
                    if opener is not None and hedge is None:
                        hedge = (opener, _previous_word_end(t, start))
                        start = opener
                        rule_parts.append(f"range:{_key(t[opener:hedge[1]])}")
                    rule_parts.append(f"range:{connector}")
                    phrase = _Phrase(phrase.value, "range", phrase.start, end, phrase.kinds + second.kinds)
    # after-hedge right after the number («2500 تقريبا»), the counted noun, an after-hedge after it
    tail = _TAIL_RE.match(t, end)
    unit = unit_span = None
    after = None
    if tail.end() > end:
        if tail.group("u"):
            form = tail.group("u")
            row = _UNIT_BY_FORM.get(_key(form)) or _UNIT_BY_FORM.get(_key(form[2:]))
            if row is not None:
                unit = row.unit
                unit_span = (tail.start("u"), tail.end("u"))
                end = tail.end()
        for name in ("h1", "h2"):
            if tail.group(name) and (name == "h1" or unit is not None):
                after = name
                end = max(end, tail.end(name))
    if unit is not None and phrase.kinds == ("scale",) and not t[phrase.end:unit_span[0]].strip() \
            and t[phrase.start:phrase.end] in DUAL_CONSTRUCTS:
        # «الفا جندي»: the construct dual before its counted noun (rules/numbers.py DUAL_CONSTRUCTS)
        phrase = phrase._replace(value=DUAL_CONSTRUCTS[t[phrase.start:phrase.end]])
        rule_parts.append("dual_construct")
    if after is not None:
        h = _HEDGES_AFTER[_key(tail.group(after))]
        if hedge is None:
            qualifier = h.qualifier
            hedge = (tail.start(after), tail.end(after))
        rule_parts.append(f"after:{h.qualifier}/{h.form}")
    if article and phrase.kinds == ("scale_plural",) and unit is None:
        following = _next_word(t, end)
        if following and following not in PARTITIVES:
            return None   # «الاف» with the article and nothing counted: «الاف بي اي» is the FBI
    if phrase.vague == "range":
        rule_parts.append("digits" if set(phrase.kinds) == {"digits"} else "words")
    elif phrase.vague is not None:
        rule_parts.append(f"vague:{phrase.vague}")
        if _VAGUE_BY_LABEL[phrase.vague].needs_unit and unit is None:
            return None
    elif phrase.kinds == ("digits",):
        rule_parts.append("digits")
    elif "digits" in phrase.kinds:
        rule_parts.append("digits+words")
    elif phrase.kinds == ("fraction",):
        if unit is None:
            return None
        rule_parts.append("fraction")
    else:
        rule_parts.append("words")
    if unit is not None:
        rule_parts.append(f"unit:{unit}")
    if range_high is not None:
        return _Found(start, end, phrase.value, "range", qualifier, hedge, unit, unit_span,
                      "+".join(rule_parts), ("range",), phrase.start, range_high)
    return _Found(start, end, phrase.value, phrase.vague, qualifier, hedge, unit, unit_span,
                  "+".join(rule_parts), phrase.kinds, phrase.start)


def _is_dual(m: re.Match) -> bool:
    return m.lastgroup == "w" and _key(m.group()) in _DUAL_BY_FORM


def _dual_at(t: str, m: re.Match, start: int, hedge: tuple[int, int] | None, qualifier: str,
             rule_parts: list[str]) -> _Found:
    """A dual counted noun (rules/units.py, ``duals``) as a quantity of 2: «هجومين», «طائرتان مسيرتان»."""
    row = _DUAL_BY_FORM[_key(m.group())]
    end = m.end()
    tail = _DUAL_TAIL_RE.match(t, end)
    if tail.group("two"):
        end = tail.end("two")
        rule_parts.append("dual+two")
    else:
        rule_parts.append("dual")
    if tail.group("h"):
        h = _HEDGES_AFTER[_key(tail.group("h"))]
        if hedge is None:
            qualifier = h.qualifier
            hedge = (tail.start("h"), tail.end("h"))
        rule_parts.append(f"after:{h.qualifier}/{h.form}")
        end = tail.end("h")
    rule_parts.append(f"unit:{row.unit}")
    if hedge is None:
        start = m.start()
    return _Found(start, end, 2, None, qualifier, hedge, row.unit, (m.start(), m.end()),
                  "+".join(rule_parts), ("dual",), m.start())


def _postposed_at(t: str, m: re.Match, start: int, floor: int) -> _Found | None:
    """A definite cardinal after its definite counted noun: «الهجمات السته» (rules/numbers.py POSTPOSED_CARDINALS)."""
    word = _WORDS.get(_key(m.group()))
    if word is None or word.kind != "unit" or word.compound_only \
            or not POSTPOSED_CARDINALS[0] <= word.value <= POSTPOSED_CARDINALS[1] \
            or start != m.start() - 2 or (start > 0 and t[start - 1].isalpha()):
        return None   # only the bare article: «والسته» is no postposed cardinal
    lo = max(floor, start - _POSTPOSED_LOOKBACK)
    nm = _DEFINITE_UNIT_BEFORE_RE.search(t, lo, start)
    if nm is None:
        return None
    row = _UNIT_BY_FORM[_key(nm.group("n"))]
    noun_start = nm.start("art") if nm.group("art") else nm.start("n")
    return _Found(noun_start, m.end(), word.value, None, "exact", None, row.unit, (noun_start, nm.end("n")),
                  f"postposed+words+unit:{row.unit}", ("unit",), start)


def _year_like(value: int | Fraction) -> bool:
    return isinstance(value, int) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def _previous_word_end(t: str, pos: int) -> int:
    j = pos
    while j > 0 and not t[j - 1].isalpha():
        j -= 1
    return j


def _range_opener(t: str, start: int) -> int | None:
    """Start of a range opener (بين, ما بين) right before `start`, or None."""
    j = _previous_word_end(t, start)
    if t[j:start].strip():
        return None
    for form in sorted(_RANGE_OPENERS, key=len, reverse=True):
        k = j - len(form)
        if k >= 0 and _key(t[k:j]) == form and (k == 0 or not t[k - 1].isalpha()):
            return k
        m = _CONJ_RE.fullmatch(t[max(0, k - 1):k]) if k > 0 else None
        if k > 0 and m and _key(t[k:j]) == form and (k - 1 == 0 or not t[k - 2].isalpha()):
            return k
    return None


def _is_date_like(t: str, f: _Found) -> bool:
    """The cheap year/day guard used when no date spans are given."""
    before = _previous_word(t, f.start)
    if f.value is not None and f.kinds == ("digits",):
        if f.unit is None and isinstance(f.value, int) and f.value >= 100 and f.start == f.number_start \
                and (_strip_clitics(before) in _YEAR_CUE_FORMS or before in _YEAR_CUE_FORMS):
            return True   # «عام 1430»: a year of any calendar
        if f.unit is None and 1 <= f.value <= 31 and f.start == f.number_start \
                and _strip_clitics(before) in _WEEKDAY_FORMS:
            return True   # «الاثنين 30 من الشهر»: a day
        digits = t[f.number_start:f.number_start + 4]
        if f.value.denominator == 1 and YEAR_RANGE[0] <= f.value <= YEAR_RANGE[1] and digits.isdigit() \
                and (f.number_start + 4 == len(t) or not t[f.number_start + 4].isdigit()) \
                and "," not in t[f.number_start:f.end]:
            if _strip_clitics(before) in _YEAR_CUE_FORMS or before in _YEAR_CUE_FORMS or _month_before(t, f.start):
                return True
            if f.unit is None and f.qualifier not in _SIZE_HEDGES:
                return True
        if f.unit is None and 1 <= f.value <= 31 and _month_after(t, f.end):
            return True
        if f.unit is None and 1 <= f.value <= 31:
            rm = _RANGE_RE.match(t, f.end)   # «من 1 الي 5 يناير»: the first day of a range of days
            second = _DAY_RE.match(t, rm.end()) if rm is not None else None
            if second is not None and 1 <= int(second.group()) <= 31 and _month_after(t, second.end()):
                return True
        if f.unit is None and _month_before(t, f.start):
            return True
    if f.vague == "range" and f.unit is None and f.range_high is not None and f.range_high <= 31 \
            and _month_after(t, f.end):
        return True   # «بين 3 و7 مارس»: a range of days
    if f.hedge is None or f.hedge[0] >= f.number_start:
        if before in _LABEL_CUE_FORMS or _strip_clitics(before) in _LABEL_CUE_FORMS:
            return True
    return False


def _to_quantity(f: _Found, norm, raw: str) -> Quantity:
    s, e = norm.raw_span(f.start, f.end)
    if f.vague == "range":
        value = None
        low, high = _as_number(f.value), _as_number(f.range_high)
        approx = True
    elif f.vague is not None:
        row = _VAGUE_BY_LABEL[f.vague]
        value = None
        low, high = row.low, row.high
        approx = True
    else:
        integral = isinstance(f.value, int) or f.value.denominator == 1
        value = _as_number(f.value)
        lo, hi = _interval(f.value, f.qualifier)
        low, high = _bound(lo, integral), _bound(hi, integral)
        approx = f.qualifier in hedge_rules.APPROX_QUALIFIERS
    us = ue = None
    if f.unit_span is not None:
        us, ue = norm.raw_span(*f.unit_span)
    hedge_text = None
    if f.hedge is not None:
        hs, he = norm.raw_span(*f.hedge)
        hedge_text = raw[hs:he]
    return Quantity(value, low, high, approx, f.qualifier, f.unit, f.vague, raw[s:e], s, e,
                    us, ue, hedge_text, f.rule)


# -------------------------------------------------------------------- public

def parse_number(text: str) -> int | float | None:
    """Read one number expression: digits in any script, number words, or both.

    Args:
        text: the expression alone (surrounding spaces are ignored), e.g.
            «٢٬٥٠٠», «ثلاثه آلاف وخمسمائة», «2.5 مليون», «الثلث».
    Returns:
        The value: an int when it is whole, a float otherwise (fractions,
        decimals); None when the text is not exactly one number (it never
        guesses from part of it). Vague words (عشرات) have no value: None.
    Example:
        >>> parse_number("ثلاثة آلاف وخمسمائة")
        3500
        >>> parse_number("٢٬٥٠٠")
        2500
        >>> parse_number("2.5 مليون")
        2500000
        >>> parse_number("ألفي")
        2000
        >>> parse_number("الاثنين") is None
        True
    """
    t = normalize(text).strip()
    if not t:
        return None
    m = _CLITIC_RE.match(t)
    candidates = [0]
    if m and m.end() > 0:
        candidates = [m.end(), 0]
        if m.group("art"):
            candidates.insert(1, m.end() - 2)
    for pos in candidates:
        cl = _clitic_start(t, pos)
        if cl is None:
            continue
        phrase = _parse_phrase(t, pos, cl[1])
        if phrase is not None and phrase.end == len(t) and phrase.value is not None:
            return _as_number(phrase.value)
    return None


def parse_quantity(text: str) -> Quantity | None:
    """Read one quantity phrase: hedge, number, counted noun.

    Args:
        text: the phrase, e.g. «نحو 2500 جندي» or «عشرات القتلى».
    Returns:
        The first `Quantity` found in `text` (offsets into `text`), or None
        when it holds none. The year guard of `find_quantities` applies to
        what stands around the number («عام 2014» is None), but a text that is
        the number alone («2014», «نصف») is taken as the quantity asked for.
    Example:
        >>> q = parse_quantity("نحو 2500 جندي")
        >>> (q.value, q.low, q.high, q.qualifier, q.unit)
        (2500, 2250, 2750, 'about', 'soldier')
        >>> parse_quantity("عشرات القتلى").vague
        'tens'
        >>> parse_quantity("في عام 2014") is None
        True
    """
    norm = normalize_with_offsets(text)
    t = norm.text
    for f in _scan(t, lone_fractions=True):
        alone = not t[:f.start].strip() and not t[f.end:].strip()
        if alone or not _is_date_like(t, f):
            return _to_quantity(f, norm, text)
    return None


def find_quantities(text: str, *, date_spans: Iterable[tuple[int, int]] | None = None) -> list[Quantity]:
    """Find every quantity in `text` with its hedge and counted noun.

    Args:
        text: raw Arabic text; offsets index into this exact string.
        date_spans: spans (start, end) the dates finder has claimed; a
            candidate overlapping one is dropped. When None, a cheap guard
            drops years, days of a month and labels itself (see the module
            docstring).
    Returns:
        Quantities ordered by `start`, never overlapping; an empty list when
        there are none.
    Example:
        >>> [(q.value, q.qualifier, q.unit, q.text) for q in find_quantities("نحو 2500 جندي أمريكي")]
        [(2500, 'about', 'soldier', 'نحو 2500 جندي')]
        >>> [q.value for q in find_quantities("وصلت القوات عام 2014 بنحو ثلاثة آلاف عسكري")]
        [3000]
    """
    norm = normalize_with_offsets(text)
    t = norm.text
    spans = sorted(date_spans) if date_spans is not None else None
    found: list[Quantity] = []
    for f in _scan(t):
        if spans is None:
            if _is_date_like(t, f):
                continue
            q = _to_quantity(f, norm, text)
        else:
            q = _to_quantity(f, norm, text)
            if any(s < q.end and q.start < e for s, e in spans):
                continue
        found.append(q)
    return found


def _scan(t: str, lone_fractions: bool = False):
    """Yield every parsed candidate of the normalized text `t`, left to right, never overlapping."""
    pos = 0
    search = _CANDIDATE_RE.search
    while True:
        m = search(t, pos)
        if m is None:
            return
        f = _parse_at(t, m, pos)
        if f is None and lone_fractions and m.lastgroup == "w" and _WORDS.get(_key(m.group()), _NONE).kind == "fraction":
            cl = _clitic_start(t, m.start())
            phrase = _parse_phrase(t, m.start(), cl[1]) if cl else None
            if phrase is not None:
                f = _Found(m.start() - (2 if cl[1] else 0), phrase.end, phrase.value, None, "exact",
                           None, None, None, "fraction", phrase.kinds, phrase.start)
        if f is None:
            pos = m.end()
            if m.group() == "" or m.start() == pos:
                pos += 1
            # skip the rest of a digit run so its tail is not read as a new number
            while pos < len(t) and (t[pos].isdigit() or t[pos] in ".,:/-" and pos + 1 < len(t)
                                    and t[pos + 1].isdigit()):
                pos += 1
            continue
        pos = max(f.end, m.end())
        yield f
