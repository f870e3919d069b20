"""The counts chart: a horizontal bar per category (mentions, cited sources, outlets, facts per article)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from arabic_news.errors import ParameterError
from arabic_news.plotting import columns as col
from arabic_news.plotting.layout import axis_labels, keep_data, new_axes, new_figure, no_data, titles
from arabic_news.plotting.shaping import shape_label
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.wording import check_language, shorten, thousands, words

# A table's label column in Arabic and its English twin, the first pair present is used.
_LABEL_COLUMNS = (("entity", "entity_en"), ("attribution", "attribution_en"), ("label", "label_en"))


def _label_column(frame: pd.DataFrame, lang: str) -> str:
    """The column that names each row: the first of `_LABEL_COLUMNS` present, or the first text column."""
    for arabic, english in _LABEL_COLUMNS:
        if arabic in frame.columns or english in frame.columns:
            label_column = english if lang == "en" and english in frame.columns else arabic
            return label_column if label_column in frame.columns else english
    text_columns = [c for c in frame.columns if c != "count" and not pd.api.types.is_numeric_dtype(frame[c])]
    if not text_columns:
        raise ParameterError("series_or_frame", list(frame.columns), "has no column of labels",
                             "Pass a Series (label -> count) or a table with entity/entity_en and count")
    return text_columns[0]


def _count_table(data: pd.Series | pd.DataFrame, lang: str) -> pd.DataFrame:
    """Reduce a Series (label -> count) or a table to columns `label` and `count`."""
    if data is None:
        return pd.DataFrame(columns=["label", "count"])
    if isinstance(data, pd.Series):
        table = pd.DataFrame({"label": data.index.map(str), "count": pd.to_numeric(data.to_numpy(), errors="coerce")})
    else:
        frame = data
        if frame.empty:
            return pd.DataFrame(columns=["label", "count"])
        label_column = _label_column(frame, lang)
        labels = col.strings(frame[label_column])
        if lang == "en" and label_column.endswith("_en"):
            fallback = col.strings(frame[label_column[:-3]]) if label_column[:-3] in frame.columns else \
                pd.Series("", index=frame.index)
            labels = labels.where(labels != "", fallback)
        counts = pd.to_numeric(frame["count"], errors="coerce").astype("float64") if "count" in frame.columns \
            else pd.Series(1, index=frame.index)
        table = pd.DataFrame({"label": labels, "count": counts})
    table = table[table["label"].astype(str).str.strip() != ""].dropna(subset=["count"])
    table = table.groupby("label", sort=True, as_index=False)["count"].sum()
    return table.sort_values(["count", "label"], ascending=[False, True], kind="stable").reset_index(drop=True)


def plot_counts(series_or_frame: pd.Series | pd.DataFrame, title: str, label_language: str = "ar",
                *, top: int = 25) -> Figure:
    """Horizontal bar chart of counts per category (mentions, attributions, outlets …).

    Args:
        series_or_frame: a Series (category label -> count), or a table: `mentions`
            (entity, entity_en, count), attributions (attribution, attribution_en;
            each row counts once unless there is a `count` column), or any table
            with one text column and `count`. Counts of the same label are added.
        title: the chart title, plain Unicode (shaped here).
        label_language: "ar" takes the Arabic column (entity, attribution), "en" the
            English one (entity_en, attribution_en; the Arabic one where it is empty).
        top: at most this many bars, the largest, largest on top.
    Returns:
        The figure; `figure_data(fig)` holds `label` and `count` as drawn.
    Raises:
        ParameterError: for a bad `label_language` or a table without a label column.
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> fig = plot_counts(pd.Series({"رويترز": 3, "الجزيرة": 5}), "Sources", "ar")
        >>> figure_data(fig)["label"].tolist()
        ['الجزيرة', 'رويترز']
    """
    lang = check_language(label_language)
    table = _count_table(series_or_frame, lang)
    if table.empty:
        return no_data(title, lang, pd.DataFrame(columns=["label", "count"]))
    total = len(table)
    table = table.head(top)
    figure = new_figure(8.5, min(2.2 + 0.36 * len(table), 14))
    ax = new_axes(figure)
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(False, axis="y")
    positions = np.arange(len(table))
    ax.barh(positions, table["count"], color="#4c78a8", height=0.65, zorder=3)
    ax.set_yticks(positions, [shape_label(shorten(label, 40)) for label in table["label"]])
    ax.set_ylim(len(table) - 0.4, -0.6)
    peak = float(table["count"].max())
    for position, count in zip(positions, table["count"]):
        ax.text(count + peak * 0.01, position, thousands(count), va="center", ha="left", fontsize=8.5,
                fontfamily=list(FAMILY), zorder=4)
    ax.set_xlim(0, peak * 1.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no tick at 0.5
    ax.xaxis.set_major_formatter(FuncFormatter(thousands))
    axis_labels(ax, words("count", lang), "")
    note = words("first_rows", lang, shown=len(table), total=total) if total > len(table) else ""
    titles(figure, ax, title, note, lang)
    return keep_data(figure, table.copy())
