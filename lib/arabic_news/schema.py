"""The tables' schema: every table's columns and types, and the one way to read and write them.

`extract` builds the rows of the five fact tables (`FACT_TABLES`) and `claims` those of the
claim tables (`CLAIM_TABLES`: claims, conflicts, figure history, citations, wire copies and
the corrections applied); this module turns rows into typed frames, writes them (CSV with a
BOM, or Parquet), and reads them back with the same types. Every other module (`analysis`,
`report`, `plotting`, the notebooks) reads a table through `read_table` / `read_tables`, so a
column's type is decided here once:

- integers (`INT_COLUMNS`) are nullable ``Int64`` (``Float64`` if a value is not whole);
- shares (`FLOAT_COLUMNS`) are nullable ``Float64``;
- booleans (`BOOL_COLUMNS`) are nullable ``boolean``, written ``true``/``false``;
- every other column is text (``object``), with ``None`` for a missing value;
  dates stay ISO strings (``YYYY-MM-DD``).

Rows are sorted by `SORT_KEYS`, so the same facts give the same bytes.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from arabic_news.errors import ParameterError
from arabic_news.files import _umask, write_atomically

__all__ = [
    "ARTICLE_COLUMNS", "TROOP_COLUMNS", "ATTACK_COLUMNS", "EVENT_COLUMNS", "MENTION_COLUMNS", "CLAIM_COLUMNS",
    "CONFLICT_COLUMNS", "HISTORY_COLUMNS", "CITATION_COLUMNS", "WIRE_COPY_COLUMNS", "CORRECTION_COLUMNS", "TABLES",
    "TABLE_NAMES", "FACT_TABLES", "CLAIM_TABLES", "TABLE_FORMATS", "INT_COLUMNS", "FLOAT_COLUMNS", "BOOL_COLUMNS",
    "DATE_COLUMNS", "SORT_KEYS", "ROW_GROUP_ROWS", "frame_from_rows", "typed", "read_table", "read_tables",
    "table_path", "write_table", "TableWriter", "fractional_columns", "conform", "missing_cell",
]

# The contract columns first, then our extra columns.
ARTICLE_COLUMNS = [
    "article_id", "title", "publication_date", "publication_date_basis", "date_window_start",
    "date_window_end", "outlet", "n_paragraphs", "n_chars", "encoding", "path",
    # extras
    "publication_date_note", "url", "sha1", "n_boilerplate",
]
TROOP_COLUMNS = [
    "fact_id", "article_id", "sentence_id", "start", "end", "quote", "value", "value_low", "value_high",
    "approx", "qualifier", "force", "force_id", "location", "as_of_start", "as_of_end", "kind", "attribution",
    # extras
    "rule", "attribution_en", "attribution_cue", "unit", "text",
]
ATTACK_COLUMNS = [
    "fact_id", "article_id", "sentence_id", "start", "end", "quote", "count", "count_low", "count_high",
    "approx", "qualifier", "weapons", "period_start", "period_end", "target", "attribution",
    # extras
    "rule", "attribution_en", "attribution_cue", "text",
]
EVENT_COLUMNS = [
    "fact_id", "article_id", "sentence_id", "start", "end", "quote", "time_expression", "date_start",
    "date_end", "precision", "relative", "event_type", "actors", "status", "attribution",
    # extras
    "rule", "attribution_en", "attribution_cue", "date_confidence",
]
MENTION_COLUMNS = ["article_id", "entity", "entity_en", "type", "count"]

# The claim tables (`arabic_news.claims`): the same figure across articles.
CLAIM_COLUMNS = [
    "claim_id", "table", "force", "force_id", "target", "location", "kind", "value", "value_low", "value_high",
    "approx", "qualifiers", "window_start", "window_end", "agreed_start", "agreed_end", "time_basis", "n_facts",
    "n_articles", "n_outlets", "n_independent", "article_ids", "outlets", "attributions", "first_published",
    "last_published", "texts", "quote", "fact_ids",
]
_SIDE_COLUMNS = ["claim_id", "value", "value_low", "value_high", "window_start", "window_end", "n_articles",
                 "n_independent", "article_ids", "outlets", "attributions", "quote", "fact_ids"]
CONFLICT_COLUMNS = (["conflict_id", "table", "force", "force_id", "target", "location", "kind"]
                    + [f"{c}_a" for c in _SIDE_COLUMNS] + [f"{c}_b" for c in _SIDE_COLUMNS])
HISTORY_COLUMNS = [
    "force", "force_id", "location", "step", "claim_id", "kind", "date", "value", "value_low", "value_high",
    "approx", "qualifiers", "window_start", "window_end", "n_articles", "n_independent", "article_ids", "outlets",
    "attributions", "first_published", "change",
]
CITATION_COLUMNS = ["article_id", "outlet", "source", "source_en", "n_facts", "tables"]
WIRE_COPY_COLUMNS = ["article_id_a", "article_id_b", "outlet_a", "outlet_b", "similarity", "quote_a", "quote_b",
                     "fact_ids_a", "fact_ids_b"]
CORRECTION_COLUMNS = ["line", "fact_id", "table", "article_id", "action", "column", "old_value", "new_value",
                      "reason", "also_changed"]

FACT_SCHEMAS: dict[str, list[str]] = {
    "articles": ARTICLE_COLUMNS,
    "troop_levels": TROOP_COLUMNS,
    "attacks": ATTACK_COLUMNS,
    "events": EVENT_COLUMNS,
    "mentions": MENTION_COLUMNS,
}
CLAIM_SCHEMAS: dict[str, list[str]] = {
    "claims": CLAIM_COLUMNS,
    "conflicts": CONFLICT_COLUMNS,
    "figure_history": HISTORY_COLUMNS,
    "citations": CITATION_COLUMNS,
    "wire_copies": WIRE_COPY_COLUMNS,
    "corrections_applied": CORRECTION_COLUMNS,
}
TABLES: dict[str, list[str]] = {**FACT_SCHEMAS, **CLAIM_SCHEMAS}
"""Every table `arabic-news extract` writes, by name, with its columns in order."""

FACT_TABLES: tuple[str, ...] = tuple(FACT_SCHEMAS)
"""The five fact tables, one row per article or fact (what `read_tables` reads by default)."""
CLAIM_TABLES: tuple[str, ...] = tuple(CLAIM_SCHEMAS)
"""The tables `arabic_news.claims` builds from the fact tables, written beside them."""
TABLE_NAMES: tuple[str, ...] = tuple(TABLES)
TABLE_FORMATS: dict[str, str] = {"csv": ".csv", "parquet": ".parquet"}

_SIDE_INTS = {"value", "value_low", "value_high", "n_articles", "n_independent"}
INT_COLUMNS = frozenset({"sentence_id", "start", "end", "value", "value_low", "value_high", "count",
                         "count_low", "count_high", "n_paragraphs", "n_chars", "n_boilerplate",
                         "n_facts", "n_articles", "n_outlets", "n_independent", "step", "change", "line"}
                        | {f"{c}_{side}" for c in _SIDE_INTS for side in "ab"})
FLOAT_COLUMNS = frozenset({"similarity", "date_confidence"})
BOOL_COLUMNS = frozenset({"approx", "relative"})
DATE_COLUMNS = frozenset({"publication_date", "date_window_start", "date_window_end", "as_of_start",
                          "as_of_end", "period_start", "period_end", "date_start", "date_end",
                          "window_start", "window_end", "agreed_start", "agreed_end", "first_published",
                          "last_published", "date"} | {f"window_{e}_{s}" for e in ("start", "end") for s in "ab"})
SORT_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "troop_levels": ["article_id", "start", "end", "fact_id"],
    "attacks": ["article_id", "start", "end", "fact_id"],
    "events": ["article_id", "start", "end", "fact_id"],
    "mentions": ["article_id", "entity"],
    "claims": ["table", "force_id", "force", "target", "location", "kind", "window_start", "value", "claim_id"],
    "conflicts": ["table", "force_id", "force", "target", "location", "kind", "claim_id_a", "claim_id_b"],
    "figure_history": ["force_id", "force", "location", "step"],
    "citations": ["article_id", "source_en", "source"],
    "wire_copies": ["article_id_a", "article_id_b", "quote_a", "quote_b"],
    "corrections_applied": ["line"],
}


def _columns(name: str) -> list[str]:
    try:
        return TABLES[name]
    except KeyError:
        raise ParameterError("table", name, "is not a table of ours", f"Use one of {', '.join(TABLES)}") from None


def missing_cell(value: object) -> bool:
    """Whether a table cell holds nothing: None, NaN, pd.NA or NaT (the one definition the library uses).

    Example:
        >>> [missing_cell(v) for v in (None, float("nan"), pd.NA, pd.NaT, "", 0)]
        [True, True, True, True, False, False]
    """
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float):      # NaN, numpy's too (the common cases first: this runs per cell)
        return value != value
    if isinstance(value, (str, int)):
        return False
    try:
        return bool(pd.isna(value))   # NaT, numpy's datetime NaT
    except (TypeError, ValueError):   # a list or an array is a value, not a missing cell
        return False


def _int_column(values: Iterable) -> pd.api.extensions.ExtensionArray:
    """Whole numbers as nullable Int64; any fraction makes the column Float64."""
    values = list(values)
    present = [v for v in values if not missing_cell(v)]
    if all(float(v).is_integer() for v in present):
        return pd.array([None if missing_cell(v) else int(float(v)) for v in values], dtype="Int64")
    return pd.array([None if missing_cell(v) else float(v) for v in values], dtype="Float64")


def _bool_column(values: Iterable) -> pd.api.extensions.ExtensionArray:
    def as_bool(v):
        if missing_cell(v):
            return None
        if isinstance(v, str):
            return v.strip().lower() == "true"
        return bool(v)

    return pd.array([as_bool(v) for v in values], dtype="boolean")


def _typed_column(column: str, values: pd.Series | list) -> pd.api.extensions.ExtensionArray | pd.Series:
    """One column's values with the column's type (see the module docstring)."""
    if column in INT_COLUMNS or column in FLOAT_COLUMNS:
        if not isinstance(values, pd.Series) and all(missing_cell(v) or isinstance(v, (int, float)) for v in values):
            # rows built in Python (extract, claims): numbers already, no parsing needed
            return _int_column(values) if column in INT_COLUMNS else \
                pd.array([None if missing_cell(v) else float(v) for v in values], dtype="Float64")
        series = values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)
        if not pd.api.types.is_numeric_dtype(series):
            series = pd.to_numeric(series.astype(object).where(series.notna() & (series != ""), None),
                                   errors="coerce")
        return _int_column(series) if column in INT_COLUMNS else pd.array(series, dtype="Float64")
    if column in BOOL_COLUMNS:
        return _bool_column(values)
    if isinstance(values, pd.Series):
        values = values.to_numpy(dtype=object, na_value=None)
    else:
        values = [None if missing_cell(v) else v for v in values]
    return pd.Series(values, dtype=object)


def _frame(columns: dict[str, object], n: int) -> pd.DataFrame:
    """A frame from typed columns in one step (adding columns one by one is slow in pandas)."""
    out = pd.DataFrame({c: (v.reset_index(drop=True) if isinstance(v, pd.Series) else v)
                        for c, v in columns.items()})
    return out if len(out) == n else out.reindex(range(n))


def typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with the columns and types of table `name` (missing columns added empty).

    Args:
        name: a table of `TABLES`.
        frame: rows of that table, typed or not (e.g. read from a CSV as text).
    Returns:
        A new frame: the table's columns in order, then any extra columns `frame` has.
    Example:
        >>> t = typed("attacks", pd.DataFrame({"count": ["6", None], "approx": ["true", None]}))
        >>> t["count"].tolist(), t["approx"].tolist(), t["weapons"].tolist()
        ([6, <NA>], [True, <NA>], [None, None])
    """
    columns = _columns(name)
    n = len(frame)
    out = {}
    for column in columns + [c for c in frame.columns if c not in columns]:
        values = frame[column] if column in frame.columns else [None] * n
        out[column] = _typed_column(column, values)
    return _frame(out, n)


def frame_from_rows(name: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts keyed by the table's columns) as a typed frame sorted by `SORT_KEYS`.

    Example:
        >>> frame_from_rows("mentions", [{"article_id": "b", "entity": "x", "count": 2},
        ...                              {"article_id": "a", "entity": "y", "count": 1}])["article_id"].tolist()
        ['a', 'b']
    """
    frame = _frame({c: _typed_column(c, [row.get(c) for row in rows]) for c in _columns(name)}, len(rows))
    if len(frame) < 2:
        return frame
    return frame.sort_values(SORT_KEYS[name], kind="mergesort", ignore_index=True)


def table_path(folder: str | Path, name: str) -> Path | None:
    """The file holding table `name` in `folder` (Parquet first, then CSV), or None when absent.

    Example:
        >>> table_path("/no/such/folder", "attacks") is None
        True
    """
    for suffix in (".parquet", ".csv"):
        candidate = Path(folder) / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    return None


READ_CHUNK_ROWS = 50_000
"""Rows of a CSV table read at a time when only some rows are kept (`read_table(present=…)`)."""


def read_table(folder: str | Path, name: str, *, columns: Sequence[str] | None = None,
               present: str | None = None) -> pd.DataFrame:
    """Read table `name` from `folder` (as `arabic-news extract` wrote it) with its types.

    Args:
        folder: the folder given to ``arabic-news extract --out``.
        name: a table of `TABLES`.
        columns: only these columns, in this order (a large table read for a few of its columns).
        present: only the rows where this column has a value; the file is read a chunk at a time,
            so the rows left out are never all held.
    Returns:
        The typed frame (see the module docstring); ids stay strings.
    Raises:
        ParameterError: the table is missing, naming the file and the command that writes it.
    Example:
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> _ = write_table(pd.DataFrame({"article_id": ["a", "b"], "attribution": [None, "رويترز"]}),
        ...                 Path(folder) / "events.csv", table="events")
        >>> read_table(folder, "events", columns=["article_id", "attribution"], present="attribution").values.tolist()
        [['b', 'رويترز']]
    """
    known = _columns(name)
    wanted = list(columns) if columns is not None else None
    unknown = [c for c in (wanted or []) + ([present] if present else []) if c not in known]
    if unknown:
        raise ParameterError("columns", ", ".join(unknown), f"are not columns of the {name} table",
                             f"Use some of {', '.join(known)}")
    path = table_path(folder, name)
    if path is None:
        if name in CLAIM_TABLES and table_path(folder, "troop_levels") is not None:
            raise ParameterError("facts_dir", str(folder), f"has fact tables but no {name} table ({name}.csv): "
                                 "it was written by an older arabic-news, before claims were built",
                                 f"Run `arabic-news extract CORPUS_DIR --out {folder}` again")
        raise ParameterError("facts_dir", str(folder), f"has no {name} table ({name}.csv)",
                             f"Run `arabic-news extract CORPUS_DIR --out {folder}` first")
    if wanted is not None or present is not None:
        return _read_part(path, name, wanted or known, present)
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        frame = frame.where(frame != "", None)  # an empty cell is a missing value
    return typed(name, frame)


def _read_part(path: Path, name: str, columns: list[str], present: str | None) -> pd.DataFrame:
    """Some columns of a table file, and only the rows where `present` has a value; typed."""
    needed = columns + ([present] if present and present not in columns else [])
    if path.suffix == ".parquet":
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        table = pq.read_table(path, columns=needed)
        if present:
            table = table.filter(pc.is_valid(table[present]))
        frame = table.to_pandas()
    else:
        pieces = []
        for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", usecols=needed,
                                 chunksize=READ_CHUNK_ROWS):
            if present:
                chunk = chunk[chunk[present] != ""]
            pieces.append(chunk.where(chunk != "", None))   # an empty cell is a missing value
        frame = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame(columns=needed)
    frame = frame.reset_index(drop=True)
    return _frame({c: _typed_column(c, frame[c]) for c in columns}, len(frame))


def read_tables(folder: str | Path, names: Iterable[str] = FACT_TABLES) -> dict[str, pd.DataFrame]:
    """Every table of `names` (the five fact tables unless told) from `folder`, by name (see `read_table`)."""
    return {name: read_table(folder, name) for name in names}


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if str(out[column].dtype) == "boolean":
            out[column] = [None if pd.isna(v) else ("true" if v else "false") for v in out[column]]
    return out


def write_table(frame: pd.DataFrame, path: str | Path, format: str = "csv", *, table: str | None = None) -> Path:
    """Write one typed table to `path`, whole or not at all.

    CSV is UTF-8 with a BOM (spreadsheets then show the Arabic), integers without a
    decimal point, booleans ``true``/``false``, missing values as empty cells. A fact table
    (`table`, or the file's name when it is one of `TABLES`) goes through `TableWriter`, so
    it is the same bytes as the same rows written in batches.

    Raises:
        ParameterError: an unknown format.
    """
    if format not in TABLE_FORMATS:
        raise ParameterError("format", format, "is not a table format", 'Use "csv" or "parquet"')
    path = Path(path)
    table = table or (path.stem if path.stem in TABLES else None)
    if table is not None:
        with TableWriter(path, table, format, fractional=fractional_columns(frame)) as writer:
            writer.write(frame)
        return path
    if format == "csv":
        ready = _csv_ready(frame)
        write_atomically(path, lambda tmp: ready.to_csv(tmp, index=False, encoding="utf-8-sig",
                                                        lineterminator="\n", na_rep=""))
    else:
        write_atomically(path, lambda tmp: frame.to_parquet(tmp, index=False))
    return path


def tables_in_order(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """`tables` in the documented order of `TABLES` (unknown names last, by name)."""
    return {name: tables[name] for name in sorted(tables, key=lambda n: (n not in TABLES,
                                                                         TABLE_NAMES.index(n) if n in TABLES else 0, n))}


# ---------------------------------------------------------------------------------------------
# Writing a fact table in batches: the same bytes as writing it whole.

ROW_GROUP_ROWS = 5_000
"""Rows per Parquet row group of a fact table. A table written whole and one written in batches
(`extract_corpus` with an output folder) cut their row groups at the same rows, and their columns
have the types of `TABLES` whatever the rows hold, so the two files are the same bytes."""


def fractional_columns(frame: pd.DataFrame) -> frozenset[str]:
    """The integer columns (`INT_COLUMNS`) of a typed frame that hold a fraction, so are ``Float64``."""
    return frozenset(c for c in frame.columns if c in INT_COLUMNS and str(frame[c].dtype) == "Float64")


def conform(frame: pd.DataFrame, fractional: frozenset[str] = frozenset()) -> pd.DataFrame:
    """A typed frame (or one read back from Parquet) with the types of its whole table.

    Integer columns become ``Int64``, or ``Float64`` when named in `fractional` (a value
    somewhere in the table is not whole); shares (`FLOAT_COLUMNS`) ``Float64``; booleans
    ``boolean``; the rest text with None.
    """
    out = frame.copy()
    for column in out.columns:
        if column in INT_COLUMNS:
            out[column] = out[column].astype("Float64" if column in fractional else "Int64")
        elif column in FLOAT_COLUMNS:
            out[column] = out[column].astype("Float64")
        elif column in BOOL_COLUMNS:
            out[column] = out[column].astype("boolean")
        else:
            values = out[column].astype(object)
            out[column] = values.where(values.notna(), None)
    return out.reset_index(drop=True)


def _arrow_schema(frame: pd.DataFrame):
    """The Parquet schema of a conformed frame, from its column types only (never its values)."""
    import pyarrow as pa

    samples = {"Int64": 0, "Float64": 0.0, "boolean": True}
    template = pd.DataFrame({column: pd.array([samples.get(str(frame[column].dtype), "")],
                                              dtype=frame[column].dtype if str(frame[column].dtype) in samples
                                              else object)
                             for column in frame.columns})
    return pa.Schema.from_pandas(template, preserve_index=False)


class TableWriter:
    """Write one fact table in batches to `path`, whole or not at all (renamed into place on close).

    Rows must come in the table's final order (`SORT_KEYS`). CSV batches are appended after one
    header; Parquet rows are cut into row groups of `ROW_GROUP_ROWS`. Used as a context manager,
    an error removes the unfinished file.

    Args:
        path: the table's file.
        table: its name in `TABLES`.
        format: ``"csv"`` or ``"parquet"``.
        fractional: the integer columns that hold a fraction anywhere in the table (``Float64``).
    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> rows = [{"article_id": f"a{i}", "entity": "x", "count": i} for i in range(3)]
        >>> with TableWriter(folder / "mentions.csv", "mentions") as w:
        ...     w.write(frame_from_rows("mentions", rows[:1])); w.write(frame_from_rows("mentions", rows[1:]))
        >>> _ = write_table(frame_from_rows("mentions", rows), folder / "whole.csv", table="mentions")
        >>> (folder / "mentions.csv").read_bytes() == (folder / "whole.csv").read_bytes()
        True
    """

    def __init__(self, path: str | Path, table: str, format: str = "csv", *,
                 fractional: frozenset[str] = frozenset()):
        import tempfile

        if format not in TABLE_FORMATS:
            raise ParameterError("format", format, "is not a table format", 'Use "csv" or "parquet"')
        _columns(table)
        self.path, self.table, self.format, self.fractional = Path(path), table, format, frozenset(fractional)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        os.close(handle)
        self.rows = 0
        self._pending: list[pd.DataFrame] = []
        self._n_pending = 0
        self._csv = None
        self._parquet = None

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def write(self, frame: pd.DataFrame) -> None:
        """Append rows (a typed frame of the table, in order)."""
        frame = conform(frame, self.fractional)
        self.rows += len(frame)
        if self.format == "csv":
            self._write_csv(frame)
            return
        self._pending.append(frame)
        self._n_pending += len(frame)
        if self._n_pending >= ROW_GROUP_ROWS:
            self._flush_groups(final=False)

    def _write_csv(self, frame: pd.DataFrame) -> None:
        header = self._csv is None
        if header:
            self._csv = open(self._tmp, "w", encoding="utf-8-sig", newline="")
        _csv_ready(frame).to_csv(self._csv, index=False, header=header, lineterminator="\n", na_rep="")

    def _flush_groups(self, *, final: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._pending:
            return
        frame = pd.concat(self._pending, ignore_index=True) if len(self._pending) > 1 else self._pending[0]
        whole = len(frame) if final else len(frame) - len(frame) % ROW_GROUP_ROWS
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._tmp, _arrow_schema(frame))
        if whole:
            arrow = pa.Table.from_pandas(frame.iloc[:whole], schema=self._parquet.schema, preserve_index=False)
            self._parquet.write_table(arrow, row_group_size=ROW_GROUP_ROWS)
        rest = frame.iloc[whole:]
        self._pending, self._n_pending = ([rest.reset_index(drop=True)], len(rest)) if len(rest) else ([], 0)

    def close(self) -> Path:
        """Finish the file (a header or schema alone when no row came) and rename it into place."""
        if self.format == "csv":
            if self._csv is None:
                self._write_csv(conform(pd.DataFrame(columns=_columns(self.table)), self.fractional))
            self._csv.close()
        else:
            if self._parquet is None and not self._pending:
                self._pending = [conform(typed(self.table, pd.DataFrame()), self.fractional)]
            self._flush_groups(final=True)
            self._parquet.close()
        os.chmod(self._tmp, 0o666 & ~_umask())
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Remove the unfinished file."""
        for handle in (self._csv, self._parquet):
            if handle is not None:
                with contextlib.suppress(Exception):
                    handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._tmp)
