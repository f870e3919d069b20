"""Extraction scored against our gold annotation (data/gold/), with floors asserted.

Precision and recall per table are printed (run with ``-s`` to see them); the floors
are what the extractor honestly reaches today, so a change that loses quality fails here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from arabic_news.corpus import read_article
from arabic_news.evaluation import load_gold, score_tables
from arabic_news.extract import extract_articles, extract_corpus

from conftest import GOLD

# table -> (precision floor, recall floor)
SEED_FLOORS = {"troop_levels": (0.95, 0.9), "attacks": (0.95, 0.95), "events": (0.95, 0.95)}
# both batches of data/gold/corpus (the second one annotated before the extractor had seen it)
CORPUS_FLOORS = {"troop_levels": (0.95, 0.95), "attacks": (0.95, 0.9), "events": (0.95, 0.95)}

# (table, field) -> accuracy floor over matched facts: what the extractor honestly reaches today
SEED_FIELD_FLOORS = {
    ("troop_levels", "value"): 0.95, ("troop_levels", "qualifier"): 0.95, ("troop_levels", "force"): 0.95,
    ("troop_levels", "force_id"): 0.95,
    ("troop_levels", "location"): 0.95, ("troop_levels", "kind"): 0.95,
    ("attacks", "count"): 0.95, ("attacks", "period"): 0.45,
    ("events", "date_start"): 0.95, ("events", "date_end"): 0.95, ("events", "precision"): 0.95,
    ("events", "date_within"): 0.95,
}
# issue 12: gold events found with a date inside the gold's, over all gold events
SEED_DATED_RECALL = 0.9
CORPUS_FIELD_FLOORS = {
    ("troop_levels", "value"): 0.95, ("troop_levels", "qualifier"): 0.95, ("troop_levels", "force"): 0.98,
    ("troop_levels", "force_id"): 0.98, ("troop_levels", "location"): 0.94, ("troop_levels", "kind"): 0.85,
    ("attacks", "count"): 0.95, ("attacks", "period"): 0.95,
    ("events", "date_start"): 0.9, ("events", "date_end"): 0.9, ("events", "precision"): 0.95,
    ("events", "date_within"): 0.9,
}


def _show(title: str, scores: pd.DataFrame) -> None:
    columns = ["table", "n_articles", "n_predicted", "n_gold", "true_positives", "precision", "recall", "f1"]
    extra = [c for c in scores.columns if (c.endswith("_accuracy") or c == "dated_recall") and scores[c].notna().any()]
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        print(f"\n{title}\n{scores[columns + extra].round(2).to_string(index=False)}")


def _check(scores: pd.DataFrame, floors: dict[str, tuple[float, float]]) -> None:
    by_table = scores.set_index("table")
    failures = [f"{table}: precision {by_table.at[table, 'precision']:.2f} < {p} or "
                f"recall {by_table.at[table, 'recall']:.2f} < {r}"
                for table, (p, r) in floors.items()
                if table in by_table.index and (by_table.at[table, "precision"] < p or by_table.at[table, "recall"] < r)]
    assert not failures, "; ".join(failures)


def _check_fields(scores: pd.DataFrame, floors: dict[tuple[str, str], float]) -> None:
    by_table = scores.set_index("table")
    failures = [f"{table}.{field}: accuracy {by_table.at[table, f'{field}_accuracy']:.2f} < {floor}"
                for (table, field), floor in floors.items()
                if by_table.at[table, f"{field}_accuracy"] < floor]
    assert not failures, "; ".join(failures)


def test_seeds_against_the_gold(seeds_dir):
    scores = score_tables(extract_corpus(seeds_dir), load_gold(GOLD / "seeds"))
    _show("seeds", scores)
    _check(scores, SEED_FLOORS)
    _check_fields(scores, SEED_FIELD_FLOORS)
    assert scores.set_index("table").at["events", "dated_recall"] >= SEED_DATED_RECALL


# the third batch (issue 11: other countries, annotated before the extractor ran on it). First run
# (data/gold/README.md): troop levels P 0.88 R 0.74, force 0.71, location 0.64, kind 0.79; attacks P 1.00
# R 0.84, period 0.31. The floors are what the general rules of issue 11 reach on it, a little below.
THIRD_BATCH_FLOORS = {"troop_levels": (0.95, 0.95), "attacks": (0.95, 0.8)}
THIRD_BATCH_FIELD_FLOORS = {("troop_levels", "value"): 0.95, ("troop_levels", "qualifier"): 0.95,
                            ("troop_levels", "force"): 0.95, ("troop_levels", "force_id"): 0.94,
                            ("troop_levels", "location"): 0.94, ("troop_levels", "kind"): 0.65,
                            ("attacks", "count"): 0.95, ("attacks", "period"): 0.85}


def _corpus_scores(shared_corpus, batches: tuple[str, ...]) -> pd.DataFrame:
    """Extract the gold's corpus articles of `batches` and score them against their gold rows."""
    gold = load_gold(GOLD / "corpus")
    manifest = pd.read_csv(GOLD / "corpus" / "manifest.csv", encoding="utf-8-sig", dtype=str)
    manifest = manifest[manifest["batch"].isin(batches)]
    ids = set(manifest["article_id"])
    gold = {name: frame[frame["article_id"].isin(ids)] for name, frame in gold.items()}
    articles = [read_article(shared_corpus / relpath, corpus_root=shared_corpus / relpath.split("/", 1)[0])
                for relpath in manifest["path"]]
    return score_tables(extract_articles(articles), gold)


@pytest.mark.corpus
def test_shared_corpus_articles_against_the_gold(shared_corpus):
    scores = _corpus_scores(shared_corpus, ("first", "second"))
    _show("shared corpus, first and second batches", scores)
    _check(scores, CORPUS_FLOORS)
    _check_fields(scores, CORPUS_FIELD_FLOORS)


@pytest.mark.corpus
def test_the_third_batch_against_its_gold(shared_corpus):
    scores = _corpus_scores(shared_corpus, ("third",))
    _show("shared corpus, third batch (other countries)", scores)
    _check(scores, THIRD_BATCH_FLOORS)
    _check_fields(scores, THIRD_BATCH_FIELD_FLOORS)
