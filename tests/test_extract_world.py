"""Extraction on the rest of the world (issue 11) and figures that are no troop level (issue 10).

Every sentence here is our own, written in news style for the rule it tests; none is copied from
an article of the corpus or the gold.
"""

from __future__ import annotations

import pytest

from arabic_news.corpus import article_from_text
from arabic_news.countries import country_by_code, nisba_forms, world_entities
from arabic_news.extract import extract_article
from arabic_news.extract.owners import coarse_force
from arabic_news.mentions import find_entities, place_country

META = {"published": "2018-05-20"}


def facts(body: str, metadata: dict | None = META) -> dict[str, list[dict]]:
    return extract_article(article_from_text("خبر\n\n" + body + "\n", article_id="news/w", metadata=metadata))


def troops(body: str, **kw) -> list[tuple]:
    return [(r["value"], r["qualifier"], r["force"], r["force_id"], r["location"], r["kind"])
            for r in facts(body, **kw)["troop_levels"]]


def one_troop(body: str) -> dict:
    rows = facts(body)["troop_levels"]
    assert len(rows) == 1, [(r["text"], r["rule"]) for r in rows]
    return rows[0]


# ------------------------------------------------------------------ countries (CLDR + rules/countries.py)

def test_every_country_has_an_arabic_name_and_an_iso_code():
    codes = {c.code for c in __import__("arabic_news.countries").countries.countries()}
    assert {"CO", "SD", "SS", "ML", "SO", "AF", "KR", "KP", "VN", "NE", "TD"} <= codes
    assert country_by_code("CO").names[0] == "كولومبيا" and country_by_code("SS").name_en == "South Sudan"


def test_the_gazetteer_keeps_its_own_english_names_for_countries_cldr_names_otherwise():
    assert country_by_code("TR").name_en == "Turkey" and country_by_code("GB").name_en == "United Kingdom"
    assert country_by_code("KR").name_en == "South Korea" and country_by_code("PS").name_en == "Palestine"


def test_nisba_adjectives_are_derived_from_the_name_or_given_as_stems():
    assert nisba_forms("SO", "الصومال")[:2] == ("صومالي", "صوماليه")
    assert nisba_forms("FR", "فرنسا")[3] == "فرنسيون"
    assert nisba_forms("AT", "النمسا")[0] == "نمساوي"        # irregular: given as a stem
    assert nisba_forms("DJ", "جيبوتي") == ()                 # a name in ي is its own nisba


def test_an_ambiguous_name_is_matched_only_in_its_unambiguous_contexts():
    assert [m.entity_en for m in find_entities("قدمت الحكومة دعما ماليا ووضعا مالي")] == []
    assert [m.entity_en for m in find_entities("تنتشر القوات الفرنسية في مالي منذ 2013")][-1] == "Mali"


def test_a_capital_or_region_lies_in_its_country():
    by_text = {m.entity_en: m.key for m in find_entities("وصل الوفد إلى الخرطوم ثم إلى جوبا وبوغوتا")}
    assert place_country(by_text["Khartoum"]) == "sudan" and place_country(by_text["Juba"]) == "south_sudan"
    assert place_country(by_text["Bogota"]) == "colombia"


def test_world_entities_are_built_once_and_cover_the_gazetteer():
    assert world_entities() is world_entities()
    assert {e.key for e in world_entities()} >= {"iraq", "pentagon", "colombia", "south_sudan"}


# ------------------------------------------------------------------ force_id

def test_force_ids_stand_for_their_coarse_force():
    assert [coarse_force(f) for f in ("US", "IQ", "SD", "UN:UNMISS", "AU:AMISOM", "group:farc", "NATO",
                                      "arab_coalition", "G5_SAHEL", "foreign")] == \
        ["us", "iraqi", "other", "foreign", "foreign", "militia", "coalition", "coalition", "foreign", "foreign"]


def test_a_country_s_nisba_after_the_noun_gives_its_iso_code_and_its_place():
    assert troops("وتنشر كولومبيا نحو 3000 جندي كولومبي في إقليم الأمازون.")[0][:4] == \
        (3000, "about", "other", "CO")
    assert troops("ينتشر نحو 1400 جندي تشادي في شمال مالي.") == \
        [(1400, "about", "other", "TD", "Mali", "current")]


def test_sudan_south_sudan_and_colombia_are_places():
    assert troops("ويوجد حاليا نحو 800 جندي رواندي في جنوب السودان.")[0][4] == "South Sudan"
    assert troops("ويوجد حاليا نحو 800 جندي إثيوبي في السودان.")[0][4] == "Sudan"
    assert troops("ينتشر 500 جندي أمريكي في كولومبيا.")[0][4] == "Colombia"


def test_un_peacekeepers_in_a_host_country_are_its_mission():
    row = one_troop("وتضم قوة حفظ السلام في جنوب السودان نحو 12 ألف جندي.")
    assert (row["force"], row["force_id"], row["location"]) == ("foreign", "UN:UNMISS", "South Sudan")


def test_an_armed_group_named_in_the_sentence_owns_its_fighters():
    row = one_troop("وتقدر الاستخبارات أن حركة الشباب تضم نحو 7 آلاف مقاتل في الصومال.")
    assert (row["force"], row["force_id"], row["location"]) == ("militia", "group:al_shabaab", "Somalia")


def test_fighters_of_no_named_group_are_an_unnamed_group():
    assert one_troop("وتسيطر على البلدة فصائل مسلحة يقدر عددها بنحو 2000 مقاتل.")["force_id"] == "group:"


def test_a_country_sending_fighters_owns_them_not_an_armed_group():
    row = one_troop("وبدأت إيران بإرسال آلاف المقاتلين إلى سوريا.")
    assert (row["force"], row["force_id"]) == ("other", "IR")


def test_the_authorities_deploying_troops_are_the_article_s_country_not_an_ally_named_before():
    body = ("تجري كولومبيا انتخابات رئاسية الأحد، وهي بلاد متحالفة مع الولايات المتحدة. "
            "وشددت السلطات الكولومبية الإجراءات الأمنية. ونشرت السلطات حوالى 90 ألف جندي لتأمين مراكز الاقتراع.")
    row = one_troop(body)
    assert (row["force_id"], row["location"]) == ("CO", "Colombia")


def test_a_force_word_that_fights_the_figure_is_not_its_owner():
    row = one_troop("وقالت جماعة متطرفة إنها تقاتل لقتال قوة أفريقية جديدة قوامها 6000 جندي.")
    assert row["force"] == "foreign"


# ------------------------------------------------------------------ counted people the unit table does not know

def test_a_nationality_as_the_counted_noun_is_a_troop_level_in_a_sentence_about_a_force():
    row = one_troop("وتنشر مجموعة فاغنر نحو 300 روسي في ليبيا.")
    assert (row["value"], row["force_id"], row["location"], row["text"]) == (300, "RU", "Libya", "نحو 300 روسي")


def test_a_nationality_as_the_counted_noun_outside_a_military_sentence_is_no_troop_level():
    assert troops("وزار نحو 300 روسي المتحف في القاهرة.") == []


def test_a_group_nisba_as_the_counted_noun_counts_its_fighters():
    row = one_troop("ويقدر عدد مقاتلي التنظيم بنحو 20 ألف داعشي في سوريا.")
    assert (row["value"], row["force"], row["force_id"]) == (20000, "militia", "group:isis")


def test_detained_group_members_are_no_troop_level():
    assert troops("وتحتجز القوات الكردية أكثر من 900 داعشي في سجونها.") == []


def test_a_member_noun_beside_its_own_force_counts_troops():
    row = one_troop("وأعلنت الحركة أن عدد عناصرها وصل إلى 2500 عنصر.")
    assert row["value"] == 2500


def test_a_strength_given_far_from_its_noun_counts_the_force():
    row = one_troop("وكان عديد قوة حفظ السلام في دارفور قد وصل في مرحلة ما إلى 19 ألفا.")
    assert (row["value"], row["force_id"], row["location"], row["kind"]) == (19000, "UN:UNAMID", "Sudan", "past")


def test_experts_and_sailors_count_beside_a_force_word_only():
    assert one_troop("ونقلت طهران نحو 120 خبيرا إيرانيا إلى صنعاء.")["force_id"] == "IR"
    assert troops("وقال نحو 120 خبيرا اقتصاديا إن الأسعار سترتفع.") == []


def test_a_vague_amount_of_forces_is_a_troop_level():
    row = one_troop("وشارك في المناورات الآلاف من قوات الاحتياط الأردنية.")
    assert (row["value_low"], row["value_high"], row["force_id"]) == (2000, 9999, "JO")


# ------------------------------------------------------------------ casualties, survivors, events, flows (issues 10 and 11)

@pytest.mark.parametrize("body", [
    "وقضى من الأخيرة 15 عنصرا في الانفجار.",
    "ونجا من الكمين الجنود الآخرون وعددهم ثلاثة.",
    "وأعلن الجيش تحييد 12 مسلحا في الاشتباكات.",
    "وارتفعت حصيلة الهجوم إلى 14 جنديا.",
    "وقال المتحدث باسم الحركة: قتلنا 35 جنديا في الهجوم على القاعدة.",
    "وتكبدت الميليشيا ما لا يقل عن 30 عنصرا في المعارك.",
    "وأعلن الجيش أن جنديين فقدا في الفيضان.",
    "وسلم ستة آلاف مسلح من الحركة أسلحتهم بعد الاتفاق.",
])
def test_deaths_and_survivors_phrased_in_other_ways_are_no_troop_level(body):
    assert troops(body) == []


@pytest.mark.parametrize("body", [
    "وقال شهود إن 3 مسلحين هاجموا نقطة تفتيش في الموصل.",
    "وهاجم مسلحان مقر الشرطة في بلدة قرب بغداد.",
    "وقالت الشرطة إن أربعة مسلحين ملثمين أطلقوا النار على المارة.",
    "وقال شهود إن مسلحين اثنين يتحصنان في الطابق الثالث من المبنى.",
])
def test_a_handful_of_gunmen_in_an_incident_are_people_in_an_event_not_a_force(body):
    assert troops(body) == []


def test_armed_men_of_a_faction_are_still_its_strength():
    assert troops("وتقدر مصادر أن الفصيل يضم نحو 3 آلاف مسلح في ريف حلب.")[0][:4] == (3000, "about", "militia", "group:")


def test_a_flow_of_fighters_per_month_is_no_troop_level():
    assert troops("وقال الجنرال إن نحو 200 مقاتل أجنبي ينضمون إلى التنظيم شهريا.") == []


def test_an_army_s_whole_strength_without_a_deployment_place_is_no_troop_level():
    assert troops("وتعد القيادة أكبر وحدات الجيش بعدد قوات يبلغ 650 ألف جندي.") == []
    assert troops("ويبلغ تعداد الجيش الكوري الشمالي نحو مليون جندي.") == []


def test_a_whole_force_deployed_somewhere_is_still_a_level():
    assert troops("وينتشر أكثر من 40 ألف عنصر من الجيش التونسي في كل أنحاء تونس.")[0][:5] == \
        (40000, "more_than", "other", "TN", "Tunisia")


def test_people_aboard_a_crashed_aircraft_are_no_troop_level():
    assert troops("وتحطمت مروحية عسكرية تقل تسعة من العسكريين الفرنسيين في مالي.") == []


def test_experts_cited_as_a_source_are_no_troop_level():
    assert troops("ويقدر عدد المقاتلين بخمسة آلاف بحسب تقديرات عدة خبراء عسكريين.")[:1] != [(None,)]
    assert all(r[0] != None for r in troops("بحسب تقديرات عدة خبراء عسكريين، تراجع القتال."))


# ------------------------------------------------------------------ hedges and numbers

def test_la_taqillu_an_is_at_least():
    assert troops("ونشرت الحكومة قوة لا تقل عن 6 آلاف جندي مالي في شمال مالي.")[0][:2] == (6000, "at_least")


def test_the_arabic_comma_as_a_thousands_separator_is_one_number():
    assert [r[0] for r in troops("ويضم الفوج 2،450 عنصرا من الجيش الصومالي في مقديشو.")] == [2450]


# ------------------------------------------------------------------ attack periods and weapons

def attacks(body: str, **kw) -> list[tuple]:
    return [(r["count"], r["weapons"], r["period_start"], r["period_end"]) for r in facts(body, **kw)["attacks"]]


def test_a_count_between_two_dates_runs_from_the_first_to_the_end_of_the_second():
    assert attacks("ونفذت الطائرات 860 غارة بين سبتمبر 2015 ونهاية مارس 2018.")[0][2:] == ("2015-09-01", "2018-03-31")


def test_a_count_placed_before_an_undated_event_gets_no_period():
    assert attacks("وكانت الطائرات قد شنت 40 غارة قبل اتفاق الهدنة في حلب عام 2016.")[0][2:] == (None, None)


def test_during_the_past_week_is_the_seven_days_ending_on_publication():
    assert attacks("وشنت المقاتلات 12 غارة على مواقع المتمردين خلال الأسبوع الماضي.")[0][2:] == \
        ("2018-05-13", "2018-05-20")


def test_a_report_of_strikes_that_names_no_day_is_the_publication_day():
    assert attacks("وشنت مقاتلات التحالف العربي ثلاث غارات على مواقع الحوثيين في صعدة.")[0][2:] == \
        ("2018-05-20", "2018-05-20")


def test_a_tally_that_names_no_time_gets_no_period():
    assert attacks("وبلغ إجمالي عدد الغارات 40 غارة على مواقع التنظيم.")[0][2:] == (None, None)
    assert attacks("ونفذ التحالف أكثر من 8000 غارة على مواقع التنظيم.")[0][2:] == (None, None)


def test_a_definite_count_takes_the_period_of_the_count_it_refers_to():
    body = "وشهدت العاصمة خمس هجمات في 12 مايو 2018. ولم تتبن أي جهة الهجمات الخمس."
    assert [a[2:] for a in attacks(body)] == [("2018-05-12", "2018-05-12")] * 2


def test_the_last_few_years_are_three():
    assert attacks("وشنت إسرائيل عشرات الغارات على سوريا خلال السنوات القليلة الماضية.")[0][2:] == \
        ("2015-05-20", "2018-05-20")


def test_a_weapon_of_the_other_side_is_not_a_weapon_of_the_strikes():
    assert attacks("وشن الطيران 6 غارات على غزة ردا على إطلاق نحو 100 صاروخ من القطاع.")[0][1] == "airstrike"
    assert attacks("وشن الجيش 4 غارات على مواقع الحركة التي أطلقت قذائف هاون على البلدة.")[0][1] == "airstrike"


def test_a_weapon_of_the_strikes_themselves_stays():
    assert attacks("ونفذت الطائرات المسيرة 3 هجمات بالصواريخ على مواقع التنظيم.")[0][1] == "rocket;drone"


# ------------------------------------------------------------------ whose troops and where, for the rest of the world

def located(body: str, title: str = "خبر", metadata: dict | None = META) -> list[tuple]:
    article = article_from_text(title + "\n\n" + body + "\n", article_id="news/w", metadata=metadata)
    return [(r["value"], r["force_id"], r["location"]) for r in extract_article(article)["troop_levels"]]


def test_personnel_from_many_states_are_foreign():
    assert located("وتشارك في التمرين قوات بحرية بمشاركة نحو 4 آلاف فرد من 20 دولة.")[0][1] == "foreign"


def test_the_adjective_of_a_land_is_a_place_not_an_owner():
    body = "ودخل رتل عسكري تركي إلى الأراضي السورية. ورافق الرتل عشرات الجنود."
    assert located(body)[0][1] == "TR"


def test_fighters_take_the_armed_group_named_just_before():
    body = 'وتسيطر "هيئة تحرير الشام" على المدينة. وبحسب المرصد، ينتشر في المدينة نحو 3000 مقاتل.'
    assert located(body)[0][1] == "group:hts"


def test_a_name_in_quotes_or_a_hashtag_is_still_a_name():
    assert [m.entity_en for m in find_entities("قوة لمحاربة المتطرفين في منطقة #الساحل")] == ["Sahel"]


def test_a_force_of_several_states_in_the_sahel_is_the_g5_joint_force():
    assert located("وشكلت دول المنطقة قوة أفريقية قوامها 5000 جندي لمحاربة المتطرفين في منطقة الساحل.")[0][1:] == \
        ("G5_SAHEL", "Sahel")


def test_a_nationality_adjective_after_a_named_place_says_where_it_is():
    body = "وأعلن حاكم ولاية تكساس الأميركية حالة الطوارئ، ما وضع أكثر من 4 آلاف من جنود الحرس الوطني في حالة تأهب."
    assert located(body)[0][2] == "United States"


def test_an_exercise_named_by_a_nationality_is_held_in_that_country():
    body = "وتشارك الهند في أكبر مناورة جوية أسترالية بمشاركة أكثر من ألفي فرد من 15 دولة."
    assert located(body)[0][2] == "Australia"


def test_the_dateline_place_is_the_host_when_nothing_nearer_says():
    body = "كابول، أفغانستان (CNN)-- قالت مصادر إن الجيش يستعد للانتخابات.\nوسيتولى نحو 50 ألف عنصر من قوات الأمن حماية المراكز."
    assert located(body)[0][2] == "Afghanistan"


def test_the_headline_place_is_the_host_when_nothing_nearer_says():
    body = "بدأت إيران إرسال آلاف المقاتلين للقتال إلى جانب القوات الحكومية عام 2013.\nوقالت إيران إن ذلك يحمي مصالحها."
    assert located(body, title="ماذا تفعل إيران في سوريا؟")[0][1:] == ("IR", "Syria")


def test_a_preposition_glued_to_a_place_locates_it():
    assert located("وينتشر نحو 900 جندي فرنسي بمنطقة الساحل.")[0][2] == "Sahel"


def test_the_enemy_named_after_against_owns_nothing_but_the_force_before_it_does():
    body = "وقال البيت الأبيض إن المهمة العسكرية الأميركية ضد تنظيم الدولة في سوريا ستنتهي قريبا، لكنه لم يحدد موعدا لسحب القوات، البالغ عددها 2000 جندي."
    assert located(body)[0][1:] == ("US", "Syria")


def test_a_base_named_by_its_owner_s_adjective_is_not_in_that_country():
    assert located("وتستضيف جيبوتي قاعدة عسكرية أميركية يوجد بها أربعة آلاف عسكري.")[0][1:] == ("US", "Djibouti")


def test_officers_arrested_are_no_troop_level():
    assert troops("وقال النائب العام إن ضابطين من الحرس الوطني أوقفا للاشتباه بتورطهما في الهجوم.") == []


def test_a_partitive_pronoun_takes_the_force_named_before_the_figure():
    body = "تبدأ روسيا أكبر تدريبات عسكرية في تاريخها، بمشاركة 250 ألف من عديد قواتها المسلحة وبمشاركة عسكريين صينيين."
    assert located(body)[0][:2] == (250000, "RU")


# ------------------------------------------------------------------ the new tables

def _new_table_forms():
    from arabic_news.rules import attack_periods, countries as country_rules, force_ids, forces, weapons

    for row in force_ids.ARMED_GROUPS + force_ids.MISSIONS:
        yield from row.forms + row.members
    for name in ("SENDING_VERBS", "STATE_OWNERS", "RATE_CUES", "RATE_PHRASES", "STRENGTH_NOUNS", "STRENGTH_VERBS",
                 "FORCE_WIDE_CUES", "INCIDENT_VERBS", "FIGHT_CUES", "MULTINATIONAL_NOUNS", "ABOARD_CUES",
                 "SOURCE_CUES", "REMOVAL_VERBS", "PLACE_HEAD_NOUNS", "NISBA_MILITARY_CONTEXT", "POLICE_WORDS",
                 "MILITARY_POLICE"):
        yield from getattr(forces, name)
    for name in ("RANGE_OPENERS", "RANGE_JOINERS", "TALLY_CUES", "EVENT_RELATIVE_CUES", "UNDATED_TIME_WORDS"):
        yield from getattr(attack_periods, name)
    yield from attack_periods.VAGUE_SPAN_COUNTS
    yield from weapons.COUNTER_CUES
    for forms in country_rules.EXTRA_FORMS.values():
        yield from forms
    for _name, _code, forms in country_rules.PLACES:
        yield from forms
    for stems in country_rules.NISBA_STEMS.values():
        yield from stems
    yield from country_rules.AMBIGUOUS_FORMS
    yield from country_rules.MALI_FORMS


def test_every_form_of_the_new_tables_is_written_normalized():
    from arabic_news.normalize import normalize

    assert [f for f in _new_table_forms() if normalize(f) != f] == []


def test_every_force_id_of_the_new_tables_is_a_known_value():
    import re

    from arabic_news.rules import force_ids
    from arabic_news.rules.force_ids import FORCE_ID_PATTERN

    ids = [r.force_id for r in force_ids.ARMED_GROUPS + force_ids.MISSIONS] + list(force_ids.HOST_MISSIONS.values())
    assert [i for i in ids if not re.match(FORCE_ID_PATTERN, i)] == []
    assert {c.code for c in __import__("arabic_news.countries").countries.countries()} >= set(force_ids.COUNTRY_FORCES)


def test_attacks_in_a_stretch_of_time_the_text_does_not_date_get_no_period():
    assert attacks("وفي الأشهر التالية، نفذت الجماعة عدة هجمات على محطات المترو.")[0][2:] == (None, None)


def test_a_definite_count_with_nothing_before_it_gets_no_period():
    assert attacks("ولم تتبن أي جهة الهجمات الثمانية.")[0][2:] == (None, None)
