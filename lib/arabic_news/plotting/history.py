"""The history chart: how one troop figure changed over time, one step per claim of `figure_history`.

A step is a claim of `arabic_news.claims` (the same figure reported by one article or several), in
the order `figure_history` gives (time, then past before current before planned): 5,200 (past) →
3,000 (planned) → 2,500 → 2,500 three years later. The chart draws what the claims say, nothing
more: a step sits at the middle of the days its reports agree on, a faint bar shows those days,
and the line between two steps only says which came next, not what happened in between.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from arabic_news.plotting import columns as col
from arabic_news.plotting.layout import (
    POINT_LABEL_SPOTS, SERIES_COLOURS, axis_labels, date_axis, declutter, describe, keep_data, legend, new_axes,
    new_figure, no_data, titles,
)
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.troop_levels import draw_claim_marker, kind_legend_entries
from arabic_news.plotting.wording import (RANGE, check_language, hedge_sign, name_of, place, shorten, thousands,
                                          words)
from arabic_news.rules.labels import FORCE_NAMES

_FROM_CLAIMS = ("agreed_start", "agreed_end", "quote", "texts", "fact_ids")
_MAX_NAMED = 3   # a step's hover names at most this many articles, then says how many more


def history_points(steps: pd.DataFrame, claims: pd.DataFrame | None = None,
                   facts: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The steps as drawn: time, height, label, who reported each, and the fact that speaks for it.

    Args:
        steps: rows of `figure_history` for one quantity (`claims.history_of`).
        claims: the `claims` table, for each step's agreed days, sentence and facts (optional).
        facts: the fact tables (troop_levels with `fact_en`, articles), for each step's lead fact
            (`claims.lead_facts`) and the titles of its articles (optional).
    Returns:
        One row per step in step order: the history's columns, date_start, date_end and date (Timestamps),
        y, hedged, label ("2 · ≈2,500 ×4"), reported_by (outlets, else article titles), and the lead fact's
        article_id, fact_id, quote, fact_en.
    """
    from arabic_news.claims import lead_facts

    rows = steps.sort_values("step", kind="stable").reset_index(drop=True).copy()
    if claims is not None and len(claims):
        extra = claims.set_index("claim_id")
        for name in _FROM_CLAIMS:
            rows[name] = rows["claim_id"].map(extra[name]) if name in extra.columns else None
    for name in _FROM_CLAIMS:
        if name not in rows.columns:
            rows[name] = None
    for name in ("value", "value_low", "value_high"):
        rows[name] = col.numbers(pd.to_numeric(rows[name], errors="coerce"))
    rows["date_start"] = col.dates(rows["agreed_start"].fillna(rows["window_start"]))
    rows["date_end"] = col.dates(rows["agreed_end"].fillna(rows["window_end"])).fillna(rows["date_start"])
    rows["date"] = col.dates(rows["date"])
    rows["y"] = rows["value"].fillna((rows["value_low"] + rows["value_high"]) / 2)
    rows["approx"] = col.flags(rows["approx"])
    rows["hedged"] = rows["approx"] | rows["value"].isna() | (rows["value_low"] != rows["value_high"])
    rows["label"] = [_step_text(row) for _, row in rows.iterrows()]
    rows["reported_by"] = [_reported_by(o, a, facts) for o, a in zip(rows["outlets"], rows["article_ids"])]
    lead = lead_facts(rows.dropna(subset=["fact_ids"]), facts or {}).set_index("claim_id") \
        if rows["fact_ids"].notna().any() else pd.DataFrame(columns=["article_id", "fact_id", "quote", "fact_en"])
    for name in ("article_id", "fact_id", "fact_en"):
        rows[name] = rows["claim_id"].map(lead[name]) if len(lead) else None
    rows["quote"] = rows["claim_id"].map(lead["quote"]).fillna(rows["quote"]) if len(lead) else rows["quote"]
    return rows[rows["date"].notna() & rows["y"].notna()].reset_index(drop=True)


def _step_text(row: pd.Series) -> str:
    """The step's number, its figure and "×n" (its claim's articles)."""
    if pd.isna(row["value"]):
        figure = f"{thousands(row['value_low'])}{RANGE}{thousands(row['value_high'])}"
    else:
        figure = hedge_sign(row.get("qualifiers"), row["hedged"]) + thousands(row["value"])
    return f"{int(row['step'])} · {figure} ×{int(row['n_articles'])}"


def _reported_by(outlets: object, article_ids: object, facts: Mapping[str, pd.DataFrame] | None) -> str:
    """Who reported a step: its outlets when known, else its articles by title."""
    names = [o for o in str(outlets or "").split(";") if o and o != "nan"]
    if not names:
        from arabic_news.analysis import article_titles

        titles = article_titles((facts or {}).get("articles"))
        names = [shorten(titles.get(a, a), 60) for a in str(article_ids or "").split(";") if a]
    more = len(names) - _MAX_NAMED
    return "; ".join(names[:_MAX_NAMED]) + (f"; and {more} more" if more > 0 else "")


def plot_figure_history(steps: pd.DataFrame, claims: pd.DataFrame | None = None,
                        facts: Mapping[str, pd.DataFrame] | None = None, label_language: str = "ar", *,
                        place_names: Mapping[str, str] | None = None) -> Figure:
    """Chart the history of one troop figure: its steps over time, each a claim, styled by kind.

    A past figure is a square, a current one a filled circle, a planned one a hollow circle reached
    by a dashed line; a hedged step carries its hedge's sign ("≈", ">" …) and its range as a vertical
    bar; a faint horizontal bar shows the days its reports agree on. Each step is labelled "n · figure ×k": its number in
    `figure_history` and its claim's articles.

    Args:
        steps: the steps of one quantity (`claims.history_of(figure_history, claim_id)`).
        claims: the `claims` table: each step's agreed days, its sentence and facts (optional).
        facts: the fact tables (troop_levels, articles): the hover's sentence, gloss and link, and the
            titles of who reported each step (optional).
        label_language: "ar" or "en".
        place_names: Arabic names of places keyed by English name, on top of the gazetteer's.
    Returns:
        The figure; `figure_data(fig)` holds the steps drawn, `figure_caption(fig)` the path in words.
        No step gives a figure that says "no data".
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> h = pd.DataFrame({"force": ["us"] * 2, "force_id": ["US"] * 2, "location": ["Iraq"] * 2, "step": [1, 2],
        ...                   "claim_id": ["a", "b"], "kind": ["past", "current"], "date": ["2020-10-16", "2021-07-29"],
        ...                   "value": [5200, 2500], "value_low": [5200, 2250], "value_high": [5200, 2750],
        ...                   "approx": [False, True], "window_start": ["2020-09-01", "2021-07-29"],
        ...                   "window_end": ["2020-11-30", "2021-07-29"], "n_articles": [1, 4], "n_independent": [1, 4],
        ...                   "article_ids": ["x", "w;x;y;z"], "outlets": [None, None], "attributions": [None] * 2})
        >>> figure_data(plot_figure_history(h, label_language="en"))["label"].tolist()
        ['1 · 5,200 ×1', '2 · ≈2,500 ×4']
    """
    from arabic_news.analysis import history_sentence

    lang = check_language(label_language)
    points = history_points(steps, claims, facts) if steps is not None and len(steps) else pd.DataFrame()
    if points.empty:
        return describe(no_data(words("history_title_none", lang), lang), "figure_history", "", lang)
    first = points.iloc[0]
    subject = " — ".join(p for p in (name_of(FORCE_NAMES, first["force"], lang),
                                     place(first["location"], lang, place_names)) if p)
    title = words("history_title", lang, subject=subject)
    figure = new_figure(10, 4.6)
    ax = new_axes(figure)
    colour = SERIES_COLOURS[0]
    labels, obstacles = [], []
    _connect_steps(ax, points, colour)
    for _, row in points.iterrows():
        draw_claim_marker(ax, row, colour, obstacles)
        labels.append(ax.annotate(row["label"], (row["date"], row["y"]), xytext=(8, 6), textcoords="offset points",
                                  fontsize=9, color="#222222", fontfamily=list(FAMILY), zorder=5,
                                  arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0,
                                              "shrinkA": 1, "shrinkB": 6, "alpha": 0.6}))
    top = float(max(points["y"].max(), points["value_high"].max(skipna=True) if points["value_high"].notna().any()
                    else 0))
    ax.set_ylim(0, max(top, 1.0) * 1.3)
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    first_day, last_day = points["date_start"].min(), points["date_end"].max()
    date_axis(ax, first_day, last_day + (last_day - first_day) * 0.06)   # room for the last step's label
    axis_labels(ax, words("date", lang), words("troops_y", lang))
    titles(figure, ax, title, words("history_note", lang), lang)
    _kind_legend(figure, points, lang)
    declutter(figure, labels, obstacles, POINT_LABEL_SPOTS)
    caption = ("Each step is one claim of figure_history: the same figure for the same time, reported by one "
               "article or several (× their number), drawn at the middle of the days its reports agree on. "
               "The line only orders the steps; the articles say nothing of the days in between. The path: "
               + history_sentence(steps.sort_values("step")) + ".")
    data = points.drop(columns=["y"]).copy()
    data.insert(0, "y_drawn", points["y"])
    data.insert(1, "series", subject)
    for column in ("date", "date_start", "date_end"):
        data[column] = data[column].map(col.iso)
    return describe(keep_data(figure, data), "figure_history", caption, lang)


def _connect_steps(ax, points: pd.DataFrame, colour: str) -> None:
    """A thin line from each step to the next: solid between actual figures, dashed into or out of a plan."""
    for (_, a), (_, b) in zip(points.iloc[:-1].iterrows(), points.iloc[1:].iterrows()):
        planned = "planned" in (a["kind"], b["kind"])
        ax.plot([a["date"], b["date"]], [a["y"], b["y"]], color=colour, linestyle="--" if planned else "-",
                linewidth=1.2, alpha=0.55, zorder=2)


def _kind_legend(figure: Figure, points: pd.DataFrame, lang: str) -> None:
    handles, names = kind_legend_entries(points, lang)
    if lang == "ar":   # one row, read from the right: past first
        handles, names = handles[::-1], names[::-1]
    legend(figure, handles, names, words("style", lang), lang,
           "outside lower right" if lang == "ar" else "outside lower left", ncols=len(handles))
