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
SEED_FLOORS = {"troop_levels": (0.9, 0.85), "attacks": (0.9, 0.9), "events": (0.9, 0.9)}
CORPUS_FLOORS = {"troop_levels": (0.8, 0.8), "attacks": (0.75, 0.75)}


def _show(title: str, scores: pd.DataFrame) -> None:
    columns = ["table", "n_articles", "n_predicted", "n_gold", "true_positives", "precision", "recall", "f1"]
    extra = [c for c in scores.columns if c.endswith("_accuracy") and scores[c].notna().any()]
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        print(f"\n{title}\n{scores[columns + extra].round(2).to_string(index=False)}")


def _check(scores: pd.DataFrame, floors: dict[str, tuple[float, float]]) -> None:
    by_table = scores.set_index("table")
    failures = [f"{table}: precision {by_table.at[table, 'precision']:.2f} < {p} or "
                f"recall {by_table.at[table, 'recall']:.2f} < {r}"
                for table, (p, r) in floors.items()
                if table in by_table.index and (by_table.at[table, "precision"] < p or by_table.at[table, "recall"] < r)]
    assert not failures, "; ".join(failures)


def test_seeds_against_the_gold(seeds_dir):
    scores = score_tables(extract_corpus(seeds_dir), load_gold(GOLD / "seeds"))
    _show("seeds", scores)
    _check(scores, SEED_FLOORS)


@pytest.mark.corpus
def test_shared_corpus_articles_against_the_gold(shared_corpus):
    gold = load_gold(GOLD / "corpus")
    manifest = pd.read_csv(GOLD / "corpus" / "manifest.csv", encoding="utf-8-sig", dtype=str)
    articles = []
    for relpath in manifest["path"]:
        sub = relpath.split("/", 1)[0]
        articles.append(read_article(shared_corpus / relpath, corpus_root=shared_corpus / sub))
    scores = score_tables(extract_articles(articles), gold)
    _show("shared corpus", scores)
    _check(scores, CORPUS_FLOORS)
