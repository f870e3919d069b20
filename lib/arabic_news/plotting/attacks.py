"""The attacks chart: attack counts as attacks per week over the period each one covers."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from arabic_news.plotting import columns as col
from arabic_news.plotting.layout import (
    SERIES_COLOURS, SPAN_LABEL_SPOTS, axis_labels, date_axis, declutter, keep_data, legend, legend_places,
    new_axes, new_figure, no_data, text_kwargs, titles,
)
from arabic_news.plotting.shaping import shape_label
from arabic_news.plotting.wording import RANGE, check_language, name_of, thousands, weeks_text, words
from arabic_news.rules.labels import WEAPON_NAMES


def _attack_spans(attacks: pd.DataFrame, articles: pd.DataFrame | None) -> tuple[pd.DataFrame, int]:
    """One row per distinct count and period, with its rate per week and how many articles report it."""
    if attacks is None or attacks.empty:
        return pd.DataFrame(), 0
    frame = col.table("attacks", attacks)
    rows = pd.DataFrame({
        "article_id": col.strings(frame["article_id"]),
        "period_start": col.dates(frame["period_start"]),
        "period_end": col.dates(frame["period_end"]),
        **{name: col.numbers(frame[name]) for name in ("count", "count_low", "count_high")},
        "approx": col.flags(frame["approx"]),
        "weapons": col.strings(frame["weapons"]),
    })
    has_count = rows["count"].notna() | (rows["count_low"].notna() & rows["count_high"].notna())
    drawable = rows["period_start"].notna() & rows["period_end"].notna() & has_count & (
        rows["period_end"] >= rows["period_start"])
    skipped = int((~drawable).sum())
    rows = rows[drawable].copy()
    if rows.empty:
        return pd.DataFrame(), skipped
    # A period counts its first and its last day: 1 Jan .. 7 Jan is one week.
    rows["weeks"] = ((rows["period_end"] - rows["period_start"]).dt.days + 1) / 7.0
    rows["weapon"] = rows["weapons"].map(lambda w: w.split(";")[0].strip() if w else "")
    keys = ["period_start", "period_end", "weeks", "count", "count_low", "count_high", "approx", "weapons", "weapon"]
    grouped = (rows.groupby(keys, dropna=False, sort=True)["article_id"]
               .agg(n_articles="nunique", article_ids=lambda s: ";".join(sorted(set(s))))
               .reset_index())
    grouped["rate"] = grouped["count"] / grouped["weeks"]
    grouped["rate_low"] = grouped["count_low"].fillna(grouped["count"]) / grouped["weeks"]
    grouped["rate_high"] = grouped["count_high"].fillna(grouped["count"]) / grouped["weeks"]
    grouped = grouped.sort_values(["period_start", "period_end", "rate_high"], kind="stable").reset_index(drop=True)
    return grouped, skipped


def _rate_text(row: pd.Series, lang: str) -> str:
    if pd.isna(row["count"]):
        count = f"{thousands(row['count_low'])}{RANGE}{thousands(row['count_high'])}"
    else:
        count = ("≈" if row["approx"] else "") + thousands(row["count"])
    text = words("count_over_weeks", lang, count=count, weeks=weeks_text(row["weeks"], lang))
    if row["n_articles"] > 1:
        text += f" ×{int(row['n_articles'])}"
    return text


def plot_attack_rates(attacks: pd.DataFrame, articles: pd.DataFrame | None = None,
                      label_language: str = "ar") -> Figure:
    """Chart attack counts as attacks per week over the period each one covers.

    A count over `period_start`..`period_end` (both days included) becomes
    count / weeks and is drawn as a horizontal line across its period, so counts over
    periods of different lengths compare fairly and the periods stay visible. A vague
    count (only `count_low`..`count_high`) is a shaded box over that range of rates; a
    hedged count is dashed. Each line is labelled "count / weeks" (and "×n" when n
    articles report it); colours are the first weapon named. Rows without a period
    are not drawn, and the chart says how many.

    Args:
        attacks: issue 5's `attacks` table (count, count_low, count_high, approx,
            weapons, period_start, period_end, article_id).
        articles: issue 5's `articles` table; accepted for symmetry, not needed.
        label_language: "ar" or "en".
    Returns:
        The figure; `figure_data(fig)` holds the spans drawn with their rates.
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> table = pd.DataFrame({"count": [14], "period_start": ["2021-01-01"], "period_end": ["2021-01-14"]})
        >>> figure_data(plot_attack_rates(table, None, "en"))["rate"].tolist()
        [7.0]
    """
    lang = check_language(label_language)
    title = words("attacks_title", lang)
    spans, skipped = _attack_spans(attacks, articles)
    if spans.empty:
        return no_data(title, lang)

    weapons = list(dict.fromkeys(sorted(spans["weapon"])))
    colours = {w: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, w in enumerate(weapons)}
    figure = new_figure(10, 5.8)
    ax = new_axes(figure)
    top = float(spans[["rate", "rate_high"]].max().max())
    labels, obstacles = _draw_spans(ax, spans, colours, lang)
    date_axis(ax, spans["period_start"].min(), spans["period_end"].max())
    ax.set_ylim(0, top * 1.25)
    axis_labels(ax, words("date", lang), words("attacks_y", lang))
    note = words("attacks_note", lang)
    if skipped:
        note += "\n" + words("not_shown", lang, n=skipped)
    titles(figure, ax, title, note, lang)
    _legend(figure, spans, weapons, colours, lang)
    declutter(figure, labels, obstacles, SPAN_LABEL_SPOTS)
    data = spans.copy()
    for column in ("period_start", "period_end"):
        data[column] = data[column].map(col.iso)
    return keep_data(figure, data)


def _draw_spans(ax, spans: pd.DataFrame, colours: dict[str, str], lang: str) -> tuple[list, list]:
    """Each count as a line (or a shaded box of rates when vague) across its period, labelled over its middle."""
    labels: list = []
    obstacles: list = []
    for _, row in spans.iterrows():
        colour = colours[row["weapon"]]
        start, end = row["period_start"], row["period_end"] + pd.Timedelta(days=1)
        if pd.isna(row["count"]):
            ax.fill_between([start, end], row["rate_low"], row["rate_high"], color=colour, alpha=0.18,
                            hatch="//", edgecolor=colour, linewidth=0.8, zorder=2)
            y = (row["rate_low"] + row["rate_high"]) / 2
        else:
            y = row["rate"]
            ax.plot([start, end], [y, y], color=colour, linewidth=3.2, solid_capstyle="butt",
                    linestyle=(0, (4, 2)) if row["approx"] else "-", zorder=3)
            ax.plot([start, end], [y, y], linestyle="none", marker="|", markersize=12, markeredgewidth=2,
                    color=colour, zorder=3)
            obstacles.append((ax, start, y, end, y, 4))
        middle = start + (end - start) / 2
        text = _rate_text(row, lang)
        label = ax.annotate(shape_label(text), (middle, y), xytext=(0, 6), textcoords="offset points",
                            ha="center", va="bottom", fontsize=8.5, color=colour, **text_kwargs(text))
        if pd.isna(row["count"]):
            label.set_bbox({"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        labels.append(label)
    return labels, obstacles


def _legend(figure: Figure, spans: pd.DataFrame, weapons: list[str], colours: dict[str, str], lang: str) -> None:
    """The weapons' colours, and the line styles of hedged and vague counts when the chart has them."""
    handles = [Line2D([], [], color=colours[w], linewidth=3.2) for w in weapons]
    legend_labels = [name_of(WEAPON_NAMES, w, lang) for w in weapons]
    if (spans["approx"] & spans["count"].notna()).any():
        handles.append(Line2D([], [], color="#666666", linewidth=3.2, linestyle=(0, (4, 2))))
        legend_labels.append(words("hedged_count", lang))
    if spans["count"].isna().any():
        handles.append(Patch(facecolor="#cccccc", edgecolor="#666666", hatch="//"))
        legend_labels.append(words("vague", lang))
    legend(figure, handles, legend_labels, words("weapon", lang), lang, legend_places(lang)[0],
           ncols=min(4, len(handles)))
