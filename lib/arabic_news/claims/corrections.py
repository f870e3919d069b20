"""Corrections: an analyst's fixes to wrong facts, kept in the corpus folder beside the articles.

``corrections.csv`` (UTF-8, a header row) has one correction a line:

    fact_id,action,column,value,reason
    1a2b3c4d5e6f7a8b,set,kind,past,"the sentence is about January 2021, not now"
    9f8e7d6c5b4a3f2e,drop,,,"a quoted rumour, not a reported troop level"

- ``fact_id``: a fact of ``troop_levels``, ``attacks`` or ``events`` (as `arabic-news extract` wrote it);
- ``action``: ``drop`` (the fact leaves its table) or ``set`` (one column gets a new value);
- ``column``, ``value``: for ``set``, the column and its new value, typed as the table's column is
  (whole numbers, ``true``/``false``, ``YYYY-MM-DD``, a value of the column's vocabulary); an empty
  value makes the cell empty. Where a fact is in its article (fact_id, article_id, sentence_id,
  start, end, quote, text, rule, attribution_cue) cannot be set: drop the fact instead.
  Setting ``value``/``count`` or ``qualifier`` also sets the range and ``approx`` the way the hedge
  does («نحو 3000» → 2700–3300), unless the file sets the range of that fact itself;
- ``reason``: why, in a few words; required, since every report lists it.

The articles and the file are only read. A line that cannot be applied stops with a
`CorpusError` naming the file, the line and the fix.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Mapping

import pandas as pd

from arabic_news.claims.reports import default_hedge_widening, interval, number_or_none, text_or_none
from arabic_news.claims.rows import tidy
from arabic_news.corpus.metadata import CORRECTIONS_FILE
from arabic_news.errors import CorpusError
from arabic_news.rules import vocabularies
from arabic_news.rules.hedges import APPROX_QUALIFIERS, QUALIFIERS
from arabic_news.schema import BOOL_COLUMNS, DATE_COLUMNS, INT_COLUMNS, frame_from_rows, typed

CORRECTION_COLUMNS = ("fact_id", "action", "column", "value", "reason")
ACTIONS = ("drop", "set")
CORRECTED_TABLES = ("troop_levels", "attacks", "events")
PROVENANCE_COLUMNS = ("fact_id", "article_id", "sentence_id", "start", "end", "quote", "text", "rule",
                      "attribution_cue")
ENUMERATIONS: dict[str, tuple[str, ...]] = {
    "force": vocabularies.FORCES, "kind": vocabularies.KINDS, "target": vocabularies.TARGETS,
    "status": vocabularies.STATUSES, "event_type": vocabularies.EVENT_TYPES, "qualifier": QUALIFIERS,
}
_LIST_ENUMERATIONS = {"weapons": vocabularies.WEAPONS}  # ;-joined values
_RANGES = {"troop_levels": ("value", "value_low", "value_high"), "attacks": ("count", "count_low", "count_high")}


class _Line:
    """One line of corrections.csv, with where it is for messages."""

    def __init__(self, path: Path, number: int, row: dict):
        self.path, self.number = path, number
        self.fact_id = (row.get("fact_id") or "").strip()
        self.action = (row.get("action") or "").strip().lower()
        self.column = (row.get("column") or "").strip()
        self.value = (row.get("value") or "").strip()
        self.reason = (row.get("reason") or "").strip()

    def error(self, what: str, fix: str) -> CorpusError:
        return CorpusError(self.path, f"line {self.number}: {what}. {fix}")


def read_corrections(path: str | Path) -> list[_Line]:
    """The lines of a corrections file (blank lines skipped), checked for their columns only.

    Raises:
        CorpusError: the file is missing, not UTF-8, or lacks a column of `CORRECTION_COLUMNS`.
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [(name or "").strip() for name in (reader.fieldnames or [])]
            reader.fieldnames = header
            missing = [c for c in CORRECTION_COLUMNS if c not in header]
            if missing:
                raise CorpusError(path, f"line 1: the header lacks {', '.join(missing)}. The first line must "
                                        f"be {','.join(CORRECTION_COLUMNS)}")
            lines = []
            for row in reader:
                if any((v or "").strip() for k, v in row.items() if k is not None):
                    lines.append(_Line(path, reader.line_num, row))
    except FileNotFoundError:
        raise CorpusError(path, "no such corrections file. Put corrections.csv in the corpus folder, or give "
                                "none") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"is not UTF-8 ({exc.reason} at byte {exc.start}). Save it as UTF-8") from None
    return lines


def _typed_value(line: _Line, table: str, columns: list[str]):
    """The value of a `set` line as the column's type (None for empty), or a CorpusError."""
    column, value = line.column, line.value
    if column not in columns:
        settable = [c for c in columns if c not in PROVENANCE_COLUMNS]
        raise line.error(f"column {column!r} is not a column of {table}",
                         f"Use one of {', '.join(settable)}")
    if column in PROVENANCE_COLUMNS:
        raise line.error(f"column {column!r} says where the fact is in its article and cannot be set",
                         "Drop the fact instead (action drop), or fix the article itself")
    if value == "":
        return None
    if column in INT_COLUMNS:
        try:
            return int(value)
        except ValueError:
            raise line.error(f"{column} is a whole number, not {value!r}", f"Write e.g. {column}=3000, in digits")
    if column in BOOL_COLUMNS:
        if value.lower() not in ("true", "false"):
            raise line.error(f"{column} is true or false, not {value!r}", "Write true or false")
        return value.lower() == "true"
    if column in DATE_COLUMNS:
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise line.error(f"{column} is a date, not {value!r}", "Write YYYY-MM-DD, e.g. 2021-07-29")
    allowed = ENUMERATIONS.get(column) or _LIST_ENUMERATIONS.get(column)
    parts = value.split(";") if column in _LIST_ENUMERATIONS else [value]
    if allowed and any(p not in allowed for p in parts):
        raise line.error(f"{value!r} is not a value of {column}", f"Use one of {', '.join(allowed)}")
    return value


def _locate(tables: Mapping[str, pd.DataFrame]) -> dict[str, tuple[str, int]]:
    where: dict[str, tuple[str, int]] = {}
    for table in CORRECTED_TABLES:
        frame = tables.get(table)
        if frame is None or frame.empty or "fact_id" not in frame.columns:
            continue
        for index, fact_id in enumerate(frame["fact_id"]):
            where[str(fact_id)] = (table, index)
    return where


def _check(line: _Line, where: dict, seen: dict) -> tuple[str, int]:
    if line.action not in ACTIONS:
        raise line.error(f"action {line.action!r} is neither drop nor set",
                         "Write drop (the fact leaves its table) or set (with column and value)")
    if not line.fact_id or line.fact_id not in where:
        raise line.error(f"fact_id {line.fact_id!r} is in none of {', '.join(CORRECTED_TABLES)}",
                         "Copy the fact_id from those tables (as `arabic-news extract` wrote them), or delete the line")
    if not line.reason:
        raise line.error("the reason is empty", "Say in a few words why: every report lists it")
    if line.action == "set" and not line.column:
        raise line.error("a set needs a column", "Name the column to change and give its new value")
    earlier = seen.get((line.fact_id, "drop")) or seen.get((line.fact_id, line.column))
    if earlier:
        raise line.error(f"fact {line.fact_id} is already {'dropped' if (line.fact_id, 'drop') in seen else 'set'} "
                         f"on line {earlier}", "Keep one correction per fact and column")
    return where[line.fact_id]


def _derived(table: str, row: dict, changed: dict, explicit: set[str]) -> dict:
    """The range and approx that follow a new value or qualifier, unless the file sets them."""
    if table not in _RANGES or not ({_RANGES[table][0], "qualifier"} & set(changed)):
        return {}
    value_c, low_c, high_c = _RANGES[table]
    merged = {**row, **changed}
    point, qualifier = number_or_none(merged.get(value_c)), text_or_none(merged.get("qualifier"))
    span = interval(point, qualifier, None, None, default_hedge_widening()) if point is not None else None
    out = {}
    if span is not None:
        for column, bound in ((low_c, span[0]), (high_c, span[1])):
            if column not in explicit:
                out[column] = tidy(round(bound)) if float(point).is_integer() else tidy(bound)
    if "approx" not in explicit and qualifier:
        out["approx"] = qualifier in APPROX_QUALIFIERS
    return {k: v for k, v in out.items() if v != row.get(k)}


def _show(value) -> str | None:
    return None if value is None or value is pd.NA or (isinstance(value, float) and value != value) else \
        ("true" if value is True else "false" if value is False else str(value))


def apply_corrections(tables: Mapping[str, pd.DataFrame],
                      corrections_path: str | Path) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Apply ``corrections.csv`` to the fact tables; the inputs are left as they were.

    Args:
        tables: the fact tables by name (`Facts.tables()` or `schema.read_tables`).
        corrections_path: the corrections file (see the module docstring for its format).
    Returns:
        (the tables with every correction applied, the `corrections_applied` table: one row per line
        with its fact, table, article, action, column, old and new value, reason and what else changed).
    Raises:
        CorpusError: a line that cannot be applied (unknown fact_id or column, bad action, a value of
            the wrong type, no reason, a fact corrected twice), naming the file, the line and the fix.
    Example:
        >>> import tempfile
        >>> troops = pd.DataFrame({"fact_id": ["f1", "f2"], "article_id": ["a", "b"], "value": [2500, 600],
        ...                        "qualifier": ["exact", "about"], "kind": ["current", "planned"]})
        >>> path = Path(tempfile.mkdtemp()) / "corrections.csv"
        >>> _ = path.write_text("fact_id,action,column,value,reason\\nf1,set,value,3000,misread\\n"
        ...                     "f2,drop,,,Kabul not Iraq\\n", encoding="utf-8")
        >>> fixed, applied = apply_corrections({"troop_levels": troops}, path)
        >>> fixed["troop_levels"][["fact_id", "value"]].values.tolist(), troops["value"].tolist()
        ([['f1', 3000]], [2500, 600])
        >>> applied[["line", "action", "old_value", "new_value"]].values.tolist()
        [[2, 'set', '2500', '3000'], [3, 'drop', None, None]]
    """
    lines = read_corrections(corrections_path)
    where = _locate(tables)
    seen: dict[tuple, int] = {}
    explicit: dict[str, set[str]] = {}
    for line in lines:
        table, _ = _check(line, where, seen)
        if line.action == "set":
            _typed_value(line, table, list(tables[table].columns))
            explicit.setdefault(line.fact_id, set()).add(line.column)
        seen[(line.fact_id, "drop" if line.action == "drop" else line.column)] = line.number
    records = {name: tables[name].to_dict("records") for name in {where[l.fact_id][0] for l in lines}}
    applied, dropped = [], set()
    for line in lines:
        table, index = where[line.fact_id]
        row = records[table][index]
        entry = {"line": line.number, "fact_id": line.fact_id, "table": table, "article_id": row.get("article_id"),
                 "action": line.action, "column": line.column or None, "old_value": None, "new_value": None,
                 "reason": line.reason, "also_changed": None}
        if line.action == "drop":
            dropped.add(line.fact_id)
        else:
            new = _typed_value(line, table, list(tables[table].columns))
            entry["old_value"], entry["new_value"] = _show(row.get(line.column)), _show(new)
            derived = _derived(table, row, {line.column: new}, explicit.get(line.fact_id, set()))
            row.update({line.column: new, **derived})
            entry["also_changed"] = ";".join(f"{k}={_show(v) or ''}" for k, v in sorted(derived.items())) or None
        applied.append(entry)
    out = dict(tables)
    for table, rows in records.items():
        kept = [r for r in rows if str(r.get("fact_id")) not in dropped]
        out[table] = typed(table, pd.DataFrame(kept, columns=list(tables[table].columns)))
    return out, frame_from_rows("corrections_applied", applied)
