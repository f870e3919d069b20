"""Counted nouns: what a number counts, with a category extraction can filter on.

A row maps one canonical English unit to its normalized surface forms:
singular, accusative with tanwin (جنديا), dual (جنديان, جنديين), construct
dual and plurals. The finder in `arabic_news.numbers` looks for a form right
after the number, or after «من» and the article (2500 من الجنود); it adds
the article ال itself, so no row repeats it. Multi-word forms (طائره مسيره)
win over their first word because the pattern is built longest first.

Dual forms are listed apart, in a row's ``duals``. The dual is a number in
itself: an indefinite dual of a counted noun is a quantity of 2 with no number
word before it («تعرضت القاعده لهجومين صاروخيين» → 2 attacks, «قتل جنديان» →
2 soldiers, «طائرتان مسيرتان» → 2 drones). A number word of 2 right after it
(«جنديين اثنين») belongs to the same quantity. A dual with the article
(«الجنديين», «القاعدتين») is not a quantity: it points back to two things already
counted. The dual of a noun that is not in this table («الجانبين», «البلدين»)
is no quantity, and «الاثنين» (Monday) is not a dual noun. After a number the
dual forms serve as the noun like any other form («2 جنديين» is rare but seen).
Only forms that cannot be read as a plural are listed (عسكريين، مقاتلين and
مدنيين are also sound plurals, so they are forms, not duals).

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
    duals: tuple[str, ...] = ()  # dual forms (nominative, oblique): a quantity of 2 on their own


UNITS: tuple[Unit, ...] = (
    # personnel
    Unit("soldier", "personnel", ("جندي", "جنديا", "جنديي", "جنود"), duals=("جنديان", "جنديين")),
    Unit("military_personnel", "personnel", ("عسكري", "عسكريا", "عسكريين", "عسكريي", "عسكريون"),
         duals=("عسكريان",), note="عسكريين is both the dual and the plural: a form, not a dual"),
    Unit("troops", "personnel", ("قوات",), note="«2500 من القوات الامريكيه»"),
    Unit("member", "personnel", ("عنصر", "عنصرا", "عناصر"), duals=("عنصران", "عنصرين"),
         note="used for troops and for members of armed groups alike"),
    Unit("personnel", "personnel", ("فرد", "فردا", "افراد"), duals=("فردان", "فردين")),
    Unit("marine", "personnel", ("جندي مارينز", "جنود مارينز", "مشاه البحريه", "مارينز")),
    Unit("adviser", "personnel", ("مستشار", "مستشارا", "مستشارين", "مستشارون"), duals=("مستشاران",)),
    Unit("trainer", "personnel", ("مدرب", "مدربا", "مدربين", "مدربون"), duals=("مدربان",)),
    Unit("man", "personnel", ("رجل", "رجلا", "رجال"),
         note="men: personnel only beside a force or mission word (rules/forces.py MISSION_ONLY_UNITS); "
              "no dual: «رجلين» is also two legs"),
    Unit("contractor", "personnel", ("متعاقد", "متعاقدا", "متعاقدين", "متعاقدون")),
    Unit("officer", "personnel", ("ضابط", "ضابطا", "ضباط"), duals=("ضابطان", "ضابطين")),
    Unit("expert", "personnel", ("خبير", "خبيرا", "خبراء"), duals=("خبيران", "خبيرين"),
         note="military experts «150 خبيرا ايرانيا»; also economists: troops only beside a force word"),
    Unit("sailor", "personnel", ("بحار", "بحارا", "بحاره"),
         note="«5000 بحار»; بحار is also the plural of بحر (seas): troops only beside a force word"),
    Unit("conscript", "personnel", ("مجند", "مجندا", "مجندين", "مجندون", "مجندي"),
         note="«الاف من مجندي الخدمه الوطنيه»"),
    # combatants
    Unit("fighter", "combatant", ("مقاتل", "مقاتلا", "مقاتلين", "مقاتلون"), duals=("مقاتلان",),
         note="مقاتله/مقاتلات are fighter jets (aircraft); the word boundary keeps them apart"),
    Unit("gunman", "combatant", ("مسلح", "مسلحا", "مسلحين", "مسلحون"), duals=("مسلحان",)),
    Unit("militant", "combatant", ("ارهابي", "ارهابيا", "ارهابيين", "ارهابيون", "متشدد", "متشددا",
                                    "متشددين", "داعشي", "داعشيا", "داعشيين")),
    # casualties
    Unit("killed", "casualty", ("قتيل", "قتيلا", "قتلي", "شهيد", "شهيدا", "شهداء"),
         duals=("قتيلان", "قتيلين", "شهيدان", "شهيدين")),
    Unit("wounded", "casualty", ("جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين",
                                 "مصابون", "اصابه", "اصابات"), duals=("جريحان", "جريحين")),
    Unit("victim", "casualty", ("ضحيه", "ضحايا")),
    Unit("death", "casualty", ("وفاه", "وفيات", "حاله وفاه", "حالات وفاه")),
    # attacks
    Unit("attack", "attack", ("هجوم", "هجوما", "هجمات", "هجمه", "اعتداء", "اعتداءات"),
         duals=("هجومان", "هجومين", "هجمتان", "هجمتين")),
    Unit("strike", "attack", ("ضربه", "ضربات", "غاره", "غارات",
                              "ضربه جويه", "ضربات جويه", "غاره جويه", "غارات جويه"),
         duals=("ضربتان", "ضربتين", "غارتان", "غارتين")),
    Unit("operation", "attack", ("عمليه", "عمليات"), duals=("عمليتان", "عمليتين")),
    Unit("bombing", "attack", ("تفجير", "تفجيرا", "تفجيرات"), duals=("تفجيران", "تفجيرين")),
    # weapons
    Unit("rocket", "weapon", ("صاروخ", "صاروخا", "صواريخ"), duals=("صاروخان", "صاروخين")),
    Unit("drone", "weapon", ("طائره مسيره", "طائرات مسيره", "مسيرات", "طائره بدون طيار",
                             "طائرات بدون طيار", "طائره من دون طيار", "طائرات من دون طيار", "درون"),
         duals=("طائرتين مسيرتين", "طائرتان مسيرتان"),
         note="مسيره alone is left out: «800 مسيره» are marches; مسيرات is mostly drones in Iraq coverage"),
    Unit("aircraft", "weapon", ("طائره", "طائرات", "مقاتله", "مقاتلات", "مروحيه", "مروحيات"),
         duals=("طائرتين", "طائرتان", "مقاتلتين", "مقاتلتان", "مروحيتين", "مروحيتان")),
    Unit("shell", "weapon", ("قذيفه", "قذائف", "قذيفه هاون", "قذائف هاون"), duals=("قذيفتين", "قذيفتان")),
    Unit("barrel_bomb", "weapon", ("برميل متفجر", "براميل متفجره", "برميلا متفجرا")),
    Unit("ied", "weapon", ("عبوه ناسفه", "عبوات ناسفه"), duals=("عبوتين ناسفتين", "عبوتان ناسفتان")),
    Unit("vehicle", "weapon", ("اليه", "اليات", "مدرعه", "مدرعات", "دبابه", "دبابات")),
    # groups and places
    Unit("faction", "group", ("فصيل", "فصيلا", "فصائل"), duals=("فصيلين", "فصيلان")),
    Unit("brigade", "group", ("لواء", "الويه")),
    Unit("base", "facility", ("قاعده", "قواعد", "قاعده عسكريه", "قواعد عسكريه"),
         duals=("قاعدتين", "قاعدتان")),
    # people
    Unit("person", "people", ("شخص", "شخصا", "اشخاص"), duals=("شخصان", "شخصين")),
    Unit("civilian", "people", ("مدني", "مدنيا", "مدنيين", "مدنيون")),
    Unit("child", "people", ("طفل", "طفلا", "اطفال"), duals=("طفلين", "طفلان")),
    # measures
    Unit("percent", "measure", ("%", "٪", "في المئه", "في المائه", "بالمئه", "بالمائه"),
         note="«50 في المئه من القوات» is a share, never a troop count"),
    Unit("dollar", "measure", ("دولار", "دولارا", "دولارات")),
    Unit("dinar", "measure", ("دينار", "دينارا", "دنانير")),
    Unit("riyal", "measure", ("ريال", "ريالا", "ريالات")),
    Unit("euro", "measure", ("يورو",)),
    Unit("pound", "measure", ("جنيه", "جنيها", "جنيهات"), note="the Egyptian and Sudanese pound, the pound sterling"),
    Unit("dirham", "measure", ("درهم", "درهما", "دراهم")),
    Unit("lira", "measure", ("ليره", "ليرات"), note="the Lebanese, Syrian and Turkish lira"),
    Unit("time", "measure", ("مره", "مرات"), duals=("مرتين", "مرتان"), note="«مرتين» is twice: 2 times"),
    Unit("kilometer", "measure", ("كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم")),
)
