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
from arabic_news.numbers.lexicon import (CLITIC_RE, FIRST_TOKEN_RE, GLUED_AFTER_RE, GLUED_RE, TOKEN_RE, WORDS,
                                         form_key)


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
    return GLUED_AFTER_RE.match(t, end) is not None


def read_number_phrase(t: str, pos: int, article: bool) -> Phrase | None:
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
        m = (FIRST_TOKEN_RE if first else TOKEN_RE).match(t, end)
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
            word = WORDS[form_key(m.group("w"))]
            kind, v = word.kind, word.value
            if word.compound_only:   # «احدي وعشرين»: a number only before و + a tens word
                nxt = TOKEN_RE.match(t, m.end())
                if nxt is None or not nxt.group("conj") or nxt.group("w") is None \
                        or WORDS[form_key(nxt.group("w"))].kind != "ten":
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
        return Phrase(None, vague, pos, end, tuple(kinds))
    return Phrase(total + group, None, pos, end, tuple(kinds), last_scale)


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
