"""Counted nouns: what a number counts, with a category extraction can filter on.

A row maps one canonical English unit to its normalized surface forms:
singular, accusative with tanwin (جنديا), dual (جنديان, جنديين), construct
dual and plurals. The finder in `arabic_news.numbers` looks for a form right
after the number, or after «من» and the article (2500 من الجنود); it adds
the article ال itself, so no row repeats it. Multi-word forms (طائره مسيره)
win over their first word because the pattern is built longest first.

A dual noun with no number before it («جنديان», «طائرتان مسيرتان») is not a
quantity: the finders start from a number or a vague amount, and the dual
forms here serve only after one («2 جنديين» is rare but seen).

Categories (``CATEGORIES``) let extraction tell a troop figure from a
casualty count:
    personnel   troops of a state and their roles (soldier, adviser, trainer)
    combatant   fighters of armed groups (fighter, gunman, militant)
    casualty    the dead and wounded
    attack      attacks, strikes, operations
    weapon      rockets, drones, shells, aircraft
    group       factions, brigades
    facility    bases, sites
    people      persons, civilians
    measure     money, percent, times, distances
    other       anything else

To add a noun: add a row here and a case in tests/cases/quantities.tsv.
"""

from __future__ import annotations

from typing import NamedTuple

PARTITIVES: tuple[str, ...] = ("من",)
"""The preposition that may stand between a number and its noun: «2500 من الجنود»."""

ADJECTIVE_ENDINGS: tuple[str, ...] = ("ي", "يه", "يا", "يين", "يون", "يات", "يان", "يتين")
"""Endings of the relative adjective (nisba) that may stand between a counted noun and
an after-hedge: «2500 جندي امريكي علي الاقل», «300 مقاتل اجنبي تقريبا». One such word
only, and only when the hedge follows it."""

CATEGORIES = ("personnel", "combatant", "casualty", "attack", "weapon", "group", "facility",
              "people", "measure", "other")


class Unit(NamedTuple):
    unit: str                  # canonical English name, lowercase snake_case
    category: str              # one of CATEGORIES
    forms: tuple[str, ...]     # normalized surface forms
    note: str = ""


UNITS: tuple[Unit, ...] = (
    # personnel
    Unit("soldier", "personnel", ("جندي", "جنديا", "جنديان", "جنديين", "جنديي", "جنود")),
    Unit("military_personnel", "personnel",
         ("عسكري", "عسكريا", "عسكريان", "عسكريين", "عسكريي", "عسكريون")),
    Unit("troops", "personnel", ("قوات",), note="«2500 من القوات الامريكيه»"),
    Unit("member", "personnel", ("عنصر", "عنصرا", "عنصران", "عنصرين", "عناصر"),
         note="used for troops and for members of armed groups alike"),
    Unit("personnel", "personnel", ("فرد", "فردا", "فردان", "فردين", "افراد")),
    Unit("marine", "personnel", ("جندي مارينز", "جنود مارينز", "مشاه البحريه", "مارينز")),
    Unit("adviser", "personnel", ("مستشار", "مستشارا", "مستشاران", "مستشارين", "مستشارون")),
    Unit("trainer", "personnel", ("مدرب", "مدربا", "مدربان", "مدربين", "مدربون")),
    Unit("contractor", "personnel", ("متعاقد", "متعاقدا", "متعاقدين", "متعاقدون")),
    Unit("officer", "personnel", ("ضابط", "ضابطا", "ضابطان", "ضابطين", "ضباط")),
    # combatants
    Unit("fighter", "combatant", ("مقاتل", "مقاتلا", "مقاتلان", "مقاتلين", "مقاتلون"),
         note="مقاتله/مقاتلات are fighter jets (aircraft); the word boundary keeps them apart"),
    Unit("gunman", "combatant", ("مسلح", "مسلحا", "مسلحان", "مسلحين", "مسلحون")),
    Unit("militant", "combatant", ("ارهابي", "ارهابيا", "ارهابيين", "ارهابيون", "متشدد", "متشددا",
                                    "متشددين", "داعشي", "داعشيا", "داعشيين")),
    # casualties
    Unit("killed", "casualty", ("قتيل", "قتيلا", "قتيلان", "قتيلين", "قتلي", "شهيد", "شهيدا",
                                "شهيدين", "شهداء")),
    Unit("wounded", "casualty", ("جريح", "جريحا", "جريحين", "جرحي", "مصاب", "مصابا", "مصابين",
                                 "مصابون", "اصابه", "اصابات")),
    Unit("victim", "casualty", ("ضحيه", "ضحايا")),
    Unit("death", "casualty", ("وفاه", "وفيات", "حاله وفاه", "حالات وفاه")),
    # attacks
    Unit("attack", "attack", ("هجوم", "هجوما", "هجومان", "هجومين", "هجمات", "هجمه", "هجمتين",
                              "اعتداء", "اعتداءات")),
    Unit("strike", "attack", ("ضربه", "ضربات", "ضربتين", "غاره", "غارات", "غارتين",
                              "ضربه جويه", "ضربات جويه", "غاره جويه", "غارات جويه")),
    Unit("operation", "attack", ("عمليه", "عمليات", "عمليتين")),
    Unit("bombing", "attack", ("تفجير", "تفجيرا", "تفجيرين", "تفجيرات")),
    # weapons
    Unit("rocket", "weapon", ("صاروخ", "صاروخا", "صاروخان", "صاروخين", "صواريخ")),
    Unit("drone", "weapon", ("طائره مسيره", "طائرات مسيره", "طائرتين مسيرتين", "طائرتان مسيرتان",
                             "مسيرات", "طائره بدون طيار", "طائرات بدون طيار",
                             "طائره من دون طيار", "طائرات من دون طيار", "درون"),
         note="مسيره alone is left out: «800 مسيره» are marches; مسيرات is mostly drones in Iraq coverage"),
    Unit("aircraft", "weapon", ("طائره", "طائرات", "طائرتين", "طائرتان", "مقاتله", "مقاتلات",
                                "مقاتلتين", "مروحيه", "مروحيات", "مروحيتين")),
    Unit("shell", "weapon", ("قذيفه", "قذائف", "قذيفتين", "قذيفه هاون", "قذائف هاون")),
    Unit("barrel_bomb", "weapon", ("برميل متفجر", "براميل متفجره", "برميلا متفجرا")),
    Unit("ied", "weapon", ("عبوه ناسفه", "عبوات ناسفه", "عبوتين ناسفتين")),
    Unit("vehicle", "weapon", ("اليه", "اليات", "مدرعه", "مدرعات", "دبابه", "دبابات")),
    # groups and places
    Unit("faction", "group", ("فصيل", "فصيلا", "فصيلين", "فصائل")),
    Unit("brigade", "group", ("لواء", "الويه")),
    Unit("base", "facility", ("قاعده", "قاعدتين", "قواعد", "قاعده عسكريه", "قواعد عسكريه")),
    # people
    Unit("person", "people", ("شخص", "شخصا", "شخصان", "شخصين", "اشخاص")),
    Unit("civilian", "people", ("مدني", "مدنيا", "مدنيين", "مدنيون")),
    Unit("child", "people", ("طفل", "طفلا", "طفلين", "اطفال")),
    # measures
    Unit("percent", "measure", ("%", "٪", "في المئه", "في المائه", "بالمئه", "بالمائه"),
         note="«50 في المئه من القوات» is a share, never a troop count"),
    Unit("dollar", "measure", ("دولار", "دولارا", "دولارات")),
    Unit("dinar", "measure", ("دينار", "دينارا", "دنانير")),
    Unit("time", "measure", ("مره", "مرات", "مرتين")),
    Unit("kilometer", "measure", ("كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم")),
)
