"""Arabic shaping: the capability check and both paths, judged by pixels.

Pillow ships two text layout engines: RAQM (HarfBuzz + FriBiDi: joins letters and
lays lines out right to left) and BASIC (code points one by one, left to right).
RAQM drawing the logical text is our reference for what a label must look like.
The fallback path (arabic_reshaper + python-bidi) drawn with BASIC must look like
it; unshaped text drawn with BASIC must not. matplotlib's own drawing of the path
`shape_label` chooses must look like the reference too, and the other path must
not (double shaping reverses the label).
"""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

from arabic_news import plotting
from arabic_news.plotting import (
    arabic_font_path,
    matplotlib_shapes_arabic,
    renderer_shapes_arabic,
    shape_label,
)

SIZE = 40  # pixels per em, in Pillow and in matplotlib (points at 72 dpi)
LABELS = (
    "نحو 2500 جندي",
    "31 كانون الأول 2021",
    "قوات التحالف (الدولية) في العراق",
    "انسحاب 5200 جندي إلى 3000",
)
# Scores are the L1 difference of the blurred ink images over the larger ink sum.
SAME = 0.4        # two drawings of the same glyphs in the same order score below this
DIFFERENT = 0.8   # reversed or unjoined text scores above this
LATIN_FIRST_DIFFERENT = 0.8  # the same words in the other order

needs_raqm = pytest.mark.skipif(not features.check("raqm"),
                                reason="Pillow without raqm: install Pillow wheels from PyPI (they ship libraqm)")


def pillow(text: str, engine: ImageFont.Layout, direction: str | None = None) -> np.ndarray:
    font = ImageFont.truetype(str(arabic_font_path()), SIZE, layout_engine=engine)
    image = Image.new("L", (1200, 3 * SIZE), 0)
    ImageDraw.Draw(image).text((20, SIZE // 2), text, font=font, fill=255, direction=direction)
    return np.asarray(image, dtype=float)


def pillow_raqm(text: str) -> np.ndarray:
    return pillow(text, ImageFont.Layout.RAQM)


def pillow_basic(text: str) -> np.ndarray:
    return pillow(text, ImageFont.Layout.BASIC)


def mpl(text: str) -> np.ndarray:
    figure = Figure(figsize=(1200 / 72, 3 * SIZE / 72), dpi=72)
    figure.text(20 / 1200, 0.3, text, fontproperties=FontProperties(fname=str(arabic_font_path()), size=SIZE))
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return 255.0 - np.asarray(canvas.buffer_rgba())[..., :3].mean(axis=2)


def crop(image: np.ndarray) -> np.ndarray:
    ys, xs = np.nonzero(image > 64)
    assert xs.size, "nothing was drawn"
    return image[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """0 for identical ink, about 1 or more for unrelated ink.

    Both drawings are cropped to their ink, scaled to one size (hinting makes two
    renderers' widths differ by a few pixels over a long line) and blurred a little,
    then compared as the L1 difference over the larger ink sum.
    """
    a, b = crop(a), crop(b)
    height, width = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    images = []
    for image in (a, b):
        picture = Image.fromarray(np.clip(image, 0, 255).astype(np.uint8)).resize((width, height), Image.BILINEAR)
        images.append(np.asarray(picture.filter(ImageFilter.GaussianBlur(1.5)), dtype=float))
    return float(np.abs(images[0] - images[1]).sum() / max(images[0].sum(), images[1].sum()))


@needs_raqm
def test_pixel_check_says_raqm_shapes_and_basic_layout_does_not():
    assert renderer_shapes_arabic(pillow_raqm) is True
    assert renderer_shapes_arabic(pillow_basic) is False


@needs_raqm
@pytest.mark.parametrize("label", LABELS)
def test_fallback_drawn_without_shaping_looks_like_the_shaped_label(label):
    fallback = shape_label(label, native=False)
    reference = pillow_raqm(label)
    assert difference(pillow_basic(fallback), reference) < SAME
    # The same label unshaped (isolated letters, left to right) is far from it.
    assert difference(pillow_basic(label), reference) > DIFFERENT


@needs_raqm
@pytest.mark.parametrize("label", LABELS)
def test_fallback_on_a_shaping_renderer_is_detected_as_reversed(label):
    # Reshaping + get_display on top of real shaping: still Arabic-looking, but reversed.
    assert difference(pillow_raqm(shape_label(label, native=False)), pillow_raqm(label)) > DIFFERENT


@needs_raqm
@pytest.mark.parametrize("label", LABELS)
def test_the_chosen_path_renders_in_matplotlib_like_raqm_and_the_other_does_not(label):
    native = matplotlib_shapes_arabic()
    chosen = shape_label(label)
    other = shape_label(label, native=not native)
    reference = pillow_raqm(label)
    assert difference(mpl(chosen), reference) < SAME
    assert difference(mpl(other), reference) > DIFFERENT


@needs_raqm
def test_matplotlib_check_agrees_with_its_pixels_on_this_machine():
    # Whatever the version says: the check must say what matplotlib's drawing shows.
    label = LABELS[0]
    natively_right = difference(mpl(label), pillow_raqm(label)) < SAME
    assert matplotlib_shapes_arabic() is natively_right


def test_check_is_cached():
    assert matplotlib_shapes_arabic() is matplotlib_shapes_arabic()
    assert matplotlib_shapes_arabic.cache_info().hits >= 1


def test_native_path_returns_the_text_unchanged():
    for label in LABELS:
        assert shape_label(label, native=True) == label


def test_text_without_arabic_is_never_touched():
    for native in (True, False):
        assert shape_label("US forces (2021)", native=native) == "US forces (2021)"
        assert shape_label("", native=native) == ""


@pytest.mark.parametrize("label", ["نحو 2500 جندي", "31 كانون الأول 2021"])
def test_fallback_joins_letters_and_keeps_digits_in_order(label):
    visual = shape_label(label, native=False)
    letters = [c for c in visual if unicodedata.bidirectional(c) == "AL"]
    # Joined: every Arabic letter became a presentation form (contextual glyph).
    assert letters and all(0xFB50 <= ord(c) <= 0xFEFF for c in letters)
    # Right to left: the first word of the label is drawn last (rightmost), numbers read as written.
    numbers = [word for word in visual.split() if word.isdigit()]
    assert numbers == [w for w in reversed(label.split()) if w.isdigit()]
    assert visual.split()[-1] == shape_label(label.split()[0], native=False)


def test_fallback_mirrors_brackets():
    # On screen: "(التحالف) قوات" — the bracket pair still encloses its word.
    visual = shape_label("قوات (التحالف)", native=False)
    assert visual == "(" + shape_label("التحالف", native=False) + ") " + shape_label("قوات", native=False)


def test_latin_first_label_gets_a_right_to_left_mark():
    assert shape_label("US قوات", native=True) == "\u200fUS قوات"
    assert shape_label("(BBC) قالت", native=True) == "\u200f(BBC) قالت"
    assert shape_label("قوات US", native=True) == "قوات US"
    visual = shape_label("US قوات", native=False)
    assert "\u200f" not in visual and "\u200e" not in visual
    assert visual.endswith("US")  # the Latin word is read first, so it stands rightmost


@needs_raqm
def test_latin_first_label_lays_out_right_to_left_in_matplotlib():
    label = "US قوات التحالف"
    reference = pillow(label, ImageFont.Layout.RAQM, direction="rtl")
    assert difference(mpl(shape_label(label)), reference) < SAME
    if matplotlib_shapes_arabic():
        # Without the mark the line would be left to right: "US" on the left.
        assert difference(mpl(label), reference) > LATIN_FIRST_DIFFERENT


def test_multiline_labels_are_shaped_line_by_line():
    visual = shape_label("نحو 2500\nجندي", native=False)
    assert visual.split("\n") == [shape_label("نحو 2500", native=False), shape_label("جندي", native=False)]


def test_importing_plotting_changes_no_rcparams():
    import subprocess
    import sys

    code = (
        "import matplotlib; before = dict(matplotlib.rcParams);"
        "import arabic_news.plotting;"
        "after = dict(matplotlib.rcParams);"
        "print(sorted(k for k in before if before[k] != after[k]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_arabic_style_restores_rcparams_and_use_arabic_style_sets_the_fallback():
    import matplotlib

    before = list(matplotlib.rcParams["font.family"])
    with plotting.arabic_style():
        assert matplotlib.rcParams["font.family"] == ["Noto Sans Arabic", "DejaVu Sans"]
    assert list(matplotlib.rcParams["font.family"]) == before
    try:
        plotting.use_arabic_style()
        assert matplotlib.rcParams["font.family"][-1] == "DejaVu Sans"
        names = {f.name for f in matplotlib.font_manager.fontManager.ttflist}
        assert "Noto Sans Arabic" in names
    finally:
        matplotlib.rcParams["font.family"] = before


def test_registering_twice_adds_the_font_once():
    from matplotlib import font_manager

    plotting.register_arabic_font()
    plotting.register_arabic_font()
    path = str(arabic_font_path())
    assert sum(1 for f in font_manager.fontManager.ttflist if f.fname == path) >= 1
    count = sum(1 for f in font_manager.fontManager.ttflist if f.fname == path)
    plotting.register_arabic_font()
    assert sum(1 for f in font_manager.fontManager.ttflist if f.fname == path) == count


def test_matplotlib_finds_the_registered_variable_font_by_name():
    from matplotlib import font_manager

    plotting.register_arabic_font()
    found = font_manager.findfont(FontProperties(family="Noto Sans Arabic"), fallback_to_default=False)
    assert found == str(arabic_font_path())


@needs_raqm
def test_a_matplotlib_without_shaping_would_get_the_fallback(monkeypatch):
    # Stand in for an old matplotlib: its drawing is Pillow's basic layout.
    monkeypatch.setattr(plotting.shaping, "_render_with_matplotlib", pillow_basic)
    matplotlib_shapes_arabic.cache_clear()
    try:
        assert matplotlib_shapes_arabic() is False
        label = LABELS[1]
        assert shape_label(label) == shape_label(label, native=False) != label
        assert difference(pillow_basic(shape_label(label)), pillow_raqm(label)) < SAME
    finally:
        matplotlib_shapes_arabic.cache_clear()
