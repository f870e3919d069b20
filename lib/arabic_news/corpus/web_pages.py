"""Saved web pages (``.html``, ``.htm``): the article's text and metadata, the site chrome left behind.

A page is decoded as a text file is (`arabic_news.corpus.decoding`), with one
addition: when its bytes are not UTF-8, a ``<meta charset>`` naming UTF-16,
Windows-1256 or ISO-8859-6 is believed if the bytes decode with it. The article's main text,
title and site name are taken out with trafilatura (``favor_precision``,
comments and tables left out): navigation, share bars, related links, comments,
cookie banners and footers stay behind.

The text of a page
------------------
``Article.raw`` of a page is the headline, a blank line, then the extracted
text, one paragraph or subheading a line (the headline is not repeated when
the text already starts with it). Every offset points into that text. It is
not stored: `arabic_news.corpus.read_article_text` extracts it again, and the
same page with the same trafilatura gives the same text, character for
character; ``Article.sha1`` is the SHA-1 of ``raw`` in UTF-8, so a reader can
check that it has the text the offsets were taken from.

The page's date
---------------
``metadata["published"]`` is the date the page's markup declares, never a date
read from its text (the extractor works that out, and says so): the first of
the JSON-LD ``datePublished``, a ``<meta>`` publication date
(`DATE_META_NAMES`), a ``<time>`` marked as the publication date, the one date
of the page's ``<time>`` elements, and a ``/YYYY/MM/DD/`` date in the page's
canonical URL. ``metadata["published_from"]`` says which it was.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from arabic_news.corpus.decoding import decode_bytes
from arabic_news.errors import ArticleError

WEB_PAGE_SUFFIXES = (".html", ".htm")

# <meta name|property|itemprop=…> that give the publication date, lower-cased, in order of trust.
DATE_META_NAMES = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
)
# Declared charsets we believe (as codecs.lookup names them) and the name recorded in Article.encoding.
_DECLARED_CHARSETS = {"utf-8": "utf-8", "utf-16": "utf-16", "cp1256": "cp1256", "iso8859-6": "iso-8859-6"}

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")   # lxml refuses it in a str
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_])")


def decode_page(data: bytes, *, name: str) -> tuple[str, str]:
    """Decode a saved page: a BOM, else valid UTF-8, else its declared charset, else as a text file.

    Valid UTF-8 wins over a declaration because pages saved by tools are often
    re-encoded without their ``<meta charset>`` being changed; Windows-1256
    would "decode" those bytes into nonsense without a complaint.

    Returns:
        ``(html, encoding)``.
    Raises:
        ArticleError: empty, binary or undecodable, naming `name`.
    Example:
        >>> decode_page('<meta charset="windows-1256"><p>جندي</p>'.encode("cp1256"), name="a.html")
        ('<meta charset="windows-1256"><p>جندي</p>', 'cp1256')
    """
    bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not bom:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    match = None if bom else _CHARSET_RE.search(data[:4096])
    if match:
        try:
            codec = codecs.lookup(match.group(1).decode("ascii")).name
        except LookupError:
            codec = ""
        if codec in _DECLARED_CHARSETS:
            try:
                return data.decode(codec), _DECLARED_CHARSETS[codec]
            except UnicodeDecodeError:
                pass  # the declaration is wrong: decide from the bytes, as for a text file
    return decode_bytes(data, name=name)


def _iso_day(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or date-time, or an RFC 2822 date ("Sun, 14 Mar 2021 …"); else None."""
    text = str(value or "").strip()
    match = _ISO_DATE_RE.match(text)
    try:
        if match:
            return dt.date(*(int(g) for g in match.groups())).isoformat()
        return email.utils.parsedate_to_datetime(text).date().isoformat() if text else None
    except (ValueError, TypeError, IndexError):
        return None


def _json_ld_dates(tree) -> Iterator[str]:
    """Every ``datePublished`` of the page's JSON-LD blocks, in document order."""
    def walk(node) -> Iterator[str]:
        if isinstance(node, dict):
            if "datePublished" in node:
                yield node["datePublished"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            yield from walk(json.loads(script.text or ""))
        except ValueError:
            continue


def _declared_dates(tree) -> Iterator[tuple[str, object]]:
    """(where, value) of every publication date the markup declares, most trusted first."""
    for value in _json_ld_dates(tree):
        yield "json-ld datePublished", value
    metas = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in DATE_META_NAMES and meta.get("content"):
            metas.setdefault(key, meta.get("content"))
    for key in DATE_META_NAMES:
        if key in metas:
            yield f"meta {key}", metas[key]
    times = list(tree.iterfind(".//time"))
    for time in times:
        if (time.get("itemprop") or "").lower() == "datepublished" or time.get("pubdate") is not None:
            yield "time datePublished", time.get("datetime") or time.text_content()
    days = {_iso_day(time.get("datetime")) for time in times if time.get("datetime")}
    days.discard(None)
    if len(days) == 1:
        yield "time element", days.pop()
    for link in tree.iterfind(".//link[@rel='canonical']"):
        match = _URL_DATE_RE.search(link.get("href") or "")
        if match:
            yield "canonical url", "-".join(f"{int(g):02d}" for g in match.groups())


def declared_date(html: str) -> tuple[str, str] | None:
    """The publication date a page's markup declares, and where it was found; None when it declares none.

    Dates written in the page's text are never taken.

    Example:
        >>> declared_date('<meta property="article:published_time" content="2021-03-14T09:30:00+03:00">')
        ('2021-03-14', 'meta article:published_time')
        >>> declared_date("<p>Published on 2020-11-05</p>") is None
        True
    """
    import lxml.html

    try:
        tree = lxml.html.fromstring(_XML_DECLARATION_RE.sub("", html, count=1))
    except (ValueError, lxml.etree.ParserError):
        return None
    for where, value in _declared_dates(tree):
        day = _iso_day(value)
        if day:
            return day, where
    return None


@contextmanager
def _quiet(logger_name: str):
    """Silence a library's own log lines while it runs: its failures reach the user as our ArticleError."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def page_text(html: str, *, name: str) -> tuple[str, dict[str, str]]:
    """The article text of a page (headline, blank line, paragraphs) and the metadata the page gives.

    Args:
        html: the decoded page.
        name: what to call the page in an error message.
    Returns:
        ``(text, metadata)``; metadata holds those of title, published (with
        published_from), outlet, url and language that the page gives (not
        the author: trafilatura's guess is often the dateline's city).
    Raises:
        ArticleError: no article text could be found in the page.
    """
    import trafilatura

    with _quiet("trafilatura"), _quiet("htmldate"):
        document = trafilatura.bare_extraction(
            html, with_metadata=True, favor_precision=True, include_comments=False,
            include_tables=False, include_images=False, deduplicate=False)
    body = (getattr(document, "text", None) or "").strip("\n") if document is not None else ""
    title = _one_line(getattr(document, "title", None))
    lines = [_one_line(line) for line in body.split("\n") if line.strip()]
    if not lines or lines == [title]:
        raise ArticleError(name, "no article text found in the page (an index, gallery or empty page?)")
    text = f"{title}\n\n{body}" if title and lines[0] != title else body
    metadata = {"title": title, "outlet": _one_line(document.sitename or document.hostname),
                "url": (document.url or "").strip(), "language": (document.language or "").strip()}
    found = declared_date(html)
    if found:
        metadata["published"], metadata["published_from"] = found
    return text, {key: value for key, value in metadata.items() if value}
