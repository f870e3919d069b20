"""Widely known dated events that articles name without giving their date.

`arabic_news.extract` uses this table to infer a publication window when an
article has no date of its own: an article that names an event was written on
or after the event's date (a lower bound of the window). It does not add events
to the `events` table (those need a time expression in the text).

Forms are written as `normalize()` outputs them and are matched with word
boundaries and the clitic prefixes (و ف ب ل ك, ال, لل). Keep to events whose
name alone pins the day (not «الانتخابات» or «الحرب»), and cite the date.

A row may also list `names`: words that name the event's subject. A day and month
written without a year («في 3 يناير») in a sentence that holds one of them, on the
event's own day and month, is read as that event's day (`arabic_news.dates`): «اغتيال
أمريكا في 3 يناير للجنرال الإيراني قاسم سليماني» is 3 January 2020 whatever year the
narrative around it names.

A row may instead (or also) list `together`: groups of words that, all in one sentence, name
the event («الكاظمي» and «بايدن»: their White House meeting). Such an event is no lower bound
(it may be ahead of the article); a publication window uses it only through a relative date
beside the names in that sentence («يوم الاثنين», «الاسبوع المقبل», «امس»): the window keeps
the days against which that expression resolves to the event's day (`extract.publication`).
Several events may share a group (two visits of the same man): the window keeps the days any
of them allows, and the article's other bounds choose.

To add an event: add a row; tests/test_extract.py checks the rows parse.
"""

from __future__ import annotations

from typing import NamedTuple


class KnownEvent(NamedTuple):
    key: str       # an English id
    date: str      # ISO date (YYYY-MM-DD) the event happened (its first day)
    forms: tuple[str, ...]  # normalized surface forms that name it
    note: str = ""
    names: tuple[str, ...] = ()  # subject words that, beside its day-month, pin the year
    together: tuple[tuple[str, ...], ...] = ()  # word groups that, all in one sentence, name it


KNOWN_EVENTS: tuple[KnownEvent, ...] = (
    KnownEvent("al_aqsa_flood", "2023-10-07", ("طوفان الاقصي", "عمليه طوفان الاقصي", "هجوم 7 اكتوبر"),
               note="Hamas attack on Israel; the Gaza war follows"),
    KnownEvent("soleimani_killing", "2020-01-03", ("اغتيال سليماني", "اغتيال قاسم سليماني",
                                                   "مقتل سليماني", "مقتل قاسم سليماني",
                                                   "اغتيال الجنرال الايراني قاسم سليماني"),
               note="US drone strike at Baghdad airport", names=("سليماني",)),
    KnownEvent("iraq_parliament_withdrawal_vote", "2020-01-05", ("قرار البرلمان العراقي باخراج القوات الاجنبيه",),
               note="non-binding resolution to expel foreign troops"),
    KnownEvent("mosul_fall", "2014-06-10", ("سقوط الموصل",), note="ISIS takes Mosul"),
    KnownEvent("isis_caliphate_declared", "2014-06-29", ("اعلان الخلافه",)),
    KnownEvent("iraq_victory_over_isis", "2017-12-09", ("اعلان النصر علي داعش", "اعلان النصر علي تنظيم داعش")),
    KnownEvent("jcpoa_us_exit", "2018-05-08", ("انسحاب ترامب من الاتفاق النووي", "الانسحاب الامريكي من الاتفاق النووي",
                                               "الانسحاب الاميركي من الاتفاق النووي"),
               note="US leaves the Iran nuclear deal"),
    KnownEvent("doha_agreement", "2020-02-29", ("اتفاق الدوحه",), note="US-Taliban agreement"),
    KnownEvent("kabul_fall", "2021-08-15", ("سقوط كابول",), note="the Taliban take Kabul"),
    KnownEvent("russia_invades_ukraine", "2022-02-24", ("الغزو الروسي لاوكرانيا", "الحرب الروسيه الاوكرانيه",
                                                         "الحرب في اوكرانيا")),
    KnownEvent("tower_22_attack", "2024-01-28", ("البرج 22",), note="drone attack that killed three US soldiers in Jordan",
               names=("البرج 22",)),
    KnownEvent("covid_pandemic", "2020-03-11", ("جائحه كورونا", "فيروس كورونا", "كوفيد 19", "كوفيد-19"),
               note="WHO declares a pandemic; articles naming it are from 2020 on"),
    KnownEvent("us_capture_saddam", "2003-12-13", ("القبض علي صدام",)),
    KnownEvent("iraq_invasion", "2003-03-20", ("غزو العراق", "الغزو الامريكي للعراق", "الغزو الاميركي للعراق")),
    KnownEvent("assad_fall", "2024-12-08", ("سقوط الاسد", "سقوط نظام الاسد", "سقوط نظام بشار الاسد")),
    # Office holders: an article that names someone by an office is written after they took
    # it (the former holder is still named after that day, so these bound from below only).
    KnownEvent("biden_inauguration", "2021-01-20",
               ("الرئيس جو بايدن", "الرئيس بايدن", "الرئيس الامريكي جو بايدن", "الرئيس الاميركي جو بايدن",
                "الرئيس الامريكي بايدن", "الرئيس الاميركي بايدن", "اداره بايدن", "اداره جو بايدن",
                "اداره الرئيس جو بايدن", "اداره الرئيس بايدن", "اداره الرئيس الامريكي جو بايدن",
                "اداره الرئيس الاميركي جو بايدن"),
               note="Joe Biden as president; «نائب الرئيس جو بايدن» (2009-2017) is left out by OFFICE_BLOCKERS"),
    KnownEvent("trump_inauguration", "2017-01-20",
               ("الرئيس دونالد ترامب", "الرئيس ترامب", "الرئيس الامريكي دونالد ترامب", "الرئيس الاميركي دونالد ترامب",
                "الرئيس الامريكي ترامب", "الرئيس الاميركي ترامب", "اداره ترامب", "اداره دونالد ترامب",
                "اداره الرئيس ترامب", "اداره الرئيس دونالد ترامب"),
               note="Donald Trump as president (first term; a second began 2025-01-20)"),
    KnownEvent("kadhimi_premiership", "2020-05-07",
               ("رئيس الوزراء مصطفي الكاظمي", "رئيس الوزراء العراقي مصطفي الكاظمي", "حكومه الكاظمي",
                "رئيس الحكومه العراقيه مصطفي الكاظمي", "رئيس الوزراء الكاظمي", "رئيس الوزراء العراقي الكاظمي"),
               note="Mustafa al-Kadhimi, prime minister of Iraq"),
    KnownEvent("sudani_premiership", "2022-10-27",
               ("رئيس الوزراء محمد شياع السوداني", "رئيس الوزراء العراقي محمد شياع السوداني",
                "رئيس الحكومه العراقيه محمد شياع السوداني", "حكومه السوداني", "رئيس الوزراء العراقي السوداني"),
               note="Mohammed Shia al-Sudani, prime minister of Iraq"),
    # Meetings and visits, named by the people in them (`together`): no lower bound, a point for
    # the relative dates beside them. Useful to any article about these visits, in any outlet.
    KnownEvent("kadhimi_white_house_visit_2020", "2020-08-20", (),
               note="President Trump receives Iraqi PM Mustafa al-Kadhimi at the White House (White House, "
                    "20 August 2020)", together=(("الكاظمي", "ترامب"), ("الكاظمي", "واشنطن", "زياره"))),
    KnownEvent("kadhimi_white_house_visit_2021", "2021-07-26", (),
               note="President Biden receives al-Kadhimi at the White House and announces the end of the US "
                    "combat mission in Iraq (White House readout, Monday 26 July 2021)",
               together=(("الكاظمي", "بايدن"), ("الكاظمي", "واشنطن", "زياره"))),
    KnownEvent("sudani_white_house_visit_2024", "2024-04-15", (),
               note="President Biden receives Iraqi PM Mohammed Shia al-Sudani at the White House "
                    "(White House, Monday 15 April 2024)",
               together=(("السوداني", "بايدن"), ("السوداني", "واشنطن", "زياره"))),
    KnownEvent("austin_secretary_of_defense", "2021-01-22",
               ("وزير الدفاع الامريكي لويد اوستن", "وزير الدفاع الاميركي لويد اوستن", "وزير الدفاع لويد اوستن"),
               note="Lloyd Austin, US secretary of defense"),
)

#: A word right before a known event's form that makes it another office or person:
#: «نائب الرئيس جو بايدن» names the vice-president, not the president.
OFFICE_BLOCKERS: tuple[str, ...] = ("نائب",)


#: Words before a day-precise date that make it the article's own date (publication
#: basis ``text``): «اليوم الخميس (29 تموز 2021)», «بتاريخ 3 مارس 2024».
DATELINE_CUES: tuple[str, ...] = (
    "اليوم", "بتاريخ", "نشر في", "تاريخ النشر", "نشر بتاريخ", "حرر في", "اخر تحديث", "تم النشر",
)

#: Words in a month or day-month written without a year that place it relative to the
#: article's own date: a publication window keeps only the days consistent with them.
RELATIVE_MARKERS: dict[str, str] = {
    "الماضي": "past", "المنصرم": "past", "الفائت": "past", "الماضيه": "past",
    "المقبل": "future", "القادم": "future", "المقبله": "future", "القادمه": "future",
    "الحالي": "current", "الجاري": "current", "الحاليه": "current", "الجاريه": "current",
}

#: A weekday named with a day relative to today gives today's weekday: «اليوم الجمعه» (Friday),
#: «امس الاحد» (today is Monday), «غدا السبت» (today is Friday). Offsets from today.
TODAY_WEEKDAY_CUES: dict[str, int] = {"اليوم": 0, "امس": -1, "الامس": -1, "غدا": 1}

#: «في وقت سابق هذا الشهر» (earlier this month): the article is not from the period's first day.
#: The cue is rules/events.py EARLIER_CUES; these are the periods it may name after it.
EARLIER_IN_PERIOD_RULES: tuple[str, ...] = ("this_period",)

#: Words before an absolute date that make it a deadline («حتي نهايه 2026», «بنهايه العام
#: 2021»): it bounds the publication window from above, not from below.
DEADLINE_CUES: tuple[str, ...] = ("نهايه", "حتي", "غضون", "بحلول نهايه", "اواخر", "قبل نهايه")
