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
import re
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


def notebook_summary(nb) -> tuple[str, str]:
    r"""A notebook's title and what it shows, from its first markdown cell.

    The title is the heading after the notebook's number ("02_troop_levels: how many troops"
    gives "How many troops"); what it shows is the first paragraph outside the Arabic block.

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        ...     "# 02_troop_levels: how many troops\n\n<div dir=\"rtl\">\n\nنص\n\n</div>\n\nWe count them."
        ... )])
        >>> notebook_summary(nb)
        ('How many troops', 'We count them.')
    """
    cell = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    if cell is None:
        return "", ""
    source = re.sub(r"<div[^>]*>.*?</div>", "", str(cell.source), flags=re.S)
    heading = re.search(r"^#\s+(.+)$", source, flags=re.M)
    title = heading.group(1).strip() if heading else ""
    title = re.sub(r"^\d\d_[A-Za-z0-9_]+:\s*", "", title)
    title = title[:1].upper() + title[1:]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", source) if p.strip() and not p.lstrip().startswith("#")]
    summary = re.sub(r"[*`]", "", paragraphs[0]) if paragraphs else ""   # plain text: no markdown marks
    return title, summary


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _date_figures(articles) -> dict[str, str]:
    """The publication dates: their range, how each was found, and the articles without one (and why it matters)."""
    from arabic_news.display import cell_text

    figures: dict[str, str] = {}
    if articles is None or not len(articles):
        return figures
    dates = sorted(d for d in (cell_text(v) for v in articles.get("publication_date", [])) if d)
    if dates:
        figures["publication dates"] = f"{dates[0]} to {dates[-1]}"
    bases = articles["publication_date_basis"].map(cell_text) if "publication_date_basis" in articles else None
    if bases is not None:
        counts = bases.replace("", "unknown").value_counts()
        figures["how each date was found"] = "; ".join(
            f"{_BASIS_WORDS.get(basis, basis)}: {n}" for basis, n in counts.items())
    undated = len(articles) - len(dates)
    figures["articles without a date"] = (
        f"{undated} of {len(articles)}: their facts cannot be placed in time, a date filter keeps them "
        "whatever its range, and their relative dates (on Monday, last week) stay unresolved. "
        "Give their dates in metadata.csv" if undated else f"none of {len(articles)}")
    return figures


_BASIS_WORDS = {"metadata": "metadata.csv", "text": "stated in the text", "filename": "read from the file name",
                "inferred": "inferred from the text (a window)", "unknown": "no date"}


def index_key_figures(tables: Mapping[str, Any], claims: Any = None) -> dict[str, Any]:
    """The key figures the index shows above the reports, computed from the fact and claim tables.

    Counts, outlets, publication dates (and the articles without one), and the headline troop
    figure: the best-attested current claim of the `claims` table (`analysis.headline_sentence`,
    the sentence notebook 02 shows too), when two independent articles or more report it.

    Args:
        tables: table name → DataFrame (articles, troop_levels, attacks, events).
        claims: the `claims` table `arabic-news extract` wrote beside them; None leaves the headline out.
    Returns:
        Label → text, in display order; no value is empty or "nan".
    Example:
        >>> import pandas as pd
        >>> from arabic_news.claims import build_claims
        >>> t = {"articles": pd.DataFrame({"article_id": ["a", "b"], "outlet": [None, None]}),
        ...      "troop_levels": pd.DataFrame({"article_id": ["a", "b", "b"], "value": [2500, 2500, 900],
        ...                                    "force": ["us"] * 3, "location": ["Iraq"] * 3, "kind": ["current"] * 3,
        ...                                    "value_low": [None] * 3, "value_high": [None] * 3, "approx": [False] * 3})}
        >>> figures = index_key_figures(t, build_claims(t).claims)
        >>> figures["best-attested troop figure"], figures["outlets"]
        ('2,500 US troops in Iraq, undated, reported by 2 articles (2 independent)', 'not known (no outlet in metadata.csv or the pages)')
    """
    from arabic_news.analysis import headline_sentence

    figures: dict[str, Any] = {}
    articles = tables.get("articles")
    if articles is not None:
        figures["articles"] = f"{len(articles):,}"
        outlets = articles["outlet"].dropna().astype(str).str.strip() if "outlet" in articles else []
        n_outlets = len({o for o in outlets if o})
        figures["outlets"] = f"{n_outlets:,}" if n_outlets else "not known (no outlet in metadata.csv or the pages)"
        figures.update(_date_figures(articles))
    for name, label in _TABLE_COUNT_LABELS.items():
        if name in tables and name != "articles":
            figures[label] = f"{len(tables[name]):,}"
    if claims is not None:
        figures["claims (the same figure across articles)"] = f"{len(claims):,}"
        figures["best-attested troop figure"] = headline_sentence(claims)
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
    corrections: Sequence[str] = (),
) -> Path:
    """Write ``out_dir/index.html``: each report with its key figures and first chart, the article pages,
    and the corrections applied to the facts, each with its reason (`analysis.corrections_sentences`).

    Returns:
        The index path.
    """
    out_dir = Path(out_dir)
    thumbs = list(thumbs) + [""] * (len(notebooks) - len(thumbs))
    reports = [
        {"name": n.name, "title": n.title or n.name, "summary": n.summary, "html": f"{n.name}.html",
         "rendered": n.html_path is not None, "ok": n.ok, "reason": n.reason, "seconds": n.seconds,
         "key_figures": dict(n.key_figures), "thumbnail": t}
        for n, t in zip(notebooks, thumbs)
    ]
    page = page_template("index.html.j2").render(
        title=title, css=stylesheet(), reports=reports, articles=list(articles),
        failed=[r for r in reports if not r["ok"]], open_articles=len(articles) <= 50,
        key_figures=dict(key_figures or {}), provenance=dict(provenance or {}), corpus_dir=corpus_dir,
        corrections=list(corrections),
    )
    return write_text_atomically(out_dir / "index.html", page)
