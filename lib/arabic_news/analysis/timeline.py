"""The machine-readable timeline (`timeline.json`) and notebook 04's key figures."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
import pandas as pd

from arabic_news.files import write_text_atomically


def timeline_records(events: pd.DataFrame) -> list[dict]:
    """The events as plain records for a machine-readable timeline, sorted by date then article and offset.

    Each record has fact_id, article_id, start, end, time_expression, date_start, date_end, precision,
    relative, event_type, actors (a list), status and quote. Missing values are None.
    """
    if events is None or events.empty:
        return []
    records = []
    for row in events.to_dict("records"):
        record = {}
        for key in ("fact_id", "article_id", "start", "end", "time_expression", "date_start", "date_end",
                    "precision", "relative", "event_type", "status", "quote"):
            value = row.get(key)
            if value is pd.NA or (isinstance(value, float) and pd.isna(value)):
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            record[key] = value
        actors = row.get("actors")
        record["actors"] = [a for a in str(actors).split(";") if a] if actors and not pd.isna(actors) else []
        records.append(record)
    return sorted(records, key=lambda r: (r["date_start"] or "9999", r["article_id"], r["start"] or 0))


def write_timeline_json(events: pd.DataFrame, path: str | Path, *, parameters: Mapping[str, str] | None = None) -> Path:
    """Write the timeline as JSON (UTF-8, stable key order), whole or not at all.

    Args:
        events: the events table (already filtered as the notebook's parameters say).
        path: the file to write; its folder is created.
        parameters: recorded under ``"parameters"`` for provenance.
    Returns:
        The path written.
    """
    from arabic_news import __version__

    document = {"library_version": __version__, "parameters": dict(parameters or {}),
                "events": timeline_records(events)}
    return write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def timeline_key_figures(events: pd.DataFrame) -> dict[str, object]:
    """Key figures of a timeline: events, the span of dates, how many were relative, planned or expected."""
    if events is None or events.empty:
        return {"events": 0}
    starts = sorted(events["date_start"].dropna())
    return {
        "events": len(events),
        "earliest date": starts[0] if starts else "unknown",
        "latest date": max(events["date_end"].dropna()) if events["date_end"].notna().any() else "unknown",
        "resolved from relative expressions": int(events["relative"].fillna(False).astype(bool).sum()),
        "planned or expected": int(events["status"].isin(["planned", "expected"]).sum()),
    }
