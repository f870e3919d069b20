"""Month names of the calendars the Arabic press uses, as `normalize()` writes them.

One row per month and naming system; its ``forms`` are the spellings seen in
print (with and without hamza, with ى/ي and ة/ه already unified by
normalization). The finder in `arabic_news.dates` compiles every form into one
pattern (longest first) and adds the clitic prefixes (و ف ب ل ك) itself; month
names never take the article ال, so «الاب» (the father) is never August.

Systems (``MONTH_SYSTEMS``):
    egyptian    يناير … ديسمبر, from the Latin names (Egypt, the Gulf, most agencies)
    levantine   كانون الثاني … كانون الاول, the Syriac names (Iraq, Syria, Lebanon, Jordan)
    maghrebi    جانفي فيفري … the French names (Tunisia, Algeria; Morocco writes يوليوز غشت شتنبر نونبر دجنبر;
                Mauritania اغشت نفمبر دجمبر)
    hijri       محرم … ذو الحجه, the Islamic lunar calendar (converted with hijridate)

The press often doubles a month in two systems: «مارس/آذار», «7 أكتوبر/تشرين
الأول», «فبراير (شباط)»; the finder reads the pair as one month when both
name the same month number.

``needs_context`` marks forms that are also ordinary words: «مارس» is the verb
«اب» is "father", «ماي» a word in dialect, «صفر» is "zero»,
«رمضان», «رجب» and «شعبان» are first names. «ماي» is also Theresa May. Such a form is a month only with
a day number before it, a year after it, the word «شهر» (rules/periods.py)
before it, a modifier after it (الماضي، المقبل …) or its twin in a doubled
form; a Hijri one only with a year or «شهر» («2 - صفر» is a score). Any month
named alone («في مايو») needs a preposition or a part word before it
(rules/periods.py YEAR_CUES, RANGE_WORDS, PARTS): «ونيسان» is the car maker.

To add a spelling: add it to the row's ``forms`` and a case to tests/cases/dates.tsv.
"""

from __future__ import annotations

from typing import NamedTuple

CALENDARS = ("gregorian", "hijri")
MONTH_SYSTEMS = ("egyptian", "levantine", "maghrebi", "hijri")


class Month(NamedTuple):
    month: int                 # 1–12 in its calendar
    calendar: str              # one of CALENDARS
    system: str                # one of MONTH_SYSTEMS
    forms: tuple[str, ...]     # normalized surface forms (multi-word forms separated by one space)
    needs_context: bool = False
    note: str = ""


MONTHS: tuple[Month, ...] = (
    # Gregorian, Latin names (Egypt, Gulf, agencies)
    Month(1, "gregorian", "egyptian", ("يناير",)),
    Month(2, "gregorian", "egyptian", ("فبراير", "فبرابر")),
    Month(3, "gregorian", "egyptian", ("مارس",),
          note="also the verb 'practised': alone it needs a preposition before it, as every month does"),
    Month(4, "gregorian", "egyptian", ("ابريل", "ابريليه")),
    Month(5, "gregorian", "egyptian", ("مايو",)),
    Month(6, "gregorian", "egyptian", ("يونيو", "يونيه")),
    Month(7, "gregorian", "egyptian", ("يوليو", "يوليه")),
    Month(8, "gregorian", "egyptian", ("اغسطس", "اغسطوس")),
    Month(9, "gregorian", "egyptian", ("سبتمبر", "سيبتمبر")),
    Month(10, "gregorian", "egyptian", ("اكتوبر", "اوكتوبر")),
    Month(11, "gregorian", "egyptian", ("نوفمبر",)),
    Month(12, "gregorian", "egyptian", ("ديسمبر", "دسمبر")),
    # Gregorian, Syriac names (Iraq and the Levant)
    Month(1, "gregorian", "levantine", ("كانون الثاني", "كانون ثاني")),
    Month(2, "gregorian", "levantine", ("شباط",)),
    Month(3, "gregorian", "levantine", ("اذار",)),
    Month(4, "gregorian", "levantine", ("نيسان",)),
    Month(5, "gregorian", "levantine", ("ايار",)),
    Month(6, "gregorian", "levantine", ("حزيران",)),
    Month(7, "gregorian", "levantine", ("تموز",)),
    Month(8, "gregorian", "levantine", ("اب",), needs_context=True, note="also 'father' (أب)"),
    Month(9, "gregorian", "levantine", ("ايلول",)),
    Month(10, "gregorian", "levantine", ("تشرين الاول", "تشرين اول")),
    Month(11, "gregorian", "levantine", ("تشرين الثاني", "تشرين ثاني")),
    Month(12, "gregorian", "levantine", ("كانون الاول", "كانون اول")),
    # Gregorian, French names (Maghreb); Moroccan يوليوز and غشت
    Month(1, "gregorian", "maghrebi", ("جانفي",)),
    Month(2, "gregorian", "maghrebi", ("فيفري",)),
    Month(4, "gregorian", "maghrebi", ("افريل",)),
    Month(5, "gregorian", "maghrebi", ("ماي",), needs_context=True, note="short: also a syllable of transliterated names"),
    Month(6, "gregorian", "maghrebi", ("جوان",), needs_context=True, note="also a first name (Juan)"),
    Month(7, "gregorian", "maghrebi", ("جويليه", "يوليوز")),
    Month(8, "gregorian", "maghrebi", ("اوت", "غشت", "اغشت"), note="اغشت: Mauritanian"),
    Month(9, "gregorian", "maghrebi", ("شتنبر",), note="Moroccan"),
    Month(11, "gregorian", "maghrebi", ("نونبر", "نفمبر"), note="Moroccan نونبر, Mauritanian نفمبر"),
    Month(12, "gregorian", "maghrebi", ("دجنبر", "دجمبر"), note="Moroccan دجنبر, Mauritanian دجمبر"),
    # Hijri
    Month(1, "hijri", "hijri", ("محرم",), needs_context=True, note="also 'forbidden'"),
    Month(2, "hijri", "hijri", ("صفر",), needs_context=True, note="also 'zero' (rules/numbers.py)"),
    Month(3, "hijri", "hijri", ("ربيع الاول",)),
    Month(4, "hijri", "hijri", ("ربيع الثاني", "ربيع الاخر")),
    Month(5, "hijri", "hijri", ("جمادي الاولي", "جمادي الاول")),
    Month(6, "hijri", "hijri", ("جمادي الثانيه", "جمادي الاخره", "جمادي الاخر", "جمادي الثاني")),
    Month(7, "hijri", "hijri", ("رجب",), needs_context=True, note="also a first name"),
    Month(8, "hijri", "hijri", ("شعبان",), needs_context=True, note="also a first name"),
    Month(9, "hijri", "hijri", ("رمضان",), needs_context=True, note="also a first name"),
    Month(10, "hijri", "hijri", ("شوال",)),
    Month(11, "hijri", "hijri", ("ذو القعده", "ذي القعده", "ذا القعده")),
    Month(12, "hijri", "hijri", ("ذو الحجه", "ذي الحجه", "ذا الحجه")),
)

# Marks written after a year: «1442هـ» (هـ loses its tatweel in normalization), «2021م»,
# «1442 للهجرة» (the finder strips the clitic لل to the article).
HIJRI_YEAR_MARKS: tuple[str, ...] = ("ه", "هجري", "هجريه", "الهجره")
GREGORIAN_YEAR_MARKS: tuple[str, ...] = ("م", "ميلادي", "ميلاديه", "الميلاد")

