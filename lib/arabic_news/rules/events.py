"""Event-type triggers and status cues for the `events` table.

An event is anything the text places in time. `arabic_news.extract` gives each
time expression the `event_type` of the trigger word nearest to it in its
sentence (ties go to the earlier row of EVENT_TRIGGERS), and a `status` from
the cues around it: `planned` or `expected` when a cue of STATUS_CUES or the
date finder's future flag says so, else `happened`.

Forms are written as `normalize()` outputs them; the extractor adds word
boundaries and the clitic prefixes (و ف ب ل ك, ال, لل), so rows list bare
stems and their inflected forms.

To add a trigger: add an EventTrigger row and a sentence to tests/test_extract.py.
"""

from __future__ import annotations

from typing import NamedTuple

from arabic_news.rules import periods as _periods
from arabic_news.rules.vocabularies import EVENT_TYPES as EVENT_TYPE_VALUES  # noqa: F401
from arabic_news.rules.vocabularies import STATUSES as STATUS_VALUES  # noqa: F401


class EventTrigger(NamedTuple):
    form: str         # normalized surface form
    event_type: str   # one of EVENT_TYPE_VALUES
    note: str = ""


def _rows(event_type: str, *forms: str) -> tuple[EventTrigger, ...]:
    return tuple(EventTrigger(form, event_type) for form in forms)


EVENT_TRIGGERS: tuple[EventTrigger, ...] = (
    *_rows("election", "انتخابات", "الانتخابات", "اقتراع", "انتخاب", "الانتخابيه"),
    *_rows("vote", "تصويت", "صوت", "صوتت", "يصوت", "قرارا", "قرار غير ملزم", "التصويت"),
    *_rows("mission_change", "المهمه القتاليه", "مهمه قتاليه", "مهمتها القتاليه", "البعثه القتاليه",
           "دور استشاري", "التدريب والمشوره", "تحول المهمه", "تغيير دور", "انتقال", "الانتقال", "تحول",
           "مرحله جديده", "انهاء المهمه", "انهاء مهمه", "تنتهي المهمه"),
    *_rows("withdrawal", "انسحاب", "الانسحاب", "انسحبت", "انسحب", "ينسحب", "تنسحب", "سحب", "بسحب", "خروج",
           "اخراج", "رحيل", "تقليص", "خفض", "تخفيض", "خفضت", "قلصت", "تغادر", "مغادره"),
    *_rows("deployment", "نشر", "نشرت", "انتشار", "ارسال", "ارسلت", "ترسل", "يرسل", "تعزيزات", "نشر قوات",
           "عوده القوات", "الدفع"),
    *_rows("strike", "غاره", "غارات", "ضربه", "ضربات", "قصفت", "قصف", "اغتيال", "مقتل", "الضربات"),
    *_rows("attack", "هجوم", "هجمات", "الهجوم", "استهداف", "استهدف", "استهدفت", "استهدفت", "تفجير", "انفجار",
           "هاجم", "هاجمت", "اعتداء", "سقوط صواريخ"),
    *_rows("agreement", "اتفاق", "اتفاقيه", "الاتفاقيه", "اتفقا", "اتفق", "اتفقت", "اتفقنا", "ابرم", "ابرمت",
           "المبرم", "توقيع", "وقع", "وقعت", "معاهده", "مذكره تفاهم", "تفاهمات"),
    *_rows("visit", "زياره", "زار", "يزور", "تزور", "وصل", "وصول", "استقبل", "استقبلت", "استقباله", "غادرنا",
           "عائدا", "جولته"),
    *_rows("talks", "محادثات", "مباحثات", "مفاوضات", "حوار", "الحوار", "اجتماع", "اجتماعا", "اجتماعات",
           "لقاء", "التقي", "يلتقي", "اجتمع", "جوله", "الجوله", "مشاورات", "مناقشات", "قمه", "الجلسات"),
    *_rows("announcement", "اعلن", "اعلنت", "اعلان", "الاعلان", "يعلن", "تعلن", "كشف", "كشفت"),
    *_rows("statement", "قال", "قالت", "بيان", "البيان", "تصريح", "تصريحات", "صرح", "اكد", "اكدت", "اوضح",
           "اشار", "تغريده", "مؤتمر صحفي", "مقابله", "نفي", "حذر"),
)


class StatusCue(NamedTuple):
    form: str     # normalized surface form
    status: str   # "planned" or "expected"
    note: str = ""


STATUS_CUES: tuple[StatusCue, ...] = (
    StatusCue("من المقرر", "planned"),
    StatusCue("المقرر", "planned"),
    StatusCue("المقرره", "planned"),
    StatusCue("المزمع", "planned"),
    StatusCue("يعتزم", "planned"),
    StatusCue("تعتزم", "planned"),
    StatusCue("يخطط", "planned"),
    StatusCue("تخطط", "planned"),
    StatusCue("خطه", "planned"),
    StatusCue("سوف", "planned"),
    StatusCue("سيتم", "planned"),
    StatusCue("سيكون", "planned"),
    StatusCue("ستكون", "planned"),
    StatusCue("ستنهي", "planned"),
    StatusCue("سينهي", "planned"),
    StatusCue("سيبقي", "planned"),
    StatusCue("ستبقي", "planned"),
    StatusCue("سيبقون", "planned"),
    StatusCue("سيصدر", "planned"),
    StatusCue("سيحدد", "planned"),
    StatusCue("سيعقد", "planned"),
    StatusCue("ستعقد", "planned"),
    StatusCue("سيزور", "planned"),
    StatusCue("ستنتقل", "planned"),
    StatusCue("سينتقل", "planned"),
    StatusCue("ستتواصل", "planned"),
    StatusCue("سيتواصل", "planned"),
    StatusCue("سيدعو", "planned"),
    StatusCue("ستتطرق", "planned"),
    StatusCue("تستعد", "planned"),
    StatusCue("يستعد", "planned"),
    StatusCue("تنوي", "planned"),
    StatusCue("ينوي", "planned"),
    StatusCue("ترسل", "planned", note="present tense of sending troops: a deployment under way"),
    StatusCue("سترسل", "planned"),
    StatusCue("مرتقب", "expected"),
    StatusCue("مرتقبه", "expected"),
    StatusCue("من المتوقع", "expected"),
    StatusCue("المتوقع", "expected"),
    StatusCue("يتوقع", "expected"),
    StatusCue("ونتوقع", "expected"),
    StatusCue("توقع", "expected"),
    StatusCue("من المنتظر", "expected"),
    StatusCue("المنتظر", "expected"),
    StatusCue("يرجح", "expected"),
    StatusCue("رجحت", "expected"),
    StatusCue("المرجح", "expected"),
    StatusCue("قد", "expected", note="«قد تستمر»: may; also «قد» + past verb (already), so weak"),
    StatusCue("المقبل", "expected", note="a date called المقبل lies ahead"),
    StatusCue("المقبله", "expected"),
    StatusCue("القادم", "expected"),
    StatusCue("القادمه", "expected"),
)


#: Words before a time expression that make it the start of a period running to the
#: article's date: «منذ بدايه العام» → 1 January to publication (attack counts' period).
SINCE_CUES: tuple[str, ...] = ("منذ",)

#: Words before a time expression that make it the end of a period running from the
#: article's date: «حتي نهايه 2026» → publication date to 31 December 2026 (precision
#: interval), unless the expression lies before the publication date.
UNTIL_CUES: tuple[str, ...] = ("حتي", "لغايه", "الي غايه", "لحين", "يمتد الي", "تمتد الي")

#: Words right after a time expression that end its period on the article's date: «في عام
#: 2018 حتي الان 44 هجوما» counts attacks from 1 January 2018 to the publication date.
SO_FAR_CUES: tuple[str, ...] = ("حتي الان", "لحد الان", "حتي اليوم", "الي الان", "حتي تاريخه")

#: Parts of the day right before «اليوم» that date an event to today («ظهر اليوم»,
#: «فجر اليوم»): a bare «اليوم» without one of them, a perfect verb, a status cue or a
#: statement in its sentence is «nowadays» (a state), not an event (`arabic_news.extract`).
DAY_PARTS: tuple[str, ...] = tuple(part.form for part in _periods.DAY_PARTS)   # one table: rules/periods.py

#: A word after «قد» that is a verb in the perfect makes «قد» mean «already» (past), not
#: «may» (expected): the imperfect starts with one of these letters («قد تستمر»).
IMPERFECT_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن", "ا")

#: Status cues that are weak: they count only when the verb after them is imperfect.
WEAK_STATUS_CUES: tuple[str, ...] = ("قد",)

#: Words inside or right before a period that cut it at the article's date: «في وقت لاحق
#: من هذا العام» runs from the publication date to the year's end; «في وقت سابق هذا الشهر»
#: from the month's start to the day before publication.
LATER_CUES: tuple[str, ...] = ("وقت لاحق",)
EARLIER_CUES: tuple[str, ...] = ("وقت سابق",)


#: A word that starts with the future prefix سـ (سيـ ستـ سنـ) and has at least three
#: letters after it is read as a future verb («سيضمان», «ستنشر») unless listed here.
NOT_FUTURE_VERBS: tuple[str, ...] = (
    "سنوات", "سنويا", "سنوي", "سنويه", "سيطره", "سيطرت", "سيطر", "سينما", "سيناريو", "سيناء", "سيول", "سيتي",
    "ستار", "ستوكهولم", "سياسه", "سياسات", "سياسي", "سيارات", "سياره", "سيارتين", "سيده", "سيدات", "ستراتيجيه",
    "سيبراني", "سيبرانيه", "سيرته", "سيرين", "ستيفن", "ستيف", "سنغافوره", "سنتيمتر", "سيمون", "سيمينار",
)


#: Verbs in the perfect (past tense) that place a month written without a year in the
#: past: «بيان صدر في 7 ابريل», «تم استهداف … في اوائل يوليو». The publication window
#: then starts no earlier than that month of the latest year the article names
#: (`arabic_news.extract`); the date finder reads the same table to resolve the month's
#: year. The table lives in `rules.periods` (one table, two readers).
PAST_VERBS: tuple[str, ...] = _periods.PAST_VERBS
