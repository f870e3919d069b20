"""The project's Arabic font and the matplotlib style that uses it.

The font is Noto Sans Arabic from the PyPI package named in
`arabic_news.rules.fonts`, registered with
`matplotlib.font_manager.fontManager.addfont` in a fallback list that ends in
DejaVu Sans. Importing this module changes nothing: `use_arabic_style()` or the
`arabic_style()` context manager do the set-up, and every chart function
registers the font and names its families explicitly (`FAMILY`), so a chart is
right without either.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Iterator
from pathlib import Path

from matplotlib import font_manager, rc_context, rcParams

from arabic_news.errors import ArabicNewsError
from arabic_news.rules import fonts as _fonts

FAMILY = list(_fonts.FONT_FALLBACK)
"""The font families every text of a chart names, first face first."""


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


def style_params() -> dict[str, object]:
    """The rcParams of the Arabic style: the fallback list of fonts, and a plain hyphen for minus."""
    return {"font.family": list(FAMILY), "axes.unicode_minus": False}


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
    rcParams.update(style_params())


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
    with rc_context(style_params()):
        yield
