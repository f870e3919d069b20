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


def quality_key_figures(scores: pd.DataFrame, checks: pd.DataFrame,
                        history: pd.DataFrame | None = None) -> dict[str, object]:
    """Key figures of notebook 06: precision and recall per table, the share of checks passed, and the troop
    levels' held-out first runs of `score_history` (what to expect on a corpus nobody annotated)."""
    figures: dict[str, object] = {}
    for row in scores.to_dict("records"):
        figures[f"{row['table']} precision"] = f"{row['precision']:.2f}"
        figures[f"{row['table']} recall"] = f"{row['recall']:.2f}"
    if not figures:
        figures["gold"] = "none for this corpus"
    figures["checks passed"] = f"{int(checks['ok'].sum())} of {len(checks)}" if len(checks) else "no facts"
    held = history[(history["first_run"] == "held out") & (history["table"] == "troop_levels")] \
        if history is not None and len(history) else pd.DataFrame()
    if len(held):
        span = (lambda c: f"{held[c].min():.2f}" + (f"–{held[c].max():.2f}" if held[c].nunique() > 1 else ""))
        figures["held-out troop-level scores"] = (
            f"precision {span('first_precision')}, recall {span('first_recall')}")
    return figures


SCORE_HISTORY_COLUMNS = ["batch", "table", "first_run", "first_precision", "first_recall", "final_precision",
                         "final_recall", "n_gold", "note"]
"""The columns of `score_history`."""


def score_history(path: str | Path, project_root: Path | None = None) -> pd.DataFrame:
    """Each gold batch's first-run and final scores (`evaluation.load_score_history`), one row per batch and table.

    A batch's first run is its held-out score: the rules had never seen it (run ``first``). The seeds and
    the first batch were annotated while the rules were written, so their first recorded run
    (``before_issue_11``) is not held out, and `first_run` says so.

    Args:
        path: the score history, ``data/gold/scores.csv``, relative to the project root too.
        project_root: the project root (`check_params(...).project_root`).
    Returns:
        `SCORE_HISTORY_COLUMNS`, in the file's order of batches; empty when the file is not there.
    Example:
        >>> import tempfile
        >>> f = Path(tempfile.mkdtemp()) / "scores.csv"
        >>> _ = f.write_text("batch,run,table,n_predicted,n_gold,true_positives,precision,recall,note\\n"
        ...                  "third,first,troop_levels,16,19,14,0.875,0.737,held out\\n"
        ...                  "third,final,troop_levels,19,19,19,1,1,\\n", encoding="utf-8")
        >>> score_history(f)[["batch", "first_run", "first_recall", "final_recall"]].values.tolist()
        [['third', 'held out', 0.737, 1.0]]
    """
    from arabic_news.evaluation import load_score_history

    file = Path(path)
    if not file.is_absolute() and not file.is_file() and project_root is not None:
        file = Path(project_root) / file
    if not file.is_file():
        return pd.DataFrame(columns=SCORE_HISTORY_COLUMNS)
    runs = load_score_history(file)
    rows = []
    for (batch, table), group in runs.groupby(["batch", "table"], sort=False):
        by_run = {r["run"]: r for r in group.to_dict("records")}
        first = by_run.get("first") or next(iter(by_run.values()))
        final = by_run.get("final") or list(by_run.values())[-1]
        rows.append({"batch": batch, "table": table,
                     "first_run": "held out" if "first" in by_run else f"not held out ({first['run']})",
                     "first_precision": first["precision"], "first_recall": first["recall"],
                     "final_precision": final["precision"], "final_recall": final["recall"],
                     "n_gold": final["n_gold"], "note": first.get("note") or ""})
    return pd.DataFrame(rows, columns=SCORE_HISTORY_COLUMNS)


def score_history_sentence(history: pd.DataFrame, table: str = "troop_levels") -> str:
    """What the score history says about a corpus nobody annotated: the held-out first runs are the estimate.

    Example:
        >>> h = pd.DataFrame({"batch": ["third"], "table": ["troop_levels"], "first_run": ["held out"],
        ...                   "first_precision": [0.875], "first_recall": [0.737]})
        >>> score_history_sentence(h)
        "On batches the rules had not seen (third), their first run scored troop_levels precision 0.88 and recall 0.74: a better guide to a new corpus than the final scores, reached after reading those batches' errors."
    """
    if history is None or history.empty:
        return "No score history was found (data/gold/scores.csv), so there is no estimate for unseen text."
    held = history[(history["first_run"] == "held out") & (history["table"] == table)]
    if held.empty:
        return f"No batch was scored before its rules were written for {table}: the scores below are not held out."
    return (f"On batches the rules had not seen ({', '.join(held['batch'])}), their first run scored {table} "
            f"precision {held['first_precision'].min():.2f}" + (f"–{held['first_precision'].max():.2f}"
                                                                 if len(held) > 1 else "")
            + f" and recall {held['first_recall'].min():.2f}" + (f"–{held['first_recall'].max():.2f}"
                                                                 if len(held) > 1 else "")
            + ": a better guide to a new corpus than the final scores, reached after reading those batches' errors.")
