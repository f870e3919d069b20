"""Extraction quality for notebook 06: scores against the gold of the corpus's own articles, and the checks that need no gold."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
import pandas as pd



def quality_scores(facts: Mapping[str, pd.DataFrame], gold_dir: str | Path,
                   project_root: Path | None = None) -> pd.DataFrame:
    """Precision and recall per table against the gold in `gold_dir` (relative to the project root too).

    Returns:
        `arabic_news.evaluation.score_tables`' table; empty when the folder holds no gold or
        the gold covers none of these articles.
    """
    from arabic_news.evaluation import load_gold, score_tables

    folder = Path(gold_dir)
    if not folder.is_absolute() and not folder.is_dir() and project_root is not None:
        folder = Path(project_root) / folder
    if not folder.is_dir():
        return pd.DataFrame(columns=["table", "n_articles", "n_gold", "n_predicted", "true_positives", "precision",
                                     "recall", "f1"])
    gold = _gold_of_corpus(load_gold(folder), facts.get("articles"))
    scores = score_tables(facts, gold)
    if "n_articles" in scores:
        scores = scores[scores["n_articles"] > 0].reset_index(drop=True)
    return scores.round(2)


def _gold_of_corpus(gold: Mapping[str, pd.DataFrame], articles: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The gold of the articles this corpus holds: gold for other articles is not this corpus's to miss."""
    if articles is None or "article_id" not in articles:
        return dict(gold)
    ids = set(articles["article_id"].astype(str))
    return {name: frame[frame["article_id"].astype(str).isin(ids)].reset_index(drop=True)
            if frame is not None and "article_id" in frame else frame for name, frame in gold.items()}


def gold_sentence(scores: pd.DataFrame, gold_dir: str | Path, n_articles: int) -> str:
    """One sentence on what the scores rest on: how many of the corpus's articles the gold covers, or none.

    Example:
        >>> gold_sentence(pd.DataFrame(columns=["table", "n_articles"]), "data/gold/seeds", 300)
        'This corpus has no gold annotation: data/gold/seeds covers none of its 300 articles, so precision and recall cannot be computed here. The checks below need no annotation.'
    """
    covered = int(scores["n_articles"].max()) if len(scores) else 0
    if not covered:
        return (f"This corpus has no gold annotation: {gold_dir} covers none of its {n_articles} articles, so "
                "precision and recall cannot be computed here. The checks below need no annotation.")
    return (f"The gold annotation in {gold_dir} covers {covered} of the corpus's {n_articles} articles; "
            "only those are scored.")


def failed_checks(checks: pd.DataFrame, limit: int = 5) -> str:
    """The checks that failed, as one sentence naming each table and article (for an assert's message).

    Example:
        >>> c = pd.DataFrame({"table": ["events"], "article_id": ["a"], "n_facts": [3], "quotes_found": [3],
        ...                   "spans_in_quote": [2], "ok": [False]})
        >>> failed_checks(c)
        '1 check failed: events of a (2 of 3 spans inside their quote, 3 of 3 quotes found)'
    """
    bad = checks[~checks["ok"].astype(bool)]
    items = [f"{r['table']} of {r['article_id']} ({r['spans_in_quote']} of {r['n_facts']} spans inside their quote, "
             f"{r['quotes_found']} of {r['n_facts']} quotes found)" for r in bad.head(limit).to_dict("records")]
    more = f"; and {len(bad) - limit} more" if len(bad) > limit else ""
    return f"{len(bad)} check{'s' * (len(bad) != 1)} failed: " + "; ".join(items) + more


def field_accuracy(scores: pd.DataFrame) -> pd.DataFrame:
    """The field accuracies of `quality_scores`, one row per table and field (fields a table lacks left out).

    Example:
        >>> scores = pd.DataFrame({"table": ["attacks"], "count_accuracy": [1.0], "value_accuracy": [float("nan")]})
        >>> field_accuracy(scores).values.tolist()
        [['attacks', 'count', 1.0]]
    """
    columns = [c for c in scores.columns if c.endswith("_accuracy")]
    rows = [{"table": row["table"], "field": column[: -len("_accuracy")], "accuracy": row[column]}
            for row in scores.to_dict("records") for column in columns if not pd.isna(row[column])]
    return pd.DataFrame(rows, columns=["table", "field", "accuracy"])


def checks_without_gold(facts: Mapping[str, pd.DataFrame], corpus_dir: str | Path) -> pd.DataFrame:
    """`arabic_news.evaluation.check_without_gold` over the articles of `corpus_dir`."""
    from arabic_news.corpus import load_corpus
    from arabic_news.evaluation import check_without_gold

    raws = {article.article_id: article.raw for article in load_corpus(corpus_dir)}
    return check_without_gold(facts, raws)


def quality_key_figures(scores: pd.DataFrame, checks: pd.DataFrame) -> dict[str, object]:
    """Key figures of notebook 06: precision and recall per table, and the share of checks passed."""
    figures: dict[str, object] = {}
    for row in scores.to_dict("records"):
        figures[f"{row['table']} precision"] = f"{row['precision']:.2f}"
        figures[f"{row['table']} recall"] = f"{row['recall']:.2f}"
    if not figures:
        figures["gold"] = "none for this corpus"
    figures["checks passed"] = f"{int(checks['ok'].sum())} of {len(checks)}" if len(checks) else "no facts"
    return figures
