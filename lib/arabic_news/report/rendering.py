"""Rendering HTML: executed notebooks through nbconvert, and the pages' Jinja templates, right to left where Arabic.

A notebook becomes one self-contained HTML file with nbconvert and the template
shipped in ``templates/nbconvert/arabic_news`` (no CDN, no require.js, no
MathJax). Each block's direction is set by its majority script
(:func:`bidi_html`, with `arabic_news.display.script_direction`), so an Arabic
sentence that starts with "ISIS" still reads right to left. The article pages
and the index are Jinja templates in ``templates/`` (:func:`page_template`),
with the same stylesheet.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from arabic_news.display import dir_attrs, lang_for, script_direction
from arabic_news.plotting.interactive import VEGA_BUNDLE, VEGA_LITE_MIME

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
NBCONVERT_TEMPLATE = "arabic_news"

CODE_NOTE_TAG = "code-note"
"""A markdown cell tagged so speaks of the code after it ("Set-up. We check the parameters first:"):
the report leaves it out when it hides the code, so no sentence dangles before nothing."""


_NOTEBOOK_LINK_RE = re.compile(r'href="((?:\./)?\d\d_[A-Za-z0-9_.-]+)\.ipynb(#[^"]*)?"')

# Block-level tags whose direction the renderer sets from their own text.
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "caption", "blockquote",
               "dt", "dd", "figcaption", "summary", "pre", "ul", "ol")


def bidi_html(fragment: str) -> str:
    """Set ``dir`` and ``lang`` on every block of an HTML fragment by its majority script.

    Blocks that already have a ``dir`` keep it. A table takes its direction from its
    header cells (so a table with Arabic headers puts its first column on the right); its
    cells each take their own. Text inside ``<script>`` and ``<style>`` is left alone.

    Args:
        fragment: HTML, e.g. a markdown cell rendered to HTML or a ``text/html`` output.
    Returns:
        The same HTML with direction attributes added.
    Example:
        >>> bidi_html("<p>ISIS تبنت الهجوم على القاعدة</p><p>The base was hit.</p>")
        '<p dir="rtl" lang="ar">ISIS تبنت الهجوم على القاعدة</p><p dir="ltr" lang="en">The base was hit.</p>'
    """
    if not fragment or "<" not in fragment:
        return fragment
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, "html.parser")
    for tag in soup.find_all(_BLOCK_TAGS):
        if tag.has_attr("dir"):
            continue
        _set_dir(tag, tag.get_text(" "))
    for table in soup.find_all("table"):
        if table.has_attr("dir"):
            continue
        heads = table.find_all("th")
        text = " ".join(th.get_text(" ") for th in heads) if heads else ""
        if not text.strip():
            first = table.find("tr")
            text = first.get_text(" ") if first is not None else ""
        _set_dir(table, text)
    for div in soup.find_all("div"):
        if div.has_attr("dir"):
            continue
        own = " ".join(s for s in div.find_all(string=True, recursive=False))
        if own.strip():
            _set_dir(div, own)
    return str(soup)


def _set_dir(tag, text: str) -> None:
    direction = script_direction(text)
    if direction is None:
        return
    tag["dir"] = direction
    if not tag.has_attr("lang"):
        tag["lang"] = lang_for(direction)


def stylesheet() -> str:
    """The report's stylesheet (``templates/report.css``), inlined into every page."""
    return (TEMPLATES_DIR / "report.css").read_text(encoding="utf-8")


def render_html(notebook, *, show_code: bool = False, provenance: Mapping[str, Any] | None = None) -> str:
    """Render an executed notebook to one self-contained HTML page.

    Args:
        notebook: a path to an ``.ipynb`` or an ``nbformat.NotebookNode``.
        show_code: include the code cells (for a class); hidden by default for readers.
        provenance: key → value shown at the end of the page (and stored in the notebook's
            metadata as ``arabic_news.provenance``).
    Returns:
        The HTML text: no external script, stylesheet or font, blocks with ``dir``/``lang``.
    """
    import nbformat
    from nbconvert import HTMLExporter

    if isinstance(notebook, (str, Path)):
        nb = nbformat.read(str(notebook), as_version=4)
        name = Path(notebook).stem
    else:
        nb = notebook
        name = nb.metadata.get("arabic_news", {}).get("name", "report")
    if provenance is not None:
        nb.metadata.setdefault("arabic_news", {})["provenance"] = dict(provenance)
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    priority = [VEGA_LITE_MIME, *HTMLExporter().default_config.NbConvertBase.display_data_priority]
    exporter = HTMLExporter(
        config=Config({"NbConvertBase": {"display_data_priority": priority}}),
        template_name=NBCONVERT_TEMPLATE,
        extra_template_basedirs=[str(TEMPLATES_DIR / "nbconvert")],
        exclude_input=not show_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    if not show_code:
        exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={CODE_NOTE_TAG}), enabled=True)
    exporter.register_filter("bidi_html", bidi_html)
    exporter.register_filter("notebook_links", notebook_links)
    exporter.register_filter("vega_embed", vega_embed_html)
    exporter.register_filter("dir_attrs", lambda text: dir_attrs(str(text)))
    uses_vega = any(VEGA_LITE_MIME in output.get("data", {}) for cell in nb.cells for output in cell.get("outputs", []))
    resources = {"metadata": {"name": name}, "arabic_news_css": stylesheet(),
                 "arabic_news_vega": VEGA_BUNDLE if uses_vega else ""}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def notebook_links(fragment: str) -> str:
    """Point links between notebooks at their reports: ``02_troop_levels.ipynb`` becomes ``02_troop_levels.html``.

    A notebook links to the next one by its ``.ipynb`` (right in JupyterLab); in the HTML report the
    same link must open the rendered page, not the notebook's JSON.

    Example:
        >>> notebook_links('Next: <a href="02_troop_levels.ipynb">02</a>, <a href="x.ipynb">x</a>')
        'Next: <a href="02_troop_levels.html">02</a>, <a href="x.ipynb">x</a>'
    """
    return _NOTEBOOK_LINK_RE.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', fragment or "")


def vega_embed_html(spec: Any, element_id: str = "") -> str:
    """An interactive chart's HTML: a box and the one call that draws its Vega-Lite spec into it.

    The spec is JSON inside a ``<script type="application/json">`` (``<`` escaped, so article
    text in it can never close the script); the page loads `VEGA_BUNDLE` once in its head.
    Vega draws with SVG, so the browser shapes Arabic itself; hovering a mark shows its
    tooltip (escaped by vega-tooltip) and clicking it follows its ``href`` in the same window.

    Example:
        >>> print(vega_embed_html({"mark": "point", "title": "</script>"}, "c1"))  # doctest: +ELLIPSIS
        <div class="an-vega" id="c1"></div><script type="application/json" id="c1-spec">{"mark": "point", "title": "\\u003c/script>"}</script><script>...</script>
    """
    if isinstance(spec, str):
        spec = json.loads(spec)
    text = json.dumps(spec, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    element_id = element_id or "an-vega-" + _digest(text)
    call = (f"vegaEmbed('#{element_id}', JSON.parse(document.getElementById('{element_id}-spec').textContent), "
            "{renderer: 'svg', actions: false, loader: {target: '_self'}});")
    return (f'<div class="an-vega" id="{html.escape(element_id, quote=True)}"></div>'
            f'<script type="application/json" id="{html.escape(element_id, quote=True)}-spec">{text}</script>'
            f"<script>{call}</script>")


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def page_template(name: str):
    """A Jinja template of ``templates/`` (``article.html.j2``, ``index.html.j2``), autoescaping,
    with the ``dir_attrs`` filter."""
    return _page_templates().get_template(name)


def _page_templates():
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    env.filters["dir_attrs"] = lambda text: Markup(dir_attrs(str(text)))
    return env
