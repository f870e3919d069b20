"""What ends a sentence, and the dots that do not, for `arabic_news.sentences`.

These characters are matched in the raw text (normalization changes none of
them). The splitting rule itself is documented in `arabic_news.sentences`.

To add a row: add it here and a case in tests/test_sentences.py.
"""

from __future__ import annotations

TERMINATORS: tuple[str, ...] = (
    ".",       # full stop; also the decimal point and abbreviation dot, see below
    "!",
    "?",
    "\u061F",  # ؟ Arabic question mark
    "\u2026",  # … ellipsis
    "\u06D4",  # ۔ Arabic full stop (Urdu-style, rare in Arabic news)
)
"""Characters that end a sentence (a run of them, like «..» or «؟!», ends it once)."""

LINE_BREAKS: tuple[str, ...] = ("\n", "\r", "\u2028", "\u2029")
"""Characters that always end a sentence, even inside a quotation."""

SYMMETRIC_QUOTES: tuple[str, ...] = ('"', "\u201C", "\u201D", "\u201E", "\u201F")
"""Quotation marks that may open or close (" “ ” „ ‟): Arabic text uses “ and ” both ways round."""

QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("\u00AB", "\u00BB"),)
"""Directional quotation marks: « opens, » closes."""

CLOSERS: tuple[str, ...] = ('"', "\u201C", "\u201D", "\u00BB", ")", "]", "'", "\u2019")
"""Characters kept with the sentence when they follow its terminator directly (.” .) .»)."""

MAX_QUOTE_CHARS: int = 800
"""A quotation longer than this (or crossing a line break) is treated as unbalanced marks."""

ABBREVIATIONS: tuple[str, ...] = (
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "prof", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "no", "vs", "inc", "corp", "co", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
)
"""Latin words whose dot is not a sentence end (compared lowercased). Single letters
(U.S., د. for Dr., أ.ف.ب) are never sentence ends either, by rule, except `ERA_MARKS`."""

ERA_MARKS: tuple[str, ...] = ("م", "ه")
"""Single letters after a year that mark its era (2021 م. for AD, 1443 هـ. for AH):
their dot does end a sentence. Written as normalize() outputs them (هـ → ه)."""

DOMAIN_SUFFIXES: tuple[str, ...] = ("نت", "كوم", "net", "com", "org")
"""A dot directly followed by one of these is part of a site name (العربية.نت)."""
