"""Who is cited for what: attribution counts, figures with their sources, the most mentioned entities (notebook 05)."""

from __future__ import annotations

from collections.abc import Mapping
import pandas as pd



def attribution_counts(facts: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Who is cited, per article: one row per (article, speaker) across the fact tables.

    Returns:
        Columns article_id, attribution, attribution_en, n_facts, tables (``;``-joined),
        sorted by article then most facts first. Facts stated in the article's own voice
        (no attribution) are counted under attribution "" and attribution_en "(the article itself)".
    """
    rows = []
    for name in ("troop_levels", "attacks", "events"):
        frame = facts.get(name)
        if frame is None or frame.empty:
            continue
        for row in frame.to_dict("records"):
            speaker = row.get("attribution")
            speaker = "" if speaker is None or pd.isna(speaker) else str(speaker)
            english = row.get("attribution_en")
            english = "(the article itself)" if not speaker else ("" if english is None or pd.isna(english)
                                                                 else str(english))
            rows.append({"article_id": row["article_id"], "attribution": speaker, "attribution_en": english,
                         "table": name})
    columns = ["article_id", "attribution", "attribution_en", "n_facts", "tables"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    grouped = (frame.groupby(["article_id", "attribution", "attribution_en"], sort=True)
               .agg(n_facts=("table", "size"), tables=("table", lambda t: ";".join(sorted(set(t)))))
               .reset_index())
    return grouped.sort_values(["article_id", "n_facts", "attribution"], ascending=[True, False, True],
                               kind="mergesort", ignore_index=True)[columns]


def figures_with_sources(facts: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every troop level and attack count with the source behind it.

    Returns:
        Columns table, fact_id, article_id, start, end, figure (the matched text), value,
        qualifier, fact_en, attribution, attribution_en, attribution_cue, quote.
    """
    columns = ["table", "fact_id", "article_id", "start", "end", "figure", "value", "qualifier", "fact_en",
               "attribution", "attribution_en", "attribution_cue", "quote"]
    rows = []
    for name, value_column in (("troop_levels", "value"), ("attacks", "count")):
        frame = facts.get(name)
        if frame is None or frame.empty:
            continue
        for row in frame.to_dict("records"):
            rows.append({"table": name, "fact_id": row["fact_id"], "article_id": row["article_id"],
                         "start": row["start"], "end": row["end"], "figure": row.get("text"),
                         "value": row.get(value_column), "qualifier": row.get("qualifier"),
                         "fact_en": row.get("fact_en"), "attribution": row.get("attribution"), "attribution_en": row.get("attribution_en"),
                         "attribution_cue": row.get("attribution_cue"), "quote": row.get("quote")})
    return pd.DataFrame(rows, columns=columns)


def top_mentions(mentions: pd.DataFrame, n: int = 15, entity_type: str | None = None) -> pd.DataFrame:
    """The most mentioned entities across the corpus, with the number of articles naming each.

    Returns:
        Columns entity, entity_en, type, count (mentions), n_articles; most mentioned first.
    """
    columns = ["entity", "entity_en", "type", "count", "n_articles"]
    if mentions is None or mentions.empty:
        return pd.DataFrame(columns=columns)
    frame = mentions if entity_type is None else mentions[mentions["type"] == entity_type]
    frame = frame.assign(count=pd.to_numeric(frame["count"], errors="coerce").fillna(0).astype(int))
    grouped = (frame.groupby(["entity", "entity_en", "type"], sort=True)
               .agg(count=("count", "sum"), n_articles=("article_id", "nunique")).reset_index())
    return grouped.sort_values(["count", "entity_en"], ascending=[False, True], kind="mergesort",
                               ignore_index=True).head(n)[columns]


def source_key_figures(facts: Mapping[str, pd.DataFrame]) -> dict[str, object]:
    """Key figures of attribution: figures with and without a stated source, distinct sources."""
    figures = figures_with_sources(facts)
    attributed = figures["attribution"].notna() & (figures["attribution"].astype(str) != "")
    return {"figures": len(figures), "with a stated source": int(attributed.sum()),
            "in the article's own voice": int((~attributed).sum()),
            "distinct sources": figures.loc[attributed, "attribution_en"].nunique()}


def cited_sources(sources: pd.DataFrame, label_language: str = "ar") -> pd.Series:
    """Facts per named source across the corpus, labelled in Arabic as written or in English.

    Args:
        sources: `attribution_counts`' table.
        label_language: "ar" labels by the speaker as the articles write it, "en" by its English name
            (a speaker without one keeps its Arabic).
    Returns:
        A Series of fact counts indexed by label, most cited first; the article's own voice is left out.
    Example:
        >>> s = pd.DataFrame({"article_id": ["a", "b", "b"], "attribution": ["البنتاغون", "البنتاغون", ""],
        ...                   "attribution_en": ["Pentagon", "Pentagon", "(the article itself)"], "n_facts": [1, 2, 5]})
        >>> cited_sources(s, "en").to_dict(), cited_sources(s, "ar").to_dict()
        ({'Pentagon': 3}, {'البنتاغون': 3})
    """
    named = sources[sources["attribution"].fillna("") != ""]
    if named.empty:
        return pd.Series(dtype=int, name="n_facts")
    labels = named["attribution"] if label_language != "en" else \
        named["attribution_en"].where(named["attribution_en"].fillna("") != "", named["attribution"])
    counts = named.groupby(labels.rename("source"))["n_facts"].sum()
    return counts.sort_values(ascending=False, kind="mergesort")
