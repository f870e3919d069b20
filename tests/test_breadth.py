"""Issue 12, language breadth: numbers, quantities, dates and publication windows as Arabic
writers other than our gold's write them.

The cases are in ``tests/cases/breadth_*.tsv``: our own sentences in news style (none copied
from another project's suite), each row traced in its ``kind`` column to one kind of the issue
(``KINDS`` below says which). Conventions of the tables:
- numbers: ``call`` is ``number`` (`parse_number`) or ``ordinal`` (`parse_ordinal`); ``value``
  an int, a decimal, a ratio a/b, or None;
- quantities: as tests/cases/quantities.tsv (text ``-``: no quantity at all);
- dates: ``ref`` the publication date or ``-``; text ``-``: no date; ``confidence`` ``1`` (the
  default) or ``lower`` (below 1: a weekday that contradicts its date);
- publication: a small article (``\\n`` for a line break) and the window `publication_date`
  infers (``-``: none), with a word its note (the basis) must hold.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from arabic_news import numbers as numbers_module
from arabic_news.corpus import article_from_text
from arabic_news.dates import find_dates
from arabic_news.extract.publication import publication_date
from arabic_news.numbers import parse_number
from case_tables import CASES, cell_number, check_quantity_case, read_cases, same_number


KINDS: dict[str, str] = {
    "negative": "numbers: negative numbers (-١, «سالب ثمانية آلاف»)",
    "fraction": "numbers: fractions beyond half, third and quarter («ثلثان», «ثلاثة أخماس»)",
    "trillion": "numbers: trillion («ترليون/تريليون»)",
    "decimal_word": "numbers: the decimal word «فاصلة» and a leading decimal point",
    "dual_scale": "numbers: duals of scale words as counts («ألفا ريال», «مليونا»)",
    "hundred_apart": "numbers: «٣ مئة»",
    "arabic_comma": "numbers: thousands separated by the Arabic comma («١،٢٣٤،٥٦٧»)",
    "misspelling": "numbers: «إحدى عشر», the common misspelling",
    "ordinal": "numbers: ordinals returned as ordinals, not as cardinals",
    "dialect": "numbers: Egyptian and Levantine spoken numbers («حداشر», «تلتمية»)",
    "range_words": "quantities: ranges in words («من ألف إلى ألف وخمسمائة», «بين 3 و5 آلاف»)",
    "negated_hedge": "quantities: negated hedges («لا يقل عن», «لا أقل من»)",
    "exceeding_verb": "quantities: verbs of exceeding («تفوق», «يتجاوز», «يزيد على»)",
    "pronoun_one": "quantities: no quantity from a pronoun-like «واحد»",
    "weekday_day": "dates: a weekday with a day number; the weekday decides the year; a mismatch lowers confidence",
    "day_range": "dates: day ranges («من 4 إلى 22 هذا الشهر», «يوليو 13-15», «بين 3 و5 مارس»)",
    "year_words": "dates: years in words («عام ألفين وعشرين»)",
    "numeric_date": "dates: numeric dates (22/04, 14-09-1432 هـ, 3-2015, 16. نوفمبر. 2016)",
    "holiday": "dates: holidays with a year, through the Hijri calendar («عيد الفطر 2013», «رمضان 2019»)",
    "maghrebi_month": "dates: Maghrebi and Mauritanian month names («دجمبر»)",
    "after_unit": "dates: التالي/السابق/المقبل/الماضي after any unit («اليوم التالي», «الأسبوع السابق»)",
    "last_n": "dates: «آخر 3 سنوات», «الأيام الثلاثة القادمة»",
    "compound_duration": "dates: compound durations («منذ شهر و21 يوما»)",
    "part_of_day": "dates: parts of the day («صباح الغد», «الليلة») at day precision",
    "ordinal_weekday": "dates: ordinal weekdays of a month («الأحد الثاني من الشهر»)",
    "convention": "dates: where a convention decides («الأحد القادم»), the choice of Arabic news",
    "year_words_quantity": "",
    "publication_window": "publication: windows of undated articles from every constraint the text gives",
}
KINDS.pop("year_words_quantity")


def _rows(name: str) -> list[dict[str, str]]:
    return read_cases(CASES / name)


NUMBERS = _rows("breadth_numbers.tsv")
QUANTITIES = _rows("breadth_quantities.tsv")
DATES = _rows("breadth_dates.tsv")
PUBLICATION = _rows("breadth_publication.tsv")
ALL = NUMBERS + QUANTITIES + DATES + PUBLICATION


def test_every_case_names_a_kind_of_the_issue_and_every_kind_has_cases():
    counts = Counter(row["kind"] for row in ALL)
    assert set(counts) <= set(KINDS), set(counts) - set(KINDS)
    assert {kind: counts[kind] for kind in KINDS if counts[kind] < 4} == {}
    assert len(ALL) >= 400


_value, _same = cell_number, same_number


@pytest.mark.parametrize("case", NUMBERS, ids=[f"{c['kind']}:{c['call']}:{c['input']}" for c in NUMBERS])
def test_number_case(case):
    want = _value(case["value"])
    if case["call"] == "ordinal":
        parse_ordinal = getattr(numbers_module, "parse_ordinal", None)
        assert parse_ordinal is not None, "arabic_news.numbers.parse_ordinal"
        got = parse_ordinal(case["input"])
        assert got == want
        return
    got = parse_number(case["input"])
    assert _same(got, want), got
    if isinstance(want, int):
        assert isinstance(got, int), got


@pytest.mark.parametrize("case", QUANTITIES, ids=[f"{c['kind']}:{c['input']}" for c in QUANTITIES])
def test_quantity_case(case):
    check_quantity_case(case)


@pytest.mark.parametrize("case", DATES, ids=[f"{c['kind']}:{c['ref']}:{c['input']}" for c in DATES])
def test_date_case(case):
    ref = None if case["ref"] == "-" else dt.date.fromisoformat(case["ref"])
    found = find_dates(case["input"], ref)
    for d in found:
        assert case["input"][d.start:d.end] == d.text
    if case["text"] == "-":
        assert found == [], [d.text for d in found]
        return
    matching = [d for d in found if d.text == case["text"]]
    assert len(matching) == 1, [(d.text, str(d.date_start), str(d.date_end)) for d in found]
    d = matching[0]
    assert (str(d.date_start), str(d.date_end), d.precision) == (case["date_start"], case["date_end"],
                                                                 case["precision"])
    confidence = getattr(d, "confidence", 1.0)
    if case["confidence"] == "lower":
        assert confidence < 1
    else:
        assert confidence == 1


@pytest.mark.parametrize("case", PUBLICATION, ids=[f"{c['kind']}:{i}" for i, c in enumerate(PUBLICATION)])
def test_publication_window_case(case):
    article = article_from_text("خبر\n\n" + case["text"].replace("\\n", "\n"))
    pub = publication_date(article)
    got = (str(pub.window_start) if pub.window_start else "-", str(pub.window_end) if pub.window_end else "-")
    assert got == (case["window_start"], case["window_end"]), pub.note
    if case["basis"] == "unknown":
        assert pub.basis == "unknown"
    else:
        assert pub.basis == "inferred" and case["basis"] in pub.note, pub.note
