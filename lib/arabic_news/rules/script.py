"""Which code points count as Arabic letters, for the corpus reader.

`arabic_news.corpus` refuses a file with no Arabic letter ("is this the English
edition?") and accepts a guessed legacy encoding only when most of the letters
it gives are Arabic. Marks, digits, punctuation and tatweel are not letters.

To change a range: edit it here and add a case to tests/test_corpus.py.
"""

from __future__ import annotations

ARABIC_LETTERS = (
    "[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    "\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]"
)
"""A regex character class: the Arabic, Arabic Supplement and Extended-A letters and presentation forms."""
