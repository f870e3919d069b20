"""Clause structure the extraction rules read around a figure: punctuation that ends a clause,
and the function words that link a figure to its neighbours.

Forms are written as `normalize()` outputs them (ى → ي, أ/إ/آ → ا, ة → ه). The code that
reads these tables lives in `arabic_news.extract`; each constant says which rule uses it.
To change a rule's reach, change a row here and add a case to `tests/test_extract.py`.
"""

from __future__ import annotations

# ── punctuation ─────────────────────────────────────────────────────────────────────────────
# Marks that end the clause a figure stands in, for the owner / place / change rules
# («… 2500 جندي، وفي سوريا …»: the comma ends the figure's clause).
CLAUSE_MARKS = "،,.؛;:()\n"
# Marks that end a figure's clause for the casualty rule: looking back (the sentence's own
# full stop is not inside) and looking ahead (a full stop ends it too).
CASUALTY_CLAUSE_MARKS_BEFORE = "،,؛;:"
CASUALTY_CLAUSE_MARKS_AFTER = "،,؛;:."
# Marks that no link between two figures of one count crosses («مقتل 23 مقاتلا، بينهم 5 …، و18 عنصرا»
# crosses commas only).
LINK_BREAK_MARKS = ".؛;:\n"
# Marks that bound a figure's clause when a place is looked for in it.
PLACE_CLAUSE_MARKS = "،,؛;:()"
# Marks that open the clause a status cue (من المقرر, سـ) governs; a spaced hyphen too.
STATUS_CLAUSE_MARKS = "،,؛;:–—"
STATUS_CLAUSE_DASH = " - "
# What ends the few words after a figure's noun where its owner is looked for
# («جندي امريكي في العراق»: the owner, then «في» starts the place): punctuation and quotes,
# a digit (the next figure), a line break, and the prepositions below.
OWNER_WINDOW_MARKS = "،,.؛;:()\"«»\n"
OWNER_WINDOW_PREPOSITIONS: tuple[str, ...] = ("في", "من", "علي", "الي", "عن")
# A preposition glued to a place that puts something there («بالعراق», «بمنطقه الساحل»).
LOCATIVE_CLITICS: tuple[str, ...] = ("ب",)
# Pronouns closing a partitive after a figure («300 الف من عديد قواتها»): the force they refer to is
# named before the figure, never after it.
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("ها", "ه", "هم")
# «من» and a number between a figure's noun and a word of states: «فرد من 27 دوله».
MULTINATIONAL_LINKS: tuple[str, ...] = ("من",)
# What may stand between the items of a list of places («في كل من سوريا والعراق»).
LIST_MARKS = "،,"

# ── function words ──────────────────────────────────────────────────────────────────────────
# «و» joins the items of a list («15 الف جندي في الكويت، و9 الاف في العراق»).
LIST_CONJUNCTIONS: tuple[str, ...] = ("و",)
# A reduction «من 5200 الي 3000»: the word before the first figure and before the second.
CHANGE_FROM_WORDS: tuple[str, ...] = ("من",)
CHANGE_TO_WORDS: tuple[str, ...] = ("الي", "حتي")
# «انسحاب القوات من سوريا»: «من» before a place names where troops leave, a location only
# in a sentence about a withdrawal.
WITHDRAWN_FROM_WORDS: tuple[str, ...] = ("من",)
# The land of a country before its adjective («الاراضي السوريه»): the adjective names a place.
LAND_NOUNS: tuple[str, ...] = ("اراضي", "ارض", "الاراضي")
# After a number these begin a percentage («10 في المئه», «بالمئه»): no count of people.
PERCENT_FOLLOWERS: tuple[str, ...] = ("%", "في الم", "بالم")
# The future: سـ + a verb in the imperfect (سيبقي، ستنسحب، سننشر), maybe after و or ف.
FUTURE_PREFIX = "س"
FUTURE_PERSON_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن")
FUTURE_MIN_STEM_LETTERS = 3
# The mark that may end the gap before a listed figure («، و9 الاف»).
ELIDED_LIST_MARKS = "،"
