"""When counted attacks happened: the words `arabic_news.extract.attacks` reads around an attack
count to give it a period (`attacks.period_start`, `period_end`).

Forms are written as `normalize()` outputs them; the extractor adds word boundaries and clitics.
To add a word: add it here and a sentence to tests/test_extract_world.py.
"""

from __future__ import annotations

#: A range of two dates: the word before the first and the word joining the second
#: («بين سبتمبر 2015 ونهايه مارس 2018», «من يناير الي مارس 2018», «منذ 2014 وحتي 2017»).
RANGE_OPENERS: tuple[str, ...] = ("بين", "ما بين", "من", "منذ", "خلال الفتره من", "في الفتره من", "في الفتره بين")
RANGE_JOINERS: tuple[str, ...] = ("و", "الي", "حتي", "وحتي", "ولغايه", "لغايه")

#: Words of a tally in an attack count's sentence: a total over a time the sentence does not give
#: («اجمالي 14 الف غاره», «بلغ عدد الغارات»), never the report's day.
TALLY_CUES: tuple[str, ...] = (
    "اجمالي", "مجموع", "المجموع", "في المجموع", "عدد الغارات", "عدد الهجمات", "عدد الضربات", "حصيله", "بلغ عدد",
    "ارتفع عدد", "ليصل عدد",
)

#: Words of a stretch of time the date finder cannot resolve («وفي الاشهر التاليه، نفذ … عده هجمات»):
#: the attacks are not the report's day, and get no period.
UNDATED_TIME_WORDS: tuple[str, ...] = (
    "الاشهر", "الشهور", "السنوات", "الاعوام", "الاسابيع", "العقود", "الفتره التاليه", "السنوات الاخيره",
    "الاشهر التاليه", "لاحقا", "في وقت لاحق", "في السابق", "سابقا",
)

#: Words that place attacks before or after an event the text names without a date («قبل التدخل
#: الروسي», «بعد الانسحاب»): the count gets no period rather than a wrong one.
EVENT_RELATIVE_CUES: tuple[str, ...] = ("قبل", "منذ بدء", "منذ بدايه", "منذ انطلاق", "منذ اندلاع")

#: Units of a span that, with «الماضي» after them, end on the publication day («خلال الاسبوع الماضي»:
#: the seven days before it), not the calendar unit the date finder gives.
ROLLING_SPAN_UNITS: tuple[str, ...] = ("week",)

#: Vague counts of a span of time read as a number («خلال السنوات القليله الماضيه»: the three years
#: before publication, data/gold/README.md).
VAGUE_SPAN_COUNTS: dict[str, int] = {"القليله": 3, "قليله": 3, "عده": 3}
