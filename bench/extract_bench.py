"""Full extraction at scale, called by bench/run.py (`make bench`): speed with one process and with Dask
on 2 workers, and peak memory at 10,000 and 100,000 articles.

Every run is `python -m arabic_news extract CORPUS --out TMP --quiet` in a child process (what a user
runs), timed by the wall clock and by the child's CPU time (user + system, from `os.wait4`, which also
gives its peak resident size). MB are megabytes of the articles' files (UTF-8 text).

- one process: the shared multi-source corpus (9,304 articles, 27.5 MB);
- Dask: the same corpus on a local cluster of 2 worker processes started first (`--scheduler`), so the
  time is the extraction's, as on a running cluster; the time with `--workers 2`, which also starts the
  cluster and its workers' imports, is given beside it;
- memory: corpora of 10,000 and 100,000 articles built by repeating the shared one under new names
  (`big_corpus.build_corpus`, hard links in a temporary folder, removed after).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from big_corpus import MULTISOURCE, build_corpus  # noqa: E402


def corpus_megabytes(folder: Path) -> float:
    """Megabytes of the article files of `folder` (metadata.csv aside)."""
    from arabic_news.corpus import list_article_files

    return sum((folder / p).stat().st_size for p in list_article_files(folder)) / 1e6


# A small process runs the command and reports the resources of its children: the peak resident size
# of a child forked from the (large) bench process would start at the bench's own size.
_WRAPPER = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"status": done.returncode, "stderr": done.stderr, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "maxrss_kb": usage.ru_maxrss}))
"""


def _run(command: list[str]) -> tuple[int, str, dict, float]:
    """Run `command`; (exit status, stderr, {cpu_s, maxrss_kb} of it and its children, wall seconds)."""
    import json

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["status"], report["stderr"], report, seconds


def extract_once(corpus: Path, *extra: str) -> dict:
    """`arabic-news extract CORPUS` in a child process, measured."""
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as out:
        code, stderr, usage, seconds = _run([sys.executable, "-m", "arabic_news", "extract", str(corpus),
                                             "--out", f"{out}/facts", "--quiet", *extra])
    read = next((line for line in stderr.splitlines() if line.startswith("read ")), "")
    return {"wall_s": round(seconds, 1), "cpu_s": round(usage["cpu_s"], 1),
            "peak_memory_mb": round(usage["maxrss_kb"] / 1024, 1), "exit_status": code,
            "articles": int(read.split()[1]) if read else None,
            "error": stderr.strip().splitlines()[-1:] if code else None}


def _rates(result: dict, megabytes: float) -> dict:
    out = dict(result)
    if result.get("articles"):
        out["mb_s"] = round(megabytes / result["wall_s"], 2)
        out["articles_s"] = round(result["articles"] / result["wall_s"], 1)
        if result.get("cpu_s"):
            out["cpu_mb_s"] = round(megabytes / result["cpu_s"], 2)
    return out


def _warm_cluster(n_workers: int):
    """A local Dask cluster whose workers have imported the library and built its matchers."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    client = Client(cluster)
    client.run(_warm_worker)
    return cluster, client


def _warm_worker() -> None:
    from arabic_news.corpus import article_from_text
    from arabic_news.extract import extract_article

    extract_article(article_from_text("خبر\n\nقال مسؤول إن 2500 جندي أمريكي في العراق منذ يناير 2020."))


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bench_extract_speed(corpus: Path = MULTISOURCE, repeats: int = 2) -> dict:
    """MB/s and articles/s of `arabic-news extract` on `corpus`: one process, and Dask on 2 workers."""
    megabytes = corpus_megabytes(corpus)
    one = min((extract_once(corpus) for _ in range(repeats)), key=lambda r: r["wall_s"])
    cluster, client = _warm_cluster(2)
    try:
        runs = []
        for _ in range(repeats):
            before = client.run(_cpu_seconds)
            result = extract_once(corpus, "--engine", "dask", "--scheduler", cluster.scheduler_address)
            after = client.run(_cpu_seconds)
            result["workers_cpu_s"] = sorted(round(after[w] - before[w], 1) for w in after)
            result["driver_cpu_s"] = result.pop("cpu_s")       # the command itself: parts sent, runs merged
            result.pop("peak_memory_mb", None)
            runs.append(result)
        dask = min(runs, key=lambda r: r["wall_s"])
    finally:
        client.close()
        cluster.close()
    cold = extract_once(corpus, "--engine", "dask", "--workers", "2")
    # On a shared machine the workers rarely get both cores: the CPU each spent says what they would take
    # with the cores free (the busiest worker, then the merge in the driver).
    free = max(dask["workers_cpu_s"]) + dask["driver_cpu_s"]
    return {
        "corpus": str(corpus.relative_to(ROOT.parent)) if corpus.is_relative_to(ROOT.parent) else str(corpus),
        "corpus_mb": round(megabytes, 2),
        "one_process": _rates(one, megabytes),
        "dask_2_workers": _rates(dask, megabytes),
        "dask_2_workers_starting_the_cluster": _rates(cold, megabytes),
        "dask_speedup": round(one["wall_s"] / dask["wall_s"], 2),
        "dask_speedup_by_cpu": round(one["cpu_s"] / free, 2),
        "note": "best of %d runs; wall clock, machine shared (see load_average)" % repeats,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def bench_memory(sizes: tuple[int, ...] = (10_000, 100_000)) -> dict:
    """Peak resident memory of `arabic-news extract` on corpora of `sizes` articles (built, then removed)."""
    out: dict = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-corpus-{n}-") as folder:
            corpus = build_corpus(Path(folder) / "corpus", n)
            result = _rates(extract_once(corpus), corpus_megabytes(corpus))
            out[f"{n}_articles"] = result
            shutil.rmtree(corpus, ignore_errors=True)
    first, last = (out[f"{n}_articles"]["peak_memory_mb"] for n in (sizes[0], sizes[-1]))
    out["growth"] = round(last / first - 1, 3)
    return out


if __name__ == "__main__":  # python bench/extract_bench.py [speed|memory]
    import json

    which = sys.argv[1] if len(sys.argv) > 1 else "speed"
    print(json.dumps(bench_extract_speed() if which == "speed" else bench_memory(), indent=2))
