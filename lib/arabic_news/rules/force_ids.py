"""Who a force is: the values of `troop_levels.force_id`, the coarse `force` each stands for, and
our own tables of armed groups and peacekeeping missions (no maintained source lists them in Arabic).

A `force_id` is one of (data/gold/README.md, «The force_id column»):

- a state's armed forces: its ISO 3166-1 alpha-2 code in capitals (``US``, ``IQ``, ``CO``);
  the countries and their Arabic names, capitals and nisba adjectives come from
  `arabic_news.countries` (CLDR through babel, with `rules.countries` for what CLDR lacks);
- an organization of `ORGANIZATIONS` (``UN``, ``NATO``, ``EU``, ``G5_SAHEL``, ``coalition``,
  ``arab_coalition``, ``foreign`` for several nations counted together);
- a mission: ``UN:<ACRONYM>`` or ``AU:<ACRONYM>`` (`MISSIONS`);
- a non-state armed group: ``group:<slug>`` (`ARMED_GROUPS`); ``group:`` for an unnamed one.

An empty force_id means the text does not say whose troops they are.

The coarse `force` (`rules.vocabularies.FORCES`) follows from the force_id: `COUNTRY_FORCES` for
the two states the coarse vocabulary names, ``other`` for every other state, the organization's
own coarse force, ``foreign`` for a mission and ``militia`` for an armed group.

Forms are written as `normalize()` outputs them; the phrase matcher adds the clitics.
To add a group or a mission: add a row here and a sentence in tests/test_extract_world.py.
"""

from __future__ import annotations

from typing import NamedTuple

#: The coarse force of the states the coarse vocabulary names; any other state is ``other``.
COUNTRY_FORCES: dict[str, str] = {"US": "us", "IQ": "iraqi"}
OTHER_STATE_FORCE = "other"

GROUP_PREFIX = "group:"        # group:<slug>; "group:" alone is an armed group the text does not name
GROUP_FORCE = "militia"
MISSION_PREFIXES: dict[str, str] = {"UN": "foreign", "AU": "foreign"}   # UN:<ACRONYM>, AU:<ACRONYM>
UNNAMED_GROUP = GROUP_PREFIX

#: Every value a force_id may take, as a regular expression (the gold and the extractor are checked
#: against it): "" | an ISO code | UN | UN:<ACRONYM> | AU:<ACRONYM> | an organization | group:<slug>.
FORCE_ID_PATTERN = (r"^(|[A-Z]{2}|UN(:[A-Z]+)?|AU:[A-Z]+|NATO|EU|G5_SAHEL|coalition|arab_coalition|foreign"
                    r"|group:[a-z0-9_]*)$")


class Organization(NamedTuple):
    force_id: str   # the value written in troop_levels.force_id
    force: str      # its coarse force (rules.vocabularies.FORCES)
    name_en: str
    note: str = ""


ORGANIZATIONS: tuple[Organization, ...] = (
    Organization("UN", "foreign", "United Nations", note="peacekeepers of an unnamed UN mission"),
    Organization("NATO", "coalition", "NATO"),
    Organization("EU", "foreign", "European Union"),
    Organization("G5_SAHEL", "foreign", "G5 Sahel joint force", note="five states: Mali, Niger, Burkina Faso, Chad, Mauritania"),
    Organization("coalition", "coalition", "US-led coalition against ISIS"),
    Organization("arab_coalition", "coalition", "Saudi-led coalition in Yemen"),
    Organization("foreign", "foreign", "several foreign nations", note="named or not, counted together"),
)


class ForceName(NamedTuple):
    force_id: str             # group:<slug>, UN:<ACRONYM>, AU:<ACRONYM> or an ORGANIZATIONS id
    name_en: str
    forms: tuple[str, ...]    # normalized surface forms that name it as the owner of troops
    note: str = ""
    members: tuple[str, ...] = ()  # nouns of its members, a counted noun of their number («30 الف داعشي»)


ARMED_GROUPS: tuple[ForceName, ...] = (
    ForceName("group:isis", "ISIS", ("داعش", "تنظيم داعش", "تنظيم الدوله الاسلاميه", "تنظيم الدوله",
                                     "الدوله الاسلاميه", "الدواعش"),
              members=("داعشي", "داعشيا", "داعشيين", "داعشيون", "دواعش")),
    ForceName("group:al_qaeda", "Al-Qaeda", ("تنظيم القاعده", "القاعده في جزيره العرب", "قاعده اليمن")),
    ForceName("group:taliban", "Taliban", ("طالبان", "حركه طالبان")),
    ForceName("group:hezbollah", "Hezbollah", ("حزب الله", "حزب الله اللبناني")),
    ForceName("group:kataib_hezbollah", "Kataib Hezbollah", ("كتائب حزب الله",)),
    ForceName("group:pmf", "Popular Mobilization Forces", ("الحشد الشعبي", "الحشد", "هيئه الحشد الشعبي")),
    ForceName("group:houthis", "Houthis", ("الحوثيين", "الحوثيون", "الحوثي", "انصار الله")),
    ForceName("group:wagner", "Wagner Group", ("فاغنر", "فاجنر", "مجموعه فاغنر", "مجموعه فاجنر")),
    ForceName("group:farc", "FARC", ("فارك", "القوات المسلحه الثوريه الكولومبيه")),
    ForceName("group:eln", "ELN", ("جيش التحرير الوطني",)),
    ForceName("group:al_shabaab", "al-Shabaab", ("الشباب", "حركه الشباب", "حركه الشباب المجاهدين", "الشباب المجاهدين"),
              note="bare الشباب is also 'the youth': an owner only beside a troop figure"),
    ForceName("group:boko_haram", "Boko Haram", ("بوكو حرام",)),
    ForceName("group:sdf", "Syrian Democratic Forces", ("قوات سوريا الديمقراطيه", "قسد")),
    ForceName("group:ypg", "YPG", ("وحدات حمايه الشعب", "وحدات حمايه الشعب الكرديه")),
    ForceName("group:hts", "Hayat Tahrir al-Sham", ("هيئه تحرير الشام", "جبهه النصره", "النصره")),
    ForceName("group:sna", "Syrian National Army", ("الجيش الوطني السوري", "الجيش السوري الحر", "الجيش الحر"),
              note="the Turkish-backed opposition army («الجيش الوطني» alone is any national army)"),
    ForceName("group:pkk", "PKK", ("حزب العمال الكردستاني", "العمال الكردستاني")),
    ForceName("group:hamas", "Hamas", ("حماس", "حركه حماس", "كتائب القسام")),
    ForceName("group:islamic_jihad", "Islamic Jihad", ("الجهاد الاسلامي", "سرايا القدس")),
    ForceName("group:jnim", "JNIM", ("جماعه نصره الاسلام والمسلمين", "نصره الاسلام والمسلمين")),
    ForceName("group:lna", "Libyan National Army (Haftar)", ("الجيش الوطني الليبي", "قوات حفتر")),
    ForceName("group:rsf", "Rapid Support Forces", ("قوات الدعم السريع", "الدعم السريع", "الجنجويد")),
    ForceName("group:sla", "Sudan Liberation Army", ("جيش تحرير السودان", "حركه تحرير السودان")),
    ForceName("group:jem", "Justice and Equality Movement", ("حركه العدل والمساواه",)),
    ForceName("group:splm_io", "SPLM-IO", ("الحركه الشعبيه لتحرير السودان في المعارضه",)),
    # Syrian opposition factions, Iraqi and Afghan militias read on the unseen corpus samples
    ForceName("group:ahrar_al_sham", "Ahrar al-Sham", ("احرار الشام", "حركه احرار الشام", "احرار الشام الاسلاميه",
                                                       "حركه احرار الشام الاسلاميه")),
    ForceName("group:jaysh_al_islam", "Jaysh al-Islam", ("جيش الاسلام",)),
    ForceName("group:faylaq_al_rahman", "Faylaq al-Rahman", ("فيلق الرحمن",)),
    ForceName("group:zenki", "Nour al-Din al-Zenki Movement", ("نور الدين زنكي", "نور الدين الزنكي",
                                                               "حركه نور الدين زنكي", "حركه نور الدين الزنكي")),
    ForceName("group:tip", "Turkistan Islamic Party", ("الحزب الاسلامي التركستاني", "الحزب التركستاني",
                                                        "حركه تركستان الشرقيه الاسلاميه")),
    ForceName("group:badr", "Badr Organization", ("منظمه بدر", "فيلق بدر")),
    ForceName("group:asaib", "Asa'ib Ahl al-Haq", ("عصائب اهل الحق",)),
    ForceName("group:fatemiyoun", "Fatemiyoun Brigade", ("فاطميون", "لواء فاطميون", "الفاطميون")),
    ForceName("group:zainabiyoun", "Zainabiyoun Brigade", ("زينبيون", "لواء زينبيون", "الزينبيون")),
    ForceName("group:nujaba", "Harakat al-Nujaba", ("حركه النجباء", "النجباء")),
    ForceName("group:", "an unnamed armed group", ("فصائل", "فصيل", "فصيلا", "الفصائليه", "الفصائل المسلحه", "ميليشيات", "ميليشيا",
                                                  "مليشيات", "مليشيا", "الميليشيات", "كتائب"),
              note="factions and militias the text does not name"),
)

MISSIONS: tuple[ForceName, ...] = (
    ForceName("UN", "United Nations peacekeepers", ("حفظ السلام", "قوات حفظ السلام", "قوه حفظ السلام",
                                                    "بعثه الامم المتحده", "القبعات الزرق", "جنود حفظ السلام",
                                                    "قوات دوليه"),
              note="«بعثه» alone may be diplomatic"),
    ForceName("UN:UNIFIL", "UNIFIL (Lebanon)", ("اليونيفيل", "اليونيفل", "يونيفيل", "قوات الطوارئ الدوليه")),
    ForceName("UN:MINUSMA", "MINUSMA (Mali)", ("مينوسما", "بعثه الامم المتحده في مالي",
                                              "بعثه الامم المتحده المتكامله المتعدده الابعاد لتحقيق الاستقرار في مالي")),
    ForceName("UN:UNAMID", "UNAMID (Darfur)", ("يوناميد", "البعثه المشتركه في دارفور", "البعثه المختلطه في دارفور",
                                              "البعثه المشتركه للاتحاد الافريقي والامم المتحده في دارفور",
                                              "بعثه حفظ السلام في دارفور")),
    ForceName("UN:UNMISS", "UNMISS (South Sudan)", ("بعثه الامم المتحده في جنوب السودان", "انميس", "يونميس")),
    ForceName("UN:MONUSCO", "MONUSCO (DR Congo)", ("مونوسكو", "بعثه الامم المتحده في الكونغو")),
    ForceName("UN:MINUSCA", "MINUSCA (Central African Republic)", ("مينوسكا",)),
    ForceName("UN:UNDOF", "UNDOF (Golan)", ("اندوف", "قوه الامم المتحده لمراقبه فض الاشتباك")),
    ForceName("UN:UNISFA", "UNISFA (Abyei)", ("يونيسفا",)),
    ForceName("AU:AMISOM", "AMISOM (Somalia)", ("اميصوم", "اميسوم", "بعثه الاتحاد الافريقي في الصومال")),
    ForceName("G5_SAHEL", "G5 Sahel joint force", ("القوه المشتركه لمجموعه الساحل", "قوه مجموعه الساحل",
                                                   "مجموعه دول الساحل الخمس", "مجموعه الساحل الخمس",
                                                   "دول الساحل الخمس")),
    ForceName("NATO", "NATO", ("حلف شمال الاطلسي", "الناتو", "الاطلسي", "حلف الناتو", "الحلف"),
              note="«الحلف»: the alliance named before («مناورات الحلف»)"),
    ForceName("EU", "European Union", ("الاتحاد الاوروبي",)),
    ForceName("coalition", "US-led coalition", ("التحالف الدولي", "التحالف", "قوات التحالف"),
              note="bare التحالف: the anti-ISIS coalition in Iraq and Syria coverage"),
    ForceName("arab_coalition", "Saudi-led coalition", ("التحالف العربي", "تحالف دعم الشرعيه",
                                                        "التحالف بقياده السعوديه", "التحالف الذي تقوده السعوديه")),
)

#: The mission of a force named only generically, by where it is: peacekeepers of «بعثه الامم
#: المتحده» or «قوات حفظ السلام» (force_id ``UN``) in a mission's host country are that mission's;
#: a force of several states (``foreign``: «قوه افريقيه», «هذه الدول») in the Sahel is the G5 Sahel
#: joint force, the one multinational force the region's states formed.
HOST_MISSIONS: dict[tuple[str, str], str] = {
    ("UN", "Mali"): "UN:MINUSMA", ("UN", "South Sudan"): "UN:UNMISS", ("UN", "Sudan"): "UN:UNAMID",
    ("UN", "Lebanon"): "UN:UNIFIL", ("UN", "DR Congo"): "UN:MONUSCO", ("UN", "Central African Republic"): "UN:MINUSCA",
    ("UN", "Western Sahara"): "UN:MINURSO", ("UN", "Cyprus"): "UN:UNFICYP", ("UN", "Kosovo"): "UN:UNMIK",
    ("foreign", "Sahel"): "G5_SAHEL",
}
