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


@lru_cache(maxsize=4)
def _cached_index(csv_path: str, mtime: int, size: int) -> MetadataIndex:
    return MetadataIndex(_read_metadata_cached(csv_path, mtime, size))


def metadata_index(folder: str | Path) -> MetadataIndex:
    """The lookup index of the folder's ``metadata.csv`` (read once, cached); an empty one when there is none.

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
    if isinstance(metadata, (MetadataIndex, MetadataTable)):
        return metadata.row(relpath)
    if metadata is None:
        stamp = _metadata_stamp(corpus_root) if corpus_root is not None else None
        return _cached_index(*stamp).row(relpath) if stamp else {}
    if not metadata:
        return {}
    if all(isinstance(v, str) for v in metadata.values()):
        return dict(metadata)          # already the article's own row
    return MetadataIndex(metadata).row(relpath)

