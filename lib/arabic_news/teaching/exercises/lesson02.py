"""Lesson 02, reading numbers and hedges: the judges of exercises 2.1–2.4 (their words and data: ``lesson02.toml``)."""

from __future__ import annotations

from arabic_news.normalize import normalize
from arabic_news.teaching.checks import describe, same_number
from arabic_news.teaching.exercises.base import call, exercise, text


@exercise("2.1", names=("to_western",))
def _digits(to_western):
    ex = text("2.1")
    for given, expected in ex.data["cases"]:
        got = call(to_western, given)
        if got == expected:
            continue
        if isinstance(got, (int, float)):
            raise ex.hint("a_number", given=given, got=describe(got))
        if not isinstance(got, str):
            raise ex.hint("not_text", given=given, got=describe(got))
        if normalize(got) == normalize(given):
            raise ex.hint("same_digits", given=given, got=got)
        raise ex.hint("other", given=given, got=got, expected=expected)
    return ex.say("right")


@exercise("2.2", names=("thousands",))
def _thousands(thousands):
    from arabic_news.numbers import parse_number

    ex = text("2.2")
    for phrase in ex.data["phrases"]:
        expected = parse_number(phrase)
        got = call(thousands, phrase)
        if same_number(got, expected):
            continue
        if same_number(got, expected / 1000):
            raise ex.hint("word_alone", phrase=phrase, got=got)
        raise ex.hint("other", phrase=phrase, got=describe(got))
    return ex.say("right")


def _interval_expected(value: int, qualifier: str) -> tuple[int, int]:
    from arabic_news.numbers import parse_quantity

    q = parse_quantity(text("2.3").data["phrases"][qualifier].format(value))
    return q.low, q.high


@exercise("2.3", names=("interval",))
def _interval(interval):
    ex = text("2.3")
    for value, qualifier in ex.data["cases"]:
        expected = _interval_expected(value, qualifier)
        got = call(interval, value, qualifier)
        if not (isinstance(got, (tuple, list)) and len(got) == 2):
            raise ex.hint("not_a_pair", value=value, qualifier=qualifier, got=describe(got))
        if same_number(got[0], expected[0]) and same_number(got[1], expected[1]):
            continue
        raise ex.hint("wrong", value=value, qualifier=qualifier, got=tuple(got), why=ex.data["why"][qualifier])
    return ex.say("right")


@exercise("2.4", names=("hedged", "found"))
def _hedged(hedged, found):
    import pandas as pd

    ex = text("2.4")
    if not isinstance(hedged, pd.DataFrame):
        raise ex.hint("not_a_frame", got=describe(hedged))
    if "text" not in hedged.columns:
        raise ex.hint("no_text")
    keep = (found["qualifier"] != "exact") | found["vague"].notna()
    expected, got = set(found.loc[keep, "text"]), set(hedged["text"])
    if got == expected:
        exact = [f"«{t}»" for t in found.loc[~keep, "text"]]
        if not exact:
            return ex.say("right_all", n_found=len(found))
        return ex.say("right", n_kept=int(keep.sum()), n_found=len(found), exact=" and ".join(exact),
                      is_are="is" if len(exact) == 1 else "are")
    vague_only = set(found.loc[found["vague"].notna(), "text"])
    if expected - got and (expected - got) <= vague_only:
        raise ex.hint("vague_missing", missing=sorted(expected - got)[0])
    if got - expected:
        raise ex.hint("exact_kept", extra=sorted(got - expected)[0])
    raise ex.hint("other", n_got=len(got), n_wanted=len(expected))
