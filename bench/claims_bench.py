"""Claims against extraction on the 300-article sample (called by bench/run.py; target: under a tenth).

The sample is `sample.build_sample`'s (the first 300 middleEast / internationalNews files of the shared
multi-source corpus in SHA-1 order, with their metadata.csv rows), linked into a temporary folder; the
seeds stand in when the shared corpus is absent. Extraction is `extract_corpus`; claims are `build_claims`
on its tables (grouping, conflicts, history, citations, wire copies, typed frames). Times are the best of
a few repeats, and the first claims call after import is reported too.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sample import ROOT, build_sample, sample_names

REPEATS_EXTRACT = 2
REPEATS_CLAIMS = 5


def _best(function, repeats: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def bench_claims(_text: str | None = None) -> dict:
    """Seconds of extraction and of claims on the sample, their ratio, and what the claims found."""
    from arabic_news.claims import build_claims, wire_copies
    from arabic_news.extract import extract_corpus

    with tempfile.TemporaryDirectory() as folder:
        if sample_names():
            corpus, source = build_sample(Path(folder) / "sample"), "300-article sample of ant-multisource-2018"
        else:
            corpus, source = ROOT / "seeds", "seeds (the shared corpus is absent)"
        extract_seconds, facts = _best(lambda: extract_corpus(corpus), REPEATS_EXTRACT)
        tables = facts.tables()
        started = time.perf_counter()
        build_claims(tables)
        first_call = time.perf_counter() - started
        claims_seconds, claims = _best(lambda: build_claims(tables), REPEATS_CLAIMS)
        figure_facts = len(facts.troop_levels) + len(facts.attacks)
        all_sentences = ("troop_levels", "attacks", "events")
        copies_seconds, copies = _best(lambda: wire_copies(tables, table_names=all_sentences), 2)
    return {
        "corpus": source,
        "articles": len(facts.articles),
        "figure_facts": figure_facts,
        "extract_seconds": round(extract_seconds, 3),
        "claims_seconds": round(claims_seconds, 4),
        "claims_first_call_seconds": round(first_call, 4),
        "claims_share_of_extraction": round(claims_seconds / extract_seconds, 4),
        "target_under_a_tenth": claims_seconds < extract_seconds / 10,
        "claims": len(claims.claims),
        "conflicts": len(claims.conflicts),
        "wire_copies_of_figure_sentences": len(claims.wire_copies),
        "wire_copies_all_fact_sentences_seconds": round(copies_seconds, 3),
        "wire_copies_all_fact_sentences": len(copies),
    }


if __name__ == "__main__":
    print(bench_claims())
