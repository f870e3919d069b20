"""From fact tables to what the notebooks show: filtered tables, rates, groups and computed sentences.

This package owns the small computations every notebook needs and none should copy, one
module a notebook's subject, all reachable from here (`analysis.troop_figures`, …):

- here: reading the tables `arabic-news extract` wrote (`read_facts`, with `fact_en`) and
  keeping the facts inside a date range (`filter_facts`);
- `overview` (notebook 01): website chrome set aside, raw against normalized text, undated articles;
- `troops` (02): the same figure across articles (the claims of `arabic_news.claims`), its story;
- `attacks` (03): counts over periods of different lengths as rates;
- `timeline` (04): the machine-readable timeline;
- `sources`, `claim_text` and `claim_tables` (05): who is cited for what; the claim tables read, filtered and
  laid out for reading; claims, the headline (the index's too), conflicts and corrections in words;
- `quality` (06): scores against the gold, and the checks that need no gold.

The "What this corpus says" sentences and key figures are computed from the data, never typed.
Articles are read only through `arabic_news.corpus`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from arabic_news.analysis.attacks import attack_key_figures, attack_rates, attack_story
from arabic_news.analysis.claim_tables import (CLAIM_READING_COLUMNS, article_titles, citation_graph, claims_for_reading,
                                               claims_story, conflicts_for_reading, conflicts_sentence, history_focus,
                                               history_sentence, read_claims, wire_copies_for_reading)
from arabic_news.analysis.claim_text import (claim_key_figures, claim_sentence, corrections_sentences, headline_figure,
                                             headline_sentence)
from arabic_news.analysis.common import _day
from arabic_news.analysis.overview import (corpus_key_figures, facts_per_article, normalization_sample, set_aside_table,
                                           split_ids, undated_sentence)
from arabic_news.analysis.quality import (checks_without_gold, failed_checks, field_accuracy, gold_sentence,
                                          quality_key_figures, quality_scores, score_history, score_history_sentence)
from arabic_news.analysis.sources import (attribution_counts, cited_sources, figures_with_sources, source_key_figures,
                                          top_mentions)
from arabic_news.analysis.timeline import timeline_key_figures, timeline_records, write_timeline_json
from arabic_news.analysis.troops import (TROOP_FIGURE_COLUMNS, troop_figures, troop_figures_for_reading,
                                         troop_key_figures, troop_story)
from arabic_news.glosses import with_fact_en
from arabic_news.schema import read_tables

__all__ = [
    "read_facts", "filter_facts",
    "corpus_key_figures", "facts_per_article", "normalization_sample", "set_aside_table", "split_ids",
    "undated_sentence",
    "TROOP_FIGURE_COLUMNS", "troop_figures", "troop_figures_for_reading", "troop_story", "troop_key_figures",
    "attack_rates", "attack_story", "attack_key_figures",
    "timeline_records", "write_timeline_json", "timeline_key_figures",
    "attribution_counts", "figures_with_sources", "top_mentions", "source_key_figures", "cited_sources",
    "claim_sentence", "headline_figure", "headline_sentence", "claim_key_figures", "corrections_sentences",
    "read_claims", "CLAIM_READING_COLUMNS", "claims_for_reading", "conflicts_for_reading", "conflicts_sentence",
    "history_focus", "history_sentence", "citation_graph", "claims_story", "article_titles",
    "wire_copies_for_reading",
    "quality_scores", "gold_sentence", "failed_checks", "field_accuracy", "checks_without_gold",
    "quality_key_figures", "score_history", "score_history_sentence",
]


def read_facts(facts_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read the five tables `arabic-news extract` wrote (CSV, or Parquet when present).

    Integers come back as nullable integers, booleans as nullable booleans,
    dates stay ISO strings (``YYYY-MM-DD``) and empty cells are missing values.

    Args:
        facts_dir: the folder given to ``extract --out``.
    Returns:
        Table name → DataFrame, for every table of `arabic_news.schema.TABLES` (typed by `schema.read_table`);
        troop_levels, attacks and events also carry `fact_en`, the fact in English (`arabic_news.glosses`).
    Raises:
        ParameterError: a table is missing, naming the file and the command that writes it.
    """
    return with_fact_en(read_tables(facts_dir))


def _overlaps(start: object, end: object, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    first, last = _day(start), _day(end) or _day(start)
    if first is None and last is None:
        return True  # undated facts are kept: a date filter never hides what it cannot place
    first = first or last
    return (date_to is None or first <= date_to) and (date_from is None or last >= date_from)


def filter_facts(facts: Mapping[str, pd.DataFrame], date_from: dt.date | None = None,
                 date_to: dt.date | None = None, article_ids: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Keep the facts that fall inside [date_from, date_to] and, if given, belong to `article_ids`.

    An article is kept when its publication date (or date window) overlaps the
    range; a troop level when its as-of interval does (else its article's
    date); an attack count when its period does; an event when its date does.
    Facts with no date at all are kept, so a filter never silently hides them.

    Args:
        facts: the tables of `read_facts`.
        date_from, date_to: inclusive limits, or None for none.
        article_ids: the articles to keep, or None for all.
    Returns:
        The same table names with the rows kept.
    Example:
        >>> events = pd.DataFrame({"article_id": ["a", "a"], "date_start": ["2020-01-03", "2021-07-26"],
        ...                        "date_end": ["2020-01-03", "2021-07-26"]})
        >>> kept = filter_facts({"events": events}, date_from=dt.date(2021, 1, 1))
        >>> kept["events"]["date_start"].tolist()
        ['2021-07-26']
    """
    article_dates: dict[str, tuple[object, object]] = {}
    articles = facts.get("articles")
    if articles is not None and len(articles):
        for row in articles.itertuples(index=False):
            start = getattr(row, "publication_date", None) or getattr(row, "date_window_start", None)
            end = getattr(row, "publication_date", None) or getattr(row, "date_window_end", None)
            article_dates[row.article_id] = (start, end)
    wanted = set(article_ids) if article_ids else None
    out: dict[str, pd.DataFrame] = {}
    for name, frame in facts.items():
        if frame is None or frame.empty:
            out[name] = frame
            continue
        keep = []
        for row in frame.to_dict("records"):
            if wanted is not None and row.get("article_id") not in wanted:
                keep.append(False)
                continue
            if name == "articles":
                start, end = article_dates.get(row["article_id"], (None, None))
            elif name == "troop_levels":
                start, end = row.get("as_of_start"), row.get("as_of_end")
                if _day(start) is None and _day(end) is None:
                    start, end = article_dates.get(row["article_id"], (None, None))
            elif name == "attacks":
                start, end = row.get("period_start"), row.get("period_end")
            elif name == "events":
                start, end = row.get("date_start"), row.get("date_end")
            else:
                start, end = article_dates.get(row.get("article_id"), (None, None))
            keep.append(_overlaps(start, end, date_from, date_to))
        out[name] = frame[keep].reset_index(drop=True)
    return out
