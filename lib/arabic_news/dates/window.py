"""The window a date is parsed in: its tokens, their readings in the lexicon, and what a parse returns.

`find_dates` (arabic_news.dates) cuts the text into short windows around the
prefilter's hits and loads each into the parser; the productions read the tokens
through `Window`'s methods (``w``, ``lex``, ``func``, ``number`` …) and return a `Hit`.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from arabic_news.dates.lexicon import TOKEN_RE, function_kinds, is_ascii_digits, lexicon_entries


class Hit(NamedTuple):
    """A date read at a token: its span (normalized offsets), its days and the production that read it."""
    end_tok: int        # index after the last token
    start: int          # normalized char offsets
    end: int
    date_start: dt.date
    date_end: dt.date
    precision: str
    relative: bool
    rule: str
    future: bool | None
    confidence: float = 1.0   # below 1 when the text contradicts itself (a weekday that is not its date's)


class Core(NamedTuple):
    """A day/month/year reading before it is resolved (ranges borrow what is missing)."""
    start: int
    end: int
    end_tok: int
    day: int | None
    month: int | None
    calendar: str
    year: tuple | None      # ("abs", y) | ("rel", direction) | ("ana", shift)
    modifier: str | None    # direction written after the month («فبراير الماضي»)
    rule: str


# plain dicts in front of the lru_caches of lexicon.py: these two look-ups are the parser's hottest
_ENTRIES: dict[str, tuple] = {}
_KINDS: dict[str, dict[str, int]] = {}


class Window:
    """The tokens of one window of text and their readings; the state a parse carries along.

    `DateParser` (parser.py) is this class with every production added: the
    productions of absolute.py, relative.py, period_phrases.py and ranges.py read
    tokens through these methods and call one another through ``self``.
    Token indices ``i`` count from the start of the window loaded last.
    """

    def __init__(self, text: str, ref: dt.date | None):
        self.text = text
        self.ref = ref
        self.prev: Hit | None = None
        self.narrative: tuple[int, int] | None = None   # (year, end offset) of the last absolute date
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    # ---- tokens
    def load(self, start: int, end: int) -> None:
        text = self.text
        spans = [m.span() for m in TOKEN_RE.finditer(text, start, end)]   # one call per token, not three
        self.words = [text[a:b] for a, b in spans]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def w(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def lex(self, i: int, cats: tuple[str, ...] | None = None):
        """Best lexicon reading at token i: (entry, n_tokens, clitic_len), or None."""
        tokens = self.words
        if not 0 <= i < len(tokens):
            return None
        word = tokens[i]
        candidates = _ENTRIES.get(word)
        if candidates is None:
            candidates = lexicon_entries(word)
            if len(_ENTRIES) < 200_000:
                _ENTRIES[word] = candidates
        for clen, words, entry in candidates:
            if cats is not None and entry.cat not in cats:
                continue
            n = len(words)
            if n == 1 or tokens[i + 1:i + n] == list(words[1:]):
                return entry, n, clen
        return None

    def func(self, i: int, kind: str) -> int:
        """Clitic length when token i is a function word of `kind`, else -1."""
        if not 0 <= i < len(self.words):
            return -1
        word = self.words[i]
        kinds = _KINDS.get(word)
        if kinds is None:
            kinds = function_kinds(word)
            if len(_KINDS) < 200_000:
                _KINDS[word] = kinds
        return kinds.get(kind, -1)

    def number(self, i: int) -> int | None:
        words = self.words
        if 0 <= i < len(words):
            word = words[i]
            if len(word) <= 4 and word.isdigit() and word.isascii():
                return int(word)
        return None

    def adjacent(self, i: int) -> bool:
        return 0 < i < len(self.words) and self.starts[i] == self.ends[i - 1]

    def unit_follows(self, i: int) -> bool:
        """A counted noun at token i (or after «من»): the number before it is a quantity."""
        if self.lex(i, ("unit",)) is not None:
            return True
        return self.func(i, "link") == 0 and self.lex(i + 1, ("unit",)) is not None

    # ---- building a hit
    def _hit(self, i0: int, clen: int, end_tok: int, start: dt.date, end: dt.date, precision: str,
             relative: bool, rule: str, future: bool | None = None, confidence: float = 1.0) -> Hit:
        s = self.starts[i0] + clen
        e = self.ends[end_tok - 1]
        return Hit(end_tok, s, e, start, end, precision, relative, rule, future, confidence)

    def _anchor(self, anaphoric: bool) -> dt.date | None:
        """What a date counts from: the last date found for anaphora («في العام نفسه»), else ``ref``."""
        if anaphoric:
            return self.prev.date_start if self.prev is not None else None
        return self.ref
