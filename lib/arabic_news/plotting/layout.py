"""What every chart shares: a figure and its panels, titles and legends on the reading side,
the "no data" chart, the date axis, labels moved off each other, and the data a figure drew.

Arabic charts read from the right: the title, the notes and the legends align
right, a legend's marker follows its text, and a grid of panels starts at the
top right.
"""

from __future__ import annotations

import pandas as pd
from matplotlib import dates as mdates
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from arabic_news.plotting.shaping import has_arabic, shape_label
from arabic_news.plotting.style import FAMILY, register_arabic_font, style_params
from arabic_news.plotting.wording import words

# Colours: one per series, in the order the series are sorted (tab10, colour-blind friendlier
# than random), and precision from precise (dark) to vague (light).
SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                  "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
PRECISION_COLOURS = ("#08306b", "#2171b5", "#4292c6", "#6baed6", "#41ab5d",
                     "#74c476", "#fd8d3c", "#e6550d", "#969696")

# Where a point's label may go, in order of preference: (dx, dy) in points, ha, va.
POINT_LABEL_SPOTS = tuple(
    (dx, dy, "left" if dx > 0 else "right" if dx < 0 else "center", "bottom" if dy > 0 else "top")
    for dx, dy in sorted(((dx, dy) for dx in (8, -8, 0, 34, -34) for dy in (5, -5, 16, -16, 28, -28, 40, -40)
                          if not (dx == 0 and abs(dy) < 10)),
                         key=lambda spot: (abs(spot[0]) > 8) * 1.5 + abs(spot[1]) / 12)
)
# Where a span's label may go: above or below its middle.
SPAN_LABEL_SPOTS = (
    (0, 6, "center", "bottom"), (0, -6, "center", "top"), (0, 18, "center", "bottom"), (0, -18, "center", "top"),
    (0, 30, "center", "bottom"), (0, -30, "center", "top"),
)


def figure_data(figure: Figure) -> pd.DataFrame | None:
    """The rows a chart function drew, as a DataFrame (None for a figure made elsewhere).

    Example:
        >>> from arabic_news.plotting import plot_counts
        >>> figure_data(plot_counts(pd.Series({"a": 2}), "Counts", "en"))["count"].tolist()
        [2]
    """
    return getattr(figure, "_arabic_news_data", None)


def describe(figure: Figure, kind: str, caption: str, lang: str = "en") -> Figure:
    """Say what a chart is (`kind`, e.g. "troop_levels", for its interactive twin), what it left out
    (`caption`) and the language of its labels."""
    figure._arabic_news_kind = kind
    figure._arabic_news_caption = caption
    figure._arabic_news_lang = lang
    return figure


def figure_language(figure: Figure) -> str:
    """The language of a chart's labels ("ar" or "en"; "en" for a figure made elsewhere)."""
    return getattr(figure, "_arabic_news_lang", "en")


def figure_kind(figure: Figure) -> str:
    """The chart function that drew `figure` ("troop_levels", "attack_rates", "timeline"), or ""."""
    return getattr(figure, "_arabic_news_kind", "")


def figure_caption(figure: Figure) -> str:
    """What the chart drew and left out, and why (English, computed from the data); "" when it says nothing."""
    return getattr(figure, "_arabic_news_caption", "")


def keep_data(figure: Figure, data: pd.DataFrame) -> Figure:
    """Attach the rows drawn to `figure` (read back by `figure_data`, saved by `save_figure`)."""
    figure._arabic_news_data = data
    return figure


def text_kwargs(text: str) -> dict[str, object]:
    """Font family for every text; Arabic text is right-aligned (multi-line too)."""
    kwargs: dict[str, object] = {"fontfamily": list(FAMILY)}
    if has_arabic(text):
        kwargs["multialignment"] = "right"
    return kwargs


def new_figure(width: float, height: float) -> Figure:
    """A white figure with the constrained layout, drawable and savable without pyplot."""
    register_arabic_font()
    with rc_context(style_params()):
        figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)   # drawable and savable without pyplot
    figure.set_facecolor("white")
    return figure


def _plain_axes(ax) -> None:
    ax.tick_params(labelfontfamily=list(FAMILY))
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def new_axes(figure: Figure):
    """One panel with a light grid and no top or right spine."""
    with rc_context(style_params()):
        ax = figure.add_subplot()
    _plain_axes(ax)
    return ax


def new_axes_grid(figure: Figure, rows: int, columns: int, rtl: bool = False, sharex: bool = True) -> list:
    """Panels sharing the time axis (unless `sharex` is False), in reading order (from the top right when `rtl`)."""
    with rc_context(style_params()):
        grid = figure.subplots(rows, columns, sharex=sharex, squeeze=False)
    panels = list(grid.flat)
    for ax in panels:
        _plain_axes(ax)
    if rtl and columns > 1:   # Arabic readers start at the top right
        panels = [panels[r * columns + c] for r in range(rows) for c in reversed(range(columns))]
    return panels


def trim_grid(panels: list, used: int, columns: int) -> list:
    """Hide the panels left over in the last row; the panel above a gap then shows the dates."""
    for index in range(used, len(panels)):
        panels[index].set_visible(False)
        above = index - columns
        if above >= 0:   # the panel above the gap now ends its column: it shows the dates
            panels[above].xaxis.set_tick_params(labelbottom=True)
            panels[above].tick_params(axis="x", labelbottom=True)
    return panels[:used]


def titles(figure: Figure, ax, title: str, note: str, lang: str) -> None:
    """Title over the figure and a small explanatory note over the axes, aligned to the reading side."""
    right = lang == "ar"
    figure.suptitle(shape_label(title), x=0.99 if right else 0.01, ha="right" if right else "left",
                    fontsize=13, **text_kwargs(title))
    if note and ax is not None:
        ax.set_title(shape_label(note), loc="right" if right else "left", fontsize=8.5, color="#555555",
                     **text_kwargs(note))


def axis_labels(ax, xlabel: str, ylabel: str) -> None:
    """Label the axes (an empty label is left out)."""
    if xlabel:
        ax.set_xlabel(shape_label(xlabel), **text_kwargs(xlabel))
    if ylabel:
        ax.set_ylabel(shape_label(ylabel), **text_kwargs(ylabel))


def legend(figure: Figure, handles: list, labels: list[str], title: str, lang: str, where: str, ncols: int = 1):
    """A legend outside the axes; in Arabic the marker follows the text (on its right)."""
    if not handles:
        return None
    prop = FontProperties(family=list(FAMILY), size=8.5)
    drawn = figure.legend(
        handles, [shape_label(label) for label in labels], loc=where, ncols=ncols,
        title=shape_label(title), prop=prop, title_fontproperties=FontProperties(family=list(FAMILY), size=9),
        markerfirst=lang != "ar", alignment="right" if lang == "ar" else "left", frameon=False, handlelength=3,
    )
    drawn.get_title().set_multialignment("right" if lang == "ar" else "left")
    return drawn


def legend_places(lang: str) -> tuple[str, str]:
    """Where a chart's two legends go: the main one on the reading side, the other opposite."""
    return ("outside lower right", "outside lower left") if lang == "ar" else \
        ("outside lower left", "outside lower right")


def no_data(title: str, lang: str, data: pd.DataFrame | None = None) -> Figure:
    """A chart with its title that says "no data"."""
    figure = new_figure(7, 3)
    ax = new_axes(figure)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.grid(False)
    titles(figure, ax, title, "", lang)
    message = words("no_data", lang)
    ax.text(0.5, 0.5, shape_label(message), ha="center", va="center", fontsize=16, color="#777777",
            transform=ax.transAxes, **text_kwargs(message))
    return keep_data(figure, data if data is not None else pd.DataFrame())


def date_axis(ax, start: pd.Timestamp, end: pd.Timestamp) -> None:
    """A time axis from `start` to `end` with some room: years on long spans, months or days on short ones."""
    span = max((end - start).days, 1)
    pad = pd.Timedelta(days=max(15, int(span * 0.05)))
    ax.set_xlim(start - pad, end + pad * 2)
    # Years on long axes (one tick a year, never the same year twice); months or days on shorter ones.
    if span >= 3 * 366:
        locator = mdates.YearLocator(base=max(1, span // (366 * 8)))
        formatter = mdates.DateFormatter("%Y")
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
        formatter = mdates.DateFormatter("%Y-%m-%d" if span < 120 else "%Y-%m")
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    for label in ax.get_xticklabels():
        label.set_rotation(0)


def declutter(figure: Figure, labels: list, obstacles: list, spots: tuple) -> None:
    """Move each label to the first spot where it overlaps no earlier label, marker or bar.

    `obstacles` are (axes, x0, y0, x1, y1, pad in pixels) in data coordinates. When
    every spot overlaps something, the spot with the least overlap is kept: a label
    is never dropped. Labels are kept out of the layout so moving them moves nothing else.
    """
    if not labels:
        return
    for label in labels:
        label.set_in_layout(False)
    figure.draw_without_rendering()          # runs the layout: axes have their final place
    renderer = figure.canvas.get_renderer()
    taken = [_obstacle_box(*obstacle) for obstacle in obstacles]
    for label in labels:
        area = label.axes.get_window_extent(renderer)
        best, best_cost, best_box = None, None, None
        for dx, dy, ha, va in spots:
            _place_label(label, dx, dy, ha, va)
            box = Text.get_window_extent(label, renderer)   # the text alone, without its leader line
            cost = sum(_overlap(box, other) for other in taken) + (box.width * box.height - _overlap(box, area))
            if best_cost is None or cost < best_cost:
                best, best_cost, best_box = (dx, dy, ha, va), cost, box
            if cost == 0:
                break
        dx, dy, ha, va = best
        _place_label(label, dx, dy, ha, va)
        if label.arrow_patch is not None:    # a leader line to a label moved away from its point
            label.arrow_patch.set_linewidth(0.7 if abs(dx) > 10 or abs(dy) > 12 else 0)
        taken.append(best_box.padded(2))


def _obstacle_box(ax, x0, y0, x1, y1, pad) -> Bbox:
    (a, b), (c, d) = ax.transData.transform([(mdates.date2num(x0) if isinstance(x0, pd.Timestamp) else x0, y0),
                                             (mdates.date2num(x1) if isinstance(x1, pd.Timestamp) else x1, y1)])
    return Bbox.from_extents(min(a, c) - pad, min(b, d) - pad, max(a, c) + pad, max(b, d) + pad)


def _place_label(label, dx: float, dy: float, ha: str, va: str) -> None:
    label.xyann = (dx, dy)
    label.set_horizontalalignment(ha)
    label.set_verticalalignment(va)


def _overlap(a: Bbox, b: Bbox) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width * height if width > 0 and height > 0 else 0.0
