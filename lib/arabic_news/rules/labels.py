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

# How many days, as Arabic counts them (as WEEK_FORMS): 1 يوم واحد, 2 يومين, 3-10 أيام, 11 and more يوما.
DAY_FORMS: tuple[tuple[float, str, str], ...] = (
    (1, "يوم واحد", "one day"),
    (2, "يومين", "2 days"),
    (10, "{n} أيام", "{n} days"),
    (float("inf"), "{n} يوما", "{n} days"),
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
    Wording("troops_note", "الرقم بعد ×: عدد المقالات التي تذكر الرقم نفسه في الوقت نفسه · الخط العمودي: مدى الرقم التقريبي",
            "the number after ×: articles reporting the same figure for the same time · vertical bar: range of a hedged figure"),
    Wording("series", "القوة والمكان", "Force and place"),
    Wording("style", "نوع الرقم", "Kind of figure"),
    Wording("hedged", "رقم تقريبي (مداه)", "hedged figure (its range)"),
    Wording("attacks_title", "الهجمات في الأسبوع خلال كل فترة مذكورة", "Attacks per week over each reported period"),
    Wording("attacks_y", "هجمات في الأسبوع", "Attacks per week"),
    Wording("attacks_note", "الخط الأفقي: الفترة التي يغطيها العدد · المستطيل المظلل: عدد غير محدد (مداه)",
            "horizontal line: the period a count covers · shaded box: a vague count (its range)"),
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
    Wording("troops_none_drawn", "لا يذكر أي رقم من الأرقام الـ{n} في {k} مقالات مستقلة أو أكثر",
            "none of the {n} figures is reported by {k} independent articles or more"),
    Wording("troops_weak_left_out", "لم يُرسم {n} رقما ذكرته أقل من {k} مقالات مستقلة",
            "not drawn: {n} figures fewer than {k} independent articles report"),
    Wording("troops_undated", "أرقام بلا تاريخ لم تُرسم: {n}", "figures without a date, not drawn: {n}"),
    Wording("troops_series_left_out", "لم تُرسم {n} قوى وأماكن أخرى أقل ذكرا",
            "not drawn: {n} less reported forces and places"),
    Wording("history_title", "كيف تغيّر الرقم: {subject}", "How the figure changed: {subject}"),
    Wording("history_title_none", "تاريخ الرقم", "The history of a figure"),
    Wording("history_note", "كل نقطة: رقم واحد ذكرته مقالة أو أكثر · الرقم بعد ×: عدد المقالات · الخط يرتب الخطوات فقط",
            "each point: one claim, reported by one article or several · after ×: its articles · the line only orders the steps"),
    Wording("citations_title", "من ينقل عمّن", "Who cites whom"),
    Wording("citations_note", "صف لكل مصدر، وعمود لكل من ينقل عنه · الرقم: عدد الوقائع المنسوبة",
            "a row per source, a column per outlet or article citing it · number: facts attributed"),
    Wording("citations_by_outlet", "الوسيلة الإعلامية الناقلة", "Citing outlet"),
    Wording("citations_by_article", "المقالة الناقلة", "Citing article"),
    Wording("count_over_period", "{count} خلال {period}", "{count} in {period}"),
    Wording("per_week", "{rate} في الأسبوع", "{rate} a week"),
    Wording("events_per_bin", "عدد الأحداث في كل {unit}", "Events per {unit}"),
    Wording("timeline_binned_note", "الأعمدة: عدد الأحداث المؤرخة في كل {unit} · الأرقام: الأكثر ازدحاما، وحدثها الأكثر ذكرا أدناه",
            "bars: dated events in each {unit} · numbers: the busiest, with their most reported event below"),
    Wording("busiest_bins", "الأكثر ازدحاما وحدثها الأكثر ذكرا", "The busiest, with their most reported event"),
    Wording("timeline_left_out", "خارج الرسم: {before} حدثا قبل هذه الفترة و{after} بعدها",
            "outside the chart: {before} events before this span, {after} after it"),
    Wording("backwards_not_drawn", "لم تُرسم {n} فترات تنتهي قبل أن تبدأ", "not drawn: {n} intervals ending before they start"),
)

# A timeline's time bins, as its labels name them.
BIN_NAMES: dict[str, tuple[str, str]] = {
    "week": ("أسبوع", "week"),
    "month": ("شهر", "month"),
    "year": ("سنة", "year"),
}

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

TARGET_NAMES: dict[str, tuple[str, str]] = {  # attacks.target: (ar, en)
    "us_forces": ("القوات الأمريكية", "US forces"),
    "us_interests": ("المصالح الأمريكية", "US interests"),
    "coalition": ("قوات التحالف", "coalition forces"),
    "embassy": ("السفارة", "an embassy"),
    "base": ("قاعدة عسكرية", "a military base"),
    "convoy": ("رتل", "convoys"),
    "iraqi_forces": ("القوات العراقية", "Iraqi forces"),
    "civilians": ("المدنيون", "civilians"),
    "other": ("أهداف أخرى", "other targets"),
}

# The English sentence of a fact row (`fact_en`, built by `arabic_news.glosses`): the words around
# its fields. A hedge before its number ("about 2,500"), whose personnel a troop level counts
# ("US troops"), and the joining words.
HEDGE_WORDS_EN: dict[str, str] = {
    "exact": "",
    "about": "about ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "less_than": "fewer than ",
    "up_to": "up to ",
    "at_least": "at least ",
}

# The sign before a hedged figure on a chart: what its one qualifier says ("> 200,000" for «أكثر من»), "≈" for
# "about", "nearly" or hedges that differ between the reports of one claim.
HEDGE_SIGNS: dict[str, str] = {
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "up_to": "≤",
}
HEDGE_SIGN_DEFAULT = "≈"

TROOP_NOUNS_EN: dict[str, str] = {  # troop_levels.force -> who the number counts
    "us": "US troops",
    "coalition": "coalition troops",
    "foreign": "foreign troops",
    "iraqi": "Iraqi troops",
    "militia": "armed-faction fighters",
    "other": "troops",
    "": "troops (force not named)",
}

FACT_WORDS_EN: dict[str, str] = {
    "range": "{low}–{high}",
    "in_place": " in {place}",
    "according_to": ", according to {source}",
    "attacks": "attacks",
    "one_attack": "attack",
    "with_weapons": " with {weapons}",
    "on_target": " on {target}",
    "on_day": " on {day}",
    "from_to": " from {start} to {end}",
    "and": " and ",
    "event": "{kind}{status}: {actors}; {when}",
    "event_no_actors": "{kind}{status}; {when}",
    "status": ", {status}",
    "undated": "date unknown",
}
