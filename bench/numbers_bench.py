"""Speed of `find_quantities` on real text, called by bench/run.py (`make bench`).

`bench_numbers(text)` times find_quantities on the RAW text: the time includes
normalize_with_offsets and mapping every span back to the raw text. Beside it,
the bare candidate scan (one `re` pass of the compiled alternation over the
normalized text) shows the floor the finder is built on.
"""

from __future__ import annotations

import time
from collections import Counter

from arabic_news.normalize import normalize_with_offsets
from arabic_news.numbers import _CANDIDATE_RE, find_quantities


def _best(function, text: str, repeats: int, clock=time.perf_counter) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        started = clock()
        result = function(text)
        best = min(best, clock() - started)
    return best, result


def _mb_s(n_bytes: int, seconds: float) -> float:
    return round(n_bytes / 1_000_000 / seconds, 2) if seconds > 0 else float("inf")


def bench_numbers(text: str, repeats: int = 3) -> dict:
    """Time find_quantities on `text` (raw) and report MB/s of UTF-8 text on one core.

    Returns:
        find_quantities_mb_s (wall clock, best of `repeats`, normalization
        included), find_quantities_cpu_mb_s (process CPU time: fairer when
        the machine is shared), candidate_scan_mb_s (the
        bare prefilter on normalized text), quantities (how many were found),
        with_unit (how many have a counted noun) and the five most common units.
    """
    n_bytes = len(text.encode("utf-8"))
    seconds, found = _best(find_quantities, text, repeats)
    cpu_seconds, _ = _best(find_quantities, text, repeats, clock=time.process_time)
    normalized = normalize_with_offsets(text).text
    scan, _ = _best(lambda t: sum(1 for _ in _CANDIDATE_RE.finditer(t)), normalized, repeats)
    units = Counter(q.unit for q in found if q.unit)
    return {
        "find_quantities_mb_s": _mb_s(n_bytes, seconds),
        "find_quantities_cpu_mb_s": _mb_s(n_bytes, cpu_seconds),
        "candidate_scan_mb_s": _mb_s(n_bytes, scan),
        "quantities": len(found),
        "with_unit": sum(units.values()),
        "top_units": dict(units.most_common(5)),
    }


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import corpus_text  # noqa: E402

    corpus, source = corpus_text(10.0)
    print(source, bench_numbers(corpus))
