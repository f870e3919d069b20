"""A quantity around a number: the hedge before it, a range, the counted noun and a hedge after it.

`read_quantity_at` starts at a candidate of the scan (a digit, a number word, a
vague word, a hedge or a dual noun) and reads «نحو 2500 جندي امريكي تقريبا»,
«بين 2000 و3000 جندي», «عشرات القتلى», «هجومين» (a dual noun: 2 attacks) or
«الهجمات السته» (a postposed cardinal). The ``rule`` it gives names every table
row it used (``hedge:about/نحو+digits+unit:soldier``). Hedges: rules/hedges.py;
range words, dual constructs and postposed cardinals: rules/numbers.py; counted
nouns, partitives and nisba endings: rules/units.py.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from arabic_news.numbers.lexicon import (CANDIDATE_RE, CHANGE_FORMS, CONJ_RE, DEFINITE_UNIT_BEFORE_RE,
                                         DUAL_BY_FORM, DUAL_TAIL_RE, HEDGES_AFTER, HEDGES_BEFORE, MINUS_SIGNS,
                                         NEGATIVE_WORD_FORMS, NO_WORD, ONE_AFTER_FORMS, ONE_BEFORE_FORMS, ONE_FORMS,
                                         ORDINAL_FORMS, POSTPOSED_LOOKBACK, RANGE_CONNECTORS, RANGE_FROM,
                                         RANGE_OPENERS, RANGE_RE, TAIL_RE, UNIT_BY_FORM, VAGUE_BY_FORM,
                                         VAGUE_BY_LABEL, WORDS, WORD_RE, form_key)
from arabic_news.numbers.number_phrase import Phrase, clitic_start, read_number_phrase
from arabic_news.rules.clitics import ARTICLE
from arabic_news.rules.numbers import CHANGE_LOOKBACK_WORDS, DUAL_CONSTRUCTS, POSTPOSED_CARDINALS, YEAR_RANGE
from arabic_news.rules.units import PARTITIVES


class Found(NamedTuple):
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


def previous_word(t: str, pos: int) -> str:
    """The letters of the word that ends before `pos`, past spaces and an opening bracket or quote."""
    i = pos - 1   # the character before: the loops index it directly (this runs for most candidates)
    while i >= 0 and t[i] in ' \t("«“':
        i -= 1
    j = i + 1
    while i >= 0 and t[i].isalpha():
        i -= 1
    return t[i + 1:j]


def next_word(t: str, pos: int) -> str:
    """The word that starts at `pos` after spaces only (within 40 characters), or ""."""
    m = WORD_RE.search(t, pos, min(len(t), pos + 40))
    if m is None or t[pos:m.start()].strip():
        return ""
    return m.group()


def read_quantity_at(t: str, m: re.Match, floor: int = 0) -> Found | None:
    """Parse a quantity whose hedge or number is the candidate `m` (found after its clitics).

    Reads, in order: the clitics before the candidate, a hedge before the number
    («نحو 2500»), the number phrase (or a vague word: عشرات), a range («بين 2000
    و3000»); `_complete` reads the rest. `floor` is where the previous quantity
    ended: a quantity that opens with its noun («الهجمات السته») may not start before it.
    """
    pos = m.start()
    digit = m.group()[0].isdigit()   # a candidate is a digit or a word of the tables (lexicon.CANDIDATE_RE)
    if digit and pos > 0 and t[pos - 1] == "." and (pos == 1 or t[pos - 2] in " \t\n("):
        pos -= 1   # «.5»: a leading decimal point (never after a digit or a letter)
    cl = clitic_start(t, pos)
    if cl is None:
        return None
    start, article = cl
    minus = start > 0 and t[start - 1] in MINUS_SIGNS
    if minus and not (digit and (start == 1 or t[start - 2] in " \t\n(")):
        return None   # «4-صفر», «2-عمليه»: a score or a list number
    hedge = None
    qualifier = "exact"
    rule_parts: list[str] = []
    key = None if digit else form_key(m.group())   # the word's table form; None for digits
    if key in DUAL_BY_FORM:
        return None if article else _dual_at(t, m, start, None, "exact", rule_parts)
    if article and key is not None:
        found = _postposed_at(t, m, start, floor)
        if found is not None:
            return found
    if key is not None:
        if key in WORDS and previous_word(t, start) in ORDINAL_FORMS:
            return None   # the tens of a compound ordinal: «الثامنه عشره»
        h = HEDGES_BEFORE.get(key)
        if h is not None:
            if article:
                return None
            hedge = (pos, m.end())
            qualifier = h.qualifier
            rule_parts.append(f"hedge:{h.qualifier}/{h.form}")
            m, with_article = _number_after_hedge(t, m.end())
            if m is None:
                return None
            key = None if m.group()[0].isdigit() else form_key(m.group())
            if key in DUAL_BY_FORM:   # «اكثر من هجومين»
                return None if with_article else _dual_at(t, m, start, hedge, qualifier, rule_parts)
            if not _may_follow_hedge(key, with_article):
                return None
            start = pos
            article = False
    vague_row = VAGUE_BY_FORM.get(key)
    if vague_row is not None:
        phrase = Phrase(None, vague_row.label, m.start(), m.end(), ("vague",))
    else:
        phrase = read_number_phrase(t, pos if hedge is None else m.start(), article)
        if phrase is None:
            return None
    if hedge is None and not article:
        start = phrase.start
    range_high = None
    if phrase.value is not None and not article:
        rm = RANGE_RE.match(t, phrase.end)
        if rm is not None:
            ranged = _range_after(t, rm, phrase, start, hedge, rule_parts)
            if ranged is not None:
                phrase, start, hedge, range_high = ranged
    if phrase.kinds == ("unit",) and phrase.value == 1 and _one_as_pronoun(t, phrase):
        return None
    found = _complete(t, phrase, start, hedge, qualifier, article, range_high, rule_parts)
    if found is not None and hedge is None and range_high is None and found.value is not None:
        negative_start = start - 1 if minus else _negative_word_before(t, start)
        if negative_start is not None:
            found = found._replace(start=negative_start, value=-found.value, rule="negative+" + found.rule)
    return found


_NEGATIVE_LAST_LETTERS = frozenset(w[-1] for w in NEGATIVE_WORD_FORMS)


def _negative_word_before(t: str, start: int) -> int | None:
    """Where «سالب»/«ناقص» (rules/numbers.py NEGATIVE_WORDS) starts right before `start`, or None."""
    j = start - 1
    while j >= 0 and t[j] == " ":
        j -= 1
    if j < 0 or t[j] not in _NEGATIVE_LAST_LETTERS:   # cheap: most quantities have no such word before
        return None
    for word in NEGATIVE_WORD_FORMS:
        k = j + 1 - len(word)
        if k >= 0 and t.startswith(word, k) and (k == 0 or not t[k - 1].isalpha()):
            return k
    return None


def _one_as_pronoun(t: str, phrase: Phrase) -> bool:
    """«واحد» as a pronoun (rules/numbers.py ONE_PRONOUN_BEFORE / _AFTER): «اي واحد», «كل واحد منهم»,
    «واحدا تلو الاخر», and «واحد من» before a word that is no counted noun («واحد من ابرز القاده»)."""
    if t[phrase.start:phrase.end] not in ONE_FORMS:
        return False
    before = previous_word(t, phrase.start)
    if before in ONE_BEFORE_FORMS or CONJ_RE.match(before).end() == 1 and before[1:] in ONE_BEFORE_FORMS:
        return True
    after = next_word(t, phrase.end)
    if after in ONE_AFTER_FORMS:
        return True
    if after in PARTITIVES:
        k = t.find(after, phrase.end) + len(after)
        noun = next_word(t, k)
        bare = noun[len(ARTICLE):] if noun.startswith(ARTICLE) else noun
        return not noun or (noun not in UNIT_BY_FORM and bare not in UNIT_BY_FORM)
    return False


def _number_after_hedge(t: str, pos: int) -> tuple[re.Match | None, bool]:
    """The candidate right after a hedge that ends at `pos`, and whether the article stands before it.

    «نحو العشرات»: a word with the article may follow a hedge (`_may_follow_hedge` says
    which); «نحو الفي» is the number word الفي itself, not the article + فِي.
    """
    while pos < len(t) and t[pos] in " \t\n":
        pos += 1
    word_there = CANDIDATE_RE.match(t, pos)
    with_article = t.startswith(ARTICLE, pos) and not (
        word_there and not word_there.group()[0].isdigit() and form_key(word_there.group()) in WORDS)   # «نحو الفي»
    if with_article:
        pos += len(ARTICLE)
    return CANDIDATE_RE.match(t, pos), with_article


def _may_follow_hedge(key: str | None, with_article: bool) -> bool:
    """Digits (`key` None), or a number or vague word that is no hedge itself; after the article
    only a vague word or a number word that takes it («نحو العشرات», «نحو الثلث»)."""
    if key is None:
        return not with_article
    return not (key in HEDGES_BEFORE or (with_article and key not in VAGUE_BY_FORM
                                         and not WORDS.get(key, NO_WORD).definite))


def _range_after(t: str, rm: re.Match, phrase: Phrase, start: int, hedge: tuple[int, int] | None,
                 rule_parts: list[str]) -> tuple[Phrase, int, tuple[int, int] | None, int | Fraction] | None:
    """Two figures joined by the range word `rm` after `phrase` as one range, or None.

    «بين 2000 و3000 جندي», «5 الي 6 اشخاص», «اربعه او خمسه» (rules/numbers.py RANGE_WORDS):
    the second figure must be larger, two years are no range, و needs an opener before
    the first figure and «ارتفع من 40 الي 50» (after a verb of change) stays two figures.
    Returns the range as a phrase (vague ``range``), its start and hedge (the opener
    بين counts as the hedge) and the high figure.
    """
    opener = _range_opener(t, start)
    connector = rm.group("c") or rm.group("c1")
    if opener is not None and form_key(t[opener:_previous_word_end(t, start)]) in RANGE_FROM:
        if RANGE_CONNECTORS[connector].role == "connector_after_opener" or _change_before(t, opener):
            return None   # «ارتفع من 40 الي 50»: a change; «من 3 و5» is no range
    elif opener is None and (RANGE_CONNECTORS[connector].role != "connector"
                             or previous_word(t, start) in RANGE_FROM):
        return None
    second = read_number_phrase(t, rm.end(), False)
    if not (second is not None and second.value is not None and second.value > phrase.value
            and not (_year_like(phrase.value) and _year_like(second.value))):
        return None
    if phrase.scale is None and second.scale is not None and phrase.value * second.scale < second.value:
        # «300 الي 400 مليار»: the scale word serves both figures
        phrase = phrase._replace(value=phrase.value * second.scale)
    if opener is not None and hedge is None:
        hedge = (opener, _previous_word_end(t, start))
        start = opener
        rule_parts.append(f"range:{form_key(t[opener:hedge[1]])}")
    rule_parts.append(f"range:{connector}")
    return Phrase(phrase.value, "range", phrase.start, second.end, phrase.kinds + second.kinds), start, hedge, \
        second.value


def _complete(t: str, phrase: Phrase, start: int, hedge: tuple[int, int] | None, qualifier: str, article: bool,
              range_high: int | Fraction | None, rule_parts: list[str]) -> Found | None:
    """The rest of a quantity after its number: a hedge right after it («2500 تقريبا»), the
    counted noun (rules/units.py), a hedge after the noun; then the rule that names them all.

    Returns None for a number that needs a noun and has none: a vague word whose row
    says ``needs_unit``, a lone fraction («نصف النهائي»), «الاف» with the article.
    """
    end = phrase.end
    tail = TAIL_RE.match(t, end)
    unit = unit_span = None
    after = None
    if tail.end() > end:
        if tail.group("u"):
            form = tail.group("u")
            row = UNIT_BY_FORM.get(form_key(form)) or UNIT_BY_FORM.get(form_key(form[len(ARTICLE):]))
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
        h = HEDGES_AFTER[form_key(tail.group(after))]
        if hedge is None:
            qualifier = h.qualifier
            hedge = (tail.start(after), tail.end(after))
        rule_parts.append(f"after:{h.qualifier}/{h.form}")
    if article and phrase.kinds == ("scale_plural",) and unit is None:
        following = next_word(t, end)
        if following and following not in PARTITIVES:
            return None   # «الاف» with the article and nothing counted: «الاف بي اي» is the FBI
    if phrase.vague == "range":
        rule_parts.append("digits" if set(phrase.kinds) == {"digits"} else "words")
    elif phrase.vague is not None:
        rule_parts.append(f"vague:{phrase.vague}")
        if VAGUE_BY_LABEL[phrase.vague].needs_unit and unit is None:
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
        return Found(start, end, phrase.value, "range", qualifier, hedge, unit, unit_span,
                     "+".join(rule_parts), ("range",), phrase.start, range_high)
    return Found(start, end, phrase.value, phrase.vague, qualifier, hedge, unit, unit_span,
                 "+".join(rule_parts), phrase.kinds, phrase.start)


def _dual_at(t: str, m: re.Match, start: int, hedge: tuple[int, int] | None, qualifier: str,
             rule_parts: list[str]) -> Found:
    """A dual counted noun (rules/units.py, ``duals``) as a quantity of 2: «هجومين», «طائرتان مسيرتان»."""
    row = DUAL_BY_FORM[form_key(m.group())]
    end = m.end()
    tail = DUAL_TAIL_RE.match(t, end)
    if tail.group("two"):
        end = tail.end("two")
        rule_parts.append("dual+two")
    else:
        rule_parts.append("dual")
    if tail.group("h"):
        h = HEDGES_AFTER[form_key(tail.group("h"))]
        if hedge is None:
            qualifier = h.qualifier
            hedge = (tail.start("h"), tail.end("h"))
        rule_parts.append(f"after:{h.qualifier}/{h.form}")
        end = tail.end("h")
    rule_parts.append(f"unit:{row.unit}")
    if hedge is None:
        start = m.start()
    return Found(start, end, 2, None, qualifier, hedge, row.unit, (m.start(), m.end()),
                 "+".join(rule_parts), ("dual",), m.start())


def _postposed_at(t: str, m: re.Match, start: int, floor: int) -> Found | None:
    """A definite cardinal after its definite counted noun: «الهجمات السته» (rules/numbers.py POSTPOSED_CARDINALS)."""
    word = WORDS.get(form_key(m.group()))
    if word is None or word.kind != "unit" or word.compound_only \
            or not POSTPOSED_CARDINALS[0] <= word.value <= POSTPOSED_CARDINALS[1] \
            or start != m.start() - 2 or (start > 0 and t[start - 1].isalpha()):
        return None   # only the bare article: «والسته» is no postposed cardinal
    lo = max(floor, start - POSTPOSED_LOOKBACK)
    nm = DEFINITE_UNIT_BEFORE_RE.search(t, lo, start)
    if nm is None:
        return None
    row = UNIT_BY_FORM[form_key(nm.group("n"))]
    noun_start = nm.start("art") if nm.group("art") else nm.start("n")
    return Found(noun_start, m.end(), word.value, None, "exact", None, row.unit, (noun_start, nm.end("n")),
                 f"postposed+words+unit:{row.unit}", ("unit",), start)


def _year_like(value: int | Fraction) -> bool:
    return isinstance(value, int) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def _previous_word_end(t: str, pos: int) -> int:
    j = pos
    while j > 0 and not t[j - 1].isalpha():
        j -= 1
    return j


def _change_before(t: str, pos: int) -> bool:
    """A word of change (rules/numbers.py CHANGE_WORDS, و ف taken off) among the few words before `pos`."""
    words = WORD_RE.findall(t, max(0, pos - 12 * CHANGE_LOOKBACK_WORDS), pos)[-CHANGE_LOOKBACK_WORDS:]
    return any(w in CHANGE_FORMS or CONJ_RE.match(w).end() == 1 and w[1:] in CHANGE_FORMS for w in words)


_OPENERS_LONGEST_FIRST = sorted(RANGE_OPENERS | RANGE_FROM, key=len, reverse=True)


def _range_opener(t: str, start: int) -> int | None:
    """Start of a range opener (بين, ما بين, من) right before `start`, or None."""
    j = _previous_word_end(t, start)
    if t[j:start].strip():
        return None
    for form in _OPENERS_LONGEST_FIRST:
        k = j - len(form)
        if k >= 0 and form_key(t[k:j]) == form and (k == 0 or not t[k - 1].isalpha()):
            return k
        m = CONJ_RE.fullmatch(t[max(0, k - 1):k]) if k > 0 else None
        if k > 0 and m and form_key(t[k:j]) == form and (k - 1 == 0 or not t[k - 2].isalpha()):
            return k
    return None
