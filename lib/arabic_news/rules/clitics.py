"""Clitic prefixes: the short words Arabic writes joined to the front of the next word.

One table for every finder and matcher (`patterns.PhraseMatcher`, `numbers`, `dates`,
`attribution`): a table row is written without them and the code that compiles the
table adds them, so «والقوات», «بالعراق» and «للعام» find «القوات», «العراق» and «العام».

Order on a word: a conjunction, then a preposition, then the article:
و + ب + ال + عراق → «وبالعراق». ل + ال is written «لل» (the alef drops: للعراق).
"""

from __future__ import annotations

# و (wa, "and"), ف (fa, "so, and then")
CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
# ب (bi, "with, in"), ل (li, "to, for"), ك (ka, "like, as")
PREPOSITIONS: tuple[str, ...] = ("ب", "ل", "ك")
# ال (al-, "the")
ARTICLE = "ال"
# ل + ال with the alef dropped: «للعام» = ل + العام
LAM_ARTICLE = "لل"
# Every conjunction + preposition prefix a finder strips before looking a word up
# (longest readings are tried too: وب، ول …).
PREFIXES: tuple[str, ...] = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
# Conjunctions that a short form may carry (ف and the prepositions may not).
LIGHT_CONJUNCTIONS: tuple[str, ...] = ("و",)
# A form of at most this many letters takes only و and ال in the gazetteer's matcher
# (mentions): «وات» (TAP, the Tunisian agency) must not match «فوات», nor «روس» «بروس».
SHORT_FORM_LETTERS = 3
