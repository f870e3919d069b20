"""Reading article files and folders: one file, a lazy sorted pass over a folder, its fingerprint.

`read_article` reads one text file or saved page (decoding with
`arabic_news.corpus.decoding`, pages with `arabic_news.corpus.web_pages`,
layout with `arabic_news.corpus.layout`, its row of ``metadata.csv`` with
`arabic_news.corpus.metadata`). `load_corpus` opens a folder and its
subfolders as a `CorpusReader`, which reads one file at a time, and the files
of many articles (`arabic_news.corpus.records`) one record at a time; it skips
a bad file or record with its reason (``errors="report"``) or stops at it
(``errors="raise"``). `read_article_text` gives an article's text back from
the articles table's ``path``; `corpus_fingerprint` hashes what a run read.
"""

from __future__ import annotations

import hashlib
import os
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from arabic_news.corpus.article import Article, build_article
from arabic_news.corpus.decoding import decode_bytes, has_arabic, translate_line_ends
from arabic_news.corpus.layout import is_blank_char
from arabic_news.corpus.metadata import CORRECTIONS_FILE, METADATA_FILE, MetadataIndex, metadata_index, metadata_row, strip_txt
from arabic_news.corpus.record_files import estimate_records, is_locator
from arabic_news.corpus.records import (
    RecordFields,
    RecordSource,
    current_fields,
    find_record,
    read_records,
    record_kind,
)
from arabic_news.corpus.web_pages import WEB_PAGE_SUFFIXES, decode_page, page_text
from arabic_news.errors import ArticleError, CorpusError, ParameterError

ERRORS_MODES = ("report", "raise")


def _read_bytes(path: Path) -> bytes:
    """The one place an article file is read (tests count calls to it)."""
    with open(path, "rb") as handle:
        return handle.read()


def _relpath(path: Path, root: Path | None) -> str:
    """`path` relative to the corpus folder, POSIX; the file name when there is no folder or it is outside."""
    if root is None:
        return path.name
    relpath = Path(os.path.relpath(path.absolute(), root.absolute())).as_posix()
    return path.name if relpath.startswith("../") else relpath


def _checked_text(text: str, name: str) -> tuple[str, str]:
    """The text with LF line ends and its original line ends; refused when blank or without Arabic."""
    raw, line_ends = translate_line_ends(text)
    if not raw.strip() or all(is_blank_char(c) for c in raw):
        raise ArticleError(name, "empty file (only white space)")
    if not has_arabic(raw):
        raise ArticleError(name, "no Arabic letters (is this the English edition?)")
    return raw, line_ends


def _read_web_page(data: bytes, *, path: Path, relpath: str, name: str, row: dict[str, str]) -> Article:
    """A saved page's `Article` (see `arabic_news.corpus.web_pages`); `metadata.csv` wins over the page."""
    html, encoding = decode_page(data, name=name)
    text, found = page_text(html, name=name)
    raw, line_ends = _checked_text(text, name)
    metadata = {**found, **{key: value for key, value in row.items() if value != ""}}
    return build_article(raw, article_id=relpath, path=path.absolute(), relpath=relpath, encoding=encoding,
                         metadata=metadata, line_ends=line_ends, sha1=hashlib.sha1(raw.encode("utf-8")).hexdigest())


def read_article(path: str | Path, *, corpus_root: str | Path | None = None,
                 metadata: Mapping | None = None) -> Article:
    """Read one article file.

    Args:
        path: a ``.txt`` file, or a saved web page (``.html``, ``.htm``;
            see `arabic_news.corpus.web_pages`). Files of many articles
            (JSON Lines, CSV, Parquet) are read with `load_corpus`.
        corpus_root: the corpus folder it belongs to: sets `Article.relpath`
            and `Article.article_id` relative to it (else the file name is
            used) and, when `metadata` is None, where ``metadata.csv`` is read.
        metadata: the article's own row (a dict of strings), or the whole
            table from `read_metadata` (looked up by relative path, article id
            or file stem), or None.
    Returns:
        The `Article`.
    Raises:
        ArticleError: the file is missing, empty, binary, undecodable, has
            no Arabic letters, is a page without article text, or holds many
            articles; the message names the file and the reason.
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
    kind = article_kind(path.name) or "text"       # a file named otherwise is read as text, as it always was
    if kind not in ("text", "web_page"):
        raise ArticleError(name, f"holds many articles ({kind}): open its folder with load_corpus, "
                                 "or read it with read_article_text and the record's path")
    root = Path(corpus_root) if corpus_root is not None else None
    relpath = _relpath(path, root)
    try:
        data = _read_bytes(path)
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror or exc})") from None
    if kind == "web_page":
        return _read_web_page(data, path=path, relpath=relpath, name=name,
                              row=metadata_row(metadata, relpath, root))
    text, encoding = decode_bytes(data, name=name)
    raw, line_ends = _checked_text(text, name)
    return build_article(raw, article_id=strip_txt(relpath), path=path.absolute(), relpath=relpath,
                         encoding=encoding, metadata=metadata_row(metadata, relpath, root),
                         line_ends=line_ends, sha1=hashlib.sha1(data).hexdigest())


def article_kind(relpath: str) -> str | None:
    """What a file holds, by its suffix (any case): "text", "web_page", "jsonl", "csv", "tsv", "parquet"; else None.

    ``metadata.csv`` and ``corrections.csv`` are no article files, in any folder.

    Example:
        >>> [article_kind(p) for p in ("a.TXT", "b.htm", "c.jsonl", "metadata.csv", "corrections.csv", "notes.md")]
        ['text', 'web_page', 'jsonl', None, None, None]
    """
    name = relpath.rsplit("/", 1)[-1].lower()
    if name in (METADATA_FILE, CORRECTIONS_FILE):
        return None
    if name.endswith(".txt"):
        return "text"
    if name.endswith(WEB_PAGE_SUFFIXES):
        return "web_page"
    return record_kind(name)


def list_article_files(folder: str | Path) -> list[str]:
    """List the article files of a folder and its subfolders.

    Article files end in ``.txt``, ``.html``, ``.htm`` (one article each),
    ``.jsonl``, ``.ndjson``, ``.csv``, ``.tsv`` or ``.parquet`` (many), in
    any case; ``metadata.csv``, hidden files and folders (names starting with
    ".") are left out, and folder symlinks are not followed.

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
            if not name.startswith(".") and article_kind(name):
                found.append((base / name).as_posix())
    return sorted(found)


def ambiguous_stems(relpaths: list[str]) -> frozenset[str]:
    """The file stems (names without folder and ``.txt``) that several article files share: a row of
    ``metadata.csv`` naming only a stem is never matched to them.

    Example:
        >>> sorted(ambiguous_stems(["2020/a.txt", "2021/a.txt", "b.txt"]))
        ['a']
    """
    counts: dict[str, int] = {}
    for relpath in relpaths:
        stem = strip_txt(relpath).rsplit("/", 1)[-1]
        counts[stem] = counts.get(stem, 0) + 1
    return frozenset(stem for stem, n in counts.items() if n > 1)


class _Paths(Sequence):
    """A sorted list of relative paths kept as one string and the offsets into it: a large folder's
    file list in about half the memory of a list of strings, still indexed and iterated like one."""

    def __init__(self, relpaths: list[str]):
        self._text = "\n".join(relpaths)
        self._starts = array("q", [0])
        for relpath in relpaths:
            self._starts.append(self._starts[-1] + len(relpath) + 1)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._text[self._starts[index]:self._starts[index + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self)):
            yield self._text[self._starts[i]:self._starts[i + 1] - 1]


class _TakenIds:
    """The article ids a pass has given, in a few bytes each: a set of their hashes, and beside each
    hash where it was read (the file's index in `relpaths`, and the record's line or row). An id
    whose hash was seen is compared with the earlier article's own id, read again: ids never clash
    by their hash alone, and a pass over a large folder holds no id or path per article."""

    def __init__(self, reader: "CorpusReader"):
        self.reader = reader
        self.hashes: set[int] = set()
        self.where = array("q")     # hash, code: file index << 32 | record number (0 for a file)

    def add(self, article: Article, file_index: int) -> None:
        h = hash(article.article_id)
        self.hashes.add(h)
        number = 0
        if record_kind(self.reader._relpaths[file_index]):
            number = int(article.relpath.rsplit("#", 1)[1].lstrip("Lrow="))
        self.where.extend((h, file_index << 32 | number))

    def holder(self, article_id: str) -> str | None:
        """The relpath of the article read earlier in this pass with `article_id`, or None."""
        import numpy as np

        h = hash(article_id)
        if h not in self.hashes:
            return None
        pairs = np.frombuffer(self.where, dtype=np.int64)
        for code in pairs[1::2][pairs[0::2] == h].tolist():
            relpath, earlier = self.reader._read_again(code)
            if earlier == article_id:
                return relpath
        return None


class CorpusReader:
    """A lazy iterator over the articles of a folder, in sorted relative-path order.

    Only the list of relative paths is held; each file is read when its turn
    comes, and a file of many articles one record at a time. Iterating with
    ``for`` starts a fresh pass each time (clearing `skipped`);
    ``next(reader)`` continues one running pass.

    Attributes:
        folder: the corpus folder, as given.
        total: the number of candidate articles (for progress bars): files,
            plus an estimate of the records of record files (their lines, or
            a Parquet file's rows), counted on first use.
        skipped: the `ArticleError` of each file or record skipped in the
            current pass (``errors="report"``).
        errors: "report" or "raise".
        fields: the `RecordFields` used for record files.
    """

    def __init__(self, folder: Path, relpaths: list[str], errors: str, fields: RecordFields = RecordFields(),
                 ambiguous: frozenset[str] | None = None):
        self.folder = folder
        self.errors = errors
        self.fields = fields
        self._ambiguous = ambiguous   # stems of several files of the whole corpus (a part's reader is given them)
        self.skipped: list[ArticleError] = []
        self._relpaths = _Paths(list(relpaths))
        self._total: int | None = None
        self._index: MetadataIndex | None = None
        self._running: Iterator[Article] | None = None

    @property
    def relpaths(self) -> Sequence[str]:
        """The article files read, relative to the folder, in reading order (a read-only sequence)."""
        return self._relpaths

    def __repr__(self) -> str:
        return f"CorpusReader({str(self.folder)!r}, total={self.total}, errors={self.errors!r})"

    @property
    def total(self) -> int:
        """Files of one article count one; record files their estimated records."""
        if self._total is None:
            self._total = sum(estimate_records(self.folder / relpath, record_kind(relpath))
                              if record_kind(relpath) else 1 for relpath in self._relpaths)
        return self._total

    def _metadata(self) -> MetadataIndex:
        if self._index is None:
            self._index = metadata_index(self.folder)
        return self._index

    def _articles(self) -> Iterator[tuple[int, Article | ArticleError]]:
        """Every article of the folder, or the error saying why a file or record was skipped, with the
        index of its file in `relpaths`."""
        ambiguous = self._ambiguous if self._ambiguous is not None else ambiguous_stems(self._relpaths)
        lookup = (self._metadata(), ambiguous)
        for index, relpath in enumerate(self._relpaths):
            kind = record_kind(relpath)
            if kind:
                source = RecordSource(self.folder / relpath, relpath, kind, str(self.folder / relpath))
                for item in read_records(source, self.fields):
                    yield index, item
                continue
            try:
                yield index, read_article(self.folder / relpath, corpus_root=self.folder, metadata=lookup)
            except ArticleError as error:
                yield index, error

    def _pass(self) -> Iterator[Article]:
        self.skipped = []
        taken = _TakenIds(self)
        for index, item in self._articles():
            holder = taken.holder(item.article_id) if isinstance(item, Article) else None
            if holder is not None:
                clash = f"its article id {item.article_id!r} is already the id of {holder}"
                item = ArticleError(self.folder / item.relpath, clash + "; rename one of them")
            if isinstance(item, ArticleError):
                if self.errors == "raise":
                    raise item
                self.skipped.append(item)
                continue
            taken.add(item, index)
            yield item

    def _read_again(self, code: int) -> tuple[str, str | None]:
        """The relpath and article id of the article `_TakenIds` coded as `code` (the file read again)."""
        relpath = self._relpaths[code >> 32]
        kind = record_kind(relpath)
        try:
            if not kind:
                return relpath, read_article(self.folder / relpath, corpus_root=self.folder, metadata={}).article_id
            locator = f"{'row=' if kind == 'parquet' else 'L'}{code & 0xFFFFFFFF}"
            source = RecordSource(self.folder / relpath, relpath, kind, str(self.folder / relpath))
            return f"{relpath}#{locator}", find_record(source, locator, self.fields).article_id
        except ArticleError:
            return relpath, None

    def __iter__(self) -> Iterator[Article]:
        return self._pass()

    def __next__(self) -> Article:
        if self._running is None:
            self._running = self._pass()
        return next(self._running)

    def summary(self) -> str:
        """One line per skipped file or record, after a count; "" when nothing was skipped."""
        if not self.skipped:
            return ""
        if any(record_kind(relpath) for relpath in self._relpaths):
            lines = [f"{len(self.skipped)} of about {self.total} articles skipped:"]
        else:
            lines = [f"{len(self.skipped)} of {self.total} files skipped:"]
        lines += [f"  {error}" for error in self.skipped]
        return "\n".join(lines)


def load_corpus(folder: str | Path, *, errors: str = "report", text_field: str | None = None,
                id_field: str | None = None, date_field: str | None = None,
                title_field: str | None = None) -> CorpusReader:
    """Open a folder of articles (and its subfolders) for lazy reading.

    The folder may hold text files (``.txt``), saved web pages (``.html``,
    ``.htm``) and files of many articles: JSON Lines (``.jsonl``,
    ``.ndjson``), CSV (``.csv``, ``.tsv``) and Parquet (``.parquet``); see
    `arabic_news.corpus.web_pages` and `arabic_news.corpus.records`.

    Args:
        folder: the corpus folder; an optional ``metadata.csv`` at its root
            is attached to the articles of text files and pages (see `read_metadata`).
        errors: "report" (skip a bad file or record and record it in
            ``reader.skipped``) or "raise" (stop at the first).
        text_field, id_field, date_field, title_field: the names of a
            record's text, id, publication date and headline fields; each one
            not given is recognised by its common names (``text``, ``body``,
            ``content``; ``id``; ``date``, ``published``; ``title``), or taken
            from an enclosing `record_fields` block.
    Returns:
        A `CorpusReader`; no article file is read until iteration.
    Raises:
        CorpusError: the folder is missing, not a folder, or has no article files.
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
        >>> _ = (root / "api.jsonl").write_text(
        ...     '{"id": 7, "body": "قال الوزير إن القوات باقية.", "date": "2022-01-05"}\\n')
        >>> [(a.article_id, a.relpath, a.metadata["published"])
        ...  for a in load_corpus(root) if a.relpath.startswith("api")]
        [('api.jsonl/7', 'api.jsonl#L1', '2022-01-05')]
        >>> tmp.cleanup()
    """
    if errors not in ERRORS_MODES:
        raise ParameterError("errors", errors, "is not a way to handle bad files",
                             "Use errors='report' to skip and record them or errors='raise' to stop at the first")
    folder = Path(folder)
    relpaths = list_article_files(folder)
    if not relpaths:
        raise CorpusError(folder, "has no articles (no .txt, .html, .jsonl, .csv or .parquet files "
                                  "in it or its subfolders)")
    return CorpusReader(folder, relpaths, errors, current_fields(text_field, id_field, date_field, title_field))


def read_article_text(corpus_dir: str | Path, path: str, *, text_field: str | None = None,
                      id_field: str | None = None, date_field: str | None = None,
                      title_field: str | None = None) -> str:
    """The text an article's offsets index (`Article.raw`), from the articles table's ``path``.

    ``path`` is a file's path relative to the corpus folder (``2019/a.txt``,
    ``pages/story.html``) or a record's (``exports/gulf.jsonl#L12``,
    ``exports/gulf.csv#L30``, ``exports/gulf.parquet#row=12``). Give the same
    field names as when the corpus was read (or call it inside the same
    `record_fields` block). A page is extracted again: the same trafilatura
    gives the same text.

    Returns:
        The text, exactly as the article's offsets index it.
    Raises:
        ArticleError: the file or record is missing or cannot be read.
    Example:
        >>> import tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> _ = (Path(tmp.name) / "api.jsonl").write_text(
        ...     '{"title": "عودة الجنود", "text": "عاد 300 جندي."}\\n', encoding="utf-8")
        >>> read_article_text(tmp.name, "api.jsonl#L1")
        'عودة الجنود\\n\\nعاد 300 جندي.'
        >>> tmp.cleanup()
    """
    return read_article_at(corpus_dir, path, text_field=text_field, id_field=id_field,
                           date_field=date_field, title_field=title_field).raw


def read_article_at(corpus_dir: str | Path, path: str, **fields: str | None) -> Article:
    """The whole `Article` at the articles table's ``path`` (see `read_article_text`).

    Its `Article.sha1` is the table's ``sha1`` when the file has not changed.
    """
    corpus_dir = Path(corpus_dir)
    file_part, _, locator = path.rpartition("#")
    kind = record_kind(file_part) if locator else None
    if kind is None or not is_locator(locator):
        return read_article(corpus_dir / path, corpus_root=corpus_dir)
    source = RecordSource(corpus_dir / file_part, file_part, kind, str(corpus_dir / file_part))
    if not source.path.is_file():
        raise ArticleError(source.name, "no such file")
    return find_record(source, locator, current_fields(**fields))


def corpus_fingerprint(folder: str | Path, relpaths: Sequence[str] | None = None) -> str:
    """A hex SHA-256 over the corpus: its sorted article paths with their bytes, and ``metadata.csv``.

    Stable across runs and machines: only relative paths and bytes enter it,
    never times or absolute paths.

    Args:
        folder: the corpus folder.
        relpaths: its article files (`list_article_files`), when the caller has them already.

    Raises:
        CorpusError: the folder is missing or is not a folder.
    """
    folder = Path(folder)
    relpaths = list_article_files(folder) if relpaths is None else relpaths
    digest = hashlib.sha256()
    metadata = (folder / METADATA_FILE).is_file()
    for relpath in _with_metadata(relpaths) if metadata else relpaths:
        path = folder / relpath
        digest.update(relpath.encode("utf-8") + b"\x00" + path.stat().st_size.to_bytes(8, "big"))
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def _with_metadata(relpaths: Sequence[str]) -> Iterator[str]:
    """The sorted `relpaths` with ``metadata.csv`` in its sorted place (as ``sorted(relpaths + [it])``)."""
    placed = False
    for relpath in relpaths:
        if not placed and METADATA_FILE < relpath:
            placed = True
            yield METADATA_FILE
        yield relpath
    if not placed:
        yield METADATA_FILE
