"""Small helpers the analysis modules share: force names, numbers as text, days, outlets."""

from __future__ import annotations

import datetime as dt
import pandas as pd

from arabic_news.rules.labels import FORCE_NAMES


def _force_name(force: object) -> str:
    """The English name of a force code ("us" → "US forces"), from the one table of labels."""
    return FORCE_NAMES[force][1] if force in FORCE_NAMES else f"{force or 'Unnamed'} forces"


def _number(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.1f}"


def _day(value: object) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _outlets(articles: pd.DataFrame | None) -> dict[str, str]:
    """article_id -> outlet, for the articles whose outlet is known."""
    if articles is None or articles.empty or "outlet" not in articles.columns:
        return {}
    return {str(a): str(o) for a, o in zip(articles["article_id"], articles["outlet"])
            if o is not None and not pd.isna(o) and str(o).strip()}


_HEDGE_WORDS = {"exact": "", "about": "about ", "nearly": "nearly ", "more_than": "more than ",
                "at_least": "at least ", "less_than": "less than ", "up_to": "up to "}


def _when(start: object, end: object) -> str:
    """Days as a reader says them: "July 2021", "January–July 2021", "2021–2024"."""
    first, last = _day(start), _day(end) or _day(start)
    if first is None:
        return "undated"
    if (first.year, first.month) == (last.year, last.month):
        return first.strftime("%B %Y")
    if first.year == last.year:
        return f"{first.strftime('%B')}–{last.strftime('%B %Y')}"
    return f"{first.year}–{last.year}"
