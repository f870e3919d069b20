"""Holidays that date an event: «عيد الفطر 2013», «عيد الاضحي المقبل», «المولد النبوي 2020».

A row names a holiday by its day in its calendar: Hijri holidays move through the Gregorian
year and are converted with the Hijri calendar (`arabic_news.dates.hijri`). With a year after
it, the holiday is the one of that year: a Hijri year («عيد الفطر 1442») directly, a Gregorian
year («عيد الفطر 2013») the holiday whose Gregorian day falls in it (the first, in the rare
Gregorian year that holds two). With الماضي / المقبل (rules/periods.py MODIFIERS) it is the last
one before the publication date or the next one after it; alone, the last one on or before the
publication date, unless the sentence speaks of the future (then the next one). Rule
``holiday``, precision ``day`` (the holiday's first day). A month that is a season of worship
(«رمضان 2019») is a month name of rules/months.py, not a row here.

Forms are written as `normalize()` outputs them; the finder adds the clitics.
To add a holiday: add a row here and a case to tests/cases/breadth_dates.tsv.
"""

from __future__ import annotations

from typing import NamedTuple


class Holiday(NamedTuple):
    key: str                   # an English id
    calendar: str              # "hijri" or "gregorian" (rules/months.py CALENDARS)
    month: int
    day: int
    forms: tuple[str, ...]
    note: str = ""


HOLIDAYS: tuple[Holiday, ...] = (
    Holiday("eid_al_fitr", "hijri", 10, 1, ("عيد الفطر", "عيد الفطر المبارك"), note="1 Shawwal"),
    Holiday("eid_al_adha", "hijri", 12, 10, ("عيد الاضحي", "عيد الاضحي المبارك", "عيد النحر"), note="10 Dhu al-Hijjah"),
    Holiday("day_of_arafah", "hijri", 12, 9, ("يوم عرفه", "يوم عرفات"), note="9 Dhu al-Hijjah"),
    Holiday("islamic_new_year", "hijri", 1, 1, ("راس السنه الهجريه",), note="1 Muharram"),
    Holiday("ashura", "hijri", 1, 10, ("عاشوراء", "يوم عاشوراء"), note="10 Muharram"),
    Holiday("mawlid", "hijri", 3, 12, ("المولد النبوي", "المولد النبوي الشريف", "ذكري المولد النبوي"),
            note="12 Rabi al-Awwal, the Sunni date"),
    Holiday("isra_and_miraj", "hijri", 7, 27, ("الاسراء والمعراج", "ذكري الاسراء والمعراج"), note="27 Rajab"),
    Holiday("laylat_al_qadr", "hijri", 9, 27, ("ليله القدر",), note="27 Ramadan, the usual reckoning"),
    Holiday("christmas", "gregorian", 12, 25, ("عيد الميلاد", "عيد الميلاد المجيد"),
            note="with the article only: «عيد ميلاده» is a birthday"),
    Holiday("new_year", "gregorian", 1, 1, ("راس السنه الميلاديه", "عيد راس السنه الميلاديه")),
)
