"""Ordinals, read as ranks: «الثالث» (3), «الحادي عشر» (11), «الحادي والعشرون» (21), «المائه» (100).

`parse_ordinal` is the reading; it returns a plain int, and `find_quantities` never
reports an ordinal, so extraction cannot count one as a figure. The words are ORDINALS,
ORDINAL_TEENS and ORDINAL_ARTICLE_KINDS of rules/numbers.py (the tens and the hundred
are NUMBER_WORDS rows with the article); the article and the joining و come from
rules/clitics.py and rules/numbers.py COMPOUND_JOINER.
"""

from __future__ import annotations

import re

from arabic_news.normalize import normalize
from arabic_news.patterns import trie_pattern
from arabic_news.rules.clitics import ARTICLE
from arabic_news.rules.numbers import COMPOUND_JOINER, NUMBER_WORDS, ORDINAL_ARTICLE_KINDS, ORDINAL_TEENS, ORDINALS

_UNITS = {form: row for row in ORDINALS for form in row.forms}
_TENS = {ARTICLE + form: row.value for row in NUMBER_WORDS if row.kind in ORDINAL_ARTICLE_KINDS
         and isinstance(row.value, int) and not row.note.startswith("spoken") for form in row.forms}
_ORDINAL_RE = re.compile(
    "(?P<u>" + trie_pattern(_UNITS) + ")(?:\\s+(?P<teen>" + "|".join(ORDINAL_TEENS) + ")|\\s+" + COMPOUND_JOINER
    + "(?P<t>" + trie_pattern(_TENS) + "))?|(?P<tens>" + trie_pattern(_TENS) + ")"
)


def parse_ordinal(text: str) -> int | None:
    """Read one ordinal and return its rank.

    Args:
        text: the ordinal alone, e.g. «الثالثة», «الحادي عشر», «الخامس والعشرين».
    Returns:
        The rank (an int), or None when the text is not exactly one ordinal (a
        cardinal such as «ثلاثة» is None here, as an ordinal is None for `parse_number`).
    Example:
        >>> parse_ordinal("الحادي والعشرون"), parse_ordinal("الخامسة عشرة"), parse_ordinal("المائة")
        (21, 15, 100)
        >>> parse_ordinal("ثلاثة") is None
        True
    """
    t = " ".join(normalize(text).split())
    m = _ORDINAL_RE.fullmatch(t)
    if m is None:
        return None
    if m.group("tens"):
        return _TENS[m.group("tens")]
    row = _UNITS[m.group("u")]
    if m.group("teen") or m.group("t"):
        if not row.teen:
            return None   # «الاول عشر» is no ordinal
        return row.value + (10 if m.group("teen") else _TENS[m.group("t")])
    return row.value
