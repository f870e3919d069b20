"""find_quantities and parse_quantity: the case table tests/cases/quantities.tsv, spans, properties, real text."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_news.numbers import Quantity, find_quantities, parse_quantity
from arabic_news.rules.hedges import HEDGES, QUALIFIERS
from arabic_news.rules.numbers import VAGUE_LABELS
from arabic_news.rules.units import UNITS
from case_tables import CASES as CASES_DIR
from case_tables import check_quantity_case, read_cases

CASES = CASES_DIR / "quantities.tsv"


QUANTITY_CASES = read_cases(CASES)
# issue 12's cases (tests/test_breadth.py runs them): their inputs exercise table rows too
BREADTH_INPUTS = [c["input"] for c in read_cases(CASES.parent / "breadth_quantities.tsv")]


def test_the_table_has_enough_cases():
    assert len(QUANTITY_CASES) >= 100


@pytest.mark.parametrize("case", QUANTITY_CASES, ids=[f"{i}:{c['input']}" for i, c in enumerate(QUANTITY_CASES)])
def test_quantity_case(case):
    check_quantity_case(case)


def test_the_span_covers_hedge_number_and_noun_but_not_the_nationality():
    text = "ينتشر نحو 2500 جندي أمريكي في العراق"
    [q] = find_quantities(text)
    assert (q.start, q.end) == (6, 19)
    assert text[q.unit_start:q.unit_end] == "جندي"
    assert q.hedge_text == "نحو"
    assert q.rule == "hedge:about/نحو+digits+unit:soldier"


def test_nahw_is_a_hedge_only_before_a_number():
    assert find_quantities("اتجه الرتل نحو بغداد") == []
    [q] = find_quantities("اتجه نحو 300 مقاتل نحو بغداد")
    assert (q.value, q.qualifier, q.unit) == (300, "about", "fighter")


def test_hatta_is_up_to_only_before_a_number():
    assert find_quantities("حتى نهاية 2026") == []
    [q] = find_quantities("نشر حتى 3000 جندي")
    assert q.qualifier == "up_to"


def test_date_spans_drop_overlapping_candidates():
    text = "وصل 2500 جندي في 12 مارس"
    assert [q.text for q in find_quantities(text, date_spans=[])] == ["2500 جندي", "12"]
    start = text.index("12")
    assert [q.text for q in find_quantities(text, date_spans=[(start, len(text))])] == ["2500 جندي"]


def test_quantities_are_ordered_and_never_overlap():
    text = "قتل 7 جنود وأصيب 12 آخرون، ونحو 30 مدنيا، بعد 3 هجمات و4 صواريخ"
    found = find_quantities(text)
    assert [q.value for q in found] == [7, 12, 30, 3, 4]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_parse_quantity_reads_one_phrase():
    q = parse_quantity("ما لا يقل عن 12 شخصا")
    assert (q.value, q.low, q.high, q.qualifier, q.unit) == (12, 12, 15, "at_least", "person")
    assert parse_quantity("نصف").value == 0.5
    assert parse_quantity("نحو بغداد") is None
    assert parse_quantity("") is None


def test_records_use_only_known_enumerations():
    units = {u.unit for u in UNITS}
    text = " ".join(c["input"] for c in QUANTITY_CASES)
    for q in find_quantities(text):
        assert q.qualifier in QUALIFIERS
        assert q.unit is None or q.unit in units
        assert q.vague is None or q.vague in VAGUE_LABELS


def test_quantity_is_frozen():
    q = find_quantities("قتل 5 جنود")[0]
    assert isinstance(q, Quantity)
    with pytest.raises(AttributeError):
        q.value = 6


# ------------------------------------------------------------------ properties

PIECES = ["نحو ", "أكثر من ", "ما يقرب من ", "حوالى ", "بـ", "و", "عام ", "في ", "ثلاثة آلاف ", "خمسة وعشرون ",
          "٢٬٥٠٠ ", "2500 ", "2,500 ", "جندي ", "جنود ", "الجنود ", "من ", "عشرات ", "مئات الآلاف ", "تقريبا ",
          "قتيلا ", "أمريكي ", "ـ", "\u064e", "\u0651", "\u200f", "  ", "\n", "، ", "الاثنين ", "مارس ", "12 ",
          "%", "ألفي ", "مئتي ", "نصف ", "مليون ", "2.5 ", "على الأقل ", "حتى ", "1-", ":", "F-16 "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_offsets_always_slice_to_the_text_on_generated_text(pieces):
    text = "".join(pieces)
    found = find_quantities(text)
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.text.strip() == q.text and q.text
        if q.unit_start is not None:
            assert q.start <= q.unit_start < q.unit_end <= q.end
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_valid_spans(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


# ------------------------------------------------------------------ real text

@pytest.mark.corpus
def test_offsets_round_trip_on_real_articles(shared_corpus):
    paths = sorted(shared_corpus.glob("*/articles/*.txt"))[::50][:120]
    assert paths
    total = 0
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        for q in find_quantities(raw):
            assert raw[q.start:q.end] == q.text
            total += 1
    assert total > 100


def test_offsets_round_trip_on_the_seeds(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        for q in find_quantities(raw):
            assert raw[q.start:q.end] == q.text


def test_every_hedge_row_is_exercised_by_a_case():
    inputs = [c["input"] for c in QUANTITY_CASES] + BREADTH_INPUTS
    fired = {q.rule for text in inputs for q in find_quantities(text)}
    for hedge in HEDGES:
        tag = f"{'hedge' if hedge.position == 'before' else 'after'}:{hedge.qualifier}/{hedge.form}"
        assert any(tag in rule for rule in fired), hedge


def test_quantities_and_dates_never_claim_the_same_characters():
    dates = pytest.importorskip("arabic_news.dates")
    clashes = []
    for case in QUANTITY_CASES:
        text = case["input"]
        claimed = [(d.start, d.end) for d in dates.find_dates(text)]
        for q in find_quantities(text):
            if any(s < q.end and q.start < e for s, e in claimed):
                clashes.append((text, q.text))
    assert clashes == []


def test_parse_quantity_keeps_the_year_guard_around_the_number():
    assert parse_quantity("في عام 2014") is None
    assert parse_quantity("في 7 أكتوبر") is None
    assert parse_quantity("2014").value == 2014
    assert parse_quantity("2014 جنديا").unit == "soldier"
