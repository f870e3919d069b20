"""One number phrase and its value: digits, number words, and their و-compounds with scale words.

«2500», «٢٬٥٠٠», «ثلاثه الاف وخمسمائه» (3,500), «2.5 مليون», «الفين» (2,000),
«احدي وعشرين» (21), «نصف مليون». The words and their kinds (unit, ten, hundred,
scale, dual scale, fraction) are NUMBER_WORDS in rules/numbers.py; the joining و
is COMPOUND_JOINER. Also where a word's clitics end (`clitic_start`): a number
word found inside a longer word (عشر in معشر) is no number.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from arabic_news.numbers.lexicon import (CLITIC_RE, DECIMAL_RE, FIRST_TOKEN_RE, GLUED_AFTER_RE, GLUED_RE, TOKEN_RE,
                                         WORDS, ZEROS_RE, Word, form_key)
from arabic_news.rules.punctuation import COMMAS


class Phrase(NamedTuple):
    value: int | Fraction | None
    vague: str | None
    start: int
    end: int
    kinds: tuple[str, ...]
    scale: int | Fraction | None = None   # the last scale word applied (الف, مليون …)


def _number_value(digits: str) -> int | Fraction:
    if digits.isdigit():
        return int(digits)
    if COMMAS[0] in digits:
        return int(digits.replace(COMMAS[0], ""))   # ١،٢٣٤،٥٦٧: the Arabic comma between thousands
    if digits.startswith("."):
        return Fraction(digits)   # .5
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
                      or t[start - 1] == "-" and start > 1 and t[start - 2] not in " \t\n("   # « -5» is negative
                      or ("A" <= t[start - 1] <= "z" and t[start - 1].isalpha())):
        return True
    return GLUED_AFTER_RE.match(t, end) is not None


def read_number_phrase(t: str, pos: int, article: bool, decimals: bool = False) -> Phrase | None:
    """Parse the number phrase starting exactly at `pos` (digits, words, و-compounds).

    Token by token: digits here, a number word by the `_Reader` method of its kind,
    which says whether it belongs to the phrase. `article`: the word at `pos` carries the
    article, which only some number words take (fractions, scales: الثلث, الالاف).
    A decimal word after a whole number («ثلاثه فاصله خمسه») adds the decimals
    (`_decimals`); `decimals`: this phrase is those decimals (no scale word in it).
    Returns None when no number starts exactly at `pos`.
    """
    reader = _Reader(pos)
    reader.no_scale = decimals
    kinds = reader.kinds
    while True:
        first = not kinds
        m = (FIRST_TOKEN_RE if first else TOKEN_RE).match(t, reader.end)
        if m is None:
            break
        space, conj, digits = m.group("sp", "conj", "d")   # conj: the و of a compound («وعشرون»), or None
        if not reader.group and reader.last_scale is not None and conj:
            reader.group_begin = (reader.end, len(kinds))
        if first and (space or conj):
            break
        if not first and not space and not conj and kinds[-1] != "digits":
            break
        conj = bool(conj)
        if digits is not None:   # «2500», «2.5» (then a scale: «2.5 مليون»), «و300» after a scale
            if _glued(t, m.start("d"), m.end("d")) or article:
                if first:
                    return None
                break
            v = _number_value(digits)
            if reader.group or (not first and not conj) or (reader.last_scale is not None and v >= reader.last_scale):
                break
            reader.group = v
            reader.classes = {"digits"}
            kinds.append("digits")
            reader.end = m.end()
            continue
        word = WORDS[form_key(m.group("w"))]
        step = reader.word(t, m, word, first, conj, article)
        if step is _STOP:
            break
        if step is _FAIL:
            return None
        kinds.append(word.kind)
        reader.end = m.end()
        if step is _LAST:
            break
    if not kinds:
        return None
    if reader.vague is not None:
        return Phrase(None, reader.vague, pos, reader.end, tuple(kinds))
    phrase = Phrase(reader.total + reader.group, None, pos, reader.end, tuple(kinds), reader.last_scale)
    if not decimals and reader.last_scale is None and t[reader.end:reader.end + 1] == " " \
            and DECIMAL_RE.match(t, reader.end):
        return _decimals(t, phrase)
    return phrase


def _decimals(t: str, whole: Phrase) -> Phrase:
    """«ثلاثه فاصله خمسه» (3.5), «2 فاصله 5», «سته فاصله صفر ثمانيه» (6.08), «واحد فاصله
    خمسه مليون» (1.5 million): the decimal word (rules/numbers.py DECIMAL_WORDS) and the
    decimals after a whole number; `whole` itself when none follow."""
    m = DECIMAL_RE.match(t, whole.end)
    if m is None or not isinstance(whole.value, int):
        return whole
    zeros = ZEROS_RE.match(t, m.end())
    start = zeros.end()
    part = read_number_phrase(t, start, False, decimals=True)
    if part is None or part.value is None or not isinstance(part.value, int) or part.value < 0:
        return whole
    places = len(t[zeros.start():zeros.end()].split()) + len(str(part.value))
    value = whole.value + Fraction(part.value, 10 ** places)
    end, scale, kinds = part.end, None, whole.kinds + ("decimal",) + part.kinds
    nxt = TOKEN_RE.match(t, end)
    if nxt is not None and nxt.group("w") is not None and not nxt.group("conj"):
        word = WORDS[form_key(nxt.group("w"))]
        if word.kind == "scale":
            value, end, scale, kinds = value * word.value, nxt.end(), word.value, kinds + ("scale",)
    if value.denominator == 1:
        value = int(value)
    return Phrase(value, None, whole.start, end, kinds, scale)


# What a `_Reader` method says of a token: it belongs to the phrase (_TAKE), it is the
# phrase's last (_LAST), the phrase ends before it (_STOP), or there is no phrase (_FAIL).
_TAKE, _LAST, _STOP, _FAIL = "take", "last", "stop", "fail"


class _Reader:
    """A number phrase being read: one method per kind of token (rules/numbers.py NUMBER_KINDS).

    A phrase is a sum of groups, each closed by a scale word: «ثلاثه الاف وخمسمائه»
    is 3 × 1000 + 500. ``group`` is the open group and ``classes`` what it holds
    (unit, ten, hundreds, digits, fraction), ``total`` the closed groups,
    ``last_scale`` the last scale applied (the next must be smaller: «مليون و300
    الف»), ``group_begin`` where a group opened by و after a scale began.
    """

    __slots__ = ("total", "group", "classes", "last_scale", "kinds", "end", "vague", "group_begin", "last_unit",
                 "no_scale")

    def __init__(self, pos: int):
        self.total: int | Fraction = 0
        self.group: int | Fraction = 0
        self.classes: set[str] = set()
        self.last_scale: int | Fraction | None = None
        self.kinds: list[str] = []
        self.end = pos
        self.vague: str | None = None
        self.group_begin: tuple[int, int] | None = None   # (end, len(kinds))
        self.last_unit: int | None = None   # the unit word just read (a fraction's numerator: «ثلاثه اخماس»)
        self.no_scale = False               # reading decimals: a scale word ends them

    def word(self, t: str, m: re.Match, word: Word, first: bool, conj: bool, article: bool) -> str:
        """A number word: checks what every kind needs, then the method of its kind."""
        if word.compound_only:   # «احدي وعشرين»: a number only before و + a tens word
            nxt = TOKEN_RE.match(t, m.end())
            if nxt is None or not nxt.group("conj") or nxt.group("w") is None \
                    or WORDS[form_key(nxt.group("w"))].kind != "ten":
                return _FAIL if first else _STOP
        if first and article and not word.definite:
            return _FAIL
        kind = word.kind
        if kind in ("unit", "ten", "hundreds"):
            return self.units(kind, word.value, first, conj)
        if kind == "hundred":
            return self.hundred(word.value, first, conj)
        if kind in ("scale", "scale_plural"):
            return self.scale(kind, word, first, conj)
        if kind == "dual_scale":
            return self.dual_scale(word.value, first, conj)
        if kind == "denominator":
            return self.denominator(word.value, first, conj)
        return self.fraction(word.value, first, conj)

    def units(self, kind: str, v: int, first: bool, conj: bool) -> str:
        """Units, tens and whole hundreds: «ثلاثه وعشرون», «خمسمائه»; each rank once, smaller after و."""
        rank = {"unit": 0, "ten": 1, "hundreds": 2}[kind]
        classes = self.classes
        if not (first or conj) or "digits" in classes or "fraction" in classes:
            return _STOP
        if any(_RANKS[c] >= rank if kind == "hundreds" else _RANKS[c] == rank for c in classes):
            return _STOP
        if kind == "ten" and self.last_unit is not None and self.last_unit >= 10:
            return _STOP   # «عشره وعشرين» is two numbers: a tens word joins a unit of 1–9 only
        if self.last_scale is not None and self.group + v >= self.last_scale:
            return _STOP
        self.group += v
        classes.add(kind)
        self.last_unit = v if kind == "unit" else None
        return _TAKE

    def denominator(self, v: int, first: bool, conj: bool) -> str:
        """«اخماس» right after a unit word of 2–10: that unit over it («ثلاثه اخماس» = 3/5,
        «عشرون وثلاثه اخماس» = 20 + 3/5); never first, never after و."""
        n = self.last_unit
        if first or conj or n is None or not 2 <= n <= 10 or self.kinds[-1] != "unit":
            return _FAIL if first else _STOP
        self.group += Fraction(n, v) - n
        self.classes.add("fraction")
        self.last_unit = None
        return _LAST

    def hundred(self, v: int, first: bool, conj: bool) -> str:
        """«مائه»: «ثلاث مائه» multiplies the unit before it; alone or after و it adds 100."""
        if not conj and self.classes in ({"unit"}, {"digits"}) and self.group in range(1, 10):
            self.group *= 100   # «ثلاث مائه», «٣ مئه»
            self.classes = {"hundreds"}
        elif (first or conj) and not (self.classes & {"hundreds", "digits", "unit", "ten", "fraction"}):
            self.group += v
            self.classes.add("hundreds")
        else:
            return _STOP
        return _TAKE

    def scale(self, kind: str, word: Word, first: bool, conj: bool) -> str:
        """«الف», «مليون» close the group (3 الاف = 3 × 1000); «الاف», «ملايين» alone are vague."""
        v = word.value
        if (conj and self.group) or self.no_scale:
            return _STOP
        if self.last_scale is not None and v >= self.last_scale:
            if self.group and self.group_begin is not None:
                # «الفين وثلاثه الاف»: the group after و starts the next number
                self.end, n = self.group_begin
                del self.kinds[n:]
                self.group = 0
            return _STOP
        if not self.group:
            if not (first or conj):
                return _STOP
            if kind == "scale_plural" and first:
                self.vague = word.vague
                return _LAST
            self.group = 1
        self.total += self.group * v
        self.group = 0
        self.classes = set()
        self.last_scale = v
        return _TAKE

    def dual_scale(self, v: int, first: bool, conj: bool) -> str:
        """«الفين» (2,000), «مليونين»: a whole group on its own."""
        if self.group or not (first or conj) or (self.last_scale is not None and v // 2 >= self.last_scale):
            return _STOP
        self.total += v
        self.last_scale = v // 2  # the scale of a dual (الفين: الف); whole, never a float
        self.classes = set()
        return _TAKE

    def fraction(self, v: Fraction, first: bool, conj: bool) -> str:
        """«نصف», «ثلث»: first in the phrase, «مليون ونصف» (half the scale) or «ثلاثه ونصف»."""
        if first:
            self.group = v
            self.classes = {"fraction"}
        elif conj and self.last_scale is not None and not self.group:
            self.total += v * self.last_scale
            return _LAST
        elif conj and self.group and "fraction" not in self.classes:
            self.group += v
            self.classes.add("fraction")
        else:
            return _STOP
        return _TAKE


_RANKS = {"unit": 0, "ten": 1, "hundreds": 2, "digits": 3, "fraction": 4}


def clitic_start(t: str, pos: int) -> tuple[int, bool] | None:
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
    m = CLITIC_RE.fullmatch(t, j, pos)
    if m is None:
        if t[pos:pos + 1].isdigit() and GLUED_RE.fullmatch(t, j, pos):
            return pos, False   # «عن472 هجوما»: a preposition glued to digits
        return None
    article = bool(m.group("art") or m.group("lil"))
    return (pos - 2 if m.group("art") else pos), article
