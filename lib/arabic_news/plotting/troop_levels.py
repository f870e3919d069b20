"""The troop-levels chart: every distinct figure over time, one panel per force and place."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from arabic_news.analysis import troop_figures
from arabic_news.plotting import columns as col
from arabic_news.plotting.selection import (
    MAX_PANELS, figure_key, min_articles_for, select_troop_points, troop_caption,
)
from arabic_news.plotting.layout import (
    POINT_LABEL_SPOTS, SERIES_COLOURS, axis_labels, date_axis, declutter, describe, keep_data, legend,
    legend_places,
    new_axes_grid, new_figure, no_data, text_kwargs, titles, trim_grid,
)
from arabic_news.plotting.shaping import shape_label
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.wording import RANGE, check_language, name_of, place, thousands, words
from arabic_news.rules.labels import FORCE_NAMES, KIND_NAMES

_KIND_MARKERS = {"current": "o", "past": "s", "planned": "o"}

#: What a point keeps of its first report (by article id): the fact to open and to quote in a hover.
REPORT_COLUMNS = ("fact_id", "quote", "fact_en", "attribution", "attribution_en")


def _troop_points(troop_levels: pd.DataFrame, articles: pd.DataFrame | None,
                  merge_days: int = 31) -> tuple[pd.DataFrame, int]:
    """One row per distinct figure (force, place, kind, time, value, range), with how many articles report it."""
    if troop_levels is None or troop_levels.empty:
        return pd.DataFrame(), 0
    frame = col.table("troop_levels", troop_levels)
    published = col.publication_dates(articles)
    rows = pd.DataFrame({
        "article_id": col.strings(frame["article_id"]),
        "force": col.strings(frame["force"]),
        "location": col.strings(frame["location"]),
        "kind": col.strings(frame["kind"]).replace("", "current"),
        **{name: col.numbers(frame[name]) for name in ("value", "value_low", "value_high")},
        "approx": col.flags(frame["approx"]),
        "qualifier": col.strings(frame["qualifier"]),
        "as_of_start": col.dates(frame["as_of_start"]),
        "as_of_end": col.dates(frame["as_of_end"]),
        **{name: col.strings(frame[name]) if name in frame else "" for name in REPORT_COLUMNS},
    })
    pub = rows["article_id"].map(lambda a: published.get(a, pd.NaT))
    start = rows["as_of_start"].fillna(rows["as_of_end"])
    end = rows["as_of_end"].fillna(rows["as_of_start"])
    rows["time_basis"] = np.where(start.notna(), "as_of", np.where(pub.notna(), "publication_date", ""))
    rows["date_start"] = start.fillna(pub)
    rows["date_end"] = end.fillna(pub)
    rows = _merge_report_dates(rows, merge_days)
    rows["date"] = rows["date_start"] + (rows["date_end"] - rows["date_start"]) / 2
    # A vague figure has only its range: draw it at the middle of the range.
    middle = (rows["value_low"] + rows["value_high"]) / 2
    rows["y"] = rows["value"].fillna(middle).fillna(rows["value_low"]).fillna(rows["value_high"])
    rows["hedged"] = rows["approx"] | rows["value"].isna() | (
        rows["value_low"].notna() & rows["value_high"].notna() & (rows["value_low"] != rows["value_high"]))
    drawable = rows["date"].notna() & rows["y"].notna()
    skipped = int((~drawable).sum())
    rows = rows[drawable]
    if rows.empty:
        return pd.DataFrame(), skipped
    keys = ["force", "location", "kind", "date", "date_start", "date_end", "time_basis",
            "y", "value", "value_low", "value_high", "approx", "hedged", "qualifier"]
    rows = rows.sort_values(["article_id", "fact_id"], kind="stable")
    grouped = (rows.groupby(keys, dropna=False, sort=True)
               .agg(n_articles=("article_id", "nunique"), article_ids=("article_id", lambda s: ";".join(sorted(set(s)))),
                    article_id=("article_id", "first"), **{name: (name, "first") for name in REPORT_COLUMNS})
               .reset_index())
    grouped = grouped.sort_values(["force", "location", "date", "kind", "y"], kind="stable").reset_index(drop=True)
    return grouped, skipped


def _merge_report_dates(rows: pd.DataFrame, merge_days: int) -> pd.DataFrame:
    """Give one time span to the same figure reported, without a stated time, by articles
    published within `merge_days` of each other (chained), so it becomes one point "×n"."""
    rows = rows.copy()
    undated = rows[rows["time_basis"] == "publication_date"]
    if undated.empty:
        return rows
    keys = ["force", "location", "kind", "value", "value_low", "value_high", "approx", "qualifier"]
    for _, group in undated.groupby(keys, dropna=False, sort=True):
        group = group.sort_values("date_start", kind="stable")
        cluster: list = []
        last = None
        for index, day in zip(group.index, group["date_start"]):
            if last is not None and (day - last).days > merge_days:
                _span(rows, cluster)
                cluster = []
            cluster.append(index)
            last = day
        _span(rows, cluster)
    return rows


def _span(rows: pd.DataFrame, cluster: list) -> None:
    if len(cluster) > 1:
        rows.loc[cluster, "date_start"] = rows.loc[cluster, "date_start"].min()
        rows.loc[cluster, "date_end"] = rows.loc[cluster, "date_end"].max()


def _figure_text(row: pd.Series, hedged: bool) -> str:
    """The figure and "×n", the articles that report it at any time (`analysis.troop_figures`)."""
    low, high = row["value_low"], row["value_high"]
    if pd.isna(row["value"]) and not pd.isna(low) and not pd.isna(high):
        text = f"{thousands(low)}{RANGE}{thousands(high)}"
    else:
        text = ("≈" if hedged else "") + thousands(row["y"])
    return f"{text} ×{int(row['figure_articles'])}"


def plot_troop_levels(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                      label_language: str = "ar", *, merge_days: int = 31,
                      place_names: Mapping[str, str] | None = None, min_articles: int | None = None,
                      max_panels: int = MAX_PANELS) -> Figure:
    """Chart troop levels over time by force and place.

    Each distinct figure is a point: x is its time (the middle of `as_of_start`..`as_of_end`,
    drawn as a faint horizontal bar when that is a span, or the article's
    `publication_date` when no time is stated), y its `value`. A hedged figure
    carries a vertical error bar from `value_low` to `value_high` and "≈" in its
    label; a past figure is a square, a current one a filled circle, a planned one
    a hollow circle reached by a dashed line. Each point is labelled with its value
    and "×n", the number of articles that report it. Colours are the series
    (force and place), named in English when `label_language` is "en".

    Args:
        troop_levels: issue 5's `troop_levels` table (value, value_low, value_high,
            approx, force, location, as_of_start, as_of_end, kind, article_id).
        articles: issue 5's `articles` table (article_id, publication_date), for
            figures without a stated time; may be None.
        label_language: "ar" or "en".
        merge_days: the same figure (force, place, kind, value, range) reported
            without a stated time by articles published at most this many days
            apart (chained) is one point over those dates, labelled with their count.
        place_names: Arabic names of places keyed by English name, on top of the
            gazetteer's (`rules.gazetteer`); a place in neither keeps its English name.
        min_articles: draw only figures at least this many articles report; None chooses by the
            corpus's size (`selection.min_articles_for`: every figure up to 20 articles, else 2).
        max_panels: at most this many panels (force and place), the best reported first.
    Returns:
        The figure; `figure_data(fig)` holds the points drawn, `figure_caption(fig)` says what
        was left out and why. An empty table gives a figure that says "no data".
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> fig = plot_troop_levels(pd.DataFrame(), None, "en")
        >>> figure_data(fig).empty
        True
    """
    lang = check_language(label_language)
    title = words("troops_title", lang)
    points, skipped = _troop_points(troop_levels, articles, merge_days)
    if points.empty:
        return no_data(title, lang)
    needed = min_articles if min_articles is not None else min_articles_for(_corpus_size(points, articles))
    points, left = select_troop_points(points, troop_figures(troop_levels, articles), min_articles=needed,
                                       max_panels=max_panels)
    caption = troop_caption(left, needed)
    if points.empty:
        figure = keep_data(_none_drawn(title, lang, left["figures"], needed), points.iloc[0:0])
        return describe(figure, "troop_levels", caption, lang)

    series_keys, colours, names = _series(points, lang, place_names)
    # One panel per force and place, each with its own y scale (2,500 soldiers and 200,000
    # fighters on one axis would flatten the smaller series), all sharing one time axis.
    columns = 1 if len(series_keys) <= 3 else 2
    rows = -(-len(series_keys) // columns)
    figure = new_figure(10 if columns == 1 else 12.5, 2.0 + 2.5 * rows)
    axes = trim_grid(new_axes_grid(figure, rows, columns, lang == "ar", sharex=True), len(series_keys), columns)
    labels: list = []
    obstacles: list = []
    for ax, key in zip(axes, series_keys):
        series = points[(points["force"] == key[0]) & (points["location"] == key[1])]
        _draw_panel(ax, series.sort_values(["date", "y"], kind="stable"), colours[key], names[key], lang,
                    labels, obstacles)
    _date_axes(axes, points, lang)
    figure.supylabel(shape_label(words("troops_y", lang)), fontsize=10, **text_kwargs(words("troops_y", lang)))
    titles(figure, None, title, "", lang)
    _legends(figure, points, [(colours[k], names[k]) for k in series_keys], skipped, left, needed, lang)
    declutter(figure, labels, obstacles, POINT_LABEL_SPOTS)

    data = points.drop(columns=["y"]).copy()
    data.insert(0, "y_drawn", points["y"])
    data.insert(1, "series", [names[(f, l)] for f, l in zip(points["force"], points["location"])])
    for column in ("date", "date_start", "date_end"):
        data[column] = data[column].map(col.iso)
    return describe(keep_data(figure, data), "troop_levels", caption, lang)


def _corpus_size(points: pd.DataFrame, articles: pd.DataFrame | None) -> int:
    """The articles of the corpus: the articles table's, else those the figures come from."""
    if articles is not None and len(articles):
        return len(articles)
    return int(points["article_ids"].str.split(";").explode().nunique())


def _none_drawn(title: str, lang: str, n_figures: int, needed: int) -> Figure:
    """The chart that says no figure is reported often enough to draw, and how many there were."""
    figure = no_data(title, lang)
    message = words("troops_none_drawn", lang, n=n_figures, k=needed)
    figure.axes[0].text(0.5, 0.22, shape_label(message), ha="center", va="center", fontsize=9, color="#555555",
                        transform=figure.axes[0].transAxes, **text_kwargs(message))
    return figure


def _series(points: pd.DataFrame, lang: str, place_names: Mapping[str, str] | None) -> tuple[list, dict, dict]:
    """The series (force, place), with most figures first (the story of the corpus), then by name;
    each with its colour and its name ("US forces — Iraq")."""
    sizes = points.groupby(["force", "location"], sort=True).size()
    series_keys = sorted(sizes.index, key=lambda key: (-int(sizes[key]), key))
    colours = {key: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, key in enumerate(series_keys)}
    names = {key: " — ".join(p for p in (name_of(FORCE_NAMES, key[0], lang), place(key[1], lang, place_names))
                             if p) for key in series_keys}
    return series_keys, colours, names


def _draw_panel(ax, series: pd.DataFrame, colour: str, name: str, lang: str, labels: list, obstacles: list) -> None:
    """One force and place: lines between its figures, time spans, ranges, markers and labels."""
    # Lines between consecutive figures: solid between actual ones, dashed into a planned one.
    previous = None
    for _, row in series.iterrows():
        if previous is not None:
            planned = "planned" in (previous["kind"], row["kind"])
            ax.plot([previous["date"], row["date"]], [previous["y"], row["y"]], color=colour,
                    linestyle="--" if planned else "-", linewidth=1.2, alpha=0.55, zorder=2)
        previous = row
    keys = figure_key(series)
    last_of_figure = set(keys.index[~keys.duplicated(keep="last")])
    hedged = series.groupby(keys)["hedged"].transform("any")
    for index, row in series.iterrows():
        if row["date_end"] > row["date_start"]:
            ax.plot([row["date_start"], row["date_end"]], [row["y"], row["y"]], color=colour,
                    linewidth=5, alpha=0.18, solid_capstyle="butt", zorder=1)
        if not pd.isna(row["value_low"]) and not pd.isna(row["value_high"]) and row["value_low"] != row["value_high"]:
            # The range is drawn on its own terms (centred on itself), even where a table
            # gives a value outside it.
            low, high = sorted((row["value_low"], row["value_high"]))
            ax.errorbar([row["date"]], [(low + high) / 2], yerr=[[(high - low) / 2], [(high - low) / 2]],
                        fmt="none", ecolor=colour, elinewidth=1.6, capsize=5, alpha=0.8, zorder=3)
            obstacles.append((ax, row["date"], row["value_low"], row["date"], row["value_high"], 5))
        hollow = row["kind"] == "planned"
        ax.plot([row["date"]], [row["y"]], linestyle="none", marker=_KIND_MARKERS.get(row["kind"], "o"),
                markersize=9, markeredgewidth=2, color=colour,
                markerfacecolor="white" if hollow else colour, zorder=4)
        obstacles.append((ax, row["date"], row["y"], row["date"], row["y"], 7))
        if index not in last_of_figure:   # a figure is labelled once, at its latest report
            continue
        labels.append(ax.annotate(_figure_text(row, bool(hedged[index])), (row["date"], row["y"]), xytext=(8, 6),
                                  textcoords="offset points", fontsize=8.5, color=colour,
                                  fontfamily=list(FAMILY), zorder=5,
                                  arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0,
                                              "shrinkA": 1, "shrinkB": 6, "alpha": 0.6}))
    top = float(np.nanmax(np.concatenate([series["y"].to_numpy(float), series["value_high"].to_numpy(float)])))
    ax.set_ylim(0, max(top, 1.0) * 1.3)
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    ax.set_title(shape_label(name), loc="right" if lang == "ar" else "left", color=colour, fontsize=10,
                 **text_kwargs(name))


def _date_axes(axes: list, points: pd.DataFrame, lang: str) -> None:
    """One time axis for every panel; the date label under each column's last panel."""
    date_axis(axes[0], points["date_start"].min(), points["date_end"].max())
    for ax in axes:
        if ax.xaxis.get_tick_params(which="major").get("labelbottom", True):
            axis_labels(ax, words("date", lang), "")


def _legends(figure: Figure, points: pd.DataFrame, series: list[tuple[str, str]], skipped: int,
             left: dict[str, int], needed: int, lang: str) -> None:
    """The legend of the series (colour, name), and the legend of symbols that explains the labels."""
    series_handles = [Line2D([], [], color=colour, marker="o", linewidth=1.5, markersize=7) for colour, _ in series]
    series_labels = [name for _, name in series]
    kinds_present = [k for k in ("past", "current", "planned") if (points["kind"] == k).any()]
    style_handles = [Line2D([], [], color="#444444", marker=_KIND_MARKERS[k], linestyle="--" if k == "planned" else "-",
                            markerfacecolor="white" if k == "planned" else "#444444", markersize=7, markeredgewidth=1.5)
                     for k in kinds_present]
    style_labels = [name_of(KIND_NAMES, k, lang) for k in kinds_present]
    if points["hedged"].any():
        style_handles.append(Line2D([], [], color="#444444", marker="|", markersize=12, linestyle="none",
                                    markeredgewidth=1.6))
        style_labels.append(words("hedged", lang))
    # The legend of symbols carries the explanation of the labels (and what was left out).
    style_title = words("style", lang) + "\n" + words("troops_note", lang)
    if left["weak"] and needed > 1:
        style_title += "\n" + words("troops_weak_left_out", lang, n=left["weak"], k=needed)
    if left["series_left_out"]:
        style_title += "\n" + words("troops_series_left_out", lang, n=left["series_left_out"])
    if skipped:
        style_title += "\n" + words("not_shown", lang, n=skipped)
    series_where, style_where = legend_places(lang)
    legend(figure, series_handles, series_labels, words("series", lang), lang, series_where,
           ncols=1 if len(series_handles) <= 3 else 2)
    legend(figure, style_handles, style_labels, style_title, lang, style_where,
           ncols=min(2, len(style_handles)))
