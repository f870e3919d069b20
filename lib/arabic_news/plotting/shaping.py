"""How Arabic labels reach matplotlib: the shaping capability check and `shape_label`.

matplotlib 3.11 and later lays text out with libraqm: it joins Arabic letters and
orders a line right to left by itself. Older builds (which conda users often have)
draw code points one by one, left to right. We do not guess from the version:
`matplotlib_shapes_arabic()` draws short Arabic probes (`rules.fonts.SHAPING_PROBE_*`)
and looks at the pixels. On the native path `shape_label` leaves a label alone; on
the fallback path it applies `arabic_reshaper.reshape` and
`bidi.algorithm.get_display` (which mirrors brackets). Doing both on a shaping
matplotlib reverses every label while it still looks Arabic to a non-reader, which
is why the choice is measured, not configured.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from arabic_news.plotting.style import arabic_font_path
from arabic_news.rules import fonts as _fonts
from arabic_news.rules.characters import ARABIC_BLOCKS

_ARABIC_RE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ARABIC_BLOCKS) + "]")
_BIDI_CONTROLS_RE = re.compile(f"[{_fonts.BIDI_CONTROLS}]")


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
    three behs must be much narrower than three times one beh (the letters join), and in
    alef-beh the tall alef must stand right of the beh (right-to-left order). A renderer
    without shaping draws three isolated behs and puts the alef on the left. The probe
    strings are in `rules.fonts`.

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

    It draws the probe strings with matplotlib's own renderer and judges the
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
