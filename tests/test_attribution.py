"""Attribution: who is said to state a figure (arabic_news.attribution), on sentences we wrote."""

from __future__ import annotations

import pytest

from arabic_news.attribution import Attribution, attribute, find_attributions, speaker_english
from arabic_news.normalize import normalize
from arabic_news.rules.attribution_cues import CUE_KINDS, CUES, SLOTS, SPEAKER_STOPS, SPEAKER_WORDS


def only(text: str) -> Attribution:
    found = find_attributions(text)
    assert len(found) == 1, found
    return found[0]


# ── verbs: the speaker follows the verb ──────────────────────────────────────
@pytest.mark.parametrize("text, speaker, speaker_en, cue", [
    ("قال مسؤول أمريكي إن ثلاثة آلاف جندي سيبقون", "مسؤول أمريكي", "US official", "قال"),
    ("وقالت مصادر عراقية إن الهجوم وقع فجرا", "مصادر عراقية", "Iraqi sources", "وقالت"),
    ("وأكد وزير الدفاع الأمريكي أن الانسحاب لن يتم", "وزير الدفاع الأمريكي", "US defense secretary", "وأكد"),
    ("وأوضح مسؤولون عراقيون أن المحادثات مستمرة", "مسؤولون عراقيون", "Iraqi officials", "وأوضح"),
    ("وأشار المتحدث باسم الحكومة العراقية إلى أن القرار نهائي",
     "المتحدث باسم الحكومة العراقية", "Iraqi government spokesman", "وأشار"),
    ("أضاف مصدر أمني أن القاعدة تعرضت لقصف", "مصدر أمني", "security source", "أضاف"),
    ("وصرح مسؤول عسكري كويتي بأن التدريبات انتهت", "مسؤول عسكري كويتي", "Kuwaiti military official", "وصرح"),
    ("وذكرت وكالة رويترز أن الطائرات أقلعت", "وكالة رويترز", "Reuters", "وذكرت"),
    ("أعلن البنتاغون أن عدد القوات سينخفض", "البنتاغون", "Pentagon", "أعلن"),
    ("وكشف دبلوماسي غربي أن الاتفاق قريب", "دبلوماسي غربي", "diplomat", "وكشف"),
    ("يقول خبراء إن التهديد يتزايد", "خبراء", "experts", "يقول"),
    ("وأفادت مصادر مطلعة بأن الوفد وصل", "مصادر مطلعة", "informed sources", "وأفادت"),
    ("ونفت وزارة الخارجية الإيرانية أن تكون طهران متورطة",
     "وزارة الخارجية الإيرانية", "Iranian foreign ministry", "ونفت"),
])
def test_a_verb_takes_the_subject_after_it(text, speaker, speaker_en, cue):
    a = only(text)
    assert (a.speaker, a.speaker_en, a.cue) == (speaker, speaker_en, cue)
    assert text[a.start:a.end] == a.speaker
    assert text[a.cue_start:a.cue_end] == a.cue


def test_the_speaker_stops_before_a_statement_phrase_and_a_day():
    text = "وقال المتحدث باسم البنتاغون جون كيربي في مؤتمر صحفي يوم الخميس إن 2500 جندي باقون"
    a = only(text)
    assert a.speaker == "المتحدث باسم البنتاغون جون كيربي"
    assert a.speaker_en == "Pentagon spokesman John Kirby"


def test_the_speaker_stops_before_the_outlet_spoken_to():
    text = "وقال مسؤول رفيع في الحكومة العراقية لصحيفة الشرق الأوسط إن الجولة الأخيرة انتهت"
    a = only(text)
    assert a.speaker == "مسؤول رفيع في الحكومة العراقية"
    assert a.speaker_en == "senior Iraqi government official"


def test_a_person_named_alone_is_the_speaker():
    a = only("وقال أوستن إن القوات ستبقى")
    assert (a.speaker, a.speaker_en) == ("أوستن", "Lloyd Austin")


def test_an_unknown_name_counts_when_the_reported_clause_follows():
    a = only("وقال جون سميث إن الوضع مستقر")
    assert a.speaker == "جون سميث" and a.speaker_en == ""


def test_a_verb_used_as_a_noun_is_not_a_cue():
    assert find_attributions("طلب عدم ذكر اسمه لأسباب أمنية") == []


def test_a_subject_written_before_the_verb():
    text = "والمتحدثة باسم الخارجية الأمريكية قالت إن الحوار مستمر"
    a = only(text)
    assert a.speaker == "المتحدثة باسم الخارجية الأمريكية"
    assert a.speaker_en == "State Department spokeswoman"
    assert a.rule == "verb_subject_before"


def test_a_verb_with_no_named_subject_repeats_the_speaker_before_it():
    text = "قال مسؤول عراقي إن الجولة انتهت، وأضاف أن 500 جندي سيغادرون"
    found = find_attributions(text)
    assert [a.rule for a in found] == ["verb", "elided_speaker"]
    assert found[1].speaker == "مسؤول عراقي" and found[1].cue == "وأضاف"


def test_a_participle_repeats_the_speaker():
    text = "وأكد الوزير أن الحوار مستمر، مشيرا إلى أن 2000 جندي سيبقون"
    a = attribute(text, text.index("2000"))
    assert a.speaker == "الوزير" and a.cue == "مشيرا" and a.rule == "elided_speaker"


# ── "according to": the speaker follows the preposition ──────────────────────
@pytest.mark.parametrize("text, speaker, speaker_en, cue", [
    ("ويوجد 2500 جندي أمريكي في العراق، وفقا لمسؤول أمريكي", "مسؤول أمريكي", "US official", "وفقا ل"),
    ("يوجد 2500 جندي، وفقاً لـ مصادر عسكرية", "مصادر عسكرية", "military sources", "وفقاً لـ"),
    ("وبحسب المصادر، فإن القوات ستنسحب", "المصادر", "sources", "وبحسب"),
    ("بحسب وكالة الأنباء العراقية، سقطت ثلاثة صواريخ", "وكالة الأنباء العراقية", "Iraqi News Agency", "بحسب"),
    ("وقعت الهجمات حسب مصادر أمنية عراقية", "مصادر أمنية عراقية", "Iraqi security sources", "حسب"),
    ("طبقا لبيان الجيش العراقي، انتهت العملية", "بيان الجيش العراقي", "Iraqi army statement", "طبقا ل"),
    ("على لسان مسؤول كبير في البيت الأبيض جاء الإعلان", "مسؤول كبير في البيت الأبيض",
     "senior White House official", "على لسان"),
    ("استنادا إلى تقرير للأمم المتحدة، بلغ العدد 300", "تقرير للأمم المتحدة", "United Nations report",
     "استنادا إلى"),
    ("نقلا عن مصادر دبلوماسية، فإن الاتفاق قريب", "مصادر دبلوماسية", "diplomatic sources", "نقلا عن"),
])
def test_according_to_takes_the_speaker_after_it(text, speaker, speaker_en, cue):
    a = only(text)
    assert (a.speaker, a.speaker_en, a.cue) == (speaker, speaker_en, cue)
    assert text[a.start:a.end] == a.speaker
    assert a.rule == "prep"


def test_according_to_stops_at_a_conjunction_that_is_not_a_name():
    text = "انتهت المهمة، وفقا لمسؤول أمريكي واثنين من المطلعين"
    assert only(text).speaker == "مسؤول أمريكي"


def test_a_conjunction_joining_nationalities_stays_in_the_speaker():
    text = "وفقا لمسؤولين أمريكيين وعراقيين فإن الاتفاق قريب"
    a = only(text)
    assert a.speaker == "مسؤولين أمريكيين وعراقيين"
    assert a.speaker_en == "US and Iraqi officials"


def test_according_to_what_a_person_said():
    text = "بدأت المحادثات، بحسب ما قال المتحدث باسم البنتاغون في بيان"
    a = only(text)
    assert a.speaker == "المتحدث باسم البنتاغون" and a.cue == "بحسب ما"


def test_according_to_the_plan_is_not_an_attribution():
    assert find_attributions("وسيتم الانسحاب حسب الخطة الموضوعة") == []


# ── relays: an outlet citing its source ──────────────────────────────────────
@pytest.mark.parametrize("text, speaker, speaker_en", [
    ("ونقلت صحيفة نيويورك تايمز عن مسؤولين عراقيين أن 3000 جندي سيغادرون",
     "صحيفة نيويورك تايمز عن مسؤولين عراقيين", "New York Times, citing Iraqi officials"),
    ("نقلت وكالة «رويترز» عن مصدر أمني أن الصواريخ سقطت",
     "وكالة «رويترز» عن مصدر أمني", "Reuters, citing security source"),
    ("ونقل موقع أكسيوس عن مسؤول أمريكي كبير قوله إن القرار اتخذ",
     "موقع أكسيوس عن مسؤول أمريكي كبير", "Axios, citing senior US official"),
    ("ونقلت قناة الحرة عن شهود عيان أن الانفجار كان قويا",
     "قناة الحرة عن شهود عيان", "Alhurra, citing eyewitnesses"),
])
def test_a_relay_names_the_outlet_and_its_source(text, speaker, speaker_en):
    a = only(text)
    assert (a.speaker, a.speaker_en, a.rule) == (speaker, speaker_en, "relay")
    assert text[a.start:a.end] == speaker


def test_a_relay_with_the_outlet_left_out():
    a = only("ونقلت عن مصادر مطلعة أن الوفد وصل")
    assert a.speaker == "مصادر مطلعة" and a.rule == "relay"


def test_a_verb_then_citing_is_a_relay():
    text = "وذكرت وكالة الأنباء العراقية نقلا عن مصدر أمني أن صاروخين سقطا"
    a = only(text)
    assert a.speaker == "وكالة الأنباء العراقية نقلا عن مصدر أمني"
    assert a.speaker_en == "Iraqi News Agency, citing security source"


def test_moving_troops_is_not_a_relay():
    assert find_attributions("نقل الجيش المعدات إلى القاعدة") == []


# ── attribute(): which cue governs a figure ──────────────────────────────────
def test_the_article_s_own_voice_has_no_attribution():
    text = "ويوجد نحو 2500 عسكري أميركي في العراق ضمن التحالف الدولي"
    assert attribute(text, text.index("2500")) is None


def test_the_nearest_cue_before_the_figure_governs():
    text = "قال مسؤول عراقي إن الحوار مستمر، وأكد مصدر أمريكي أن 2500 جندي باقون"
    a = attribute(text, text.index("2500"))
    assert a.speaker == "مصدر أمريكي"


def test_a_trailing_according_to_governs_a_figure_before_it():
    text = "هناك ما يقرب من 2500 جندي أمريكي في العراق اليوم، بحسب مسؤولين في البنتاغون"
    assert attribute(text, text.index("2500")).speaker == "مسؤولين في البنتاغون"


def test_a_trailing_verb_governs_only_when_its_speaker_ends_the_clause():
    text = "سيبقى 2500 جندي في العراق، قال مسؤول أمريكي."
    assert attribute(text, text.index("2500")).speaker == "مسؤول أمريكي"
    text = "يوجد 2500 جندي في العراق، وقال مسؤول أمريكي إن الانسحاب غير مطروح"
    assert attribute(text, text.index("2500")) is None


def test_an_unnamed_speaker_takes_the_previous_sentence_s_speaker():
    previous = only("قال المتحدث باسم البنتاغون إن الوفد وصل")
    text = "وأضاف أن 900 جندي سيغادرون"
    a = attribute(text, text.index("900"), previous=previous)
    assert a.speaker == "المتحدث باسم البنتاغون" and a.rule == "previous_speaker"
    assert (a.start, a.end) == (a.cue_end, a.cue_end)
    assert attribute(text, text.index("900")) is None


def test_spans_map_back_through_diacritics_and_tatweel():
    text = "وقالَ مسـؤولٌ أمريكيّ إنّ ٢٥٠٠ جنديّ باقون"
    a = only(text)
    assert a.speaker == "مسـؤولٌ أمريكيّ" and text[a.start:a.end] == a.speaker
    assert a.speaker_en == "US official"


def test_find_attributions_is_deterministic():
    text = "ونقلت صحيفة وول ستريت جورنال عن مسؤولين أن القوات ستبقى، بحسب ما ذكرته الصحيفة"
    assert find_attributions(text) == find_attributions(text)


def test_no_cue_no_attribution():
    assert find_attributions("") == []
    assert find_attributions("القوات الأمريكية في العراق") == []


# ── English names ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("phrase, english", [
    ("مسؤول امريكي", "US official"),
    ("مصدر", "source"),
    ("المتحدث باسم البنتاغون", "Pentagon spokesman"),
    ("مسؤولون عراقيون", "Iraqi officials"),
    ("وزير الدفاع الاميركي", "US defense secretary"),
    ("وزير الدفاع العراقي", "Iraqi defense minister"),
    ("صحيفه وول ستريت جورنال", "Wall Street Journal"),
    ("الصحيفه الامريكيه", "US newspaper"),
    ("رئيس الوزراء العراقي مصطفي الكاظمي", "Iraqi prime minister Mustafa al-Kadhimi"),
    ("الحكومه العراقيه", "Iraqi government"),
    ("كلام غير معروف", ""),
])
def test_speaker_english(phrase, english):
    assert speaker_english(phrase) == english


# ── the cue table ────────────────────────────────────────────────────────────
def test_cue_table_forms_are_normalized_and_known():
    forms = [c.form for c in CUES]
    assert len(forms) == len(set(forms))
    for cue in CUES:
        assert cue.form == normalize(cue.form), cue
        assert cue.kind in CUE_KINDS, cue
    for word in SPEAKER_WORDS:
        assert word.form == normalize(word.form), word
        assert word.slot in SLOTS, word
    assert len({w.form for w in SPEAKER_WORDS}) == len(SPEAKER_WORDS)
    for stop in SPEAKER_STOPS:
        assert stop == normalize(stop), stop


def test_an_adverb_after_the_subject_ends_the_speaker():
    s = "وأعلنت الحكومة رسميًا عن خطة لنشر 400 جندي"
    assert attribute(s, s.index("400")).speaker == "الحكومة"


def test_a_figure_after_a_semicolon_is_in_the_articles_own_voice():
    s = "وأعلن البنتاغون عن خطة لخفض القوات إلى 3000؛ وبحلول الصيف، خفضت الإدارة العدد إلى 2000."
    assert attribute(s, s.index("3000")).speaker == "البنتاغون"
    assert attribute(s, s.index("2000")) is None


def test_a_month_or_a_particle_ends_the_speaker_phrase():
    s = "وقال متحدث باسم البنتاغون في مايو إن نحو 900 جندي سيبقون"
    assert attribute(s, s.index("900")).speaker == "متحدث باسم البنتاغون"
    s = "وكان الرئيس قد أعلن، في وقت سابق، سحب نحو 900 جندي"
    assert attribute(s, s.index("900")).speaker == "الرئيس"


def test_an_elided_speaker_takes_the_previous_sentences_speaker():
    first = "وقال مسؤول أمريكي إن المحادثات بناءة."
    previous = find_attributions(first)[-1]
    s = "وأضاف أن نحو 900 جندي سيبقون"
    a = attribute(s, s.index("900"), previous=previous)
    assert (a.speaker, a.rule) == ("مسؤول أمريكي", "previous_speaker")
