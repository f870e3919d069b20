"""Punctuation the number and date finders read between words.

Sentence ends and quotation marks, for `arabic_news.sentences`, are in
rules/sentence_breaks.py. These characters are the same before and after
`normalize()` (it changes none of them).
"""

from __future__ import annotations

# The Arabic comma (U+060C) and the Latin one, which Arabic news uses too. A comma may stand
# between a month and its year («أغسطس، 2019») and between a figure and its hedge or noun
# («2500، تقريبا»): the finders step over it.
COMMAS: tuple[str, ...] = ("،", ",")
