"""The closed vocabularies of the fact tables (issue 5), each defined once here.

Every enumeration a column may hold is a tuple of lowercase English strings;
the comment beside each value says what it means. Code imports these tuples
(never retypes a value), and `tests/test_rules_gazetteer.py` checks that the
values are unique, lowercase snake_case, and that `other` closes the open lists.

To add a value: add it here with its comment, then teach the finder that emits
it and add a test case for it.
"""

from __future__ import annotations

FORCES: tuple[str, ...] = (
    "us",         # United States military personnel (جندي أمريكي، عسكري أميركي، القوات الأمريكية)
    "coalition",  # the international coalition / NATO mission as a whole (قوات التحالف الدولي، بعثة الناتو)
    "foreign",    # foreign troops of several or unnamed nations (جندي أجنبي، القوات الأجنبية)
    "iraqi",      # Iraqi state forces: army, police, counter-terrorism, Peshmerga (الجيش العراقي)
    "militia",    # armed factions outside the state chain of command (الفصائل المسلحة، مسلح)
    "other",      # any other named force (French, Turkish, Russian troops …)
)
"""Whose personnel a troop level counts (`troop_levels.force`)."""

KINDS: tuple[str, ...] = (
    "current",  # the level the text says holds now (يوجد، هناك، حاليا)
    "planned",  # a level announced, planned or expected (سيبقى، إلى 3000 after خطة لتقليص)
    "past",     # a level that held before (من 5200 in «من 5200 إلى 3000», كان)
)
"""When a troop level holds, relative to the article (`troop_levels.kind`)."""

EVENT_TYPES: tuple[str, ...] = (
    "talks",           # negotiations, dialogue rounds, meetings to discuss (محادثات، حوار، مفاوضات، اجتماع)
    "agreement",       # an agreement, accord or deal reached or signed (اتفاق، اتفاقية، أبرمت)
    "announcement",    # a formal announcement of a decision or plan (أعلن، الإعلان)
    "statement",       # a statement, remark, tweet or interview (بيان، تصريح، تغريدة)
    "visit",           # a visit or trip by an official (زيارة، يزور، وصل إلى)
    "withdrawal",      # troops leaving or drawing down (انسحاب، سحب القوات، خفض)
    "deployment",      # troops sent or arriving (نشر، إرسال قوات، عودة القوات)
    "mission_change",  # a change of a mission's role, e.g. combat to advisory (إنهاء المهمة القتالية)
    "attack",          # an attack on someone: rocket, drone, bombing (هجوم، استهداف، قصف on US forces)
    "strike",          # a military strike by a state, e.g. US airstrikes (ضربات جوية، غارة)
    "vote",            # a parliamentary or council vote or resolution (صوّت، قرار البرلمان)
    "election",        # an election (الانتخابات)
    "other",           # anything else the text places in time
)
"""What kind of thing an event is (`events.event_type`)."""

TARGETS: tuple[str, ...] = (
    "us_forces",     # US troops or bases named as American (القوات الأمريكية)
    "us_interests",  # US interests in general (المصالح الأمريكية)
    "coalition",     # coalition forces or their bases (قوات التحالف)
    "embassy",       # an embassy or diplomatic compound (السفارة)
    "base",          # a military base not otherwise named by force (قاعدة عين الأسد)
    "convoy",        # a supply or military convoy (رتل، قافلة)
    "iraqi_forces",  # Iraqi state forces (القوات العراقية)
    "civilians",     # civilians (المدنيين)
    "other",         # any other target
)
"""What an attack count's attacks were aimed at (`attacks.target`)."""

WEAPONS: tuple[str, ...] = (
    "rocket",           # rockets, Katyushas, mortars (صواريخ، صاروخية، كاتيوشا، هاون)
    "drone",            # drones, UAVs (طائرات مسيرة، طائرات بدون طيار)
    "missile",          # ballistic or guided missiles (صواريخ باليستية)
    "suicide_bombing",  # suicide attacks (هجوم انتحاري)
    "ied",              # roadside bombs, IEDs (عبوة ناسفة)
    "airstrike",        # air strikes (غارة جوية، ضربات جوية)
    "gunfire",          # small arms fire (إطلاق نار)
    "other",            # any other weapon named
)
"""How attacks were carried out (`attacks.weapons`, `;`-joined)."""

STATUSES: tuple[str, ...] = (
    "happened",  # the text says it took place (past tense, الماضي)
    "planned",   # scheduled or decided (من المقرر، سيعقد، المقبل)
    "expected",  # predicted or hoped for, not decided (من المتوقع، يتوقع، مرتقبة)
)
"""Whether an event took place (`events.status`)."""

PUBLICATION_DATE_BASES: tuple[str, ...] = (
    "metadata",  # from the corpus's metadata.csv
    "text",      # stated in the article (a dateline, «اليوم الخميس (29 تموز 2021)»)
    "filename",  # read from the file name (…-20180416.txt, rules/filenames.py)
    "inferred",  # the narrowest window consistent with the article's own relative expressions
    "unknown",   # nothing to go on
)
"""Where an article's publication date comes from (`articles.publication_date_basis`)."""

ENTITY_TYPES: tuple[str, ...] = (
    "person",        # a named person (جو بايدن، مصطفى الكاظمي)
    "organization",  # a government body, armed group, alliance or party (البنتاغون، الحشد الشعبي، الناتو)
    "outlet",        # a news organization: paper, agency, channel, site (رويترز، صحيفة وول ستريت جورنال)
    "place",         # a country, region, city or base (العراق، أربيل، قاعدة عين الأسد)
)
"""What a gazetteer entity is (`mentions.type`)."""

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "force": FORCES,
    "kind": KINDS,
    "event_type": EVENT_TYPES,
    "target": TARGETS,
    "weapon": WEAPONS,
    "status": STATUSES,
    "publication_date_basis": PUBLICATION_DATE_BASES,
    "entity_type": ENTITY_TYPES,
}
"""Every vocabulary above by the column (singular) it fills."""
