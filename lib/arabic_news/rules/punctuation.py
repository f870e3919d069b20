"""Punctuation the readers and finders look at: how a line of an article ends, and commas between words.

- The marks that decide how a line of an article reads, for `arabic_news.corpus.layout`: a
  line's last mark (closing quotation marks skipped) tells whether it ends like a sentence,
  may be a headline, or runs on into the next line; its first character tells whether it is
  a list item. To add a mark: add it to its string here and a case in tests/test_corpus.py
  (the title and subheading tests).
- The commas the number and date finders step over.

Sentence ends and quotation marks, for `arabic_news.sentences`, are in rules/sentence_breaks.py.
These characters are the same before and after `normalize()` (it changes none of them).
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

# The Arabic comma (U+060C) and the Latin one, which Arabic news uses too. A comma may stand
# between a month and its year («أغسطس، 2019») and between a figure and its hedge or noun
# («2500، تقريبا»): the finders step over it.
COMMAS: tuple[str, ...] = ("،", ",")
