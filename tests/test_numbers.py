"""parse_number: the case table tests/cases/numbers.tsv and digits in every script."""

from __future__ import annotations

import csv
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_news.numbers import parse_number

CASES = Path(__file__).parent / "cases" / "numbers.tsv"


def read_cases(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def expected_value(cell: str) -> int | float | None:
    if cell == "None":
        return None
    if "/" in cell:
        return float(Fraction(cell))
    return float(cell) if "." in cell else int(cell)


NUMBER_CASES = read_cases(CASES)


def test_the_table_has_enough_cases():
    assert len(NUMBER_CASES) >= 90


@pytest.mark.parametrize("case", NUMBER_CASES, ids=[f"{i}:{c['input']}" for i, c in enumerate(NUMBER_CASES)])
def test_parse_number_case(case):
    want = expected_value(case["value"])
    got = parse_number(case["input"])
    if want is None:
        assert got is None
    else:
        assert got == pytest.approx(want)
        assert isinstance(got, int) == isinstance(want, int)


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@settings(max_examples=1000, deadline=None)
@given(st.integers(min_value=0, max_value=999_999))
def test_every_integer_in_arabic_indic_digits_parses_back(n):
    assert parse_number(str(n).translate(ARABIC_INDIC)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999_999))
def test_thousands_separators_in_any_script_parse_back(n):
    grouped = f"{n:,}"
    assert parse_number(grouped) == n
    assert parse_number(grouped.replace(",", "\u066c").translate(ARABIC_INDIC)) == n
    assert parse_number(str(n).translate(PERSIAN)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=9999), st.integers(min_value=1, max_value=9))
def test_decimals_with_the_arabic_separator_parse_back(whole, tenth):
    assert parse_number(f"{whole}\u066b{tenth}".translate(ARABIC_INDIC)) == pytest.approx(whole + tenth / 10)


def test_every_integer_from_zero_to_999999_parses_back_exhaustively_in_a_sample_of_blocks():
    for block in (0, 1000, 99_000, 500_000, 998_999):
        for n in range(block, block + 1000):
            assert parse_number(str(n).translate(ARABIC_INDIC)) == n


def test_parse_number_never_guesses_from_part_of_a_text():
    assert parse_number("قتل 25 جنديا") is None
    assert parse_number("خمسة جنود") is None
