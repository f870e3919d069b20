"""Show tables and prose inside notebooks: escaped, right-to-left where Arabic, linked to the articles.

Everything that reaches HTML here is escaped first (article text may hold ``<script>``).
A block's direction is decided by its majority script, Arabic letters against Latin
letters (:func:`script_direction`), not by its first strong letter, so an Arabic
sentence that starts with "ISIS" still reads right to left.

Long tables become sortable and searchable offline through itables (its
``connected=False`` mode inlines the DataTables bundle into the notebook, so the
static HTML report works without a network). Figure cells of fact tables link to
the article page that highlights the figure (see :func:`article_page_name`,
the pages are written by :mod:`arabic_news.report`).
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from arabic_news.rules.characters import ARABIC_BLOCKS

KEY_FIGURES_MIME = "application/vnd.arabic-news.key-figures+json"
"""The output type that carries a notebook's key figures to the report index."""

FIGURE_COLUMNS = ("text", "value", "count", "value_low", "count_low", "time_expression", "date_start")
"""In a fact table, the first of these columns present holds the link to the figure's article page."""

PLAIN_TABLE_MAX_ROWS = 20
"""Tables up to this many rows are plain HTML; longer ones are interactive (itables)."""

_SLUG_RE = re.compile(r"[^A-Za-z0-9._-]+")


def _is_arabic_letter(ch: str) -> bool:
    code = ord(ch)
    return any(first <= code <= last for first, last in ARABIC_BLOCKS)


def script_counts(text: str) -> tuple[int, int]:
    """Count Arabic letters and Latin letters in `text`.

    Args:
        text: any string.
    Returns:
        ``(arabic, latin)``; digits, punctuation and diacritics count for neither.
    Example:
        >>> script_counts("قال ISIS 12")
        (3, 4)
    """
    arabic = latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if _is_arabic_letter(ch):
            if unicodedata.category(ch) == "Lo":
                arabic += 1
        elif ch.isascii() or "LATIN" in unicodedata.name(ch, ""):
            latin += 1
    return arabic, latin


def script_direction(text: str) -> str | None:
    """The direction of a block of text by its majority script.

    Args:
        text: any string.
    Returns:
        ``"rtl"`` when Arabic letters are the majority, ``"ltr"`` when Latin letters are,
        ``None`` when the text has letters of neither (numbers, punctuation) or a tie.
    Example:
        >>> script_direction("ISIS تبنى الهجوم على القاعدة")
        'rtl'
        >>> script_direction("The base was hit by رشقة rockets"), script_direction("2500")
        ('ltr', None)
    """
    arabic, latin = script_counts(text)
    if arabic > latin:
        return "rtl"
    if latin > arabic:
        return "ltr"
    return None


def lang_for(direction: str | None) -> str | None:
    """The ``lang`` attribute that goes with a direction: ``"ar"``, ``"en"`` or ``None``.

    Example:
        >>> lang_for("rtl"), lang_for("ltr"), lang_for(None)
        ('ar', 'en', None)
    """
    return {"rtl": "ar", "ltr": "en"}.get(direction or "")


def dir_attrs(text: str) -> str:
    """`` dir="…" lang="…"`` for an element holding `text`, or ``""`` when it has no letters.

    Example:
        >>> dir_attrs("نحو 2500 جندي")
        ' dir="rtl" lang="ar"'
        >>> dir_attrs("12")
        ''
    """
    direction = script_direction(text)
    if direction is None:
        return ""
    return f' dir="{direction}" lang="{lang_for(direction)}"'


def article_page_name(article_id: str) -> str:
    """A safe, deterministic file name for an article's page.

    Ids may contain ``/``, spaces and Arabic; the name keeps an ASCII slug of the id
    (for a human reading the folder) and adds a short hash of the whole id, so two
    ids never share a page.

    Args:
        article_id: the id from the ``articles`` table.
    Returns:
        A file name ending in ``.html`` with only ``A-Z a-z 0-9 . _ -``.
    Example:
        >>> article_page_name("2019/mada-0412")
        '2019-mada-0412-8f7f072f5d.html'
        >>> article_page_name("بغداد اليوم")
        'article-e3c455786b.html'
    """
    digest = hashlib.sha256(str(article_id).encode("utf-8")).hexdigest()[:10]
    slug = _SLUG_RE.sub("-", str(article_id)).strip("-.")[:60].strip("-.")
    return f"{slug or 'article'}-{digest}.html"


def cell_text(value: Any) -> str:
    """A table cell's value as display text: empty for missing, integers without '.0'.

    Example:
        >>> cell_text(None), cell_text(float("nan")), cell_text(2500.0), cell_text(True), cell_text("نص")
        ('', '', '2500', 'true', 'نص')
    """
    if value is None:
        return ""
    try:
        if value is _NA or (isinstance(value, float) and math.isnan(value)):
            return ""
    except TypeError:
        pass
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "" if text in ("<NA>", "NaT", "nan") else text


try:  # pandas is a dependency, but keep import-light helpers usable without it
    import pandas as _pd

    _NA = _pd.NA
except ImportError:  # pragma: no cover
    _pd = None
    _NA = object()


def _figure_column(columns: Iterable[str]) -> str | None:
    present = set(columns)
    for name in FIGURE_COLUMNS:
        if name in present:
            return name
    return None


def _fact_link(row: Mapping[str, Any], text: str, articles_href: str) -> str:
    if not cell_text(row["article_id"]):   # a row without its fact (e.g. a claim whose facts a filter left out)
        return html.escape(text)
    page = article_page_name(cell_text(row["article_id"]))
    fact_id = cell_text(row["fact_id"])
    href = f"{articles_href}{page}#{fact_id}"
    label = html.escape(text) if text else "source"
    return (
        f'<a class="an-fact-link" href="{html.escape(href, quote=True)}" '
        f'title="{html.escape("Open the article at this figure", quote=True)}">{label}</a>'
    )


def _column_direction(values: Iterable[str]) -> str | None:
    return script_direction(" ".join(values))


LONG_TEXT = 60
"""A column whose cells run longer than this many characters wraps inside a wider cell (class ``an-long``)."""

ID_COLUMNS = ("article_id", "fact_id")
"""Hash ids: in a fact table they make the figure's link, and are not shown as columns of their own."""


ARTICLE_LIST_COLUMNS = ("article_ids", "article_ids_a", "article_ids_b")
"""Columns of ``;``-joined article ids (a claim's articles): each id becomes a link to its article page."""
ARTICLE_TITLE_CHARS = 56
"""A linked article's title is cut to this many characters (its page has the whole title)."""


def _article_links(ids: str, titles: Mapping[str, str], articles_href: str) -> tuple[str, str]:
    """The HTML links of ``;``-joined article ids, labelled by their titles; and the titles as plain text."""
    links, names = [], []
    for article_id in (a for a in ids.split(";") if a):
        name = titles.get(article_id, article_id)
        name = name if len(name) <= ARTICLE_TITLE_CHARS else name[: ARTICLE_TITLE_CHARS - 1].rstrip() + "…"
        names.append(name)
        href = html.escape(f"{articles_href}{article_page_name(article_id)}", quote=True)
        links.append(f'<a class="an-article-link" href="{href}"{dir_attrs(name)}>{html.escape(name)}</a>')
    return "<br>".join(links), " · ".join(names)


def _prepared(df, link_facts: bool, articles_href: str, titles: Mapping[str, str] | None = None):
    """Escaped display strings per shown column, and which column links to the articles.

    When a fact table's figure links to its article page, `ID_COLUMNS` serve the link and
    are not shown: a reader sees the phrase and its article's title, not two hashes. A column
    of `ARTICLE_LIST_COLUMNS` shows its articles as links, by title when `titles` names them.
    """
    columns = [str(c) for c in df.columns]
    link_col = None
    if link_facts and "article_id" in columns and "fact_id" in columns:
        link_col = _figure_column(columns) or "fact_id"
    shown = [c for c in columns if link_col is None or c not in ID_COLUMNS or c == link_col]
    cells: list[list[str]] = []  # escaped HTML per row
    texts: list[list[str]] = []  # plain text per row (for directions)
    for values in df.itertuples(index=False, name=None):
        row = dict(zip(columns, values))
        row_html, row_text = [], []
        for col in shown:
            text = cell_text(row[col])
            if col == link_col:
                row_html.append(_fact_link(row, text, articles_href))
            elif col in ARTICLE_LIST_COLUMNS and link_facts:
                links, text = _article_links(text, titles or {}, articles_href)
                row_html.append(links)
            else:
                row_html.append(html.escape(text))
            row_text.append(text)
        cells.append(row_html)
        texts.append(row_text)
    return shown, cells, texts, link_col


def _long_columns(texts: list[list[str]], n_columns: int) -> set[int]:
    """The columns whose text runs long (a quote, an English gloss): they wrap in a wider cell."""
    return {i for i in range(n_columns) if any(len(row[i]) > LONG_TEXT for row in texts)}


def _td_attrs(text: str, long: bool = False) -> str:
    """A cell's attributes: its direction, or for a short cell without letters (a number, a date) no wrapping;
    a cell of a long column wraps in a wider cell."""
    attrs = dir_attrs(text)
    if not attrs and len(text) <= 24:
        return ' class="an-num"'
    return attrs + (' class="an-long"' if long else "")


def table_html(
    df,
    *,
    caption: str | None = None,
    link_facts: bool = True,
    articles_href: str = "articles/",
    article_titles: Mapping[str, str] | None = None,
) -> str:
    """A plain, escaped HTML table of `df`, each cell with its own direction.

    The table reads right to left (first column on the right) when its headers are
    mostly Arabic; each header and cell gets ``dir``/``lang`` from its own majority script.
    When `df` has ``article_id`` and ``fact_id``, the figure cell (the first of
    :data:`FIGURE_COLUMNS`) links to ``articles/<page>.html#<fact_id>``.

    Args:
        df: a pandas DataFrame; the index is not shown.
        caption: a title above the table (escaped).
        link_facts: link figure cells to article pages.
        articles_href: where article pages are, relative to the report.
    Returns:
        HTML text.
    Example:
        >>> import pandas as pd
        >>> print(table_html(pd.DataFrame({"المصدر": ["<b>البنتاغون</b>"]})))
        <div class="an-table-wrap"><table class="an-table" dir="rtl" lang="ar"><thead><tr><th dir="rtl" lang="ar">المصدر</th></tr></thead><tbody><tr><td dir="rtl" lang="ar">&lt;b&gt;البنتاغون&lt;/b&gt;</td></tr></tbody></table></div>
    """
    columns, cells, texts, _ = _prepared(df, link_facts, articles_href, article_titles)
    long = _long_columns(texts, len(columns))
    table_dir = dir_attrs(" ".join(columns))
    parts = [f'<div class="an-table-wrap"><table class="an-table"{table_dir}>']
    if caption:
        parts.append(f"<caption{dir_attrs(caption)}>{html.escape(caption)}</caption>")
    parts.append("<thead><tr>")
    parts.extend(f"<th{dir_attrs(c)}>{html.escape(c)}</th>" for c in columns)
    parts.append("</tr></thead><tbody>")
    for row_html, row_text in zip(cells, texts):
        parts.append("<tr>")
        parts.extend(f"<td{_td_attrs(t, i in long)}>{h}</td>" for i, (h, t) in enumerate(zip(row_html, row_text)))
        parts.append("</tr>")
    parts.append("</tbody></table></div>")
    return "".join(parts)


def interactive_table_html(
    df,
    *,
    caption: str | None = None,
    link_facts: bool = True,
    articles_href: str = "articles/",
    page_length: int = 10,
    article_titles: Mapping[str, str] | None = None,
) -> str:
    """A sortable, searchable table (itables, offline mode) of `df`, escaped.

    Needs the itables offline bundle in the same page once: :func:`show_table` displays it
    (``itables.init_notebook_mode(all_interactive=False, connected=False)``) before its first
    interactive table. Columns get the class ``an-rtl`` or ``an-ltr`` by their majority script.

    Args:
        df: a pandas DataFrame; the index is not shown.
        caption: a title above the table (escaped).
        link_facts: link figure cells to article pages.
        articles_href: where article pages are, relative to the report.
        page_length: rows per page.
    Returns:
        HTML text (a table and a module script).
    """
    import pandas as pd
    from itables import to_html_datatable

    columns, cells, texts, link_col = _prepared(df, link_facts, articles_href, article_titles)
    directions = [_column_direction(row[i] for row in texts) for i in range(len(columns))]
    # A cell written the other way round from its column (an article id in a column of Arabic titles) is
    # isolated, so "001_9a24" does not show as "9a24_001".
    cells = [[f"<bdi>{h}</bdi>" if directions[i] and script_direction(t) not in (None, directions[i]) else h
              for i, (h, t) in enumerate(zip(row_html, row_text))] for row_html, row_text in zip(cells, texts)]
    headers = [html.escape(c) for c in columns]
    # Unique escaped headers: DataTables needs distinct column names.
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        if h in seen:
            seen[h] += 1
            headers[i] = f"{h} ({seen[h]})"
        else:
            seen[h] = 0
    frame = pd.DataFrame(cells, columns=headers) if cells else pd.DataFrame(columns=headers)
    # Numeric columns stay numbers, so they sort as numbers (they need no escaping).
    for i, column in enumerate(columns):
        series = df[column]
        if (pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
                and str(column) != link_col):
            frame[headers[i]] = series.to_numpy()
    long = _long_columns(texts, len(columns))
    column_defs = []
    for i, direction in enumerate(directions):
        classes = ([f"an-{direction}"] if direction is not None else []) + (["an-long"] if i in long else [])
        if classes:
            column_defs.append({"targets": i, "className": " ".join(classes)})
    digest = hashlib.sha256(
        json.dumps([columns, texts, caption], ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:12]
    table = to_html_datatable(
        frame,
        caption=html.escape(caption) if caption else None,
        table_id=f"an-table-{digest}",
        connected=False,
        allow_html=True,  # every cell was escaped above; links are ours
        showIndex=False,
        columnDefs=column_defs,
        pageLength=page_length,
        maxBytes=0,
        classes="display compact an-itable",
        display_logo_when_loading=False,
    )
    # The placeholder row says "Loading ITables…" in English: give the table its direction
    # from the headers here, so the report's renderer does not guess it from that row.
    direction = script_direction(" ".join(columns)) or "ltr"
    table = table.replace(
        f'<table id="an-table-{digest}"', f'<table dir="{direction}" lang="{lang_for(direction)}" id="an-table-{digest}"', 1
    )
    return f'<div class="an-itable-wrap"{dir_attrs(" ".join(columns))}>{table}</div>'


_ITABLES_READY = False


def show_table(
    df,
    *,
    caption: str | None = None,
    link_facts: bool = True,
    articles_href: str = "articles/",
    max_plain_rows: int = PLAIN_TABLE_MAX_ROWS,
    article_titles: Mapping[str, str] | None = None,
) -> None:
    """Display `df` as an escaped table: plain when short, sortable and searchable when long.

    Arabic headers make the table read right to left; each cell takes its direction from its
    own text. Fact tables (with ``article_id`` and ``fact_id``) link each figure to its
    article page, where the figure is highlighted.

    Args:
        df: a pandas DataFrame (the index is not shown: reset it first if it matters).
        caption: a title above the table.
        link_facts: link figure cells to ``articles/<page>.html#<fact_id>``, and the articles of a column
            of `ARTICLE_LIST_COLUMNS` (a claim's ``article_ids``) to their pages.
        articles_href: where article pages are, relative to the report.
        max_plain_rows: longer tables are interactive (itables, offline).
        article_titles: article_id → title, to name the linked articles (`analysis.article_titles`).
    Returns:
        None; the table is displayed.
    """
    from IPython.display import HTML, display

    global _ITABLES_READY
    if not len(df):
        display(HTML(f'<p class="an-note" dir="ltr" lang="en">{html.escape(caption or "This table")}: no rows.</p>'))
        return
    if len(df) <= max_plain_rows:
        display(HTML(table_html(df, caption=caption, link_facts=link_facts, articles_href=articles_href,
                                article_titles=article_titles)))
        return
    if not _ITABLES_READY:
        import itables

        itables.init_notebook_mode(all_interactive=False, connected=False)
        _ITABLES_READY = True
    display(HTML(interactive_table_html(df, caption=caption, link_facts=link_facts, articles_href=articles_href,
                                        article_titles=article_titles)))


def rtl_html(text: str) -> str:
    """Escaped HTML for prose: one ``<p>`` per paragraph, each with its own direction.

    Args:
        text: plain text (not markdown); paragraphs are separated by blank lines.
    Returns:
        A ``<div>`` whose ``dir`` follows the majority script of the whole text.
    Example:
        >>> print(rtl_html("قالت BBC إن <القوات> باقية\\n\\nThe figure is 2,500."))
        <div class="an-prose" dir="rtl" lang="ar"><p dir="rtl" lang="ar">قالت BBC إن &lt;القوات&gt; باقية</p><p dir="ltr" lang="en">The figure is 2,500.</p></div>
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", str(text)) if p.strip()]
    inner = "".join(f"<p{dir_attrs(p)}>{html.escape(p)}</p>" for p in paragraphs)
    return f'<div class="an-prose"{dir_attrs(str(text))}>{inner}</div>'


def rtl(text: str):
    """Prose as an HTML block that reads in its own direction (right to left when mostly Arabic).

    Args:
        text: plain text; escaped, so article text is safe here.
    Returns:
        An :class:`IPython.display.HTML` object (the last expression of a cell displays it).
    Example:
        >>> rtl("نحو 2500 جندي").data
        '<div class="an-prose" dir="rtl" lang="ar"><p dir="rtl" lang="ar">نحو 2500 جندي</p></div>'
    """
    from IPython.display import HTML

    return HTML(rtl_html(text))


def show_prose(text: str) -> None:
    """Display prose (escaped, in its own direction) anywhere in a cell, not only as its last expression."""
    from IPython.display import display

    display(rtl(text))


def key_figures_html(figures: Mapping[str, Any]) -> str:
    """An escaped definition list of key figures.

    Example:
        >>> key_figures_html({"articles": 5})
        '<dl class="an-key-figures"><dt dir="ltr" lang="en">articles</dt><dd>5</dd></dl>'
    """
    items = "".join(
        f"<dt{dir_attrs(str(k))}>{html.escape(str(k))}</dt>"
        f"<dd{dir_attrs(cell_text(v))}>{html.escape(cell_text(v))}</dd>"
        for k, v in figures.items()
    )
    return f'<dl class="an-key-figures">{items}</dl>'


def show_key_figures(figures: Mapping[str, Any]) -> None:
    """Display a notebook's key figures; the report index quotes them beside the notebook's link.

    Args:
        figures: label → value (numbers or short text), in the order to show.
    Returns:
        None; the figures are displayed, with a machine-readable copy for the index.
    """
    from IPython.display import display

    # A list of pairs, not a mapping: notebooks are saved with sorted keys, which would lose the order.
    data = {"figures": [[str(k), cell_text(v)] for k, v in figures.items()]}
    display({"text/html": key_figures_html(figures), KEY_FIGURES_MIME: data}, raw=True)


def figure_png(fig, *, dpi: int = 100) -> bytes:
    """A matplotlib figure as PNG bytes, without a creation date (same figure, same bytes).

    Args:
        fig: a :class:`matplotlib.figure.Figure` (made with or without pyplot).
        dpi: resolution.
    Returns:
        The PNG file's bytes.
    """
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def show_figure(fig, *, dpi: int = 100) -> None:
    """Display a matplotlib figure as an embedded PNG, in JupyterLab and in the HTML report.

    A figure made without pyplot (as :mod:`arabic_news.plotting` makes them) has no inline
    display of its own: ending a cell with ``fig`` shows only ``<Figure size …>``. Use this.

    Args:
        fig: a :class:`matplotlib.figure.Figure`.
        dpi: resolution.
    Returns:
        None; the image is displayed.
    """
    from IPython.display import Image, display

    display(Image(data=figure_png(fig, dpi=dpi), format="png"))


def chart_bundle(figure, saved: Mapping[str, Any] | None = None, *, articles_href: str = "articles/",
                 dpi: int = 100) -> dict[str, Any]:
    """A chart's output: its interactive twin (Vega-Lite) when it has one, and its PNG.

    JupyterLab draws the Vega-Lite spec itself; the report renders it with the Vega bundle
    written once beside its pages (`arabic_news.report`); anything else shows the PNG.

    Args:
        figure: a chart of `arabic_news.plotting`.
        saved: what `plotting.save_figure` returned; its PNG is shown as is (else the figure is drawn).
        articles_href: where article pages are, relative to the report.
        dpi: resolution of the PNG when the figure is drawn here.
    Returns:
        A MIME bundle: ``image/png`` (base64), ``text/plain`` (the caption) and, for a chart with
        an interactive twin, `plotting.VEGA_LITE_MIME`.
    """
    import base64

    from arabic_news import plotting

    png = open(saved["png"], "rb").read() if saved and "png" in saved else figure_png(figure, dpi=dpi)
    bundle: dict[str, Any] = {"image/png": base64.b64encode(png).decode("ascii"),
                              "text/plain": plotting.figure_caption(figure) or "chart"}
    spec = plotting.interactive_spec(figure, articles_href=articles_href)
    if spec is not None:
        bundle[plotting.VEGA_LITE_MIME] = spec
    return bundle


def chart_caption_html(figure, saved: Mapping[str, Any] | None = None, *, files_href: str = "figures/") -> str:
    """The caption under a chart, computed from its data (what it drew, left out and why), and its files for print.

    Example:
        >>> import pandas as pd
        >>> from arabic_news.plotting import plot_counts
        >>> chart_caption_html(plot_counts(pd.Series({"a": 1}), "t", "en"),
        ...                    {"png": "out/figures/01.png", "csv": "out/figures/01.csv"})
        '<p class="an-files" dir="ltr" lang="en">For print: <a href="figures/01.png">PNG</a> · <a href="figures/01.csv">the data drawn (CSV)</a></p>'
    """
    from pathlib import Path

    from arabic_news import plotting

    parts = []
    caption = plotting.figure_caption(figure)
    if caption:
        parts.append(f'<p class="an-caption" dir="ltr" lang="en">{html.escape(caption)}</p>')
    names = {"png": "PNG", "svg": "SVG", "csv": "the data drawn (CSV)"}
    links = [f'<a href="{html.escape(files_href + Path(str(saved[k])).name, quote=True)}">{label}</a>'
             for k, label in names.items() if saved and k in saved]
    if links:
        parts.append(f'<p class="an-files" dir="ltr" lang="en">For print: {" · ".join(links)}</p>')
    return "".join(parts)


def show_chart(figure, saved: Mapping[str, Any] | None = None, *, articles_href: str = "articles/") -> None:
    """Display a chart: interactive in JupyterLab and in the HTML report (hover a mark for its sentence,
    its English gloss and its source; click it to open the article at that sentence), its caption, and
    links to its PNG, SVG and CSV for print.

    Args:
        figure: a chart of `arabic_news.plotting`.
        saved: what `plotting.save_figure` returned for it.
        articles_href: where article pages are, relative to the report.
    Returns:
        None; the chart and its caption are displayed.
    """
    from IPython.display import HTML, display

    display(chart_bundle(figure, saved, articles_href=articles_href), raw=True)
    caption = chart_caption_html(figure, saved)
    if caption:
        display(HTML(caption))
