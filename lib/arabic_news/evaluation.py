"""Score fact tables against a gold annotation, and check what needs no gold.

This module owns the quality numbers that the tests assert and that notebook
06_extraction_quality shows. It reads gold tables (`load_gold`), pairs predicted
facts with gold facts (`match_facts`), turns the pairs into precision, recall
and field accuracy per table (`score_tables`), and, for a corpus nobody has
annotated, runs the checks that need no gold (`check_without_gold`). It never
knows which corpus it scores: the gold folder says which articles it covers.

**The matching rule.** A predicted fact and a gold fact match when

1. they belong to the same article (ids are compared as written, then by path
   suffix: ``articles/BB-1`` matches ``ant-multisource-2018/articles/BB-1``), and
2. their spans ``[start, end)`` overlap by at least one character, and
3. for troop levels, their ``value`` is equal when both have one; for attacks,
   their ``count`` is equal when both have one (a vague amount with no value
   matches on the span alone). Events match on the span alone.

Each fact is matched at most once: candidate pairs are taken greedily by
largest overlap, then by smallest distance between the span ends, then in
row order, so the result is deterministic.

**Coverage.** Only articles the gold covers are scored: a predicted fact for
any other article is ignored. The gold's ``articles`` table (``articles.csv``
for the seeds, ``manifest.csv`` for the corpus) lists the covered articles and,
in its ``tables`` column, which tables were annotated for each, so an article
annotated as empty (an off-topic article) counts every predicted fact as
spurious. Without an ``articles`` table, the articles present in a gold table
are the ones covered.

**Field accuracy** is computed over matched pairs only:

========================  ===================================================
field                     correct when
========================  ===================================================
value, count              equal numbers, or both empty
qualifier                 equal; an empty qualifier counts as ``exact``
force, force_id, kind,    equal (case and surrounding spaces ignored)
precision
location                  the same set of ``;``-joined names
period                    period_start and period_end each within
                          ``tolerance_days`` of the gold (both empty is right)
date_start, date_end      the same ISO day
date_within               the predicted interval lies inside the gold interval
                          (gold intervals of relative dates span every day the
                          publication-date window allows)
========================  ===================================================
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from arabic_news.errors import CorpusError
from arabic_news.schema import missing_cell

GOLD_TABLES: tuple[str, ...] = ("troop_levels", "attacks", "events")
"""The fact tables a gold annotation can hold, in report order."""

SCORED_FIELDS: dict[str, tuple[str, ...]] = {
    "troop_levels": ("value", "qualifier", "force", "force_id", "location", "kind"),
    "attacks": ("count", "period"),
    "events": ("date_start", "date_end", "precision", "date_within"),
}
"""Fields whose accuracy `score_tables` reports, per table."""

_KEY_VALUE: dict[str, str | None] = {"troop_levels": "value", "attacks": "count", "events": None}
_NUMERIC = ("start", "end", "value", "value_low", "value_high", "count", "count_low", "count_high")
_BOOLEAN = ("approx", "relative")
_DATES = ("date_start", "date_end", "period_start", "period_end", "as_of_start", "as_of_end")
_ALL_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(f for fs in SCORED_FIELDS.values() for f in fs))


# ---------------------------------------------------------------- loading


def load_gold(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Read a gold folder (``data/gold/seeds``, ``data/gold/corpus``) into typed tables.

    Args:
        folder: a folder holding any of ``troop_levels.csv``, ``attacks.csv``,
            ``events.csv``, and ``articles.csv`` or ``manifest.csv`` (the covered
            articles, with the annotated tables in a ``tables`` column).
    Returns:
        Table name -> DataFrame. Fact tables have integer ``start``/``end``,
        numbers as floats (empty -> NaN), ``approx``/``relative`` as booleans
        and every other column as a string (empty -> ``""``). The covered
        articles are under ``"articles"``.
    Raises:
        CorpusError: when the folder is missing or holds none of these files.
    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "troop_levels.csv").write_text(
        ...     "article_id,start,end,text,value,qualifier\\nnews/a,4,17,نحو 2500 جندي,2500,about\\n", encoding="utf-8")
        >>> gold = load_gold(folder)
        >>> row = gold["troop_levels"].iloc[0]
        >>> (row["article_id"], float(row["value"]), row["qualifier"], row["text"])
        ('news/a', 2500.0, 'about', 'نحو 2500 جندي')
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(folder, "no such gold folder (expected e.g. data/gold/seeds)")
    out: dict[str, pd.DataFrame] = {}
    for table in GOLD_TABLES:
        path = folder / f"{table}.csv"
        if path.exists():
            out[table] = _prepare(_read_csv(path), table)
    for name in ("articles.csv", "manifest.csv"):
        path = folder / name
        if path.exists():
            out["articles"] = _read_csv(path)
            break
    if not out:
        raise CorpusError(folder, "holds no gold table (troop_levels.csv, attacks.csv, events.csv, articles.csv)")
    return out


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _prepare(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """A copy of a fact table with the types the scorer compares (gold or predicted)."""
    df = df.copy().reset_index(drop=True)
    if "article_id" not in df.columns:
        if "path" not in df.columns:
            raise ValueError(f"{table}: a fact table needs an article_id (or path) column")
        df["article_id"] = df["path"]
    for col in df.columns:
        if col in _NUMERIC:
            df[col] = pd.to_numeric(df[col].replace("", None), errors="coerce").astype(float)
        elif col in _BOOLEAN:
            df[col] = df[col].map(_to_bool)
        elif pd.api.types.is_object_dtype(df[col]) or pd.api.types.is_string_dtype(df[col]):
            df[col] = df[col].fillna("").astype(str).str.strip()
    for col in ("start", "end"):
        if col not in df.columns:
            raise ValueError(f"{table}: a fact table needs a {col!r} column")
        if df[col].isna().any():
            raise ValueError(f"{table}: {col!r} is empty in {int(df[col].isna().sum())} row(s)")
        df[col] = df[col].astype(int)
    for col in _DATES:
        if col in df.columns:
            df[col] = df[col].map(lambda v: "" if _missing(v) else str(v)[:10])
    df["article_id"] = df["article_id"].astype(str)
    return df


def _to_bool(v: object) -> object:
    if _missing(v):
        return None
    if isinstance(v, bool):
        return v
    s = str(v).strip().lower()
    if s in ("true", "1", "yes"):
        return True
    if s in ("false", "0", "no"):
        return False
    return None


def _missing(v: object) -> bool:
    """A missing cell (`schema.missing_cell`), or a blank string (gold files leave cells blank)."""
    return missing_cell(v) or (isinstance(v, str) and v.strip() == "")


def as_tables(facts: object) -> dict[str, pd.DataFrame]:
    """Fact tables as a dict, from a mapping or from an object with one attribute per table.

    Args:
        facts: ``{"troop_levels": df, …}`` or `arabic_news.extract.Facts` (or anything
            with ``troop_levels``/``attacks``/``events``/``articles``/``mentions`` attributes).
    Returns:
        Table name -> DataFrame, only the tables present.
    Example:
        >>> sorted(as_tables({"events": pd.DataFrame()}))
        ['events']
    """
    if isinstance(facts, Mapping):
        return dict(facts)
    names = (*GOLD_TABLES, "articles", "mentions")
    return {n: getattr(facts, n) for n in names if isinstance(getattr(facts, n, None), pd.DataFrame)}


# ---------------------------------------------------------------- article ids


def _strip_txt(s: str) -> str:
    return s[:-4] if s.endswith(".txt") else s


def _align_ids(ids: list[str], gold_ids: list[str]) -> dict[str, str | None]:
    """Map each predicted article id to the gold id it names, or None.

    Exact ids win; otherwise ids match when one is the other with leading folders
    (``a/b/c`` names ``c`` and ``b/c``), after dropping a ``.txt`` ending.
    An id that names several gold articles maps to None.
    """
    gold_set = set(gold_ids)
    stripped = {_strip_txt(g): g for g in gold_ids}
    out: dict[str, str | None] = {}
    for pid in ids:
        if pid in gold_set:
            out[pid] = pid
            continue
        p = _strip_txt(pid)
        if p in stripped:
            out[pid] = stripped[p]
            continue
        hits = [g for s, g in stripped.items() if s.endswith("/" + p) or p.endswith("/" + s)]
        out[pid] = hits[0] if len(hits) == 1 else None
    return out


def _covered(gold: Mapping[str, pd.DataFrame], table: str) -> list[str]:
    """Article ids the gold covers for `table`, sorted."""
    arts = gold.get("articles")
    if arts is not None and "article_id" in arts.columns:
        if "tables" in arts.columns:
            keep = arts["tables"].fillna("").map(lambda t: table in str(t).split(";") or str(t).strip() == "")
            return sorted(arts.loc[keep, "article_id"].astype(str))
        return sorted(arts["article_id"].astype(str))
    g = gold.get(table)
    return sorted(set(g["article_id"].astype(str))) if g is not None else []


def _restrict(predicted: pd.DataFrame, covered: list[str]) -> pd.DataFrame:
    """Predicted rows of covered articles, with article_id rewritten to the gold's id."""
    if predicted.empty:
        return predicted.assign(article_id=pd.Series(dtype=str))
    ids = predicted["article_id"].astype(str)
    mapping = _align_ids(sorted(set(ids)), covered)
    mapped = ids.map(mapping)
    if "path" in predicted.columns:  # fall back on the path when the id names nothing
        by_path = predicted["path"].fillna("").astype(str)
        path_map = _align_ids(sorted(set(by_path)), covered)
        mapped = mapped.where(mapped.notna(), by_path.map(path_map))
    out = predicted.assign(article_id=mapped)
    return out[out["article_id"].notna()].copy()


# ---------------------------------------------------------------- matching


def _same_number(a: object, b: object) -> bool:
    if _missing(a) and _missing(b):
        return True
    if _missing(a) or _missing(b):
        return False
    return abs(float(a) - float(b)) < 1e-9  # type: ignore[arg-type]


def _norm(v: object) -> str:
    return "" if _missing(v) else str(v).strip().lower()


def _as_set(v: object) -> frozenset[str]:
    return frozenset(x.strip().lower() for x in _norm(v).split(";") if x.strip())


def _day(v: object) -> _dt.date | None:
    if _missing(v):
        return None
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _field_ok(field: str, g: Mapping[str, object], p: Mapping[str, object], tolerance_days: int) -> bool:
    if field in ("value", "count"):
        return _same_number(g.get(field), p.get(field))
    if field == "qualifier":
        return (_norm(g.get(field)) or "exact") == (_norm(p.get(field)) or "exact")
    if field == "location":
        return _as_set(g.get(field)) == _as_set(p.get(field))
    if field == "period":
        for col in ("period_start", "period_end"):
            gd, pd_ = _day(g.get(col)), _day(p.get(col))
            if gd is None and pd_ is None:
                continue
            if gd is None or pd_ is None or abs((gd - pd_).days) > tolerance_days:
                return False
        return True
    if field in ("date_start", "date_end"):
        return _day(g.get(field)) == _day(p.get(field))
    if field == "date_within":
        gs, ge = _day(g.get("date_start")), _day(g.get("date_end"))
        ps, pe = _day(p.get("date_start")), _day(p.get("date_end"))
        if None in (gs, ge, ps, pe):
            return gs == ps and ge == pe
        return gs <= ps <= pe <= ge  # type: ignore[operator]
    return _norm(g.get(field)) == _norm(p.get(field))


def _pair_up(g: pd.DataFrame, p: pd.DataFrame, key: str | None) -> list[tuple[int, int]]:
    """Gold and predicted rows paired one to one, article by article: overlapping spans whose
    `key` value agrees (when both have one), largest overlap first, then nearest ends."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for aid in sorted(set(g["article_id"]) & set(p["article_id"])):
        gs, ps = g[g["article_id"] == aid], p[p["article_id"] == aid]
        cands = []
        for gi, grow in gs.iterrows():
            for pi, prow in ps.iterrows():
                overlap = min(grow["end"], prow["end"]) - max(grow["start"], prow["start"])
                if overlap <= 0:
                    continue
                if key and key in ps.columns and not (_missing(grow.get(key)) or _missing(prow.get(key))):
                    if not _same_number(grow[key], prow[key]):
                        continue
                dist = abs(grow["start"] - prow["start"]) + abs(grow["end"] - prow["end"])
                cands.append((-overlap, dist, gi, pi))
        for _, _, gi, pi in sorted(cands):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gi, pi))
    return pairs


def match_facts(
    predicted: pd.DataFrame, gold: pd.DataFrame, table: str, *, covered: list[str] | None = None,
    tolerance_days: int = 3,
) -> pd.DataFrame:
    """Pair predicted facts with gold facts of one table (the rule is in the module docstring).

    Args:
        predicted: the extractor's table (issue 5's columns: article_id, start, end, value …).
        gold: the gold table of the same name, as `load_gold` returns it.
        table: ``troop_levels``, ``attacks`` or ``events``; decides the value
            that must agree and the fields compared.
        covered: article ids the gold covers; by default those present in `gold`.
            Predicted facts of other articles are dropped.
        tolerance_days: how far an attack period's ends may be from the gold's.
    Returns:
        One row per matched pair (``status="match"``), per unmatched gold fact
        (``"missed"``) and per unmatched predicted fact (``"spurious"``), sorted
        by article and position, with columns article_id, status, gold_row,
        pred_row (row positions, -1 when absent), gold_start, gold_end, gold_text,
        pred_start, pred_end, pred_text, then ``gold_<f>``, ``pred_<f>`` and
        ``<f>_ok`` for every scored field (``<f>_ok`` is empty unless matched).
    Raises:
        ValueError: for an unknown table or a table without start/end.
    Example:
        >>> gold = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [13], "value": [2500]})
        >>> pred = pd.DataFrame({"article_id": ["a", "a"], "start": [4, 20], "end": [13, 25],
        ...                      "value": [2500, 600]})
        >>> match_facts(pred, gold, "troop_levels")[["status", "gold_row", "pred_row"]].values.tolist()
        [['match', 0, 0], ['spurious', -1, 1]]
    """
    if table not in GOLD_TABLES:
        raise ValueError(f"table={table!r} is not one of {GOLD_TABLES}")
    g = _prepare(gold, table)
    if covered is None:
        covered = sorted(set(g["article_id"]))
    p = _restrict(_prepare(predicted, table) if len(predicted) else _empty_like(table), covered)
    g = g[g["article_id"].isin(covered)]
    key = _KEY_VALUE[table]
    fields = SCORED_FIELDS[table]

    pairs = _pair_up(g, p, key)
    used_g = {gi for gi, _ in pairs}
    used_p = {pi for _, pi in pairs}

    rows = []
    for gi, pi in pairs:
        rows.append(_pair_row("match", g.loc[gi], p.loc[pi], gi, pi, fields, tolerance_days))
    for gi in g.index:
        if gi not in used_g:
            rows.append(_pair_row("missed", g.loc[gi], None, gi, -1, fields, tolerance_days))
    for pi in p.index:
        if pi not in used_p:
            rows.append(_pair_row("spurious", None, p.loc[pi], -1, pi, fields, tolerance_days))
    columns = ["article_id", "status", "gold_row", "pred_row", "gold_start", "gold_end", "gold_text",
               "pred_start", "pred_end", "pred_text"]
    for f in fields:
        columns += [f"gold_{f}", f"pred_{f}", f"{f}_ok"]
    out = pd.DataFrame(rows, columns=columns)
    if out.empty:
        return out
    pos = out["gold_start"].where(out["gold_start"] >= 0, out["pred_start"])
    out = out.assign(_pos=pos).sort_values(["article_id", "_pos", "gold_row", "pred_row"], kind="stable")
    return out.drop(columns="_pos").reset_index(drop=True)


def _empty_like(table: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": pd.Series(dtype=str), "start": pd.Series(dtype=int),
                         "end": pd.Series(dtype=int)})


def _text(row: pd.Series | None) -> str:
    if row is None:
        return ""
    for col in ("text", "time_expression"):
        if col in row.index and not _missing(row[col]):
            return str(row[col])
    return ""


def _shown(field: str, row: pd.Series | None) -> object:
    if row is None:
        return None
    if field == "period":
        return f"{row.get('period_start', '')}..{row.get('period_end', '')}"
    if field == "date_within":
        return f"{row.get('date_start', '')}..{row.get('date_end', '')}"
    v = row.get(field)
    return None if _missing(v) else v


def _pair_row(status: str, grow: pd.Series | None, prow: pd.Series | None, gi: int, pi: int,
              fields: tuple[str, ...], tolerance_days: int) -> dict[str, object]:
    some = grow if grow is not None else prow
    assert some is not None
    rec: dict[str, object] = {
        "article_id": some["article_id"], "status": status, "gold_row": int(gi), "pred_row": int(pi),
        "gold_start": int(grow["start"]) if grow is not None else -1,
        "gold_end": int(grow["end"]) if grow is not None else -1,
        "gold_text": _text(grow),
        "pred_start": int(prow["start"]) if prow is not None else -1,
        "pred_end": int(prow["end"]) if prow is not None else -1,
        "pred_text": _text(prow),
    }
    for f in fields:
        rec[f"gold_{f}"] = _shown(f, grow)
        rec[f"pred_{f}"] = _shown(f, prow)
        rec[f"{f}_ok"] = (_field_ok(f, grow, prow, tolerance_days)
                          if grow is not None and prow is not None else None)
    return rec


# ---------------------------------------------------------------- scoring


def score_tables(
    predicted: Mapping[str, pd.DataFrame] | object, gold: Mapping[str, pd.DataFrame], *, tolerance_days: int = 3
) -> pd.DataFrame:
    """Precision, recall, F1 and field accuracy per table.

    Args:
        predicted: table name -> the extractor's DataFrame (or a ``Facts`` object,
            or the CSVs `extract` wrote, read back). A missing table counts as empty.
        gold: what `load_gold` returns.
        tolerance_days: passed to `match_facts` (attack periods).
    Returns:
        One row per gold table (troop_levels, attacks, events, in that order,
        those the gold holds), with columns table, n_articles (covered),
        n_predicted (facts in covered articles), n_gold, true_positives,
        precision, recall, f1, then ``<field>_accuracy`` for every field of
        `SCORED_FIELDS` (NaN where a field does not belong to the table or
        nothing matched), then ``dated_recall``: for events, the share of gold
        events found with a date inside the gold's (``date_within``), NaN for the
        other tables. Precision is 1.0 when nothing was predicted, recall
        1.0 when the gold is empty (nothing to miss), F1 0.0 when both are 0.
    Example:
        >>> gold = {"events": pd.DataFrame({"article_id": ["a"], "start": [5], "end": [16],
        ...         "date_start": ["2021-07-26"], "date_end": ["2021-07-26"], "precision": ["day"]})}
        >>> pred = {"events": pd.DataFrame({"article_id": ["a", "b"], "start": [5, 0], "end": [12, 3],
        ...         "date_start": ["2021-07-26", "2020-01-01"], "date_end": ["2021-07-26", "2020-01-01"],
        ...         "precision": ["day", "day"]})}
        >>> score_tables(pred, gold)[["table", "n_predicted", "precision", "recall"]].values.tolist()
        [['events', 1, 1.0, 1.0]]
    """
    predicted = as_tables(predicted)
    rows = []
    for table in GOLD_TABLES:
        if table not in gold:
            continue
        covered = _covered(gold, table)
        pred = predicted.get(table)
        if pred is None:
            pred = _empty_like(table)
        pairs = match_facts(pred, gold[table], table, covered=covered, tolerance_days=tolerance_days)
        status = pairs["status"] if len(pairs) else pd.Series(dtype=str)
        tp = int((status == "match").sum())
        n_pred = tp + int((status == "spurious").sum())
        n_gold = tp + int((status == "missed").sum())
        precision = tp / n_pred if n_pred else 1.0
        recall = tp / n_gold if n_gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rec: dict[str, object] = {
            "table": table, "n_articles": len(covered), "n_predicted": n_pred, "n_gold": n_gold,
            "true_positives": tp, "precision": precision, "recall": recall, "f1": f1,
        }
        matched = pairs[pairs["status"] == "match"] if len(pairs) else pairs
        for f in _ALL_FIELDS:
            if f in SCORED_FIELDS[table] and len(matched):
                rec[f"{f}_accuracy"] = float(matched[f"{f}_ok"].astype(bool).mean())
            else:
                rec[f"{f}_accuracy"] = math.nan
        rec["dated_recall"] = math.nan
        if table == "events":
            dated = int(matched["date_within_ok"].astype(bool).sum()) if len(matched) else 0
            rec["dated_recall"] = dated / n_gold if n_gold else 1.0
        rows.append(rec)
    columns = ["table", "n_articles", "n_predicted", "n_gold", "true_positives", "precision", "recall", "f1",
               *[f"{f}_accuracy" for f in _ALL_FIELDS], "dated_recall"]
    return pd.DataFrame(rows, columns=columns)


def load_score_history(path: str | Path) -> pd.DataFrame:
    """The recorded scores of every gold batch (``data/gold/scores.csv``): first run and final.

    Args:
        path: the CSV (columns batch, run, table, n_predicted, n_gold, true_positives, precision,
            recall, then ``<field>_accuracy`` and a note); ``run`` is ``first`` (a held-out batch
            scored before any rule was fitted to it), ``before_issue_11`` or ``final``.
    Returns:
        One row per batch, run and table; counts as integers, scores as floats (empty -> NaN).
    Raises:
        CorpusError: when the file is missing.
    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "scores.csv"
        >>> _ = path.write_text("batch,run,table,n_predicted,n_gold,true_positives,precision,recall,note\\n"
        ...                     "third,first,troop_levels,16,19,14,0.875,0.737,\\n", encoding="utf-8")
        >>> row = load_score_history(path).iloc[0]
        >>> (row["batch"], row["run"], int(row["true_positives"]), float(row["recall"]))
        ('third', 'first', 14, 0.737)
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(path, "no score history here (expected data/gold/scores.csv)")
    frame = _read_csv(path)
    for col in frame.columns:
        if col in ("n_predicted", "n_gold", "true_positives"):
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce").astype("Int64")
        elif col in ("precision", "recall") or col.endswith("_accuracy"):
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce").astype(float)
    return frame


# ---------------------------------------------------------------- no gold


def check_without_gold(facts: Mapping[str, pd.DataFrame] | object, articles_raw: Mapping[str, str]) -> pd.DataFrame:
    """Checks that need no gold, per fact table and article.

    For every fact of every table with ``start``/``end``/``quote`` columns
    (troop_levels, attacks, events; others are skipped): is its article known,
    does its quote occur in the article's raw text, and does one occurrence of
    the quote contain ``raw[start:end]`` (so the span lies inside the quote)?
    Every article of `articles_raw` gets a row per table, so articles without
    facts show up with ``n_facts == 0``.

    Args:
        facts: table name -> DataFrame (article_id, start, end, quote, …), or a
            ``Facts`` object.
        articles_raw: article_id -> the article's raw text (``Article.raw``).
    Returns:
        Columns table, article_id, in_corpus, n_facts, quotes_found,
        spans_in_quote, ok (every fact passed both checks), sorted by table and
        article; an article id absent from `articles_raw` has in_corpus False.
    Example:
        >>> raw = "قال مسؤول. يوجد نحو 2500 جندي في العراق."
        >>> facts = {"troop_levels": pd.DataFrame({"article_id": ["a"], "start": [16], "end": [29],
        ...          "quote": ["يوجد نحو 2500 جندي في العراق."]})}
        >>> check_without_gold(facts, {"a": raw, "b": "نص"})[["article_id", "n_facts", "ok"]].values.tolist()
        [['a', 1, True], ['b', 0, True]]
    """
    facts = as_tables(facts)
    rows = []
    for table in sorted(facts, key=lambda t: (t not in GOLD_TABLES, GOLD_TABLES.index(t) if t in GOLD_TABLES else 0, t)):
        df = facts[table]
        if df is None or not {"article_id", "start", "end", "quote"} <= set(df.columns):
            continue
        ids = df["article_id"].astype(str)
        for aid in sorted(set(articles_raw) | set(ids)):
            sub = df[ids == aid]
            raw = articles_raw.get(aid)
            found = inside = 0
            for start, end, quote in zip(sub["start"], sub["end"], sub["quote"]):
                if raw is None or _missing(quote) or _missing(start) or _missing(end):
                    continue
                q = str(quote)
                positions = _find_all(raw, q)
                if positions:
                    found += 1
                    if any(pos <= int(start) and int(end) <= pos + len(q) for pos in positions):
                        inside += 1
            n = len(sub)
            rows.append({
                "table": table, "article_id": aid, "in_corpus": raw is not None, "n_facts": n,
                "quotes_found": found, "spans_in_quote": inside,
                "ok": raw is not None and found == n and inside == n,
            })
    return pd.DataFrame(rows, columns=["table", "article_id", "in_corpus", "n_facts", "quotes_found",
                                       "spans_in_quote", "ok"])


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
