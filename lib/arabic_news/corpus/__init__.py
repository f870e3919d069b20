"""Read articles from files and folders: decoding, layout, site chrome and metadata.

The corpus step of the project's one road (file → `Article` → facts). It never
normalizes text for output and never extracts facts. Each job has its module:

- `arabic_news.corpus.decoding`: bytes → text (`decode_bytes`), line ends;
- `arabic_news.corpus.layout`: title, paragraphs, subheadings and site chrome
  as spans (`parse_layout`); the chrome comes from one table,
  `arabic_news.rules.boilerplate`;
- `arabic_news.corpus.metadata`: the optional ``metadata.csv`` (`read_metadata`);
- `arabic_news.corpus.article`: the `Article` record and `article_from_text`;
- `arabic_news.corpus.web_pages`: saved web pages (``.html``), their main
  text and metadata taken out with trafilatura;
- `arabic_news.corpus.records` and `arabic_news.corpus.record_files`: files of
  many articles (JSON Lines, CSV/TSV, Parquet), read a record at a time;
- `arabic_news.corpus.reader`: one file (`read_article`), a lazy sorted pass
  over a folder (`load_corpus`, `CorpusReader`), an article's text from the
  articles table's path (`read_article_text`) and `corpus_fingerprint`.

Every name below is importable from ``arabic_news.corpus``; offsets are
half-open ``[start, end)`` into ``Article.raw`` (see `arabic_news.corpus.article`).
"""

from __future__ import annotations

from arabic_news.corpus.article import Article, article_from_text
from arabic_news.corpus.decoding import decode_bytes
from arabic_news.corpus.layout import (
    LINKED_HEADLINE_MAX_WORDS,
    SUBHEADING_MAX_CHARS,
    SUBHEADING_MAX_WORDS,
    TITLE_MAX_CHARS,
    TITLE_MAX_WORDS,
    Layout,
    Span,
    parse_layout,
)
from arabic_news.corpus.metadata import METADATA_COLUMNS, METADATA_FILE, MetadataTable, read_metadata
from arabic_news.corpus.reader import (
    ERRORS_MODES,
    CorpusReader,
    ambiguous_stems,
    article_kind,
    corpus_fingerprint,
    list_article_files,
    load_corpus,
    read_article,
    read_article_at,
    read_article_text,
)
from arabic_news.corpus.records import FIELD_NAMES, RecordFields, record_fields

__all__ = [
    "Article",
    "CorpusReader",
    "Layout",
    "MetadataTable",
    "RecordFields",
    "Span",
    "article_from_text",
    "ambiguous_stems",
    "article_kind",
    "corpus_fingerprint",
    "decode_bytes",
    "list_article_files",
    "load_corpus",
    "parse_layout",
    "read_article",
    "read_article_at",
    "read_article_text",
    "read_metadata",
    "record_fields",
]
