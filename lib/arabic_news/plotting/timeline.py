"""The timeline chart: dated events, single days as points and intervals as bars, precision as colour."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from arabic_news.plotting import columns as col
from arabic_news.plotting.layout import (
    PRECISION_COLOURS, axis_labels, date_axis, keep_data, legend, legend_places, new_axes, new_figure, no_data,
    titles,
)
from arabic_news.plotting.shaping import has_arabic, shape_label
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.wording import check_language, name_of, place, shorten, words
from arabic_news.rules.labels import EVENT_TYPE_NAMES, PRECISION_NAMES, STATUS_NAMES


def _precision_colour(precision: str) -> str:
    order = list(PRECISION_NAMES)
    if precision in order:
        return PRECISION_COLOURS[order.index(precision) % len(PRECISION_COLOURS)]
    return PRECISION_COLOURS[-1]


def _date_text(row: pd.Series) -> str:
    """The date as precise as it is known: 2021-12-31, 2021-06, 2014, or start..end."""
    start, end, precision = row["date_start"], row["date_end"], row["precision"]
    if precision == "day" or start == end:
        return start.strftime("%Y-%m-%d")
    if precision == "month":
        return start.strftime("%Y-%m")
    if precision == "year" and start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 \
            and start.year == end.year:
        return str(start.year)
    return f"{start:%Y-%m-%d}..{end:%Y-%m-%d}"


def _event_label(row: pd.Series, lang: str, place_names: Mapping[str, str] | None) -> str:
    kind = name_of(EVENT_TYPE_NAMES, row["event_type"] or "other", lang)
    status = row["status"]
    if status and status != "happened":
        kind += f" ({name_of(STATUS_NAMES, status, lang)})"
    if lang == "ar":
        detail = row["time_expression"] or place(row["actors"], lang, place_names)
        separator = ": "
    else:
        detail = place(row["actors"], lang, place_names)
        separator = " — "
        if has_arabic(detail):     # an actor the gazetteer did not name in English
            detail = ""
    return shorten(kind + (separator + detail if detail else ""))


def _dated_events(events: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The events with a start date, in date order, and how many had none."""
    frame = col.table("events", events)
    rows = pd.DataFrame({
        "article_id": col.strings(frame["article_id"]),
        "time_expression": col.strings(frame["time_expression"]),
        "date_start": col.dates(frame["date_start"]),
        "date_end": col.dates(frame["date_end"]),
        "precision": col.strings(frame["precision"]),
        "relative": col.flags(frame["relative"]),
        **{name: col.strings(frame[name]) for name in ("event_type", "actors", "status")},
    })
    rows["date_end"] = rows["date_end"].fillna(rows["date_start"])
    dated = rows["date_start"].notna()
    rows = rows[dated].sort_values(["date_start", "date_end", "event_type", "article_id"], kind="stable")
    return rows, int((~dated).sum())


def _nearest_the_middle(rows: pd.DataFrame, max_rows: int) -> pd.DataFrame:
    """At most `max_rows` events, those nearest the median start, still in date order."""
    total = len(rows)
    if total <= max_rows:
        return rows
    # Keep the events nearest the middle of the corpus's dates (the median start), not the oldest:
    # a 2018 corpus that mentions 1953 once should show 2018. Then draw them in date order.
    anchor = rows["date_start"].sort_values().iloc[total // 2]
    middle = rows["date_start"] + (rows["date_end"] - rows["date_start"]) / 2
    distance = (middle - anchor).abs()
    keep = distance.sort_values(kind="stable").index[:max_rows]
    return rows.loc[sorted(keep, key=list(rows.index).index)]


def plot_timeline(events: pd.DataFrame, label_language: str = "ar", *, max_rows: int = 60,
                  place_names: Mapping[str, str] | None = None) -> Figure:
    """Chart dated events: single days as points, intervals as bars, precision as colour.

    One row per event, earliest at the top. An event whose `date_start` equals its
    `date_end` is a point; a longer one a bar over its days. The colour says its
    `precision` (day … decade), and a hollow point or hatched bar marks a relative
    date the extraction resolved against the publication date (`relative`). Row
    labels give the event type (and its status when not `happened`) with the
    article's time expression in Arabic, or the actors in English.

    Args:
        events: issue 5's `events` table (time_expression, date_start, date_end,
            precision, relative, event_type, actors, status, article_id).
        label_language: "ar" or "en".
        max_rows: at most this many events are drawn, those nearest the median date of all
            the events (so a stray old date does not push the corpus's own period off the
            chart), and the chart says how many of how many it shows.
        place_names: Arabic names of actors keyed by English name, on top of the gazetteer's.
    Returns:
        The figure; `figure_data(fig)` holds the events drawn, in drawing order.
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> table = pd.DataFrame({"date_start": ["2021-12-31"], "date_end": ["2021-12-31"], "precision": ["day"]})
        >>> figure_data(plot_timeline(table, "en"))["shape"].tolist()
        ['point']
    """
    lang = check_language(label_language)
    title = words("timeline_title", lang)
    if events is None or events.empty:
        return no_data(title, lang)
    rows, skipped = _dated_events(events)
    if rows.empty:
        return no_data(title, lang)
    total = len(rows)
    rows = _nearest_the_middle(rows, max_rows).reset_index(drop=True)
    rows["shape"] = np.where(rows["date_end"] > rows["date_start"], "interval", "point")
    rows["label"] = [_event_label(row, lang, place_names) for _, row in rows.iterrows()]

    figure = new_figure(10, min(2.6 + 0.34 * len(rows), 26))
    ax = new_axes(figure)
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(False, axis="y")
    _draw_events(ax, rows)
    ax.set_yticks(range(len(rows)), [shape_label(label) for label in rows["label"]])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    date_axis(ax, rows["date_start"].min(), rows["date_end"].max())
    axis_labels(ax, words("date", lang), "")
    notes = []
    if total > len(rows):
        notes.append(words("nearest_rows", lang, shown=len(rows), total=total))
    if skipped:
        notes.append(words("not_shown", lang, n=skipped))
    titles(figure, ax, title, " · ".join(notes), lang)
    _legends(figure, rows, lang)
    data = rows.copy()
    for column in ("date_start", "date_end"):
        data[column] = data[column].map(col.iso)
    return keep_data(figure, data)


def _draw_events(ax, rows: pd.DataFrame) -> None:
    """Each event on its row: a bar over an interval's days or a point on its day, with its date beside it."""
    for i, row in rows.iterrows():
        colour = _precision_colour(row["precision"])
        if row["shape"] == "interval":
            width = row["date_end"] + pd.Timedelta(days=1) - row["date_start"]
            ax.barh(i, width, left=row["date_start"], height=0.55, color="white" if row["relative"] else colour,
                    edgecolor=colour, linewidth=1.4, hatch="///" if row["relative"] else None, zorder=3)
        else:
            ax.plot([row["date_start"]], [i], linestyle="none", marker="o", markersize=8, markeredgewidth=2,
                    color=colour, markerfacecolor="white" if row["relative"] else colour, zorder=4)
        when = _date_text(row)
        end = row["date_end"] + pd.Timedelta(days=1) if row["shape"] == "interval" else row["date_start"]
        ax.annotate(when, (end, i), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8,
                    color="#444444", fontfamily=list(FAMILY), zorder=5)


def _legends(figure: Figure, rows: pd.DataFrame, lang: str) -> None:
    """The precisions drawn (colours), and the shapes drawn: point, interval, each also from a relative date."""
    precisions = [p for p in list(PRECISION_NAMES) + sorted(set(rows["precision"]) - set(PRECISION_NAMES))
                  if (rows["precision"] == p).any()]
    handles = [Patch(facecolor=_precision_colour(p), edgecolor=_precision_colour(p)) for p in precisions]
    labels = [name_of(PRECISION_NAMES, p, lang) or "?" for p in precisions]
    shape_handles = [
        Line2D([], [], color="#444444", marker="o", linestyle="none", markersize=7),
        Patch(facecolor="#444444", edgecolor="#444444"),
        Line2D([], [], color="#444444", marker="o", linestyle="none", markersize=7, markerfacecolor="white",
               markeredgewidth=1.6),
        Patch(facecolor="white", edgecolor="#444444", hatch="///"),
    ]
    shape_labels = [words("point", lang), words("interval", lang),
                    words("relative", lang) + " (" + words("point", lang) + ")",
                    words("relative", lang) + " (" + words("interval", lang) + ")"]
    keep = [True, (rows["shape"] == "interval").any(),
            (rows["relative"] & (rows["shape"] == "point")).any(),
            (rows["relative"] & (rows["shape"] == "interval")).any()]
    shape_handles = [h for h, k in zip(shape_handles, keep) if k]
    shape_labels = [t for t, k in zip(shape_labels, keep) if k]
    precision_where, shape_where = legend_places(lang)
    legend(figure, handles, labels, words("precision", lang), lang, precision_where, ncols=min(5, len(handles)))
    legend(figure, shape_handles, shape_labels, "", lang, shape_where, ncols=min(2, len(shape_handles)))
