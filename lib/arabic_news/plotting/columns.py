"""What a chart needs from a fact table, beyond the types `arabic_news.schema` gives it.

A chart function first passes its table through `schema.typed` (the one place a
column's type is decided: missing columns are added empty, integers are
nullable ``Int64``, flags nullable ``boolean``, text ``object`` with ``None``),
so tables read with `schema.read_table` and frames written by hand are drawn
alike. Drawing then needs three things more: dates as Timestamps (the schema
keeps ISO strings), numbers as plain floats (a nullable ``Int64`` cannot hold
the middle of a range such as 200-999), and flags as plain booleans (a missing
flag is not set).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from arabic_news.plotting.wording import missing
from arabic_news.schema import typed


def table(name: str, frame: pd.DataFrame | None) -> pd.DataFrame:
    """`frame` typed as fact table `name` (see `schema.typed`); an empty frame for None."""
    return typed(name, frame if frame is not None else pd.DataFrame())


def dates(values: pd.Series) -> pd.Series:
    """ISO dates as Timestamps; a missing or unreadable date is NaT."""
    return pd.to_datetime(values, errors="coerce", format="mixed")


def numbers(values: pd.Series) -> pd.Series:
    """Numbers as float64, NaN where missing."""
    return pd.Series(values.to_numpy(dtype="float64", na_value=np.nan), index=values.index)


def flags(values: pd.Series) -> pd.Series:
    """Flags as plain booleans; a missing flag is False."""
    return values.fillna(False).astype(bool)


def strings(values: pd.Series) -> pd.Series:
    """Text without surrounding spaces; "" where missing."""
    return values.map(lambda v: "" if missing(v) else str(v).strip())


def iso(value: object) -> str:
    """A date as YYYY-MM-DD; "" where missing."""
    return "" if missing(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def publication_dates(articles: pd.DataFrame | None) -> dict[str, pd.Timestamp]:
    """article_id -> publication date, for the articles that have one."""
    if articles is None or articles.empty or "article_id" not in articles.columns:
        return {}
    articles = table("articles", articles)
    return {str(a): d for a, d in zip(articles["article_id"], dates(articles["publication_date"])) if not pd.isna(d)}
