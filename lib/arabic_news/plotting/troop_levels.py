"""The troop-levels chart: every claim over time, one panel per force and place.

A point is a claim of `arabic_news.claims` (a row of `analysis.troop_figures`): the same figure
reported by several articles is one point, and its "×n" is the claim's `n_articles`, the number the
tables and the index show. The chart groups nothing itself.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from arabic_news.analysis import troop_figures
from arabic_news.plotting import columns as col
from arabic_news.plotting.selection import MAX_PANELS, min_independent_for, select_troop_points, troop_caption
from arabic_news.plotting.layout import (
    POINT_LABEL_SPOTS, SERIES_COLOURS, axis_labels, date_axis, declutter, describe, keep_data, legend,
    legend_places,
    new_axes_grid, new_figure, no_data, text_kwargs, titles, trim_grid,
)
from arabic_news.plotting.shaping import shape_label
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.wording import RANGE, check_language, hedge_sign, name_of, place, thousands, words
from arabic_news.rules.labels import FORCE_NAMES, KIND_NAMES

KIND_MARKERS = {"current": "o", "past": "s", "planned": "o"}

#: What a point keeps of its claim (`analysis.troop_figures`): evidence, members, its lead fact.
POINT_COLUMNS = ("claim_id", "force", "force_id", "location", "kind", "value", "value_low", "value_high", "approx",
                 "qualifiers", "n_articles", "n_outlets", "n_independent", "article_ids", "fact_ids", "outlets",
                 "attributions", "claim", "article_id", "fact_id", "quote", "fact_en")



def kind_legend_entries(points: pd.DataFrame, lang: str) -> tuple[list[Line2D], list[str]]:
    """The legend's symbols for the kinds of figure drawn (past, current, planned) and for a hedged range."""
    kinds = [k for k in ("past", "current", "planned") if (points["kind"] == k).any()]
    handles = [Line2D([], [], color="#444444", marker=KIND_MARKERS[k], linestyle="--" if k == "planned" else "-",
                      markerfacecolor="white" if k == "planned" else "#444444", markersize=7, markeredgewidth=1.5)
               for k in kinds]
    names = [name_of(KIND_NAMES, k, lang) for k in kinds]
    if points["hedged"].any():
        handles.append(Line2D([], [], color="#444444", marker="|", markersize=12, linestyle="none",
                              markeredgewidth=1.6))
        names.append(words("hedged", lang))
    return handles, names

def claim_points(figures: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The claims a chart can place, each with its time and height; and how many it cannot.

    x is the claim's agreed window (the days every report allows), else its whole window, drawn at
    its middle; y its value, or the middle of its range when it has only a range («عشرات»).

    Args:
        figures: `analysis.troop_figures` (the troop rows of the `claims` table).
    Returns:
        (points, undated): points with date_start, date_end, date (Timestamps), time_basis, y, hedged,
        label ("≈2,500 ×4": the value, its hedge's sign and the claim's n_articles) and `POINT_COLUMNS`; undated, the
        claims with no window (neither their facts nor their articles are dated).
    """
    if figures is None or figures.empty:
        return pd.DataFrame(), 0
    rows = figures.copy()
    for name in POINT_COLUMNS:
        if name not in rows.columns:
            rows[name] = None
    rows = pd.DataFrame({
        **{name: rows[name].astype(object).where(rows[name].notna(), None) for name in POINT_COLUMNS},
        **{name: col.numbers(pd.to_numeric(rows[name], errors="coerce")) for name in ("value", "value_low",
                                                                                      "value_high")},
        "force": col.strings(rows["force"]), "location": col.strings(rows["location"]),
        "kind": col.strings(rows["kind"]).replace("", "current"), "approx": col.flags(rows["approx"]),
        "n_articles": pd.to_numeric(rows["n_articles"]).astype(int),
        "n_independent": pd.to_numeric(rows["n_independent"]).fillna(0).astype(int),
        "date_start": col.dates(rows["agreed_start"].fillna(rows["window_start"])),
        "date_end": col.dates(rows["agreed_end"].fillna(rows["window_end"])),
        "time_basis": rows["time_basis"] if "time_basis" in rows else None,
    })
    rows["date_end"] = rows["date_end"].fillna(rows["date_start"])
    rows["date"] = rows["date_start"] + (rows["date_end"] - rows["date_start"]) / 2
    middle = (rows["value_low"] + rows["value_high"]) / 2
    rows["y"] = rows["value"].fillna(middle).fillna(rows["value_low"]).fillna(rows["value_high"])
    rows["hedged"] = rows["approx"] | rows["value"].isna() | (
        rows["value_low"].notna() & rows["value_high"].notna() & (rows["value_low"] != rows["value_high"]))
    rows["label"] = [_figure_text(row) for _, row in rows.iterrows()]
    drawable = rows["date"].notna() & rows["y"].notna()
    points = rows[drawable].sort_values(["force", "location", "date", "kind", "y"], kind="stable")
    return points.reset_index(drop=True), int((~drawable).sum())


def _figure_text(row: pd.Series) -> str:
    """The figure and "×n", the claim's articles (`n_articles` of the claims table)."""
    low, high = row["value_low"], row["value_high"]
    if pd.isna(row["value"]) and not pd.isna(low) and not pd.isna(high):
        text = f"{thousands(low)}{RANGE}{thousands(high)}"
    else:
        text = hedge_sign(row["qualifiers"], row["hedged"]) + thousands(row["y"])
    return f"{text} ×{int(row['n_articles'])}"


def plot_troop_levels(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                      label_language: str = "ar", *, figures: pd.DataFrame | None = None,
                      place_names: Mapping[str, str] | None = None, min_independent: int | None = None,
                      max_panels: int = MAX_PANELS) -> Figure:
    """Chart troop levels over time by force and place: one point per claim.

    Each claim (the same figure reported by one article or several, `arabic_news.claims`) is a
    point: x is its agreed window (the days every report allows, else the days its reports span),
    drawn at the middle with a faint horizontal bar when that is a span; y its value. A hedged
    claim carries its hedge's sign in its label ("≈" about, ">" more than …) and, when its reports
    allow a range, a vertical bar from `value_low` to `value_high`; a past figure is a square, a
    current one a filled circle, a planned one a hollow circle reached by a dashed line. Each point is labelled with its value
    and "×n", the claim's `n_articles`: the number the tables and the index show. Colours are the
    series (force and place), named in English when `label_language` is "en".

    Args:
        troop_levels: the `troop_levels` table, from which the claims are built when `figures` is None.
        articles: the `articles` table (outlets, dates, the corpus's size); may be None.
        label_language: "ar" or "en".
        figures: the claims to draw: `analysis.troop_figures` (e.g. of the `claims` table extract wrote);
            None builds them from `troop_levels` and `articles`.
        place_names: Arabic names of places keyed by English name, on top of the gazetteer's
            (`rules.gazetteer`); a place in neither keeps its English name.
        min_independent: draw only claims at least this many independent articles report; None chooses
            by the corpus's size and its number of figures (`selection.min_independent_for`: every claim up
            to 20 articles or 12 figures, else 2).
        max_panels: at most this many panels (force and place), the best reported first.
    Returns:
        The figure; `figure_data(fig)` holds the points drawn (one row per claim, with its label),
        `figure_caption(fig)` says what was left out and why. No claim gives a figure that says "no data".
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
    if figures is None:
        figures = troop_figures(troop_levels, articles)
    points, undated = claim_points(figures)
    if points.empty:
        return describe(no_data(title, lang), "troop_levels", troop_caption(
            {"figures": 0, "drawn": 0, "weak": 0, "series": 0, "series_left_out": 0, "figures_in_left_series": 0},
            1, undated) if undated else "", lang)
    needed = min_independent if min_independent is not None else min_independent_for(_corpus_size(points, articles),
                                                                                  len(points))
    points, left = select_troop_points(points, min_independent=needed, max_panels=max_panels)
    caption = troop_caption(left, needed, undated)
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
    _legends(figure, points, [(colours[k], names[k]) for k in series_keys], undated, left, needed, lang)
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
    """One force and place: lines between its claims, time spans, ranges, markers and labels."""
    _connect(ax, series, colour)
    for _, row in series.iterrows():
        draw_claim_marker(ax, row, colour, obstacles)
        labels.append(ax.annotate(row["label"], (row["date"], row["y"]), xytext=(8, 6),
                                  textcoords="offset points", fontsize=8.5, color=colour,
                                  fontfamily=list(FAMILY), zorder=5,
                                  arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0,
                                              "shrinkA": 1, "shrinkB": 6, "alpha": 0.6}))
    top = float(np.nanmax(np.concatenate([series["y"].to_numpy(float), series["value_high"].to_numpy(float)])))
    ax.set_ylim(0, max(top, 1.0) * 1.3)
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    ax.set_title(shape_label(name), loc="right" if lang == "ar" else "left", color=colour, fontsize=10,
                 **text_kwargs(name))


def _connect(ax, series: pd.DataFrame, colour: str) -> None:
    """Lines between consecutive claims of one force (force_id): solid between actual figures, dashed
    into or out of a planned one."""
    for _, group in series.groupby(series["force_id"].fillna(""), sort=True):
        previous = None
        for _, row in group.sort_values(["date", "y"], kind="stable").iterrows():
            if previous is not None:
                planned = "planned" in (previous["kind"], row["kind"])
                ax.plot([previous["date"], row["date"]], [previous["y"], row["y"]], color=colour,
                        linestyle="--" if planned else "-", linewidth=1.2, alpha=0.55, zorder=2)
            previous = row


def draw_claim_marker(ax, row: pd.Series, colour: str, obstacles: list) -> None:
    """A claim's marker by its kind (past square, current filled, planned hollow), its time span as a faint
    bar and its range as an error bar; each drawn thing is an obstacle for the labels."""
    if row["date_end"] > row["date_start"]:
        ax.plot([row["date_start"], row["date_end"]], [row["y"], row["y"]], color=colour,
                linewidth=5, alpha=0.18, solid_capstyle="butt", zorder=1)
    if not pd.isna(row["value_low"]) and not pd.isna(row["value_high"]) and row["value_low"] != row["value_high"]:
        # The range is drawn on its own terms (centred on itself), even where a table gives a value outside it.
        low, high = sorted((row["value_low"], row["value_high"]))
        ax.errorbar([row["date"]], [(low + high) / 2], yerr=[[(high - low) / 2], [(high - low) / 2]],
                    fmt="none", ecolor=colour, elinewidth=1.6, capsize=5, alpha=0.8, zorder=3)
        obstacles.append((ax, row["date"], row["value_low"], row["date"], row["value_high"], 5))
    hollow = row["kind"] == "planned"
    ax.plot([row["date"]], [row["y"]], linestyle="none", marker=KIND_MARKERS.get(row["kind"], "o"),
            markersize=9, markeredgewidth=2, color=colour, markerfacecolor="white" if hollow else colour, zorder=4)
    obstacles.append((ax, row["date"], row["y"], row["date"], row["y"], 7))


def _date_axes(axes: list, points: pd.DataFrame, lang: str) -> None:
    """One time axis for every panel; the date label under each column's last panel."""
    date_axis(axes[0], points["date_start"].min(), points["date_end"].max())
    for ax in axes:
        if ax.xaxis.get_tick_params(which="major").get("labelbottom", True):
            axis_labels(ax, words("date", lang), "")


def _legends(figure: Figure, points: pd.DataFrame, series: list[tuple[str, str]], undated: int,
             left: dict[str, int], needed: int, lang: str) -> None:
    """The legend of the series (colour, name), and the legend of symbols that explains the labels."""
    series_handles = [Line2D([], [], color=colour, marker="o", linewidth=1.5, markersize=7) for colour, _ in series]
    series_labels = [name for _, name in series]
    style_handles, style_labels = kind_legend_entries(points, lang)
    # The legend of symbols carries the explanation of the labels (and what was left out).
    style_title = words("style", lang) + "\n" + words("troops_note", lang)
    if left["weak"] and needed > 1:
        style_title += "\n" + words("troops_weak_left_out", lang, n=left["weak"], k=needed)
    if left["series_left_out"]:
        style_title += "\n" + words("troops_series_left_out", lang, n=left["series_left_out"])
    if undated:
        style_title += "\n" + words("troops_undated", lang, n=undated)
    series_where, style_where = legend_places(lang)
    legend(figure, series_handles, series_labels, words("series", lang), lang, series_where,
           ncols=1 if len(series_handles) <= 3 else 2)
    legend(figure, style_handles, style_labels, style_title, lang, style_where,
           ncols=min(2, len(style_handles)))
