"""The corpus overview of notebook 01: website chrome set aside, raw against normalized text, undated articles, facts per article."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
import pandas as pd

from arabic_news.errors import ParameterError


def split_ids(article_ids: str, articles: pd.DataFrame | None = None) -> list[str] | None:
    """Parse a notebook's comma-separated `article_ids` parameter.

    Returns:
        The ids, or None when the parameter is empty (meaning all articles).
    Raises:
        ParameterError: an id that is not in `articles`, naming it.
    Example:
        >>> split_ids(" a, b ,") , split_ids("")
        (['a', 'b'], None)
    """
    ids = [part.strip() for part in str(article_ids or "").split(",") if part.strip()]
    if not ids:
        return None
    if articles is not None and len(articles):
        known = set(articles["article_id"])
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ParameterError("article_ids", article_ids, f"names articles not in the corpus: {', '.join(unknown)}",
                                 "Use ids from the articles table (01_corpus_overview), comma-separated")
    return ids


def set_aside_table(corpus_dir: str | Path) -> pd.DataFrame:
    """The lines the reader set aside as website chrome, one row per line, with the rule that matched.

    Returns:
        Columns article_id, start, end, rule, text.
    """
    from arabic_news.corpus import load_corpus

    rows = [{"article_id": article.article_id, "start": span.start, "end": span.end, "rule": span.label,
             "text": article.raw[span.start:span.end]}
            for article in load_corpus(corpus_dir) for span in article.boilerplate]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "rule", "text"])


def normalization_sample(corpus_dir: str | Path, n_lines: int = 6) -> pd.DataFrame:
    """Lines whose normalized form differs from the raw one, from the first articles of the corpus.

    Returns:
        Columns article_id, raw, normalized; at most `n_lines` rows, lines shortened to 160 characters.
    """
    from arabic_news.corpus import load_corpus
    from arabic_news.normalize import normalize

    rows = []
    for article in load_corpus(corpus_dir):
        for block in article.paragraphs:
            line = article.raw[block.start:block.end][:160]
            if normalize(line) != line:
                rows.append({"article_id": article.article_id, "raw": line, "normalized": normalize(line)})
                break
        if len(rows) >= n_lines:
            break
    return pd.DataFrame(rows, columns=["article_id", "raw", "normalized"])


def undated_sentence(articles: pd.DataFrame) -> str:
    """How many articles have no publication date, and why that matters, in one sentence.

    Example:
        >>> undated_sentence(pd.DataFrame({"publication_date": ["2018-04-16", None]}))
        'One of the 2 articles has no publication date: its facts cannot be placed in time, a date filter keeps them whatever its range, and its relative dates (on Monday, last week) stay unresolved. A metadata.csv with its date, or a file name ending in it (…-20180416.txt), fixes that.'
    """
    n = len(articles)
    undated = int(articles["publication_date"].isna().sum()) if "publication_date" in articles else n
    if not undated:
        return f"Every one of the {n} articles has a publication date."
    who = "One" if undated == 1 else str(undated)
    its, has = ("its", "has") if undated == 1 else ("their", "have")
    return (f"{who} of the {n} articles {has} no publication date: {its} facts cannot be placed in time, a date "
            f"filter keeps them whatever its range, and {its} relative dates (on Monday, last week) stay unresolved. "
            f"A metadata.csv with {its} date{'s' * (undated != 1)}, or a file name ending in it (…-20180416.txt), "
            "fixes that.")


def corpus_key_figures(facts: Mapping[str, pd.DataFrame]) -> dict[str, object]:
    """Key figures of a corpus: articles, outlets, date range and facts per table."""
    articles = facts.get("articles", pd.DataFrame())
    dates = sorted(d for column in ("publication_date", "date_window_start", "date_window_end")
                   for d in articles.get(column, pd.Series(dtype=object)).dropna())
    n_outlets = articles["outlet"].dropna().nunique() if len(articles) and "outlet" in articles else 0
    undated = int(articles["publication_date"].isna().sum()) if "publication_date" in articles else len(articles)
    figures: dict[str, object] = {"articles": len(articles),
                                  "outlets": n_outlets or "not known (no outlet in metadata.csv or the pages)",
                                  "articles without a date": undated,
                                  "first publication date": dates[0] if dates else "unknown",
                                  "last publication date": dates[-1] if dates else "unknown"}
    for name in ("troop_levels", "attacks", "events"):
        frame = facts.get(name)
        figures[name.replace("_", " ")] = 0 if frame is None else len(frame)
    return figures


def facts_per_article(facts: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """How many troop levels, attack counts and events each article yields (zeros included)."""
    articles = facts.get("articles", pd.DataFrame(columns=["article_id"]))
    frame = pd.DataFrame({"article_id": list(articles["article_id"])})
    for name in ("troop_levels", "attacks", "events"):
        table = facts.get(name)
        counts = table.groupby("article_id").size() if table is not None and len(table) else pd.Series(dtype=int)
        frame[name] = [int(counts.get(a, 0)) for a in frame["article_id"]]
    frame["n_facts"] = frame[["troop_levels", "attacks", "events"]].sum(axis=1)
    return frame
