"""The boilerplate table: each row catches its chrome and never a body sentence."""

from __future__ import annotations

import re

import pytest

from arabic_news.corpus import parse_layout
from arabic_news.normalize import normalize
from arabic_news.rules.boilerplate import BOILERPLATE_RULES

# (a line as a site prints it, the rule that must set it aside) — written for these tests.
CHROME_LINES = [
    ("شارك الخبر", "share_button"),
    ("شارك المقال على فيسبوك", "share_button"),
    ("Share this article", "share_button"),
    ("Facebook | Twitter | WhatsApp", "social_buttons"),
    ("فيسبوك تويتر واتساب", "social_buttons"),
    ("تابعونا على تويتر", "follow_us"),
    ("Follow us on Telegram", "follow_us"),
    ("Read Previous", "read_previous_next"),
    ("Read Next", "read_previous_next"),
    ("المقال التالي", "read_previous_next"),
    ("اقرأ أيضاً:", "read_also_list"),
    ("إقرأ أيضا", "read_also_list"),
    ("مواضيع ذات صلة", "read_also_list"),
    ("اقرأ أيضاً: الجيش ينشر وحدات جديدة على الحدود", "read_also_link"),
    ("للمزيد: ما الذي تغير في خطة الانسحاب؟", "read_also_link"),
    ("شاهد.. لحظة وصول القافلة إلى المعسكر", "read_also_link"),
    ("لمتابعة التغطية المباشرة اضغط هنا", "click_here"),
    ("Click here to watch", "click_here"),
    ("Leave a Reply", "comment_form"),
    ("لن يتم نشر عنوان بريدك الإلكتروني.", "comment_form"),
    ("الحقول الإلزامية مشار إليها بـ *", "comment_form"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("أضف تعليقاً", "comment_form"),
    ("We use cookies to improve your experience. Accept", "cookie_notice"),
    ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "cookie_notice"),
    ("باستمرارك في تصفح هذا الموقع فإنك توافق على شروطه.", "cookie_notice"),
    ("Read our Privacy Policy", "privacy_notice"),
    ("سياسة الخصوصية", "privacy_notice"),
    ("سياسة الخصوصية | شروط الاستخدام", "privacy_notice"),
    ("تنويه: الآراء الواردة لا تعبر عن الموقع", "disclaimer"),
    ("** كل الآراء المنشورة تعبر عن رأي أصحابها.", "disclaimer"),
    ("© 2021 جميع الحقوق محفوظة", "copyright"),
    ("جميع حقوق النشر محفوظة للصحيفة", "copyright"),
    ("Copyright 2020 Example Media", "copyright"),
    ("الصورة أرشيفية", "photo_note"),
    ("ملاحظة: الصورة توضيحية", "photo_note"),
    ("فرانس 24 / أ ف ب", "agency_credit"),
    ("-رويترز-", "agency_credit"),
    ("المصدر: وكالة الأناضول", "agency_credit"),
    ("Close", "close_button"),
    ("إغلاق", "close_button"),
    ("-----------", "lone_punctuation"),
    (",", "lone_punctuation"),
    ("* * *", "lone_punctuation"),
]

# Body sentences near the chrome's words: none may be set aside.
BODY_LINES = [
    "وشارك في الاجتماع وزراء الدفاع والخارجية من البلدين.",
    "شارك أكثر من 300 جندي في المناورات التي جرت قرب الحدود.",
    "تابعنا الموقف عن كثب منذ بداية الأزمة، كما قال الوزير للصحفيين.",
    "شاهد الآلاف العرض العسكري في ساحة التحرير يوم الجمعة.",
    "للمزيد من المعلومات عن الخطة، أحال المتحدث الصحفيين إلى بيان الوزارة.",
    "وأقر الاتحاد الأوروبي قواعد جديدة لملفات تعريف الارتباط تلزم المواقع بطلب الموافقة.",
    "وغيرت الشركة سياسة الخصوصية الخاصة بها بعد انتقادات واسعة من المستخدمين.",
    "ونقلت رويترز عن مسؤول أمريكي أن 2500 جندي سيبقون في العراق.",
    "وقالت وكالة فرانس برس إن الهجوم وقع قرب القاعدة الجوية.",
    "وأضاف أن التعليق على الخطة سابق لأوانه.",
    "الصورة التي نشرتها الوزارة أظهرت آليات عسكرية تغادر المعسكر.",
    "وقال إن جميع حقوق الجنود محفوظة بموجب الاتفاقية الأمنية.",
    "The next round of talks will be held in Washington.",
]


def _match(line: str):
    key = " ".join(normalize(line).split())
    for rule in BOILERPLATE_RULES:
        if re.fullmatch(rule.pattern, key, re.IGNORECASE):
            return rule.id
    return None


def test_rule_ids_are_unique_snake_case():
    ids = [rule.id for rule in BOILERPLATE_RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z_]*", i) for i in ids)


def test_patterns_are_written_as_normalize_outputs_them():
    for rule in BOILERPLATE_RULES:
        assert normalize(rule.pattern) == rule.pattern, rule.id


def test_every_rule_has_a_note_and_compiles():
    for rule in BOILERPLATE_RULES:
        assert rule.note, rule.id
        re.compile(rule.pattern)
        assert rule.takes_next >= 0


@pytest.mark.parametrize("line, rule_id", CHROME_LINES)
def test_chrome_line_is_caught_by_its_rule(line, rule_id):
    assert _match(line) == rule_id


def test_every_rule_fires_on_at_least_one_example():
    assert {rule.id for rule in BOILERPLATE_RULES} == {rule_id for _, rule_id in CHROME_LINES}


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_sentence_is_never_chrome(line):
    assert _match(line) is None


def test_read_next_takes_its_linked_headline_but_not_a_body_sentence():
    text = ("الجيش يستعد للانسحاب\n\nقال الوزير إن القوات ستغادر.\n\n"
            "Read Next\n\nعنوان مقال آخر عن الانسحاب\n\nوقال مسؤول آخر إن الموعد لم يحدد بعد.\n")
    layout = parse_layout(text)
    assert [(s.label, text[s.start:s.end]) for s in layout.boilerplate] == [
        ("read_previous_next", "Read Next"),
        ("read_previous_next", "عنوان مقال آخر عن الانسحاب"),
    ]
    assert text[layout.paragraphs[-1].start:layout.paragraphs[-1].end] == "وقال مسؤول آخر إن الموعد لم يحدد بعد."


def test_read_also_list_takes_at_most_its_headlines_then_body_resumes():
    headlines = ["عنوان أول عن القاعدة", "عنوان ثان عن الحدود", "عنوان ثالث عن البرلمان", "عنوان رابع"]
    text = ("خبر عن القوات\n\nفقرة أولى من الخبر.\nاقرأ أيضاً:\n" + "\n".join(headlines)
            + "\nوتابع المتحدث أن المحادثات مستمرة.\n")
    layout = parse_layout(text)
    set_aside = [text[s.start:s.end] for s in layout.boilerplate]
    assert set_aside == ["اقرأ أيضاً:"] + headlines[:3]
    assert "وتابع المتحدث أن المحادثات مستمرة." in [text[s.start:s.end] for s in layout.paragraphs]


def test_read_also_list_stops_at_a_sentence():
    text = "عنوان\n\nفقرة أولى.\nاقرأ أيضاً:\nقال الوزير إن الخطة جاهزة.\n"
    layout = parse_layout(text)
    assert [text[s.start:s.end] for s in layout.boilerplate] == ["اقرأ أيضاً:"]


def test_a_headline_that_starts_like_a_link_caption_stays_the_title():
    text = "شاهد.. لحظة وصول القافلة إلى المعسكر\n\nوصلت القافلة صباح الأحد إلى المعسكر.\n"
    layout = parse_layout(text)
    assert text[layout.title.start:layout.title.end] == "شاهد.. لحظة وصول القافلة إلى المعسكر"
    assert layout.boilerplate == ()
