"""Reading and checking the case tables of tests/cases/ (one place for both the core and the breadth tables)."""

from __future__ import annotations

import csv
from fractions import Fraction
from pathlib import Path

import pytest

from arabic_news.numbers import find_quantities

CASES = Path(__file__).parent / "cases"


def read_cases(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated case table; blank lines and lines starting with # are left out."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def cell_number(cell: str):
    """A number as a case table writes it: empty or None, an integer, a decimal, or a fraction (2/3)."""
    if cell in ("", "None"):
        return None
    if "/" in cell:
        return Fraction(cell)
    return float(cell) if "." in cell else int(cell)


def same_number(got, want) -> bool:
    if want is None or got is None:
        return want is None and got is None
    return got == pytest.approx(float(want), rel=1e-9, abs=1e-9)


def check_quantity_case(case: dict[str, str]) -> None:
    """`find_quantities` on the case's input finds its text once, with its value, range, hedge, unit and
    vagueness (or finds nothing when its text is ``-``); every span is its text."""
    found = find_quantities(case["input"])
    for q in found:
        assert case["input"][q.start:q.end] == q.text
    if case["text"] == "-":
        assert found == [], [q.text for q in found]
        return
    matching = [q for q in found if q.text == case["text"]]
    assert len(matching) == 1, [(q.text, q.value) for q in found]
    q = matching[0]
    for field in ("value", "low", "high"):
        assert same_number(getattr(q, field), cell_number(case[field])), (field, getattr(q, field))
    assert q.qualifier == case["qualifier"]
    assert q.unit == (case["unit"] or None)
    assert q.vague == (case["vague"] or None)
    assert q.approx == (q.qualifier in ("about", "nearly") or q.vague is not None)
