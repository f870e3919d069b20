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
