"""Attribution cues and the words of a speaker phrase, for `arabic_news.attribution`.

Forms are written as `normalize()` outputs them (أ/إ/آ → ا, ى → ي, ة → ه). The
finder adds the conjunctions و/ف before a cue itself.

`CUES`: what introduces a speaker.
  - kind "verb": a reporting verb; the speaker is its subject, written after it
    (قال مسؤول أمريكي إن …) or, when nothing names it there, before it
    (المتحدثة باسم البيت الأبيض جين ساكي قالت إن …).
  - kind "prep": a preposition "according to"; the speaker follows (وفقا لمسؤول، بحسب المصادر).
    A form ending in a lone ل is written joined to the speaker (وفقاً لمسؤول).
  - kind "relay": a verb of relaying; "X relayed from Y" (نقلت صحيفة X عن مسؤولين): the
    speaker is the outlet and its source both, «صحيفة X عن مسؤولين», in English
    "X, citing officials".
  - kind "participle": a circumstantial participle (مضيفا، مشيرا) whose subject is the
    speaker named earlier in the sentence.

`SPEAKER_WORDS`: words that make up a speaker phrase and its English name, by slot:
  role (official, spokesman), body (government, ministry), outlet (newspaper, agency),
  qualifier (senior, informed, former), domain (defense, military). The English name is
  composed as: qualifier, nationality, organization, body, domain, role, person
  («مسؤول دفاعي أميركي كبير» → "senior US defense official").

`SPEAKER_STOPS`: words that end a speaker phrase (إن/أن, في تصريح, يوم, لصحيفة …);
`SPEAKER_ADVERBS`: adverbs after the subject, which end it too (رسميا، علنا، مجددا).
Month names (`rules.months`) end a speaker phrase as weekday names do («البنتاغون في مارس»).

To add a cue or word: add a row here and a sentence to tests/test_attribution.py.
"""

from __future__ import annotations

from typing import NamedTuple


class Cue(NamedTuple):
    form: str       # normalized, without the conjunction و/ف
    kind: str       # "verb", "prep", "relay" or "participle"
    note: str = ""


class SpeakerWord(NamedTuple):
    form: str       # normalized, one or more words
    en: str         # English for the composed name
    slot: str       # "role", "body", "outlet", "qualifier" or "domain"
    us_en: str = ""  # English instead of `en` when the speaker is American
    note: str = ""


CUE_KINDS: tuple[str, ...] = ("verb", "prep", "relay", "participle")
SLOTS: tuple[str, ...] = ("qualifier", "body", "domain", "role", "outlet")


def _verbs(*pairs: str) -> tuple[Cue, ...]:
    return tuple(Cue(form, "verb") for form in pairs)


CUES: tuple[Cue, ...] = (
    # said, says (masculine, feminine, plural; past and present)
    *_verbs("قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"),
    *_verbs("اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد"),            # affirmed
    *_verbs("اوضح", "اوضحت", "اوضحوا", "يوضح", "توضح"),         # explained
    *_verbs("اشار", "اشارت", "اشاروا", "يشير", "تشير"),         # pointed out
    *_verbs("اضاف", "اضافت", "اضافوا", "يضيف", "تضيف"),         # added
    *_verbs("صرح", "صرحت", "صرحوا"),                           # declared
    *_verbs("ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر"),             # mentioned, reported
    *_verbs("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"),         # announced
    *_verbs("كشف", "كشفت", "كشفوا"),                           # revealed
    *_verbs("افاد", "افادت", "افادوا", "يفيد"),                  # reported
    *_verbs("لفت", "لفتت"),                                    # drew attention
    *_verbs("شدد", "شددت", "شددوا"),                           # stressed
    *_verbs("نفي", "نفت", "نفوا"),                             # denied
    *_verbs("اعتبر", "اعتبرت", "اعتبروا"),                     # considered
    *_verbs("راي", "رات"),                                     # saw, held (رأى)
    *_verbs("حذر", "حذرت"),                                    # warned
    *_verbs("تابع", "تابعت"),                                  # went on
    *_verbs("اعرب", "اعربت"),                                  # expressed
    *_verbs("رجح", "رجحت", "رجحوا"),                           # judged likely
    *_verbs("توقع", "توقعت", "يتوقع", "تتوقع"),                 # expected
    *_verbs("اورد", "اوردت"),                                  # carried (a report)
    *_verbs("اعترف", "اعترفت"),                                # admitted
    *_verbs("زعم", "زعمت"),                                    # claimed
    Cue("نقل", "relay"), Cue("نقلت", "relay"), Cue("نقلته", "relay"), Cue("نقلتها", "relay"),
    Cue("ينقل", "relay"), Cue("تنقل", "relay"), Cue("نقلوا", "relay"),
    Cue("وفقا ل", "prep", note="joined: وفقاً لمسؤول; لل keeps the article's ل with the speaker"),
    Cue("وفقا لما", "prep", note="followed by a reporting verb: وفقا لما ذكرته الصحيفة"),
    Cue("وفق", "prep", note="وفق البيانات الرسمية"),
    Cue("وفق ما", "prep"),
    Cue("بحسب", "prep"),
    Cue("بحسب ما", "prep", note="followed by a reporting verb: بحسب ما قال جون كيربي"),
    Cue("حسب", "prep"),
    Cue("حسبما", "prep"),
    Cue("طبقا ل", "prep"),
    Cue("نقلا عن", "prep", note="relayed from: also joins an earlier outlet (ذكرت وكالة X نقلا عن Y)"),
    Cue("علي لسان", "prep", note="على لسان; على is written علي after normalize()"),
    Cue("استنادا الي", "prep"),
    Cue("استنادا ل", "prep"),
    Cue("علي حد قول", "prep"),
    Cue("علي حد تعبير", "prep"),
    Cue("قائلا", "participle"), Cue("قائله", "participle"),
    Cue("مضيفا", "participle"), Cue("مضيفه", "participle"),
    Cue("مشيرا", "participle"), Cue("مشيره", "participle"),
    Cue("موضحا", "participle"), Cue("موضحه", "participle"),
    Cue("مؤكدا", "participle"), Cue("مؤكده", "participle"),
    Cue("لافتا", "participle"), Cue("لافته", "participle"),
    Cue("مبينا", "participle"), Cue("مبينه", "participle"),
)
"""Every cue that introduces a speaker."""

REPORTING_AFTER_MA: tuple[str, ...] = (
    "قال", "قالت", "قاله", "قالته", "ذكر", "ذكرت", "ذكره", "ذكرته", "اورد", "اوردت", "اورده", "اوردته",
    "نقل", "نقلت", "نقله", "نقلته", "افاد", "افادت", "اعلن", "اعلنت", "اعلنه", "اعلنته", "صرح", "صرحت",
    "اكد", "اكدت", "اكده", "اكدته", "افادت به", "جاء في",
)
"""Verbs skipped after «بحسب ما / وفقا لما / حسبما / وفق ما» before the speaker."""

SPEAKER_WORDS: tuple[SpeakerWord, ...] = (
    # roles (people)
    SpeakerWord("مسؤول", "official", "role"),
    SpeakerWord("مسؤوله", "official", "role"),
    SpeakerWord("مسؤولون", "officials", "role"),
    SpeakerWord("مسؤولين", "officials", "role"),
    SpeakerWord("مسؤولو", "officials", "role"),
    SpeakerWord("مصدر", "source", "role"),
    SpeakerWord("مصادر", "sources", "role"),
    SpeakerWord("متحدث باسم", "spokesman", "role"),
    SpeakerWord("متحدثه باسم", "spokeswoman", "role"),
    SpeakerWord("متحدث", "spokesman", "role"),
    SpeakerWord("متحدثه", "spokeswoman", "role"),
    SpeakerWord("ناطق باسم", "spokesman", "role"),
    SpeakerWord("ناطق", "spokesman", "role"),
    SpeakerWord("ناطقه باسم", "spokeswoman", "role"),
    SpeakerWord("وزير الدفاع", "defense minister", "role", us_en="defense secretary"),
    SpeakerWord("وزير الخارجيه", "foreign minister", "role", us_en="secretary of state"),
    SpeakerWord("وزير الداخليه", "interior minister", "role"),
    SpeakerWord("وزير", "minister", "role", us_en="secretary"),
    SpeakerWord("وزيره", "minister", "role", us_en="secretary"),
    SpeakerWord("رئيس الوزراء", "prime minister", "role"),
    SpeakerWord("رئيس مجلس الوزراء", "prime minister", "role"),
    SpeakerWord("رئيس الحكومه", "prime minister", "role"),
    SpeakerWord("رئيس", "head", "role", note="without the article, 'head of' a body: رئيس لجنة؛ الرئيس is 'president'"),
    SpeakerWord("نائب الرئيس", "vice president", "role"),
    SpeakerWord("نائب", "deputy", "role", note="also 'MP' in Iraqi usage"),
    SpeakerWord("النائب", "MP", "role"),
    SpeakerWord("عضو", "member", "role"),
    SpeakerWord("برلماني", "MP", "role"),
    SpeakerWord("السناتور", "senator", "role"),
    SpeakerWord("السيناتور", "senator", "role"),
    SpeakerWord("زعيم الاقليه", "minority leader", "role"),
    SpeakerWord("زعيم الاغلبيه", "majority leader", "role"),
    SpeakerWord("زعيم", "leader", "role"),
    SpeakerWord("قائد", "commander", "role"),
    SpeakerWord("سفير", "ambassador", "role"),
    SpeakerWord("مبعوث", "envoy", "role"),
    SpeakerWord("مستشار الامن القومي", "national security adviser", "role"),
    SpeakerWord("مستشار", "adviser", "role"),
    SpeakerWord("مسؤوله الشؤون الدوليه", "international affairs official", "role"),
    SpeakerWord("خبير", "expert", "role"),
    SpeakerWord("خبراء", "experts", "role"),
    SpeakerWord("محلل", "analyst", "role"),
    SpeakerWord("محللون", "analysts", "role"),
    SpeakerWord("محللين", "analysts", "role"),
    SpeakerWord("دبلوماسي", "diplomat", "role"),
    SpeakerWord("دبلوماسيون", "diplomats", "role"),
    SpeakerWord("دبلوماسيين", "diplomats", "role"),
    SpeakerWord("ضابط", "officer", "role"),
    SpeakerWord("ضباط", "officers", "role"),
    SpeakerWord("جنرال", "general", "role"),
    SpeakerWord("شهود عيان", "eyewitnesses", "role"),
    SpeakerWord("شاهد عيان", "eyewitness", "role"),
    SpeakerWord("مراسل", "correspondent", "role"),
    SpeakerWord("الاشخاص", "people", "role"),
    SpeakerWord("اشخاص", "people", "role"),
    SpeakerWord("الرئيس", "president", "role"),
    SpeakerWord("بيان", "statement", "role", note="a document speaks: بحسب البيان"),
    SpeakerWord("البيان", "statement", "role"),
    SpeakerWord("بيانات", "statements", "role"),
    SpeakerWord("تقرير", "report", "role"),
    SpeakerWord("تقارير", "reports", "role"),
    SpeakerWord("وثيقه", "document", "role"),
    SpeakerWord("احصاءات", "figures", "role"),
    SpeakerWord("وسائل اعلام", "media", "role"),
    SpeakerWord("وسائل الاعلام", "media", "role"),
    # bodies
    SpeakerWord("الحكومه", "government", "body"),
    SpeakerWord("حكومه", "government", "body"),
    SpeakerWord("اداره", "administration", "body"),
    SpeakerWord("وزاره الدفاع", "defense ministry", "body", us_en="Defense Department"),
    SpeakerWord("وزاره الخارجيه", "foreign ministry", "body", us_en="State Department"),
    SpeakerWord("وزاره الداخليه", "interior ministry", "body"),
    SpeakerWord("وزاره", "ministry", "body"),
    SpeakerWord("الخارجيه", "foreign ministry", "body", us_en="State Department"),
    SpeakerWord("الداخليه", "interior ministry", "body"),
    SpeakerWord("الجيش", "army", "body", us_en="military"),
    SpeakerWord("الشرطه", "police", "body"),
    SpeakerWord("البرلمان", "parliament", "body"),
    SpeakerWord("الرئاسه", "presidency", "body"),
    SpeakerWord("القوات", "forces", "body"),
    SpeakerWord("قياده العمليات المشتركه", "Joint Operations Command", "body"),
    SpeakerWord("خليه الاعلام الامني", "Security Media Cell", "body"),
    SpeakerWord("لجنه الامن والدفاع", "security and defense committee", "body"),
    SpeakerWord("لجنه", "committee", "body"),
    # outlets (the name usually follows: صحيفة وول ستريت جورنال)
    SpeakerWord("صحيفه", "newspaper", "outlet"),
    SpeakerWord("جريده", "newspaper", "outlet"),
    SpeakerWord("الصحيفه", "newspaper", "outlet"),
    SpeakerWord("وكاله", "agency", "outlet"),
    SpeakerWord("الوكاله", "agency", "outlet"),
    SpeakerWord("وكاله انباء", "news agency", "outlet"),
    SpeakerWord("مجله", "magazine", "outlet"),
    SpeakerWord("المجله", "magazine", "outlet"),
    SpeakerWord("قناه", "channel", "outlet"),
    SpeakerWord("شبكه", "network", "outlet"),
    SpeakerWord("موقع", "website", "outlet"),
    SpeakerWord("اذاعه", "radio", "outlet"),
    # qualifiers
    SpeakerWord("رفيع", "senior", "qualifier"),
    SpeakerWord("رفيعه", "senior", "qualifier"),
    SpeakerWord("رفيع المستوي", "senior", "qualifier"),
    SpeakerWord("كبير", "senior", "qualifier"),
    SpeakerWord("كبار", "senior", "qualifier"),
    SpeakerWord("بارز", "senior", "qualifier"),
    SpeakerWord("مطلع", "informed", "qualifier"),
    SpeakerWord("مطلعه", "informed", "qualifier"),
    SpeakerWord("مطلعون", "informed", "qualifier"),
    SpeakerWord("مطلعين", "informed", "qualifier"),
    SpeakerWord("المطلعين", "informed", "qualifier"),
    SpeakerWord("سابق", "former", "qualifier"),
    SpeakerWord("السابق", "former", "qualifier"),
    SpeakerWord("رسمي", "official", "qualifier"),
    SpeakerWord("رسميه", "official", "qualifier"),
    SpeakerWord("محلي", "local", "qualifier"),
    SpeakerWord("محليه", "local", "qualifier"),
    SpeakerWord("مقرب", "close", "qualifier"),
    SpeakerWord("مقربه", "close", "qualifier"),
    # domains
    SpeakerWord("دفاعي", "defense", "domain"),
    SpeakerWord("عسكري", "military", "domain"),
    SpeakerWord("عسكريه", "military", "domain"),
    SpeakerWord("عسكريون", "military", "domain"),
    SpeakerWord("عسكريين", "military", "domain"),
    SpeakerWord("امني", "security", "domain"),
    SpeakerWord("امنيه", "security", "domain"),
    SpeakerWord("امنيون", "security", "domain"),
    SpeakerWord("امنيين", "security", "domain"),
    SpeakerWord("حكومي", "government", "domain"),
    SpeakerWord("حكوميه", "government", "domain"),
    SpeakerWord("دبلوماسيه", "diplomatic", "domain"),
    SpeakerWord("استخباري", "intelligence", "domain"),
    SpeakerWord("استخباراتي", "intelligence", "domain"),
)
"""Words of a speaker phrase, with the English they contribute."""

SPEAKER_STOPS: tuple[str, ...] = (
    # the reported clause begins
    "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "فان", "لان", "ما",
    # the verb's other complements
    "عن", "الي", "علي", "ل", "امام", "لدي", "خلال", "عبر", "اثناء", "بعد", "قبل", "عقب", "ضمن",
    "تحدث", "تحدثت", "تحدثوا", "جاء", "جاءت",
    "نقلا", "قوله", "قولها", "فيه", "بدوره", "بدورها", "ايضا", "كذلك", "بشان", "حول",
    "للصحفيين", "للصحافيين", "للصحافه", "للصحفي", "لمراسل", "لصحيفه", "لوكاله", "لقناه", "لمجله",
    "لموقع", "لشبكه", "لوسائل", "لاذاعه",
    "في تصريح", "في تصريحات", "في بيان", "في بلاغ", "في تغريده", "في مقابله", "في حديث", "في مؤتمر",
    "في كلمه", "في رساله", "في اتصال", "في لقاء", "في وقت", "في تقرير", "في منشور", "في جلسه",
    "في ختام", "في اعقاب",
    # time
    "يوم", "امس", "اليوم", "مساء", "صباح", "الليله", "فجر", "مؤخرا", "حاليا", "سابقا",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
    # relative clauses
    "الذي", "التي", "الذين", "طلب", "طالبا", "مفضلا", "رفض",
    # particles before the verb («وكان ترامب قد اعلن»), times («في الوقت الذي», «في عام»)
    "قد", "لقد", "في الوقت", "في عام", "عام",
)
"""Words that end a speaker phrase; several words match as a sequence."""

MAX_SPEAKER_WORDS: int = 9
"""A speaker phrase is at most this many words (a person's role, body, country and name)."""

SPEAKER_ADVERBS: tuple[str, ...] = (
    "رسميا", "علنا", "صراحه", "مجددا", "مرارا", "بدوره", "حينها", "وقتها", "انذاك", "لاحقا", "سريعا",
    "بوضوح",
)
"""Adverbs that follow a reporting verb's subject and end the speaker phrase: «أعلن البنتاغون
رسميا عن خطة» → the speaker is «البنتاغون». Forms are normalized (رسميًا → رسميا)."""

CLAUSE_BREAKS: str = "؛;"
"""Marks that close a cue's reach: a figure after «؛» belongs to a new clause with its own
subject («أعلن البنتاغون عن خطة …؛ بحلول يناير 2021، خفضت الإدارة هذا العدد إلى 2500»:
the 2500 is stated in the article's own voice)."""


RELAY_FROM: tuple[str, ...] = ("عن", "نقلا عن")
"""What joins a relaying verb's outlet to its source: «نقلت صحيفه X عن مسؤولين», «نقلا عن»."""

CITING: tuple[str, ...] = ("نقلا عن",)
"""What joins a speaker to the source it cites: «قال مصدر، نقلا عن مسؤول …»."""

JOINED_CUE_ENDING = " ل"
"""A cue ending in a lone ل is written joined to its speaker: «وفقا لمسؤول», «وفقا ل مصادر»."""

MA_ENDINGS: tuple[str, ...] = ("ما", "لما")
"""Cues ending in «ما» («وفق ما», «بحسب ما») take a reporting verb after it (REPORTING_AFTER_MA)."""

TRAILING_PREPOSITIONS: tuple[str, ...] = ("في", "من", "عن", "الي", "علي", "ب", "مع")
"""A preposition left at the end of a speaker phrase is cut from it: «البنتاغون في» (before a month)."""

CLAUSE_OPENERS: tuple[str, ...] = ("ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "فان")
"""Words that open the reported clause: a speaker phrase ended by one of them is a verb's subject
even when no word of it is known («قال متحدث عسكري ان …»)."""

PHRASE_STOP_MARKS = "،,.:;؛!?؟-–—()[]«»\"“”…/"
"""Punctuation that ends a speaker phrase."""

PHRASE_JOINERS: tuple[str, ...] = ("و",)
"""A word joined by «و» that is no part of a known name ends a speaker phrase: «وفقا لمسؤول
امريكي واثنين» stops before «واثنين»; «مسؤولين اميركيين وعراقيين» goes on."""
