"""`make bench`: speed of the library on real articles, written to reports/bench.json.

Measures MB/s (megabytes of UTF-8 text per second, one core) of normalize_with_offsets next to a naive
per-character baseline, and of find_quantities / find_dates next to dateparser's search_dates on the same
text in the same run; and the time claims take next to extraction on the 300-article sample
(claims_bench.py, target under a tenth). The text is ~10 MB of real articles from ../shared/corpus (the seeds repeated when the
corpus is absent). Timings are the best of a few repeats; memory is the peak resident size of the bench process after each
stage (the 10 MB text itself included), and of the report's own process.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from arabic_news import __version__  # noqa: E402
from arabic_news.normalize import normalize_with_offsets  # noqa: E402
from arabic_news.rules.characters import CHAR_RULES  # noqa: E402


def corpus_text(megabytes: float) -> tuple[str, str]:
    """Concatenate real articles (sorted paths) until `megabytes` of UTF-8 text; say where they came from."""
    shared = ROOT.parent / "shared" / "corpus"
    paths = sorted(shared.glob("*/articles/*.txt")) if shared.is_dir() else []
    source = "../shared/corpus"
    if not paths:
        paths, source = sorted((ROOT / "seeds").glob("*.txt")), "seeds (repeated)"
    budget = int(megabytes * 1_000_000)
    parts, size = [], 0
    while size < budget:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            parts.append(text)
            size += len(text.encode("utf-8"))
            if size >= budget:
                break
    return "\n\n".join(parts), source


def best_time(function, text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


def naive_normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """The obvious implementation: a dict lookup and an append per character."""
    table = {}
    for rule in CHAR_RULES:
        table.update(rule.mapping)
    out, to_raw = [], []
    for i, ch in enumerate(text):
        replacement = table.get(ch, ch)
        if replacement:
            out.append(replacement)
            to_raw.append(i)
    return "".join(out), to_raw


def peak_memory_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far, in MB (Linux reports kilobytes)."""
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def mb_per_s(n_bytes: int, seconds: float) -> float:
    return round(n_bytes / 1_000_000 / seconds, 2) if seconds > 0 else float("inf")


def bench_normalize(text: str) -> dict:
    n_bytes = len(text.encode("utf-8"))
    ours = best_time(normalize_with_offsets, text)
    naive = best_time(naive_normalize_with_offsets, text, repeats=1)
    return {
        "normalize_with_offsets_mb_s": mb_per_s(n_bytes, ours),
        "naive_baseline_mb_s": mb_per_s(n_bytes, naive),
        "speedup_over_naive": round(naive / ours, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "reports" / "bench.json"))
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args(argv)

    text, source = corpus_text(args.megabytes)
    results: dict = {
        "library_version": __version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "text_source": source,
        "text_mb": round(len(text.encode("utf-8")) / 1_000_000, 2),
    }
    print(f"bench: {results['text_mb']} MB of text from {source}", flush=True)
    results["normalize"] = bench_normalize(text)
    results["normalize"]["peak_memory_mb_so_far"] = peak_memory_mb()
    print(f"  normalize: {results['normalize']}", flush=True)
    for module, function in (("numbers_bench", "bench_numbers"), ("dates_bench", "bench_dates"),
                             ("claims_bench", "bench_claims"), ("report_bench", "bench_report")):
        try:
            bench = getattr(__import__(module), function)
        except (ImportError, AttributeError) as missing:
            results[function] = {"skipped": f"{module}.{function} not available ({missing})"}
            continue
        results[function] = bench(text)
        results[function]["peak_memory_mb_so_far"] = peak_memory_mb()
        if function == "bench_report":
            results[function]["peak_memory_mb_report_process"] = peak_memory_mb(resource.RUSAGE_CHILDREN)
        print(f"  {function}: {results[function]}", flush=True)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"bench: wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
