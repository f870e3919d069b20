"""Weapon and target words of the `attacks` table.

`arabic_news.extract` gives an attack count every weapon named in its sentence
(`;`-joined, in the order of WEAPONS) and the target phrase nearest to the
figure (`target`). Values come from `rules.vocabularies` (WEAPONS, TARGETS).

Forms are written as `normalize()` outputs them; the extractor adds word
boundaries and the clitic prefixes (و ف ب ل ك, ال, لل).

To add a word: add a row here and a sentence to tests/test_extract.py.
"""

from __future__ import annotations

from typing import NamedTuple


class WeaponWord(NamedTuple):
    form: str     # normalized surface form
    weapon: str   # one of vocabularies.WEAPONS
    note: str = ""


def _rows(weapon: str, *forms: str) -> tuple[WeaponWord, ...]:
    return tuple(WeaponWord(form, weapon) for form in forms)


WEAPON_WORDS: tuple[WeaponWord, ...] = (
    *_rows("missile", "صاروخ باليستي", "صواريخ باليستيه", "صاروخ كروز", "صواريخ كروز", "صواريخ موجهه"),
    *_rows("rocket", "صاروخ", "صواريخ", "صاروخي", "صاروخيه", "صاروخيا", "كاتيوشا", "قذيفه", "قذائف", "هاون",
           "مقذوف", "مقذوفات"),
    *_rows("drone", "طائره مسيره", "طائرات مسيره", "الطائرات المسيره", "مسيره", "مسيرات", "طائره بدون طيار",
           "طائرات بدون طيار", "طائره من دون طيار", "طائرات من دون طيار", "بطائرات", "طائرات", "طائره",
           "درون", "الدرون"),
    *_rows("suicide_bombing", "انتحاري", "انتحاريه", "انتحاريين", "حزام ناسف", "سياره مفخخه"),
    *_rows("ied", "عبوه ناسفه", "عبوات ناسفه", "عبوه", "عبوات", "لغم", "الغام"),
    *_rows("airstrike", "غاره جويه", "غارات جويه", "ضربه جويه", "ضربات جويه", "قصف جوي", "غاره", "غارات"),
    *_rows("gunfire", "اطلاق نار", "اطلاق النار", "رصاص", "نيران", "اسلحه خفيفه"),
)
WEAPON_WORDS_NOTE = "«طائرات» alone counts as a drone only in an attack sentence: military jets are not attacks."


class TargetWord(NamedTuple):
    form: str     # normalized surface form
    target: str   # one of vocabularies.TARGETS
    note: str = ""


def _targets(target: str, *forms: str) -> tuple[TargetWord, ...]:
    return tuple(TargetWord(form, target) for form in forms)


TARGET_WORDS: tuple[TargetWord, ...] = (
    *_targets("us_interests", "المصالح الامريكيه", "المصالح الاميركيه", "مصالح امريكيه", "مصالح اميركيه",
              "مصالح واشنطن"),
    *_targets("embassy", "السفاره", "سفاره", "السفارات", "البعثه الدبلوماسيه", "الدبلوماسيين", "المنطقه الخضراء"),
    *_targets("convoy", "رتل", "ارتال", "قافله", "قوافل", "شاحنات"),
    *_targets("us_forces", "القوات الامريكيه", "القوات الاميركيه", "قوات امريكيه", "قوات اميركيه",
              "الجنود الامريكيين", "الجنود الاميركيين", "جنود امريكيين", "جنود اميركيين", "الجيش الامريكي",
              "الجيش الاميركي", "القوات الامريكيه والعراقيه", "القوات الاميركيه والعراقيه"),
    *_targets("coalition", "قوات التحالف", "التحالف الدولي", "التحالف"),
    *_targets("base", "قاعده", "قواعد", "معسكر", "القاعده الجويه", "مطار"),
    *_targets("iraqi_forces", "القوات العراقيه", "الجيش العراقي", "القوات الامنيه", "قوات الامن", "الشرطه",
              "البيشمركه", "الحشد الشعبي"),
    *_targets("civilians", "مدنيين", "المدنيين", "المدنيون", "مدنيون", "المواطنين"),
)


#: Words right after an attack noun that make it no attack («ضربه جزاء»: a penalty kick).
NOT_ATTACK_FOLLOWERS: tuple[str, ...] = ("جزاء", "الجزاء", "ترجيح", "الترجيح", "حره", "ركنيه", "راس", "قاضيه")

#: Words right before an attack count that make it attacks foiled, not attacks made
#: («احبطت الشرطه اربع هجمات», «احباط 30 هجوما»): plots foiled are no attack count.
FOILED_CUES: tuple[str, ...] = ("احباط", "احبطت", "احبط", "افشال", "افشلت", "افشل", "منع", "اجهاض")

#: Stems inside an attack count's phrase that make its attacks air strikes: «غارات جويه», «ضربات
#: جويه» always; «غارات» only when the counted noun is a strike (rules/units.py), since «غار» is
#: also the first letters of other words.
AIRSTRIKE_STEMS: tuple[str, ...] = ("جوي",)
STRIKE_AIRSTRIKE_STEMS: tuple[str, ...] = ("غار",)

#: Words after which a weapon is the other side's, not the counted strikes' («شن الطيران 6 غارات ردا
#: علي اطلاق نحو 100 صاروخ»): weapons named after them in the sentence are left out.
COUNTER_CUES: tuple[str, ...] = (
    "ردا علي", "رد علي", "ردا", "انتقاما", "بعد اطلاق", "عقب اطلاق", "اثر اطلاق", "بعد ان اطلقت",
    "بعد ان اطلق", "بعد ان اطلقوا", "التي اطلقت", "الذي اطلق", "الذين اطلقوا", "التي اطلقها", "اطلقتها",
)
