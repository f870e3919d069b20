"""Weekday names, as `normalize()` writes them, with their ISO weekday number.

The article ال is part of every name (الخميس), so the forms carry it; the
finder in `arabic_news.dates` adds only the clitics و ف ب ل ك. «الاثنين» is
Monday here and never the number two: rules/numbers.py leaves the article off
its row for 2 for that reason. «يوم» before a name belongs to the expression
(«يوم الخميس»).

To add a spelling: add it to the row's ``forms`` and a case to tests/cases/dates.tsv.
"""

from __future__ import annotations

from typing import NamedTuple


class Weekday(NamedTuple):
    weekday: int               # ISO: Monday 0 … Sunday 6, as datetime.date.weekday()
    forms: tuple[str, ...]     # normalized forms, with the article


WEEKDAYS: tuple[Weekday, ...] = (
    Weekday(0, ("الاثنين", "الاتنين")),
    Weekday(1, ("الثلاثاء", "الثلاثا")),
    Weekday(2, ("الاربعاء", "الاربعا")),
    Weekday(3, ("الخميس",)),
    Weekday(4, ("الجمعه",)),
    Weekday(5, ("السبت",)),
    Weekday(6, ("الاحد",)),
)

# Words that may stand before a weekday name and belong to the expression.
DAY_NOUNS: tuple[str, ...] = ("يوم",)

# «يوم الجمعه 16»: a weekday and a day number with no month is a date only when the number ends
# the clause (punctuation or the end of the text) or one of these words follows it; «الجمعه 11
# سنتيمترا» is a measure («بلغ منسوب الامطار الجمعه 11 سنتيمترا»).
DAY_NUMBER_FOLLOWERS: tuple[str, ...] = (
    "في", "الي", "من", "علي", "عن", "حتي", "مع", "بعد", "قبل", "خلال", "عند", "حين", "الموافق",
)


class WeekdayOrdinal(NamedTuple):
    n: int                     # 1 the first … 5 the fifth; -1 the last
    forms: tuple[str, ...]     # normalized forms


# «الاحد الثاني من الشهر», «الجمعه الاولي من اغسطس», «الخميس الاخير من نوفمبر»: a weekday, one of
# these, «من» and a month (a name, «الشهر» — the publication month —, or «الشهر المقبل»): the
# n-th such weekday of that month. Rule ``ordinal_weekday``.
WEEKDAY_ORDINALS_AFTER: tuple[WeekdayOrdinal, ...] = (
    WeekdayOrdinal(1, ("الاول", "الاولي")), WeekdayOrdinal(2, ("الثاني", "الثانيه")),
    WeekdayOrdinal(3, ("الثالث", "الثالثه")), WeekdayOrdinal(4, ("الرابع", "الرابعه")),
    WeekdayOrdinal(5, ("الخامس", "الخامسه")), WeekdayOrdinal(-1, ("الاخير", "الاخيره")),
)
# «اول خميس من نوفمبر», «ثاني احد من يناير», «اخر جمعه من ديسمبر»: the ordinal before the weekday,
# which is then written without its article.
WEEKDAY_ORDINALS_BEFORE: tuple[WeekdayOrdinal, ...] = (
    WeekdayOrdinal(1, ("اول",)), WeekdayOrdinal(2, ("ثاني",)), WeekdayOrdinal(3, ("ثالث",)),
    WeekdayOrdinal(4, ("رابع",)), WeekdayOrdinal(5, ("خامس",)), WeekdayOrdinal(-1, ("اخر",)),
)
