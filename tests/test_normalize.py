"""normalize() and normalize_with_offsets(): one table of cases per rule, offsets that round-trip."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_news.errors import ParameterError
from arabic_news.normalize import normalize, normalize_with_offsets
from arabic_news.rules.characters import CHAR_RULES, RULE_NAMES

CASES = Path(__file__).parent / "cases" / "normalize.tsv"


def _cases():
    with CASES.open(encoding="utf-8", newline="") as f:
        return [pytest.param(row, id=f"{row['rule']}:{row['note']}") for row in csv.DictReader(f, delimiter="\t")]


@pytest.mark.parametrize("case", _cases())
def test_normalize_case_table(case):
    assert normalize(case["text"]) == case["expected"]


@pytest.mark.parametrize("case", [c for c in _cases() if c.values[0]["rule"] in RULE_NAMES])
def test_switching_a_rule_off_keeps_what_it_changes(case):
    row = case
    if row["text"] == row["expected"]:
        return
    switched_off = normalize(row["text"], **{row["rule"]: False})
    assert switched_off != row["expected"]


def test_every_rule_has_a_case_that_changes_text():
    with CASES.open(encoding="utf-8", newline="") as f:
        rules = {row["rule"] for row in csv.DictReader(f, delimiter="\t") if row["text"] != row["expected"]}
    assert set(RULE_NAMES) <= rules


def test_no_character_is_claimed_by_two_rules():
    seen: dict[str, str] = {}
    for rule in CHAR_RULES:
        for char in rule.mapping:
            assert char not in seen, f"U+{ord(char):04X} in {seen.get(char)} and {rule.name}"
            seen[char] = rule.name


def test_every_rule_maps_one_character_to_at_most_one():
    for rule in CHAR_RULES:
        assert all(len(c) == 1 and len(r) <= 1 for c, r in rule.mapping.items()), rule.name


def test_an_unknown_switch_is_a_parameter_error_naming_it():
    with pytest.raises(ParameterError, match="tashkeel"):
        normalize("نص", tashkeel=False)


def test_marks_in_any_order_are_stripped():
    assert normalize("جنديّ\u064c") == normalize("جندي\u064c\u0651") == "جندي"


def _assert_round_trip(raw: str) -> None:
    n = normalize_with_offsets(raw)
    assert len(n.to_raw) == len(n.text) + 1
    assert n.text == normalize(raw)
    assert list(n.to_raw) == sorted(n.to_raw)
    # every normalized character comes from the raw character it points at
    for i, ch in enumerate(n.text):
        assert normalize(raw[n.to_raw[i]]) == ch
    # any span of the normalized text maps to a raw slice that normalizes back to it
    words = [(m, m + len(w)) for m, w in _word_spans(n.text)]
    for s, e in words:
        rs, re_ = n.raw_span(s, e)
        assert normalize(raw[rs:re_]) == n.text[s:e]


def _word_spans(text: str):
    start = None
    for i, ch in enumerate(text + " "):
        if ch.isspace():
            if start is not None:
                yield start, text[start:i]
                start = None
        elif start is None:
            start = i


def test_offsets_round_trip_on_every_seed(seeds_dir):
    seeds = sorted(seeds_dir.glob("*.txt"))
    assert seeds
    for path in seeds:
        _assert_round_trip(path.read_text(encoding="utf-8"))


def test_a_match_in_normalized_text_maps_back_to_the_raw_words():
    raw = "قال المسؤولُ إنّ هناك ما يقرُب من ٢٬٥٠٠ جنديٍّ أمريكيّ\u200f في العراق"
    n = normalize_with_offsets(raw)
    s = n.text.index("ما يقرب من 2,500 جندي")
    rs, re_ = n.raw_span(s, s + len("ما يقرب من 2,500 جندي"))
    assert raw[rs:re_] == "ما يقرُب من ٢٬٥٠٠ جنديٍّ"


_ARABIC_MIX = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئأإآٱىة ـ0123456789٠١٢٣٤٥٦٧٨٩۰۵٫٬.,")
        + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u00a0", "\u200f", "\u202b", "\ufeff", "a", "Z"]
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(_ARABIC_MIX)
def test_offsets_round_trip_on_generated_text(raw):
    _assert_round_trip(raw)


@settings(max_examples=200, deadline=None)
@given(_ARABIC_MIX)
def test_normalize_is_idempotent(raw):
    assert normalize(normalize(raw)) == normalize(raw)


def test_long_and_short_texts_normalize_alike(seeds_dir):
    raw = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))
    assert len(raw) > 2_000
    assert normalize(raw) == "".join(normalize(line + "\n") for line in raw.split("\n"))[:-1]
    assert normalize_with_offsets(raw).text == normalize(raw)
