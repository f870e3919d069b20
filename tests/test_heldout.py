"""Held-out tables: phrases written by an outside judge, run through the public API only.

The three tables in ``tests/cases/heldout_*.tsv`` were written before reading the
implementation or the other case tables, from the contract alone (issue 4): the
names ``parse_number``, ``parse_quantity``, ``find_quantities``, ``parse_date``,
``find_dates`` and the fields of ``Quantity`` and ``DateSpan``.  Where the issue
left a choice open (how wide a hedge is, what a part of a year spans, which day a
week starts), the expectation follows the default documented in the rule tables.

Conventions of the tables:
- ``NONE`` is an expected ``None``; ``*`` means "not judged" (a field the contract
  leaves open for that phrase); ``T``/``F`` are booleans; ``1/3`` is a fraction.
- ``parse`` rows hand the whole phrase to ``parse_*``; ``find`` rows hand a
  sentence to ``find_*`` and judge the first match whose text contains ``key``.
- ``NONE-QTY``/``NONE-DATE`` say no match (containing ``key``) may be found.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from arabic_news.dates import find_dates, parse_date
from arabic_news.numbers import find_quantities, parse_number, parse_quantity

CASES = Path(__file__).parent / "cases"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def _number(cell: str) -> float | None:
    if cell == "NONE":
        return None
    if "/" in cell:
        num, den = cell.split("/")
        return int(num) / int(den)
    return float(cell)


def _same(actual, expected: str) -> bool:
    if expected == "*":
        return True
    want = _number(expected)
    if want is None or actual is None:
        return want is None and actual is None
    return math.isclose(float(actual), want, rel_tol=1e-9, abs_tol=1e-9)


def _label(cell: str) -> str | None:
    return None if cell == "NONE" else cell


NUMBERS = _rows("heldout_numbers.tsv")
QUANTITIES = _rows("heldout_quantities.tsv")
DATES = _rows("heldout_dates.tsv")


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_heldout_number(text: str, expected: str) -> None:
    value = parse_number(text)
    assert _same(value, expected), f"{text!r}: got {value!r}, expected {expected}"


def _pick(matches, key: str):
    for match in matches:
        if key in match.text:
            return match
    return None


@pytest.mark.parametrize("row", QUANTITIES, ids=[f"{r[0]}:{r[1]}" for r in QUANTITIES])
def test_heldout_quantity(row: list[str]) -> None:
    mode, text, key, value, low, high, approx, qualifier, unit, vague = row
    if mode == "parse":
        q = parse_quantity(text)
    else:
        found = find_quantities(text)
        for each in found:
            assert text[each.start : each.end] == each.text
        q = _pick(found, key)
    if value == "NONE-QTY":
        assert q is None, f"{text!r}: expected no quantity, got {q!r}"
        return
    assert q is not None, f"{text!r}: no quantity"
    got = (q.value, q.low, q.high, q.approx, q.qualifier, q.unit, q.vague)
    assert _same(q.value, value), f"value {got}"
    assert _same(q.low, low), f"low {got}"
    assert _same(q.high, high), f"high {got}"
    if approx != "*":
        assert q.approx is (approx == "T"), f"approx {got}"
    if qualifier != "*":
        assert q.qualifier == qualifier, f"qualifier {got}"
    if unit != "*":
        assert q.unit == _label(unit), f"unit {got}"
    if vague != "*":
        assert q.vague == _label(vague), f"vague {got}"


def _date(cell: str) -> dt.date:
    return dt.date.fromisoformat(cell)


@pytest.mark.parametrize("row", DATES, ids=[f"{r[0]}:{r[1]}:{r[2]}" for r in DATES])
def test_heldout_date(row: list[str]) -> None:
    mode, ref, text, key, start, end, precision, relative = row
    ref_date = None if ref == "-" else _date(ref)
    if mode == "parse":
        d = parse_date(text, ref_date=ref_date)
    else:
        found = find_dates(text, ref_date=ref_date)
        for each in found:
            assert text[each.start : each.end] == each.text
        d = _pick(found, key)
    if start == "NONE-DATE":
        assert d is None, f"{text!r}: expected no date, got {d!r}"
        return
    assert d is not None, f"{text!r}: no date"
    got = (d.date_start, d.date_end, d.precision, d.relative)
    assert d.date_start == _date(start), f"start {got}"
    assert d.date_end == _date(end), f"end {got}"
    if precision != "*":
        assert d.precision == precision, f"precision {got}"
    if relative != "*":
        assert d.relative is (relative == "T"), f"relative {got}"


SENTENCES = sorted(
    {r[1] for r in QUANTITIES if r[0] == "find"} | {r[2] for r in DATES if r[0] == "find"}
)


@pytest.mark.parametrize("text", SENTENCES)
def test_heldout_quantities_and_dates_never_share_characters(text: str) -> None:
    ref = dt.date(2024, 3, 14)
    quantities = find_quantities(text)
    dates = find_dates(text, ref_date=ref)
    for q in quantities:
        for d in dates:
            assert q.end <= d.start or d.end <= q.start, (q.text, d.text)
