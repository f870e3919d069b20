"""How `extract_corpus` goes through a corpus: in this process, or on a Dask cluster.

Both engines run `extract_part`: read articles with a `corpus.CorpusReader`, run
`extract_article` on each, and hand the rows to a sink (a `stream.RunWriter` that writes
sorted runs, or `RowCollector` that keeps them). The in-process engine reads the whole
corpus as one part; the Dask engine cuts the sorted list of files into contiguous parts
(`partition_files`), runs one task per part on the cluster's workers, each writing its own
runs (partitioned Parquet) into the scratch folder, and the runs are then merged in
reading order by `stream.merge_runs`, so both engines give the same tables.

The Dask workers read the corpus folder and write into the output folder by the paths given:
on a cluster of several machines, both must be on a file system every worker sees.
"""

from __future__ import annotations

import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from arabic_news.errors import ArticleError, ParameterError

__all__ = ["PartResult", "Progress", "RowCollector", "extract_part", "extraction_failed", "partition_files",
           "run_dask"]

PART_FILES = 400
"""The most files in one Dask task (a part also stays under a share of the corpus's bytes)."""
PARTS_PER_WORKER = 4
"""Parts per worker, so a slow part does not leave the other workers idle at the end."""
CONNECT_SECONDS = 20
"""How long to wait for a scheduler given by its address."""


@dataclass
class PartResult:
    """What one part of a corpus gave.

    Attributes:
        runs: the `stream.Run` files written, in reading order (empty for a `RowCollector`).
        skipped: the reader's `ArticleError` for each file or record skipped, in reading order.
        failed: the `ArticleError` of each article read but not extracted (a bug of ours), in order.
        n_articles: articles extracted.
        n_bytes: UTF-8 bytes of the texts read (extracted or failed).
    """

    runs: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    n_articles: int = 0
    n_bytes: int = 0


class RowCollector:
    """A sink that keeps every row in memory (for `extract_corpus` without an output folder)."""

    def __init__(self):
        from arabic_news.schema import FACT_TABLES

        self.rows: dict[str, list[dict]] = {name: [] for name in FACT_TABLES}
        self.runs: list = []

    def add(self, article_rows: dict[str, list[dict]]) -> None:
        for name, rows in article_rows.items():
            self.rows[name].extend(rows)

    def flush(self) -> None:
        return None


def extraction_failed(folder: str | Path, article, exc: Exception) -> ArticleError:
    """The error of an article that was read but could not be extracted, naming the article
    (a file, or a record inside one: ``exports/gulf.jsonl#L12``)."""
    where = Path(folder) / article.relpath if getattr(article, "relpath", None) else article.path
    return ArticleError(where, f"extraction failed ({type(exc).__name__}: {exc}); "
                               "the other articles were extracted. Please report this article")


class Progress:
    """A tqdm bar on stderr: articles done of the total, articles/s, MB/s and the number skipped."""

    def __init__(self, enabled: bool, total: int | None):
        self.bar = None
        self.started = time.perf_counter()
        self.n_bytes, self.skipped, self._shown = 0, 0, 0.0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, desc="extract")

    def advance(self, articles: int = 1, n_bytes: int = 0, skipped: int = 0) -> None:
        self.n_bytes += n_bytes
        self.skipped += skipped
        if self.bar is None:
            return
        self.bar.update(articles + skipped)
        now = time.perf_counter()
        if now - self._shown >= 0.5:
            self._shown = now
            self.bar.set_postfix_str(self._postfix(now), refresh=False)

    def _postfix(self, now: float) -> str:
        seconds = max(now - self.started, 1e-9)
        return f"{self.n_bytes / 1e6 / seconds:.2f} MB/s, {self.skipped} skipped"

    def write(self, line: str) -> None:
        """A line above the bar (or on stderr when there is none)."""
        if self.bar is None:
            print(line, file=sys.stderr)
        else:
            from tqdm import tqdm

            tqdm.write(line, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(self._postfix(time.perf_counter()), refresh=False)
            self.bar.close()


def extract_part(reader, sink, *, errors: str, on_article: Callable[[int, int], None] | None = None,
                 on_skip: Callable[[ArticleError], None] | None = None) -> PartResult:
    """Extract every article `reader` gives into `sink` (``add(rows)``, ``flush()``, ``runs``).

    Args:
        reader: a `corpus.CorpusReader` (one pass is made).
        sink: a `stream.RunWriter` or a `RowCollector`.
        errors: ``"report"`` (skip and name) or ``"raise"`` (stop at the first bad file or failure).
        on_article: called with (articles, bytes) after each article, for a progress bar.
        on_skip: called with each `ArticleError` as it is skipped.
    Returns:
        A `PartResult`.
    """
    from arabic_news.extract import extract_article

    result = PartResult()
    seen = 0
    for article in reader:
        size = len(article.raw.encode("utf-8"))
        result.n_bytes += size
        try:
            rows = extract_article(article)
        except Exception as exc:  # one article never stops a batch; errors="raise" re-raises it
            if errors == "raise":
                raise
            error = extraction_failed(reader.folder, article, exc)
            result.failed.append(error)
            if on_skip is not None:
                on_skip(error)
        else:
            sink.add(rows)
            result.n_articles += 1
        seen = _report_skips(reader, seen, on_skip)
        if on_article is not None:
            on_article(1, size)
    sink.flush()
    _report_skips(reader, seen, on_skip)
    result.runs = list(sink.runs)
    result.skipped = list(reader.skipped)
    return result


def _report_skips(reader, seen: int, on_skip) -> int:
    skipped = reader.skipped
    if on_skip is not None:
        for error in skipped[seen:]:
            on_skip(error)
    return len(skipped)


def partition_files(folder: str | Path, relpaths: list[str], n_workers: int) -> list[list[str]]:
    """Cut the sorted files into contiguous parts of about equal bytes: `PARTS_PER_WORKER` parts per
    worker (fewer when there are fewer files), and more when a part would pass `PART_FILES` files.

    Example:
        >>> [len(p) for p in partition_files("/no/such/folder", [f"{i}.txt" for i in range(10)], 2)]
        [2, 1, 1, 1, 2, 1, 1, 1]
    """
    sizes = []
    for relpath in relpaths:
        try:
            sizes.append(max(1, (Path(folder) / relpath).stat().st_size))
        except OSError:
            sizes.append(1)
    n_parts = max(1, PARTS_PER_WORKER * max(1, n_workers))
    total = max(1, sum(sizes))
    parts: list[list[str]] = []
    share, before = -1, 0
    for relpath, size in zip(relpaths, sizes):
        k = min(n_parts - 1, before * n_parts // total)
        if not parts or k > share or len(parts[-1]) >= PART_FILES:
            parts.append([])
            share = k
        parts[-1].append(relpath)
        before += size
    return parts


def _dask_part(folder: str, relpaths: list[str], ambiguous: frozenset, fields, errors: str, scratch: str,
               prefix: str, run_articles: int) -> PartResult:
    """One Dask task: a part of the corpus into runs named `prefix`-… (module-level, so workers can load it)."""
    from arabic_news.corpus import CorpusReader
    from arabic_news.extract.stream import RunWriter, system_allocator

    reader = CorpusReader(Path(folder), relpaths, errors, fields, ambiguous)
    with system_allocator():
        return extract_part(reader, RunWriter(scratch, prefix, run_articles), errors=errors)


def _connect(scheduler: str | None, workers: int | None):
    """A Dask client: to the cluster at `scheduler`, or to a new local cluster of `workers` processes."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=f"{CONNECT_SECONDS}s"), None
        except OSError as exc:
            raise ParameterError("scheduler", scheduler, f"cannot be reached ({exc})",
                                 "Give the address the Dask scheduler prints (tcp://HOST:8786)") from None
    import os

    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_dask(reader, scratch: Path, *, errors: str, run_articles: int, scheduler: str | None,
             workers: int | None, progress: Progress, on_skip=None) -> list[PartResult]:
    """Run the parts of the corpus of `reader` on Dask; the parts' results in reading order.

    Raises:
        ArticleError: with ``errors="raise"``, the first bad file or failure in reading order.
    """
    from distributed import as_completed

    from arabic_news.corpus import ambiguous_stems

    client, cluster = _connect(scheduler, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        parts = partition_files(reader.folder, reader.relpaths, n_workers)
        ambiguous = ambiguous_stems(reader.relpaths)
        token = uuid.uuid4().hex[:8]
        futures = [client.submit(_dask_part, str(reader.folder), part, ambiguous, reader.fields, errors,
                                 str(scratch), f"part-{i:06d}", run_articles, key=f"arabic-news-{token}-{i}",
                                 pure=False) for i, part in enumerate(parts)]
        order = {future.key: i for i, future in enumerate(futures)}
        results: list[PartResult | None] = [None] * len(parts)
        failures: dict[int, BaseException] = {}
        for future in as_completed(futures):
            i = order[future.key]
            if failures and i > min(failures):
                continue
            try:
                result = results[i] = future.result()
            except Exception as exc:  # noqa: BLE001 (the task's own error, re-raised below in reading order)
                failures[i] = exc
                for later in futures[i + 1:]:
                    later.cancel()
                continue
            for error in result.skipped + result.failed:
                if on_skip is not None:
                    on_skip(error)
            progress.advance(result.n_articles + len(result.failed), result.n_bytes, len(result.skipped))
        if failures:
            raise failures[min(failures)]
        return [r for r in results if r is not None]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
