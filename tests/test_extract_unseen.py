"""Rules read on samples of the shared corpus outside the gold (data/gold/README.md, «Unseen corpus samples»).

Every sentence here is our own, written in news style for the rule it tests; none is copied from an
article of the corpus or the gold. Each rule is a row of a table under `rules/` or a general rule of
`arabic_news.extract`, never a case keyed to an article.
"""

from __future__ import annotations

import pytest

from arabic_news.corpus import article_from_text
from arabic_news.extract import extract_article

META = {"published": "2018-05-20"}


def troops(body: str) -> list[tuple]:
    rows = extract_article(article_from_text("خبر\n\n" + body + "\n", article_id="news/u", metadata=META))
    return [(r["value"], r["force_id"], r["location"], r["kind"]) for r in rows["troop_levels"]]


# ------------------------------------------------------------------ casualties and people, not a force

@pytest.mark.parametrize("body", [
    "وأصدرت الحكومة مرسوما يقضي بعزل أكثر من 4000 من رجال القوات المسلحة.",              # dismissed
    "وقامت القوات الاتحادية بتجريد مئات الضباط من أسلحتهم.",                            # disarmed
    "ووجهت هيئة المحلفين اتهامات إلى 14 من ضباط الجيش الأمريكي بالتخطيط للهجوم.",          # accused
    "وأدين 20 جنديا أمريكيا بالتورط في الانتهاكات.",                                     # convicted
    "وتخسر القوات الحكومية 45 مقاتلا في معارك المدينة.",                                 # lost
    "وأقر الوزير بفقدان مئات المقاتلين في معركة المدينة.",
    "وانشق آلاف الجنود عن الجيش منذ بدء الاحتجاجات.",                                    # defected
    "ورفضت الحكومة مبادلة الأسيرين بعشرين جنديا من الجيش المجاور.",                        # exchanged
])
def test_people_dismissed_disarmed_accused_lost_defected_or_exchanged_are_no_level(body):
    assert troops(body) == []


@pytest.mark.parametrize("body", [
    "وخلفت المعارك أكثر من 900 مسلح قتيلا.",                                             # the accusative
    "وكان 12 جنديا تركيا فروا إلى البلد المجاور بعد محاولة الانقلاب.",                      # fled
    "ولا يزال مصير نحو 5000 جندي أمريكي غير معروف منذ الحرب.",                             # fate unknown
    "وقالت المحكمة إن 25 جنديا أمريكيا كانوا في القاعدة يحق لهم الحصول على تعويضات.",      # owed damages
    "وأضاف أن 12 فردا من قوات الجيش لم يتم العثور عليهم بعد الاشتباك.",                     # not found
])
def test_a_casualty_word_after_the_figure_makes_it_people(body):
    assert troops(body) == []


def test_a_partitive_between_commas_does_not_cut_the_figure_from_its_casualty_verb():
    assert troops("وأعلن الجيش أن 60 مقاتلا من تنظيم داعش، بينهم قادة ميدانيون قتلوا في الغارة.") == []
    assert troops("وأعلن الجيش أن 60 مقاتلا من تنظيم داعش، بينهم قادة ميدانيون، قتلوا في الغارة.") == []
    assert [r[0] for r in troops("وأعلن الجيش أن 60 مقاتلا من تنظيم داعش، بينهم قادة ميدانيون، ينتشرون في المدينة.")] == [60]


@pytest.mark.parametrize("body", [
    "وأسفرت الغارات عن مقتل 30 مقاتلا على الأقل، بينهم 8 من القوات الحكومية، و22 عنصرا من الفصائل الموالية لها.",
    "وقتل منذ بدء المعارك في الخامس من الشهر الماضي 50 عنصرا من القوات الحكومية مقابل 40 مقاتلا من الفصائل.",
    "ونشرت الجريدة الرسمية أسماء 15000 شخص بينهم أكثر من 5000 عنصر من القوات المسلحة.",
])
def test_a_figure_listed_after_a_count_of_people_counts_people(body):
    assert troops(body) == []


@pytest.mark.parametrize("body", [
    "وذكرت وسائل إعلام رسمية أن 60 مسلحا و400 مدني خرجوا من البلدة.",
    "ومن المقرر أن يخرج نحو 2000 مقاتل من الفصيل مع 5 آلاف مدني.",
    "ومن المفترض أن يغادر أكثر من 1000 مسلح، و4000 من عائلاتهم على دفعات.",
])
def test_fighters_counted_with_civilians_are_people_moved(body):
    assert troops(body) == []


def test_a_level_after_a_casualty_count_in_another_clause_is_kept():
    assert troops("وقتل 3 مدنيين في القصف، بينما تنشر القوات الأمريكية 2000 جندي في المنطقة.")[0][:2] == (2000, "US")
    assert [r[0] for r in troops("وتنشر الولايات المتحدة 2000 جندي في سوريا و5000 في العراق.")] == [2000, 5000]


@pytest.mark.parametrize("body", [
    "وقد درب خبراء الحلف حتى الآن 600 مدرب عراقي سيتولون تدريب الجنود.",                  # trained
    "وجندت الميليشيا نحو 40 مسلحا في البلدة.",                                           # recruited
])
def test_people_trained_or_recruited_are_no_level(body):
    assert troops(body) == []


# ------------------------------------------------------------------ numbers that count no troops

@pytest.mark.parametrize("body", [
    "وتشارك 3 عناصر من القوات الخاصة الأمريكية في عملية الإنقاذ.",
    "ويقول ثمانية جنود أمريكيين في القاعدة إنهم بخير.",
])
def test_a_handful_is_no_level_whatever_its_noun(body):
    assert troops(body) == []


def test_a_year_after_a_year_word_is_no_count():
    assert troops("وجاء اللواء إلى الجيش السعودي عام 2010 مدربا للقوات الخاصة.") == []


def test_a_duration_or_a_distance_is_no_elided_troop_figure():
    assert troops("وقررت المحكمة زيادة مدة العقوبة إلى تسعة أعوام بعد إدانته بتهمة استخدام القوة.") == []
    assert troops("ولم تعد القوات تبعد سوى 15 كيلو مترا عن المدينة.") == []


def test_however_is_no_exception():
    rows = troops("وأرسلت القوات 3000 جندي إلى المطار. إلا أن مراسل فرانس 24 نفى ذلك.")
    assert [r[0] for r in rows] == [3000]


# ------------------------------------------------------------------ whose troops

def force_ids(body: str) -> list[str]:
    return [r[1] for r in troops(body)]


def test_the_group_whose_count_it_is_owns_the_figure_not_its_ally():
    body = "وقدرت الأمم المتحدة عدد مقاتلي هيئة تحرير الشام الموالية لتنظيم القاعدة في المحافظة بنحو 9 آلاف مقاتل."
    assert force_ids(body) == ["group:hts"]


def test_the_organization_referred_back_to_is_the_group_named_before():
    body = ("وأعلن تنظيم داعش مسؤوليته عن الهجوم على المدينة. وأشارت مصادر إلى أن الحكومة السورية نقلت المئات من "
            "عناصر التنظيم إلى الصحراء الشرقية في مايو الماضي.")
    assert force_ids(body) == ["group:isis"]


def test_a_group_that_is_fought_owns_no_fighters():
    assert force_ids("وكان للحركة دور في قتال تنظيم داعش وطرده من المدينة. ويقدر عدد مقاتليها بنحو 5 آلاف مقاتل.") \
        == ["group:"]
    body = "وتوقف قتال قوات سوريا الديمقراطية ضد آخر جيب لداعش شرقي البلاد، مع توجه أكثر من 1500 مقاتل إلى الغرب."
    assert force_ids(body) == ["group:sdf"]   # the subject of «قتال … ضد» fights; «ضد آخر جيب لداعش»: fought


def test_a_backer_or_a_dominant_group_is_no_owner():
    body = ("وقالت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة وتهيمن عليها وحدات حماية الشعب إنها ستنشر 1700 "
            "مقاتل في المدينة.")
    assert force_ids(body) == ["group:sdf"]


def test_forces_that_help_are_no_owner_and_troops_no_one_owns_are_the_host_countrys():
    body = ("وجرت الانتخابات في مالي يوم الأحد. وتمت تعبئة 30 ألف جندي لتأمين العملية بمساعدة قوات فرنسية وجنود بعثة "
            "الأمم المتحدة.")
    assert troops(body)[0][1:3] == ("ML", "Mali")


def test_peacekeepers_take_the_mission_named_before():
    body = ("ومدد مجلس الأمن مهمة قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) في الجولان ستة أشهر. وتضم القوة نحو 900 "
            "عنصر من جنود حفظ السلام.")
    assert force_ids(body) == ["UN:UNDOF"]


def test_a_country_that_brought_the_fighters_after_them_owns_them():
    assert force_ids("وفي سوريا 80 ألف مقاتل شيعي، بحسب مصادر غربية، جلبتهم إيران إلى البلاد.") == ["IR"]


def test_a_diplomats_nationality_is_no_owner():
    assert force_ids("وقال السفير السوري في الصين إن عدد المقاتلين الأجانب في إدلب يبلغ نحو 5 آلاف.") == ["group:"]


@pytest.mark.parametrize("name, force_id", [
    ("جيش الإسلام", "group:jaysh_al_islam"), ("حركة أحرار الشام", "group:ahrar_al_sham"),
    ("فيلق الرحمن", "group:faylaq_al_rahman"), ("عصائب أهل الحق", "group:asaib"), ("لواء فاطميون", "group:fatemiyoun"),
])
def test_more_armed_groups_are_named(name, force_id):
    assert force_ids(f"ويبلغ عدد مقاتلي {name} في المنطقة نحو عشرة آلاف مقاتل.") == [force_id]


# ------------------------------------------------------------------ when: current, past, planned

def kinds(body: str) -> list[str]:
    return [r[3] for r in troops(body)]


@pytest.mark.parametrize("body", [
    "ودخل أكثر من 100 جندي فرنسي إلى شمال سوريا.",
    "وتدفق آلاف المقاتلين الأجانب إلى سوريا بعد اندلاع الحرب.",
    "وشارك 3000 جندي أمريكي في مناورات في بولندا.",
])
def test_an_arrival_or_a_part_taken_is_past(body):
    assert kinds(body) == ["past"]


def test_there_since_a_date_is_there_now():
    assert kinds("وللولايات المتحدة 28500 جندي في كوريا الجنوبية منذ الحرب الكورية بين عامي 1950 و1953.") == ["current"]
    assert kinds("وتنتشر القوات الأمريكية في العراق منذ عام 2014 ويبلغ عددها 5000 جندي.") == ["current"]
    assert kinds("وكان عدد القوات الأمريكية في العراق منذ عام 2014 يبلغ 5000 جندي.") == ["past"]
    # «منذ» in another clause than the figure says nothing of it
    assert kinds("ولدى الدنمارك قوات خاصة في العراق منذ أغسطس 2016، عندما وافق البرلمان على إرسال 60 جنديا.") == ["past"]


def test_the_first_figure_of_a_change_said_to_hold_now_is_current():
    body = "وتقضي الخطة بخفض عديد قوات حفظ السلام من 8000 حاليا إلى 4000 بحلول يونيو 2019."
    assert kinds(body) == ["current", "planned"]
    assert kinds("وتقضي الخطة بخفض عديد قوات حفظ السلام من 8000 إلى 4000 بحلول يونيو 2019.") == ["past", "planned"]


# ------------------------------------------------------------------ where

def locations(body: str) -> list:
    return [r[2] for r in troops(body)]


def test_the_place_of_a_speaker_is_not_where_the_troops_are():
    body = "وقال مسؤول عسكري في واشنطن إن القوات الأمريكية البالغ عددها 2000 جندي ستبقى حتى هزيمة التنظيم."
    assert locations(body) == [None]


@pytest.mark.parametrize("body, place", [
    ("ونشرت الولايات المتحدة 4000 جندي من الحرس الوطني على الحدود مع المكسيك.", "United States"),
    ("وأرسل الرئيس الأمريكي أوباما 1200 جندي إلى المناطق الحدودية.", "United States"),
    ("وتنشر تركيا 1000 جندي على الحدود السورية.", "Turkey"),
])
def test_a_states_troops_at_a_border_stand_on_its_own_side(body, place):
    assert locations(body) == [place]


def test_a_us_state_and_the_gulf_are_places():
    assert locations("ووافقت ولاية كاليفورنيا على نشر 400 جندي من الحرس الوطني الأمريكي في الولاية.") == ["United States"]
    assert locations("ويوجد نحو 40 ألف جندي أمريكي في منطقة الخليج.") == ["Persian Gulf"]


def test_the_country_that_sends_or_takes_part_is_not_the_place():
    assert locations("وأرسلت فرنسا 1000 جندي لدعم القوات المحلية.") == [None]
    assert locations("ونشرت روسيا 300 ألف جندي في مناورات ضخمة تشارك فيها الصين.") == ["Russia"]



def test_officers_counted_with_posts_are_vacancies():
    assert troops("وقال المفتش إن 21 ألفا من الضباط والوظائف الصغيرة في القوات المسلحة لم يتم شغلها.") == []


def test_an_exercise_sentence_naming_only_a_nationality_takes_the_exercises_place():
    body = ("وكشف مسؤولون أن إيران تعد لإجراء مناورات عسكرية كبرى في الخليج العربي. وقالت المصادر الأميركية إن الحرس "
            "الثوري يجهز أكثر من 100 سفينة لهذه التدريبات التي يشارك فيها المئات من أفراد القوات البرية الإيرانية.")
    assert locations(body) == ["Persian Gulf"]


@pytest.mark.parametrize("body", [
    "وما زال مصير الآلاف من الجنود الأمريكيين الذين شاركوا في الحرب غير معلوم.",
    "ولا يزال 7700 جندي أمريكي شاركوا في الحرب في عداد المفقودين.",
    "وتنظم الحكومة اجتماعات بين عشرات المسلحين المدانين وناجين من الهجمات.",
    "وأكد المراسل أن مئات المقاتلين وبعض أفراد عائلاتهم استقلوا الحافلات إلى الشمال.",
    "وأمر الحاكم قوات الحرس الوطني الأمريكي بمؤازرة 3400 عنصر إطفاء في الولاية.",
])
def test_missing_convicted_moved_with_families_or_firefighters_are_no_level(body):
    assert troops(body) == []


def test_a_number_referred_to_by_a_pronoun_but_followed_by_another_noun_counts_that_noun():
    body = ("وانتشر نحو 300 ألف جندي عند مراكز الاقتراع. ولن يحصل الحزب على أغلبية المقاعد المنتخبة في البرلمان "
            "وعددها 272 مقعدا.")
    assert [r[0] for r in troops(body)] == [300000]


# ------------------------------------------------------------------ after the measurement (data/gold/README.md)

@pytest.mark.parametrize("body", [
    "وأعلن الجيش أن أكثر من 80 عنصرا من الميليشيات المتمردة، لقوا مصرعهم في المعارك.",   # the verb after a comma
    "وقتلت قوات الأمن قبل أسبوعين، 15 مسلحا من الجماعة في المدينة.",                     # the verb before it
    "ومن بين المعتقلين، حوالي 6000 عسكري من الجيش التركي.",
    "وأمر زعيم التنظيم بإعدام 300 مسلح من أتباعه.",                                        # executed
    "ونجحت فرق الجيش في إنقاذ 30 جنديا أمريكيا من المبنى المنهار.",                          # rescued
])
def test_a_comma_between_a_casualty_word_and_the_figure_or_an_execution_or_a_rescue_is_no_level(body):
    assert troops(body) == []


def test_a_day_set_off_by_commas_still_keeps_the_verb_before_it():
    assert troops("وقتل، الأربعاء، 16 عنصرا من الميليشيات في المعارك.") == []
