"""A fact row's provenance columns: stable id, article, sentence, span, quote and speaker.

Every fact table row starts the same way; `fact_row` writes those columns once, so the
troop, attack and event modules only add what is theirs. The speaker comes from
`arabic_news.attribution`: the cue governing the figure in its sentence, or, for a cue
whose speaker is not named («وأضاف أن …»), the last speaker of the sentences before.
"""

from __future__ import annotations

import hashlib
from typing import Any

from arabic_news.extract.context import ArticleContext
from arabic_news.rules import windows

__all__ = ["fact_id", "fact_row", "quantity_fields", "speaker", "speaker_nspans"]


def fact_id(sha1: str, table: str, start: int, end: int, kind: str) -> str:
    """A stable id: a hash of the article's bytes (`sha1`), the table, the span and the rule."""
    return hashlib.sha1(f"{sha1}|{table}|{start}|{end}|{kind}".encode()).hexdigest()[:16]


def _as_number(value: Any) -> int | float | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def quantity_fields(q, name: str) -> dict:
    """A `numbers.Quantity` as the columns `name`, `name_low`, `name_high`, approx, qualifier."""
    return {name: _as_number(q.value), f"{name}_low": _as_number(q.low), f"{name}_high": _as_number(q.high),
            "approx": bool(q.approx), "qualifier": q.qualifier}


def _sentence_attributions(ctx: ArticleContext, sentence) -> list:
    from arabic_news.attribution import find_attributions

    if sentence.index not in ctx.attributions:
        ctx.attributions[sentence.index] = find_attributions(ctx.quote(sentence))
    return ctx.attributions[sentence.index]


def speaker_nspans(ctx: ArticleContext, sentence) -> list[tuple[int, int]]:
    """The normalized spans of the speakers named in `sentence` («وقال مسؤول عسكري في واشنطن»: a place
    inside one is where the speaker is, not the fact)."""
    return [(ctx.n(sentence.start + a.start), ctx.n(sentence.start + a.end))
            for a in _sentence_attributions(ctx, sentence) if a.end > a.start]


def _previous_attribution(ctx: ArticleContext, sentence):
    """The last speaker named in the sentences before `sentence` (`windows.SPEAKER_SENTENCES` back), or None."""
    for back in range(1, windows.SPEAKER_SENTENCES + 1):
        prev = ctx.previous_sentence(sentence, back)
        if prev is None:
            return None
        found = _sentence_attributions(ctx, prev)
        if found:
            return found[-1]
    return None


def speaker(ctx: ArticleContext, sentence, raw_offset: int) -> tuple[str | None, str | None, str | None]:
    """(speaker, its English, the cue) of a fact at `raw_offset`, or three Nones."""
    from arabic_news.attribution import attribute, needs_previous

    quote = ctx.quote(sentence)
    previous = _previous_attribution(ctx, sentence) if needs_previous(quote) else None
    found = attribute(quote, raw_offset - sentence.start, previous=previous)
    if found is None:
        return None, None, None
    return found.speaker or None, found.speaker_en or None, found.cue or None


def fact_row(ctx: ArticleContext, table: str, sentence, start: int, end: int, rule: str, fields: dict,
             *, id_kind: str | None = None, extra: dict | None = None) -> dict:
    """One row of a fact table: provenance, then `fields`, the rule and the speaker, then `extra`.

    Args:
        table: the table's name (part of the fact's id).
        sentence: the fact's sentence; `start`/`end`: its raw span.
        rule: what produced it (the `rule` column).
        id_kind: what the id hashes beside the span (default: `rule`).
    """
    who, who_en, cue = speaker(ctx, sentence, start)
    return {
        "fact_id": fact_id(ctx.article.sha1, table, start, end, id_kind or rule),
        "article_id": ctx.article.article_id,
        "sentence_id": sentence.index,
        "start": start, "end": end,
        "quote": ctx.quote(sentence),
        **fields,
        "attribution": who, "rule": rule, "attribution_en": who_en, "attribution_cue": cue,
        **(extra or {}),
    }
