"""An article's layout: the title, paragraphs, subheadings and site chrome, as spans.

Each non-blank line is one block; blank lines only separate. A block is, in
this order of decision:

1. boilerplate, when a row of the boilerplate table
   (`arabic_news.rules.boilerplate`) matches the whole line (plus the linked
   headlines some markers carry with them);
2. the title, when it is the first remaining block and looks like a headline:
   at most `TITLE_MAX_WORDS` words, not a list item, not ending with a full
   stop or a comma/colon, and followed by a blank line, or directly by body
   text in a text that does not separate its blocks with blank lines (where
   blank lines separate blocks, a first line run straight into the next one
   is the start of the lead paragraph);
3. a subheading, when it is a short line (at most `SUBHEADING_MAX_WORDS`
   words, no final full stop, comma or colon) standing alone between two
   longer body blocks;
4. otherwise a paragraph.

A paragraph wrapped over several lines without blank lines between them is
read as several paragraphs (each line one); sentences never span blocks.
Which marks end a sentence, run on or open a list item is the table
`arabic_news.rules.punctuation`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from arabic_news.normalize import normalize_with_offsets
from arabic_news.rules.boilerplate import BOILERPLATE_RULES, BoilerplateRule
from arabic_news.rules.punctuation import BULLETS, CLOSING_MARKS, FULL_STOPS, QUESTION_MARKS, RUN_ON_MARKS

# --- Layout thresholds (keyword-free: they describe headlines, not a language) ---
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 220
SUBHEADING_MAX_WORDS = 12
SUBHEADING_MAX_CHARS = 120
LINKED_HEADLINE_MAX_WORDS = 25


class Span(NamedTuple):
    """A half-open ``[start, end)`` span of `Article.raw`, with a label.

    ``label`` is ``"title"``, ``"subheading"`` or ``"paragraph"`` for body
    blocks, and the id of the boilerplate rule for chrome (``"share_button"``).

    Example:
        >>> s = Span(0, 4, "title")
        >>> "عاجل: خبر"[s.start:s.end]
        'عاجل'
    """

    start: int
    end: int
    label: str = ""


class Layout(NamedTuple):
    """Where the title, paragraphs, subheadings and chrome of a text are."""

    title: Span | None
    paragraphs: tuple[Span, ...]
    subheadings: tuple[Span, ...]
    boilerplate: tuple[Span, ...]


class _Block(NamedTuple):
    start: int
    end: int
    line: int        # 0-based line number
    key: str         # normalized, white space collapsed, for the boilerplate table
    n_words: int


def is_blank_char(char: str) -> bool:
    """White space, or a control or format character (which count as white space when lines are split)."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def _blocks(raw: str) -> list[_Block]:
    lines = []
    pos = 0
    for number, line in enumerate(raw.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and is_blank_char(raw[start]):
            start += 1
        while end > start and is_blank_char(raw[end - 1]):
            end -= 1
        if start != end:
            lines.append((start, end, number))
    # Normalization maps character by character, so a line's normalized text is a slice of the whole
    # text's: one vectorized pass instead of one per line.
    norm = normalize_with_offsets(raw)
    ends = np.searchsorted(norm.to_raw, [offset for start, end, _ in lines for offset in (start, end)]).tolist()
    blocks = []
    for k, (start, end, number) in enumerate(lines):
        words = norm.text[ends[2 * k]:ends[2 * k + 1]].split()
        blocks.append(_Block(start, end, number, " ".join(words), len(words)))
    return blocks


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[BoilerplateRule, re.Pattern], ...]:
    return tuple((rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in BOILERPLATE_RULES)


@lru_cache(maxsize=1)
def _any_rule() -> re.Pattern:
    """Every rule's pattern in one alternation: a line no rule matches is passed over in one step."""
    return re.compile("|".join(f"(?:{rule.pattern})" for rule in BOILERPLATE_RULES), re.IGNORECASE)


def _chrome_rule(key: str, first: bool = False) -> BoilerplateRule | None:
    if not _any_rule().fullmatch(key):
        return None
    for rule, pattern in _compiled_rules():
        if (rule.may_open or not first) and pattern.fullmatch(key):
            return rule
    return None


def _last_mark(text: str) -> str:
    stripped = text.rstrip(CLOSING_MARKS + " ")
    if stripped.endswith(("..", "…")):
        return "…"
    return stripped[-1] if stripped else ""


def _is_list_item(text: str) -> bool:
    return text[0] in BULLETS or re.match(r"\d{1,3}\s*[-.)]\s*\D", text) is not None


def _heading_shaped(text: str, n_words: int, max_words: int, max_chars: int,
                    trailing_dots: bool = False) -> bool:
    """Short, not a list item, has a letter, and does not end like a sentence or run on.

    A headline may trail off with dots ("بلا أمل...") when `trailing_dots` is set.
    """
    last = _last_mark(text)
    ends_badly = last in RUN_ON_MARKS or (last in FULL_STOPS and not (trailing_dots and last == "…"))
    return (n_words <= max_words and len(text) <= max_chars and not _is_list_item(text)
            and not ends_badly and any(c.isalpha() for c in text))



def _find_chrome(raw: str, blocks: list[_Block]) -> dict[int, str]:
    """The blocks that are site chrome: {block index: boilerplate rule id}."""
    chrome: dict[int, str] = {}
    i = 0
    while i < len(blocks):
        rule = _chrome_rule(blocks[i].key, first=i == 0)
        if rule is None:
            i += 1
            continue
        chrome[i] = rule.id
        i += 1
        taken = 0
        while (taken < rule.takes_next and i < len(blocks) and _chrome_rule(blocks[i].key) is None
               and _heading_shaped(raw[blocks[i].start:blocks[i].end], blocks[i].n_words,
                                   LINKED_HEADLINE_MAX_WORDS, TITLE_MAX_CHARS, trailing_dots=True)):
            chrome[i] = rule.id
            i += 1
            taken += 1
    return chrome


def _find_title(raw: str, blocks: list[_Block], body: list[int]) -> int | None:
    """The index of the block that is the title (the first body block, when it is a headline), or None."""
    if len(body) < 2:
        return None
    first, second = blocks[body[0]], blocks[body[1]]
    first_text = raw[first.start:first.end]
    if not _heading_shaped(first_text, first.n_words, TITLE_MAX_WORDS, TITLE_MAX_CHARS, trailing_dots=True):
        return None
    blank_after = second.line > first.line + 1
    second_text = raw[second.start:second.end]
    runs_into_body = (_last_mark(second_text) in FULL_STOPS + QUESTION_MARKS
                      or len(second_text) > len(first_text))
    # In a text whose blocks are separated by blank lines, a first line with no
    # blank line after it is the start of the lead paragraph, not a headline.
    gaps = [b.line > a.line + 1 for a, b in zip(blocks, blocks[1:])]
    blank_separated = sum(gaps) * 2 > len(gaps)
    if blank_after or (runs_into_body and not blank_separated
                       and _last_mark(first_text) not in QUESTION_MARKS):
        return body[0]
    return None


def _find_subheadings(raw: str, blocks: list[_Block], rest: list[int]) -> set[int]:
    """The body blocks that are subheadings: heading-shaped, between two blocks that are not."""
    shaped = {
        k: _heading_shaped(raw[blocks[k].start:blocks[k].end], blocks[k].n_words,
                           SUBHEADING_MAX_WORDS, SUBHEADING_MAX_CHARS)
        for k in rest
    }
    subheading_indexes = set()
    for position, k in enumerate(rest):
        if not shaped[k] or position == 0 or position == len(rest) - 1:
            continue
        before, after = rest[position - 1], rest[position + 1]
        if not shaped[before] and not shaped[after]:
            subheading_indexes.add(k)
    return subheading_indexes


def parse_layout(raw: str) -> Layout:
    """Find the title, paragraphs, subheadings and chrome of an article's text.

    Args:
        raw: the article's text; every span returned indexes into it.
    Returns:
        A `Layout`; paragraphs, subheadings and boilerplate are in text order.
        A text of blank lines gives no blocks at all.
    Example:
        >>> text = ("انسحاب القوات من القاعدة\\n\\nشارك الخبر\\n\\n"
        ...         "قال مسؤول إن 2500 جندي باقون.\\n\\nموقف الحكومة\\n\\n"
        ...         "وأكد الوزير أن الحوار مستمر.\\n\\nRead Next\\n\\nعنوان مقال آخر")
        >>> layout = parse_layout(text)
        >>> text[layout.title.start:layout.title.end]
        'انسحاب القوات من القاعدة'
        >>> [text[s.start:s.end] for s in layout.subheadings]
        ['موقف الحكومة']
        >>> [(s.label, text[s.start:s.end]) for s in layout.boilerplate]
        [('share_button', 'شارك الخبر'), ('read_previous_next', 'Read Next'), ('read_previous_next', 'عنوان مقال آخر')]
        >>> len(layout.paragraphs)
        2
    """
    blocks = _blocks(raw)
    chrome = _find_chrome(raw, blocks)
    body = [k for k in range(len(blocks)) if k not in chrome]
    title_index = _find_title(raw, blocks, body)
    rest = [k for k in body if k != title_index]
    subheading_indexes = _find_subheadings(raw, blocks, rest)

    def span(k: int, label: str) -> Span:
        return Span(blocks[k].start, blocks[k].end, label)

    return Layout(
        title=span(title_index, "title") if title_index is not None else None,
        paragraphs=tuple(span(k, "paragraph") for k in rest if k not in subheading_indexes),
        subheadings=tuple(span(k, "subheading") for k in rest if k in subheading_indexes),
        boilerplate=tuple(span(k, label) for k, label in sorted(chrome.items())),
    )
