"""The words of the charts, in Arabic and English: one table per kind of label.

`arabic_news.plotting` draws with these; `arabic_news.analysis` names forces
with `FORCE_NAMES`. Every label the project shows for an enumeration of the
fact tables (force, kind, precision, weapon, event type, status) is defined
here once, as a row `value: (Arabic, English)`, in the order of
`LABEL_LANGUAGES`. Chart titles, axis labels, legend entries and notes are
`Wording` rows keyed by the name plotting uses.

These are display strings, not matching forms: they are written in ordinary
spelling (with hamza and taa marbuta), never passed through `normalize()`,
and never matched against text.

To add a chart message: add a `Wording` row and use its key in plotting.
To add a language: add it to `LABEL_LANGUAGES`, a field to `Wording` and a
column to every name table.
"""

from __future__ import annotations

from typing import NamedTuple

# The languages a chart can be labelled in (the notebooks' `label_language`), in the column
# order of every table below: Arabic first, then English.
LABEL_LANGUAGES: tuple[str, ...] = ("ar", "en")

# Between the items of a list inside one label (the places of a series, the actors of an
# event): Arabic writes the Arabic comma ، (U+060C), English a comma.
LIST_SEPARATORS: dict[str, str] = {"ar": "، ", "en": ", "}

# How many weeks, as Arabic counts them: 1 أسبوع, 2 أسبوعين, 3-10 أسابيع, 11 and more أسبوعا (the noun after
# a number depends on the number). Rows are (upper limit, Arabic form, English form); the first that fits is used.
WEEK_FORMS: tuple[tuple[float, str, str], ...] = (
    (1, "أسبوع واحد", "1 week"),
    (2, "أسبوعين", "2 weeks"),
    (10, "{n} أسابيع", "{n} weeks"),
    (float("inf"), "{n} أسبوعا", "{n} weeks"),
)


class Wording(NamedTuple):
    key: str   # the name plotting uses
    ar: str    # Arabic display text
    en: str    # English display text


CHART_TEXT: tuple[Wording, ...] = (
    Wording("no_data", "لا توجد بيانات", "no data"),
    Wording("date", "التاريخ", "Date"),
    Wording("troops_title", "أعداد القوات عبر الزمن حسب القوة والمكان", "Troop levels over time, by force and place"),
    Wording("troops_y", "عدد الأفراد", "Personnel"),
    Wording("troops_note", "الرقم بعد ×: عدد المقالات التي تذكر الرقم · الخط العمودي: مدى الرقم التقريبي",
            "the number after ×: articles reporting the figure · vertical bar: range of a hedged figure"),
    Wording("series", "القوة والمكان", "Force and place"),
    Wording("style", "نوع الرقم", "Kind of figure"),
    Wording("hedged", "رقم تقريبي (مداه)", "hedged figure (its range)"),
    Wording("attacks_title", "الهجمات في الأسبوع خلال كل فترة مذكورة", "Attacks per week over each reported period"),
    Wording("attacks_y", "هجمات في الأسبوع", "Attacks per week"),
    Wording("attacks_note", "الخط الأفقي: الفترة التي يغطيها العدد · المستطيل المظلل: عدد غير محدد (مداه)",
            "horizontal line: the period a count covers · shaded box: a vague count (its range)"),
    Wording("count_over_weeks", "{count} خلال {weeks}", "{count} in {weeks}"),
    Wording("hedged_count", "عدد تقريبي", "hedged count"),
    Wording("weapon", "السلاح", "Weapon"),
    Wording("vague", "عدد غير محدد (مداه)", "vague count (its range)"),
    Wording("timeline_title", "الأحداث المؤرخة", "Dated events"),
    Wording("precision", "دقة التاريخ", "Date precision"),
    Wording("relative", "تاريخ نسبي حُدِّد من تاريخ النشر", "relative date, resolved"),
    Wording("absolute", "تاريخ صريح", "date stated"),
    Wording("point", "يوم واحد", "single day"),
    Wording("interval", "فترة", "interval"),
    Wording("count", "العدد", "Count"),
    Wording("not_shown", "صفوف بلا تاريخ أو فترة لم تُرسم: {n}", "rows without a date or period, not drawn: {n}"),
    Wording("first_rows", "المعروض: أول {shown} من {total}", "showing the first {shown} of {total}"),
    Wording("own_time_axes", "لكل لوحة محورها الزمني: التواريخ تمتد على عقود",
            "each panel has its own time axis: the dates span decades"),
    Wording("nearest_rows", "المعروض: {shown} من {total}، الأقرب إلى منتصف تواريخ المدونة",
            "showing the {shown} of {total} nearest the middle of the corpus's dates"),
)

FORCE_NAMES: dict[str, tuple[str, str]] = {  # value: (ar, en)
    "us": ("القوات الأمريكية", "US forces"),
    "coalition": ("قوات التحالف", "Coalition forces"),
    "foreign": ("القوات الأجنبية", "Foreign forces"),
    "iraqi": ("القوات العراقية", "Iraqi forces"),
    "militia": ("الفصائل المسلحة", "Armed factions"),
    "other": ("قوات أخرى", "Other forces"),
}

KIND_NAMES: dict[str, tuple[str, str]] = {
    "current": ("رقم حالي", "current"),
    "past": ("رقم سابق", "past"),
    "planned": ("رقم مخطط", "planned"),
}

PRECISION_NAMES: dict[str, tuple[str, str]] = {  # ordered from precise to vague
    "day": ("يوم", "day"),
    "week": ("أسبوع", "week"),
    "month": ("شهر", "month"),
    "season": ("فصل", "season"),
    "quarter": ("ربع سنة", "quarter"),
    "half": ("نصف سنة", "half year"),
    "year": ("سنة", "year"),
    "decade": ("عقد", "decade"),
    "interval": ("فترة", "interval"),
}

WEAPON_NAMES: dict[str, tuple[str, str]] = {
    "rocket": ("صواريخ", "rockets"),
    "drone": ("طائرات مسيرة", "drones"),
    "missile": ("صواريخ باليستية", "missiles"),
    "suicide_bombing": ("تفجير انتحاري", "suicide bombing"),
    "ied": ("عبوات ناسفة", "IEDs"),
    "airstrike": ("غارات جوية", "airstrikes"),
    "gunfire": ("إطلاق نار", "gunfire"),
    "other": ("أخرى", "other"),
    "": ("غير محدد", "unspecified"),
}

EVENT_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "talks": ("محادثات", "talks"),
    "agreement": ("اتفاق", "agreement"),
    "announcement": ("إعلان", "announcement"),
    "statement": ("تصريح", "statement"),
    "visit": ("زيارة", "visit"),
    "withdrawal": ("انسحاب", "withdrawal"),
    "deployment": ("انتشار", "deployment"),
    "mission_change": ("تغيير المهمة", "mission change"),
    "attack": ("هجوم", "attack"),
    "strike": ("ضربة", "strike"),
    "vote": ("تصويت", "vote"),
    "election": ("انتخابات", "election"),
    "other": ("حدث", "event"),
}

STATUS_NAMES: dict[str, tuple[str, str]] = {
    "happened": ("وقع", "happened"),
    "planned": ("مخطط", "planned"),
    "expected": ("متوقع", "expected"),
}

# Arabic names of places and actors come from the gazetteer (rules/gazetteer.py: name_ar, name_en).
