"""The citation chart: who cites whom, drawn as a matrix of dots (an adjacency matrix of the citation graph).

The citation graph is bipartite: outlets (or articles) on one side, the sources they quote on the
other, an edge weighted by the facts attributed (`claims.citation_edges`). We draw it as a matrix,
a row per source and a column per citing outlet, a dot where one cites the other, its area the
number of facts. A node-link drawing of the same graph is a hairball beyond a few dozen edges (the
300-article sample has over three hundred), its lines cross and its layout means nothing; in a
matrix every edge has its own cell, the most cited sources read first, and a source that several
columns cite (the one thing a reader of claims needs: are two outlets' figures from one source?) is
a row with several dots.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from arabic_news.plotting.layout import describe, keep_data, new_axes, new_figure, no_data, text_kwargs, titles
from arabic_news.plotting.shaping import shape_label
from arabic_news.plotting.style import FAMILY
from arabic_news.plotting.wording import check_language, shorten, words

MAX_SOURCES = 20
"""A citation chart draws at most this many sources (rows), the most cited."""
MAX_CITING = 10
"""... and at most this many outlets or articles (columns), those that attribute most facts."""


def _top(edges: pd.DataFrame, column: str, limit: int) -> list[str]:
    totals = edges.groupby(column).agg(n_facts=("n_facts", "sum"), n_links=("n_facts", "size")).reset_index()
    totals = totals.sort_values(["n_facts", "n_links", column], ascending=[False, False, True], kind="mergesort")
    return totals[column].head(limit).tolist()


def plot_citations(edges: pd.DataFrame, label_language: str = "ar", *, by: str = "outlet",
                   max_sources: int = MAX_SOURCES, max_citing: int = MAX_CITING) -> Figure:
    """Chart the citation graph as a matrix: a row per source, a column per citing outlet or article.

    Args:
        edges: `claims.citation_edges` (citing, source, n_facts, n_articles), labelled as wanted
            (`analysis.citation_graph` names articles by their titles).
        label_language: "ar" or "en" (the chart's words; the sources are named as `edges` names them).
        by: what the columns are, "outlet" or "article" (for the axis title and the caption).
        max_sources, max_citing: at most this many rows and columns, the most cited first; the caption
            says how many were left out.
    Returns:
        The figure; `figure_data(fig)` holds the edges drawn, `figure_caption(fig)` what was left out.
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> e = pd.DataFrame({"citing": ["X", "Y", "X"], "source": ["Pentagon", "Pentagon", "Reuters"],
        ...                   "n_facts": [3, 1, 1], "n_articles": [2, 1, 1]})
        >>> figure_data(plot_citations(e, "en"))[["citing", "source", "n_facts"]].values.tolist()
        [['X', 'Pentagon', 3], ['Y', 'Pentagon', 1], ['X', 'Reuters', 1]]
    """
    lang = check_language(label_language)
    title = words("citations_title", lang)
    if edges is None or edges.empty:
        return describe(no_data(title, lang, pd.DataFrame(columns=["citing", "source", "n_facts"])), "citations",
                        "No article attributes a figure or an event to a source.", lang)
    sources, citing = _top(edges, "source", max_sources), _top(edges, "citing", max_citing)
    if lang == "ar":
        citing = citing[::-1]   # read from the right: the most citing column first
    drawn = edges[edges["source"].isin(sources) & edges["citing"].isin(citing)].copy()
    drawn["row"] = drawn["source"].map({s: i for i, s in enumerate(sources)})
    drawn["column"] = drawn["citing"].map({c: i for i, c in enumerate(citing)})
    figure = new_figure(min(3.5 + 0.75 * len(citing), 12), 2.4 + 0.34 * len(sources))
    ax = new_axes(figure)
    ax.grid(True, color="#eeeeee", linewidth=0.6)
    peak = float(drawn["n_facts"].max())
    ax.scatter(drawn["column"], drawn["row"], s=40 + 360 * drawn["n_facts"] / peak, color="#4c78a8", alpha=0.85,
               zorder=3, linewidths=0)
    for column, row, n in zip(drawn["column"], drawn["row"], drawn["n_facts"]):
        ax.text(column, row, str(int(n)), ha="center", va="center", fontsize=7.5, color="white", zorder=4,
                fontfamily=list(FAMILY))
    _axes_labels(ax, sources, citing, by, lang)
    titles(figure, ax, title, words("citations_note", lang), lang)
    caption = _caption(edges, drawn, sources, citing, by)
    return describe(keep_data(figure, drawn.drop(columns=["row", "column"]).reset_index(drop=True)), "citations",
                    caption, lang)


def _axes_labels(ax, sources: list[str], citing: list[str], by: str, lang: str) -> None:
    """Sources down the reading side, citing outlets or articles along the top, slanted when long."""
    ax.set_yticks(np.arange(len(sources)), [shape_label(shorten(s, 38)) for s in sources])
    ax.set_ylim(len(sources) - 0.5, -0.7)
    ax.set_xticks(np.arange(len(citing)), [shape_label(shorten(c, 30)) for c in citing])
    ax.set_xlim(-0.6, len(citing) - 0.4)
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    long = max((len(shorten(c, 30)) for c in citing), default=0) > 12
    for label in ax.get_xticklabels():   # slanted up and away, towards the reading side's end
        label.set_rotation((-35 if lang == "ar" else 35) if long else 0)
        label.set_ha(("right" if lang == "ar" else "left") if long else "center")
        label.set_rotation_mode("anchor")
        label.set_fontsize(8.5)
    for label in ax.get_yticklabels():
        label.set_fontsize(8.5)
    if lang == "ar":
        ax.yaxis.tick_right()
        ax.spines["right"].set_visible(True)
        ax.spines["left"].set_visible(False)
    for side in ("top", "bottom"):
        ax.spines[side].set_visible(False)
    axis_title = words("citations_by_outlet" if by == "outlet" else "citations_by_article", lang)
    ax.set_xlabel(shape_label(axis_title), fontsize=9, **text_kwargs(axis_title))


def _caption(edges: pd.DataFrame, drawn: pd.DataFrame, sources: list[str], citing: list[str], by: str) -> str:
    n_sources, n_citing = edges["source"].nunique(), edges["citing"].nunique()
    nodes = "outlets" if by == "outlet" else "articles"
    shared = drawn.groupby("source")["citing"].nunique()
    shared = shared[shared > 1].sort_values(ascending=False, kind="mergesort")
    parts = [f"Each row is a source, each column {'an outlet' if by == 'outlet' else 'an article'} that cites it; a "
             "dot's number (and area) is the facts attributed to that source there."]
    if len(sources) < n_sources or len(citing) < n_citing:
        parts.append(f"Shown: the {len(sources)} most cited of {n_sources} sources and the {len(citing)} of "
                     f"{n_citing} {nodes} that attribute most facts; every edge is in the table below.")
    if len(shared):
        parts.append(f"{len(shared)} source{'s are' if len(shared) != 1 else ' is'} cited by more than one of "
                     f"these {nodes} (most: {shared.index[0]}, by {int(shared.iloc[0])}): figures those {nodes} "
                     "give from it are one source repeated, not independent confirmation.")
    else:
        parts.append(f"No source is cited by more than one of these {nodes}.")
    parts.append("Unnamed sources (\"an official\", \"sources\") share a row by their wording, not because they are "
                 "one person.")
    return " ".join(parts)
