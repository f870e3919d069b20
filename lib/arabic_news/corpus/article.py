"""The `Article` record: one article's text, its layout as spans into it, and its metadata.

Text and offsets
----------------
``Article.raw`` is the text as decoded, with one change: line ends are
translated to ``"\\n"`` (CRLF and lone CR become LF, as Python's universal
newlines do when a file is opened in text mode). The original style is kept in
``Article.line_ends`` ("\\n", "\\r\\n", "\\r" or "mixed"). Every offset in the
project (spans of paragraphs, sentences, numbers, dates, facts) is a half-open
``[start, end)`` into ``raw``. Nothing else is changed: a leading byte-order
mark is dropped by the decoder, but zero-width and bidi marks, NBSP, tatweel,
diacritics and stray control characters stay in ``raw`` (normalization handles
them; control characters count as white space when lines are split).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from arabic_news.corpus.decoding import translate_line_ends
from arabic_news.corpus.layout import Span, parse_layout


@dataclass(frozen=True)
class Article:
    """One article: its text, its layout as spans into `raw`, and its metadata.

    Attributes:
        article_id: the path relative to the corpus folder, POSIX ``/``,
            without ``.txt`` (a page keeps its ``.html``; a record is
            ``<file>/<record id>``, see `arabic_news.corpus.records`); unique
            in a corpus.
        path: the absolute path of the file.
        relpath: the path relative to the corpus folder, with its extension
            (a record's adds where it is: ``#L12``, ``#row=12``); the
            articles table's ``path``.
        raw: the decoded text with line ends translated to ``"\\n"``; every
            offset in the project points into it.
        encoding: the codec that decoded it: "utf-8", "utf-8-sig", "utf-16",
            "utf-32", "cp1256", "iso-8859-6" (or "utf-16-le"/"-be" detected).
        title: the headline line, or None when the text starts with body text.
        title_span: its span, or None.
        paragraphs: body paragraphs in text order (label "paragraph").
        subheadings: section headings inside the body (label "subheading").
        boilerplate: the chrome set aside, labelled with the rule's id.
        metadata: its row of ``metadata.csv`` with canonical keys (file,
            published, outlet, url, title, language) and the other columns as
            they are; ``{}`` when there is none. A page adds what its markup
            gives, a record its other fields.
        line_ends: the file's line ends before translation: "\\n", "\\r\\n",
            "\\r" or "mixed".
    """

    article_id: str
    path: Path
    relpath: str
    raw: str
    encoding: str
    title: str | None
    title_span: Span | None
    paragraphs: tuple[Span, ...]
    subheadings: tuple[Span, ...]
    boilerplate: tuple[Span, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    line_ends: str = "\n"
    _sha1: str = field(default="", repr=False)

    def text(self, span: Span | tuple[int, int]) -> str:
        """Return ``raw[span.start:span.end]``.

        Example:
            >>> a = article_from_text("عنوان الخبر\\n\\nقال المتحدث إن القوات باقية.")
            >>> a.text(a.paragraphs[0])
            'قال المتحدث إن القوات باقية.'
        """
        return self.raw[span[0]:span[1]]

    @property
    def body_blocks(self) -> tuple[Span, ...]:
        """The title, subheadings and paragraphs merged in text order (what extraction reads)."""
        blocks = list(self.paragraphs) + list(self.subheadings)
        if self.title_span is not None:
            blocks.append(self.title_span)
        return tuple(sorted(blocks))

    @property
    def n_chars(self) -> int:
        """Characters of `raw`."""
        return len(self.raw)

    @property
    def n_paragraphs(self) -> int:
        """Number of body paragraphs (subheadings and title not counted)."""
        return len(self.paragraphs)

    @property
    def n_boilerplate(self) -> int:
        """Number of lines set aside as chrome."""
        return len(self.boilerplate)

    @property
    def sha1(self) -> str:
        """Hex SHA-1 of a text file's bytes; of ``raw`` in UTF-8 for a page, a record or an article built from text."""
        if self._sha1:
            return self._sha1
        return hashlib.sha1(self.raw.encode("utf-8")).hexdigest()



def build_article(raw: str, *, article_id: str, path: Path, relpath: str, encoding: str,
                  metadata: dict[str, str], line_ends: str, sha1: str) -> Article:
    """An `Article` over `raw` (line ends already translated), its layout found by `parse_layout`."""
    layout = parse_layout(raw)
    title = raw[layout.title.start:layout.title.end] if layout.title else None
    return Article(article_id=article_id, path=path, relpath=relpath, raw=raw, encoding=encoding,
                   title=title, title_span=layout.title, paragraphs=layout.paragraphs,
                   subheadings=layout.subheadings, boilerplate=layout.boilerplate,
                   metadata=metadata, line_ends=line_ends, _sha1=sha1)


def article_from_text(raw: str, *, article_id: str = "text", metadata: dict[str, str] | None = None) -> Article:
    """Build an `Article` from a string, as if read from ``<article_id>.txt`` (for tests and notebooks).

    Line ends are translated as for a file; no file is read.

    Example:
        >>> a = article_from_text("القوات باقية في العراق\\n\\nقال مسؤول إن القوات باقية.", article_id="demo")
        >>> a.title, a.relpath, a.n_paragraphs
        ('القوات باقية في العراق', 'demo.txt', 1)
    """
    text, line_ends = translate_line_ends(raw)
    return build_article(text, article_id=article_id, path=Path(article_id + ".txt").absolute(),
                         relpath=article_id + ".txt", encoding="utf-8", metadata=dict(metadata or {}),
                         line_ends=line_ends, sha1=hashlib.sha1(raw.encode("utf-8")).hexdigest())
