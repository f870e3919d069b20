"""The optional ``metadata.csv`` at a corpus folder's root: what each article's row says.

`read_metadata` reads it once (cached by path, size and modification time) and
renames the recognised columns to canonical keys (`METADATA_COLUMNS`);
`MetadataTable.row` and `metadata_row` find an article's row by relative path,
by article id or by a unique file stem.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from arabic_news.errors import CorpusError

METADATA_FILE = "metadata.csv"
CORRECTIONS_FILE = "corrections.csv"   # an analyst's corrections of facts (arabic_news.claims.corrections): no article
# Canonical metadata keys and the column names (lower-cased) that give them, in priority order.
METADATA_COLUMNS: dict[str, tuple[str, ...]] = {
    "file": ("file", "path", "filename", "article_id", "docno"),
    "published": ("published", "publication_date", "date"),
    "outlet": ("outlet", "source"),
    "url": ("url",),
    "title": ("title",),
    "language": ("language",),
}


def _clean_key(value: str) -> str:
    value = value.strip().replace("\\", "/")
    while value.startswith("./"):
        value = value[2:]
    return value.lstrip("/")


def strip_txt(value: str) -> str:
    """A relative path without its ``.txt`` (any case): the article id of a text file.

    Example:
        >>> strip_txt("2019/report.TXT"), strip_txt("pages/story.html")
        ('2019/report', 'pages/story.html')
    """
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


def _columns(header: list[str], csv_path: str) -> tuple[list[str], dict[int, str], int]:
    """The header's names, the canonical key of each recognised column by index, and the file column."""
    names = [h.strip() for h in header]
    lowered = [h.lower() for h in names]
    rename: dict[int, str] = {}
    for canonical, aliases in METADATA_COLUMNS.items():
        for alias in aliases:
            if alias in lowered and lowered.index(alias) not in rename:
                rename[lowered.index(alias)] = canonical
                break
    if "file" not in rename.values():
        raise CorpusError(csv_path, "has no file column (one of: " + ", ".join(METADATA_COLUMNS["file"]) + ")")
    return names, rename, next(i for i, c in rename.items() if c == "file")


def _row(values: list[str], names: list[str], rename: dict[int, str], key: str) -> dict[str, str]:
    values = values + [""] * (len(names) - len(values))
    row = {rename.get(i, names[i]): values[i] for i in range(len(names))}
    row["file"] = key
    return row


@lru_cache(maxsize=4)
def _read_metadata_cached(csv_path: str, _mtime: int, _size: int) -> dict[str, dict[str, str]]:
    try:
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                return {}
            names, rename, file_column = _columns(header, csv_path)
            table: dict[str, dict[str, str]] = {}
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                key = _clean_key(values[file_column]) if file_column < len(values) else ""
                if key and key not in table:
                    table[key] = _row(values, names, rename, key)
            return table
    except UnicodeDecodeError as exc:
        raise CorpusError(csv_path, f"is not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    except csv.Error as exc:
        raise CorpusError(csv_path, f"is not valid CSV ({exc})") from None


class MetadataIndex:
    """Finds a row of ``metadata.csv`` by relative path, by article id, or by file stem.

    A stem (``notes`` for ``archive/old/notes.txt``) matches only a row whose
    file value has no folder in it (a bare name or docno), only when one row
    has that stem, and only when no other article file of the corpus has it.
    """

    def __init__(self, table: Mapping[str, Mapping[str, str]]):
        self.table = table
        self.by_id: dict[str, str] = {}
        stems: dict[str, list[str]] = {}
        for key in table:
            self.by_id.setdefault(strip_txt(key), key)
            if "/" not in key:
                stems.setdefault(strip_txt(key), []).append(key)
        self.by_stem = {stem: keys[0] for stem, keys in stems.items() if len(keys) == 1}

    def row(self, relpath: str, ambiguous: frozenset[str] = frozenset()) -> dict[str, str]:
        article_id = strip_txt(relpath)
        stem = article_id.rsplit("/", 1)[-1]
        key = relpath if relpath in self.table else self.by_id.get(article_id)
        if key is None and stem not in ambiguous:
            key = self.by_stem.get(stem)
        return dict(self.table[key]) if key is not None else {}


class MetadataTable(dict):
    """The rows of ``metadata.csv`` by file; a dict that builds its lookup index once."""

    _index: MetadataIndex | None = None

    def row(self, relpath: str) -> dict[str, str]:
        """The row of the article at `relpath` (by path, article id or unique stem); {} when none.

        Example:
            >>> table = MetadataTable({"articles/a-1.txt": {"file": "articles/a-1.txt", "outlet": "X"},
            ...                        "b-2": {"file": "b-2", "outlet": "Y"}})
            >>> table.row("articles/a-1.txt")["outlet"], table.row("news/b-2.txt")["outlet"], table.row("a-1.txt")
            ('X', 'Y', {})
        """
        if self._index is None or len(self._index.table) != len(self):
            self._index = MetadataIndex(self)
        return self._index.row(relpath)


class _Lines:
    """The lines of a file opened in binary, decoded, counting the bytes handed out (`consumed`)."""

    def __init__(self, handle, csv_path: str):
        self.handle, self.csv_path, self.consumed = handle, csv_path, 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        raw = self.handle.readline()
        if not raw:
            raise StopIteration
        start, self.consumed = self.consumed, self.consumed + len(raw)
        try:
            return raw.decode("utf-8-sig" if start == 0 else "utf-8")
        except UnicodeDecodeError as exc:
            raise CorpusError(self.csv_path, f"is not UTF-8 text (byte {start + exc.start}); "
                                             "re-save it as UTF-8") from None


def _hashes(pairs: list[tuple[int, int]]):
    """(hash, offset) pairs as two arrays sorted by hash, then by offset (file order)."""
    import numpy as np

    hashes = np.array([h for h, _ in pairs], dtype=np.int64)
    offsets = np.array([o for _, o in pairs], dtype=np.int64)
    order = np.lexsort((offsets, hashes))
    return hashes[order], offsets[order]


class MetadataFile:
    """`MetadataIndex` lookups read from ``metadata.csv`` itself: a row is parsed when asked for.

    In memory it keeps three sorted arrays of (hash, byte offset of the row): of the file
    values, of their article ids and of their stems, a few dozen bytes a row instead of the
    row. A hash only narrows the search: the rows it points at are read and compared, so the
    answers are those of `MetadataIndex` over `read_metadata`'s table (the first row of a
    file value wins; ids and stems as there).

    Raises:
        CorpusError: ``metadata.csv`` is not UTF-8 CSV or has no file column.
    """

    def __init__(self, csv_path: str):
        self.csv_path = csv_path
        self.names: list[str] = []
        self.rename: dict[int, str] = {}
        self.file_column = 0
        self._handle = None
        self._last: tuple[int, list[str]] = (-1, [])
        keys: list[tuple[int, int]] = []
        ids: list[tuple[int, int]] = []
        stems: list[tuple[int, int]] = []
        seen: dict[int, list[int]] = {}
        for offset, key in self._scan():
            h = hash(key)
            if any(self._key_at(o) == key for o in seen.get(h, ())):
                continue                                   # a later row for the same file
            seen.setdefault(h, []).append(offset)
            keys.append((h, offset))
            ids.append((hash(strip_txt(key)), offset))
            if "/" not in key:
                stems.append((hash(strip_txt(key)), offset))
        del seen
        self._keys, self._ids, self._stems = _hashes(keys), _hashes(ids), _hashes(stems)

    def _scan(self):
        try:
            with open(self.csv_path, "rb") as handle:
                lines = _Lines(handle, self.csv_path)
                reader = csv.reader(lines)
                header = next(reader, None)
                if header is None:
                    return
                self.names, self.rename, self.file_column = _columns(header, self.csv_path)
                while True:
                    offset = lines.consumed
                    values = next(reader, None)
                    if values is None:
                        return
                    if not any(v.strip() for v in values) or self.file_column >= len(values):
                        continue
                    key = _clean_key(values[self.file_column])
                    if key:
                        yield offset, key
        except csv.Error as exc:
            raise CorpusError(self.csv_path, f"is not valid CSV ({exc})") from None

    def _values_at(self, offset: int) -> list[str]:
        if offset != self._last[0]:
            if self._handle is None:
                self._handle = open(self.csv_path, "rb")   # noqa: SIM115 (kept open while the index is cached)
            self._handle.seek(offset)
            self._last = (offset, next(csv.reader(_Lines(self._handle, self.csv_path))))
        return self._last[1]

    def _key_at(self, offset: int) -> str:
        return _clean_key(self._values_at(offset)[self.file_column])

    @staticmethod
    def _candidates(index, value: str) -> list[int]:
        import numpy as np

        hashes, offsets = index
        h = np.int64(hash(value))
        return offsets[np.searchsorted(hashes, h, "left"):np.searchsorted(hashes, h, "right")].tolist()

    def _offset(self, relpath: str, ambiguous: frozenset[str]) -> int | None:
        article_id = strip_txt(relpath)
        stem = article_id.rsplit("/", 1)[-1]
        for offset in self._candidates(self._keys, relpath):
            if self._key_at(offset) == relpath:
                return offset
        for offset in self._candidates(self._ids, article_id):
            if strip_txt(self._key_at(offset)) == article_id:
                return offset
        if stem in ambiguous:
            return None
        found = [o for o in self._candidates(self._stems, stem) if strip_txt(self._key_at(o)) == stem]
        return found[0] if len(found) == 1 else None

    def row(self, relpath: str, ambiguous: frozenset[str] = frozenset()) -> dict[str, str]:
        """The row of the article at `relpath` (by path, article id or unique stem); {} when none."""
        offset = self._offset(relpath, ambiguous)
        if offset is None:
            return {}
        values = self._values_at(offset)
        return _row(values, self.names, self.rename, _clean_key(values[self.file_column]))


@lru_cache(maxsize=4)
def _cached_index(csv_path: str, mtime: int, size: int) -> MetadataFile:
    return MetadataFile(csv_path)


def metadata_index(folder: str | Path) -> MetadataIndex | MetadataFile:
    """The lookup index of the folder's ``metadata.csv`` (read once, cached; rows read from the
    file when asked for, `MetadataFile`); an empty one when there is none.

    Raises:
        CorpusError: the folder is not a folder, or ``metadata.csv`` is not UTF-8 CSV or has no file column.
    """
    stamp = _metadata_stamp(folder)
    return _cached_index(*stamp) if stamp else MetadataIndex({})


def metadata_row(metadata, relpath: str, corpus_root: Path | None) -> dict[str, str]:
    """The metadata of the article at `relpath`, from whatever `read_article` was given.

    Args:
        metadata: the article's own row (a dict of strings); the whole table
            (from `read_metadata`, or a plain dict of rows); a `MetadataIndex`;
            an ``(index, ambiguous stems)`` pair from the corpus reader; or
            None to read ``metadata.csv`` at `corpus_root`.
        relpath: the article's path relative to the corpus folder.
        corpus_root: the corpus folder, or None.
    Returns:
        A new dict; ``{}`` when no row matches.
    """
    if isinstance(metadata, tuple):     # (index, ambiguous stems), from CorpusReader
        return metadata[0].row(relpath, metadata[1])
    if isinstance(metadata, (MetadataIndex, MetadataTable, MetadataFile)):
        return metadata.row(relpath)
    if metadata is None:
        stamp = _metadata_stamp(corpus_root) if corpus_root is not None else None
        return _cached_index(*stamp).row(relpath) if stamp else {}
    if not metadata:
        return {}
    if all(isinstance(v, str) for v in metadata.values()):
        return dict(metadata)          # already the article's own row
    return MetadataIndex(metadata).row(relpath)

