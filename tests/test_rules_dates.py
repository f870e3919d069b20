"""The date tables (rules/months.py, rules/weekdays.py, rules/periods.py) are well formed and all used."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from arabic_news.dates import find_dates
from arabic_news.normalize import normalize
from arabic_news.rules import holidays, months, periods, weekdays

from test_breadth import DATES as BREADTH
from test_dates import CASES


def meaning_rows() -> list[tuple[str, tuple[str, ...]]]:
    """(meaning, forms) for every row that gives a word a meaning (function-word lists excluded)."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    rows += [(f"month:{m.calendar}:{m.month}:{m.system}", m.forms) for m in months.MONTHS]
    rows += [(f"weekday:{w.weekday}", w.forms) for w in weekdays.WEEKDAYS]
    rows += [(f"relative_day:{r.offset}:{r.form}", (r.form,)) for r in periods.RELATIVE_DAYS]
    rows += [(f"period:{p.unit}", p.forms) for p in periods.PERIOD_NOUNS]
    rows += [("year_pair", (f,)) for f in periods.YEAR_PAIR_NOUNS]
    rows += [(f"modifier:{m.direction}:{m.form}", (m.form,)) for m in periods.MODIFIERS]
    rows += [(f"demonstrative:{d.form}", (d.form,)) for d in periods.DEMONSTRATIVES]
    rows += [(f"part:{p.form}", (p.form,)) for p in periods.PARTS]
    rows += [(f"season:{s.season}", s.forms) for s in periods.SEASONS]
    rows += [(f"decade:{d.offset}", d.forms) for d in periods.DECADES]
    rows += [(f"century:{c.form}", (c.form,)) for c in periods.CENTURIES]
    rows += [(f"day_ordinal:{o.day}:{o.link_optional}", o.forms) for o in periods.DAY_ORDINALS]
    for u in periods.DURATION_UNITS:
        rows += [(f"duration_dual:{u.unit}", u.dual), (f"duration_plural:{u.unit}", u.plural)]
        if u.single:
            rows.append((f"duration_single:{u.unit}", u.single))
    rows += [("hijri_mark", months.HIJRI_YEAR_MARKS), ("gregorian_mark", months.GREGORIAN_YEAR_MARKS)]
    rows += [(f"day_part:{p.form}", (p.form,)) for p in periods.DAY_PARTS]
    rows += [(f"holiday:{h.key}", h.forms) for h in holidays.HOLIDAYS]
    return rows


def function_words() -> list[str]:
    return [
        *weekdays.DAY_NOUNS, *(c.form for c in periods.YEAR_CUES), *(r.form for r in periods.RANGE_WORDS),
        *periods.WEEKDAY_DATE_JOINERS, *periods.LINKS, *periods.PAIR_JOINS, *periods.CLITICS,
        *periods.DURATION_ANAPHORA,
        *periods.DURATION_BLOCKERS, *periods.SPAN_PREPOSITIONS, *periods.SPAN_ONE_WORDS, *periods.SPAN_LAST_WORDS, *periods.TODAY_BLOCKERS, *periods.PAST_VERBS, *periods.OPEN_ENDED_CUES, *(p.form for p in periods.DURATION_PREPOSITIONS),
        *(c.form for c in periods.FUTURE_CUES), *periods.FUTURE_PREFIXES, *periods.NOT_FUTURE_WORDS,
        *periods.GENERAL_BEFORE, *periods.CUED_DAY_BEFORE, *periods.NAME_BLOCKERS, *periods.ARTICLE_LOOKALIKES,
        *periods.LAST_N_WORDS, *periods.SPAN_DUAL_WORDS, *weekdays.DAY_NUMBER_FOLLOWERS,
        *(f for o in weekdays.WEEKDAY_ORDINALS_AFTER + weekdays.WEEKDAY_ORDINALS_BEFORE for f in o.forms),
    ]


ALL_FORMS = [f for _, forms in meaning_rows() for f in forms] + function_words()


@pytest.mark.parametrize("form", ALL_FORMS)
def test_forms_are_written_as_normalize_writes_them(form):
    assert form == normalize(form) and form.strip() == form and "  " not in form


def test_no_form_has_two_meanings():
    seen: dict[str, str] = {}
    for meaning, forms in meaning_rows():
        for form in forms:
            assert seen.setdefault(form, meaning) == meaning, f"{form!r}: {seen[form]} and {meaning}"


def test_forms_shared_with_the_number_and_unit_tables_are_marked_as_needing_context():
    try:
        from arabic_news.rules.numbers import NUMBER_WORDS
    except ImportError:
        pytest.skip("rules/numbers.py is not there yet")
    numbers = {f for row in NUMBER_WORDS for f in row.forms}
    ambiguous = {f for m in months.MONTHS if m.needs_context for f in m.forms}
    for meaning, forms in meaning_rows():
        for form in forms:
            if form in numbers:
                assert form in ambiguous, f"{form!r} ({meaning}) is also a number word"


def test_enumerations_are_known():
    assert {m.calendar for m in months.MONTHS} <= set(months.CALENDARS)
    assert {m.system for m in months.MONTHS} <= set(months.MONTH_SYSTEMS)
    assert all(1 <= m.month <= 12 for m in months.MONTHS)
    assert sorted(w.weekday for w in weekdays.WEEKDAYS) == list(range(7))
    assert {p.unit for p in periods.PERIOD_NOUNS} <= set(periods.UNITS)
    assert {u.unit for u in periods.DURATION_UNITS} <= set(periods.UNITS)
    assert {m.direction for m in periods.MODIFIERS} <= set(periods.DIRECTIONS)
    assert {d.position for d in periods.DEMONSTRATIVES} <= {"before", "after"}
    assert {p.kind for p in periods.PARTS} <= set(periods.PART_KINDS)
    assert all(0 <= p.low < p.high <= 1 for p in periods.PARTS)
    assert {r.role for r in periods.RANGE_WORDS} <= {"open", "join"}
    opens = {r.form for r in periods.RANGE_WORDS if r.role == "open"}
    assert {r.pair for r in periods.RANGE_WORDS if r.role == "join" and r.pair} <= opens
    assert sorted({o.day for o in periods.DAY_ORDINALS}) == list(range(1, 32))
    assert sorted(d.offset for d in periods.DECADES) == list(range(20, 100, 10))
    assert {c["precision"] for c in CASES if c["precision"]} <= set(periods.PRECISIONS)
    assert 0 <= periods.WEEK_START <= 6


def test_every_month_is_named_in_each_gregorian_system_and_hijri_is_complete():
    for system in ("egyptian", "levantine"):
        assert sorted(m.month for m in months.MONTHS if m.system == system) == list(range(1, 13))
    assert sorted(m.month for m in months.MONTHS if m.calendar == "hijri") == list(range(1, 13))


def _found_texts() -> list[str]:
    out = []
    for case in CASES:
        ref = None if case["ref_date"] == "-" else dt.date.fromisoformat(case["ref_date"])
        out += [normalize(d.text) for d in find_dates(case["text"], ref)]
    for case in BREADTH:   # issue 12's cases (tests/test_breadth.py)
        ref = None if case["ref"] == "-" else dt.date.fromisoformat(case["ref"])
        out += [normalize(d.text) for d in find_dates(case["input"], ref)]
    return out


FOUND = _found_texts()


@pytest.mark.parametrize("meaning, forms", meaning_rows(), ids=[m for m, _ in meaning_rows()])
def test_every_row_fires_on_at_least_one_case(meaning, forms):
    patterns = [re.compile(r"(?<![^\W\d_])(?:[وفبلك]|لل|ال)?" + re.escape(f) + r"(?![^\W\d_])") for f in forms]
    assert any(p.search(text) for p in patterns for text in FOUND), f"no case finds a date with {forms}"
