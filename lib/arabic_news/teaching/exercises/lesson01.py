"""Lesson 01, Arabic text as data: the judges of exercises 1.1–1.5 (their words and data: ``lesson01.toml``)."""

from __future__ import annotations

import numbers
import unicodedata

from arabic_news.normalize import normalize, normalize_with_offsets
from arabic_news.teaching.checks import describe, same_number
from arabic_news.teaching.exercises.base import call, exercise, text


@exercise("1.1", names=("n_letters", "first_name"))
def _count_code_points(n_letters, first_name):
    ex = text("1.1")
    word = ex.data["word"]
    if not same_number(n_letters, len(word)):
        raise ex.hint("count", got=describe(n_letters))
    if not isinstance(first_name, str):
        raise ex.hint("name_not_text", got=describe(first_name))
    if first_name.strip().upper() == unicodedata.name(word[-1]):
        raise ex.hint("last_letter")
    if first_name.strip().upper() != unicodedata.name(word[0]):
        raise ex.hint("other_name")
    return ex.say("right")


@exercise("1.2", names=("fixed",))
def _presentation_forms(fixed):
    ex = text("1.2")
    if not isinstance(fixed, str):
        raise ex.hint("not_text", got=describe(fixed))
    if fixed == ex.data["expected"]:
        return ex.say("right")
    if any("FORM" in unicodedata.name(ch, "") for ch in fixed):
        raise ex.hint("still_forms")
    raise ex.hint("other", expected=ex.data["expected"])


@exercise("1.3", names=("count_marks",))
def _count_marks(count_marks):
    ex = text("1.3")
    for word, expected in ex.data["cases"]:
        got = call(count_marks, word)
        if not same_number(got, expected):
            raise ex.hint("wrong_count", word=word, got=describe(got), expected=expected)
    stretched = ex.data["stretched"]
    got = call(count_marks, stretched)
    if not same_number(got, 0):
        raise ex.hint("tatweel", word=stretched, got=describe(got))
    return ex.say("right")


@exercise("1.4", names=("n_distinct", "spellings"))
def _distinct_spellings(n_distinct, spellings):
    ex = text("1.4")
    remaining = sorted({normalize(s) for s in spellings})
    if same_number(n_distinct, len(remaining)):
        return ex.say("right", n=len(remaining), remaining=", ".join(f"«{s}»" for s in remaining))
    if same_number(n_distinct, len(set(spellings))):
        raise ex.hint("not_normalized", n=len(set(spellings)))
    if isinstance(n_distinct, int) and 0 < n_distinct < len(remaining):
        raise ex.hint("too_few")
    raise ex.hint("other", got=describe(n_distinct))


def _expected_span(raw: str, target: str):
    n = normalize_with_offsets(raw)
    at = n.text.find(normalize(target))
    return None if at < 0 or not target else n.raw_span(at, at + len(normalize(target)))


def _is_pair_of_ints(value) -> bool:
    return (isinstance(value, (tuple, list)) and len(value) == 2
            and all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in value))


@exercise("1.5", names=("raw_span_of",))
def _raw_span(raw_span_of):
    ex = text("1.5")
    raw = ex.data["raw"]
    for target in ex.data["targets"]:
        expected = _expected_span(raw, target)
        got = call(raw_span_of, raw, target)
        if expected is None:
            if got is not None:
                raise ex.hint("not_none", target=target, got=describe(got))
            continue
        if isinstance(got, str):
            raise ex.hint("text_not_span")
        if not _is_pair_of_ints(got):
            raise ex.hint("not_a_pair", target=target, got=describe(got))
        start, end = (int(v) for v in got)
        if (start, end) == tuple(expected):
            continue
        at = normalize_with_offsets(raw).text.find(normalize(target))
        key = "normalized_positions" if (start, end) == (at, at + len(normalize(target))) else "wrong_span"
        raise ex.hint(key, target=target, start=start, end=end, shown=raw[start:end])
    return ex.say("right")
