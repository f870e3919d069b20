"""`make bench`: speed of the library on real articles, written to reports/bench.json.

Measures MB/s (megabytes of UTF-8 text per second, one core) of normalize_with_offsets next to a naive
per-character baseline, and of find_quantities / find_dates next to dateparser's search_dates on the same
text in the same run; and the time claims take next to extraction on the 300-article sample
(claims_bench.py, target under a tenth). The text is ~10 MB of real articles from ../shared/corpus (the seeds repeated when the
corpus is absent). Timings are the best of a few repeats; memory is the peak resident size of the bench process after each
stage (the 10 MB text itself included), and of the report's own process.

Then full extraction (`extract_bench`): `arabic-news extract` on the shared multi-source corpus with one
process and with Dask on 2 workers, and its peak memory on 10,000 and 100,000 articles (the shared corpus
repeated under new names in a temporary folder). This takes minutes. `--readme-from reports/bench.json`
rewrites the README's bench block from a finished run.
"""

from __future__ import annotations

import argparse
import json
import os
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
    parser.add_argument("--skip-extract", action="store_true", help="leave out the full extraction runs")
    parser.add_argument("--skip-memory", action="store_true", help="leave out the 10,000 and 100,000-article runs")
    parser.add_argument("--readme-from", metavar="BENCH_JSON",
                        help="only rewrite README.md's bench block from this bench.json, and stop")
    args = parser.parse_args(argv)
    if args.readme_from:
        write_readme_block(json.loads(Path(args.readme_from).read_text(encoding="utf-8")), ROOT / "README.md")
        print(f"bench: README.md's bench block rewritten from {args.readme_from}")
        return 0

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

    if not args.skip_extract:
        from extract_bench import bench_extract_speed, bench_memory

        results["extract"] = bench_extract_speed()
        results["extract"].update(_ratios(results))
        print(f"  extract: {results['extract']}", flush=True)
        if not args.skip_memory:
            results["memory"] = bench_memory()
            print(f"  memory: {results['memory']}", flush=True)
    results["machine_cores"] = os.cpu_count()
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"bench: wrote {out}")
    return 0


def _ratios(results: dict) -> dict:
    """Full extraction's speed beside find_dates' own in the same run (CPU time and wall clock)."""
    dates, one = results.get("bench_dates", {}), results["extract"]["one_process"]
    out = {}
    if dates.get("find_dates_cpu_mb_s") and one.get("cpu_mb_s"):
        out["ratio_to_find_dates_cpu"] = round(one["cpu_mb_s"] / dates["find_dates_cpu_mb_s"], 3)
    if dates.get("find_dates_mb_s") and one.get("mb_s"):
        out["ratio_to_find_dates_wall"] = round(one["mb_s"] / dates["find_dates_mb_s"], 3)
    return out


def readme_block(results: dict) -> str:
    """The README's bench block (between its bench:start and bench:end markers) from reports/bench.json."""
    norm, nums, dates = results["normalize"], results["bench_numbers"], results["bench_dates"]
    rep, ex, mem = results.get("bench_report", {}), results.get("extract", {}), results.get("memory", {})
    one, dask = ex.get("one_process", {}), ex.get("dask_2_workers", {})
    cold = ex.get("dask_2_workers_starting_the_cluster", {})
    rows = [
        ("`normalize_with_offsets`", f"{norm['normalize_with_offsets_mb_s']} MB/s (a naive per-character loop: "
                                     f"{norm['naive_baseline_mb_s']} MB/s)"),
        ("`find_quantities` (normalization included)", f"{nums['find_quantities_mb_s']} MB/s "
                                                       f"({nums.get('find_quantities_cpu_mb_s')} MB/s of CPU time)"),
        ("`find_dates` (normalization included)", f"{dates['find_dates_mb_s']} MB/s ({dates.get('find_dates_cpu_mb_s')} "
                                                  f"MB/s of CPU time); dateparser's `search_dates(languages=[\"ar\"])` "
                                                  f"on the same megabyte: {dates.get('dateparser_mb_s')} MB/s, "
                                                  f"**{dates.get('speedup_over_dateparser')} times slower** (and it reads «2500 عسكري» "
                                                  f"as the year 2500)"),
    ]
    if one:
        rows.append((f"`arabic-news extract`, one process, on the {ex['corpus_mb']} MB of the shared multi-source "
                     f"corpus ({one['articles']:,} articles)",
                     f"**{one.get('cpu_mb_s')} MB/s** of CPU time ({one.get('mb_s')} MB/s and {one.get('articles_s')} "
                     f"articles/s by the clock, {one['wall_s']} s), {one.get('peak_memory_mb')} MB peak; "
                     f"{ex.get('ratio_to_find_dates_cpu')} of `find_dates`' own speed (CPU time)"))
    if dask:
        rows.append(("the same on Dask, 2 local workers (`--engine dask --scheduler …`)",
                     f"{dask.get('mb_s')} MB/s, {dask.get('articles_s')} articles/s ({dask['wall_s']} s): "
                     f"**{ex.get('dask_speedup')}×** one process by the clock on the shared machine; by CPU time "
                     f"(the busiest worker's {max(dask.get('workers_cpu_s') or [0])} s, then the command's own "
                     f"{dask.get('driver_cpu_s')} s: start-up, parts, merge) **{ex.get('dask_speedup_by_cpu')}×**; {cold.get('wall_s')} s "
                     f"with `--workers 2`, which also starts the cluster"))
    for n in ("10000", "100000"):
        m = mem.get(f"{n}_articles")
        if m:
            rows.append((f"peak memory of `arabic-news extract` on {int(n):,} articles (the shared corpus "
                         f"repeated under new names)", f"{m['peak_memory_mb']} MB ({m.get('cpu_mb_s')} MB/s of CPU time)"))
    if "growth" in mem:
        rows.append(("memory from 10,000 to 100,000 articles", f"{mem['growth']:+.1%}"))
    if rep:
        rows.append(("`make report` on the seeds (after set-up)", f"{rep.get('make_report_seconds')} s"))
    lines = ["| what | measured |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    lines += ["", f"Numbers from one `make bench` run on our {results.get('machine_cores', 2)}-core machine "
                  f"({results.get('machine')}, Python {results.get('python')}). The machine is shared with other "
                  f"jobs (load average {results.get('load_average_at_end')} at the end), so wall-clock runs vary; "
                  "the CPU-time figures vary less. `reports/bench.json` holds every detail."]
    return "\n".join(lines)


def write_readme_block(results: dict, readme: Path) -> None:
    """Replace the README's bench block with `readme_block(results)`."""
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->\n", "<!-- bench:end -->"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(head + start + readme_block(results) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
