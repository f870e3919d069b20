"""Sentence spans over raw text, by one documented rule.

Owns `split_sentences()` and `sentence_at()`. The characters involved are the
table `arabic_news.rules.sentence_breaks`. The module only returns spans: it
never knows about facts, and it does no I/O.

The rule, applied to each block of text separately (so a sentence never crosses
a block boundary, e.g. a title and the paragraph after it):

1. A line break always ends a sentence.
2. A run of terminators (. ! ? ؟ … ۔) ends a sentence, together with any closing
   quotation marks or brackets directly after it (.” .» .)). A dot does not end one
   - between two digits (2.5) or after a lone number opening a line (a list: "1. ");
   - in ". " inside a number: 1–3 digits, ". ", then exactly 3 digits (2. 500);
   - after a single letter (U.S., د. for Dr., أ.ف.ب), unless it is an era mark after
     a year (2021 م.);
   - after a listed Latin abbreviation (Mr., Gen.);
   - between Latin letters or digits with no space (alarabiya.net), or before a
     site suffix (العربية.نت).
3. Quotations: inside a balanced quotation (“…”, «…», "…" on one line, at most
   `MAX_QUOTE_CHARS`), terminators do not end the sentence, so a quoted passage
   of several sentences stays with the words that introduce its speaker. When the
   terminator is the quotation's last character (… انتهت.”), the sentence ends
   after the closing mark. Unbalanced marks are ignored.
4. Each sentence is stripped of surrounding whitespace; a piece with no letter or
   digit (a lone comma, a dash) is not a sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from arabic_news.errors import ParameterError
from arabic_news.rules.sentence_breaks import (
    ABBREVIATIONS,
    CLOSERS,
    DOMAIN_SUFFIXES,
    ERA_MARKS,
    LINE_BREAKS,
    MAX_QUOTE_CHARS,
    QUOTE_PAIRS,
    SYMMETRIC_QUOTES,
    TERMINATORS,
)
from arabic_news.normalize import normalize

_TERMINATORS = frozenset(TERMINATORS)
_LINE_BREAKS = frozenset(LINE_BREAKS)
_SYMMETRIC = frozenset(SYMMETRIC_QUOTES)
_OPENERS = {o: c for o, c in QUOTE_PAIRS}
_CLOSING = {c: o for o, c in QUOTE_PAIRS}
_CLOSERS = frozenset(CLOSERS)
_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_ERA_MARKS = frozenset(ERA_MARKS)
_DOMAINS = tuple(sorted(DOMAIN_SUFFIXES, key=len, reverse=True))
# The only characters the scans below act on; everything between them is skipped in one regex step.
_QUOTE_MARKS_RE = re.compile("[" + re.escape("".join(LINE_BREAKS) + "".join(SYMMETRIC_QUOTES)
                                              + "".join(o + c for o, c in QUOTE_PAIRS)) + "]")
_BREAK_MARKS_RE = re.compile("[" + re.escape("".join(LINE_BREAKS) + "".join(TERMINATORS)) + "]")


class Sentence(NamedTuple):
    """A sentence as a span of the raw text.

    Attributes:
        index: 0-based among the text's sentences (across all blocks, in order).
        start: offset of the first character.
        end: half-open end.
    """

    index: int
    start: int
    end: int


def _is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _quote_spans(seg: str) -> list[tuple[int, int]]:
    """Balanced quotations in `seg` as (index of opening mark, index after closing mark)."""
    spans: list[tuple[int, int]] = []
    open_sym: int | None = None
    open_dir: list[int] = []
    n = len(seg)
    for m in _QUOTE_MARKS_RE.finditer(seg):
        i = m.start()
        ch = seg[i]
        if ch in _LINE_BREAKS:
            open_sym, open_dir = None, []
        elif ch in _SYMMETRIC:
            prev = seg[i - 1] if i else " "
            nxt = seg[i + 1] if i + 1 < n else " "
            can_open = not nxt.isspace() and nxt not in _TERMINATORS and nxt not in _SYMMETRIC
            can_close = not prev.isspace() or not can_open
            if open_sym is not None and can_close:
                if i - open_sym <= MAX_QUOTE_CHARS:
                    spans.append((open_sym, i + 1))
                open_sym = None
            elif can_open:
                open_sym = i
        elif ch in _OPENERS:
            open_dir.append(i)
        elif ch in _CLOSING and open_dir:
            start = open_dir.pop()
            if i - start <= MAX_QUOTE_CHARS:
                spans.append((start, i + 1))
    return sorted(spans)


@lru_cache(maxsize=8192)
def _normalized(text: str) -> str:
    """`normalize(text)` for the short words and characters around a dot, computed once each."""
    return normalize(text)


def _word_before(seg: str, i: int) -> tuple[str, int]:
    """The run of letters ending at `i` (exclusive) and where it starts."""
    j = i
    while j > 0 and (seg[j - 1].isalpha() or _normalized(seg[j - 1]) == ""):
        j -= 1
    return seg[j:i], j


def _dot_is_not_a_break(seg: str, i: int) -> bool:
    """Whether the '.' at `i` is a decimal point, abbreviation, list marker or site name."""
    prev = seg[i - 1] if i else ""
    nxt = seg[i + 1] if i + 1 < len(seg) else ""
    if prev.isdigit() and nxt.isdigit():
        return True                                         # 2.5
    if _is_latin_alnum(prev) and _is_latin_alnum(nxt):
        return True                                         # alarabiya.net, U.S
    if any(seg.startswith(d, i + 1) and not seg[i + 1 + len(d):i + 2 + len(d)].isalpha() for d in _DOMAINS):
        return True                                         # العربية.نت
    if prev.isdigit():
        j = i
        while j > 0 and seg[j - 1].isdigit():
            j -= 1
        digits_before = i - j
        line_start = seg.rfind("\n", 0, j) + 1
        if not seg[line_start:j].strip() and digits_before <= 2 and nxt == " ":
            return True                                     # "1. " opening a list line
        after = seg[i + 2:i + 6]
        if (nxt == " " and 1 <= digits_before <= 3 and len(after) >= 3 and after[:3].isdigit()
                and (len(after) == 3 or not after[3].isdigit())):
            return True                                     # 2. 500
        return False
    word, w_start = _word_before(seg, i)
    letters = _normalized(word)
    if len(letters) == 1:
        before = seg[:w_start].rstrip()
        if letters in _ERA_MARKS and before[-1:].isdigit():
            return False                                    # 2021 م.
        return True                                         # U.S., د.
    if letters.lower() in _ABBREVIATIONS and letters.isascii():
        return True                                         # Gen.
    return False


def _breaks(seg: str) -> list[int]:
    """Offsets in `seg` where a sentence ends (exclusive ends)."""
    quotes = _quote_spans(seg)
    starts = [q[0] for q in quotes]
    out: list[int] = []
    n = len(seg)
    i = 0
    while i < n:
        found = _BREAK_MARKS_RE.search(seg, i)
        if found is None:
            break
        i = found.start()
        ch = seg[i]
        if ch in _LINE_BREAKS:
            out.append(i)
            i += 1
            continue
        if ch not in _TERMINATORS or (ch == "." and _dot_is_not_a_break(seg, i)):
            i += 1
            continue
        j = i + 1
        while j < n and seg[j] in _TERMINATORS:
            j += 1
        k = bisect.bisect_right(starts, i) - 1
        inside = next((q for q in quotes[max(0, k - 3):k + 1] if q[0] < i < q[1] - 1), None)
        if inside is not None:
            if seg[j:inside[1] - 1].strip(" \t" + "".join(TERMINATORS)):
                i = j
                continue                                    # the quotation goes on
            j = inside[1]
            while j < n and seg[j] in _TERMINATORS:
                j += 1
        while j < n and seg[j] in _CLOSERS and not (seg[j] in _SYMMETRIC and j in starts):
            j += 1
        out.append(j)
        i = j
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    seg = text[start:end]
    spans: list[tuple[int, int]] = []
    last = 0
    for b in _breaks(seg) + [len(seg)]:
        piece = seg[last:b]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left and any(c.isalnum() for c in piece):
            spans.append((start + last + left, start + last + right))
        last = b
    return spans


def split_sentences(text: str, blocks: Sequence[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split `text` into sentences by the rule in this module's docstring.

    Args:
        text: raw text; offsets index into it.
        blocks: spans of `text` to split, in order (e.g. an article's title, subheadings
            and paragraphs); a sentence never crosses a block boundary. None splits the
            whole text as one block.
    Returns:
        Sentences in block order, numbered from 0; [] for text with no letter or digit.
    Raises:
        ParameterError: a block outside the text or with end before start.
    Example:
        >>> t = "قال المسؤول إن نحو 2.5 ألف جندي باقون. وأضاف: «لن ننسحب. ولن نغادر.» ثم غادر!"
        >>> [t[s.start:s.end] for s in split_sentences(t)]
        ['قال المسؤول إن نحو 2.5 ألف جندي باقون.', 'وأضاف: «لن ننسحب. ولن نغادر.»', 'ثم غادر!']
        >>> t = "العنوان\\nالفقرة الأولى. الثانية"
        >>> [(s.index, t[s.start:s.end]) for s in split_sentences(t, [(0, 7), (8, len(t))])]
        [(0, 'العنوان'), (1, 'الفقرة الأولى.'), (2, 'الثانية')]
    """
    if blocks is None:
        blocks = [(0, len(text))]
    sentences: list[Sentence] = []
    for block in blocks:
        start, end = block
        if not 0 <= start <= end <= len(text):
            raise ParameterError("blocks", block, f"is not a span of a text of {len(text)} characters",
                                 "Give (start, end) pairs with 0 <= start <= end <= len(text)")
        for s, e in _pieces(text, start, end):
            sentences.append(Sentence(len(sentences), s, e))
    return sentences


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence that holds the character at `offset`.

    Args:
        sentences: as returned by `split_sentences`.
        offset: an offset into the same text.
    Returns:
        The sentence with ``start <= offset < end``, or None when the offset falls
        between sentences (whitespace, a dropped piece) or outside the text.
    Example:
        >>> t = "الجملة الأولى. الجملة الثانية."
        >>> ss = split_sentences(t)
        >>> sentence_at(ss, t.index("الثانية")).index, sentence_at(ss, 14)
        (1, None)
    """
    ordered = sentences if all(a.start <= b.start for a, b in zip(sentences, sentences[1:])) \
        else sorted(sentences, key=lambda s: s.start)
    k = bisect.bisect_right([s.start for s in ordered], offset) - 1
    if k >= 0 and ordered[k].start <= offset < ordered[k].end:
        return ordered[k]
    return None
