"""Lesson 04, from a sentence to a fact: the judges of exercises 4.1–4.5 (their words and data: ``lesson04.toml``).

The teacher's annotation of the lesson's sentences is data (``lesson04.toml``); what the extractor
finds is never typed: every judge that needs it reads the notebook's ``troops`` table, and every
message about it is computed, so the lesson reads right whatever the extractor gets right or wrong.
"""

from __future__ import annotations

import pandas as pd

from arabic_news.teaching.checks import describe, same_number
from arabic_news.teaching.exercises.base import call, exercise, text
from arabic_news.teaching.helpers import count_words, mistakes_phrase, number_word


def annotation() -> dict[int, dict]:
    """The teacher's annotation of lesson 04: sentence number (from 1) → its row of ``lesson04.toml``."""
    return {n: row for n, row in enumerate(text("4.1").data["sentences"], start=1)}


def gold_pairs() -> set[tuple[int, int]]:
    """The teacher's annotation as pairs ``(sentence, figure)``, the shape of exercise 4.3."""
    return {(n, row["value"]) for n, row in annotation().items() if "value" in row}


def predicted_pairs(troops) -> set[tuple[int, int]]:
    """The extractor's troop levels as pairs ``(sentence, figure)``: article ``s3`` is sentence 3.

    A row without a figure (a vague amount, «عشرات») has no pair: there is nothing to compare.
    """
    return {(int(str(r.article_id)[1:]), int(r.value)) for r in troops.itertuples() if pd.notna(r.value)}


def _check_keys(ex, name: str, answer, keys) -> None:
    if not isinstance(answer, dict):
        raise ex.hint("not_a_dict", name=name, got=describe(answer))
    extra = sorted((k for k in answer if k not in keys), key=str)
    if extra:
        raise ex.hint("unknown_key", name=name, key=extra[0], numbers=sorted(keys))


@exercise("4.1", names=("my_values",))
def _annotate_values(my_values):
    ex, sentences = text("4.1"), annotation()
    _check_keys(ex, "my_values", my_values, sentences)
    missing = [n for n in sentences if n not in my_values]
    if missing:
        raise ex.hint("missing", n=missing[0])
    for n, row in sentences.items():
        got, expected = my_values[n], row.get("value")
        if (expected is None and got is None) or (expected is not None and same_number(got, expected)):
            continue
        raise ex.hint("wrong", why=row["why"])
    hard = [str(n) for n, row in sentences.items() if row.get("hard")]
    return ex.say("right", levels=count_words(len(gold_pairs()), "troop level").capitalize(),
                  sentences=count_words(len(sentences), "sentence"), hard=" and ".join(hard))


@exercise("4.2", names=("my_qualifiers", "my_speakers", "SPEAKERS"))
def _annotate_qualifiers(my_qualifiers, my_speakers, SPEAKERS):  # noqa: N803 (the notebook's constant)
    ex = text("4.2")
    levels = {n: row for n, row in annotation().items() if "value" in row}
    _check_keys(text("4.1"), "my_qualifiers", my_qualifiers, levels)
    _check_keys(text("4.1"), "my_speakers", my_speakers, levels)
    for n, row in levels.items():
        got = my_qualifiers.get(n)
        if got != row["qualifier"]:
            raise ex.hint("wrong_qualifier", n=n, got=got)
    for n, row in levels.items():
        got = my_speakers.get(n)
        if got not in SPEAKERS and got is not None:
            raise ex.hint("not_a_speaker", n=n, got=got)
        if got != row.get("speaker"):
            raise ex.hint("wrong_speaker", n=n, got=got)
    return ex.say("right")


def _check_pairs(ex, name: str, got) -> None:
    if not isinstance(got, (set, frozenset)):
        raise ex.hint("not_a_set", name=name, got=describe(got))
    bad = [p for p in got if not (isinstance(p, tuple) and len(p) == 2)]
    if bad:
        raise ex.hint("not_pairs", name=name, got=describe(bad[0]))
    if any(isinstance(p[0], str) for p in got):
        raise ex.hint("text_numbers", name=name)


@exercise("4.3", names=("gold", "predicted", "troops"))
def _fact_sets(gold, predicted, troops):
    ex = text("4.3")
    expected_gold, expected_predicted = gold_pairs(), predicted_pairs(troops)
    _check_pairs(ex, "gold", gold)
    if gold != expected_gold:
        raise ex.hint("wrong_gold", n=len(expected_gold))
    _check_pairs(ex, "predicted", predicted)
    if predicted != expected_predicted:
        raise ex.hint("wrong_predicted", n=len(troops))
    return ex.say("right")


def _shown(pairs) -> str:
    return "{" + ", ".join(map(str, sorted(pairs))) + "}" if pairs else "set()"


@exercise("4.4", names=("precision_recall",))
def _precision_recall(precision_recall):
    ex = text("4.4")
    for predicted, gold, expected in ex.data["cases"]:
        predicted, gold = {tuple(p) for p in predicted}, {tuple(p) for p in gold}
        shown = {"predicted": _shown(predicted), "gold": _shown(gold)}
        try:
            got = call(precision_recall, set(predicted), set(gold))
        except ZeroDivisionError:
            raise ex.hint("divided_by_zero", **shown) from None
        if not (isinstance(got, (tuple, list)) and len(got) == 2):
            raise ex.hint("not_a_pair", got=describe(got))
        if same_number(got[0], expected[0]) and same_number(got[1], expected[1]):
            continue
        if same_number(got[0], expected[1]) and same_number(got[1], expected[0]):
            raise ex.hint("swapped", got=tuple(got), **shown)
        raise ex.hint("wrong", expected=tuple(expected), got=tuple(got), **shown)
    return ex.say("right")


def _check_sentences(ex, name: str, got, want: set, wrong: str) -> None:
    if not isinstance(got, (set, frozenset)):
        raise ex.hint("not_a_set", name=name, got=describe(got))
    if any(isinstance(x, tuple) for x in got):
        raise ex.hint("holds_pairs", name=name)
    if set(got) != want:
        raise ex.hint(wrong)


@exercise("4.5", names=("scores", "false_positives", "false_negatives", "troops"))
def _score_extractor(scores, false_positives, false_negatives, troops):
    ex = text("4.5")
    gold, predicted = gold_pairs(), predicted_pairs(troops)
    tp = len(gold & predicted)
    precision, recall = (tp / len(predicted) if predicted else 1.0, tp / len(gold) if gold else 1.0)
    if not (isinstance(scores, (tuple, list)) and len(scores) == 2):
        raise ex.hint("not_a_pair", got=describe(scores))
    if not (same_number(scores[0], precision) and same_number(scores[1], recall)):
        raise ex.hint("wrong_scores", got=tuple(scores))
    _check_sentences(ex, "false_positives", false_positives, {n for n, _ in predicted - gold}, "wrong_false_positives")
    _check_sentences(ex, "false_negatives", false_negatives, {n for n, _ in gold - predicted}, "wrong_false_negatives")
    if predicted == gold:
        return ex.say("right_perfect", precision=precision, recall=recall, n_sentences=number_word(len(annotation())))
    return ex.say("right", precision=precision, recall=recall, outcome=mistakes_phrase(gold, predicted))
