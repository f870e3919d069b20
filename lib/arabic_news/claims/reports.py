"""From fact rows to reports: what one troop level or attack count says, ready to be compared.

A `Report` is one fact seen by `claims`: which quantity it is about (its `key`), the value it
gives with the interval its hedge allows, the days it refers to, and where it comes from
(article, outlet, quote, speaker). `ClaimRules` holds every threshold that decides "same"
and "compatible"; `build_claims` takes them as keyword arguments with these defaults.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, NamedTuple

import pandas as pd

from arabic_news.errors import ParameterError
from arabic_news.rules import hedges as hedge_rules
from arabic_news.schema import missing_cell

FIGURE_TABLES: tuple[str, ...] = ("troop_levels", "attacks")
"""The fact tables whose figures become claims."""


def default_hedge_widening() -> dict[str, tuple[float, float]]:
    """How far each qualifier widens a value: ``{qualifier: (below, above)}`` as fractions of it.

    The defaults are the widths `rules/hedges.py` gives the extraction (read at each call, so a
    change there changes them), so a claim agrees with the ``value_low``/``value_high`` a table shows:
    «نحو 2500» (*about*) is 2250–2750, «ما يقرب من 2500» (*nearly*) 2250–2500, «أكثر من 2500» 2500–3125.

    Example:
        >>> w = default_hedge_widening()
        >>> w["about"], w["nearly"], w["exact"]
        ((0.1, 0.1), (0.1, 0.0), (0.0, 0.0))
    """
    about, nearly, open_ = hedge_rules.ABOUT_WIDTH, hedge_rules.NEARLY_WIDTH, hedge_rules.OPEN_WIDTH
    return {"exact": (0.0, 0.0), "about": (about, about), "nearly": (nearly, 0.0),
            "more_than": (0.0, open_), "at_least": (0.0, open_), "less_than": (open_, 0.0), "up_to": (open_, 0.0)}


@dataclass(frozen=True)
class ClaimRules:
    """The rules for "the same figure" and "compatible values", each with its default.

    Attributes:
        window_days: two troop levels are about the same time when their as-of windows overlap or lie at
            most this many days apart (31: an as-of window is often just the publication day, and
            articles that repeat a figure within a month report the same state of things). Attack
            counts without a stated period are compared by their articles' publication dates the same way.
        period_days: two attack counts are over the same period when their periods overlap and start at
            most this many days apart (7: «منذ بداية العام», *since the start of the year*, starts on
            1 January in every article; its end is when each article was written, so ends may differ).
            Two counts only conflict when their ends, too, lie this close: a count since January
            published in July and one published in December may both be right.
        conflict_days: two troop levels with incompatible values conflict when their windows overlap or
            lie at most this many days apart (7: stricter than `window_days`, because figures a month
            apart may both be right, the level having changed in between; a week apart, one is wrong).
        hedge_widening: ``{qualifier: (below, above)}`` fractions by which a hedge widens a value
            (`default_hedge_widening`, the extraction's widths); a mapping given is laid over the defaults.
        similarity: two sentences of different articles are copies of one text (wire copy) when
            rapidfuzz's `fuzz.ratio` of their normalized forms is at least this, from 0 to 1 (0.8: on the
            300-article sample, a republished sentence with an added dateline scores 0.85 and more, the
            closest pair of different sentences 0.73).
        min_copy_chars: sentences shorter than this (normalized characters) are never called copies:
            short sentences may be identical without one copying the other (40).
    """

    window_days: int = 31
    period_days: int = 7
    conflict_days: int = 7
    hedge_widening: Mapping[str, tuple[float, float]] = field(default_factory=default_hedge_widening)
    similarity: float = 0.8
    min_copy_chars: int = 40

    def __post_init__(self):
        for name in ("window_days", "period_days", "conflict_days", "min_copy_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ParameterError(name, value, "is not a whole number of at least 0",
                                     f"Give e.g. {name}={getattr(ClaimRules, name)} (the default)")
        if isinstance(self.similarity, bool) or not isinstance(self.similarity, (int, float)) \
                or not 0 < self.similarity <= 1:
            raise ParameterError("similarity", self.similarity, "is not a share between 0 and 1",
                                 "Give e.g. similarity=0.8 (the default); 1 means identical sentences only")
        widening = default_hedge_widening()
        for qualifier, pair in dict(self.hedge_widening).items():
            if qualifier not in hedge_rules.QUALIFIERS or not _is_pair(pair):
                raise ParameterError("hedge_widening", {qualifier: pair}, "is not a (below, above) pair of "
                                     "fractions of 0 or more for a known qualifier",
                                     f"Use qualifiers of {', '.join(hedge_rules.QUALIFIERS)}, e.g. "
                                     "hedge_widening={'about': (0.05, 0.05)}")
            widening[qualifier] = (float(pair[0]), float(pair[1]))
        object.__setattr__(self, "hedge_widening", widening)

    def as_dict(self) -> dict[str, object]:
        """The rules as plain values (written into manifest.json for provenance)."""
        return {"window_days": self.window_days, "period_days": self.period_days,
                "conflict_days": self.conflict_days,
                "hedge_widening": {q: list(p) for q, p in sorted(self.hedge_widening.items())},
                "similarity": self.similarity, "min_copy_chars": self.min_copy_chars}


def _is_pair(pair: object) -> bool:
    return (isinstance(pair, (tuple, list)) and len(pair) == 2
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0 for x in pair))


class Report(NamedTuple):
    """One troop level or attack count as `claims` compares it."""

    fact_id: str
    table: str              # "troop_levels" or "attacks"
    key: tuple              # (table, force key, target, location, kind): the quantity it is about
    article_id: str
    start: int              # offset in the article, for a stable order
    point: float | None     # the value it states (None for a range only, e.g. «عشرات»)
    low: float              # the interval its hedge allows
    high: float
    qualifier: str | None
    approx: bool            # the row's approx, else: hedged by a qualifier other than exact, or a range only
    first: int | None       # the days it refers to (date ordinals), or None when nothing places it
    last: int | None
    stated: bool            # the days come from the fact itself (as_of, period), not its article's date
    window: tuple[str | None, str | None]  # the stated days as ISO strings
    force: str | None
    force_id: str | None
    target: str | None
    location: str | None
    kind: str | None
    outlet: str | None
    published: str | None
    quote: str
    text: str
    attribution: str | None
    attribution_en: str | None


missing = missing_cell
"""True for a cell with nothing in it (`schema.missing_cell`)."""


def text_or_none(value: object) -> str | None:
    """A cell as a stripped string, or None when it is empty."""
    if missing(value):
        return None
    value = str(value).strip()
    return value or None


def number_or_none(value: object) -> float | None:
    """A cell as a float, or None when it is empty or not a number."""
    if missing(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=4096)
def day(value: str | None) -> int | None:
    """An ISO date (or the date part of a timestamp) as a date ordinal; None when it is not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def iso(ordinal: int | None) -> str | None:
    """A date ordinal as YYYY-MM-DD (None stays None)."""
    return None if ordinal is None else dt.date.fromordinal(int(ordinal)).isoformat()


def interval(point: float | None, qualifier: str | None, low: float | None, high: float | None,
             widening: Mapping[str, tuple[float, float]]) -> tuple[float, float] | None:
    """The interval a figure allows: its value widened by its hedge, else the range the row gives.

    Example:
        >>> interval(2500, "about", None, None, default_hedge_widening())
        (2250.0, 2750.0)
        >>> interval(None, "exact", 20, 90, default_hedge_widening())
        (20.0, 90.0)
    """
    if point is not None and qualifier in widening:
        below, above = widening[qualifier]
        return point * (1 - below), point * (1 + above)
    if low is not None or high is not None:
        low = low if low is not None else (point if point is not None else high)
        high = high if high is not None else (point if point is not None else low)
        return (float(min(low, high)), float(max(low, high)))
    if point is not None:
        return float(point), float(point)
    return None


def _article_info(articles: pd.DataFrame | None) -> dict[str, tuple[str | None, str | None, int | None, int | None]]:
    """article_id → (outlet, publication date, first day, last day) from the articles table."""
    info: dict[str, tuple] = {}
    if articles is None or articles.empty:
        return info
    empty = [None] * len(articles)
    columns = [articles[c] if c in articles.columns else empty
               for c in ("article_id", "outlet", "publication_date", "date_window_start", "date_window_end")]
    for article_id, outlet, published, window_start, window_end in zip(*columns):
        published = text_or_none(published)
        first = day(published) or day(text_or_none(window_start))
        last = day(published) or day(text_or_none(window_end)) or first
        info[str(article_id)] = (text_or_none(outlet), published, first, last or first)
    return info


_COLUMNS = {  # table → (value, low, high, window start, window end)
    "troop_levels": ("value", "value_low", "value_high", "as_of_start", "as_of_end"),
    "attacks": ("count", "count_low", "count_high", "period_start", "period_end"),
}


def reports_from_tables(tables: Mapping[str, pd.DataFrame], rules: ClaimRules) -> list[Report]:
    """Every troop level and attack count of `tables` that states a number, as a `Report`.

    The "same force" key is ``force_id`` when the troop table has that column and the fact a value
    there, else ``force``. A fact whose row states no days is placed by its article's publication
    date (or date window) and marked ``stated=False``. Facts without any number are left out.
    """
    info = _article_info(tables.get("articles"))
    reports: list[Report] = []
    for table in FIGURE_TABLES:
        frame = tables.get(table)
        if frame is None or frame.empty:
            continue
        value_c, low_c, high_c, start_c, end_c = _COLUMNS[table]
        for index, row in enumerate(frame.to_dict("records")):
            point = number_or_none(row.get(value_c))
            qualifier = text_or_none(row.get("qualifier"))
            span = interval(point, qualifier, number_or_none(row.get(low_c)), number_or_none(row.get(high_c)),
                            rules.hedge_widening)
            if span is None:
                continue
            reports.append(_report(table, index, row, point, qualifier, span,
                                   (text_or_none(row.get(start_c)), text_or_none(row.get(end_c))), info))
    return reports


def _approx(flag: object, point: float | None, qualifier: str | None) -> bool:
    if not missing(flag):
        return str(flag).strip().lower() == "true" if isinstance(flag, str) else bool(flag)
    return point is None or (qualifier or "exact") != "exact"


def _report(table, index, row, point, qualifier, span, window, info) -> Report:
    article_id = str(row.get("article_id"))
    outlet, published, pub_first, pub_last = info.get(article_id, (None, None, None, None))
    first, last = day(window[0]) or day(window[1]), day(window[1]) or day(window[0])
    stated = first is not None
    if not stated:
        first, last = pub_first, pub_last
    force, force_id = text_or_none(row.get("force")), text_or_none(row.get("force_id"))
    target, location = text_or_none(row.get("target")), text_or_none(row.get("location"))
    kind = text_or_none(row.get("kind")) if table == "troop_levels" else None
    force_key = (force_id or (f"force:{force}" if force else None)) if table == "troop_levels" else None
    start = number_or_none(row.get("start"))
    return Report(
        fact_id=text_or_none(row.get("fact_id")) or f"{table}:{index}", table=table,
        key=(table, force_key, target, location, kind), article_id=article_id,
        start=int(start) if start is not None else index, point=point, low=span[0], high=span[1],
        qualifier=qualifier, approx=_approx(row.get("approx"), point, qualifier), first=first, last=max(last, first) if last is not None and first is not None else last,
        stated=stated, window=(iso(first), iso(last)) if stated else (None, None), force=force,
        force_id=force_id, target=target, location=location, kind=kind, outlet=outlet, published=published,
        quote=text_or_none(row.get("quote")) or "", text=text_or_none(row.get("text")) or "",
        attribution=text_or_none(row.get("attribution")), attribution_en=text_or_none(row.get("attribution_en")))
