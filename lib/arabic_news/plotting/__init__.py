"""Every chart of the notebooks, the Arabic font, the shaping check, and saving figures.

Labels are plain Unicode strings everywhere in the project; this package decides
how Arabic reaches the screen. Its modules, one job each:

============================  ===================================================================
`plotting.style`              the Arabic font (Noto Sans Arabic from PyPI) and its fallback list;
                              `use_arabic_style()`, `arabic_style()`. Importing changes nothing.
`plotting.shaping`            `matplotlib_shapes_arabic()` measures from pixels whether matplotlib
                              joins Arabic letters and lays lines out right to left (3.11+ with
                              libraqm does); `shape_label` leaves a label alone there and reshapes
                              it (arabic_reshaper + python-bidi) where not.
`plotting.troop_levels`       `plot_troop_levels`: claims over time, a panel per force and place.
`plotting.history`            `plot_figure_history`: one figure's steps (claims) over time, by kind.
`plotting.selection`          what a chart draws at scale: figures by their evidence, events binned by
                              week, month or year; each returns what it left out, for the caption.
`plotting.interactive`        the Vega-Lite twin of a chart (`interactive_spec`): hover a mark for its
                              sentence, its English gloss and its source, click it to open the article.
`plotting.attacks`            `plot_attack_rates`: counts as attacks per week over their periods.
`plotting.timeline`           `plot_timeline`: dated events as points and bars, precision as colour.
`plotting.counts`             `plot_counts`: bars per category (mentions, sources, facts per article).
`plotting.citations`          `plot_citations`: who cites whom, as a matrix of sources by citing outlets.
`plotting.saving`             `save_figure`: PNG, SVG and the CSV drawn, whole and byte-identical.
`plotting.layout`             what the charts share: panels, titles and legends on the reading side,
                              "no data", the date axis, labels moved off each other, `figure_data`.
`plotting.wording`            the words of a chart in its label language (from `rules.labels`).
`plotting.columns`            what a chart needs from a table typed by `schema.typed`.
============================  ===================================================================

The chart functions take issue 5's tables (pandas DataFrames with its column
names, typed here by `arabic_news.schema.typed`) and `label_language` ("ar" or
"en"), and return a `matplotlib.figure.Figure` without I/O. Each figure keeps
the rows it drew (`figure_data(fig)`).

The wording of every chart, in Arabic and English, is in `arabic_news.rules.labels`;
the font and the shaping probes are in `arabic_news.rules.fonts`.
"""

from __future__ import annotations

from arabic_news.plotting.attacks import plot_attack_rates
from arabic_news.plotting.citations import plot_citations
from arabic_news.plotting.counts import plot_counts
from arabic_news.plotting.history import plot_figure_history
from arabic_news.plotting.interactive import VEGA_BUNDLE, VEGA_LITE_MIME, interactive_spec, write_vega_bundle
from arabic_news.plotting.layout import figure_caption, figure_data, figure_kind, figure_language
from arabic_news.plotting.saving import FIGURE_DPI, SVG_HASH_SALT, save_figure
from arabic_news.plotting.shaping import has_arabic, matplotlib_shapes_arabic, renderer_shapes_arabic, shape_label
from arabic_news.plotting.style import arabic_font_path, arabic_style, register_arabic_font, use_arabic_style
from arabic_news.plotting.timeline import plot_timeline
from arabic_news.plotting.troop_levels import plot_troop_levels
from arabic_news.rules.labels import LABEL_LANGUAGES

__all__ = [
    "LABEL_LANGUAGES",
    "FIGURE_DPI",
    "SVG_HASH_SALT",
    "arabic_font_path",
    "register_arabic_font",
    "use_arabic_style",
    "arabic_style",
    "renderer_shapes_arabic",
    "matplotlib_shapes_arabic",
    "shape_label",
    "has_arabic",
    "figure_data",
    "figure_caption",
    "figure_kind",
    "figure_language",
    "interactive_spec",
    "write_vega_bundle",
    "VEGA_BUNDLE",
    "VEGA_LITE_MIME",
    "save_figure",
    "plot_troop_levels",
    "plot_figure_history",
    "plot_citations",
    "plot_attack_rates",
    "plot_timeline",
    "plot_counts",
]
