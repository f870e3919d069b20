"""The tables of the numbers side: rules/numbers.py, rules/hedges.py, rules/units.py.

Each form is written as normalize() outputs it, no form carries two meanings,
every enumeration value is known, and every row fires on at least one case.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from arabic_news.normalize import normalize
from arabic_news.numbers import find_quantities, parse_number, parse_ordinal
from arabic_news.rules import hedges, numbers, units

CASES = Path(__file__).parent / "cases"


def _forms():
    """(table, meaning, form) for every form of every table."""
    for row in numbers.NUMBER_WORDS:
        for form in row.forms:
            yield "NUMBER_WORDS", (row.kind, row.value), form
    for row in numbers.VAGUE:
        for form in row.forms:
            yield "VAGUE", row.label, form
    for row in numbers.ORDINALS:
        for form in row.forms:
            yield "ORDINALS", row.value, form
    for row in hedges.HEDGES:
        yield "HEDGES", row.qualifier, row.form
    for row in units.UNITS:
        for form in row.forms + row.duals:
            yield "UNITS", row.unit, form
    for row in numbers.YEAR_CUES:
        yield "YEAR_CUES", "year", row.form
    for row in numbers.RANGE_WORDS:
        yield "RANGE_WORDS", row.role, row.form
    for row in numbers.LABEL_CUES:
        yield "LABEL_CUES", "label", row.form


ALL_FORMS = list(_forms())


@pytest.mark.parametrize("table,meaning,form", ALL_FORMS, ids=[f"{t}:{f}" for t, _, f in ALL_FORMS])
def test_form_is_written_as_normalize_outputs_it(table, meaning, form):
    assert form == normalize(form)
    assert form == " ".join(form.split()) and form


def test_no_form_carries_two_meanings():
    meanings = defaultdict(set)
    for table, meaning, form in ALL_FORMS:
        meanings[form].add((table, meaning))
    clashes = {form: m for form, m in meanings.items() if len(m) > 1}
    assert clashes == {}


def test_every_enumeration_value_is_known():
    for row in numbers.NUMBER_WORDS:
        assert row.kind in numbers.NUMBER_KINDS
        assert (row.vague is not None) == (row.kind == "scale_plural")
        assert row.vague is None or row.vague in numbers.VAGUE_LABELS
    assert {row.label for row in numbers.VAGUE} == set(numbers.VAGUE_LABELS)
    for row in numbers.VAGUE:
        if row.label == "range":   # bounds come from the text (RANGE_WORDS)
            continue
        assert row.low < row.high
        assert row.forms or any(w.vague == row.label for w in numbers.NUMBER_WORDS)
    for row in numbers.RANGE_WORDS:
        assert row.role in numbers.RANGE_ROLES
    for row in hedges.HEDGES:
        assert row.qualifier in hedges.QUALIFIERS
        assert row.position in hedges.POSITIONS
    for row in units.UNITS:
        assert row.category in units.CATEGORIES
        assert re.fullmatch(r"[a-z_]+", row.unit)
    assert len({row.unit for row in units.UNITS}) == len(units.UNITS)
    assert set(hedges.APPROX_QUALIFIERS) <= set(hedges.QUALIFIERS)
    assert 0 < hedges.ABOUT_WIDTH < 1 and 0 < hedges.NEARLY_WIDTH < 1 and 0 < hedges.OPEN_WIDTH < 1


def _read(name: str) -> list[list[str]]:
    rows = [line.split("\t") for line in (CASES / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return rows[1:]


NUMBER_CASES = _read("numbers.tsv")
# issue 12's cases (tests/test_breadth.py runs them), in the layout of numbers.tsv and quantities.tsv
NUMBER_CASES += [[r[2], r[3]] for r in _read("breadth_numbers.tsv") if r[1] == "number"]
QUANTITY_CASES = _read("quantities.tsv") + [r[1:] for r in _read("breadth_quantities.tsv")]
POSITIVE_INPUTS = [normalize(r[0]) for r in NUMBER_CASES if r[1] != "None"] + \
                  [normalize(r[1]) for r in QUANTITY_CASES if r[1] != "-"]


def _fires(form: str) -> bool:
    pattern = re.compile(r"(?<![^\W\d_])(?:[وفبلك]|ال|لل)*" + re.escape(form).replace(r"\ ", r"\s+")
                         + r"(?![^\W\d_])")
    return any(pattern.search(text) for text in POSITIVE_INPUTS)


@pytest.mark.parametrize("row", numbers.NUMBER_WORDS, ids=lambda r: f"{r.kind}:{r.value}")
def test_every_number_word_row_fires_on_a_case(row):
    assert any(_fires(form) for form in row.forms)


@pytest.mark.parametrize("row", numbers.VAGUE, ids=lambda r: r.label)
def test_every_vague_row_fires_on_a_case(row):
    assert any(r[7] == row.label for r in QUANTITY_CASES)


@pytest.mark.parametrize("row", hedges.HEDGES, ids=lambda r: f"{r.position}:{r.form}")
def test_every_hedge_row_fires_on_a_case(row):
    tag = f"{'hedge' if row.position == 'before' else 'after'}:{row.qualifier}/{row.form}"
    assert any(tag in q.rule for r in QUANTITY_CASES for q in find_quantities(r[0]))


@pytest.mark.parametrize("row", units.UNITS, ids=lambda r: r.unit)
def test_every_unit_row_fires_on_a_case(row):
    assert any(r[6] == row.unit for r in QUANTITY_CASES)


@pytest.mark.parametrize("row", numbers.YEAR_CUES, ids=lambda r: r.form)
def test_every_year_cue_stops_a_year(row):
    assert find_quantities(f"{row.form} 2015 جنديا") == []
    assert [q.value for q in find_quantities(f"{row.form} 25 جنديا")] == [25]


@pytest.mark.parametrize("row", numbers.LABEL_CUES, ids=lambda r: r.form)
def test_every_label_cue_stops_a_count(row):
    assert find_quantities(f"{row.form} 12") == []


@pytest.mark.parametrize("row", numbers.ORDINALS, ids=lambda r: f"{r.value}:{r.forms[0]}")
def test_every_ordinal_keeps_its_tens_from_being_a_count(row):
    for form in row.forms:
        if row.teen:   # «الاول» and «العاشر» take no عشر: «اول عشره ايام» counts ten days
            assert find_quantities(f"{form} عشر") == []
        assert parse_number(form) is None
        assert parse_ordinal(form) == row.value


@pytest.mark.parametrize("row", numbers.RANGE_WORDS, ids=lambda r: f"{r.role}:{r.form}")
def test_every_range_word_fires_on_a_case(row):
    rules = [q.rule for r in QUANTITY_CASES for q in find_quantities(r[0])]
    if row.role == "opener_unless_change":
        assert find_quantities(f"ارتفع العدد {row.form} 40 الى 50 قتيلا")[0].vague is None
        assert any(f"range:{row.form}+" in rule for rule in rules)
    else:
        assert any(f"range:{row.form}+" in rule for rule in rules)


@pytest.mark.parametrize("row", [r for r in units.UNITS if r.duals], ids=lambda r: r.unit)
def test_every_dual_alone_is_a_quantity_of_two(row):
    for form in row.duals:
        [q] = find_quantities(f"سجلت المصادر {form} امس")
        assert (q.value, q.unit, q.qualifier) == (2, row.unit, "exact"), form
        assert find_quantities(f"سجلت المصادر ال{form} امس") == [], form


def test_no_dual_is_also_a_plain_form():
    for row in units.UNITS:
        assert not set(row.duals) & set(row.forms), row.unit


@pytest.mark.parametrize("value", range(numbers.POSTPOSED_CARDINALS[0], numbers.POSTPOSED_CARDINALS[1] + 1))
def test_every_postposed_cardinal_counts_after_a_definite_unit(value):
    forms = [f for row in numbers.NUMBER_WORDS if row.kind == "unit" and row.value == value for f in row.forms]
    for form in forms:
        [q] = find_quantities(f"وصلت الصواريخ ال{form} الى القاعده")
        assert (q.value, q.unit, q.text) == (value, "rocket", f"الصواريخ ال{form}")
        assert find_quantities(f"وصلت الدول ال{form} الى القاعده") == []
