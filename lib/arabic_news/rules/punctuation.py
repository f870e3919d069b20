"""The marks that decide how a line of an article reads, for `arabic_news.corpus.layout`.

A line's last mark (closing quotation marks skipped) tells whether it ends
like a sentence, may be a headline, or runs on into the next line; its first
character tells whether it is a list item. These characters are compared in
the raw text (normalization changes none of them).

To add a mark: add it to its string here and a case in tests/test_corpus.py
(the title and subheading tests).
"""

from __future__ import annotations

FULL_STOPS = ".\u2026\u06D4"
"""A line ending with one of these (. … ۔) is a sentence, never a heading."""

QUESTION_MARKS = "?\u061F!"
"""Headlines may end with these (? ؟ !)."""

RUN_ON_MARKS = ":\u060C,\u061B;-\u2013\u2014/"
"""A line ending with one of these (: ، , ؛ ; - – — /) continues into the next."""

CLOSING_MARKS = "\"'\u201D\u2019\u00BB\u203A)]}"
"""Skipped when looking for a line's last mark (" ' ” ’ » › ) ] })."""

BULLETS = "-\u2013\u2014\u2022*\u00B7\u25AA\u25CF\u25E6\u25CB\u25A0\u25A1\u25BA\u25B8"
"""A line starting with one of these (- – — • * · ▪ ● ◦ ○ ■ □ ► ▸) is a list item."""
