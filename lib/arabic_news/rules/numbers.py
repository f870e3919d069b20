"""Number words: cardinals, scales, fractions and vague amounts.

Forms are written as `normalize()` outputs them (أ إ آ → ا, ى → ي, ة → ه, no
diacritics). A row maps one value to all its surface forms: gender (ثلاث,
ثلاثه), case (ثلاثون, ثلاثين), the accusative with tanwin (الفا) and the
construct state of the dual (الفي عسكري). The finder in `arabic_news.numbers`
compiles these rows into one pattern, longest form first, and adds the clitic
prefixes (و ف ب ل ك) itself, so no row repeats them. The article ال is added
only for rows with ``definite=True``: «الاثنين» is Monday and «الثلاثه» is
"the three (of them)", never a count on its own.

Kinds (``NUMBER_KINDS``), which the parser uses to combine words:
    unit       1–19: added to the group being built (خمسه وعشرون = 5 + 20)
    ten        20–90
    hundred    100: multiplies a preceding unit written apart (ثلاث مئه = 300)
    hundreds   200–900 written as one word (ثلاثمئه) or the dual (مئتين)
    scale      1000, 10**6, 10**9 in the singular: multiplies the group before
               it (200 الف = 200000) or stands for one (الف = 1000)
    scale_plural  الاف ملايين مليارات: multiply the number before them
               (ثلاثه الاف = 3000); with no number before, the vague amount
               named in the row's ``vague`` field (آلاف = thousands)
    dual_scale 2000, 2 * 10**6, 2 * 10**9, 2 * 10**12: the dual stands alone (الفين)
               (the construct dual الفا that reads as the accusative الف: DUAL_CONSTRUCTS)
    fraction   نصف ثلث ربع سدس and their duals (ثلثي = 2/3, خمسان = 2/5)
    denominator  the plural of a fraction's denominator (اخماس = fifths): after a unit word
               of 2–10 it makes a fraction of it («ثلاثه اخماس» = 3/5, «عشرون وثلاثه
               اخماس» = 20.6); it never starts a number («اثمان» alone is "prices")

Spoken numbers (Egyptian and Levantine: «حداشر», «تلتميه», «تلات تلاف») are rows of
their own, marked in their note: news quotes speech, and a quoted figure is a figure.
Ordinals are no numbers of this table: `arabic_news.numbers.parse_ordinal` reads them
from ORDINALS, ORDINAL_TEENS and the tens words below; `find_quantities` never counts them.
A sign (NEGATIVE_SIGNS) or a word (NEGATIVE_WORDS) before a number makes it negative;
DECIMAL_WORDS («فاصله») join a whole number to its decimals.

Vague amounts (``VAGUE``) carry a label and the interval it implies instead of
a value; the bounds are documented defaults (a plural such as عشرات is at
least two tens and below the next scale).

To add a word: add a row here and a case in tests/cases/numbers.tsv.
"""

from __future__ import annotations

from typing import NamedTuple

NUMBER_KINDS = ("unit", "ten", "hundred", "hundreds", "scale", "scale_plural", "dual_scale", "fraction",
                "denominator")


class NumberWord(NamedTuple):
    value: int | float
    kind: str                  # one of NUMBER_KINDS
    forms: tuple[str, ...]     # normalized surface forms
    definite: bool = False     # may take the article ال (الثلث, الالاف)
    vague: str | None = None   # scale_plural only: the VAGUE label when no number precedes it
    note: str = ""
    compound_only: bool = False  # a number only as the first part of «X و<tens>» (احدي وعشرين)


NUMBER_WORDS: tuple[NumberWord, ...] = (
    NumberWord(0, "unit", ("صفر",)),
    NumberWord(1, "unit", ("واحد", "واحده", "واحدا"),
               note="احد is left out: «احد المسؤولين» is 'one of', and الاحد is Sunday"),
    NumberWord(1, "unit", ("احد", "احدي"), compound_only=True,
               note="only before و and a tens word («احدي وعشرين» = 21): «احد المسؤولين» is 'one of'"),
    NumberWord(2, "unit", ("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنتا", "اثنا"),
               note="never with ال: «الاثنين» is Monday; «اثنين من المسؤولين» is 2"),
    NumberWord(3, "unit", ("ثلاث", "ثلاثه"), note="ثلاثاء (Tuesday) is another word: the boundary stops it"),
    NumberWord(4, "unit", ("اربع", "اربعه"), note="اربعاء (Wednesday) is another word"),
    NumberWord(5, "unit", ("خمس", "خمسه"), note="خمس is also 1/5; in news it is almost always five"),
    NumberWord(6, "unit", ("ست", "سته")),
    NumberWord(7, "unit", ("سبع", "سبعه")),
    NumberWord(8, "unit", ("ثمان", "ثماني", "ثمانيه")),
    NumberWord(9, "unit", ("تسع", "تسعه")),
    NumberWord(10, "unit", ("عشر", "عشره")),
    # the teens; the last forms of each row are the common misspellings (both parts feminine,
    # «احدي عشر», «ثلاثه عشره»): seen in print, never another number
    NumberWord(11, "unit", ("احد عشر", "احدي عشره", "احد عشره", "احدي عشر")),
    NumberWord(12, "unit", ("اثنا عشر", "اثني عشر", "اثنتا عشره", "اثنتي عشره", "اثني عشره", "اثنا عشره")),
    NumberWord(13, "unit", ("ثلاثه عشر", "ثلاث عشره", "ثلاث عشر", "ثلاثه عشره")),
    NumberWord(14, "unit", ("اربعه عشر", "اربع عشره", "اربع عشر", "اربعه عشره")),
    NumberWord(15, "unit", ("خمسه عشر", "خمس عشره", "خمس عشر", "خمسه عشره")),
    NumberWord(16, "unit", ("سته عشر", "ست عشره", "ست عشر", "سته عشره")),
    NumberWord(17, "unit", ("سبعه عشر", "سبع عشره", "سبع عشر", "سبعه عشره")),
    NumberWord(18, "unit", ("ثمانيه عشر", "ثماني عشره", "ثمان عشره", "ثماني عشر", "ثمانيه عشره")),
    NumberWord(19, "unit", ("تسعه عشر", "تسع عشره", "تسع عشر", "تسعه عشره")),
    NumberWord(20, "ten", ("عشرون", "عشرين")),
    NumberWord(30, "ten", ("ثلاثون", "ثلاثين")),
    NumberWord(40, "ten", ("اربعون", "اربعين")),
    NumberWord(50, "ten", ("خمسون", "خمسين")),
    NumberWord(60, "ten", ("ستون", "ستين")),
    NumberWord(70, "ten", ("سبعون", "سبعين")),
    NumberWord(80, "ten", ("ثمانون", "ثمانين")),
    NumberWord(90, "ten", ("تسعون", "تسعين")),
    NumberWord(100, "hundred", ("مئه", "مائه"),
               note="never with ال: «في المئه» is percent (a unit in rules/units.py)"),
    NumberWord(200, "hundreds", ("مئتان", "مئتين", "مئتي", "مئتا", "مائتان", "مائتين", "مائتي", "مائتا"),
               note="the dual; مئتي and مئتا are the construct state (مئتي جندي). الفا alone is 1000 (accusative); before a counted noun it is the dual construct (DUAL_CONSTRUCTS)"),
    NumberWord(300, "hundreds", ("ثلاثمئه", "ثلاثمائه", "ثلثمائه")),
    NumberWord(400, "hundreds", ("اربعمئه", "اربعمائه")),
    NumberWord(500, "hundreds", ("خمسمئه", "خمسمائه")),
    NumberWord(600, "hundreds", ("ستمئه", "ستمائه")),
    NumberWord(700, "hundreds", ("سبعمئه", "سبعمائه")),
    NumberWord(800, "hundreds", ("ثمانمئه", "ثمانمائه", "ثمانيمئه", "ثمانيمائه")),
    NumberWord(900, "hundreds", ("تسعمئه", "تسعمائه")),
    NumberWord(1000, "scale", ("الف", "الفا"), definite=True),
    NumberWord(1000, "scale_plural", ("الاف", "الوف"), definite=True, vague="thousands",
               note="after a number it multiplies (ثلاثه الاف = 3000); alone it is vague"),
    NumberWord(2000, "dual_scale", ("الفان", "الفين", "الفي"), definite=True,
               note="الفي is the construct state: «الفي عسكري» = 2000; definite «الالفي جندي»"),
    NumberWord(1_000_000, "scale", ("مليون", "مليونا"), definite=True),
    NumberWord(1_000_000, "scale_plural", ("ملايين",), definite=True, vague="millions"),
    NumberWord(2_000_000, "dual_scale", ("مليونان", "مليونين", "مليوني")),
    NumberWord(1_000_000_000, "scale", ("مليار", "مليارا", "بليون", "بليونا"), definite=True),
    NumberWord(1_000_000_000, "scale_plural", ("مليارات",), definite=True, vague="billions"),
    NumberWord(2_000_000_000, "dual_scale", ("ملياران", "مليارين", "ملياري")),
    NumberWord(10**12, "scale", ("ترليون", "تريليون", "ترليونا", "تريليونا"), definite=True,
               note="both spellings are current"),
    NumberWord(10**12, "scale_plural", ("ترليونات", "تريليونات"), definite=True, vague="trillions"),
    NumberWord(2 * 10**12, "dual_scale", ("ترليونان", "تريليونان", "ترليونين", "تريليونين", "ترليوني",
                                          "تريليوني")),
    NumberWord(0.5, "fraction", ("نصف",), definite=True),
    NumberWord(1 / 3, "fraction", ("ثلث",), definite=True),
    NumberWord(2 / 3, "fraction", ("ثلثا", "ثلثي", "ثلثان", "ثلثين"), definite=True),
    NumberWord(0.25, "fraction", ("ربع",), definite=True, note="ربيع (spring) is another word"),
    NumberWord(0.75, "fraction", ("ثلاثه ارباع", "ثلاث ارباع")),
    NumberWord(1 / 6, "fraction", ("سدس",), definite=True,
               note="خمس, سبع, تسع and عشر are left to the cardinals (five, seven …); ثمن is 'price'"),
    NumberWord(0.4, "fraction", ("خمسان",), note="the dual of خمس (2/5); خمسين is fifty"),
    # plural denominators: only after a unit word of 2–10 (`numbers.number_phrase`)
    NumberWord(4, "denominator", ("ارباع",)),
    NumberWord(5, "denominator", ("اخماس",)),
    NumberWord(6, "denominator", ("اسداس",)),
    NumberWord(7, "denominator", ("اسباع",)),
    NumberWord(8, "denominator", ("اثمان",), note="also 'prices' (أثمان): a fraction only after its numerator"),
    NumberWord(9, "denominator", ("اتساع",), note="also 'breadth' (اتساع): a fraction only after its numerator"),
    NumberWord(10, "denominator", ("اعشار",)),
    # spoken numbers (Egyptian, Levantine), as news quotes them; normalize() writes ة as ه
    NumberWord(2, "unit", ("اتنين",), note="spoken 2; never with ال: «الاتنين» is Monday"),
    NumberWord(3, "unit", ("تلاته", "تلات"), note="spoken 3"),
    NumberWord(8, "unit", ("تمانيه", "تماني"), note="spoken 8; تمن is left out: it is also 'price'"),
    NumberWord(11, "unit", ("حداشر", "احداشر"), note="spoken 11"),
    NumberWord(12, "unit", ("اتناشر", "اطناشر"), note="spoken 12"),
    NumberWord(13, "unit", ("تلتاشر", "تلاتاشر"), note="spoken 13"),
    NumberWord(14, "unit", ("اربعتاشر", "اربعطاشر"), note="spoken 14"),
    NumberWord(15, "unit", ("خمستاشر", "خمسطاشر"), note="spoken 15"),
    NumberWord(16, "unit", ("سطاشر", "ستاشر"), note="spoken 16"),
    NumberWord(17, "unit", ("سبعتاشر", "سبعطاشر"), note="spoken 17"),
    NumberWord(18, "unit", ("تمنتاشر", "تمانتاشر", "تمنطاشر"), note="spoken 18"),
    NumberWord(19, "unit", ("تسعتاشر", "تسعطاشر"), note="spoken 19"),
    NumberWord(30, "ten", ("تلاتين",), note="spoken 30"),
    NumberWord(80, "ten", ("تمانين",), note="spoken 80"),
    NumberWord(200, "hundreds", ("ميتين",), note="spoken 200; مية (100) is left out: it ends many words (رسمية, عالمية) "
                                               "and is 'water' in speech"),
    NumberWord(300, "hundreds", ("تلتميه", "تلاتميه"), note="spoken 300"),
    NumberWord(400, "hundreds", ("ربعميه", "اربعميه"), note="spoken 400"),
    NumberWord(500, "hundreds", ("خمسميه",), note="spoken 500"),
    NumberWord(600, "hundreds", ("ستميه",), note="spoken 600"),
    NumberWord(700, "hundreds", ("سبعميه",), note="spoken 700"),
    NumberWord(800, "hundreds", ("تمنميه", "تمانميه"), note="spoken 800"),
    NumberWord(900, "hundreds", ("تسعميه",), note="spoken 900"),
    NumberWord(1000, "scale_plural", ("تلاف",), vague="thousands", note="spoken plural of الف: «تلات تلاف» = 3000"),
)


# Forms that are both the accusative singular of a scale word («احد عشر الفا» =
# 11000, «قتل الفا منهم» = 1000) and the nominative dual in the construct state
# («الفا جندي» = 2000). Alone or after a number they keep their scale-row value;
# opening a number with a counted noun right after them (no «من» between) they
# are the dual and take the value given here.
DUAL_CONSTRUCTS: dict[str, int] = {
    "الفا": 2000,
    "مليونا": 2_000_000,
    "مليارا": 2_000_000_000,
    "ترليونا": 2 * 10**12,
    "تريليونا": 2 * 10**12,
}


VAGUE_LABELS = (
    "few", "several", "tens", "hundreds", "few_hundreds", "thousands", "few_thousands",
    "several_thousands", "tens_of_thousands", "hundreds_of_thousands", "millions",
    "tens_of_millions", "hundreds_of_millions", "billions", "tens_of_billions", "hundreds_of_billions",
    "trillions", "range",
)


class VagueAmount(NamedTuple):
    label: str                 # one of VAGUE_LABELS
    forms: tuple[str, ...]     # normalized forms; ال and clitics are added by the finder
    low: int
    high: int
    needs_unit: bool = False   # only a quantity when a counted noun follows
    note: str = ""


# Bounds: a plural of a scale word (عشرات, مئات) means at least two of them and
# fewer than the next scale; بضع is 3–9 as the grammars define it.
VAGUE: tuple[VagueAmount, ...] = (
    VagueAmount("range", (), 0, 0, note="two figures joined by RANGE_WORDS: low and high come from the text"),
    VagueAmount("few", ("بضع", "بضعه"), 3, 9),
    VagueAmount("several", ("عده",), 3, 9, needs_unit=True,
                note="عده is also 'number of'/'preparation': only before a counted noun (عده هجمات)"),
    VagueAmount("tens", ("عشرات",), 20, 99),
    VagueAmount("hundreds", ("مئات",), 200, 999),
    VagueAmount("few_hundreds", ("بضع مئات", "بضعه مئات"), 300, 900),
    VagueAmount("thousands", (), 2000, 9999, note="the scale_plural words الاف/الوف of NUMBER_WORDS"),
    VagueAmount("few_thousands", ("بضعه الاف", "بضع الاف", "بضعه الالاف"), 3000, 9000),
    VagueAmount("several_thousands", ("عده الاف", "عده الالاف"), 3000, 9000),
    VagueAmount("tens_of_thousands", ("عشرات الالاف", "عشرات الاف"), 20_000, 99_999),
    VagueAmount("hundreds_of_thousands", ("مئات الالاف", "مئات الاف"), 200_000, 999_999),
    VagueAmount("millions", (), 2_000_000, 9_999_999, note="the scale_plural ملايين of NUMBER_WORDS"),
    VagueAmount("tens_of_millions", ("عشرات الملايين", "عشرات ملايين"), 20_000_000, 99_999_999),
    VagueAmount("hundreds_of_millions", ("مئات الملايين", "مئات ملايين"), 200_000_000, 999_999_999),
    VagueAmount("billions", (), 2_000_000_000, 9_999_999_999, note="the scale_plural مليارات"),
    VagueAmount("tens_of_billions", ("عشرات المليارات", "عشرات مليارات"), 20_000_000_000, 99_999_999_999),
    VagueAmount("hundreds_of_billions", ("مئات المليارات", "مئات مليارات"), 200_000_000_000, 999_999_999_999),
    VagueAmount("trillions", (), 2 * 10**12, 10**13 - 1, note="the scale_plural ترليونات/تريليونات"),
)


class YearCue(NamedTuple):
    form: str
    note: str = ""


# A four-digit number right after one of these is a year, never a count
# (unless arabic_news.rules.periods supplies the dates side's own list).
YEAR_CUES: tuple[YearCue, ...] = (
    YearCue("عام"), YearCue("العام"), YearCue("سنه"), YearCue("السنه"), YearCue("اعوام"),
    YearCue("منذ"),
    YearCue("مطلع"), YearCue("اوائل"), YearCue("منتصف"), YearCue("اواخر"), YearCue("نهايه"),
    YearCue("بدايه"), YearCue("خلال"), YearCue("صيف"), YearCue("شتاء"), YearCue("ربيع"), YearCue("خريف"),
    YearCue("موسم"), YearCue("ميزانيه"), YearCue("انتخابات"), YearCue("دستور"), YearCue("مونديال"),
    YearCue("كاس"), YearCue("بطوله"), YearCue("اولمبياد"), YearCue("رؤيه"),
)

# A four-digit number in this range with no counted noun after it is taken for
# a year («في 2008», «حتى 2026»), unless a hedge of size stands before it
# (نحو، اكثر من …): a documented default of the quantity finder.
YEAR_RANGE = (1900, 2100)


class LabelCue(NamedTuple):
    form: str
    note: str = ""


# A number right after one of these names a thing (resolution 2334, article
# 140, minute 90, 10 o'clock), it does not count anything.
LABEL_CUES: tuple[LabelCue, ...] = (
    LabelCue("رقم"), LabelCue("الرقم"), LabelCue("القرار"), LabelCue("الماده"), LabelCue("البند"),
    LabelCue("الفقره"), LabelCue("الفصل"), LabelCue("القانون"), LabelCue("المرسوم"), LabelCue("الساعه"),
    LabelCue("الدقيقه", note="sports reports: «في الدقيقه 90»"), LabelCue("الجوله"), LabelCue("الدوره"),
    LabelCue("النسخه"), LabelCue("المرتبه"), LabelCue("المركز"), LabelCue("الطريق"), LabelCue("الصفحه"),
    LabelCue("العدد"), LabelCue("الطابق"), LabelCue("الكيلو"), LabelCue("الكيلومتر"), LabelCue("الحلقه"),
    LabelCue("الموسم"), LabelCue("الاسبوع"), LabelCue("الفئه"), LabelCue("طراز", note="«من طراز 055»"),
    LabelCue("موديل"), LabelCue("ال", note="the article written apart: «دور الـ 16», «سن الـ 19» is an ordinal"),
)


class Ordinal(NamedTuple):
    value: int
    forms: tuple[str, ...]
    note: str = ""
    teen: bool = True          # takes عشر/عشره after it: «الثالث عشر» = 13th, «الحادي عشر» = 11th


# Ordinals are not quantities: `find_quantities` never counts them, and the rows with
# ``teen`` keep the tens word of a compound ordinal («الثامنه عشره», «الحادي عشر») from being
# read as the cardinal 10. `arabic_news.numbers.parse_ordinal` reads them: a row alone
# («الثالث» = 3), a teen row with ORDINAL_TEENS («الخامس عشر» = 15), a teen row, «و» and a
# tens word with the article («الحادي والعشرون» = 21), or a tens or hundred word with the
# article alone («العشرون», «المائه»: ORDINAL_ARTICLE_KINDS).
ORDINALS: tuple[Ordinal, ...] = (
    Ordinal(1, ("الحادي", "الحاديه", "حادي", "حاديه"), note="1 only in compounds: «الحادي عشر», «الحادي والعشرون»"),
    Ordinal(1, ("الاول", "الاولي", "اول", "اولي"), teen=False, note="first; «اول» is also 'the first of' (اول عشره ايام)"),
    Ordinal(2, ("الثاني", "الثانيه", "ثاني", "ثانيه")),
    Ordinal(3, ("الثالث", "الثالثه", "ثالث", "ثالثه")),
    Ordinal(4, ("الرابع", "الرابعه", "رابع", "رابعه")),
    Ordinal(5, ("الخامس", "الخامسه", "خامس", "خامسه")),
    Ordinal(6, ("السادس", "السادسه", "سادس", "سادسه")),
    Ordinal(7, ("السابع", "السابعه", "سابع", "سابعه")),
    Ordinal(8, ("الثامن", "الثامنه", "ثامن", "ثامنه")),
    Ordinal(9, ("التاسع", "التاسعه", "تاسع", "تاسعه")),
    Ordinal(10, ("العاشر", "العاشره", "عاشر", "عاشره"), teen=False),
)
ORDINAL_TEENS: tuple[str, ...] = ("عشر", "عشره")
"""After a teen ordinal: «الثالث عشر», «الثالثه عشره» (+10)."""
ORDINAL_ARTICLE_KINDS: tuple[str, ...] = ("ten", "hundred")
"""Number words of these kinds (NUMBER_WORDS) with the article are ordinals: «العشرون», «المائه»."""


class RangeWord(NamedTuple):
    form: str
    role: str                  # one of RANGE_ROLES
    note: str = ""


RANGE_ROLES = ("opener", "connector", "connector_after_opener", "opener_unless_change")

# «بين 2000 و3000 جندي», «من 40 الي 50 كلم», «اربعه او خمسه اشخاص»: one
# quantity with ``vague="range"``, ``low``/``high`` the two figures and no value.
# «و» joins a range only after an opener: «2500 و3000 جندي» stays two figures.
# «من 40 الي 50» is left as two figures: after a verb of change it is a change
# (ارتفع من 40 الي 50), not an interval. Two years are never a range of counts.
RANGE_WORDS: tuple[RangeWord, ...] = (
    RangeWord("بين", "opener"),
    RangeWord("ما بين", "opener"),
    RangeWord("الي", "connector"),
    RangeWord("او", "connector", note="«اربعه او خمسه»: the second figure must be larger"),
    RangeWord("و", "connector_after_opener", note="after بين/ما بين only: «من 3 و5» is no range"),
    RangeWord("من", "opener_unless_change",
              note="«من ألف الي ألف وخمسمائه جندي» is a range; after a word of CHANGE_WORDS "
                   "(«ارتفع من 40 الي 50») a change: the two figures stay apart"),
)

CHANGE_WORDS: tuple[str, ...] = (
    "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض",
    "تراجع", "تراجعت", "يتراجع", "زاد", "زادت", "يزيد", "تزيد", "زياده", "خفض", "خفضت", "يخفض", "تخفض",
    "تخفيض", "قلص", "قلصت", "يقلص", "تقلص", "تقليص", "رفع", "رفعت", "يرفع", "ترفع", "تضاعف", "تضاعفت",
    "قفز", "قفزت", "هبط", "هبطت", "صعد", "صعدت", "نقص", "نقصت", "تغير", "تحول",
)
"""Words of change: «من X الي Y» after one of them (within CHANGE_LOOKBACK_WORDS words before
«من», clitics و ف taken off) is a change from X to Y, not a range."""
CHANGE_LOOKBACK_WORDS = 4

NEGATIVE_SIGNS: tuple[str, ...] = ("-", "\u2212")
"""A minus sign glued before digits, not after a digit or a letter («-5», «−30»; «2-1» is a score)."""
NEGATIVE_WORDS: tuple[str, ...] = ("سالب", "ناقص")
"""Words before a number that make it negative («سالب ثمانيه الاف» = -8000; ناقص in spoken
temperatures). Only right before a number: «ناقص» alone is 'lacking'."""
DECIMAL_WORDS: tuple[str, ...] = ("فاصله",)
"""The decimal word between a whole number and its decimals («ثلاثه فاصله خمسه» = 3.5); the
decimals are read as written (digits or words, «صفر» for each leading zero: «سته فاصله صفر
ثمانيه» = 6.08), and a scale after them multiplies the whole («واحد فاصله خمسه مليون»)."""

ONE_PRONOUN_BEFORE: tuple[str, ...] = ("اي", "كل", "لا", "الا")
"""«واحد» after one of these is a pronoun, not a count: «اي واحد تفضل», «كل واحد منهم», «ولا
واحد» (the finder takes و ف off the word before)."""
ONE_PRONOUN_AFTER: tuple[str, ...] = ("تلو",)
"""«واحدا تلو الاخر» (one after another): no count. «واحد من» + a word that is no counted noun
(«واحد من ابرز القاده») is 'one of' and no count either."""


COMPOUND_JOINER = "و"
"""The conjunction between the parts of a compound number: «ثلاثه وعشرون» (23), «ثلاثه الاف
وخمسمائه» (3,500), «2.5 مليون و300 الف». It is written glued to the next part, or apart."""

GLUED_PREPOSITIONS: tuple[str, ...] = ("عن", "من", "الي", "علي", "في", "منذ")
"""Prepositions that some outlets write glued to digits («عن472 هجوما», «من5200»): before
digits they are a prefix of the number's word, like the one-letter clitics (و ف ب ل ك)."""



POSTPOSED_CARDINALS: tuple[int, int] = (3, 10)
"""Cardinals that may follow their counted noun as a definite adjective: «الهجمات السته»
(the six attacks) is a count of 6, «الجنود الثلاثه» of 3. Only words of this range (the
unit words 3–10 of NUMBER_WORDS, with the article) after a definite counted noun of
rules/units.py: «الاثنين» is Monday, «الدول الثلاث» counts no unit and stays nothing."""
