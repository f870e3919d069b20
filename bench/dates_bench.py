"""Speed of `find_dates` next to dateparser's `search_dates(languages=['ar'])` on the same text.

Called by bench/run.py as ``bench_dates(text)``; dateparser is a bench-only
extra (not a runtime dependency). MB/s are megabytes of UTF-8 text per second
on one core, normalization included, best of a few repeats, by the wall clock and (``_cpu_``)
by the process's CPU time, fairer on a shared machine. dateparser is
timed on the first megabyte of the same text (it is about 50 times slower), and find_dates on that
megabyte too, so the speed ratio compares the two on identical input.
"""

from __future__ import annotations

import datetime as dt
import time

from arabic_news.dates import find_dates

DATEPARSER_SLICE_BYTES = 1_000_000


def _best(function, repeats: int, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = clock()
        function()
        best = min(best, clock() - started)
    return best


def _slice(text: str, n_bytes: int) -> str:
    """About `n_bytes` of `text`, cut at a paragraph break."""
    cut = text.encode("utf-8")[:n_bytes].decode("utf-8", errors="ignore")
    k = cut.rfind("\n\n")
    return cut[:k] if k > 0 else cut


def bench_dates(text: str) -> dict:
    """MB/s of find_dates (with and without a ref_date) and of dateparser on the same text.

    Args:
        text: the bench text (about 10 MB of real articles).
    Returns:
        A dict of rates, counts and the speed ratio, ready for reports/bench.json.
    """
    n_bytes = len(text.encode("utf-8"))
    ref = dt.date(2018, 6, 1)
    found: list = []
    seconds = _best(lambda: found.append(len(find_dates(text, ref))), repeats=3)
    cpu_seconds = _best(lambda: find_dates(text, ref), repeats=3, clock=time.process_time)
    seconds_no_ref = _best(lambda: find_dates(text), repeats=1)
    result = {
        "find_dates_mb_s": round(n_bytes / 1e6 / seconds, 2),
        "find_dates_cpu_mb_s": round(n_bytes / 1e6 / cpu_seconds, 2),
        "find_dates_no_ref_mb_s": round(n_bytes / 1e6 / seconds_no_ref, 2),
        "find_dates_count": found[-1],
        "text_mb": round(n_bytes / 1e6, 2),
    }
    try:
        from dateparser.search import search_dates
    except ImportError as missing:  # bench-only extra
        result["dateparser"] = f"skipped: {missing}"
        return result
    piece = _slice(text, DATEPARSER_SLICE_BYTES)
    piece_bytes = len(piece.encode("utf-8"))
    settings = {"RELATIVE_BASE": dt.datetime(2018, 6, 1)}
    search_dates(piece[:2000], languages=["ar"], settings=settings)  # load its language data first
    hits: list = []
    dp_seconds = _best(lambda: hits.append(search_dates(piece, languages=["ar"], settings=settings) or []),
                       repeats=1)
    ours_piece = _best(lambda: find_dates(piece, ref), repeats=3)
    result.update({
        "dateparser_mb_s": round(piece_bytes / 1e6 / dp_seconds, 3),
        "dateparser_text_mb": round(piece_bytes / 1e6, 3),
        "dateparser_count_on_slice": len(hits[-1]),
        "find_dates_count_on_slice": len(find_dates(piece, ref)),
        "speedup_over_dateparser": round(dp_seconds / ours_piece, 1),
    })
    return result


if __name__ == "__main__":  # python bench/dates_bench.py: run on the bench text alone
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import corpus_text

    corpus, source = corpus_text(10.0)
    print(json.dumps({"source": source, **bench_dates(corpus)}, indent=2))
