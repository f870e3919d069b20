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
    PRECISION_COLOURS, axis_labels, date_axis, describe, keep_data, legend, legend_places, new_axes, new_figure,
    no_data, titles,
)
from arabic_news.plotting.selection import MAX_EVENT_ROWS, bin_events, core_span, event_groups, timeline_caption
from arabic_news.plotting.shaping import has_arabic, shape_label
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.wording import check_language, name_of, place, shorten, words
from arabic_news.rules.labels import BIN_NAMES, EVENT_TYPE_NAMES, PRECISION_NAMES, STATUS_NAMES

#: A row label names at most this many of an event's actors.
EVENT_LABEL_ACTORS = 2
#: What an event keeps of its first report (by article id): the fact to open and to quote in a hover.
REPORT_COLUMNS = ("fact_id", "quote", "fact_en", "attribution", "attribution_en")


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
    """What happened: the event type (and its status when not `happened`), its first actors, and ×n articles.

    An event without actors is named by its type and the first words of its sentence, never by its time
    expression alone ("event: Sunday" says nothing of what happened).
    """
    kind = name_of(EVENT_TYPE_NAMES, row["event_type"] or "other", lang)
    status = row["status"]
    if status and status != "happened":
        kind += f" ({name_of(STATUS_NAMES, status, lang)})"
    actors = [a for a in str(row.get("actors") or "").split(";") if a.strip()][:EVENT_LABEL_ACTORS]
    detail = place(";".join(actors), lang, place_names)
    if lang == "en" and has_arabic(detail):     # an actor the gazetteer did not name in English
        detail = ""
    if not detail and lang == "ar":
        detail = shorten(row.get("quote") or "", 32)
    n = row.get("n_articles", 1)
    count = f" ×{int(n)}" if n and n > 1 else ""
    return shorten(kind + (": " + detail if detail else ""), 52) + count


def _dated_events(events: pd.DataFrame) -> tuple[pd.DataFrame, int, int]:
    """The events with a start date that does not come after their end, in date order;
    how many had no date, and how many ran backwards (an end before the start: not drawn)."""
    frame = col.table("events", events)
    rows = pd.DataFrame({
        "article_id": col.strings(frame["article_id"]),
        "time_expression": col.strings(frame["time_expression"]),
        "date_start": col.dates(frame["date_start"]),
        "date_end": col.dates(frame["date_end"]),
        "precision": col.strings(frame["precision"]),
        "relative": col.flags(frame["relative"]),
        **{name: col.strings(frame[name]) for name in ("event_type", "actors", "status")},
        **{name: col.strings(frame[name]) if name in frame else "" for name in REPORT_COLUMNS},
    })
    rows["date_end"] = rows["date_end"].fillna(rows["date_start"])
    dated = rows["date_start"].notna()
    backwards = dated & (rows["date_end"] < rows["date_start"])
    rows = rows[dated & ~backwards].sort_values(["date_start", "date_end", "event_type", "article_id"], kind="stable")
    return rows, int((~dated).sum()), int(backwards.sum())


def plot_timeline(events: pd.DataFrame, label_language: str = "ar", *, max_rows: int = MAX_EVENT_ROWS,
                  place_names: Mapping[str, str] | None = None, articles: pd.DataFrame | None = None) -> Figure:
    """Chart dated events: single days as points, intervals as bars, precision as colour.

    One row per distinct event, earliest at the top (events whose end comes before their start are not drawn). An event whose `date_start` equals its
    `date_end` is a point; a longer one a bar over its days. The colour says its
    `precision` (day … decade), and a hollow point or hatched bar marks a relative
    date the extraction resolved against the publication date (`relative`). Row
    labels give the event type (and its status when not `happened`) with the
    article's time expression in Arabic, or the actors in English.

    Args:
        events: issue 5's `events` table (time_expression, date_start, date_end,
            precision, relative, event_type, actors, status, article_id).
        label_language: "ar" or "en".
        max_rows: up to this many distinct events (the same dates, type and status from several
            articles count once, `selection.event_groups`) each is drawn on its row, labelled by what
            happened; above, the chart counts them per week, month or year over the span that holds
            most of them and labels the busiest bins by their most reported event
            (`selection.bin_events`); the caption says what was left out.
        place_names: Arabic names of actors keyed by English name, on top of the gazetteer's.
        articles: the articles table; a binned chart's span always holds their publication dates.
    Returns:
        The figure; `figure_data(fig)` holds the events (or bins) drawn, in drawing order;
        `figure_caption(fig)` says what was left out and why.
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
    rows, undated, backwards = _dated_events(events)
    if rows.empty:
        return no_data(title, lang)
    groups = event_groups(rows)
    groups["label"] = [_event_label(row, lang, place_names) for _, row in groups.iterrows()]
    if len(groups) > max_rows:
        return _plot_binned(groups, title, lang, total=len(rows), undated=undated, backwards=backwards,
                            published=col.publication_dates(articles))
    groups["shape"] = np.where(groups["date_end"] > groups["date_start"], "interval", "point")

    figure = new_figure(10, min(2.6 + 0.3 * len(groups), 24))
    ax = new_axes(figure)
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(False, axis="y")
    _draw_events(ax, groups)
    ax.set_yticks(range(len(groups)), [shape_label(label) for label in groups["label"]])
    ax.set_ylim(len(groups) - 0.5, -0.5)
    date_axis(ax, groups["date_start"].min(), groups["date_end"].max())
    axis_labels(ax, words("date", lang), "")
    notes = []
    if undated:
        notes.append(words("not_shown", lang, n=undated))
    if backwards:
        notes.append(words("backwards_not_drawn", lang, n=backwards))
    titles(figure, ax, title, " · ".join(notes), lang)
    _legends(figure, groups, lang)
    data = groups.copy()
    for column in ("date_start", "date_end"):
        data[column] = data[column].map(col.iso)
    caption = timeline_caption(len(rows), len(groups), len(groups), backwards=backwards, undated=undated)
    return describe(keep_data(figure, data), "timeline", caption, lang)


def _bin_text(start: pd.Timestamp, unit: str) -> str:
    """A bin as a reader names it: the week's Monday, the month or the year (kept left to right in Arabic)."""
    return "\u200e" + start.strftime({"week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[unit]) + "\u200e"


def _plot_binned(groups: pd.DataFrame, title: str, lang: str, *, total: int, undated: int, backwards: int,
                 published: Mapping[str, pd.Timestamp]) -> Figure:
    """Too many events to draw one by one: how many per week, month or year, the busiest labelled by what happened."""
    first, last = core_span(groups["date_start"], pd.Series(list(published.values()), dtype="datetime64[ns]"))
    bins, unit, left = bin_events(groups, first, last)
    unit_name = name_of(BIN_NAMES, unit, lang)
    figure = new_figure(11, 7.4)
    ax = new_axes(figure)
    width = (bins["bin_end"] + pd.Timedelta(days=1) - bins["bin_start"]) * 0.9
    ax.bar(bins["bin_start"], bins["n_events"], width=width, align="edge", color="#9ecae1", edgecolor="#4292c6",
           linewidth=0.6, zorder=3)
    # The busiest bins get a number over their bar, and the legend says what happened there: long
    # Arabic labels over crowded bars would overlap or run off the chart.
    handles, entries = [], []
    for number, (_, row) in enumerate(bins[bins["labelled"]].iterrows(), start=1):
        middle = row["bin_start"] + (row["bin_end"] - row["bin_start"]) / 2
        ax.annotate(str(number), (middle, row["n_events"]), xytext=(0, 3), textcoords="offset points",
                    ha="center", va="bottom", fontsize=9.5, color="#08306b",
                    fontfamily=list(FAMILY))
        text = _event_label(pd.Series({"event_type": row["top_event_type"], "status": row["top_status"],
                                       "actors": row["top_actors"], "quote": row["top_quote"],
                                       "n_articles": row["top_n_articles"]}), lang, None)
        handles.append(Patch(facecolor="none", edgecolor="none"))
        entries.append(f"{number} · {text} · {_bin_text(row['bin_start'], unit)}")
    if lang == "ar":   # the legend fills its columns from the left: Arabic readers start on the right
        half = -(-len(entries) // 2)
        handles, entries = handles[half:] + handles[:half], entries[half:] + entries[:half]
    date_axis(ax, first, last)
    ax.set_ylim(0, float(bins["n_events"].max()) * 1.35)
    axis_labels(ax, words("date", lang), words("events_per_bin", lang, unit=unit_name))
    notes = [words("timeline_binned_note", lang, unit=unit_name)]
    if left["before"] or left["after"]:
        notes.append(words("timeline_left_out", lang, **left))
    if undated:
        notes.append(words("not_shown", lang, n=undated))
    if backwards:
        notes.append(words("backwards_not_drawn", lang, n=backwards))
    titles(figure, ax, title, "\n".join(notes), lang)
    legend(figure, handles, entries, words("busiest_bins", lang, unit=unit_name), lang, legend_places(lang)[0],
           ncols=2)
    data = bins.copy()
    for column in ("bin_start", "bin_end"):
        data[column] = data[column].map(col.iso)
    data.insert(0, "unit", unit)
    caption = timeline_caption(total, len(groups), int(bins["labelled"].sum()), unit=unit, left=left,
                               backwards=backwards, undated=undated, span=(first, last))
    return describe(keep_data(figure, data), "timeline_binned", caption, lang)


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
