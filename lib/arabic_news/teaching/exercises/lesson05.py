"""Lesson 05, across articles: the judges of exercises 5.1–5.6 (their words and data: ``lesson05.toml``).

The lesson's four articles are written in the notebook; what the extractor and `arabic_news.claims`
make of them is never typed here. Each judge recomputes the expected answer from the notebook's
``troops``, ``facts`` and ``TEXTS`` the way the lesson teaches it, and every message states what
those tables hold.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from arabic_news.normalize import normalize
from arabic_news.teaching.checks import describe, same_number
from arabic_news.teaching.exercises.base import call, exercise, text
from arabic_news.teaching.helpers import count_words, number_word


def by_outlet(troops, facts) -> pd.DataFrame:
    """Exercise 5.1's answer: the troop levels with their articles' outlets."""
    columns = text("5.1").data["columns"]
    return troops.merge(facts.articles[["article_id", "outlet"]], on="article_id")[columns]


def _overlap(a, b) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def conflicting_outlets(table: pd.DataFrame) -> list[str]:
    """The outlets with a figure that overlaps no figure of another outlet (exercise 5.2), sorted."""
    rows = list(table.itertuples())
    return sorted({r.outlet for r in rows
                   if not any(_overlap((r.value_low, r.value_high), (s.value_low, s.value_high))
                              for s in rows if s.outlet != r.outlet)})


def shingle_set(passage: str) -> set[tuple[str, ...]]:
    """Exercise 5.3's shingles: every run of three consecutive words of the normalized text."""
    words = normalize(passage).split()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def similarities(texts: dict) -> dict[tuple[str, str], float]:
    """Exercise 5.4's answer: the Jaccard similarity of the shingles of every pair of texts."""
    found = {}
    for x, y in combinations(texts, 2):
        a, b = shingle_set(texts[x]), shingle_set(texts[y])
        found[(x, y)] = len(a & b) / len(a | b) if a | b else 0.0
    return found


def _interval(low, high) -> str:
    return f"{int(low):,}" if low == high else f"{int(low):,}–{int(high):,}"


def _figure(value) -> str:
    return f"{int(value):,}" if pd.notna(value) else "a range"


@exercise("5.1", names=("by_outlet", "troops", "facts"))
def _by_outlet(by_outlet_answer, troops, facts):
    ex = text("5.1")
    columns = ex.data["columns"]
    if not isinstance(by_outlet_answer, pd.DataFrame):
        raise ex.hint("not_a_frame", got=describe(by_outlet_answer))
    missing = [c for c in columns if c not in by_outlet_answer.columns]
    if missing:
        raise ex.hint("missing_column", column=missing[0], columns=", ".join(columns))
    expected = by_outlet(troops, facts)
    if len(by_outlet_answer) != len(expected):
        raise ex.hint("wrong_rows", got=len(by_outlet_answer), expected=len(expected))
    pairs = sorted(zip(by_outlet_answer["article_id"], by_outlet_answer["outlet"]))
    if pairs != sorted(zip(expected["article_id"], expected["outlet"])):
        raise ex.hint("wrong_outlets")
    return ex.say("right")


def _judge_overlaps(ex, overlaps) -> None:
    for a, b, expected in ex.data["cases"]:
        a, b = tuple(a), tuple(b)
        got = call(overlaps, a, b)
        if not isinstance(got, bool) and type(got).__name__ != "bool_":
            raise ex.hint("not_a_bool", a=a, b=b, got=describe(got))
        if bool(got) == expected:
            continue
        if a[1] == b[0] or b[1] == a[0]:
            raise ex.hint("ends_touch", a=a, b=b, got=got, point=max(a[0], b[0]))
        if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
            raise ex.hint("inside", a=a, b=b, got=got)
        raise ex.hint("wrong_overlap", a=a, b=b, got=got, verb="do" if expected else "do not")


@exercise("5.2", names=("overlaps", "conflicting_outlet", "troops", "facts"))
def _conflict(overlaps, conflicting_outlet, troops, facts):
    ex = text("5.2")
    _judge_overlaps(ex, overlaps)
    table = by_outlet(troops, facts)
    alone = conflicting_outlets(table)
    outlets = sorted(set(table["outlet"]))
    if not isinstance(conflicting_outlet, str):
        raise ex.hint("not_text", got=describe(conflicting_outlet))
    if conflicting_outlet not in outlets:
        raise ex.hint("not_an_outlet", got=conflicting_outlet, outlets=", ".join(outlets))
    if conflicting_outlet not in alone:
        raise ex.hint("overlaps_another", got=conflicting_outlet)
    mine = table[table["outlet"] == conflicting_outlet]
    figure = " and ".join(dict.fromkeys(_figure(v) for v in mine["value"]))
    others = table[table["outlet"] != conflicting_outlet]
    if len(alone) > 1:
        also = " and ".join(o for o in alone if o != conflicting_outlet)
        return ex.say("right_one_of", outlet=conflicting_outlet, figure=figure, also=also)
    spans = ", ".join(dict.fromkeys(_interval(r.value_low, r.value_high) for r in others.itertuples()))
    return ex.say("right", outlet=conflicting_outlet, figure=figure, others=spans)


@exercise("5.3", names=("shingles", "jaccard"))
def _shingles(shingles, jaccard):
    ex = text("5.3")
    given = ex.data["text"]
    expected = shingle_set(given)
    got = call(shingles, given)
    if not isinstance(got, (set, frozenset)):
        raise ex.hint("not_a_set", given=given, got=describe(got))
    if any(not isinstance(g, tuple) for g in got):
        raise ex.hint("not_tuples")
    if got != expected:
        plain = given.split()
        if got == {tuple(plain[i:i + 3]) for i in range(len(plain) - 2)}:
            raise ex.hint("not_normalized")
        raise ex.hint("wrong_count", given=given, expected=len(expected), got=len(got))
    for a, b, want in ex.data["jaccard"]:
        a, b = set(a), set(b)
        sim = call(jaccard, a, b)
        if not same_number(sim, want, tolerance=1e-9):
            raise ex.hint("wrong_jaccard", a=a, b=b, got=describe(sim), want=want)
    return ex.say("right")


@exercise("5.4", names=("similarity", "wire_pair", "TEXTS"))
def _wire_pair(similarity, wire_pair, TEXTS):  # noqa: N803 (the notebook's constant)
    ex = text("5.4")
    expected = similarities(TEXTS)
    if not isinstance(similarity, dict) or set(similarity) != set(expected):
        raise ex.hint("not_a_dict", n=len(expected))
    for pair, value in expected.items():
        if not same_number(similarity[pair], value, tolerance=1e-6):
            raise ex.hint("wrong_value", pair=pair, value=value, got=describe(similarity[pair]))
    ranked = sorted(expected, key=lambda p: (-expected[p], p))
    best = ranked[0]
    if not isinstance(wire_pair, tuple) or tuple(sorted(wire_pair)) != tuple(sorted(best)):
        raise ex.hint("wrong_pair", got=describe(wire_pair))
    runner_up = ranked[1] if len(ranked) > 1 else best
    return ex.say("right", a=best[0], b=best[1], share=expected[best], c=runner_up[0], d=runner_up[1],
                  next=expected[runner_up])


@exercise("5.5", names=("citations", "facts"))
def _citations(citations, facts):
    ex = text("5.5")
    named = facts.mentions[facts.mentions["type"] == "outlet"]
    merged = named.merge(facts.articles[["article_id", "outlet"]], on="article_id")
    expected = sorted(zip(merged["outlet"], merged["entity_en"]))
    if not isinstance(citations, pd.DataFrame):
        raise ex.hint("not_a_frame", got=describe(citations))
    if list(citations.columns) != ["outlet", "cites"]:
        raise ex.hint("wrong_columns", got=list(citations.columns))
    got = sorted(zip(citations["outlet"], citations["cites"]))
    if got != expected:
        raise ex.hint("wrong_rows", got=len(got), expected=len(expected))
    agencies = " and ".join(sorted(set(merged["entity_en"])))
    return ex.say("right", n_citing=number_word(merged["outlet"].nunique()).capitalize(),
                  n_outlets=number_word(facts.articles["outlet"].nunique()), agencies=agencies)


def expected_count(troops, facts, texts) -> tuple[set[str], int, tuple[str, str]]:
    """Exercise 5.6 from the lesson's own method: the agreeing articles, how many are independent, the wire pair."""
    table = by_outlet(troops, facts)
    alone = set(conflicting_outlets(table))
    agreeing = {str(a) for a in table.loc[~table["outlet"].isin(alone), "article_id"]}
    scores = similarities(texts)
    pair = min(scores, key=lambda p: (-scores[p], p))
    return agreeing, len(agreeing) - (1 if set(pair) <= agreeing else 0), pair


def library_claim(facts) -> dict | None:
    """The claim `build_claims` makes with the most articles behind it (ties: most independent, then its id)."""
    from arabic_news.claims import build_claims

    claims = build_claims(facts.tables()).claims
    if claims.empty:
        return None
    top = claims.sort_values(["n_articles", "n_independent", "claim_id"], ascending=[False, False, True],
                             kind="mergesort").iloc[0]
    return top.to_dict()


@exercise("5.6", names=("my_articles", "my_independent", "troops", "facts", "TEXTS"))
def _library_count(my_articles, my_independent, troops, facts, TEXTS):  # noqa: N803 (the notebook's constant)
    from arabic_news.analysis import claim_sentence

    ex = text("5.6")
    agreeing, independent, pair = expected_count(troops, facts, TEXTS)
    if not isinstance(my_articles, (set, frozenset)):
        raise ex.hint("not_a_set", got=describe(my_articles))
    if {str(a) for a in my_articles} != agreeing:
        raise ex.hint("wrong_articles", got=describe(my_articles), n=len(agreeing))
    if same_number(my_independent, len(agreeing)) and independent != len(agreeing):
        raise ex.hint("copies_counted_twice", got=my_independent, a=pair[0], b=pair[1])
    if not same_number(my_independent, independent):
        raise ex.hint("wrong_independent", got=describe(my_independent))
    claim = library_claim(facts)
    counts = {"n_articles": count_words(len(agreeing), "article").capitalize(), "n_independent": number_word(independent)}
    if claim is not None and set(str(claim["article_ids"]).split(";")) == agreeing \
            and claim["n_independent"] == independent:
        return ex.say("right", claim=claim_sentence(claim), **counts)
    return ex.say("right_differs", claim=claim_sentence(claim) if claim else "no claim at all",
                  library_articles=(claim or {}).get("article_ids", "none"), **counts)
