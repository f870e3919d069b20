"""The fonts of the charts and the probes of the shaping check, used by `arabic_news.plotting`.

* Which PyPI package ships the project's Arabic font, its file name pattern and
  family name, and the fallback list matplotlib walks glyph by glyph. The list
  ends in DejaVu Sans, which matplotlib always ships, so a glyph the Arabic face
  lacks (Latin letters, brackets and symbols in some Noto builds) still has a face.
* The marks `plotting.shape_label` adds or removes around a label.
* The strings `plotting.matplotlib_shapes_arabic` draws to learn, from the
  pixels, whether matplotlib shapes Arabic.

The words of the charts (titles, axis labels, names of forces, weapons …) are
in `arabic_news.rules.labels`.
"""

from __future__ import annotations


# The font: an OFL Noto Sans Arabic from PyPI (fontpkg-noto-sans-arabic).
# It is a variable font (wdth, wght); matplotlib and Pillow draw its default
# instance (regular weight, normal width).
ARABIC_FONT_MODULE = "fontpkg_noto_sans_arabic"
ARABIC_FONT_GLOB = "NotoSansArabic*.ttf"
ARABIC_FONT_FAMILY = "Noto Sans Arabic"

# matplotlib's per-glyph fallback, first face first; must end in DejaVu Sans.
FONT_FALLBACK: tuple[str, ...] = (ARABIC_FONT_FAMILY, "DejaVu Sans")

# Marks that make an Arabic label read right to left when it starts with Latin.
RLM = "\u200f"
# Directional marks and isolates the fallback path removes from its output: a
# renderer without bidi support would draw them as boxes or spaces.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# The shaping check's probes. A renderer that shapes Arabic joins three behs (ببب) into a
# word much narrower than three single behs (ب), and puts the alef of «اب» on the right
# (the tall letter first in reading order). One without shaping draws isolated letters,
# left to right.
SHAPING_PROBE_LETTER = "ب"          # one beh, alone
SHAPING_PROBE_JOINED = "ببب"        # three behs: joined when shaped
SHAPING_PROBE_ORDER = "اب"          # alef then beh: the alef stands on the right when laid out RTL
