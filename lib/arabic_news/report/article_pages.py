"""Article pages: one page per article, its text escaped, each fact's span highlighted in its sentence.

A figure in a report's table links to ``articles/<page>.html#<fact_id>``
(`arabic_news.display.article_page_name`); on that page the fact's span
``raw[start:end]`` is a ``<mark id=fact_id>`` inside its sentence, so a reader
sees exactly what the extraction read.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabic_news.display import article_page_name, cell_text, dir_attrs, lang_for, script_direction
from arabic_news.files import write_text_atomically
from arabic_news.glosses import date_text
from arabic_news.report.rendering import page_template, stylesheet

SPAN_TABLES = ("troop_levels", "attacks", "events")
"""Fact tables whose rows have start/end offsets into Article.raw (highlighted on article pages)."""

# What each span table's page shows as the fact's value: the number, or an event's resolved date.
_TABLE_NAMES = {"troop_levels": "troop level", "attacks": "attack count", "events": "dated event"}
OPENING_WORDS = 90
"""An article without a headline is listed by this many characters of its opening line."""


def _fact_value(table: str, row: Mapping[str, Any]) -> str:
    """The value a fact stands for: a troop level's or count's number (or range), an event's resolved date."""
    if table == "events":
        return date_text(row.get("date_start"), row.get("date_end"), row.get("precision"))
    value, low, high = ("value", "value_low", "value_high") if table == "troop_levels" else \
        ("count", "count_low", "count_high")
    if cell_text(row.get(value)):
        return cell_text(row.get(value))
    return "–".join(t for t in (cell_text(row.get(low)), cell_text(row.get(high))) if t)


def _read_article(corpus_dir: Path, rel_path: str, record_fields: Mapping[str, str] | None = None):
    """The article the fact offsets index (Article: raw text and the website chrome set aside): a file's,
    or a record's inside an archive file (`path` like ``exports/gulf.jsonl#L12``), read with the record
    field names the extraction used (manifest.json's ``record_fields``)."""
    from arabic_news.corpus import read_article_at

    return read_article_at(corpus_dir, rel_path, **dict(record_fields or {}))


def opening_words(raw: str, chrome: Iterable[tuple[int, int]] = (), limit: int = OPENING_WORDS) -> str:
    """The first line of an article that is not website chrome, cut to `limit` characters.

    Example:
        >>> opening_words("شارك الخبر\\n- اجتماعات مرتقبة بين العراق والولايات المتحدة", [(0, 10)], limit=30)
        '- اجتماعات مرتقبة بين العراق…'
    """
    pos = 0
    spans = list(chrome)
    for line in raw.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and not any(a <= start and end <= b for a, b in spans):
            text = " ".join(line.split())
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    rank: int  # 0 line, 1 sentence, 2 fact: outer first
    open_first: str
    open_again: str
    close: str


def highlight_html(raw: str, facts: Iterable[Mapping[str, Any]],
                   chrome: Iterable[tuple[int, int, str]] = ()) -> str:
    """An article's text as escaped HTML: one ``<p>`` per line, each fact's span in ``<mark id>``.

    Each fact's sentence is wrapped in ``<span class="an-sentence">``; when spans cross,
    elements are closed and reopened so the HTML stays well formed (the ``id`` stays on
    the first piece).

    Args:
        raw: the article's raw text.
        facts: mappings with ``fact_id``, ``start``, ``end`` (half-open, into `raw`), and optionally
            ``sentence_start``/``sentence_end``, ``table`` and ``title``.
        chrome: (start, end, rule) of the lines the reader set aside as website chrome; a line
            inside one is shown apart (class ``an-chrome``), never as the article's text.
    Returns:
        HTML: every character of `raw` escaped exactly once.
    Example:
        >>> highlight_html("قال <b> إن نحو 2500 جندي باقون", [{"fact_id": "f1", "start": 11, "end": 24}])
        '<p dir="rtl" lang="ar">قال &lt;b&gt; إن <mark id="f1" class="an-fact">نحو 2500 جندي</mark> باقون</p>'
    """
    spans: list[_Span] = []
    pos = 0
    set_aside = list(chrome)
    for line in raw.split("\n"):
        if line.strip():
            attrs = dir_attrs(line)
            rule = next((r for a, b, r in set_aside if a <= pos and pos + len(line) <= b), None)
            if rule is not None:
                attrs += f' class="an-chrome" title="{html.escape("website chrome, set aside: " + str(rule), quote=True)}"'
            spans.append(_Span(pos, pos + len(line), 0, f"<p{attrs}>", f"<p{attrs}>", "</p>"))
        pos += len(line) + 1
    sentences: set[tuple[int, int]] = set()
    for fact in facts:
        start, end = int(fact["start"]), int(fact["end"])
        s_start, s_end = fact.get("sentence_start"), fact.get("sentence_end")
        if s_start is not None and s_end is not None and (int(s_start), int(s_end)) not in sentences:
            sentences.add((int(s_start), int(s_end)))
            spans.append(_Span(int(s_start), int(s_end), 1, '<span class="an-sentence">',
                               '<span class="an-sentence">', "</span>"))
        table = fact.get("table")
        cls = "an-fact" + (f" an-{html.escape(str(table), quote=True)}" if table else "")
        title = fact.get("title")
        title_attr = f' title="{html.escape(str(title), quote=True)}"' if title else ""
        fid = html.escape(str(fact["fact_id"]), quote=True)
        spans.append(_Span(start, end, 2, f'<mark id="{fid}" class="{cls}"{title_attr}>',
                           f'<mark class="{cls}">', "</mark>"))
    return _nest(raw, spans)


def _nest(text: str, spans: list[_Span]) -> str:
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    order = {id(s): i for i, s in enumerate(spans)}
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    active: list[_Span] = []
    opened: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        wanted = sorted((s for s in spans if s.start <= a and s.end >= b),
                        key=lambda s: (s.rank, s.start, -s.end, order[id(s)]))
        keep = 0
        while keep < len(active) and keep < len(wanted) and active[keep] is wanted[keep]:
            keep += 1
        for s in reversed(active[keep:]):
            out.append(s.close)
        for s in wanted[keep:]:
            out.append(s.open_again if id(s) in opened else s.open_first)
            opened.add(id(s))
        active = wanted
        out.append(html.escape(text[a:b], quote=False))
    for s in reversed(active):
        out.append(s.close)
    return "".join(out)


def _sentence_span(raw: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    if not quote:
        return None
    at = raw.find(quote)
    while at != -1:
        if at <= start and end <= at + len(quote):
            return at, at + len(quote)
        at = raw.find(quote, at + 1)
    return None


def _int(value: Any) -> int | None:
    try:
        if value is None or value != value:  # NaN
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def _facts_by_article(tables: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of the span tables, as the page shows them, by article id."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for table in SPAN_TABLES:
        frame = tables.get(table)
        if frame is None or not len(frame):
            continue
        for row in frame.to_dict("records"):
            by_article.setdefault(cell_text(row["article_id"]), []).append({
                "table": table,
                "table_name": _TABLE_NAMES[table],
                "fact_id": cell_text(row["fact_id"]),
                "start": row.get("start"),
                "end": row.get("end"),
                "quote": cell_text(row.get("quote")),
                "value": _fact_value(table, row),
                "fact_en": cell_text(row.get("fact_en")),
                "attribution": cell_text(row.get("attribution")),
            })
    return by_article


def _placed_facts(raw: str, facts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The facts whose offsets fit the text, with their sentence; and a line for each fact that does not."""
    placed, problems = [], []
    for fact in sorted(facts, key=lambda f: (_int(f["start"]), f["fact_id"])):
        start, end = _int(fact["start"]), _int(fact["end"])
        if start is None or end is None or not 0 <= start < end <= len(raw):
            problems.append(f"{fact['fact_id']} ({fact['table']}, offsets {fact['start']}–{fact['end']})")
            continue
        sentence = _sentence_span(raw, fact["quote"], start, end)
        placed.append({**fact, "start": start, "end": end, "text": raw[start:end],
                       "sentence_start": sentence[0] if sentence else None,
                       "sentence_end": sentence[1] if sentence else None,
                       "title": fact["fact_en"] or f"{fact['table_name']}: {fact['value']}"})
    return placed, problems


def write_article_pages(
    corpus_dir: str | Path,
    tables: Mapping[str, Any],
    out_dir: str | Path,
    *,
    provenance: Mapping[str, Any] | None = None,
    record_fields: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Write ``out_dir/articles/<page>.html`` for every article, its facts highlighted.

    Args:
        corpus_dir: the corpus folder (the articles table's ``path`` is relative to it).
        tables: the fact tables (articles, troop_levels, attacks, events).
        out_dir: the report folder.
        provenance: shown at the end of each page.
        record_fields: the record field names of the extraction (manifest.json's ``record_fields``,
            e.g. ``{"text_field": "body_ar"}``), to read a record's text back.
    Returns:
        One entry per article: article_id, title (its opening words when it has no headline), has_title,
        href (relative to out_dir), path, n_facts, date, basis, outlet.
    """
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    template = page_template("article.html.j2")
    css = stylesheet()
    by_article = _facts_by_article(tables)
    entries = []
    for row in tables["articles"].to_dict("records"):
        article_id = cell_text(row["article_id"])
        rel = cell_text(row.get("path")) or f"{article_id}.txt"
        article = _read_article(corpus_dir, rel, record_fields)
        raw = article.raw
        chrome = [(span.start, span.end, span.label) for span in article.boilerplate]
        facts, problems = _placed_facts(raw, by_article.get(article_id, []))
        has_title = bool(cell_text(row.get("title")))
        title = cell_text(row.get("title")) or opening_words(raw, [(a, b) for a, b, _ in chrome]) or article_id
        direction = script_direction(raw) or "ltr"
        meta = [("article id", article_id), ("path", rel)]
        for key in ("outlet", "publication_date", "publication_date_basis"):
            if cell_text(row.get(key)):
                meta.append((key.replace("_", " "), cell_text(row.get(key))))
        page = template.render(
            title=title, title_dir=dir_attrs(title), lang=lang_for(direction), direction=direction,
            css=css, meta=meta, facts=facts, problems=problems, n_chrome=len(chrome),
            text_html=highlight_html(raw, facts, chrome), text_dir=dir_attrs(raw),
            provenance=dict(provenance or {}),
        )
        name = article_page_name(article_id)
        write_text_atomically(out_dir / "articles" / name, page)
        entries.append({"article_id": article_id, "title": title, "has_title": has_title,
                        "href": f"articles/{name}", "path": out_dir / "articles" / name, "n_facts": len(facts),
                        "date": cell_text(row.get("publication_date")),
                        "basis": cell_text(row.get("publication_date_basis")),
                        "outlet": cell_text(row.get("outlet"))})
    return entries
