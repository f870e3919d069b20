"""Mentions: gazetteer entities found and counted in text (arabic_news.mentions)."""

from __future__ import annotations

import pytest

from arabic_news.mentions import (
    EntityMatch,
    Mention,
    PhraseMatcher,
    count_mentions,
    demonym,
    find_entities,
    place_country,
)


def keys(text: str) -> list[str]:
    return [m.key for m in find_entities(text)]


@pytest.mark.parametrize("text, expected", [
    ("وصل الوفد إلى بغداد", ["baghdad"]),
    ("عاد الوزير إلى العراق", ["iraq"]),
    ("قدم الدعم للعراق وبالعراق وفي العراق", ["iraq", "iraq", "iraq"]),
    ("القوات الأمريكية والقوات الأميركية", ["us", "us"]),
    ("قال ترامب وقال ترمب", ["donald_trump", "donald_trump"]),
    ("نقلت بوليتيكو ثم نقلت بوليتكو", ["politico", "politico"]),
    ("اجتمع الكاظمي بالرئيس جو بايدن في البيت الأبيض", ["mustafa_al_kadhimi", "joe_biden", "white_house"]),
    ("قصفت قاعدة عين الأسد في الأنبار", ["ain_al_asad", "anbar"]),
    ("يتبع تنظيم الدولة الإسلامية وداعش", ["isis", "isis"]),
    ("فصائل الحشد الشعبي وكتائب حزب الله", ["pmf", "kataib_hezbollah"]),
    ("وفقا لصحيفة واشنطن بوست", ["washington_post"]),
    ("عاد إلى واشنطن", ["washington"]),
    ("ذكرت وكالة رويترز وفرانس برس", ["reuters", "afp"]),
    ("أفادت شبكة CNN", ["cnn"]),
    ("حلف شمال الأطلسي (ناتو)", ["nato"]),
    ("في إقليم كوردستان وأربيل", ["kurdistan", "erbil"]),
    ("ينتشر الجنود في كوريا الجنوبية قرب حدود كوريا الشمالية", ["south_korea", "north_korea"]),
    ("في المنامة عاصمة البحرين وفي الدوحة", ["manama", "bahrain", "doha"]),
    ("يقود الأسطول عملياته في البحر المتوسط من نابولي", ["mediterranean", "naples"]),
    ("قاعدة إنجرليك في تركيا", ["incirlik", "turkey"]),
    ("قوات فرنسية في دولة مالي وفي ليبيا وجيبوتي", ["france", "mali", "libya", "djibouti"]),
    ("مناورات في شبه الجزيرة الكورية ومياه الخليج وفي اليابان وإيطاليا",
     ["korean_peninsula", "gulf", "japan", "italy"]),
])
def test_find_entities(text, expected):
    assert keys(text) == expected


def test_spans_point_into_the_raw_text_with_clitics_and_diacritics():
    text = "وَلِلعِراقِ حَقٌّ، قالَ الكاظِمِيّ"
    matches = find_entities(text)
    assert [text[m.start:m.end] for m in matches] == ["وَلِلعِراقِ", "الكاظِمِيّ"]
    assert all(isinstance(m, EntityMatch) for m in matches)


@pytest.mark.parametrize("text", [
    "فوات الأوان",            # وات (TAP) under ف
    "قال بروس إنه متعب",       # روس under ب
    "الوضع القائم مستمر",      # القائم (the existing), not the town
    "اللغة العربية جميلة",      # العربية (Arabic), not Al Arabiya
    "شبه الجزيرة العربية",      # الجزيرة (peninsula), not Al Jazeera
    "حشد الجيش قواته",          # حشد (build-up), not the PMF
    "الوضع المالي صعب",          # مالي (financial), not Mali
])
def test_ambiguous_words_are_not_mentions(text):
    assert find_entities(text) == []


def test_longest_form_wins_and_matches_do_not_overlap():
    text = "صحيفة واشنطن بوست والولايات المتحدة الأمريكية"
    matches = find_entities(text)
    assert [m.key for m in matches] == ["washington_post", "us"]
    assert text[matches[1].start:matches[1].end] == "والولايات المتحدة الأمريكية"


def test_count_mentions_sorts_by_count_then_english_name():
    text = "بغداد وأربيل وبغداد. العراق. قال بايدن وبايدن"
    rows = count_mentions(text)
    assert [(m.entity_en, m.count) for m in rows] == [
        ("Baghdad", 2), ("Joe Biden", 2), ("Erbil", 1), ("Iraq", 1)]
    assert rows[0] == Mention("بغداد", "Baghdad", "place", 2, "baghdad")


def test_no_entity_no_mentions():
    assert count_mentions("") == []
    assert count_mentions("نص لا يذكر أحدا") == []


def test_place_country_and_demonym():
    assert place_country("erbil") == "iraq"
    assert place_country("ain_al_asad") == "iraq"
    assert place_country("kabul") == "afghanistan"
    assert place_country("kuwait") == "kuwait"
    assert place_country("middle_east") is None
    assert place_country("pentagon") is None
    assert place_country("no_such_key") is None
    assert demonym("us") == "US" and demonym("iraq") == "Iraqi" and demonym("erbil") is None


def test_phrase_matcher_on_its_own_table():
    matcher = PhraseMatcher([("وزير الدفاع", "minister"), ("وزير", "x")])
    text = "وقال وزير الدفاع ثم الوزير"
    assert [(text[s:e], v) for s, e, v in matcher.find(text)] == [("وزير الدفاع", "minister"), ("الوزير", "x")]


def test_seed_mentions_round_trip_and_find_the_main_actors(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        matches = find_entities(text)
        for a, b in zip(matches, matches[1:]):
            assert a.end <= b.start
        assert "iraq" in {m.key for m in matches}, path.name
        assert "us" in {m.key for m in matches}, path.name
