"""Writing a corpus's fact tables as its articles are extracted, in bounded memory.

Rows are kept for one batch of articles at a time (`RUN_ARTICLES`). Each batch is sorted
(`schema.frame_from_rows`) and written as a *run*: one Parquet file per table in a scratch
folder (`RunWriter`, `write_run`; the Dask engine's workers write theirs the same way).
When every article is done, `merge_runs` writes each final table through
`schema.TableWriter`, run after run where the runs follow each other in article-id order
(ids mostly follow the sorted file paths), merging the runs whose ids interleave article by
article.

The tables come out the same bytes as a run that holds every row in memory: a table is
sorted by `schema.SORT_KEYS`, whose first key is the article id, and ids are unique, so
sorting each article's rows within its batch and then ordering articles by id gives the
same order as one sort of everything; an integer column is ``Float64`` in every batch
when a value anywhere in the table is not whole (`Run.fractional`).
"""

from __future__ import annotations

import heapq
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pandas as pd

from arabic_news.schema import TABLES, TableWriter, fractional_columns, frame_from_rows

__all__ = ["RUN_ARTICLES", "Run", "RunWriter", "write_run", "merge_runs", "DuplicateArticleId", "system_allocator"]

RUN_ARTICLES = 500
"""Articles whose rows are held before they are sorted and written as a run."""

_BATCH_ROWS = 2048       # rows read from a run at a time when runs follow each other
_MERGE_ROWS = 16384      # rows held in all when runs are merged (a batch of each) …
_MIN_MERGE_ROWS = 64     # … but at least this many from each
_WRITE_ROWS = 4096       # rows handed to the TableWriter at a time when merging


@contextmanager
def system_allocator() -> Iterator[None]:
    """Arrow's default allocator (mimalloc) keeps the memory it frees for reuse, so the resident size
    of a streamed extraction would grow with every run it writes and reads back; the C library's
    allocator returns it. Switched for the extraction only, then put back."""
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


class DuplicateArticleId(Exception):
    """Two runs hold the same article id (two parts of a corpus read apart gave one id twice)."""


@dataclass(frozen=True)
class Run:
    """One sorted batch of fact rows, written as ``<folder>/<table>/<name>.parquet``.

    Attributes:
        name: the files' stem (runs are merged in the order they are listed, which is reading order).
        first_id, last_id: the smallest and largest article id in it (None when it has no article).
        rows: rows per table.
        fractional: per table, the integer columns holding a fraction in this run.
    """

    name: str
    first_id: str | None
    last_id: str | None
    rows: dict[str, int] = field(default_factory=dict)
    fractional: dict[str, tuple[str, ...]] = field(default_factory=dict)


def write_run(folder: str | Path, name: str, rows: dict[str, list[dict]]) -> Run:
    """Sort one batch's rows (`extract_article` dicts by table) and write them as run `name` in `folder`."""
    folder = Path(folder)
    counts: dict[str, int] = {}
    fractional: dict[str, tuple[str, ...]] = {}
    ids: list[str] = []
    for table in TABLES:
        frame = frame_from_rows(table, rows.get(table, []))
        counts[table] = len(frame)
        fractional[table] = tuple(sorted(fractional_columns(frame)))
        if table == "articles":
            ids = frame["article_id"].tolist()
        if len(frame):
            (folder / table).mkdir(parents=True, exist_ok=True)
            frame.to_parquet(folder / table / f"{name}.parquet", index=False)
    return Run(name, ids[0] if ids else None, ids[-1] if ids else None, counts, fractional)


class RunWriter:
    """Collects the rows of articles as they are extracted and writes them as runs of `run_articles`.

    Args:
        folder: the scratch folder for the runs.
        prefix: the runs' names start with it (then a number in reading order).
        run_articles: articles per run.
    Attributes:
        runs: the runs written so far, in reading order.
    """

    def __init__(self, folder: str | Path, prefix: str = "run", run_articles: int = RUN_ARTICLES):
        self.folder, self.prefix, self.run_articles = Path(folder), prefix, max(1, run_articles)
        self.runs: list[Run] = []
        self._rows: dict[str, list[dict]] = {table: [] for table in TABLES}
        self._articles = 0

    def add(self, article_rows: dict[str, list[dict]]) -> None:
        """Add one article's rows (as `extract_article` returns them)."""
        for table, rows in article_rows.items():
            self._rows[table].extend(rows)
        self._articles += 1
        if self._articles >= self.run_articles:
            self.flush()

    def flush(self) -> None:
        """Write the rows held as a run (nothing when none is held)."""
        if not self._articles:
            return
        name = f"{self.prefix}-{len(self.runs):06d}"
        self.runs.append(write_run(self.folder, name, self._rows))
        self._rows = {table: [] for table in TABLES}
        self._articles = 0


def _groups(runs: list[Run]) -> list[list[tuple[int, Run]]]:
    """The runs in groups whose article ids interleave, the groups in id order, each run with its
    place in reading order. Ids follow the sorted file paths, so a group is mostly one run."""
    ranked = sorted(((i, r) for i, r in enumerate(runs) if r.first_id is not None), key=lambda x: x[1].first_id)
    groups: list[list[tuple[int, Run]]] = []
    highest = ""
    for i, run in ranked:
        if groups and run.first_id <= highest:
            groups[-1].append((i, run))
            highest = max(highest, run.last_id)
        else:
            groups.append([(i, run)])
            highest = run.last_id
    return groups


def _run_frames(path: Path, batch_rows: int) -> Iterator[pd.DataFrame]:
    import pyarrow.parquet as pq

    handle = pq.ParquetFile(path, pre_buffer=False)
    for batch in handle.iter_batches(batch_size=batch_rows, use_threads=False):
        yield batch.to_pandas()


def _articles_of(path: Path, order: int, batch_rows: int) -> Iterator[tuple[str, int, list[pd.DataFrame]]]:
    """A run's rows article by article: (article id, the run's place in reading order, its pieces of frame)."""
    current: str | None = None
    pieces: list[pd.DataFrame] = []
    for frame in _run_frames(path, batch_rows):
        ids = frame["article_id"].tolist()
        start = 0
        for i in range(1, len(ids) + 1):
            if i < len(ids) and ids[i] == ids[start]:
                continue
            if ids[start] != current:
                if current is not None:
                    yield current, order, pieces
                current, pieces = ids[start], []
            pieces.append(frame.iloc[start:i])
            start = i
    if current is not None:
        yield current, order, pieces


def _merged_frames(paths: list[tuple[int, Path]]) -> Iterator[pd.DataFrame]:
    """The rows of runs whose ids interleave, merged article by article in id order, in frames of a few
    thousand rows. One batch of each run is held at a time, smaller the more runs there are."""
    batch_rows = max(_MIN_MERGE_ROWS, _MERGE_ROWS // len(paths))
    streams = [_articles_of(path, order, batch_rows) for order, path in paths]
    held: list[pd.DataFrame] = []
    n_held = 0
    last: str | None = None
    for article_id, _order, pieces in heapq.merge(*streams, key=lambda item: (item[0], item[1])):
        if article_id == last:
            raise DuplicateArticleId(article_id)
        last = article_id
        held.extend(pieces)
        n_held += sum(len(p) for p in pieces)
        if n_held >= _WRITE_ROWS:
            yield pd.concat(held, ignore_index=True)
            held, n_held = [], 0
    if held:
        yield pd.concat(held, ignore_index=True)


def _table_frames(folder: Path, table: str, groups: list[list[tuple[int, Run]]]) -> Iterator[pd.DataFrame]:
    for group in groups:
        paths = [(i, folder / table / f"{run.name}.parquet") for i, run in group if run.rows.get(table)]
        if len(paths) == 1:
            yield from _run_frames(paths[0][1], _BATCH_ROWS)
        elif paths:
            yield from _merged_frames(paths)


def merge_runs(folder: str | Path, runs: list[Run], out_dir: str | Path, format: str) -> dict[str, Path]:
    """Write each fact table from the runs in `folder` to ``out_dir/<table>.<format>``.

    Returns:
        The path of each table.
    Raises:
        DuplicateArticleId: two runs hold the same article id (only runs read apart can).
    """
    folder, out_dir = Path(folder), Path(out_dir)
    groups = _groups(runs)
    written: dict[str, Path] = {}
    for table in TABLES:
        fractional = frozenset(c for run in runs for c in run.fractional.get(table, ()))
        with TableWriter(out_dir / f"{table}.{format}", table, format, fractional=fractional) as writer:
            for frame in _table_frames(folder, table, groups):
                writer.write(frame)
        written[table] = out_dir / f"{table}.{format}"
    return written
