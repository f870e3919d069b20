"""Reading article files and folders: one file, a lazy sorted pass over a folder, its fingerprint.

`read_article` reads one file (decoding with `arabic_news.corpus.decoding`,
layout with `arabic_news.corpus.layout`, its row of ``metadata.csv`` with
`arabic_news.corpus.metadata`); `load_corpus` opens a folder and its
subfolders as a `CorpusReader`, which reads one file at a time, skips a bad
file with its reason (``errors="report"``) or stops at it (``errors="raise"``);
`corpus_fingerprint` hashes what a run read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from arabic_news.corpus.article import Article, build_article
from arabic_news.corpus.decoding import decode_bytes, has_arabic, translate_line_ends
from arabic_news.corpus.layout import is_blank_char
from arabic_news.corpus.metadata import METADATA_FILE, MetadataIndex, metadata_index, metadata_row, strip_txt
from arabic_news.errors import ArticleError, CorpusError, ParameterError

ERRORS_MODES = ("report", "raise")


def _read_bytes(path: Path) -> bytes:
    """The one place an article file is read (tests count calls to it)."""
    with open(path, "rb") as handle:
        return handle.read()


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
    raw, line_ends = translate_line_ends(text)
    if not raw.strip() or all(is_blank_char(c) for c in raw):
        raise ArticleError(name, "empty file (only white space)")
    if not has_arabic(raw):
        raise ArticleError(name, "no Arabic letters (is this the English edition?)")
    return build_article(raw, article_id=strip_txt(relpath), path=path.absolute(), relpath=relpath,
                         encoding=encoding, metadata=metadata_row(metadata, relpath, root),
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
        self._index: MetadataIndex | None = None
        self._running: Iterator[Article] | None = None

    def __repr__(self) -> str:
        return f"CorpusReader({str(self.folder)!r}, total={self.total}, errors={self.errors!r})"

    def _metadata(self) -> MetadataIndex:
        if self._index is None:
            self._index = metadata_index(self.folder)
        return self._index

    def _pass(self) -> Iterator[Article]:
        self.skipped = []
        stems: dict[str, int] = {}
        for relpath in self._relpaths:
            stem = strip_txt(relpath).rsplit("/", 1)[-1]
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
