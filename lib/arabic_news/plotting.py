"""Every chart of the notebooks, the Arabic font, the shaping check, and saving figures.

Labels are plain Unicode strings everywhere in the project; this module decides
how Arabic reaches the screen:

* **Shaping.** matplotlib 3.11 and later lays text out with libraqm: it joins
  Arabic letters and orders a line right to left by itself. Older builds (which
  conda users often have) draw code points one by one, left to right. We do not
  guess from the version: `matplotlib_shapes_arabic()` draws two short Arabic
  strings and looks at the pixels. On the native path `shape_label` leaves a
  label alone; on the fallback path it applies `arabic_reshaper.reshape` and
  `bidi.algorithm.get_display` (which mirrors brackets). Doing both on a
  shaping matplotlib reverses every label while it still looks Arabic to a
  non-reader, which is why the choice is measured, not configured.
* **Fonts.** The project's Arabic face is Noto Sans Arabic from the PyPI package
  named in `arabic_news.rules.fonts`, registered with
  `matplotlib.font_manager.fontManager.addfont` in a fallback list that ends in
  DejaVu Sans. Importing this module changes nothing: `use_arabic_style()` or
  the `arabic_style()` context manager do the set-up, and every chart function
  registers the font and names its families explicitly, so a chart is right
  without either.
* **Charts.** `plot_troop_levels`, `plot_attack_rates`, `plot_timeline` and
  `plot_counts` take issue 5's tables (pandas DataFrames with its column names)
  and `label_language` ("ar" or "en"), and return a `matplotlib.figure.Figure`
  without I/O. Each figure keeps the rows it drew (`figure_data(fig)`).
* **Saving.** `save_figure` writes PNG, SVG and the CSV the chart was drawn
  from, atomically and byte-identical from run to run.

The wording of every chart, in Arabic and English, is in `arabic_news.rules.labels`;
the font fallback list and the shaping probes are in `arabic_news.rules.fonts`.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib import font_manager, rc_context, rcParams
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from matplotlib.ticker import FuncFormatter, MaxNLocator

from arabic_news.errors import ArabicNewsError, ParameterError
from arabic_news.files import write_atomically
from arabic_news.rules import fonts as _fonts
from arabic_news.rules import labels as _labels
from arabic_news.rules.labels import LABEL_LANGUAGES

__all__ = [
    "LABEL_LANGUAGES",
    "FIGURE_DPI",
    "arabic_font_path",
    "register_arabic_font",
    "use_arabic_style",
    "arabic_style",
    "renderer_shapes_arabic",
    "matplotlib_shapes_arabic",
    "shape_label",
    "has_arabic",
    "figure_data",
    "save_figure",
    "plot_troop_levels",
    "plot_attack_rates",
    "plot_timeline",
    "plot_counts",
]

FIGURE_DPI = 150                 # PNG resolution; fixed so files are byte-identical
SVG_HASH_SALT = "arabic_news"    # fixes the ids matplotlib writes into SVG
_FAMILY = list(_fonts.FONT_FALLBACK)
_TEXT = {w.key: w for w in _labels.CHART_TEXT}

_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_BIDI_CONTROLS_RE = re.compile(f"[{_fonts.BIDI_CONTROLS}]")
_SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

# Colours: one per series, in the order the series are sorted (tab10, colour-blind friendlier
# than random), and precision from precise (dark) to vague (light).
_SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                   "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
_PRECISION_COLOURS = ("#08306b", "#2171b5", "#4292c6", "#6baed6", "#41ab5d",
                      "#74c476", "#fd8d3c", "#e6550d", "#969696")
_KIND_MARKERS = {"current": "o", "past": "s", "planned": "o"}
# Ranges are written with the ASCII hyphen: between two numbers it keeps them in
# reading order inside an Arabic line, where an en dash would swap them ("90–10").
_RANGE = "-"


# --------------------------------------------------------------------------- fonts


def arabic_font_path() -> Path:
    """Return the file of the project's Arabic font (Noto Sans Arabic, from PyPI).

    Returns:
        The path of the TrueType file inside the installed font package.
    Raises:
        ArabicNewsError: when the font package is not installed or holds no font.
    Example:
        >>> arabic_font_path().suffix
        '.ttf'
    """
    try:
        module = importlib.import_module(_fonts.ARABIC_FONT_MODULE)
    except ImportError as exc:
        raise ArabicNewsError(
            f"{_fonts.ARABIC_FONT_MODULE}: the Arabic font package is not installed. "
            "Install it with: pip install fontpkg-noto-sans-arabic"
        ) from exc
    root = Path(getattr(module, "ROOT", Path(module.__file__).parent))
    found = sorted((root / "files").glob(_fonts.ARABIC_FONT_GLOB)) or sorted(root.rglob(_fonts.ARABIC_FONT_GLOB))
    if not found:
        raise ArabicNewsError(f"{root}: no {_fonts.ARABIC_FONT_GLOB} inside the font package. Reinstall it.")
    return found[0]


def register_arabic_font() -> Path:
    """Make the Arabic font known to matplotlib (once; later calls do nothing).

    This adds the font to `matplotlib.font_manager.fontManager`; it changes no rcParams.

    Returns:
        The path of the registered font file.
    Example:
        >>> register_arabic_font() == register_arabic_font()
        True
    """
    path = arabic_font_path()
    known = {os.path.realpath(f.fname) for f in font_manager.fontManager.ttflist}
    if os.path.realpath(path) not in known:
        font_manager.fontManager.addfont(str(path))
    return path


def _style_params() -> dict[str, object]:
    return {"font.family": list(_FAMILY), "axes.unicode_minus": False}


def use_arabic_style() -> None:
    """Register the Arabic font and make it matplotlib's default, with its fallback list.

    This changes `matplotlib.rcParams` for the rest of the session (`font.family`
    becomes the list in `rules.fonts.FONT_FALLBACK`, ending in DejaVu Sans). Use
    `arabic_style()` to change them only inside a `with` block.

    Example:
        >>> use_arabic_style()
        >>> import matplotlib
        >>> matplotlib.rcParams["font.family"][-1]
        'DejaVu Sans'
        >>> matplotlib.rcdefaults()
    """
    register_arabic_font()
    rcParams.update(_style_params())


@contextlib.contextmanager
def arabic_style() -> Iterator[None]:
    """Inside the block, matplotlib uses the Arabic font with its fallback list.

    Example:
        >>> import matplotlib
        >>> with arabic_style():
        ...     matplotlib.rcParams["font.family"][0]
        'Noto Sans Arabic'
    """
    register_arabic_font()
    with rc_context(_style_params()):
        yield


# --------------------------------------------------------------------------- shaping


def has_arabic(text: str) -> bool:
    """Whether `text` holds an Arabic letter (any Arabic block, presentation forms included).

    Example:
        >>> has_arabic("US قوات"), has_arabic("US forces")
        (True, False)
    """
    return bool(_ARABIC_RE.search(text))


def _ink_mask(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image, dtype=float)
    return image > 0.25 * max(float(image.max()), 1.0)


def _ink_columns(image: np.ndarray) -> tuple[int, int, np.ndarray] | None:
    mask = _ink_mask(image)
    columns = np.nonzero(mask.any(axis=0))[0]
    if columns.size == 0:
        return None
    first, last = int(columns[0]), int(columns[-1])
    return first, last, mask[:, first:last + 1].sum(axis=0)


def renderer_shapes_arabic(render: Callable[[str], np.ndarray]) -> bool:
    """Decide from pixels whether a text renderer shapes Arabic (joins letters, lays out RTL).

    Two probes, drawn with `render` (text -> 2-D array, ink > 0 on a 0 background):
    "ببب" must be much narrower than three separate "ب" (the letters join), and in
    "اب" the tall alef must stand right of the beh (right-to-left order). A renderer
    without shaping draws three isolated behs and puts the alef on the left.

    Args:
        render: draws one line of text in an Arabic font and returns its grey image.
    Returns:
        True when both probes say the renderer shapes Arabic.
    Example:
        >>> renderer_shapes_arabic(_render_with_matplotlib) in (True, False)
        True
    """
    one = _ink_columns(render(_fonts.SHAPING_PROBE_LETTER))
    three = _ink_columns(render(_fonts.SHAPING_PROBE_JOINED))
    pair = _ink_columns(render(_fonts.SHAPING_PROBE_ORDER))
    if one is None or three is None or pair is None:
        return False
    width_one = one[1] - one[0] + 1
    width_three = three[1] - three[0] + 1
    joined = width_three < 2.2 * width_one
    first, last, heights = pair
    tallest = int(np.argmax(heights)) + first
    right_to_left = tallest > (first + last) / 2
    return bool(joined and right_to_left)


def _render_with_matplotlib(text: str, size: float = 48) -> np.ndarray:
    """Draw `text` with matplotlib's Agg renderer in the Arabic font; ink as a grey image."""
    figure = Figure(figsize=(4, 1.4), dpi=72)
    figure.text(0.05, 0.3, text, fontproperties=FontProperties(fname=str(arabic_font_path()), size=size))
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    return 255.0 - rgba[..., :3].mean(axis=2)


@functools.cache
def matplotlib_shapes_arabic() -> bool:
    """Whether this matplotlib shapes Arabic itself (measured once per process, then cached).

    It draws two probe strings with matplotlib's own renderer and judges the
    pixels with `renderer_shapes_arabic`; matplotlib 3.11+ (with libraqm) passes.

    Example:
        >>> matplotlib_shapes_arabic() in (True, False)
        True
    """
    return renderer_shapes_arabic(_render_with_matplotlib)


def _first_strong_direction(text: str) -> str | None:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None


def shape_label(text: str, native: bool | None = None) -> str:
    """Prepare a label for matplotlib: unchanged where matplotlib shapes Arabic, reshaped where not.

    A label that holds Arabic but starts with a Latin word ("US قوات") gets a
    right-to-left mark (U+200F) in front, so the line reads right to left. On the
    fallback path the label is reshaped (joined presentation forms) and put in
    visual order by `bidi.algorithm.get_display`, line by line, and the
    directional marks are removed from the result. Text without Arabic is
    returned as it is.

    Args:
        text: the label in logical (typing) order.
        native: True for matplotlib's own shaping, False for the fallback; None
            (the default) asks `matplotlib_shapes_arabic()`.
    Returns:
        The string to hand to matplotlib.
    Example:
        >>> shape_label("2500 troops")
        '2500 troops'
        >>> shape_label("نحو 2500 جندي", native=True)
        'نحو 2500 جندي'
        >>> shape_label("US قوات", native=True)
        '\\u200fUS قوات'
        >>> shape_label("نحو 2500", native=False) == "2500 \\ufeee\\ufea4\\ufee7"
        True
    """
    if not text or not has_arabic(text):
        return text
    lines = text.split("\n")
    lines = [_fonts.RLM + line if has_arabic(line) and _first_strong_direction(line) == "L" else line
             for line in lines]
    if native is None:
        native = matplotlib_shapes_arabic()
    if native:
        return "\n".join(lines)
    import arabic_reshaper
    from bidi.algorithm import get_display

    shaped = []
    for line in lines:
        if has_arabic(line):
            line = _BIDI_CONTROLS_RE.sub("", get_display(arabic_reshaper.reshape(line)))
        shaped.append(line)
    return "\n".join(shaped)


# --------------------------------------------------------------------------- wording


def _check_language(label_language: str) -> str:
    if label_language not in LABEL_LANGUAGES:
        raise ParameterError("label_language", label_language, "is not a label language",
                             'Use "ar" (Arabic labels) or "en" (English labels)')
    return label_language


def _words(key: str, lang: str, **fields: object) -> str:
    wording = _TEXT[key]
    text = wording.ar if lang == "ar" else wording.en
    return text.format(**fields) if fields else text


def _name(table: Mapping[str, tuple[str, str]], value: object, lang: str) -> str:
    key = "" if _missing(value) else str(value)
    if key in table:
        return table[key][0 if lang == "ar" else 1]
    return key


def _place(value: object, lang: str, place_names: Mapping[str, str] | None) -> str:
    if _missing(value):
        return ""
    names = dict(_arabic_names())
    if place_names:
        names.update(place_names)
    parts = [p.strip() for p in str(value).split(";") if p.strip()]
    if lang == "ar":
        parts = [names.get(p, p) for p in parts]
    return _labels.LIST_SEPARATORS[lang].join(parts)


@functools.cache
def _arabic_names() -> dict[str, str]:
    """English display name -> Arabic display name, from the gazetteer (`rules.gazetteer`)."""
    from arabic_news.rules import gazetteer

    return {entity.name_en: entity.name_ar for entity in gazetteer.ENTITIES}


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _shorten(text: str, limit: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- figure helpers


def _text_kwargs(text: str) -> dict[str, object]:
    """Font family for every text; Arabic text is right-aligned (multi-line too)."""
    kwargs: dict[str, object] = {"fontfamily": list(_FAMILY)}
    if has_arabic(text):
        kwargs["multialignment"] = "right"
    return kwargs


def _new_figure(width: float, height: float) -> Figure:
    register_arabic_font()
    with rc_context(_style_params()):
        figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)   # drawable and savable without pyplot
    figure.set_facecolor("white")
    return figure


def _new_axes(figure: Figure):
    with rc_context(_style_params()):
        ax = figure.add_subplot()
    ax.tick_params(labelfontfamily=list(_FAMILY))
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def _new_axes_grid(figure: Figure, rows: int, columns: int, rtl: bool = False, sharex: bool = True) -> list:
    """Panels sharing the time axis (unless `sharex` is False); panels left over in the last row are hidden."""
    with rc_context(_style_params()):
        grid = figure.subplots(rows, columns, sharex=sharex, squeeze=False)
    panels = list(grid.flat)
    for ax in panels:
        ax.tick_params(labelfontfamily=list(_FAMILY))
        ax.grid(True, color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    if rtl and columns > 1:   # Arabic readers start at the top right
        panels = [panels[r * columns + c] for r in range(rows) for c in reversed(range(columns))]
    return panels


def _trim_grid(panels: list, used: int, columns: int) -> list:
    for index in range(used, len(panels)):
        panels[index].set_visible(False)
        above = index - columns
        if above >= 0:   # the panel above the gap now ends its column: it shows the dates
            panels[above].xaxis.set_tick_params(labelbottom=True)
            panels[above].tick_params(axis="x", labelbottom=True)
    return panels[:used]


def _titles(figure: Figure, ax, title: str, note: str, lang: str) -> None:
    """Title over the figure and a small explanatory note over the axes, aligned to the reading side."""
    right = lang == "ar"
    figure.suptitle(shape_label(title), x=0.99 if right else 0.01, ha="right" if right else "left",
                    fontsize=13, **_text_kwargs(title))
    if note and ax is not None:
        ax.set_title(shape_label(note), loc="right" if right else "left", fontsize=8.5, color="#555555",
                     **_text_kwargs(note))


def _axis_labels(ax, xlabel: str, ylabel: str) -> None:
    if xlabel:
        ax.set_xlabel(shape_label(xlabel), **_text_kwargs(xlabel))
    if ylabel:
        ax.set_ylabel(shape_label(ylabel), **_text_kwargs(ylabel))


def _legend(figure: Figure, handles: list, labels: list[str], title: str, lang: str, where: str, ncols: int = 1):
    """A legend outside the axes; in Arabic the marker follows the text (on its right)."""
    if not handles:
        return None
    prop = FontProperties(family=list(_FAMILY), size=8.5)
    legend = figure.legend(
        handles, [shape_label(label) for label in labels], loc=where, ncols=ncols,
        title=shape_label(title), prop=prop, title_fontproperties=FontProperties(family=list(_FAMILY), size=9),
        markerfirst=lang != "ar", alignment="right" if lang == "ar" else "left", frameon=False, handlelength=3,
    )
    legend.get_title().set_multialignment("right" if lang == "ar" else "left")
    return legend


def _no_data(title: str, lang: str, data: pd.DataFrame | None = None) -> Figure:
    figure = _new_figure(7, 3)
    ax = _new_axes(figure)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.grid(False)
    _titles(figure, ax, title, "", lang)
    message = _words("no_data", lang)
    ax.text(0.5, 0.5, shape_label(message), ha="center", va="center", fontsize=16, color="#777777",
            transform=ax.transAxes, **_text_kwargs(message))
    figure._arabic_news_data = data if data is not None else pd.DataFrame()
    return figure


def _date_axis(ax, start: pd.Timestamp, end: pd.Timestamp) -> None:
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


def _thousands(value: float, _pos: int | None = None) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


# Where a point's label may go, in order of preference: (dx, dy) in points, ha, va.
_POINT_LABEL_SPOTS = tuple(
    (dx, dy, "left" if dx > 0 else "right" if dx < 0 else "center", "bottom" if dy > 0 else "top")
    for dx, dy in sorted(((dx, dy) for dx in (8, -8, 0, 34, -34) for dy in (5, -5, 16, -16, 28, -28, 40, -40)
                          if not (dx == 0 and abs(dy) < 10)),
                         key=lambda spot: (abs(spot[0]) > 8) * 1.5 + abs(spot[1]) / 12)
)
_SPAN_LABEL_SPOTS = (
    (0, 6, "center", "bottom"), (0, -6, "center", "top"), (0, 18, "center", "bottom"), (0, -18, "center", "top"),
    (0, 30, "center", "bottom"), (0, -30, "center", "top"),
)


def _declutter(figure: Figure, labels: list, obstacles: list, spots: tuple) -> None:
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
    taken = []
    for ax, x0, y0, x1, y1, pad in obstacles:
        (a, b), (c, d) = ax.transData.transform([(mdates.date2num(x0) if isinstance(x0, pd.Timestamp) else x0, y0),
                                                 (mdates.date2num(x1) if isinstance(x1, pd.Timestamp) else x1, y1)])
        taken.append(Bbox.from_extents(min(a, c) - pad, min(b, d) - pad, max(a, c) + pad, max(b, d) + pad))
    for label in labels:
        area = label.axes.get_window_extent(renderer)
        best, best_cost, best_box = None, None, None
        for dx, dy, ha, va in spots:
            label.xyann = (dx, dy)
            label.set_horizontalalignment(ha)
            label.set_verticalalignment(va)
            box = Text.get_window_extent(label, renderer)   # the text alone, without its leader line
            cost = sum(_overlap(box, other) for other in taken) + (box.width * box.height - _overlap(box, area))
            if best_cost is None or cost < best_cost:
                best, best_cost, best_box = (dx, dy, ha, va), cost, box
            if cost == 0:
                break
        dx, dy, ha, va = best
        label.xyann = (dx, dy)
        label.set_horizontalalignment(ha)
        label.set_verticalalignment(va)
        if label.arrow_patch is not None:    # a leader line to a label moved away from its point
            label.arrow_patch.set_linewidth(0.7 if abs(dx) > 10 or abs(dy) > 12 else 0)
        taken.append(best_box.padded(2))


def _overlap(a: Bbox, b: Bbox) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width * height if width > 0 and height > 0 else 0.0


def figure_data(figure: Figure) -> pd.DataFrame | None:
    """The rows a chart function drew, as a DataFrame (None for a figure made elsewhere).

    Example:
        >>> figure_data(plot_counts(pd.Series({"a": 2}), "Counts", "en"))["count"].tolist()
        [2]
    """
    return getattr(figure, "_arabic_news_data", None)


# --------------------------------------------------------------------------- table helpers


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype="object")


def _dates(frame: pd.DataFrame, name: str) -> pd.Series:
    return pd.to_datetime(_column(frame, name).astype("object").where(lambda s: s.notna(), None),
                          errors="coerce", format="mixed")


def _numbers(frame: pd.DataFrame, name: str) -> pd.Series:
    # Plain floats: a nullable Int64 column (as the notebooks read the tables) cannot take the
    # middle of a range such as 200–999, and fillna would raise on it.
    return pd.to_numeric(_column(frame, name), errors="coerce").astype("float64")


def _flags(frame: pd.DataFrame, name: str) -> pd.Series:
    def flag(value: object) -> bool:
        if _missing(value):
            return False
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    return _column(frame, name).map(flag).astype(bool)


def _strings(frame: pd.DataFrame, name: str) -> pd.Series:
    return _column(frame, name).map(lambda v: "" if _missing(v) else str(v).strip())


def _publication_dates(articles: pd.DataFrame | None) -> dict[str, pd.Timestamp]:
    if articles is None or articles.empty or "article_id" not in articles.columns:
        return {}
    dates = _dates(articles, "publication_date")
    return {str(a): d for a, d in zip(articles["article_id"], dates) if not pd.isna(d)}


def _iso(value: object) -> str:
    return "" if _missing(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


# --------------------------------------------------------------------------- troop levels


def _troop_points(troop_levels: pd.DataFrame, articles: pd.DataFrame | None,
                  merge_days: int = 31) -> tuple[pd.DataFrame, int]:
    """One row per distinct figure (force, place, kind, time, value, range), with how many articles report it."""
    frame = troop_levels if troop_levels is not None else pd.DataFrame()
    if frame.empty:
        return pd.DataFrame(), 0
    published = _publication_dates(articles)
    rows = pd.DataFrame({
        "article_id": _strings(frame, "article_id"),
        "force": _strings(frame, "force"),
        "location": _strings(frame, "location"),
        "kind": _strings(frame, "kind").replace("", "current"),
        "value": _numbers(frame, "value"),
        "value_low": _numbers(frame, "value_low"),
        "value_high": _numbers(frame, "value_high"),
        "approx": _flags(frame, "approx"),
        "qualifier": _strings(frame, "qualifier"),
        "as_of_start": _dates(frame, "as_of_start"),
        "as_of_end": _dates(frame, "as_of_end"),
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
    grouped = (rows.groupby(keys, dropna=False, sort=True)["article_id"]
               .agg(n_articles="nunique", article_ids=lambda s: ";".join(sorted(set(s))))
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


def _figure_text(row: pd.Series) -> str:
    low, high = row["value_low"], row["value_high"]
    if pd.isna(row["value"]) and not pd.isna(low) and not pd.isna(high):
        text = f"{_thousands(low)}{_RANGE}{_thousands(high)}"
    else:
        text = ("≈" if row["hedged"] else "") + _thousands(row["y"])
    return f"{text} ×{int(row['n_articles'])}"


#: Longest span of dates (years) that troop-level panels share one time axis over.
SHARED_TIME_AXIS_MAX_YEARS = 12


def plot_troop_levels(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                      label_language: str = "ar", *, merge_days: int = 31,
                      place_names: Mapping[str, str] | None = None) -> Figure:
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
    Returns:
        The figure; `figure_data(fig)` holds the points drawn. An empty table gives
        a figure that says "no data".
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> fig = plot_troop_levels(pd.DataFrame(), None, "en")
        >>> figure_data(fig).empty
        True
    """
    lang = _check_language(label_language)
    title = _words("troops_title", lang)
    points, skipped = _troop_points(troop_levels, articles, merge_days)
    if points.empty:
        return _no_data(title, lang)

    # The series with most figures first (the story of the corpus), then by name.
    sizes = points.groupby(["force", "location"], sort=True).size()
    series_keys = sorted(sizes.index, key=lambda key: (-int(sizes[key]), key))
    colours = {key: _SERIES_COLOURS[i % len(_SERIES_COLOURS)] for i, key in enumerate(series_keys)}
    names = {key: " — ".join(p for p in (_name(_labels.FORCE_NAMES, key[0], lang), _place(key[1], lang, place_names))
                             if p) for key in series_keys}
    # One panel per force and place, each with its own y scale (2,500 soldiers and 200,000
    # fighters on one axis would flatten the smaller series), sharing the time axis.
    columns = 1 if len(series_keys) <= 3 else 2
    rows = -(-len(series_keys) // columns)
    figure = _new_figure(10 if columns == 1 else 12.5, 2.0 + 2.5 * rows)
    # One time axis for all panels, unless the dates span more than SHARED_TIME_AXIS_MAX_YEARS: then a
    # stray old figure (a 1953 armistice in a 2018 corpus) would squash every other panel, so each
    # panel gets its own axis and the chart says so.
    span_years = (points["date_end"].max() - points["date_start"].min()).days / 365.25
    shared = span_years <= SHARED_TIME_AXIS_MAX_YEARS
    axes = _trim_grid(_new_axes_grid(figure, rows, columns, lang == "ar", sharex=shared), len(series_keys), columns)
    labels: list = []
    obstacles: list = []
    for ax, key in zip(axes, series_keys):
        colour = colours[key]
        series = points[(points["force"] == key[0]) & (points["location"] == key[1])].sort_values(
            ["date", "y"], kind="stable")
        # Lines between consecutive figures: solid between actual ones, dashed into a planned one.
        previous = None
        for _, row in series.iterrows():
            if previous is not None:
                planned = "planned" in (previous["kind"], row["kind"])
                ax.plot([previous["date"], row["date"]], [previous["y"], row["y"]], color=colour,
                        linestyle="--" if planned else "-", linewidth=1.2, alpha=0.55, zorder=2)
            previous = row
        for _, row in series.iterrows():
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
            labels.append(ax.annotate(_figure_text(row), (row["date"], row["y"]), xytext=(8, 6),
                                      textcoords="offset points", fontsize=8.5, color=colour,
                                      fontfamily=list(_FAMILY), zorder=5,
                                      arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0,
                                                  "shrinkA": 1, "shrinkB": 6, "alpha": 0.6}))
        top = float(np.nanmax(np.concatenate([series["y"].to_numpy(float), series["value_high"].to_numpy(float)])))
        ax.set_ylim(0, max(top, 1.0) * 1.3)
        ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.set_title(shape_label(names[key]), loc="right" if lang == "ar" else "left", color=colour, fontsize=10,
                     **_text_kwargs(names[key]))
    if shared:
        _date_axis(axes[0], points["date_start"].min(), points["date_end"].max())
    else:
        for ax, key in zip(axes, series_keys):
            series = points[(points["force"] == key[0]) & (points["location"] == key[1])]
            _date_axis(ax, series["date_start"].min(), series["date_end"].max())
    for ax in axes:     # the date label under each column's last panel
        if ax.xaxis.get_tick_params(which="major").get("labelbottom", True) and \
                (shared or ax.get_subplotspec().is_last_row() or ax is axes[-1]):
            _axis_labels(ax, _words("date", lang), "")
    figure.supylabel(shape_label(_words("troops_y", lang)), fontsize=10, **_text_kwargs(_words("troops_y", lang)))
    _titles(figure, None, title, "", lang)

    series_handles = [Line2D([], [], color=colours[k], marker="o", linewidth=1.5, markersize=7) for k in series_keys]
    series_labels = [names[k] for k in series_keys]
    kinds_present = [k for k in ("past", "current", "planned") if (points["kind"] == k).any()]
    style_handles = [Line2D([], [], color="#444444", marker=_KIND_MARKERS[k], linestyle="--" if k == "planned" else "-",
                            markerfacecolor="white" if k == "planned" else "#444444", markersize=7, markeredgewidth=1.5)
                     for k in kinds_present]
    style_labels = [_name(_labels.KIND_NAMES, k, lang) for k in kinds_present]
    if points["hedged"].any():
        style_handles.append(Line2D([], [], color="#444444", marker="|", markersize=12, linestyle="none",
                                    markeredgewidth=1.6))
        style_labels.append(_words("hedged", lang))
    # The legend of symbols carries the explanation of the labels (and what was left out).
    style_title = _words("style", lang) + "\n" + _words("troops_note", lang) + \
        ("" if shared else "\n" + _words("own_time_axes", lang))
    if skipped:
        style_title += "\n" + _words("not_shown", lang, n=skipped)
    series_where, style_where = ("outside lower right", "outside lower left") if lang == "ar" else \
        ("outside lower left", "outside lower right")
    _legend(figure, series_handles, series_labels, _words("series", lang), lang, series_where,
            ncols=1 if len(series_handles) <= 3 else 2)
    _legend(figure, style_handles, style_labels, style_title, lang, style_where,
            ncols=min(2, len(style_handles)))
    _declutter(figure, labels, obstacles, _POINT_LABEL_SPOTS)

    data = points.drop(columns=["y"]).copy()
    data.insert(0, "y_drawn", points["y"])
    for column in ("date", "date_start", "date_end"):
        data[column] = data[column].map(_iso)
    figure._arabic_news_data = data
    return figure


# --------------------------------------------------------------------------- attack rates


def _attack_spans(attacks: pd.DataFrame, articles: pd.DataFrame | None) -> tuple[pd.DataFrame, int]:
    frame = attacks if attacks is not None else pd.DataFrame()
    if frame.empty:
        return pd.DataFrame(), 0
    rows = pd.DataFrame({
        "article_id": _strings(frame, "article_id"),
        "period_start": _dates(frame, "period_start"),
        "period_end": _dates(frame, "period_end"),
        "count": _numbers(frame, "count"),
        "count_low": _numbers(frame, "count_low"),
        "count_high": _numbers(frame, "count_high"),
        "approx": _flags(frame, "approx"),
        "weapons": _strings(frame, "weapons"),
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


def _weeks_text(weeks: float, lang: str) -> str:
    """A period's length in whole weeks (at least one), worded as the language counts it."""
    n = max(1, round(weeks))
    for limit, arabic, english in _labels.WEEK_FORMS:
        if n <= limit:
            return (arabic if lang == "ar" else english).format(n=n)
    return str(n)


def _rate_text(row: pd.Series, lang: str) -> str:
    if pd.isna(row["count"]):
        count = f"{_thousands(row['count_low'])}{_RANGE}{_thousands(row['count_high'])}"
    else:
        count = ("≈" if row["approx"] else "") + _thousands(row["count"])
    text = _words("count_over_weeks", lang, count=count, weeks=_weeks_text(row["weeks"], lang))
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
        >>> table = pd.DataFrame({"count": [14], "period_start": ["2021-01-01"], "period_end": ["2021-01-14"]})
        >>> figure_data(plot_attack_rates(table, None, "en"))["rate"].tolist()
        [7.0]
    """
    lang = _check_language(label_language)
    title = _words("attacks_title", lang)
    spans, skipped = _attack_spans(attacks, articles)
    if spans.empty:
        return _no_data(title, lang)

    weapons = list(dict.fromkeys(sorted(spans["weapon"])))
    colours = {w: _SERIES_COLOURS[i % len(_SERIES_COLOURS)] for i, w in enumerate(weapons)}
    figure = _new_figure(10, 5.8)
    ax = _new_axes(figure)
    top = float(spans[["rate", "rate_high"]].max().max())
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
                            ha="center", va="bottom", fontsize=8.5, color=colour, **_text_kwargs(text))
        if pd.isna(row["count"]):
            label.set_bbox({"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        labels.append(label)
    _date_axis(ax, spans["period_start"].min(), spans["period_end"].max())
    ax.set_ylim(0, top * 1.25)
    _axis_labels(ax, _words("date", lang), _words("attacks_y", lang))
    note = _words("attacks_note", lang)
    if skipped:
        note += "\n" + _words("not_shown", lang, n=skipped)
    _titles(figure, ax, title, note, lang)
    handles = [Line2D([], [], color=colours[w], linewidth=3.2) for w in weapons]
    legend_labels = [_name(_labels.WEAPON_NAMES, w, lang) for w in weapons]
    if (spans["approx"] & spans["count"].notna()).any():
        handles.append(Line2D([], [], color="#666666", linewidth=3.2, linestyle=(0, (4, 2))))
        legend_labels.append(_words("hedged_count", lang))
    if spans["count"].isna().any():
        handles.append(Patch(facecolor="#cccccc", edgecolor="#666666", hatch="//"))
        legend_labels.append(_words("vague", lang))
    _legend(figure, handles, legend_labels, _words("weapon", lang), lang,
            "outside lower right" if lang == "ar" else "outside lower left", ncols=min(4, len(handles)))
    _declutter(figure, labels, obstacles, _SPAN_LABEL_SPOTS)
    data = spans.copy()
    for column in ("period_start", "period_end"):
        data[column] = data[column].map(_iso)
    figure._arabic_news_data = data
    return figure


# --------------------------------------------------------------------------- timeline


def _precision_colour(precision: str) -> str:
    order = list(_labels.PRECISION_NAMES)
    if precision in order:
        return _PRECISION_COLOURS[order.index(precision) % len(_PRECISION_COLOURS)]
    return _PRECISION_COLOURS[-1]


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
    kind = _name(_labels.EVENT_TYPE_NAMES, row["event_type"] or "other", lang)
    status = row["status"]
    if status and status != "happened":
        kind += f" ({_name(_labels.STATUS_NAMES, status, lang)})"
    if lang == "ar":
        detail = row["time_expression"] or _place(row["actors"], lang, place_names)
        separator = ": "
    else:
        detail = _place(row["actors"], lang, place_names)
        separator = " — "
        if has_arabic(detail):     # an actor the gazetteer did not name in English
            detail = ""
    return _shorten(kind + (separator + detail if detail else ""))


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
        >>> table = pd.DataFrame({"date_start": ["2021-12-31"], "date_end": ["2021-12-31"], "precision": ["day"]})
        >>> figure_data(plot_timeline(table, "en"))["shape"].tolist()
        ['point']
    """
    lang = _check_language(label_language)
    title = _words("timeline_title", lang)
    frame = events if events is not None else pd.DataFrame()
    if frame.empty:
        return _no_data(title, lang)
    rows = pd.DataFrame({
        "article_id": _strings(frame, "article_id"),
        "time_expression": _strings(frame, "time_expression"),
        "date_start": _dates(frame, "date_start"),
        "date_end": _dates(frame, "date_end"),
        "precision": _strings(frame, "precision"),
        "relative": _flags(frame, "relative"),
        "event_type": _strings(frame, "event_type"),
        "actors": _strings(frame, "actors"),
        "status": _strings(frame, "status"),
    })
    rows["date_end"] = rows["date_end"].fillna(rows["date_start"])
    dated = rows["date_start"].notna()
    skipped = int((~dated).sum())
    rows = rows[dated].sort_values(["date_start", "date_end", "event_type", "article_id"], kind="stable")
    if rows.empty:
        return _no_data(title, lang)
    total = len(rows)
    if total > max_rows:
        # Keep the events nearest the middle of the corpus's dates (the median start), not the oldest:
        # a 2018 corpus that mentions 1953 once should show 2018. Then draw them in date order.
        anchor = rows["date_start"].sort_values().iloc[total // 2]
        middle = rows["date_start"] + (rows["date_end"] - rows["date_start"]) / 2
        distance = (middle - anchor).abs()
        keep = distance.sort_values(kind="stable").index[:max_rows]
        rows = rows.loc[sorted(keep, key=list(rows.index).index)]
    rows = rows.reset_index(drop=True)
    rows["shape"] = np.where(rows["date_end"] > rows["date_start"], "interval", "point")
    rows["label"] = [_event_label(row, lang, place_names) for _, row in rows.iterrows()]

    figure = _new_figure(10, min(2.6 + 0.34 * len(rows), 26))
    ax = _new_axes(figure)
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(False, axis="y")
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
                    color="#444444", fontfamily=list(_FAMILY), zorder=5)
    ax.set_yticks(range(len(rows)), [shape_label(label) for label in rows["label"]])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _date_axis(ax, rows["date_start"].min(), rows["date_end"].max())
    _axis_labels(ax, _words("date", lang), "")
    notes = []
    if total > len(rows):
        notes.append(_words("nearest_rows", lang, shown=len(rows), total=total))
    if skipped:
        notes.append(_words("not_shown", lang, n=skipped))
    _titles(figure, ax, title, " · ".join(notes), lang)

    precisions = [p for p in list(_labels.PRECISION_NAMES) + sorted(set(rows["precision"]) - set(_labels.PRECISION_NAMES))
                  if (rows["precision"] == p).any()]
    handles = [Patch(facecolor=_precision_colour(p), edgecolor=_precision_colour(p)) for p in precisions]
    labels = [_name(_labels.PRECISION_NAMES, p, lang) or "?" for p in precisions]
    shape_handles = [
        Line2D([], [], color="#444444", marker="o", linestyle="none", markersize=7),
        Patch(facecolor="#444444", edgecolor="#444444"),
        Line2D([], [], color="#444444", marker="o", linestyle="none", markersize=7, markerfacecolor="white",
               markeredgewidth=1.6),
        Patch(facecolor="white", edgecolor="#444444", hatch="///"),
    ]
    shape_labels = [_words("point", lang), _words("interval", lang),
                    _words("relative", lang) + " (" + _words("point", lang) + ")",
                    _words("relative", lang) + " (" + _words("interval", lang) + ")"]
    keep = [True, (rows["shape"] == "interval").any(),
            (rows["relative"] & (rows["shape"] == "point")).any(),
            (rows["relative"] & (rows["shape"] == "interval")).any()]
    shape_handles = [h for h, k in zip(shape_handles, keep) if k]
    shape_labels = [t for t, k in zip(shape_labels, keep) if k]
    precision_where, shape_where = ("outside lower right", "outside lower left") if lang == "ar" else \
        ("outside lower left", "outside lower right")
    _legend(figure, handles, labels, _words("precision", lang), lang, precision_where, ncols=min(5, len(handles)))
    _legend(figure, shape_handles, shape_labels, "", lang, shape_where, ncols=min(2, len(shape_handles)))
    data = rows.copy()
    for column in ("date_start", "date_end"):
        data[column] = data[column].map(_iso)
    figure._arabic_news_data = data
    return figure


# --------------------------------------------------------------------------- counts


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
        pairs = (("entity", "entity_en"), ("attribution", "attribution_en"), ("label", "label_en"))
        label_column = None
        for arabic, english in pairs:
            if arabic in frame.columns or english in frame.columns:
                label_column = english if lang == "en" and english in frame.columns else arabic
                if label_column not in frame.columns:
                    label_column = english
                break
        if label_column is None:
            text_columns = [c for c in frame.columns if c != "count" and not pd.api.types.is_numeric_dtype(frame[c])]
            if not text_columns:
                raise ParameterError("series_or_frame", list(frame.columns), "has no column of labels",
                                     "Pass a Series (label -> count) or a table with entity/entity_en and count")
            label_column = text_columns[0]
        labels = _strings(frame, label_column)
        if lang == "en" and label_column.endswith("_en"):
            fallback = _strings(frame, label_column[:-3])
            labels = labels.where(labels != "", fallback)
        counts = _numbers(frame, "count") if "count" in frame.columns else pd.Series(1, index=frame.index)
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
        >>> fig = plot_counts(pd.Series({"رويترز": 3, "الجزيرة": 5}), "Sources", "ar")
        >>> figure_data(fig)["label"].tolist()
        ['الجزيرة', 'رويترز']
    """
    lang = _check_language(label_language)
    table = _count_table(series_or_frame, lang)
    if table.empty:
        return _no_data(title, lang, pd.DataFrame(columns=["label", "count"]))
    total = len(table)
    table = table.head(top)
    figure = _new_figure(8.5, min(2.2 + 0.36 * len(table), 14))
    ax = _new_axes(figure)
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(False, axis="y")
    positions = np.arange(len(table))
    ax.barh(positions, table["count"], color="#4c78a8", height=0.65, zorder=3)
    ax.set_yticks(positions, [shape_label(_shorten(label, 40)) for label in table["label"]])
    ax.set_ylim(len(table) - 0.4, -0.6)
    peak = float(table["count"].max())
    for position, count in zip(positions, table["count"]):
        ax.text(count + peak * 0.01, position, _thousands(count), va="center", ha="left", fontsize=8.5,
                fontfamily=list(_FAMILY), zorder=4)
    ax.set_xlim(0, peak * 1.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no tick at 0.5
    ax.xaxis.set_major_formatter(FuncFormatter(_thousands))
    _axis_labels(ax, _words("count", lang), "")
    note = _words("first_rows", lang, shown=len(table), total=total) if total > len(table) else ""
    _titles(figure, ax, title, note, lang)
    figure._arabic_news_data = table.copy()
    return figure


# --------------------------------------------------------------------------- saving


def save_figure(figure: Figure, name: str, out_dir: str | Path,
                data: pd.DataFrame | None = None) -> dict[str, Path]:
    """Write `out_dir/figures/name.png`, `.svg` and `.csv` (the data drawn), each whole or not at all.

    The files are byte-identical from run to run: a fixed DPI (`FIGURE_DPI`), a fixed
    SVG hash salt, and no date or software version in the image metadata. The CSV is
    UTF-8 with a BOM (as the fact tables), without the index.

    Args:
        figure: a matplotlib figure (from the chart functions or made by hand).
        name: a plain file stem such as "troop_levels" (letters, digits, "_", "-", ".").
        out_dir: the report folder; `figures/` is created inside it.
        data: the table drawn; defaults to `figure_data(figure)`. With neither, no CSV.
    Returns:
        {"png": path, "svg": path, "csv": path}; "csv" only when there was data.
    Raises:
        ParameterError: when `name` is not a plain file name.
    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     paths = save_figure(plot_counts(pd.Series({"a": 1}), "t", "en"), "counts", folder)
        ...     sorted(p.name for p in paths.values())
        ['counts.csv', 'counts.png', 'counts.svg']
    """
    if not isinstance(name, str) or not _SAFE_NAME_RE.match(name):
        raise ParameterError("name", name, "is not a plain file name",
                             "Use letters, digits, '_', '-' or '.', e.g. 'troop_levels'")
    folder = Path(out_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"png": folder / f"{name}.png", "svg": folder / f"{name}.svg"}
    with rc_context({"svg.hashsalt": SVG_HASH_SALT, "svg.fonttype": "path"}):
        write_atomically(paths["png"], lambda tmp: figure.savefig(
            tmp, format="png", dpi=FIGURE_DPI, metadata={"Software": None}, facecolor="white"))
        write_atomically(paths["svg"], lambda tmp: figure.savefig(
            tmp, format="svg", dpi=FIGURE_DPI, metadata={"Date": None, "Creator": None}, facecolor="white"))
    table = data if data is not None else figure_data(figure)
    if table is not None:
        paths["csv"] = folder / f"{name}.csv"
        write_atomically(paths["csv"], lambda tmp: table.to_csv(
            tmp, index=False, encoding="utf-8-sig", lineterminator="\n"))
    return paths
