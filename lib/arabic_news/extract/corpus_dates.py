"""The corpus-level step of publication dates: undated articles placed by events that dated articles report.

`place_undated_articles` runs once, after every article of a corpus has been read (it is called
from `extract_corpus` only). An article whose publication date was inferred (basis ``inferred``)
may name, with a relative date, an event that a dated article of the same corpus (basis
``metadata``, ``text`` or ``filename``) reports on a known day: «يوم الاثنين بعد لقاء الكاظمي ببايدن»
in the undated one, «اعلن بايدن الاثنين الماضي لدى استقباله الكاظمي» in one published on 29 July
2021. Two event rows are the same event when they share at least
`rules.windows.CORPUS_EVENT_SHARED_ACTORS` actors (the English names of the events table). The
undated article's window then keeps the days against which its expression (re-read in its quote)
resolves to that day — before it when the event is planned or expected — and its relative events
are resolved again against the new reference day (its window's first day, or its last when the event
lies ahead). Troop levels and attacks keep their first-pass dates. The step is deterministic (rows
are taken in table order), reads no file and costs one `find_dates` per quote and candidate day.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from arabic_news.rules import windows

__all__ = ["place_undated_articles"]

_DATED_BASES = frozenset({"metadata", "text", "filename"})
_AHEAD = frozenset({"planned", "expected"})


def _actors(cell: object) -> frozenset[str]:
    return frozenset(a for a in str(cell or "").split(";") if a and a != "nan")


def _day(cell: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(cell)[:10])
    except ValueError:
        return None


def _resolution(quote: str, expression: str, ref: dt.date):
    """The DateSpan of `expression` in `quote` resolved against `ref` (None when it is not found)."""
    from arabic_news.dates import find_dates
    return next((d for d in find_dates(quote, ref) if d.text == expression), None)


def _allowed_days(row, day: dt.date) -> list[dt.date]:
    """The publication days against which the row's expression resolves to `day`."""
    ahead = row["status"] in _AHEAD
    reach = windows.EVENT_REFERENCE_DAYS
    out = []
    for k in range(-reach, reach + 1):
        ref = day + dt.timedelta(days=k)
        if ahead and ref >= day:
            continue
        span = _resolution(row["quote"], row["time_expression"], ref)
        if span is not None and span.date_start <= day <= span.date_end:
            out.append(ref)
    return out


def place_undated_articles(articles: pd.DataFrame, events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Narrow the windows of undated articles by the events dated articles of the corpus report.

    Args:
        articles: the articles table of a whole corpus (`extract_corpus`).
        events: its events table.
    Returns:
        The two tables, with the windows, publication dates and notes of the placed articles and
        the dates of their relative events updated; the same objects when nothing changes.
    Example:
        >>> import pandas as pd
        >>> place_undated_articles(pd.DataFrame(columns=["article_id"]), pd.DataFrame(columns=["article_id"]))[0].empty
        True
    """
    if articles.empty or events.empty or "publication_date_basis" not in articles:
        return articles, events
    basis = articles.set_index("article_id")["publication_date_basis"].to_dict()
    anchors = [(_day(r["date_start"]), _actors(r["actors"]), r["article_id"]) for _, r in events.iterrows()
               if basis.get(r["article_id"]) in _DATED_BASES and r["precision"] == "day"
               and r["date_start"] == r["date_end"] and len(_actors(r["actors"])) >= windows.CORPUS_EVENT_SHARED_ACTORS]
    if not anchors:
        return articles, events
    articles, events = articles.copy(), events.copy()
    for i, art in articles[articles["publication_date_basis"] == "inferred"].iterrows():
        placed = _place(art, events[events["article_id"] == art["article_id"]], anchors)
        if placed is None:
            continue
        (start, end, ref), why = placed
        # ISO strings, as the rows of the table are written (`extract.days.iso`)
        articles.loc[i, ["date_window_start", "date_window_end", "publication_date"]] = [
            start.isoformat(), end.isoformat(), ref.isoformat()]
        articles.loc[i, "publication_date_note"] = "; ".join(filter(None, [str(art["publication_date_note"] or ""), why]))
        _resolve_again(events, art["article_id"], ref)
    return articles, events


def _place(art, rows: pd.DataFrame, anchors) -> tuple[tuple[dt.date, dt.date, dt.date], str] | None:
    """The narrowed window, its reference day and the reason, or None when no event places the article."""
    start, end = _day(art["date_window_start"]), _day(art["date_window_end"])
    if start is None or end is None:
        return None
    for _, row in rows.iterrows():
        if not row["relative"] or row["precision"] not in ("day", "week"):
            continue
        mine = _actors(row["actors"])
        matches = sorted({(day, aid) for day, actors, aid in anchors
                          if day is not None and len(mine & actors) >= windows.CORPUS_EVENT_SHARED_ACTORS})
        allowed = sorted({d for day, _ in matches for d in _allowed_days(row, day) if start <= d <= end})
        if allowed and (allowed[0], allowed[-1]) != (start, end):
            ahead = row["status"] in _AHEAD
            new_start, new_end = allowed[0], allowed[-1]
            reports = ", ".join(f"{aid} ({day})" for day, aid in matches)
            return (new_start, new_end, new_end if ahead else new_start), \
                f"«{row['time_expression']}» dates the event reported by {reports}"
    return None


def _resolve_again(events: pd.DataFrame, article_id: str, ref: dt.date) -> None:
    """The relative events of `article_id` resolved against `ref` again (their quote re-read)."""
    for j, row in events[(events["article_id"] == article_id) & events["relative"].astype(bool)].iterrows():
        span = _resolution(row["quote"], row["time_expression"], ref)
        if span is not None:
            events.loc[j, ["date_start", "date_end"]] = [span.date_start.isoformat(), span.date_end.isoformat()]
