"""Saving a figure with the data it was drawn from: PNG, SVG and CSV, whole and byte-identical."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from matplotlib import rc_context
from matplotlib.figure import Figure

from arabic_news.errors import ParameterError
from arabic_news.files import write_atomically
from arabic_news.plotting.layout import figure_data

FIGURE_DPI = 150                 # PNG resolution; fixed so files are byte-identical
SVG_HASH_SALT = "arabic_news"    # fixes the ids matplotlib writes into SVG
_SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


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
        >>> from arabic_news.plotting import plot_counts
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
