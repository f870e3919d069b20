"""Wire copy: the same agency text republished by several articles, counted once.

Two sentences of different articles are copies when rapidfuzz's `fuzz.ratio` (a normalized
Indel similarity, computed exactly in C++) of their `normalize()`d forms reaches
`ClaimRules.similarity`. We chose rapidfuzz over datasketch's MinHash LSH by measuring both on
the 300-article sample (README, "Your own folder of articles"): on 1,057 fact sentences both take
a fraction of a second, but MinHash estimates a Jaccard similarity over word sets and, at its
0.7 threshold, misses a republished sentence with a dateline added in front («… (CNN) –»,
Jaccard 0.67), which `fuzz.ratio` scores 0.85; rapidfuzz needs no shingles, no seeds and no
SciPy, and gives the same score every run.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

import pandas as pd
from rapidfuzz import fuzz, process

from arabic_news.claims.reports import FIGURE_TABLES, ClaimRules, Report, text_or_none
from arabic_news.normalize import normalize


@lru_cache(maxsize=8192)
def normalized(sentence: str) -> str:
    """A sentence as `normalize()` writes it, with runs of spaces made one (cached)."""
    return " ".join(normalize(sentence).split())


def _root(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def independent_articles(reports: Sequence[Report], rules: ClaimRules) -> int:
    """How many of the reports' articles are independent: copies of one text count once.

    Articles are joined when a report of one and a report of the other are sentences that are
    copies (`ClaimRules.similarity`, both at least `min_copy_chars` long); the groups are counted.
    """
    articles = sorted({r.article_id for r in reports})
    if len(articles) < 2:
        return len(articles)
    parent = {a: a for a in articles}
    cutoff = rules.similarity * 100
    texts = [(r.article_id, normalized(r.quote)) for r in reports]
    for i, (article_a, text_a) in enumerate(texts):
        if len(text_a) < rules.min_copy_chars:
            continue
        for article_b, text_b in texts[i + 1:]:
            if article_a == article_b or len(text_b) < rules.min_copy_chars:
                continue
            if _root(parent, article_a) != _root(parent, article_b) and \
                    fuzz.ratio(text_a, text_b, score_cutoff=cutoff):
                parent[_root(parent, article_b)] = _root(parent, article_a)
    return len({_root(parent, a) for a in articles})


WIRE_COPY_COLUMNS = ["article_id_a", "article_id_b", "outlet_a", "outlet_b", "similarity", "quote_a", "quote_b",
                     "fact_ids_a", "fact_ids_b"]


def _sentences(tables: Mapping[str, pd.DataFrame], table_names: Sequence[str], min_chars: int) -> dict:
    """(article_id, normalized sentence) → [quote as written, set of fact ids], for long enough sentences."""
    found: dict[tuple[str, str], list] = {}
    for name in table_names:
        frame = tables.get(name)
        if frame is None or frame.empty or "quote" not in frame.columns:
            continue
        for row in frame[[c for c in ("fact_id", "article_id", "quote") if c in frame.columns]].to_dict("records"):
            quote = text_or_none(row.get("quote"))
            if quote is None or len(normalized(quote)) < min_chars:
                continue
            entry = found.setdefault((str(row["article_id"]), normalized(quote)), [quote, set()])
            if text_or_none(row.get("fact_id")):
                entry[1].add(str(row["fact_id"]))
    return found


def copy_rows(tables: Mapping[str, pd.DataFrame], rules: ClaimRules,
              table_names: Sequence[str] = FIGURE_TABLES) -> list[dict]:
    """Rows of the `wire_copies` table: pairs of sentences of different articles that are copies.

    Article a is the one published first (ties: the smaller id), so b may have copied a, never the reverse.
    """
    found = _sentences(tables, table_names, rules.min_copy_chars)
    if len(found) < 2:
        return []
    info = {}
    articles = tables.get("articles")
    if articles is not None and not articles.empty:
        for row in articles.to_dict("records"):
            info[str(row["article_id"])] = (text_or_none(row.get("outlet")), text_or_none(row.get("publication_date")))
    keys = sorted(found)
    rows = []
    for i, j, score in _similar_pairs([text for _, text in keys], rules.similarity * 100):
        if keys[i][0] == keys[j][0]:
            continue
        a, b = sorted((keys[i], keys[j]), key=lambda k: (info.get(k[0], (None, None))[1] or "9999", k[0]))
        rows.append({"article_id_a": a[0], "article_id_b": b[0], "outlet_a": info.get(a[0], (None,))[0],
                     "outlet_b": info.get(b[0], (None,))[0], "similarity": round(float(score) / 100, 3),
                     "quote_a": found[a][0], "quote_b": found[b][0],
                     "fact_ids_a": ";".join(sorted(found[a][1])), "fact_ids_b": ";".join(sorted(found[b][1]))})
    return rows


COMPARED_ROWS = 512
"""Sentences compared with all the others at once: the score matrix held is COMPARED_ROWS × n, not n × n."""


def _similar_pairs(texts: Sequence[str], cutoff: float):
    """(i, j, score) for every i < j whose `fuzz.ratio` reaches `cutoff`, in (i, j) order.

    rapidfuzz's `cdist` scores a block of rows against every text at a time, so memory stays
    flat on a large corpus (the full matrix of 20,000 sentences would take 1.6 GB).
    """
    import numpy as np

    for first in range(0, len(texts), COMPARED_ROWS):
        block = process.cdist(texts[first:first + COMPARED_ROWS], texts, scorer=fuzz.ratio, score_cutoff=cutoff)
        rows, columns = np.nonzero(block)
        for r, j in zip(rows.tolist(), columns.tolist()):
            if j > first + r:
                yield first + r, j, block[r, j]
