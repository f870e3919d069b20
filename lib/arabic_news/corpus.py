"""Read articles from files and folders: decoding, layout, site chrome and metadata.

Owns `read_article` (one file), `load_corpus` (a lazy, sorted iterator over a
folder and its subfolders), `read_metadata` (the optional ``metadata.csv``),
`corpus_fingerprint`, and the `Article` record. It never normalizes text for
output and never extracts facts. The chrome it sets aside comes from one table,
`arabic_news.rules.boilerplate`.

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

Layout
------
Each non-blank line is one block; blank lines only separate. A block is, in
this order of decision:

1. boilerplate, when a row of the boilerplate table matches the whole line
   (plus the linked headlines some markers carry with them);
2. the title, when it is the first remaining block and looks like a headline:
   at most `TITLE_MAX_WORDS` words, not a list item, not ending with a full
   stop or a comma/colon, and followed by a blank line, or directly by body
   text in a text that does not separate its blocks with blank lines (where
   blank lines separate blocks, a first line run straight into the next one
   is the start of the lead paragraph);
3. a subheading, when it is a short line (at most `SUBHEADING_MAX_WORDS`
   words, no final full stop, comma or colon) standing alone between two
   longer body blocks;
4. otherwise a paragraph.

A paragraph wrapped over several lines without blank lines between them is
read as several paragraphs (each line one); sentences never span blocks.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from arabic_news.errors import ArticleError, CorpusError, ParameterError
from arabic_news.normalize import normalize
from arabic_news.rules.boilerplate import BOILERPLATE_RULES, BoilerplateRule

__all__ = [
    "Article",
    "CorpusReader",
    "Layout",
    "MetadataTable",
    "Span",
    "article_from_text",
    "corpus_fingerprint",
    "decode_bytes",
    "list_article_files",
    "load_corpus",
    "parse_layout",
    "read_article",
    "read_metadata",
]

# --- Layout thresholds (keyword-free: they describe headlines, not a language) ---
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 220
SUBHEADING_MAX_WORDS = 12
SUBHEADING_MAX_CHARS = 120
LINKED_HEADLINE_MAX_WORDS = 25

# Punctuation that decides whether a line ends like a sentence or runs on.
FULL_STOPS = ".…۔"            # a line ending with one of these is a sentence, never a heading
QUESTION_MARKS = "?؟!"        # headlines may end with these
RUN_ON_MARKS = ":،,؛;-–—/"     # a line ending with one of these continues into the next
CLOSING_MARKS = "\"'”’»›)]}"   # skipped when looking for a line's last mark
BULLETS = "-–—•*·▪●◦○■□►▸"     # a line starting with one of these is a list item

METADATA_FILE = "metadata.csv"
# Canonical metadata keys and the column names (lower-cased) that give them, in priority order.
METADATA_COLUMNS: dict[str, tuple[str, ...]] = {
    "file": ("file", "path", "filename", "article_id", "docno"),
    "published": ("published", "publication_date", "date"),
    "outlet": ("outlet", "source"),
    "url": ("url",),
    "title": ("title",),
    "language": ("language",),
}
ERRORS_MODES = ("report", "raise")

# Encodings charset-normalizer may propose that we accept (codec name -> recorded name).
# Only Arabic-capable legacy encodings, and UTF-16/32 whose BOM was lost.
_DETECTED_ENCODINGS = {
    "cp1256": "cp1256",
    "windows-1256": "cp1256",
    "iso8859_6": "iso-8859-6",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be",
}
_MAX_CHAOS = 0.10           # charset-normalizer's mess ratio we still call confident
_MIN_ARABIC_SHARE = 0.30    # of the letters of a detected (non-UTF-8) decoding
_MAX_CONTROL_SHARE = 0.10   # of the bytes, above which a file is binary
_MAX_NUL_SHARE = 0.01       # of the bytes: more NULs mean UTF-16/32 without a BOM, or binary; fewer are stray

_ARABIC_LETTER_RE = re.compile(
    "[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    "\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]"
)
_CONTROL_BYTES = frozenset(set(range(0x01, 0x09)) | set(range(0x0E, 0x20)) - {0x1B} | {0x7F})
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


class Span(NamedTuple):
    """A half-open ``[start, end)`` span of `Article.raw`, with a label.

    ``label`` is ``"title"``, ``"subheading"`` or ``"paragraph"`` for body
    blocks, and the id of the boilerplate rule for chrome (``"share_button"``).

    Example:
        >>> s = Span(0, 4, "title")
        >>> "عاجل: خبر"[s.start:s.end]
        'عاجل'
    """

    start: int
    end: int
    label: str = ""


class Layout(NamedTuple):
    """Where the title, paragraphs, subheadings and chrome of a text are."""

    title: Span | None
    paragraphs: tuple[Span, ...]
    subheadings: tuple[Span, ...]
    boilerplate: tuple[Span, ...]


@dataclass(frozen=True)
class Article:
    """One article: its text, its layout as spans into `raw`, and its metadata.

    Attributes:
        article_id: the path relative to the corpus folder, POSIX ``/``,
            without ``.txt``; unique across subfolders.
        path: the absolute path of the file.
        relpath: the path relative to the corpus folder, with its extension.
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
            they are; ``{}`` when there is none.
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
        """Hex SHA-1 of the file's bytes (of ``raw`` in UTF-8 for an article built from text)."""
        if self._sha1:
            return self._sha1
        return hashlib.sha1(self.raw.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- decoding


def _has_arabic(text: str) -> bool:
    return _ARABIC_LETTER_RE.search(text) is not None


def _arabic_share(text: str) -> float:
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER_RE.findall(text)) / letters


def _detect(data: bytes):
    from charset_normalizer import from_bytes  # imported when needed: reading UTF-8 never pays for it

    return from_bytes(data).best()


def _decode_detected(data: bytes, name: str, why: str) -> tuple[str, str]:
    best = _detect(data)
    if best is None:
        raise ArticleError(name, f"undecodable: {why}, and no text encoding fits (re-save it as UTF-8)")
    codec = best.encoding.lower()
    recorded = _DETECTED_ENCODINGS.get(codec)
    if recorded is None:
        raise ArticleError(
            name, f"undecodable: {why}; it looks like {codec}, which is not an Arabic encoding we accept "
                  "(UTF-8, UTF-16 with a BOM, Windows-1256, ISO-8859-6); re-save it as UTF-8")
    text = str(best)
    if best.chaos > _MAX_CHAOS or _arabic_share(text) < _MIN_ARABIC_SHARE:
        raise ArticleError(
            name, f"undecodable: {why}; {recorded} is the closest guess but not a confident one "
                  f"({best.chaos:.0%} garbled, {_arabic_share(text):.0%} Arabic letters); re-save it as UTF-8")
    return text, recorded


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode an article's bytes; never guess silently.

    Tries a BOM (UTF-8, UTF-16, UTF-32), then strict UTF-8, then asks
    charset-normalizer, accepting only an Arabic encoding (Windows-1256,
    ISO-8859-6) or BOM-less UTF-16/32 when the detection is confident and the
    result is mostly Arabic letters. Bytes with many NULs (over 1 %) or
    control bytes (over 10 %) are binary unless they detect as UTF-16/32; a
    few stray control characters (a NUL, a bell) are kept in the text.

    Args:
        data: the file's bytes.
        name: what to call the file in an error message.
    Returns:
        ``(text, encoding)``: the text as decoded (BOM removed, line ends
        untouched) and the codec used.
    Raises:
        ArticleError: empty, binary or undecodable input, naming `name`.
    Example:
        >>> decode_bytes("قال المتحدث إن القوات باقية في العراق.".encode("cp1256"))
        ('قال المتحدث إن القوات باقية في العراق.', 'cp1256')
        >>> decode_bytes(codecs.BOM_UTF8 + "جندي".encode())
        ('جندي', 'utf-8-sig')
        >>> decode_bytes(b"", name="x.txt")
        Traceback (most recent call last):
        ...
        arabic_news.errors.ArticleError: x.txt: empty file (0 bytes)
    """
    if not data:
        raise ArticleError(name, "empty file (0 bytes)")
    for bom, codec, recorded in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), recorded
            except UnicodeDecodeError as exc:
                raise ArticleError(name, f"undecodable: it starts with a {recorded} byte-order mark "
                                         f"but byte {exc.start} is not {recorded}") from None
    head = data[:65536]
    if head.count(b"\x00") > _MAX_NUL_SHARE * len(head):
        try:
            text, recorded = _decode_detected(data, name, "it contains NUL bytes")
        except ArticleError:
            raise ArticleError(name, "binary file (contains NUL bytes; if it is UTF-16 text, "
                                     "save it with a byte-order mark)") from None
        if recorded.startswith("utf-"):
            return text, recorded
        raise ArticleError(name, "binary file (contains NUL bytes)")
    if sum(1 for b in head if b in _CONTROL_BYTES or b == 0) > _MAX_CONTROL_SHARE * len(head):
        raise ArticleError(name, "binary file (mostly control bytes, not text)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        why = f"not valid UTF-8 (byte {exc.start})"
    return _decode_detected(data, name, why)


def _translate_line_ends(text: str) -> tuple[str, str]:
    if "\r" not in text:
        return text, "\n"
    crlf = text.count("\r\n")
    kinds = [kind for kind, count in (("\n", text.count("\n") - crlf), ("\r\n", crlf),
                                       ("\r", text.count("\r") - crlf)) if count]
    line_ends = kinds[0] if len(kinds) == 1 else "mixed"
    return text.replace("\r\n", "\n").replace("\r", "\n"), line_ends


# --------------------------------------------------------------------------- layout


class _Block(NamedTuple):
    start: int
    end: int
    line: int        # 0-based line number
    key: str         # normalized, white space collapsed, for the boilerplate table
    n_words: int


def _is_blank_char(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def _blocks(raw: str) -> list[_Block]:
    blocks = []
    pos = 0
    for number, line in enumerate(raw.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and _is_blank_char(raw[start]):
            start += 1
        while end > start and _is_blank_char(raw[end - 1]):
            end -= 1
        if start == end:
            continue
        key = " ".join(normalize(raw[start:end]).split())
        blocks.append(_Block(start, end, number, key, len(key.split())))
    return blocks


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[BoilerplateRule, re.Pattern], ...]:
    return tuple((rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in BOILERPLATE_RULES)


def _chrome_rule(key: str, first: bool = False) -> BoilerplateRule | None:
    for rule, pattern in _compiled_rules():
        if (rule.may_open or not first) and pattern.fullmatch(key):
            return rule
    return None


def _last_mark(text: str) -> str:
    stripped = text.rstrip(CLOSING_MARKS + " ")
    if stripped.endswith(("..", "…")):
        return "…"
    return stripped[-1] if stripped else ""


def _is_list_item(text: str) -> bool:
    return text[0] in BULLETS or re.match(r"\d{1,3}\s*[-.)]\s*\D", text) is not None


def _heading_shaped(text: str, n_words: int, max_words: int, max_chars: int,
                    trailing_dots: bool = False) -> bool:
    """Short, not a list item, has a letter, and does not end like a sentence or run on.

    A headline may trail off with dots ("بلا أمل...") when `trailing_dots` is set.
    """
    last = _last_mark(text)
    ends_badly = last in RUN_ON_MARKS or (last in FULL_STOPS and not (trailing_dots and last == "…"))
    return (n_words <= max_words and len(text) <= max_chars and not _is_list_item(text)
            and not ends_badly and any(c.isalpha() for c in text))


def parse_layout(raw: str) -> Layout:
    """Find the title, paragraphs, subheadings and chrome of an article's text.

    Args:
        raw: the article's text; every span returned indexes into it.
    Returns:
        A `Layout`; paragraphs, subheadings and boilerplate are in text order.
        A text of blank lines gives no blocks at all.
    Example:
        >>> text = ("انسحاب القوات من القاعدة\\n\\nشارك الخبر\\n\\n"
        ...         "قال مسؤول إن 2500 جندي باقون.\\n\\nموقف الحكومة\\n\\n"
        ...         "وأكد الوزير أن الحوار مستمر.\\n\\nRead Next\\n\\nعنوان مقال آخر")
        >>> layout = parse_layout(text)
        >>> text[layout.title.start:layout.title.end]
        'انسحاب القوات من القاعدة'
        >>> [text[s.start:s.end] for s in layout.subheadings]
        ['موقف الحكومة']
        >>> [(s.label, text[s.start:s.end]) for s in layout.boilerplate]
        [('share_button', 'شارك الخبر'), ('read_previous_next', 'Read Next'), ('read_previous_next', 'عنوان مقال آخر')]
        >>> len(layout.paragraphs)
        2
    """
    blocks = _blocks(raw)
    chrome: dict[int, str] = {}
    i = 0
    while i < len(blocks):
        rule = _chrome_rule(blocks[i].key, first=i == 0)
        if rule is None:
            i += 1
            continue
        chrome[i] = rule.id
        i += 1
        taken = 0
        while (taken < rule.takes_next and i < len(blocks) and _chrome_rule(blocks[i].key) is None
               and _heading_shaped(raw[blocks[i].start:blocks[i].end], blocks[i].n_words,
                                   LINKED_HEADLINE_MAX_WORDS, TITLE_MAX_CHARS, trailing_dots=True)):
            chrome[i] = rule.id
            i += 1
            taken += 1

    body = [k for k in range(len(blocks)) if k not in chrome]
    title_index = None
    if len(body) >= 2:
        first, second = blocks[body[0]], blocks[body[1]]
        first_text = raw[first.start:first.end]
        if _heading_shaped(first_text, first.n_words, TITLE_MAX_WORDS, TITLE_MAX_CHARS, trailing_dots=True):
            blank_after = second.line > first.line + 1
            second_text = raw[second.start:second.end]
            runs_into_body = (_last_mark(second_text) in FULL_STOPS + QUESTION_MARKS
                              or len(second_text) > len(first_text))
            # In a text whose blocks are separated by blank lines, a first line with no
            # blank line after it is the start of the lead paragraph, not a headline.
            gaps = [b.line > a.line + 1 for a, b in zip(blocks, blocks[1:])]
            blank_separated = sum(gaps) * 2 > len(gaps)
            if blank_after or (runs_into_body and not blank_separated
                               and _last_mark(first_text) not in QUESTION_MARKS):
                title_index = body[0]

    rest = [k for k in body if k != title_index]
    shaped = {
        k: _heading_shaped(raw[blocks[k].start:blocks[k].end], blocks[k].n_words,
                           SUBHEADING_MAX_WORDS, SUBHEADING_MAX_CHARS)
        for k in rest
    }
    subheading_indexes = set()
    for position, k in enumerate(rest):
        if not shaped[k] or position == 0 or position == len(rest) - 1:
            continue
        before, after = rest[position - 1], rest[position + 1]
        if not shaped[before] and not shaped[after]:
            subheading_indexes.add(k)

    def span(k: int, label: str) -> Span:
        return Span(blocks[k].start, blocks[k].end, label)

    return Layout(
        title=span(title_index, "title") if title_index is not None else None,
        paragraphs=tuple(span(k, "paragraph") for k in rest if k not in subheading_indexes),
        subheadings=tuple(span(k, "subheading") for k in rest if k in subheading_indexes),
        boilerplate=tuple(span(k, label) for k, label in sorted(chrome.items())),
    )


# --------------------------------------------------------------------------- metadata


def _clean_key(value: str) -> str:
    value = value.strip().replace("\\", "/")
    while value.startswith("./"):
        value = value[2:]
    return value.lstrip("/")


def _strip_txt(value: str) -> str:
    return value[:-4] if value.lower().endswith(".txt") else value


def read_metadata(folder: str | Path) -> dict[str, dict[str, str]]:
    """Read ``metadata.csv`` at the corpus root, with canonical column names.

    The file column may be called file, path, filename, article_id or docno;
    the date published, publication_date or date; the outlet outlet or source;
    url, title and language keep their names. Recognised columns are renamed
    to the canonical keys (file, published, outlet, url, title, language); the
    others are kept as they are. When two columns give the same key, the first
    in that order wins and the other keeps its own name.

    Args:
        folder: the corpus folder.
    Returns:
        ``{file value (POSIX, as given): row}`` (a `MetadataTable`, a dict
        that keeps its lookup index for `read_article`); an empty one when
        there is no ``metadata.csv``. The first of two rows for the same file wins.
    Raises:
        CorpusError: the folder is missing, or ``metadata.csv`` is not UTF-8
            CSV or has no file column.
    """
    stamp = _metadata_stamp(folder)
    if stamp is None:
        return MetadataTable()
    return MetadataTable({key: dict(row) for key, row in _read_metadata_cached(*stamp).items()})


def _metadata_stamp(folder: str | Path) -> tuple[str, int, int] | None:
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(folder, "is not a folder")
    csv_path = folder / METADATA_FILE
    if not csv_path.is_file():
        return None
    stat = csv_path.stat()
    return str(csv_path), stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=4)
def _read_metadata_cached(csv_path: str, _mtime: int, _size: int) -> dict[str, dict[str, str]]:
    try:
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                return {}
            names = [h.strip() for h in header]
            lowered = [h.lower() for h in names]
            rename: dict[int, str] = {}
            for canonical, aliases in METADATA_COLUMNS.items():
                for alias in aliases:
                    if alias in lowered and lowered.index(alias) not in rename:
                        rename[lowered.index(alias)] = canonical
                        break
            if "file" not in rename.values():
                raise CorpusError(csv_path, "has no file column (one of: "
                                            + ", ".join(METADATA_COLUMNS["file"]) + ")")
            file_column = next(i for i, c in rename.items() if c == "file")
            table: dict[str, dict[str, str]] = {}
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                values = values + [""] * (len(names) - len(values))
                row = {rename.get(i, names[i]): values[i] for i in range(len(names))}
                key = _clean_key(values[file_column])
                if key and key not in table:
                    row["file"] = key
                    table[key] = row
            return table
    except UnicodeDecodeError as exc:
        raise CorpusError(csv_path, f"is not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    except csv.Error as exc:
        raise CorpusError(csv_path, f"is not valid CSV ({exc})") from None


class _MetadataIndex:
    """Finds a row by relative path, by article id, or by file stem.

    A stem (``notes`` for ``archive/old/notes.txt``) matches only a row whose
    file value has no folder in it (a bare name or docno), only when one row
    has that stem, and only when no other article file of the corpus has it.
    """

    def __init__(self, table: Mapping[str, Mapping[str, str]]):
        self.table = table
        self.by_id: dict[str, str] = {}
        stems: dict[str, list[str]] = {}
        for key in table:
            self.by_id.setdefault(_strip_txt(key), key)
            if "/" not in key:
                stems.setdefault(_strip_txt(key), []).append(key)
        self.by_stem = {stem: keys[0] for stem, keys in stems.items() if len(keys) == 1}

    def row(self, relpath: str, ambiguous: frozenset[str] = frozenset()) -> dict[str, str]:
        article_id = _strip_txt(relpath)
        stem = article_id.rsplit("/", 1)[-1]
        key = relpath if relpath in self.table else self.by_id.get(article_id)
        if key is None and stem not in ambiguous:
            key = self.by_stem.get(stem)
        return dict(self.table[key]) if key is not None else {}


class MetadataTable(dict):
    """The rows of ``metadata.csv`` by file; a dict that builds its lookup index once."""

    _index: _MetadataIndex | None = None

    def row(self, relpath: str) -> dict[str, str]:
        """The row of the article at `relpath` (by path, article id or unique stem); {} when none.

        Example:
            >>> table = MetadataTable({"articles/a-1.txt": {"file": "articles/a-1.txt", "outlet": "X"},
            ...                        "b-2": {"file": "b-2", "outlet": "Y"}})
            >>> table.row("articles/a-1.txt")["outlet"], table.row("news/b-2.txt")["outlet"], table.row("a-1.txt")
            ('X', 'Y', {})
        """
        if self._index is None or len(self._index.table) != len(self):
            self._index = _MetadataIndex(self)
        return self._index.row(relpath)


@lru_cache(maxsize=4)
def _cached_index(csv_path: str, mtime: int, size: int) -> _MetadataIndex:
    return _MetadataIndex(_read_metadata_cached(csv_path, mtime, size))


def _metadata_row(metadata, relpath: str, corpus_root: Path | None) -> dict[str, str]:
    if isinstance(metadata, tuple):     # (index, ambiguous stems), from CorpusReader
        return metadata[0].row(relpath, metadata[1])
    if isinstance(metadata, (_MetadataIndex, MetadataTable)):
        return metadata.row(relpath)
    if metadata is None:
        stamp = _metadata_stamp(corpus_root) if corpus_root is not None else None
        return _cached_index(*stamp).row(relpath) if stamp else {}
    if not metadata:
        return {}
    if all(isinstance(v, str) for v in metadata.values()):
        return dict(metadata)          # already the article's own row
    return _MetadataIndex(metadata).row(relpath)


# --------------------------------------------------------------------------- files


def _read_bytes(path: Path) -> bytes:
    """The one place an article file is read (tests count calls to it)."""
    with open(path, "rb") as handle:
        return handle.read()


def _build_article(raw: str, *, article_id: str, path: Path, relpath: str, encoding: str,
                   metadata: dict[str, str], line_ends: str, sha1: str) -> Article:
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
    text, line_ends = _translate_line_ends(raw)
    return _build_article(text, article_id=article_id, path=Path(article_id + ".txt").absolute(),
                          relpath=article_id + ".txt", encoding="utf-8", metadata=dict(metadata or {}),
                          line_ends=line_ends, sha1=hashlib.sha1(raw.encode("utf-8")).hexdigest())


def read_article(path: str | Path, *, corpus_root: str | Path | None = None,
                 metadata: Mapping | None = None) -> Article:
    """Read one article file.

    Args:
        path: the ``.txt`` file.
        corpus_root: the corpus folder it belongs to: sets `Article.relpath`
            and `Article.article_id` relative to it (else the file name is
            used) and, when `metadata` is None, where ``metadata.csv`` is read.
        metadata: the article's own row (a dict of strings), or the whole
            table from `read_metadata` (looked up by relative path, article id
            or file stem), or None.
    Returns:
        The `Article`.
    Raises:
        ArticleError: the file is missing, empty, binary, undecodable or has
            no Arabic letters; the message names the file and the reason.
    Example:
        >>> import tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> path = Path(tmp.name) / "khabar.txt"
        >>> _ = path.write_bytes("عودة الجنود\\r\\n\\r\\nعاد 300 جندي إلى القاعدة.\\r\\n".encode("cp1256"))
        >>> a = read_article(path)
        >>> a.article_id, a.encoding, a.line_ends, a.title, a.text(a.paragraphs[0])
        ('khabar', 'cp1256', '\\r\\n', 'عودة الجنود', 'عاد 300 جندي إلى القاعدة.')
        >>> _ = path.write_text("Troops return to base.", encoding="utf-8")
        >>> read_article(path)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        arabic_news.errors.ArticleError: .../khabar.txt: no Arabic letters (is this the English edition?)
        >>> tmp.cleanup()
    """
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise ArticleError(name, "no such file" if not path.exists() else "is not a file")
    root = Path(corpus_root) if corpus_root is not None else None
    if root is not None:
        relpath = Path(os.path.relpath(path.absolute(), root.absolute())).as_posix()
        if relpath.startswith("../"):
            relpath = path.name
    else:
        relpath = path.name
    try:
        data = _read_bytes(path)
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror or exc})") from None
    text, encoding = decode_bytes(data, name=name)
    raw, line_ends = _translate_line_ends(text)
    if not raw.strip() or all(_is_blank_char(c) for c in raw):
        raise ArticleError(name, "empty file (only white space)")
    if not _has_arabic(raw):
        raise ArticleError(name, "no Arabic letters (is this the English edition?)")
    return _build_article(raw, article_id=_strip_txt(relpath), path=path.absolute(), relpath=relpath,
                          encoding=encoding, metadata=_metadata_row(metadata, relpath, root),
                          line_ends=line_ends, sha1=hashlib.sha1(data).hexdigest())


def list_article_files(folder: str | Path) -> list[str]:
    """List the article files of a folder and its subfolders.

    Articles are files ending in ``.txt`` (any case); hidden files and folders
    (names starting with ".") are left out, and folder symlinks are not followed.

    Args:
        folder: the corpus folder.
    Returns:
        Relative POSIX paths, sorted by code point; ``[]`` when there are none.
    Raises:
        CorpusError: the folder is missing or is not a folder.
    """
    folder = Path(folder)
    if not folder.exists():
        raise CorpusError(folder, "no such folder")
    if not folder.is_dir():
        raise CorpusError(folder, "is not a folder")
    found = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(here).relative_to(folder)
        for name in files:
            if not name.startswith(".") and name.lower().endswith(".txt"):
                found.append((base / name).as_posix())
    return sorted(found)


class CorpusReader:
    """A lazy iterator over the articles of a folder, in sorted relative-path order.

    Only the list of relative paths is held; each file is read when its turn
    comes. Iterating with ``for`` starts a fresh pass each time (clearing
    `skipped`); ``next(reader)`` continues one running pass.

    Attributes:
        folder: the corpus folder, as given.
        total: the number of candidate files (for progress bars).
        skipped: the `ArticleError` of each file skipped in the current pass
            (``errors="report"``).
        errors: "report" or "raise".
    """

    def __init__(self, folder: Path, relpaths: list[str], errors: str):
        self.folder = folder
        self.errors = errors
        self.total = len(relpaths)
        self.skipped: list[ArticleError] = []
        self._relpaths = relpaths
        self._index: _MetadataIndex | None = None
        self._running: Iterator[Article] | None = None

    def __repr__(self) -> str:
        return f"CorpusReader({str(self.folder)!r}, total={self.total}, errors={self.errors!r})"

    def _metadata(self) -> _MetadataIndex:
        if self._index is None:
            stamp = _metadata_stamp(self.folder)
            self._index = _cached_index(*stamp) if stamp else _MetadataIndex({})
        return self._index

    def _pass(self) -> Iterator[Article]:
        self.skipped = []
        stems: dict[str, int] = {}
        for relpath in self._relpaths:
            stem = _strip_txt(relpath).rsplit("/", 1)[-1]
            stems[stem] = stems.get(stem, 0) + 1
        lookup = (self._metadata(), frozenset(stem for stem, n in stems.items() if n > 1))
        for relpath in self._relpaths:
            try:
                yield read_article(self.folder / relpath, corpus_root=self.folder, metadata=lookup)
            except ArticleError as error:
                if self.errors == "raise":
                    raise
                self.skipped.append(error)

    def __iter__(self) -> Iterator[Article]:
        return self._pass()

    def __next__(self) -> Article:
        if self._running is None:
            self._running = self._pass()
        return next(self._running)

    def summary(self) -> str:
        """One line per skipped file, after a count; "" when nothing was skipped."""
        if not self.skipped:
            return ""
        lines = [f"{len(self.skipped)} of {self.total} files skipped:"]
        lines += [f"  {error}" for error in self.skipped]
        return "\n".join(lines)


def load_corpus(folder: str | Path, *, errors: str = "report") -> CorpusReader:
    """Open a folder of articles (and its subfolders) for lazy reading.

    Args:
        folder: the corpus folder; an optional ``metadata.csv`` at its root
            is attached to the articles (see `read_metadata`).
        errors: "report" (skip a bad file and record it in
            ``reader.skipped``) or "raise" (stop at the first bad file).
    Returns:
        A `CorpusReader`; no article file is read until iteration.
    Raises:
        CorpusError: the folder is missing, not a folder, or has no ``.txt`` files.
        ParameterError: `errors` is neither "report" nor "raise".
    Example:
        >>> import tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> root = Path(tmp.name)
        >>> for name in ("2021/a.txt", "2020/a.txt", "2020/empty.txt"):
        ...     (root / name).parent.mkdir(exist_ok=True)
        ...     _ = (root / name).write_text("" if "empty" in name else "عنوان\\n\\nقال الوزير إن القوات باقية.\\n")
        >>> _ = (root / "metadata.csv").write_text("file,date,source\\n2021/a.txt,2021-07-29,Example\\n")
        >>> reader = load_corpus(root)
        >>> reader.total
        3
        >>> [(a.article_id, a.metadata.get("published")) for a in reader]
        [('2020/a', None), ('2021/a', '2021-07-29')]
        >>> [e.reason for e in reader.skipped]
        ['empty file (0 bytes)']
        >>> tmp.cleanup()
    """
    if errors not in ERRORS_MODES:
        raise ParameterError("errors", errors, "is not a way to handle bad files",
                             "Use errors='report' to skip and record them or errors='raise' to stop at the first")
    folder = Path(folder)
    relpaths = list_article_files(folder)
    if not relpaths:
        raise CorpusError(folder, "has no .txt articles (looked in it and its subfolders)")
    return CorpusReader(folder, relpaths, errors)


def corpus_fingerprint(folder: str | Path) -> str:
    """A hex SHA-256 over the corpus: its sorted article paths with their bytes, and ``metadata.csv``.

    Stable across runs and machines: only relative paths and bytes enter it,
    never times or absolute paths.

    Raises:
        CorpusError: the folder is missing or is not a folder.
    """
    folder = Path(folder)
    relpaths = list_article_files(folder)
    if (folder / METADATA_FILE).is_file():
        relpaths = sorted(relpaths + [METADATA_FILE])
    digest = hashlib.sha256()
    for relpath in relpaths:
        path = folder / relpath
        digest.update(relpath.encode("utf-8") + b"\x00" + path.stat().st_size.to_bytes(8, "big"))
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()
