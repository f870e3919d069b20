"""Words that build date expressions around month and weekday names.

Everything `arabic_news.dates` needs besides month names (rules/months.py)
and weekday names (rules/weekdays.py): relative days (اليوم، أمس، غدا), period
nouns (الأسبوع، الشهر، العام), their modifiers (الماضي، المقبل، الجاري),
demonstratives and anaphora (هذا العام، في ذلك الخريف، في العام نفسه), parts of
a period (مطلع، منتصف، أواخر، النصف الثاني، الربع الأول), seasons, decades,
ordinal day numbers (الخامس من يونيو), year cues (عام 2014، في 2008), range
words (من … إلى، بين … و), durations (بعد يومين، قبل ثلاثة أيام) and the cues
of future tense or intent that decide which way a bare weekday points.

Forms are written as `normalize()` outputs them (ا for أ إ آ, ي for ى, ه for ة).
Rows with ``definite=True`` may also take the article ال; the finder adds the
clitics و ف ب ل ك itself (and reads «لل» as ل + ال).

The documented defaults (week start, how far a year-less date may lie from
the publication date, the default century of a decade name) are constants at
the end of this module, not hidden in the code.

To add a word: add a row here and a case to tests/cases/dates.tsv.
"""

from __future__ import annotations

from typing import NamedTuple

from arabic_news.rules import clitics as _clitics

PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "interval")
UNITS = ("day", "week", "month", "year", "decade")
DIRECTIONS = ("past", "future", "current", "after_next")
DIRECTION_SHIFTS = {"past": -1, "future": 1, "current": 0, "after_next": 2}
"""How many periods a direction moves from the publication date's («الاسبوع بعد المقبل»: two ahead)."""
PART_KINDS = ("part", "half", "quarter")


class RelativeDay(NamedTuple):
    form: str
    offset: int                # days from the publication date
    strict: bool = False       # not a date when an unknown ال-word follows («اليوم العالمي»)
    note: str = ""
    cued: bool = False         # a date only after a preposition of CUED_DAY_BEFORE or a part of the day


RELATIVE_DAYS: tuple[RelativeDay, ...] = (
    RelativeDay("اليوم", 0, strict=True,
                note="«اليوم العالمي»، «اليوم الوطني» are names of days, not today"),
    RelativeDay("امس", -1),
    RelativeDay("الامس", -1),
    RelativeDay("غدا", 1, note="also the verb 'became'; rare in news"),
    RelativeDay("اول امس", -2),
    RelativeDay("اول من امس", -2),
    RelativeDay("امس الاول", -2),
    RelativeDay("بعد غد", 2),
    RelativeDay("الليله الماضيه", -1, note="last night: the evening before the publication day"),
    RelativeDay("ليله امس", -1),
    RelativeDay("الليله", 0, strict=True, note="tonight: the publication day («في تلك الليله» is anaphora)"),
    RelativeDay("الغد", 1, strict=True, cued=True,
                note="tomorrow only after «حتي» or a part of the day («حتي الغد», «صباح الغد»): alone, and even after "
                     "«في», it is also 'the future' («نكهه الغد», «قاده المنظمات في الغد»); «صحيفه الغد» is a name"),
    RelativeDay("بعد الغد", 2),
)

# Words right before a bare «اليوم» (no weekday or date after it) that make it no date:
# names of outlets («روسيا اليوم», «أخبار اليوم», «المصري اليوم»), a rate («مرتين في
# اليوم»), «until now» and «from now on» (إلى اليوم، إلى حد اليوم، بعد اليوم: states).
TODAY_BLOCKERS: tuple[str, ...] = ("روسيا", "اخبار", "المصري", "في", "الي", "حد", "بعد")
# Words that begin like the article but are none: «اليوم الي بغداد» is today, «اليوم العالمي» is not.
ARTICLE_LOOKALIKES: tuple[str, ...] = ("الي",)
# Words before a relative day marked ``cued`` that make it a day: «في الغد», «حتى الغد».
CUED_DAY_BEFORE: tuple[str, ...] = ("حتي",)
# Words right before any strict relative day that make it a name: «صحيفه الغد», «حزب الغد».
NAME_BLOCKERS: tuple[str, ...] = ("صحيفه", "جريده", "حزب", "قناه", "تيار", "موقع", "برنامج")


class PeriodNoun(NamedTuple):
    unit: str                  # one of UNITS
    forms: tuple[str, ...]
    definite: bool = True
    note: str = ""


PERIOD_NOUNS: tuple[PeriodNoun, ...] = (
    PeriodNoun("day", ("يوم",), note="«في ذلك اليوم»، «اليوم التالي»; «اليوم» alone is today (RELATIVE_DAYS)"),
    PeriodNoun("week", ("اسبوع",)),
    PeriodNoun("month", ("شهر",), note="before a month name too: «شهر مارس»"),
    PeriodNoun("year", ("عام", "سنه"), note="«العام» alone is also 'general' (المدعي العام): needs a cue; after a "
                                             "word of GENERAL_BEFORE it is never the year"),
    PeriodNoun("decade", ("عقد",), note="also 'contract' and 'holding' (عقد اجتماعا): needs a modifier"),
)

# Words after which «العام» is the adjective 'general, public', not the year: «الامين العام السابق»
# (the former Secretary-General), «الراي العام», «المدعي العام».
GENERAL_BEFORE: tuple[str, ...] = (
    "الامين", "المدعي", "النائب", "المدير", "المفتش", "المراقب", "القائد", "الراي", "الامن", "القطاع",
    "الشان", "المؤتمر", "الاضراب", "العفو", "المقر", "المجلس", "المنسق", "الحق", "النفع", "المال",
)

# «عامي 2014 و2015»: the dual of the year nouns before two years.
YEAR_PAIR_NOUNS: tuple[str, ...] = ("عامي", "سنتي")


class Modifier(NamedTuple):
    form: str
    direction: str             # one of DIRECTIONS


MODIFIERS: tuple[Modifier, ...] = (
    Modifier("الماضي", "past"), Modifier("الماضيه", "past"),
    Modifier("المنصرم", "past"), Modifier("المنصرمه", "past"),
    Modifier("الفائت", "past"), Modifier("الفائته", "past"),
    Modifier("المنقضي", "past"), Modifier("المنقضيه", "past"),
    Modifier("الفارط", "past"), Modifier("الفارطه", "past"),     # Tunisian press
    Modifier("المقبل", "future"), Modifier("المقبله", "future"),
    Modifier("القادم", "future"), Modifier("القادمه", "future"),
    Modifier("الحالي", "current"), Modifier("الحاليه", "current"),
    Modifier("الجاري", "current"), Modifier("الجاريه", "current"),
    # «الاحد بعد المقبل», «الاسبوع بعد القادم»: the one after the coming one
    Modifier("بعد المقبل", "after_next"), Modifier("بعد المقبله", "after_next"),
    Modifier("بعد القادم", "after_next"), Modifier("بعد القادمه", "after_next"),
)
# A bare weekday with المقبل/القادم is the first such day after the publication day («الاحد
# القادم» written on a Thursday is three days on; «الخميس المقبل» written on a Thursday is a
# week on, never the same day): what Arabic news means by it. With الماضي it is the last such
# day before the publication day, never the same day. «بعد المقبل» adds a week.


class Demonstrative(NamedTuple):
    form: str
    position: str              # "before" or "after" the period noun
    anaphoric: bool            # True: the period of the previous date; False: the current period
    shift: int = 0             # anaphora only: +1 the next period (التالي), -1 the previous one
    fallback: bool = False     # with no date before it, count from the publication date
    #                            («الاسبوع السابق» alone: the week before publication)


DEMONSTRATIVES: tuple[Demonstrative, ...] = (
    Demonstrative("هذا", "before", False), Demonstrative("هذه", "before", False),
    Demonstrative("ذلك", "before", True), Demonstrative("تلك", "before", True),
    Demonstrative("نفس", "before", True), Demonstrative("ذات", "before", True),
    Demonstrative("نفسه", "after", True), Demonstrative("نفسها", "after", True),
    Demonstrative("ذاته", "after", True), Demonstrative("ذاتها", "after", True),
    Demonstrative("عينه", "after", True),
    Demonstrative("التالي", "after", True, shift=1, fallback=True),
    Demonstrative("التاليه", "after", True, shift=1, fallback=True),
    Demonstrative("اللاحق", "after", True, shift=1, fallback=True),
    Demonstrative("اللاحقه", "after", True, shift=1, fallback=True),
    Demonstrative("الموالي", "after", True, shift=1, fallback=True),    # Maghrebi: «اليوم الموالي»
    Demonstrative("المواليه", "after", True, shift=1, fallback=True),
    Demonstrative("السابق", "after", True, shift=-1, fallback=True),
    Demonstrative("السابقه", "after", True, shift=-1, fallback=True),
)


class Part(NamedTuple):
    form: str
    kind: str                  # one of PART_KINDS; its precision is the kind's ("part" → derived)
    low: float                 # fraction of the period where the part starts
    high: float                # fraction where it ends
    note: str = ""


# A part of a year covers whole months, of a month whole days, of a decade
# whole years: the fractions are rounded outwards. «نهاية 2011» is December
# 2011; «أواخر 2011» is September–December. A part of a month (kind "part") covers
# whole ten-day thirds, as the press counts them: «أوائل يوليو» is 1–10 July,
# «منتصف أبريل» 11–20 April, «نهاية نوفمبر» 21–30 November.
PARTS: tuple[Part, ...] = (
    Part("مطلع", "part", 0, 1 / 12), Part("بدايه", "part", 0, 1 / 12), Part("مستهل", "part", 0, 1 / 12),
    Part("بدايات", "part", 0, 1 / 3), Part("مطالع", "part", 0, 1 / 3),
    Part("اوائل", "part", 0, 1 / 3),
    Part("منتصف", "part", 5 / 12, 7 / 12), Part("اواسط", "part", 1 / 3, 2 / 3),
    Part("اواخر", "part", 2 / 3, 1), Part("نهايه", "part", 11 / 12, 1), Part("ختام", "part", 11 / 12, 1),
    Part("اخر", "part", 11 / 12, 1), Part("اخير", "part", 11 / 12, 1),
    Part("موفي", "part", 11 / 12, 1, note="Tunisian: «موفى شهر سبتمبر»"),
    Part("النصف الاول", "half", 0, 1 / 2), Part("النصف الثاني", "half", 1 / 2, 1),
    Part("النصف الاخير", "half", 1 / 2, 1),
    Part("الربع الاول", "quarter", 0, 1 / 4), Part("الربع الثاني", "quarter", 1 / 4, 1 / 2),
    Part("الربع الثالث", "quarter", 1 / 2, 3 / 4), Part("الربع الرابع", "quarter", 3 / 4, 1),
    Part("الربع الاخير", "quarter", 3 / 4, 1),
)



class Season(NamedTuple):
    season: str                # winter, spring, summer, autumn
    forms: tuple[str, ...]
    first: tuple[int, int]     # (month, year offset) of its first month
    last: tuple[int, int]      # (month, year offset) of its last month


# Meteorological seasons of the northern hemisphere; «شتاء 2020» is
# December 2019 – February 2020 (the winter that ends in the year named).
SEASONS: tuple[Season, ...] = (
    Season("winter", ("شتاء",), (12, -1), (2, 0)),
    Season("spring", ("ربيع",), (3, 0), (5, 0)),
    Season("summer", ("صيف",), (6, 0), (8, 0)),
    Season("autumn", ("خريف",), (9, 0), (11, 0)),
)


class Decade(NamedTuple):
    offset: int                # 20 for the twenties …
    forms: tuple[str, ...]     # the article is added by the finder


DECADES: tuple[Decade, ...] = (
    Decade(20, ("عشرينيات", "عشرينات")),
    Decade(30, ("ثلاثينيات", "ثلاثينات")),
    Decade(40, ("اربعينيات", "اربعينات")),
    Decade(50, ("خمسينيات", "خمسينات")),
    Decade(60, ("ستينيات", "ستينات")),
    Decade(70, ("سبعينيات", "سبعينات")),
    Decade(80, ("ثمانينيات", "ثمانينات")),
    Decade(90, ("تسعينيات", "تسعينات")),
)


class Century(NamedTuple):
    form: str
    start: int | None          # first year; None: relative (the century before the publication date's)


CENTURIES: tuple[Century, ...] = (
    Century("القرن العشرين", 1900), Century("القرن العشرون", 1900),
    Century("القرن التاسع عشر", 1800),
    Century("القرن الحادي والعشرين", 2000), Century("القرن الحالي", 2000),
    Century("القرن الماضي", None),
)


class DayOrdinal(NamedTuple):
    day: int
    forms: tuple[str, ...]
    link_optional: bool = False   # «اول اوت 2016», «غره محرم»: no «من» needed before the month


# «في الخامس من يونيو»: an ordinal, «من», a month. The finder asks for the
# «من» and the month, so these words are days only there.
DAY_ORDINALS: tuple[DayOrdinal, ...] = (
    DayOrdinal(1, ("الاول",)), DayOrdinal(1, ("اول", "غره"), link_optional=True), DayOrdinal(2, ("الثاني",)), DayOrdinal(3, ("الثالث",)),
    DayOrdinal(4, ("الرابع",)), DayOrdinal(5, ("الخامس",)), DayOrdinal(6, ("السادس",)),
    DayOrdinal(7, ("السابع",)), DayOrdinal(8, ("الثامن",)), DayOrdinal(9, ("التاسع",)),
    DayOrdinal(10, ("العاشر",)), DayOrdinal(11, ("الحادي عشر",)), DayOrdinal(12, ("الثاني عشر",)),
    DayOrdinal(13, ("الثالث عشر",)), DayOrdinal(14, ("الرابع عشر",)), DayOrdinal(15, ("الخامس عشر",)),
    DayOrdinal(16, ("السادس عشر",)), DayOrdinal(17, ("السابع عشر",)), DayOrdinal(18, ("الثامن عشر",)),
    DayOrdinal(19, ("التاسع عشر",)), DayOrdinal(20, ("العشرين",)),
    DayOrdinal(21, ("الحادي والعشرين",)), DayOrdinal(22, ("الثاني والعشرين",)),
    DayOrdinal(23, ("الثالث والعشرين",)), DayOrdinal(24, ("الرابع والعشرين",)),
    DayOrdinal(25, ("الخامس والعشرين",)), DayOrdinal(26, ("السادس والعشرين",)),
    DayOrdinal(27, ("السابع والعشرين",)), DayOrdinal(28, ("الثامن والعشرين",)),
    DayOrdinal(29, ("التاسع والعشرين",)), DayOrdinal(30, ("الثلاثين",)),
    DayOrdinal(31, ("الحادي والثلاثين",)),
)

# «من» links a day to its month (الخامس من يونيو، 12 من مايو), a month or a season
# to its year (آب من العام نفسه), a part to its period (النصف الثاني من شهر مارس),
# a decade to its century and a number to its counted noun (2500 من الجنود).
LINKS: tuple[str, ...] = ("من",)
# «عامي 2014 و2015»: the word between the two years of a pair.
PAIR_JOINS: tuple[str, ...] = ("و",)
# A comma may stand between a month and its year («أغسطس، 2019»): COMMAS in rules/punctuation.py.

# Clitics the finder strips before looking a word up (longest readings are tried
# too: وب، ول …), the article, and «لل» (ل + ال with the alef dropped: للعام).
# The one table is rules/clitics.py (the date finder reads it); these names point to it.
CLITICS: tuple[str, ...] = _clitics.PREFIXES
CONJUNCTIONS: tuple[str, ...] = _clitics.CONJUNCTIONS   # may stand before «لل»
ARTICLE = _clitics.ARTICLE
LAM_ARTICLE = _clitics.LAM_ARTICLE


class YearCue(NamedTuple):
    form: str
    note: str = ""


# A four-digit number right after one of these prepositions is a year when it
# lies in PREPOSITION_YEAR_RANGE and no counted noun (rules/units.py) follows it
# («في 2008»; «في 2500 موقع» is a count). The nouns عام/سنه (PERIOD_NOUNS) are
# cues too and belong to the expression («عام 2014»).
YEAR_CUES: tuple[YearCue, ...] = (
    YearCue("في"), YearCue("منذ"), YearCue("حتي"), YearCue("بحلول"), YearCue("خلال"),
    YearCue("قبل"), YearCue("بعد"), YearCue("لغايه"),
)


class RangeWord(NamedTuple):
    form: str
    role: str                  # "open" (before the first date) or "join" (between the two)
    pair: str = ""             # for a join: the opener it needs ("" = none)


RANGE_WORDS: tuple[RangeWord, ...] = (
    RangeWord("من", "open"), RangeWord("بين", "open"),
    RangeWord("الي", "join", "من"), RangeWord("حتي", "join", "من"), RangeWord("لغايه", "join", "من"),
    RangeWord("و", "join", "بين"),
    RangeWord("-", "join"), RangeWord("–", "join"),
)

# Between a weekday and the date it names: «الخميس (29 تموز 2021)»، «الخميس الموافق 29 تموز».
WEEKDAY_DATE_JOINERS: tuple[str, ...] = ("(", "،", ",", "-", "الموافق")


class DurationUnit(NamedTuple):
    unit: str                  # day, week, month, year
    dual: tuple[str, ...]      # «يومين» = two days
    plural: tuple[str, ...]    # after a count: «ثلاثه ايام»
    single: tuple[str, ...] = ()  # one of it: «بعد اسبوع» (the period nouns are singles too)


DURATION_UNITS: tuple[DurationUnit, ...] = (
    DurationUnit("day", ("يومين", "يومان"), ("ايام", "يوما")),
    DurationUnit("week", ("اسبوعين", "اسبوعان"), ("اسابيع", "اسبوعا")),
    DurationUnit("month", ("شهرين", "شهران"), ("اشهر", "شهور", "شهرا")),
    DurationUnit("year", ("عامين", "عامان", "سنتين", "سنتان"), ("اعوام", "سنوات", "سنين")),
)
# The plurals hold the accusative singular that follows 11–99 («21 يوما», «18 شهرا»); «عاما» is left
# out: «منذ 40 عاما» in the press measures a long state («ما ينتظره الشعب منذ 40 عاما»), not a date.
# A duration may be compound: «منذ شهر و21 يوما», «قبل عام وثلاثه اشهر» (a smaller unit after و,
# PAIR_JOINS); the date then has the precision of its last unit (day for a week).

# «اخر 3 سنوات», «اخر خمسه ايام»: the last n units up to the publication date; «الايام الثلاثه
# القادمه», «السنوات الـ18 الماضيه», «الشهرين الماضيين»: a definite plural (or dual) of
# DURATION_UNITS, its count, then a MODIFIERS word, SPAN_LAST_WORDS or a dual adjective of
# SPAN_DUAL_WORDS. Past: from n units before the publication date to it; future: from it to n
# units after, the publication day included at either end, as for the attack periods of
# SPAN_PREPOSITIONS («خلال الايام الثلاثه الماضيه» published on 10 May: 7–10 May). Rule
# ``last_n``, precision ``interval``; years are counted whole, the publication year included, with
# precision ``year``, as the gold annotation counts them («السنوات الـ18 الماضيه» in 2021: 2003–2021).
LAST_N_WORDS: tuple[str, ...] = ("اخر",)
SPAN_DUAL_WORDS: dict[str, str] = {"الماضيين": "past", "الاخيرين": "past", "المنصرمين": "past",
                                   "الفائتين": "past", "المقبلين": "future", "القادمين": "future"}


class DurationPreposition(NamedTuple):
    form: str
    sign: int                  # +1 after the anchor, -1 before it
    anaphoric: bool            # anchor: the previous date when there is one (else the publication date)


DURATION_PREPOSITIONS: tuple[DurationPreposition, ...] = (
    DurationPreposition("بعد", 1, True),
    DurationPreposition("قبل", -1, False),
    DurationPreposition("منذ", -1, False),
)
# «خلال ثلاثه ايام»، «في غضون اسبوع»، «خلال الايام الثلاثه الماضيه»: a stretch of time that
# ends at an anchor (the date the sentence gives, else the publication date) and starts the
# duration before it. `arabic_news.extract` reads these for attack periods (counted attacks
# lie in the past); the duration is a count and a DURATION_UNITS word, a dual, or a single
# PERIOD_NOUNS word («في غضون اسبوع»، «خلال يوم واحد»), or the definite plural with its
# number and a past MODIFIERS word after it. «في اسبوع واحد في اوائل يوليو» is no span: في
# is not listed, and a date of the sentence wider than a day keeps its own bounds.
SPAN_PREPOSITIONS: tuple[str, ...] = ("خلال", "في غضون", "في ظرف", "علي مدي", "علي مدار", "طيله", "طوال")
# After a definite duration, besides the past MODIFIERS: «الاخيره» (the last) and the dual
# adjectives of «خلال الشهرين الماضيين».
SPAN_LAST_WORDS: tuple[str, ...] = ("الاخيره", "الاخير", "الاخيرين", "الماضيين", "المنصرمين", "الفائتين")


class DayPart(NamedTuple):
    form: str
    note: str = ""


# A part of a day before the day it belongs to: «صباح الغد», «مساء امس», «فجر اليوم», «ظهر الجمعه
# الماضي», «صباح يوم الاحد». The date is that day (precision day), the span includes the part.
# «الليله» alone is tonight (RELATIVE_DAYS). «ليله الثلاثاء» is given the day named (news usage
# varies; the Arabic reckoning that a night belongs to the next day is not applied).
DAY_PARTS: tuple[DayPart, ...] = (
    DayPart("صباح"), DayPart("مساء"), DayPart("ظهر", note="also 'appeared': only before a day"),
    DayPart("عصر", note="also 'era': only before a day"), DayPart("فجر"), DayPart("ليله"), DayPart("ضحي"),
    DayPart("ظهيره"), DayPart("صبيحه"), DayPart("عشيه"), DayPart("ليل"), DayPart("نهار"),
)
# «خلال يوم واحد»: the word for one after a single period noun.
SPAN_ONE_WORDS: tuple[str, ...] = ("واحد", "واحدا", "واحده")
# «قبل 5 أشهر من الانتخابات» counts from an event, not from a date: a duration
# followed (within two words) by one of these is left out.
DURATION_BLOCKERS: tuple[str, ...] = ("من", "علي")
# «بعد ذلك بيومين»: these words between the preposition and the duration make it anaphoric.
DURATION_ANAPHORA: tuple[str, ...] = ("ذلك",)


class FutureCue(NamedTuple):
    form: str
    note: str = ""


# A cue of future tense or intent before a bare weekday (same sentence) makes it
# the next such day; before a year-less date it allows the next year.
FUTURE_CUES: tuple[FutureCue, ...] = (
    FutureCue("سوف"), FutureCue("من المقرر"), FutureCue("المقرر"), FutureCue("من المتوقع"),
    FutureCue("من المنتظر"), FutureCue("المرتقب"), FutureCue("المزمع"), FutureCue("يعتزم"),
    FutureCue("تعتزم"), FutureCue("نعتزم"), FutureCue("يعتزمون"), FutureCue("يخطط"), FutureCue("تخطط"),
    FutureCue("نخطط"), FutureCue("يخططون"), FutureCue("ينوي"), FutureCue("تنوي"), FutureCue("ننوي"),
    FutureCue("يتوقع"), FutureCue("تتوقع"), FutureCue("يرتقب"), FutureCue("سيتم"), FutureCue("ستتم"),
    # «قبيل» (on the eve of) a meeting: the meeting is ahead («قبيل اجتماع ... الاثنين»)
    FutureCue("قبيل اجتماع"), FutureCue("قبيل لقاء"), FutureCue("قبيل زياره"), FutureCue("قبيل قمه"),
    FutureCue("قبيل انعقاد"),
)
# The future prefix سـ on a present verb (سيعقد، ستنهي، سنعمل): a word of at least
# FUTURE_PREFIX_MIN_LENGTH letters starting with one of these, unless it is listed below.
FUTURE_PREFIXES: tuple[str, ...] = ("سي", "ست", "سن")
FUTURE_PREFIX_MIN_LENGTH = 5
NOT_FUTURE_WORDS: tuple[str, ...] = (
    "سياسه", "سياسات", "سياسي", "سياسيه", "سياسيون", "سياسيين", "سيطره", "سيطرت", "سياره", "سيارات",
    "سيناريو", "سيناريوهات", "سيناء", "سياده", "سيادي", "سياديه", "سيدات", "سيول", "سينما",
    "سياق", "سياج", "سيلفي", "ستوديو", "ستراتيجيه", "ستالين", "ستوكهولم", "سنوات", "سنويا", "سنويه",
    "سنوي", "سنتين", "سنتان", "سنغافوره", "سنيه", "سنيا", "سنتيمتر", "ستيني", "ستينيات", "ستينات",
    "سيبيريا", "سيرك", "سيرته", "سيرتها", "سيريلانكا", "سيئه", "سيئا", "سيئات",
)

# A verb in the perfect (past tense) in the sentence of a month or day-month written
# without a year places it in the past: «وصلت إلى الجزيرة في ديسمبر» (published in
# October 2018) is December 2017, and inside a narrative about an earlier year it takes
# that year (see `arabic_news.dates`). Bare stems; the finder adds و ف before them.
# `arabic_news.extract` reads the same table for publication windows.
PAST_VERBS: tuple[str, ...] = (
    "صدر", "صدرت", "تم", "جري", "جرت", "عقد", "عقدت", "شهد", "شهدت", "وقع", "وقعت", "قتل", "قتلت",
    "استهدف", "استهدفت", "اعلن", "اعلنت", "نفذ", "نفذت", "اطلق", "اطلقت", "استمرت", "استمر", "ازدادت",
    "ازداد", "تصاعد", "تصاعدت", "زار", "زارت", "التقي", "التقت", "اجتمع", "اجتمعت", "وصل", "وصلت",
    "بدا", "بدات", "انتهي", "انتهت", "تعرض", "تعرضت", "هاجم", "هاجمت", "قصف", "قصفت", "شن", "شنت",
    "كان", "كانت", "اصدر", "اصدرت", "خفضت", "خفض", "سحبت", "انسحبت",
    "حدث", "حدثت", "قاد", "قادت", "توجه", "توجهت", "اتخذ", "اتخذت", "اتخذته", "اتخذتها", "اصيب", "اصيبت",
    "فاز", "فازت", "اعتقل", "اعتقلت", "اغتيل", "سقط", "سقطت", "تولي", "تولت", "اسس", "تاسس", "تاسست",
    "انطلق", "انطلقت", "ولد", "توفي", "رحل", "اندلع", "اندلعت", "دخل", "دخلت", "غادر", "غادرت",
)
# A date right after one of these runs to the present («منذ صيف 2020»): it sets no
# narrative year for the yearless dates after it.
OPEN_ENDED_CUES: tuple[str, ...] = ("منذ",)
# Marks that end a clause: the perfect verb that places a yearless date in the past is
# looked for in the date's own clause («قرر فرض عقوبات، يبدأ سريانها في 4 نوفمبر» is ahead).
CLAUSE_BREAKS: tuple[str, ...] = ("،", ",", "؛", ";", ":")
# How far after a date (characters, same sentence) the perfect verb is looked for:
# «وفي الأول من نوفمبر قتل ثلاثة مدنيين».
PAST_SCAN_AFTER = 30

# Sentence ends for the cue scan: a cue counts only in the same sentence, before the date.
SENTENCE_ENDS = ".!?؟\n"
# How far back (characters) the cue scan looks at most.
CUE_SCAN_CHARS = 300

# Documented defaults.
WEEK_START = 0                     # weeks run Monday–Sunday (ISO); set 5 for Saturday, 6 for Sunday
PREPOSITION_YEAR_RANGE = (1900, 2100)   # «في 2008»: a bare year after a preposition
NOUN_YEAR_RANGE = (1, 2200)        # «عام 1258»: a year after عام/سنه
HIJRI_YEAR_RANGE = (1, 1600)
DECADE_DEFAULT_CENTURY = 1900      # «التسعينيات» with no century named is the 1990s
# A day-month (or a month) with no year is taken in the publication year, unless
# that puts it more than UNCUED_AHEAD_DAYS after the publication date (then the
# year before: «في 28 ديسمبر» published on 5 January) or, when the sentence
# speaks of the future, more than FUTURE_BEHIND_DAYS before it (then the year after).
UNCUED_AHEAD_DAYS = 183
FUTURE_BEHIND_DAYS = 31
# A weekday written with a day and month but no year («الخميس 15 اغسطس») picks the year: the
# nearest one (the year the rules above give first, then one back, one ahead, two back …, at
# most WEEKDAY_YEAR_REACH years away) in which that day is that weekday. With a day alone («يوم
# الجمعه 16») it picks the month the same way (WEEKDAY_MONTH_REACH months around the publication
# month). When nothing fits, or the year is written and the weekday is not its day's («الاثنين 3
# يناير 2021», a Sunday), the date is kept and its confidence is WEEKDAY_MISMATCH_CONFIDENCE.
WEEKDAY_YEAR_REACH = 6
WEEKDAY_MONTH_REACH = 6
WEEKDAY_MISMATCH_CONFIDENCE = 0.5
