"""The year guard: a number that is a year, a day of a month or a label is not a quantity.

Used by `find_quantities` when it is given no date spans, and by `parse_quantity`:
«عام 2014», «في 2008» beside a month name, «30 يناير», «الاثنين 30 من الشهر»,
«بين 3 و7 مارس», «رقم 5», «القرار 2334». Year cues, the year range and label
cues are YEAR_CUES, YEAR_RANGE and LABEL_CUES in rules/numbers.py; month and
weekday names come from rules/months.py and rules/weekdays.py.
"""

from __future__ import annotations

from arabic_news.numbers.lexicon import (CONJ_PREP_RE, DAY_RE, LABEL_CUE_FORMS, MONTH_FIRST_WORDS, MONTH_FORMS,
                                         RANGE_RE, SIZE_HEDGES, WEEKDAY_FORMS, YEAR_CUE_FORMS)
from arabic_news.numbers.quantity_phrase import Found, next_word, previous_word
from arabic_news.rules.numbers import YEAR_RANGE


def _strip_clitics(word: str) -> str:
    """The word without a leading conjunction and preposition (the article stays)."""
    m = CONJ_PREP_RE.match(word)
    return word[m.end():] if m.end() < len(word) else word


def _is_month(word: str) -> bool:
    return bool(word) and (word in MONTH_FORMS or _strip_clitics(word) in MONTH_FORMS)


def _month_before(t: str, pos: int) -> bool:
    """Whether a month name (one or two words) ends right before `pos`."""
    last = previous_word(t, pos)
    if not last:
        return False
    if _is_month(last):
        return True
    k = pos
    while k > 0 and not t[k - 1].isalpha():
        k -= 1
    k -= len(last)
    first = previous_word(t, k)
    return bool(first) and _is_month(first + " " + last)


def _month_after(t: str, pos: int) -> bool:
    word = next_word(t, pos)
    return bool(word) and (word in MONTH_FIRST_WORDS or _strip_clitics(word) in MONTH_FIRST_WORDS)


def is_date_like(t: str, f: Found) -> bool:
    """The cheap year/day guard used when no date spans are given."""
    before = previous_word(t, f.start)
    bare = _strip_clitics(before)   # «وفي» → «في»: the word before without و ف ب ل ك
    if f.value is not None and f.kinds == ("digits",):
        if f.unit is None and isinstance(f.value, int) and f.value >= 100 and f.start == f.number_start \
                and (bare in YEAR_CUE_FORMS or before in YEAR_CUE_FORMS):
            return True   # «عام 1430»: a year of any calendar
        if f.unit is None and 1 <= f.value <= 31 and f.start == f.number_start \
                and bare in WEEKDAY_FORMS:
            return True   # «الاثنين 30 من الشهر»: a day
        digits = t[f.number_start:f.number_start + 4]
        if f.value.denominator == 1 and YEAR_RANGE[0] <= f.value <= YEAR_RANGE[1] and digits.isdigit() \
                and (f.number_start + 4 == len(t) or not t[f.number_start + 4].isdigit()) \
                and "," not in t[f.number_start:f.end]:
            if bare in YEAR_CUE_FORMS or before in YEAR_CUE_FORMS or _month_before(t, f.start):
                return True
            if f.unit is None and f.qualifier not in SIZE_HEDGES:
                return True
        if f.unit is None and 1 <= f.value <= 31 and _month_after(t, f.end):
            return True
        if f.unit is None and 1 <= f.value <= 31:
            rm = RANGE_RE.match(t, f.end)   # «من 1 الي 5 يناير»: the first day of a range of days
            second = DAY_RE.match(t, rm.end()) if rm is not None else None
            if second is not None and 1 <= int(second.group()) <= 31 and _month_after(t, second.end()):
                return True
        if f.unit is None and _month_before(t, f.start):
            return True
    if f.value is not None and f.unit is None and "digits" not in f.kinds and f.start == f.number_start \
            and isinstance(f.value, int) and YEAR_RANGE[0] <= f.value <= YEAR_RANGE[1] \
            and (bare in YEAR_CUE_FORMS or before in YEAR_CUE_FORMS):
        return True   # «عام الفين وعشرين»: a year in words
    if f.vague == "range" and f.unit is None and f.range_high is not None and f.range_high <= 31 \
            and _month_after(t, f.end):
        return True   # «بين 3 و7 مارس»: a range of days
    if f.hedge is None or f.hedge[0] >= f.number_start:
        if before in LABEL_CUE_FORMS or bare in LABEL_CUE_FORMS:
            return True
    return False
