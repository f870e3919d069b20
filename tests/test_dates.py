"""Dates: the case table, weekday arithmetic, offsets into the raw text, real articles."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_news.dates import PRECISIONS, DateSpan, find_dates, parse_date

CASES_FILE = Path(__file__).parent / "cases" / "dates.tsv"
THURSDAY = dt.date(2021, 7, 29)


def load_cases() -> list[dict]:
    lines = [line for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    cases = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))
    for case in cases:  # «\\n» in a case's text is a line break (a new paragraph)
        case["text"] = case["text"].replace("\\n", "\n")
    return cases


CASES = load_cases()


def _ref(value: str) -> dt.date | None:
    return None if value == "-" else dt.date.fromisoformat(value)


def pick(case: dict) -> DateSpan | None:
    """The DateSpan a case speaks of: the one with its span text, else the longest."""
    found = find_dates(case["text"], _ref(case["ref_date"]))
    if case["span"]:
        matching = [d for d in found if d.text == case["span"]]
        return matching[0] if matching else None
    return parse_date(case["text"], _ref(case["ref_date"]))


def test_the_table_has_enough_cases():
    assert len(CASES) >= 160


@pytest.mark.parametrize("case", CASES, ids=[f"{i}:{c['text'][:30]}" for i, c in enumerate(CASES)])
def test_case(case):
    d = pick(case)
    if case["date_start"] == "-":
        assert d is None, f"expected no date, found {d}"
        return
    assert d is not None, f"no date found in {case['text']!r}: {find_dates(case['text'], _ref(case['ref_date']))}"
    assert (str(d.date_start), str(d.date_end)) == (case["date_start"], case["date_end"])
    assert d.precision == case["precision"]
    assert d.relative == (case["relative"] == "1")
    if case["future"]:
        assert d.future == (case["future"] == "1")


def test_reference_thursday_is_a_thursday():
    assert THURSDAY.weekday() == 3


@pytest.mark.parametrize("name, expected", [
    ("الاثنين", dt.date(2021, 7, 26)), ("الثلاثاء", dt.date(2021, 7, 27)), ("الأربعاء", dt.date(2021, 7, 28)),
    ("الخميس", dt.date(2021, 7, 29)), ("الجمعة", dt.date(2021, 7, 23)), ("السبت", dt.date(2021, 7, 24)),
    ("الأحد", dt.date(2021, 7, 25)),
])
def test_a_bare_weekday_is_the_most_recent_on_or_before_the_reference(name, expected):
    d = parse_date("يوم " + name, THURSDAY)
    assert d.date_start == expected and d.date_start.weekday() == expected.weekday()
    assert d.date_start <= THURSDAY and (THURSDAY - d.date_start).days < 7


@pytest.mark.parametrize("name", ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])
def test_next_weekday_is_strictly_after_the_reference(name):
    d = parse_date(name + " المقبل", THURSDAY)
    assert 1 <= (d.date_start - THURSDAY).days <= 7
    assert d.future is True


def test_weekday_names_are_not_numbers_and_monday_is_monday():
    d = parse_date("الاثنين", THURSDAY)
    assert d.date_start.weekday() == 0


def test_without_ref_date_relative_expressions_are_left_out_but_absolute_ones_stay():
    text = "وصل يوم الاثنين، بعد زيارة في 5 مايو 2020 والشهر الماضي"
    found = find_dates(text)
    assert [d.text for d in found] == ["5 مايو 2020"]
    assert all(not d.relative for d in found)


def test_anaphora_uses_the_nearest_preceding_date():
    text = "في عام 2008 وقعت الاتفاقية، وفي عام 2011 انسحبت القوات، وفي العام نفسه أغلقت القواعد"
    found = find_dates(text)
    assert found[-1].text == "العام نفسه"
    assert found[-1].date_start == dt.date(2011, 1, 1) and found[-1].relative


def test_dates_do_not_overlap_and_are_ordered():
    text = "من 2014 إلى 2017، ثم في صيف 2020 والأسبوع الماضي ويوم الخميس (29 تموز 2021)"
    found = find_dates(text, THURSDAY)
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(d.precision in PRECISIONS for d in found)


def test_offsets_point_into_raw_text_with_diacritics_and_tatweel():
    text = "وَصَلَ الوفدُ يومَ الخميـــس (٢٩ تمّوز ٢٠٢١) إلى بغداد"
    [d] = find_dates(text)
    assert text[d.start:d.end] == d.text == "يومَ الخميـــس (٢٩ تمّوز ٢٠٢١)"
    assert d.date_start == dt.date(2021, 7, 29) and not d.relative


def test_clitics_stay_outside_the_span():
    found = find_dates("وبنهاية العام الماضي والأسبوع المقبل", THURSDAY)
    assert [d.text for d in found] == ["نهاية العام الماضي", "الأسبوع المقبل"]


def test_parse_date_sees_only_its_phrase_for_future_cues():
    assert parse_date("الاثنين", THURSDAY).date_start == dt.date(2021, 7, 26)
    assert parse_date("سيعقد الاجتماع الاثنين", THURSDAY).date_start == dt.date(2021, 8, 2)


def test_parse_date_returns_none_for_text_without_a_date():
    assert parse_date("قال المتحدث إن القوات باقية", THURSDAY) is None
    assert parse_date("") is None


# --- offsets always slice to the matched text (hypothesis)

_PIECES = [
    "يوم", "الخميس", "الاثنين", "المقبل", "الماضي", "29", "٢٩", "تموز", "أغسطس", "/", "آذار", "مارس", "(", ")",
    "2021", "٢٠٢١", "عام", "العام", "نفسه", "من", "إلى", "بين", "و", "في", "نهاية", "مطلع", "صيف", "الخريف",
    "ذلك", "اليوم", "أمس", "قبل", "يومين", "التسعينيات", "هـ", "ذو الحجة", "1442", "،", ".", "جندي", "2500",
    "\u064e", "\u0651", "\u0640", "\u200f", "\u00a0", " ", " ", " ", "\n", "سيزور", "بـ", "ال", "الأسبوع",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([None, THURSDAY]))
def test_offsets_slice_to_the_text(pieces, ref):
    text = "".join(pieces)
    for d in find_dates(text, ref):
        assert text[d.start:d.end] == d.text
        assert 0 <= d.start < d.end <= len(text)
        assert d.date_start <= d.date_end
        assert d.precision in PRECISIONS


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, THURSDAY]))
def test_offsets_slice_on_arbitrary_text(text, ref):
    for d in find_dates(text, ref):
        assert text[d.start:d.end] == d.text


def test_seeds_offsets_and_known_dates(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for d in find_dates(text, THURSDAY):
            assert text[d.start:d.end] == d.text


def test_real_articles_offsets_and_sane_dates(shared_corpus):
    metadata = sorted(shared_corpus.glob("*/metadata.csv"))
    checked = 0
    for meta in metadata:
        with meta.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))[:100]
        for row in rows:
            text = (meta.parent / row["file"]).read_text(encoding="utf-8")
            ref = dt.date.fromisoformat(row["published"][:10])
            for d in find_dates(text, ref):
                assert text[d.start:d.end] == d.text
                if d.relative and d.rule in ("weekday", "relative_day"):
                    assert abs((d.date_start - ref).days) <= 7, d
                checked += 1
    assert checked > 100


def test_ref_date_may_be_a_datetime_or_an_iso_string_but_not_anything_else():
    from arabic_news.errors import ParameterError

    expected = dt.date(2021, 7, 26)
    assert parse_date("الاثنين", dt.datetime(2021, 7, 29, 23, 30)).date_start == expected
    assert parse_date("الاثنين", "2021-07-29").date_start == expected
    with pytest.raises(ParameterError, match="ref_date"):
        find_dates("الاثنين", "yesterday")


@pytest.mark.parametrize("text, dates", [
    ("أهم الضربات التي نفذتها إسرائيل منذ 2013\n- 2013 -\nضربت الطائرات", ["2013"]),   # a heading, a list item
    ("- 2017 -\n17 آذار/مارس: قصف مطار", ["17 آذار/مارس"]),     # «2017 -» on one line, a day on the next
    ("وقعت الهجمات بين 2014\r\nو2017 في العراق", []),          # a range cut by a Windows line break
])
def test_no_date_crosses_a_line_break(text, dates):
    # A line ends a heading, a paragraph or a list item, as it ends a sentence: a date read across
    # one is a span no sentence holds (notebook 06's check failed on «2013\n- 2013», issue 10).
    found = find_dates(text, dt.date(2018, 5, 10))
    assert [d.text for d in found] == dates
    assert all(text[d.start:d.end] == d.text for d in found)
