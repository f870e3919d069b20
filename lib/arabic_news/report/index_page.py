"""The index: ``index.html`` links each report with its key figures and first chart, and the article pages.

A notebook shows its key figures with `arabic_news.display.show_key_figures`,
which leaves a machine-readable copy in its output (`KEY_FIGURES_MIME`); the
index quotes them beside the notebook's link, with the first image the
notebook displayed as a thumbnail. Above the reports it shows the corpus's own
figures, computed from the fact tables, and the files the extraction skipped.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arabic_news.display import KEY_FIGURES_MIME
from arabic_news.files import write_text_atomically
from arabic_news.report.rendering import page_template, stylesheet

if TYPE_CHECKING:
    from arabic_news.report.build import NotebookResult

INDEX_TITLE = "Arabic news coverage: reports"

# The fact tables the index counts, with the label of each count.
_TABLE_COUNT_LABELS = {"articles": "articles", "troop_levels": "troop levels", "attacks": "attack counts",
                       "events": "dated events"}


def notebook_key_figures(nb) -> dict[str, str]:
    """The key figures an executed notebook displayed (with `display.show_key_figures`), in order."""
    figures: dict[str, str] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if KEY_FIGURES_MIME in data:
                value = data[KEY_FIGURES_MIME]
                if isinstance(value, str):
                    value = json.loads(value)
                pairs = value["figures"] if "figures" in value else value.items()
                figures.update({str(k): str(v) for k, v in pairs})
    return figures


def notebook_thumbnail(nb) -> str:
    """The first image an executed notebook displayed, as a data URL; ``""`` when it shows none."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                return "data:image/png;base64," + "".join(str(data["image/png"]).split())
            if "image/svg+xml" in data:
                svg = data["image/svg+xml"]
                svg = "".join(svg) if isinstance(svg, list) else svg
                return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return ""


def index_key_figures(tables: Mapping[str, Any]) -> dict[str, Any]:
    """The key figures the index shows above the reports: counts and the most reported troop figure.

    Args:
        tables: table name → DataFrame (articles, troop_levels, attacks, events).
    Returns:
        Label → value, in display order.
    Example:
        >>> import pandas as pd
        >>> t = {"articles": pd.DataFrame({"article_id": ["a", "b"]}),
        ...      "troop_levels": pd.DataFrame({"article_id": ["a", "b", "b"], "value": [2500, 2500, 900]})}
        >>> index_key_figures(t)["most reported troop figure"]
        '2500 (2 articles)'
    """
    figures: dict[str, Any] = {}
    for name, label in _TABLE_COUNT_LABELS.items():
        if name in tables:
            figures[label] = len(tables[name])
    troops = tables.get("troop_levels")
    if troops is not None and len(troops) and "value" in troops.columns:
        valued = troops.dropna(subset=["value"])
        if len(valued):
            per_value = valued.groupby("value")["article_id"].nunique()
            best = sorted(per_value.items(), key=lambda kv: (-kv[1], -float(kv[0])))[0]
            value = int(best[0]) if float(best[0]).is_integer() else best[0]
            figures["most reported troop figure"] = f"{value} ({best[1]} article{'s' if best[1] != 1 else ''})"
    return figures


def skipped_files_note(facts_dir: str | Path, corpus_dir: str | Path, *, limit: int = 20) -> str:
    """The files the extraction skipped, each with its reason, as one line for the index.

    Args:
        facts_dir: the fact tables; their ``manifest.json`` lists the skipped files.
        corpus_dir: paths are shown relative to it where they are inside it.
        limit: at most this many files are named; the line says how many more the manifest lists.
    Returns:
        ``""`` when nothing was skipped (or there is no manifest), else e.g.
        ``"2: empty.txt (empty file); scan.txt (binary file)"``.
    Example:
        >>> import json, tempfile; facts = Path(tempfile.mkdtemp())
        >>> _ = (facts / "manifest.json").write_text(json.dumps({"skipped": [
        ...     {"path": "/c/a.txt", "reason": "empty file"}, {"path": "/c/b/c.txt", "reason": "binary file"}]}))
        >>> skipped_files_note(facts, "/c", limit=1)
        '2: a.txt (empty file); … and 1 more, listed in manifest.json'
    """
    from arabic_news.params import read_manifest

    try:
        entries = read_manifest(facts_dir).get("skipped") or []
    except (OSError, ValueError):
        return ""
    root = Path(corpus_dir).resolve()
    shown = []
    for entry in entries[:limit]:
        path = Path(str(entry.get("path", "?")))
        try:
            path = path.resolve().relative_to(root)
        except ValueError:
            pass
        shown.append(f"{path.as_posix()} ({entry.get('reason', '')})")
    more = f"; … and {len(entries) - limit} more, listed in manifest.json" if len(entries) > limit else ""
    return f"{len(entries)}: " + "; ".join(shown) + more if entries else ""


def write_index(
    out_dir: str | Path,
    notebooks: Sequence[NotebookResult],
    *,
    thumbs: Sequence[str] = (),
    articles: Sequence[Mapping[str, Any]] = (),
    key_figures: Mapping[str, Any] | None = None,
    provenance: Mapping[str, Any] | None = None,
    corpus_dir: str = "",
    title: str = INDEX_TITLE,
) -> Path:
    """Write ``out_dir/index.html``: each report with its key figures and first chart, the article pages.

    Returns:
        The index path.
    """
    out_dir = Path(out_dir)
    thumbs = list(thumbs) + [""] * (len(notebooks) - len(thumbs))
    reports = [
        {"name": n.name, "html": f"{n.name}.html", "ok": n.ok, "error": n.error, "seconds": n.seconds,
         "key_figures": dict(n.key_figures), "thumbnail": t}
        for n, t in zip(notebooks, thumbs)
    ]
    page = page_template("index.html.j2").render(
        title=title, css=stylesheet(), reports=reports, articles=list(articles),
        key_figures=dict(key_figures or {}), provenance=dict(provenance or {}), corpus_dir=corpus_dir,
    )
    return write_text_atomically(out_dir / "index.html", page)
