"""Sentence splitting: one documented rule (arabic_news.sentences), on sentences we wrote."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_news.errors import ParameterError
from arabic_news.sentences import Sentence, sentence_at, split_sentences


def texts(text: str, blocks=None) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, blocks)]


@pytest.mark.parametrize("text, expected", [
    ("وصل الوفد. بدأت المحادثات.", ["وصل الوفد.", "بدأت المحادثات."]),
    ("هل تنسحب القوات؟ لا أحد يعرف!", ["هل تنسحب القوات؟", "لا أحد يعرف!"]),
    ("هل تنسحب القوات? ربما", ["هل تنسحب القوات?", "ربما"]),
    ("انتظر الجميع… ثم جاء الإعلان", ["انتظر الجميع…", "ثم جاء الإعلان"]),
    ("لبنان.. انتخابات جديدة", ["لبنان..", "انتخابات جديدة"]),
    ("ماذا حدث؟! لا شيء", ["ماذا حدث؟!", "لا شيء"]),
])
def test_terminators_end_a_sentence(text, expected):
    assert texts(text) == expected


def test_a_line_break_always_ends_a_sentence():
    assert texts("العنوان بلا نقطة\nالفقرة الأولى") == ["العنوان بلا نقطة", "الفقرة الأولى"]


def test_a_dot_with_no_space_before_an_arabic_word_still_ends_the_sentence():
    assert texts("انتهى الاجتماع.وبدأ المؤتمر") == ["انتهى الاجتماع.", "وبدأ المؤتمر"]


@pytest.mark.parametrize("text", [
    "بلغ العدد 2.5 ألف جندي في القاعدة",
    "بلغ العدد ٢.٥ ألف جندي في القاعدة",
    "يوجد 2. 500 جندي في القاعدة",
    "وصل د. أحمد إلى بغداد اليوم",
    "قالت وكالة أ.ف.ب إن الهجوم وقع ليلا",
    "The U.S. forces stayed",
    "Gen. Votel visited",
    "نشر موقع العربية.نت التقرير",
    "visit alarabiya.net today",
])
def test_dots_that_are_not_sentence_ends(text):
    assert texts(text) == [text]


def test_an_era_mark_after_a_year_ends_the_sentence():
    assert texts("سقطت بغداد عام 2003 م. وتغير كل شيء") == ["سقطت بغداد عام 2003 م.", "وتغير كل شيء"]


def test_a_year_then_a_new_sentence_is_still_split():
    assert texts("انسحبت القوات عام 2011. ثم عادت") == ["انسحبت القوات عام 2011.", "ثم عادت"]


def test_a_list_number_is_not_a_sentence():
    assert texts("1. الانسحاب من القواعد") == ["1. الانسحاب من القواعد"]


def test_terminators_inside_a_quotation_do_not_split_it():
    text = "وقال الوزير: «لن ننسحب. سنبقى هنا.» ثم غادر القاعة."
    assert texts(text) == ["وقال الوزير: «لن ننسحب. سنبقى هنا.»", "ثم غادر القاعة."]


def test_curly_quotes_either_way_round_are_a_quotation():
    text = "وقال المسؤول “الوضع صعب. لكننا مستعدون“. وانتهى المؤتمر."
    assert texts(text) == ["وقال المسؤول “الوضع صعب. لكننا مستعدون“.", "وانتهى المؤتمر."]


def test_a_quotation_ending_in_a_terminator_ends_the_sentence_after_the_mark():
    text = "قال النائب \"لن نقبل بذلك.\" وأضاف أن الحوار مستمر."
    assert texts(text) == ["قال النائب \"لن نقبل بذلك.\"", "وأضاف أن الحوار مستمر."]


def test_an_unbalanced_quote_does_not_swallow_the_paragraph():
    text = "وقالت إنها “قلقة جدا. الوضع يتدهور. ونحن ننتظر"
    assert texts(text) == ["وقالت إنها “قلقة جدا.", "الوضع يتدهور.", "ونحن ننتظر"]


def test_closing_marks_stay_with_their_sentence():
    assert texts("قال (وهو يبتسم.) ثم مضى") == ["قال (وهو يبتسم.)", "ثم مضى"]


def test_whitespace_is_stripped_and_empty_pieces_dropped():
    text = "  الجملة الأولى.   \n , \n\n الثانية  "
    sentences = split_sentences(text)
    assert texts(text) == ["الجملة الأولى.", "الثانية"]
    assert [s.index for s in sentences] == [0, 1]


def test_sentences_never_cross_blocks_and_are_numbered_across_them():
    text = "عنوان الخبر قال مسؤول إن القوات باقية. وأضاف"
    blocks = [(0, 11), (12, len(text))]
    result = split_sentences(text, blocks)
    assert [text[s.start:s.end] for s in result] == ["عنوان الخبر", "قال مسؤول إن القوات باقية.", "وأضاف"]
    assert [s.index for s in result] == [0, 1, 2]
    assert all(isinstance(s, Sentence) for s in result)


def test_a_block_outside_the_text_is_refused():
    with pytest.raises(ParameterError, match="blocks"):
        split_sentences("نص قصير", [(0, 100)])


def test_empty_text_has_no_sentences():
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def test_sentence_at_finds_the_holding_sentence():
    text = "الأولى هنا. الثانية هناك."
    sentences = split_sentences(text)
    assert sentence_at(sentences, 0).index == 0
    assert sentence_at(sentences, text.index("هناك")).index == 1
    assert sentence_at(sentences, text.index(" الثانية")) is None
    assert sentence_at(sentences, len(text) + 5) is None
    assert sentence_at([], 0) is None


def test_seed_sentences_are_substrings_in_order(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        assert sentences, path.name
        for a, b in zip(sentences, sentences[1:]):
            assert a.end <= b.start
        for s in sentences:
            piece = text[s.start:s.end]
            assert piece == piece.strip() and piece


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="اب ت.؟!\n«»“”\"2٣م", max_size=120))
def test_spans_are_ordered_stripped_and_inside_the_text(text):
    sentences = split_sentences(text)
    previous_end = 0
    for k, s in enumerate(sentences):
        assert s.index == k
        assert previous_end <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == text[s.start:s.end].strip()
        previous_end = s.end
