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

from arabic_news.schema import FACT_TABLES, TableWriter, fractional_columns, frame_from_rows

__all__ = ["RUN_ARTICLES", "Run", "RunWriter", "write_run", "merge_runs", "DuplicateArticleId", "system_allocator"]

RUN_ARTICLES = 500
"""Articles whose rows are held before they are sorted and written as a run."""

_BATCH_ROWS = 2048       # rows read from a run at a time when runs follow each other
_MERGE_BATCH_ROWS = 512  # … when runs are merged (a batch of each run open at that point)
_WRITE_ROWS = 2048       # rows handed to the TableWriter at a time when merging


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
    for table in FACT_TABLES:
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
        self._rows: dict[str, list[dict]] = {table: [] for table in FACT_TABLES}
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
        self._rows = {table: [] for table in FACT_TABLES}
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


def _pieces(path: Path, order: int, batch_rows: int) -> Iterator[tuple[str, int, pd.DataFrame, int, int]]:
    """A run's rows article by article: (article id, the run's place in reading order, frame, start, stop).
    An article cut by the end of a batch comes as two pieces with the same id."""
    for frame in _run_frames(path, batch_rows):
        ids = frame["article_id"].tolist()
        start = 0
        for i in range(1, len(ids) + 1):
            if i < len(ids) and ids[i] == ids[start]:
                continue
            yield ids[start], order, frame, start, i
            start = i


def _merged_frames(runs: list[tuple[int, str, Path]]) -> Iterator[pd.DataFrame]:
    """The rows of runs whose ids interleave, merged article by article in id order, in frames of a few
    thousand rows. A run is opened only when the merge reaches its first id, so only the runs that
    overlap there are held (a batch each); neighbouring rows of one batch are copied together."""
    pending = sorted(runs, key=lambda run: run[1], reverse=True)   # (order, first id, path); next run last
    heap: list = []

    def advance(pieces: Iterator) -> None:
        piece = next(pieces, None)
        if piece is not None:
            heapq.heappush(heap, (piece[0], piece[1], piece, pieces))

    held: list[pd.DataFrame] = []
    segment: list = []            # [frame, start, stop] being extended
    n_held, last = 0, None
    while heap or pending:
        while pending and (not heap or pending[-1][1] <= heap[0][0]):
            order, _first, path = pending.pop()
            advance(_pieces(path, order, _MERGE_BATCH_ROWS))
        article_id, order, (_, _, frame, start, stop), pieces = heapq.heappop(heap)
        if last is not None and article_id == last[0] and order != last[1]:
            raise DuplicateArticleId(article_id)
        last = (article_id, order)
        if segment and segment[0] is frame and segment[2] == start:
            segment[2] = stop
        else:
            if segment:
                held.append(segment[0].iloc[segment[1]:segment[2]])
            segment = [frame, start, stop]
        n_held += stop - start
        advance(pieces)
        if n_held >= _WRITE_ROWS:
            held.append(segment[0].iloc[segment[1]:segment[2]])
            yield pd.concat(held, ignore_index=True)
            held, segment, n_held = [], [], 0
    if segment:
        held.append(segment[0].iloc[segment[1]:segment[2]])
    if held:
        yield pd.concat(held, ignore_index=True)


def _table_frames(folder: Path, table: str, groups: list[list[tuple[int, Run]]]) -> Iterator[pd.DataFrame]:
    for group in groups:
        runs = [(i, run.first_id, folder / table / f"{run.name}.parquet") for i, run in group if run.rows.get(table)]
        if len(runs) == 1:
            yield from _run_frames(runs[0][2], _BATCH_ROWS)
        elif runs:
            yield from _merged_frames(runs)


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
    for table in FACT_TABLES:
        fractional = frozenset(c for run in runs for c in run.fractional.get(table, ()))
        with TableWriter(out_dir / f"{table}.{format}", table, format, fractional=fractional) as writer:
            for frame in _table_frames(folder, table, groups):
                writer.write(frame)
        written[table] = out_dir / f"{table}.{format}"
    return written
