"""Force words, personnel nouns and the cues that make a figure a troop level.

Used by `arabic_news.extract` to decide whether a number phrase counts
military personnel, whose they are (`force_id`, rules.force_ids; its coarse `force` is one of
FORCE_VALUES), and how a
figure whose noun is elided or referred back to is recovered.

Forms are written as `normalize()` outputs them (ا for every alef, ي for ى,
ه for ة, no diacritics). The extractor adds the word boundaries and the clitic
prefixes (و ف ب ل ك, ال, لل) itself, so no form repeats them; inflected forms
(feminine ـه, plurals ـين/ـون) are listed as rows.

Every country's nisba adjectives come from `arabic_news.countries` (CLDR names and the stems of
`rules.countries`), armed groups and missions from `rules.force_ids`; a row here is for what
those do not give. A country adjective carries its English name (the `location` column of
`troop_levels` uses it when the text says «على الاراضي العراقيه» instead of «في العراق»).
"""

from __future__ import annotations

from typing import NamedTuple

from arabic_news.rules.countries import NISBA_FORM_ENDINGS
from arabic_news.rules.vocabularies import FORCES as FORCE_VALUES  # noqa: F401  (re-exported for readers)


class ForceWord(NamedTuple):
    form: str          # normalized surface form
    force_id: str      # who the force is (rules.force_ids): an ISO code, an organization, group:<slug>
    country_en: str = ""  # the country a nationality adjective names (for `location`), if any
    note: str = ""


def _adjective(stem: str, force_id: str, country_en: str = "", note: str = "") -> tuple[ForceWord, ...]:
    """The four forms of a nationality adjective (rules.countries.NISBA_FORM_ENDINGS)."""
    return tuple(ForceWord(stem + ending, force_id, country_en, note) for ending in NISBA_FORM_ENDINGS)


#: Force words of our own. `arabic_news.countries` adds the nisba adjectives of every country
#: («جندي كولومبي», force_id CO), and `rules.force_ids` the armed groups and missions («عناصر
#: داعش», «قوه حفظ السلام»): a form here wins over theirs.
FORCE_WORDS: tuple[ForceWord, ...] = (
    *_adjective("امريك", "US", "United States"),
    *_adjective("اميرك", "US", "United States", note="Levantine spelling"),
    *_adjective("اميريك", "US", "United States", note="a common misspelling"),
    ForceWord("الولايات المتحده", "US", note="as the owner of troops: «قوات الولايات المتحده»"),
    ForceWord("واشنطن", "US", note="metonymy for the US government"),
    ForceWord("البنتاغون", "US"),
    ForceWord("البنتاجون", "US"),
    ForceWord("مشاه البحريه", "US", note="the Marines"),
    ForceWord("المارينز", "US"),
    ForceWord("الحرس الوطني الامريكي", "US"),
    *_adjective("اجنب", "foreign", note="«قوات اجنبيه»: foreign troops, nationality unsaid"),
    ForceWord("الجيش العراقي", "IQ"),
    ForceWord("كوري جنوبي", "KR", "South Korea"),
    ForceWord("كوريه جنوبيه", "KR", "South Korea"),
    ForceWord("الكوري الجنوبي", "KR", "South Korea"),
    ForceWord("الكوريه الجنوبيه", "KR", "South Korea"),
    ForceWord("كوري شمالي", "KP", "North Korea"),
    ForceWord("الكوري الشمالي", "KP", "North Korea"),
    ForceWord("الكوريه الشماليه", "KP", "North Korea"),
    # several nations, none named: «باستعداد دول اسلاميه لتوفير قوه … 34 الف جندي», «5000 عسكري من الدول
    # الخمس»
    ForceWord("دول اسلاميه", "foreign"),
    ForceWord("دول عربيه", "foreign"),
    ForceWord("دول غربيه", "foreign"),
    ForceWord("دول اوروبيه", "foreign"),
    ForceWord("دول افريقيه", "foreign"),
    ForceWord("دول اجنبيه", "foreign"),
    ForceWord("عده دول", "foreign"),
    ForceWord("الدول الاعضاء", "foreign"),
    ForceWord("الدول المشاركه", "foreign"),
    ForceWord("متعدده الجنسيات", "foreign", note="«قوه متعدده الجنسيات»"),
    ForceWord("هذه الدول", "foreign", note="states named before: «وقد شكلت هذه الدول … قوه قوامها 5000 جندي»"),
    ForceWord("الدول الخمس", "foreign"),
    ForceWord("قوه افريقيه", "foreign", note="an African force of several states"),
    ForceWord("قوات افريقيه", "foreign"),
    ForceWord("من الدول", "foreign", note="right after a figure's noun: «عسكري من الدول الخمس»"),
    # a country named as the owner or sender of troops («تستعد تركيا لنشر 200 جندي», «جندي من
    # كوريا الشماليه»): used when no nationality adjective follows the noun
    ForceWord("تركيا", "TR", note="as the sender of troops"),
    ForceWord("روسيا", "RU"),
    ForceWord("فرنسا", "FR"),
    ForceWord("بريطانيا", "GB"),
    ForceWord("كوريا الشماليه", "KP"),
    ForceWord("كوريا الجنوبيه", "KR"),
)


class PersonnelNoun(NamedTuple):
    form: str            # normalized surface form of the counted noun
    default_force: str   # the force_id when the sentence names none ("" = look in the text;
                         # "group:" = an armed group, the one its sentence names if any)
    note: str = ""


#: Nouns that make a number a count of military personnel (a troop level).
#: Not here on purpose: مقاتله (a fighter jet), قتيل/جريح (casualties), شخص/مدني
#: (people in general), فصيل (a faction count, not a strength).
PERSONNEL_NOUNS: tuple[PersonnelNoun, ...] = (
    PersonnelNoun("جندي", ""),
    PersonnelNoun("جنود", ""),
    PersonnelNoun("جنديا", ""),
    PersonnelNoun("عسكري", ""),
    PersonnelNoun("عسكريا", ""),
    PersonnelNoun("عسكريين", ""),
    PersonnelNoun("عسكريون", ""),
    PersonnelNoun("عنصر", ""),
    PersonnelNoun("عنصرا", ""),
    PersonnelNoun("عناصر", ""),
    PersonnelNoun("فرد", ""),
    PersonnelNoun("افراد", ""),
    PersonnelNoun("مستشار", "", note="military advisers"),
    PersonnelNoun("مستشارا", ""),
    PersonnelNoun("مستشارين", ""),
    PersonnelNoun("مدرب", ""),
    PersonnelNoun("مدربين", ""),
    PersonnelNoun("مقاتل", "group:", note="«مقاتل» is a fighter; «مقاتله» (ه) is a jet and is not here"),
    PersonnelNoun("مقاتلا", "group:"),
    PersonnelNoun("مقاتلين", "group:"),
    PersonnelNoun("مسلح", "group:", note="armed men: a faction's strength"),
    PersonnelNoun("مسلحا", "group:"),
    PersonnelNoun("مسلحين", "group:"),
    PersonnelNoun("عنصر امن", "IQ"),
    PersonnelNoun("شرطي", "IQ"),
    PersonnelNoun("جندي من مشاه البحريه", "US"),
)

#: The general noun for troops: a figure with no noun inherits it from a sentence that says it.
TROOP_NOUNS: tuple[str, ...] = (
    "قوات", "القوات", "قواتها", "قواته", "قواتنا", "جنود", "الجنود", "جنودها", "العسكريين", "العسكريون",
    "الوجود العسكري", "التواجد العسكري", "عديد", "عديدها", "عدد القوات", "عدد الجنود", "القوه",
    # a force's own members named with their force («وصل عدد عناصرها الي 1500 عنصر»), the armed forces
    # as a whole, a warship's crew
    "عناصرها", "عناصره", "عناصرهم", "عدد العناصر", "مقاتليها", "مقاتليه", "عدد المقاتلين", "افرادها",
    "افراده", "القوي العسكريه", "القوات العسكريه", "القوات المسلحه",
    # a warship: its crew are troops («حامله الطائرات … وطاقمها البالغ عددهم خمسه الاف بحار»)
    "حامله", "حامله طائرات", "حامله الطائرات", "سفينه حربيه", "السفينه الحربيه", "البارجه", "المدمره", "الفرقاطه",
    "الغواصه", "سفن حربيه",
)

#: Words that refer back to a number of troops said in an earlier sentence
#: («خفضت … هذا العدد الي 2500»).
ANAPHORS: tuple[str, ...] = (
    "هذا العدد", "هذا الرقم", "العدد", "عددها", "عددهم", "عديدها", "عديدهم", "عدد افرادها", "هذا المستوي",
)

#: Words before an elided-noun figure that show it still counts the troops just named
#: («باستثناء حوالي 600 سيبقون»).
EXCEPTION_CUES: tuple[str, ...] = ("باستثناء", "ما عدا", "عدا", "سوي", "ماعدا", "الا")

#: Verbs of staying right after an excepted figure: «باستثناء حوالي 600 سيبقون» counts people who stay
#: behind when a withdrawal is the subject, even when no troop noun is in the sentence
#: («خطة الانسحاب الأميركي … باستثناء حوالي 600 سيبقون لتأمين السفارة»).
STAYING_VERBS: tuple[str, ...] = (
    "سيبقون", "سيبقوا", "يبقون", "سيبقي", "ستبقي", "سيظلون", "سيظل", "ستظل", "باقين", "سيتبقون",
)

#: Words before «من X الي Y» that make it a change of a troop level (two rows: past X, planned Y).
CHANGE_CUES: tuple[str, ...] = (
    "تقليص", "خفض", "تخفيض", "خفضت", "قلصت", "تقليل", "زياده", "رفع", "رفعت", "زادت", "يخفض",
    "تخفض", "يقلص", "تقلص", "سحب", "زاد", "يزيد", "تزيد", "عززت", "عزز", "تعزيز", "يعزز", "تعزز",
    "يرفع", "ترفع",
)

#: Words joining the parts of a total: «2500 جندي من جمله 3500 جندي اجنبي».
TOTAL_CUES: tuple[str, ...] = ("من جمله", "من اصل", "من بين", "من مجموع", "ضمن")

#: Words that mark a troop level as past (`kind` = past) when the sentence has no date to say so.
PAST_CUES: tuple[str, ...] = ("كان", "كانت", "سابقا", "انذاك", "في ذلك الوقت", "في ذروه", "ذروتها", "بلغ ذروته",
                              "وصل", "وصلت", "ارسلت", "ارسل",
                              # perfect verbs of arriving and taking part (an arrival is past, data/gold/README.md:
                              # «ووصل اكثر من 3 الاف عنصر … الي افغانستان»): «دخل اكثر من مئه جندي فرنسي»,
                              # «فتدفق عشرات الاف الجنود», «وقد شارك عشرات الالاف من المسلحين»
                              "دخل", "دخلت", "تدفق", "تدفقت", "شارك", "شاركت")

#: Words right before a figure that make it the earlier term of a comparison, a past level:
#: «ينتشر 14 الف جندي حاليا، مقارنه بنحو 8500 في نهايه ولايه اوباما».
COMPARISON_CUES: tuple[str, ...] = ("مقارنه", "بالمقارنه مع", "قياسا", "بعد ان كان", "بعد ان كانت")

#: Words before a place that make it a backer, not where troops are
#: («الفصائل المدعومه من طهران»): such a place is never a troop level's `location`.
NOT_LOCATION_CUES: tuple[str, ...] = (
    "مدعومه من", "المدعومه من", "المدعوم من", "مدعوم من", "المدعومين من", "الموالي", "الموالين",
    "المواليه", "التابعه", "التابع", "الحليفه", "المرتبطه", "ممول من", "المموله من",
)

#: Prepositions before a place that say the troops are there («في العراق», «داخل سوريا»,
#: «الي الكويت»). «من» counts only after a withdrawal word («الانسحاب من افغانستان»).
LOCATIVE_CUES: tuple[str, ...] = ("في", "داخل", "اراضي", "الاراضي", "الي", "انحاء", "ارجاء", "قاعده", "قواعد",
                                  "في كل من", "قباله",
                                  "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي")

#: Words just before a figure of soldiers that make it a casualty count, not a troop level
#: («مقتل 12 جنديا», «اصابه 3 جنود»).
CASUALTY_CUES: tuple[str, ...] = (
    "قتل", "مقتل", "قتلي", "قتلت", "قتلوا", "يقتلوا", "تقتل", "يقتل", "اصابه", "اصيب", "اصيبوا", "جرح",
    "جرحي", "اسر", "اسرت", "اسروا", "اختطاف", "خطف", "استشهد", "استشهاد", "مصرع", "لقي", "لقوا", "اصابات",
    "وفاه", "انتحار", "خسرت", "خسر", "فقدت", "فقد", "خسائر", "الافراج", "اعتقال", "اعتقلت", "افرجت",
    "اطلاق سراح", "القضاء علي", "القبض علي", "ايقاف", "سقوط", "ايداع", "احتجاز", "محاكمه",
    # legal actions and removals: people arrested, dismissed, handed over, sentenced or evacuated
    "توقيف", "الموقوفين", "اوقفت", "اوقف", "اقاله", "تسليم", "بتسليم", "حكمت", "اجلاء", "لاجلاء", "ترحيل",
    # deaths the table missed («وقضي من الاخيره 20 عنصرا»), survivors («نجا … وعددهم اربعه»), remains,
    # prisoners and detainees («تحتجز اكثر من 700 داعشي»)
    "قضي", "قضت", "هلك", "هلاك", "تصفيه", "تحييد", "حصيله", "جثث", "جثامين", "رفات", "نجا", "نجت",
    "نجوا", "الناجين", "ناجين", "الناجون", "اسري", "الاسري", "المعتقلين", "معتقلين", "المحتجزين",
    "محتجزين", "احتجزت", "تحتجز", "يحتجز", "سجن", "السجون", "سجناء", "السجناء",
    "اودي بحياه", "اودت بحياه", "بحياه", "ارواح", "اعتقل", "اعتقلوا", "يعتقل", "تعتقل", "سقط", "عقوبات",
    "العقوبات", "في ايدي", "بايدي", "في قبضه", "اللجوء", "لجوء",
    # read on the unseen corpus: «قتلنا 40 جنديا», «تكبدت الميليشيا … 40 عنصرا», missing men, human shields,
    # weapons handed over, soldiers recalled
    "قتلنا", "تكبدت", "تكبد", "المفقودين", "المفقودون", "مفقودين", "دروعا بشريه", "سلم", "سلموا", "استدعاء",
    "جردت", "جرد",
    # read on the unseen corpus samples (data/gold/README.md, «Unseen corpus samples»): people dismissed
    # by decree («يقضي بعزل … اكثر من 5000 من رجال القوات المسلحه», «اقيل … بينهم»), disarmed
    # («بتجريد مئات الضباط»), accused or convicted («اتهامات الي 12 من ضباط», «وادين … عشره جنود»), lost
    # («تخسر 36 مقاتلا», «بفقدان مئات المقاتلين»), fled or defected («فر العشرات من عناصر», «انشق الاف
    # الجنود»), exchanged («مبادله … بثمانيه جنود»)
    "بعزل", "عزلت", "اقيل", "اقيلوا", "باقاله", "تجريد", "بتجريد", "اتهام", "اتهامات", "الاتهام", "اتهمت",
    "ادين", "ادينوا", "ادانه", "بادانه", "دانت", "تخسر", "يخسر", "خساره", "بخساره", "فقدان", "بفقدان",
    "فرار", "فروا", "هربوا", "هروب", "الفارين", "فارين", "مبادله", "بمبادله", "تبادل",
    "انشق", "انشقوا", "المنشقين", "انشقاق",
    # executed and rescued («امر … باعدام 320 مسلحا», «انقاذ 30 جنديا»)
    "اعدام", "باعدام", "اعدم", "اعدمت", "اعدموا", "انقاذ", "لانقاذ", "انقذ", "انقذت", "انقذوا",
)

#: Counted nouns (units of rules.units) that never make a troop level on their own: counts of
#: «ارهابيين» or «متشددين» are arrests, deaths or returns far more often than a group's strength.
EXCLUDED_UNITS: tuple[str, ...] = ("militant",)

#: Counted nouns (units of rules.units) that are themselves a group's nisba («30 الف داعشي»): they
#: count its fighters in a sentence about troops, though EXCLUDED_UNITS leaves «ارهابيين» out.
NISBA_UNITS: tuple[str, ...] = ("militant",)

#: Words that make a nationality counted noun («نحو 100 روسي») a force's members: a unit or force
#: in the figure's clause before it («وحده روسيه كانت تضم نحو 100 روسي»), or fighting after it
#: («… كانوا يقاتلون»). Without one, «252 الف فلبيني» or «عشرات العراقيين المحتجين» are people.
NISBA_MILITARY_CONTEXT: tuple[str, ...] = (
    "وحده", "وحدات", "كتيبه", "لواء", "مرتزقه", "المرتزقه", "ميليشيا", "مليشيا", "فرقه", "الفيلق", "فيلق",
    "يقاتلون", "قاتلوا", "يحاربون", "حاربوا", "ينتشرون", "منتشرين", "المنتشرين", "يقاتل", "للقتال",
)

#: Counted nouns (units of rules.units) that count troops only with a force word right after them
#: («150 خبيرا ايرانيا»), never a force word further on («1100 خبير اقتصاد اميركي»).
ADJACENT_FORCE_UNITS: tuple[str, ...] = ("expert",)

#: Words right after a personnel noun that make the people police («اربعه ضباط شرطه»): domestic
#: police are no troop level (data/gold/README.md).
POLICE_WORDS: tuple[str, ...] = ("شرطه", "الشرطه", "شرطيين", "قوي الامن الداخلي", "الامن الداخلي", "المرور")
#: … unless military police («عده مئات من عناصر الشرطه العسكريه الروسيه») or police and army together
#: («نحو 900 الف عنصر من الشرطه والجيش لحمايه مراكز الاقتراع»).
MILITARY_POLICE: tuple[str, ...] = ("الشرطه العسكريه", "شرطه عسكريه", "الشرطه والجيش", "الشرطه والقوات المسلحه",
                                    "شرطه وجيش")

#: Counted nouns of armed men that an incident verb (INCIDENT_VERBS) makes people in an event.
INCIDENT_UNITS: tuple[str, ...] = ("gunman", "fighter", "militant")

#: Counted nouns (units of rules.units) that count personnel only with a mission word
#: (MISSION_WORDS) in the figure's clause, before it or just after it: «12 الف رجل» counts troops
#: in «قوه حفظ السلام … تضم 12 الف رجل», and men in general elsewhere («اعتقلت الشرطه 3 رجال»,
#: «شملت الدراسه 656 رجلا في الولايات المتحده»: a nationality is not enough).
MISSION_ONLY_UNITS: tuple[str, ...] = ("man",)

#: Words of an armed force or a mission that let MISSION_ONLY_UNITS count personnel.
MISSION_WORDS: tuple[str, ...] = (
    "حفظ السلام", "بعثه", "قوه", "قوات", "مهمه", "كتيبه", "القبعات الزرق", "اليونيفيل", "مينوسما",
)

#: Words right before a figure that, after a change cue earlier in its sentence (CHANGE_CUES),
#: make it the size of the change, not a level: «زادت … عدد قواتها بـ 6000 عسكري» is an
#: increase of 6000. The one-letter ب is the clitic glued to the figure or its hedge
#: («بنحو 6000»), or written apart with a tatweel («بـ 6000»).
CHANGE_AMOUNT_CUES: tuple[str, ...] = ("ب", "بمقدار", "بواقع", "بزياده", "بعدد")

#: Words just after a figure that make it a casualty count («100 مسلح لقوا حتفهم»).
CASUALTY_AFTER_CUES: tuple[str, ...] = (
    "قتلوا", "قتلا", "لقوا حتفهم", "لقوا مصرعهم", "اصيبوا", "جرحوا", "سقطوا", "استشهدوا", "قضوا",
    "قتيل", "قتلي", "جريح", "جرحي", "هلكوا", "نجوا", "اسري", "معتقلين", "محتجزين", "سجناء",
    "اصيبا", "جرحا", "استشهدا", "لقيا حتفهما", "لقيا مصرعهما", "اصبن", "فقدا", "فقدوا", "مفقودين",
    # the accusative and singular forms («اكثر من 1100 مسلحا قتيلا», «591 معتقلا»)
    "قتيلا", "جريحا", "مصابا", "اسيرا", "معتقلا", "معتقل", "مفقودا",
)

#: Plural verbs whose subject is the figure («نحو 100 من القوات الموالية … قتلوا في ضربات»):
#: anywhere later in the figure's clause they make it a casualty count.
CASUALTY_VERBS_LATER: tuple[str, ...] = (
    "قتلوا", "لقوا حتفهم", "لقوا مصرعهم", "اصيبوا", "جرحوا", "استشهدوا", "اعتقلوا", "اسروا", "فقدوا",
    "ايقافهم", "اعتقالهم", "توقيفهم", "اسرهم", "قتلهم", "في ايدي", "بايدي", "اوقفا", "اوقفوا", "اعتقلا",
    # people who fled or sought asylum, whose fate is unknown, who were not found or are owed damages
    # («ثمانيه جنود اتراك طلبوا اللجوء», «مصير نحو 7700 جندي لا يزال غير معروف», «9 افراد … لم يتم العثور
    # عليهم», «15 جنديا كانوا في المجمع … يحصلوا علي تعويضات»)
    "طلبوا اللجوء", "غير معروف", "مجهولا", "العثور عليهم", "تعويضات", "فروا", "هربوا", "انشقوا",
    "غير معلوم", "عداد المفقودين", "المدانين", "مدانين", "اعدموا", "انقذوا", "تم انقاذهم", "تم اعدامهم",
)

#: Words after a personnel noun that mix the count with civilians («مئات المقاتلين والمدنيين»):
#: such a figure counts people in general.
MIXED_WITH_PEOPLE: tuple[str, ...] = (
    "والمدنيين", "ومدنيين", "ومدني", "والمدنيون", "واقاربهم", "وعائلاتهم", "وعوائلهم", "واسرهم",
    "والنساء", "ونساء", "والصبيه", "والاطفال", "واطفال",
    # troops listed with equipment: a capability, not a count of a force («لالاف القوات والطائرات والمركبات»)
    "والطائرات", "والمركبات", "والمعدات", "والاليات", "والدبابات", "والسفن",
    # troops listed with posts: vacancies, not people («21 الفا من الضباط والوظائف الصغيره لم يتم شغلها»)
    "والوظائف", "والمناصب",
    # fighters with their families: people moved («مئات المقاتلين وبعض افراد عائلاتهم استقلوا 15 حافله»)
    "افراد عائلاتهم", "افراد اسرهم",
)

#: Counted nouns (units of rules.units) that also count things other than troops
#: («ثلاثه عناصر» elements, «1200 فرد» guests): they make a troop level only when a
#: force word follows the noun or the sentence speaks of troops (TROOP_NOUNS).
AMBIGUOUS_UNITS: tuple[str, ...] = ("member", "personnel", "trainer", "adviser", "contractor", "officer",
                                    "expert", "sailor")

#: Words of a civilian field (sport, schools, health) in a sentence that make an ambiguous
#: personnel noun (AMBIGUOUS_UNITS: مدربين، اعضاء، افراد …) civilians: «عشرات المدربين
#: العراقيين دربوا فرقنا … علي مستوي الكره» counts football coaches, not troops.
CIVILIAN_CONTEXT: tuple[str, ...] = (
    "الكره", "كره القدم", "كره السله", "المنتخب", "منتخب", "الدوري", "اللاعبين", "لاعبين", "لاعبا",
    "النادي", "الاندي", "الانديه", "اندي", "مباراه", "المباراه", "المباريات", "البطوله", "بطوله",
    "الرياضه", "الرياضيه", "رياضي", "فرقنا", "الفرق الرياضيه", "الاتحاد الرياضي", "الملاعب",
    "المدارس", "الجامعات", "الطلاب", "التلاميذ", "المستشفيات", "الاطباء",
    # a cell or a gang: its members are no force's strength («خليه جهاديه مكونه من 11 عنصرا»)
    "خليه", "الخليه", "خلايا", "عصابه", "العصابه",
    # passengers, rescuers, citizens
    "ركاب", "راكبا", "المسافرين", "الخوذ البيضاء", "الدفاع المدني", "مواطن", "مواطنا", "مواطنين", "مواطنون",
    # firefighters («بمؤازره 3400 عنصر اطفاء»)
    "اطفاء", "الاطفاء", "رجال الاطفاء",
)

#: Words right after a personnel noun that make the figure one of former soldiers
#: («قرابه 300 جندي سابق», «جنود متقاعدين»): veterans are no troop level.
VETERAN_CUES: tuple[str, ...] = ("سابق", "سابقين", "سابقون", "متقاعد", "متقاعدين", "متقاعدون", "قدامي")

#: What may follow a figure whose noun is elided in a list («و9 الاف في العراق»): a preposition
#: or punctuation, never another noun («و36 الف مركبه» counts vehicles).
ELIDED_FOLLOWERS: tuple[str, ...] = ("في", "ب", "داخل", "علي", "الي", "منهم", "اخرين", "اخري", "اخرون")
#: Of those, the ones written joined to the next word («و9 الاف بالعراق»).
ELIDED_GLUED_FOLLOWERS: tuple[str, ...] = ("ب",)

#: The force a figure's counted noun implies when its sentence names no owner: gunmen and
#: fighters (units of rules/units.py) belong to armed factions.
UNIT_FORCES: dict[str, str] = {"gunman": "group:", "fighter": "group:"}

#: Words right before a figure that make it the size of a change, not a level
#: («سحب 400 من عناصر مشاه البحريه»): skipped unless it is «من X الي Y».
DECREMENT_CUES: tuple[str, ...] = ("سحب", "بسحب", "انسحاب", "تقليص", "خفض", "تخفيض", "اضافه", "ارسال اضافي")

#: Words before a figure that tie it to a casualty word earlier in the sentence
#: («بلغ عدد القتلي … من بينهم نحو 40 الف عسكري»).
PARTITIVE_CUES: tuple[str, ...] = ("من بينهم", "بينهم", "منهم", "من ضمنهم")

#: Words near a figure that make it the level now, whatever else the clause plans
#: («القاعده التي يوجد بها حاليا نحو 90 جنديا»).
CURRENT_CUES: tuple[str, ...] = ("وبذلك", "وبهذا", "حاليا", "الان", "حتي الان", "في الوقت الحالي", "في الوقت الراهن", "يوجد", "توجد",
                                 "يتواجد", "يتمركز", "ينتشر", "تنتشر", "لا يزال", "ما زال", "مازال")

#: Words right before a figure that make it people being trained or formed, not a level
#: («برنامجا لتكوين آلاف الجنود», «تدريب 500 مقاتل»).
TRAINING_CUES: tuple[str, ...] = (
    "تكوين", "لتكوين", "تدريب", "لتدريب", "تاهيل", "لتاهيل", "تخريج", "لتخريج", "درب", "دربت", "دربوا",
    # recruiting is a flow into a force, not its level («تجنيد 500 مقاتل»)
    "تجنيد", "لتجنيد", "بتجنيد",
)

#: Verbs of taking people out of a place, in the figure's clause before it («اخرجت الميليشيات عشرات
#: الخبراء») or after it («50 خبيرا تم اخراجهم من الحديده»): a movement like a withdrawal, no level.
REMOVAL_VERBS: tuple[str, ...] = (
    "اخرجت", "اخرج", "اخراج", "اخراجهم", "اخرجوا", "سحبهم", "انسحبوا", "غادروا", "ابعدت", "ابعاد", "طردت",
    "طردوا", "تم اخراجهم", "جري اخراجهم", "غادر", "غادرت",
)

#: Words right before a figure that make it people aboard a vehicle or aircraft in an incident
#: («سقطت طائره عسكريه تحمل سبعه من العسكريين»): no force's level.
ABOARD_CUES: tuple[str, ...] = (
    "تحمل", "تقل", "كانت تحمل", "كانت تقل", "علي متن", "علي متنها", "علي متنه", "يستقلها", "تستقلها",
    "يستقلون", "تقلهم",
)

#: Words right before a figure that make the people it counts a source («بحسب تقديرات عده خبراء»).
SOURCE_CUES: tuple[str, ...] = ("بحسب", "حسب", "وفق", "وفقا ل", "تقديرات", "بحسب تقديرات", "نقلا عن", "استنادا الي")

#: Words after a figure (its noun between) that make it a flow, not a level: «100 مقاتل جديد شهريا»
#: joining a group every month.
RATE_CUES: tuple[str, ...] = ("شهريا", "يوميا", "سنويا", "اسبوعيا", "كل شهر", "كل يوم", "كل عام", "كل سنه", "كل اسبوع")
#: The same said with «في», a rate only at the end of its clause («1500 مقاتل جديد في الشهر»), not
#: a date («في الاسبوع القادم», «في العام 1974»).
RATE_PHRASES: tuple[str, ...] = ("في الشهر", "في اليوم", "في السنه", "في العام", "في الاسبوع")

#: Words that name a force's strength (its subject): a figure without a noun after a reaching
#: verb (STRENGTH_VERBS) in the same sentence counts that force («عديد قوه حفظ السلام … وصل في
#: مرحله ما الي 17 الفا»).
STRENGTH_NOUNS: tuple[str, ...] = (
    "عديد قوات", "عديد القوات", "عديد قوه", "عديد الجيش", "عديدها", "عديده", "قوام", "قوامها", "قوامه", "تعداد", "تعدادها", "عدد افراد", "عدد عناصر",
    "عدد جنود", "عدد القوات", "عدد قوات", "حجم القوات", "عدد عناصرها", "عدد مقاتلي", "عدد مقاتليها",
    "عدد افرادها", "عدد الجنود", "عدد العناصر", "عدد المقاتلين",
)
#: Verbs a strength reaches its figure with («وصل … الي 17 الفا», «يبلغ 5000»).
STRENGTH_VERBS: tuple[str, ...] = (
    "وصل", "وصلت", "يصل", "تصل", "بلغ", "بلغت", "يبلغ", "تبلغ", "ناهز", "يناهز", "قارب", "ارتفع", "ارتفعت",
    "ليصل", "لتصل", "ليبلغ", "لتبلغ",
)

#: Words of a whole army, service or command: a figure they count, in a sentence that places it
#: nowhere (no «في …» place), is the force-wide strength, no deployment («اكبر وحدات الجيش بعدد
#: قوات يبلغ 776 الف جندي»; gold: «109 الف عامل» in the US Navy).
FORCE_WIDE_CUES: tuple[str, ...] = (
    "وحدات الجيش", "اكبر وحدات", "تعداد الجيش", "قوام الجيش", "حجم الجيش", "عدد افراد الجيش", "عديد الجيش",
    "عدد جنود الجيش", "اجمالي عدد", "اجمالي القوات", "المعهد الدولي للدراسات الاستراتيجيه", "الميزان العسكري",
    "غلوبال فاير باور", "القوه البشريه", "قياده قوات", "قياده القوات",
    "جيش قوامه", "جيش يضم", "يضم الجيش", "في صفوف الجيش", "الجيش بعدد", "جيوش العالم", "اكبر الجيوش",
    "اكبر جيش",
    # the army named with its country's pronoun («يبلغ عديد جيشها 200 الف رجل»)
    "عديد جيشها", "عديد جيشه", "تعداد جيشها", "تعداد جيشه", "قوام جيشها", "قوام جيشه", "حجم جيشها", "حجم جيشه",
)

#: Verbs of an incident done by armed men («3 مسلحين هاجموا», «هاجم مسلحان»): gunmen in an incident
#: are people in an event, not a force's strength.
INCIDENT_VERBS: tuple[str, ...] = (
    "هاجم", "هاجموا", "هاجما", "اقتحم", "اقتحموا", "اقتحما", "فتح النار", "فتحوا النار", "فتحا النار",
    "اطلق النار", "اطلقوا النار", "اطلقا النار", "خطف", "خطفوا", "اختطفوا", "اعتدي", "اعتدوا", "هجم",
    "هجموا", "نفذوا", "نفذا", "قتلوا", "قتلا", "سرقوا", "استهدفوا", "استهدفا", "يستقلون", "يستقلان",
    "ملثمين", "ملثمون", "مجهولين", "مجهولون", "داهم", "داهموا", "يداهمان", "يداهمون", "يتحصنان", "يتحصنون",
    "تحصن", "تحصنوا",
)

#: Words between a force word and a figure that make the force word the figure's enemy, not its
#: owner («الجماعات … تعمل معا لقتال قوه … قوامها 5000 جندي»; «مكلفه بمحاربه المتطرفين»).
FIGHT_CUES: tuple[str, ...] = (
    "لقتال", "قتال", "لمحاربه", "محاربه", "بمحاربه", "ضد", "لمواجهه", "مواجهه", "لمكافحه", "مكافحه",
    "بمكافحه", "لصد", "للتصدي", "تتصدي", "يتصدي", "تصدت",
    # a place taken from a force: «تحرير المدينه من قبضه ميليشيات الحوثي»
    "قبضه", "لاجتثاث", "اجتثاث",
)

#: Nouns of a place that a nationality adjective may follow with the place's name between
#: («ولايه فلوريدا الاميركيه», «مدينه نابولي الايطاليه»): the adjective then names where the place is.
PLACE_HEAD_NOUNS: tuple[str, ...] = (
    "ولايه", "مدينه", "منطقه", "محافظه", "اقليم", "ميناء", "جزيره", "بلده", "العاصمه", "مقاطعه",
)

#: Words of a border: troops «على الحدود مع المكسيك» or «علي حدودها مع المكسيك» stand on their own side of it
#: (a state's troops: its own country), so the place after BORDER_WITH_CUES is the neighbour, never the
#: location; a figure sent «الي المناطق الحدوديه» with no place named stands in its own country.
BORDER_WITH_CUES: tuple[str, ...] = (
    "الحدود مع", "حدودها مع", "حدوده مع", "حدودهما مع", "الحدوديه مع", "الحدود المشتركه مع", "الشريط الحدودي مع",
)
BORDER_WORDS: tuple[str, ...] = ("الحدود", "الحدوديه", "الحدودي", "حدودها", "حدوده", "الشريط الحدودي")

#: Marks right after a place at the very start of an article that make it the dateline («دا نانغ،
#: فيتنام (CNN)--»): where the story is told from, the host when nothing nearer says.
DATELINE_MARKS: tuple[str, ...] = ("(", "--", " - ", " – ", ":")

#: Words after «من» and a number right after a figure's noun that make its force several nations
#: («اكثر من ثلاثه الاف فرد من 27 دوله»).
MULTINATIONAL_NOUNS: tuple[str, ...] = ("دوله", "دول", "بلدا", "بلدان", "جنسيه", "جنسيات")

#: Words right before a force word that make it the object of help, not the owner of a nearby
#: figure («بارسال 3000 عسكري اخر لدعم القوات الافغانيه»: the 3000 are not Afghan).
SUPPORT_CUES: tuple[str, ...] = (
    "لدعم", "دعم", "لمساعده", "مساعده", "لمسانده", "مسانده", "لتدريب", "تدريب", "وتدريب", "لتدريب وتاهيل",
)

#: Words of help between a figure and a force word after it, in the figure's clause: that force helps
#: the troops, it does not own them («تعبئه 36 الف جندي لتامين العمليه بمساعده جنود بعثه الامم المتحده
#: وقوات فرنسيه»: every force listed after the cue).
HELPER_CUES: tuple[str, ...] = ("بمساعده", "بمسانده", "باسناد", "باسناد من", "بدعم", "بدعم من", "بمشاركه")

#: Nouns of diplomats and the press: a nationality adjective right after one names a speaker or a source,
#: never the owner of troops («واعلن السفير السوري في الصين ان عدد المقاتلين الايغور … يبلغ خمسه الاف»,
#: «صحيفه هارتس الاسرائيليه»).
SPEAKER_NOUNS: tuple[str, ...] = (
    "السفير", "سفير", "السفيره", "المبعوث", "مبعوث", "الدبلوماسي", "دبلوماسي", "الصحيفه", "صحيفه", "الصحف",
    "صحف", "وكاله الانباء", "وكاله انباء", "الوكاله", "التلفزيون", "القناه", "قناه", "وسائل الاعلام", "الاعلام",
)

#: Words right after a figure's noun that name its group by referring back to it («عناصر التنظيم»,
#: «مقاتلي الحركه»): the figure's force is the last armed group named before it (three sentences back).
#: Not «الميليشيا»: «الاف من قوات الميليشيا التي تقاتل مع الجيش» names militias in general.
GROUP_ANAPHORS: tuple[str, ...] = ("التنظيم", "الجماعه", "الحركه", "الفصيل")

#: Verbs after a figure with the figure as their object and a country as their subject: that country
#: sent the troops («80 الف مقاتل شيعي … جلبتهم ايران»), as SENDING_VERBS before the figure.
SENT_BY_VERBS: tuple[str, ...] = (
    "جلبتهم", "جلبهم", "ارسلتهم", "ارسلهم", "نشرتهم", "نشرهم", "حشدتهم", "حشدهم", "استقدمتهم", "استقدمهم",
)

#: Words after a counted noun that lead to the force owning it («نحو 640 عنصرا من الجيش الكوري
#: الجنوبي»): the force word after them is the figure's.
OWNER_LINKS: tuple[str, ...] = ("من الجيش", "من جيش", "من القوات", "من قوات", "من عناصر")

#: Words right after a figure with no counted noun that make it a number of troops
#: («بمشاركه 300 الف من عديد قواتها المسلحه»).
FORCE_PARTITIVES: tuple[str, ...] = (
    "من عديد قوات", "من عديد قواتها", "من عديد قواته", "من قوات", "من القوات", "من قواتها", "من قواته",
    "من جنود", "من الجنود", "من جنودها", "من عناصر القوات", "من افراد القوات",
)

#: Words right after an ambiguous personnel noun (AMBIGUOUS_UNITS) that place it at a military
#: site, so it counts troops («نحو 180 عنصرا في قاعده عين الاسد»).
MILITARY_SITES: tuple[str, ...] = ("في قاعده", "بقاعده", "في القاعده", "في معسكر", "في ثكنه")

#: Words right before a force word that name the force a later figure counts
#: («عدد قوات حزب الله … يناهز 5000 جندي»): that force is preferred to nearer ones.
COUNT_OF_FORCES: tuple[str, ...] = ("عدد قوات", "عدد القوات", "عديد قوات", "عديد القوات", "قوام قوات", "تعداد قوات",
                                    "عدد مقاتلي", "عدد عناصر", "عدد جنود", "عدد افراد")

#: Words right before a force word that make it what a country belongs to, not the owner of a
#: figure («ولدي الدوله الاسكندنافيه المنضويه في حلف شمال الاطلسي حاليا نحو 180 عنصرا»: the
#: 180 are the member's, not NATO's).
MEMBERSHIP_CUES: tuple[str, ...] = (
    "المنضويه في", "المنضوي في", "المنضويه تحت", "منضويه في", "العضو في", "عضو في", "العضوه في",
    "الاعضاء في", "اعضاء في", "عضويه", "المنتميه الي", "المنتمي الي",
    # an ally is no owner either: «وفي بلاد متحالفه مع الولايات المتحده، … نشرت 150 الف جندي»
    "متحالفه مع", "المتحالفه مع", "متحالف مع", "المتحالف مع", "حليفه", "الحليفه", "حليف", "الحليف",
    "حلفاء", "بالتحالف مع",
    # loyal to, backed, helped or dominated by: «جبهه النصره المواليه لتنظيم القاعده», «قوات سوريا الديمقراطيه
    # التي تدعمها الولايات المتحده وتهيمن عليها وحدات حمايه الشعب»
    "المواليه", "الموالي", "الموالين", "موالي", "مواليه", "تدعمها", "يدعمها", "تدعمهم", "يدعمهم", "المدعومه من",
    "المدعوم من", "المدعومين من", "تهيمن عليها", "يهيمن عليها",
)

#: Verbs of sending or deploying troops: a country named as their subject, right before them,
#: owns the figure they send («بدات ايران بارسال الاف المقاتلين», «دفعت تشاد ب 1400 جندي»), even
#: when the counted noun alone would make them an armed group's fighters.
SENDING_VERBS: tuple[str, ...] = (
    "ارسال", "ارسلت", "ارسل", "ترسل", "يرسل", "سترسل", "سيرسل", "نشر", "نشرت", "تنشر", "ينشر", "ستنشر",
    "سينشر", "دفعت", "دفع", "تدفع", "يدفع", "ارسالها", "نشرها", "حشدت", "حشد", "تحشد", "عبات", "تعبئه",
)

#: Of SENDING_VERBS, those that send troops away from home: their subject named after them («وارسلت فرنسا
#: 1000 جندي») sent the troops too, and is never where they are (not «نشرت روسيا 300 الف جندي», which may
#: deploy at home).
SENDING_ABROAD_VERBS: tuple[str, ...] = ("ارسلت", "ارسل", "ترسل", "يرسل", "سترسل", "سيرسل", "ارسال")

#: Verbs of taking part: a country named right after one («مناورات تشارك فيها الصين») takes part, like a
#: sender (SENDING_VERBS); it says who, not where, so it is never a figure's location.
TAKING_PART_VERBS: tuple[str, ...] = (
    "تشارك", "يشارك", "شاركت", "شارك", "تشارك فيها", "يشارك فيها", "شاركت فيها", "تساهم", "ساهمت", "ساهم",
    "تسهم", "اسهمت",
)

#: Words that name a state's own forces without saying which state («السلطات … ونشرت 150 الف
#: جندي», «الجيش … نحو 50 الف عنصر»): the article's main country, when the sentence names no force
#: and the figure before it (three sentences back) gives none.
STATE_OWNERS: tuple[str, ...] = (
    "السلطات", "الحكومه", "الجيش", "القوات المسلحه", "وزاره الدفاع", "قياده الجيش", "الاجهزه الامنيه",
    "القوات الامنيه", "القوي الامنيه", "السلطات الامنيه",
)

#: Words of a military exercise: a figure in a sentence naming one, with no place of its own,
#: is where the article's exercise sentences say the exercise is held («المناورات … تجري في
#: شمال النرويج» → Norway for «ويشارك فيها 50 الف جندي»).
EXERCISE_WORDS: tuple[str, ...] = (
    "مناورات", "مناوره", "المناورات", "المناوره", "تدريبات", "التدريبات", "تمرين", "التمرين",
    "تمرينات", "التمرينات", "تمارين", "التمارين",
)

#: The feminine nisba ending («اسرائيليه»): an adjective in it qualifies a thing, never counts people
#: («16 اسرائيليه» is no count of Israelis).
FEMININE_NISBA_ENDING = "يه"

#: A count of armed men below this is a handful in an event («اربعه مسلحين», «اثنين من المقاتلين»),
#: never a force's strength: news gives a group's strength in tens at least. Applies to every troop
#: figure, whatever its noun («3 عناصر لرد امريكي», «خمسه من افراد القوات الخاصه» in a rescue).
HANDFUL_MAX = 10

#: Verbs and nouns before a count of armed men that make them people who left the fight, not a
#: force's strength: returnees («عاد … 323 مسلحا»), those who surrendered (defectors are in
#: CASUALTY_CUES: «انشق الاف الجنود» is no level of any noun).
LEFT_THE_FIGHT_CUES: tuple[str, ...] = (
    "عاد", "عادوا", "عوده", "العائدين", "العائدون", "عائدين",
    "استسلم", "استسلموا", "استسلام", "سلموا انفسهم", "سلم نفسه",
)

# ── read on the unseen corpus samples (data/gold/README.md, «Unseen corpus samples») ────────────

#: Words that link a figure to the figure before it in its sentence as one more item of the same
#: count: «مقتل 23 مقاتلا، بينهم 5 من قوات النظام، و18 عنصرا», «591 معتقلا … اضافه الي 130 …، و181
#: عسكريا», «قتل 60 عنصرا … مقابل 34 مقاتلا». After a count of people (casualties, detainees,
#: persons: PEOPLE_UNIT_CATEGORIES, or a casualty cue) the listed figure counts people too. «و» may be
#: glued to the figure («و18»); each link may follow «و» («وفضلا عن»).
PEOPLE_LIST_LINKS: tuple[str, ...] = (
    "و", "مقابل", "فضلا عن", "اضافه الي", "بالاضافه الي", "علاوه علي", "بينهم", "من بينهم", "منهم", "ومنهم",
    "من ضمنهم",
)

#: Categories of counted nouns (rules.units) that count people, not a force: a figure listed after
#: one (PEOPLE_LIST_LINKS) counts people too («18632 شخصا بينهم … 6000 عنصر»).
PEOPLE_UNIT_CATEGORIES: tuple[str, ...] = ("casualty", "people")

#: Words that join a figure to a count of civilians after it («44 مقاتلا و340 مدنيا عبروا», «1500 مسلح من
#: حركه … مع 6 الاف مدني»): the two together are people moved, evacuated or counted in general
#: (data/gold/README.md: convoys of fighters and civilians are no level).
WITH_PEOPLE_LINKS: tuple[str, ...] = ("و", "مع", "برفقه", "رفقه")

#: Words right after a count that make it a count of civilians when it has no counted noun of its own
#: («و6000 من عائلاتهم», «وعشرات الالاف من المدنيين»).
CIVILIAN_COUNT_WORDS: tuple[str, ...] = (
    "من المدنيين", "مدنيين", "من عائلاتهم", "من عوائلهم", "من اسرهم", "من ذويهم", "من النساء والاطفال",
    "من السكان", "من اللاجئين", "من النازحين",
)

#: Perfect verbs of training or recruiting anywhere in the clause before a figure (not only right
#: before it, as TRAINING_CUES): «وقد درب خبراء الحلف الي حد الان 500 مدرب عراقي», «جندت نحو 30 مسلحا».
TRAINED_VERBS: tuple[str, ...] = ("درب", "دربت", "دربوا", "جندت", "جندوا", "استقطبت", "استقطب")

#: Phrases that open with an exception word but are no exception («الا ان» is 'however'): a figure
#: after them is no troops held back («الا ان مراسل فرانس 24»).
NOT_EXCEPTION_CUES: tuple[str, ...] = ("الا ان", "الا انه", "الا انها", "الا انهم", "الا اذا", "سوي ان")
