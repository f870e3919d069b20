"""Numbers and hedged quantities in Arabic news text.

Owns `parse_number` (one expression → its value or None), `parse_quantity`
(one phrase → a `Quantity` or None) and `find_quantities` (every quantity in a
text, with spans into the text given). The language lives in the tables:
number words and vague amounts in `arabic_news.rules.numbers`, hedges and the
interval widths they imply in `arabic_news.rules.hedges`, counted nouns in
`arabic_news.rules.units`. The package compiles them once into patterns.

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
  not number words, so they are never found; `parse_ordinal` reads an ordinal
  alone («الحادي والعشرون» = 21) and returns its rank, a plain int, so no
  caller can take it for a count.
- A minus sign glued to digits after a space («-5») or «سالب/ناقص» before a
  number makes it negative; «فاصله» joins whole and decimals; «اخماس» after
  a unit word makes a fraction («ثلاثه اخماس»); «من … الي» is a range unless
  a word of change stands before it (rules/numbers.py CHANGE_WORDS); «واحد»
  after «اي», «كل», «لا» is a pronoun, not a count.
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

Where the code is (this module holds the public functions, the scan and the
intervals a hedge implies):
- `lexicon`: the tables compiled once (look-ups by form, the candidate pattern);
- `number_phrase`: one number phrase and its value («ثلاثه الاف وخمسمائه»);
- `quantity_phrase`: the quantity around it: hedge, range, counted noun, duals;
- `year_guard`: years, days of a month and labels, which are not quantities;
- `ordinals`: `parse_ordinal`, an ordinal's rank («الحادي والعشرون» = 21).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Iterable

from arabic_news.normalize import normalize, normalize_with_offsets
from arabic_news.numbers.lexicon import (CANDIDATE_RE, CLITIC_RE, MINUS_SIGNS, NEGATIVE_WORD_FORMS, NO_WORD,
                                         VAGUE_BY_LABEL, WORDS, form_key)
from arabic_news.numbers.number_phrase import clitic_start, read_number_phrase
from arabic_news.numbers.ordinals import parse_ordinal
from arabic_news.numbers.quantity_phrase import Found, read_quantity_at
from arabic_news.numbers.year_guard import is_date_like
from arabic_news.rules import hedges as hedge_rules
from arabic_news.rules.hedges import QUALIFIERS

_CANDIDATE_RE = CANDIDATE_RE   # bench/numbers_bench.py times the bare candidate scan under this name

__all__ = ["Quantity", "parse_number", "parse_ordinal", "parse_quantity", "find_quantities", "QUALIFIERS"]


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


def _as_number(v: int | Fraction) -> int | float:
    if isinstance(v, int):
        return v
    return int(v) if v.denominator == 1 else float(v)


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


def _to_quantity(f: Found, norm, raw: str) -> Quantity:
    s, e = norm.raw_span(f.start, f.end)
    if f.vague == "range":
        value = None
        low, high = _as_number(f.value), _as_number(f.range_high)
        approx = True
    elif f.vague is not None:
        row = VAGUE_BY_LABEL[f.vague]
        value = None
        low, high = row.low, row.high
        approx = True
    elif f.qualifier == "exact" and isinstance(f.value, int):   # most quantities: a whole figure, no hedge
        value = low = high = f.value
        approx = f.qualifier in hedge_rules.APPROX_QUALIFIERS
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
        >>> parse_number("سالب ثمانية آلاف"), parse_number("ثلاثة أخماس"), parse_number("ثلاثة فاصلة خمسة")
        (-8000, 0.6, 3.5)

    A minus sign or a word of rules/numbers.py NEGATIVE_WORDS before the number makes it
    negative. Ordinals («الثالث») are no cardinals: None here, `parse_ordinal` reads them.
    """
    t = normalize(text).strip()
    if not t:
        return None
    sign_end = _sign_end(t)
    if sign_end:
        value = parse_number(t[sign_end:]) if t[sign_end:].strip() else None
        return -value if value is not None else None
    m = CLITIC_RE.match(t)
    candidates = [0]
    if m and m.end() > 0:
        candidates = [m.end(), 0]
        if m.group("art"):
            candidates.insert(1, m.end() - 2)
    for pos in candidates:
        cl = clitic_start(t, pos)
        if cl is None:
            continue
        phrase = read_number_phrase(t, pos, cl[1])
        if phrase is not None and phrase.end == len(t) and phrase.value is not None:
            return _as_number(phrase.value)
    return None


def _sign_end(t: str) -> int:
    """Where a leading minus sign («-5») or negative word («سالب ثمانيه») ends in `t`; 0 when there is none."""
    if t[0] in MINUS_SIGNS and t[1:2].isdigit():
        return 1
    first = t.split(None, 1)[0]
    return len(first) if first in NEGATIVE_WORD_FORMS and len(t) > len(first) else 0


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
        if alone or not is_date_like(t, f):
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
            if is_date_like(t, f):
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
    search = CANDIDATE_RE.search
    while True:
        m = search(t, pos)
        if m is None:
            return
        f = read_quantity_at(t, m, pos)
        if f is None and lone_fractions and not m.group()[0].isdigit() \
                and WORDS.get(form_key(m.group()), NO_WORD).kind == "fraction":
            cl = clitic_start(t, m.start())
            phrase = read_number_phrase(t, m.start(), cl[1]) if cl else None
            if phrase is not None:
                f = Found(m.start() - (2 if cl[1] else 0), phrase.end, phrase.value, None, "exact",
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
