"""Articles stored as records (JSON Lines, CSV/TSV, Parquet): fields, ids, paths and the text offsets index.

Which field is which
--------------------
A record's text, id, date and title come from the fields the user names
(`RecordFields`: ``text_field=`` … on `load_corpus`, ``--text-field`` … on
the command line), or else from the first field whose name (any case) is one
of `FIELD_NAMES`: ``text``/``body``/``content``…, ``id``…,
``date``/``published``…, ``title``/``headline``. Outlet, url and language are
recognised the same way. A CSV or Parquet file without a text column (or
without a field the user named) is skipped whole, naming the columns it has;
a JSON Lines record is checked on its own.

The text of a record
--------------------
``Article.raw`` is the record's title, a blank line, then its text (just the
text when there is no title, or when the text already starts with it), line
ends translated as for a file. Offsets point into that string, which
`arabic_news.corpus.read_article_text` rebuilds from the file.
``Article.sha1`` is the SHA-1 of ``raw`` in UTF-8.

Paths and ids
-------------
``Article.relpath`` (the articles table's ``path``) names the file and where
the record is in it: ``exports/gulf.jsonl#L12`` (line 12),
``exports/gulf.csv#L30`` (the row starting on line 30) or
``exports/gulf.parquet#row=12`` (the 12th row, counting from 1).
``Article.article_id`` is ``<relpath of the file>/<record id>`` when the
record has an id (``exports/gulf.jsonl/8812``), else its path. A record whose
id is already taken in its file is skipped, naming the line of the first.

Metadata
--------
``Article.metadata`` holds the record's other fields as strings (numbers as
written, dates and times in ISO form, nested values as JSON), with the
recognised ones under canonical keys: ``published`` (from the date field),
``outlet``, ``url``, ``title``, ``language``. ``metadata.csv`` is not
consulted for records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from arabic_news.corpus.article import Article, build_article
from arabic_news.corpus.decoding import has_arabic, translate_line_ends
from arabic_news.corpus.layout import is_blank_char
from arabic_news.corpus.record_files import (
    RECORD_SUFFIXES,
    RawRecord,
    csv_record_at,
    jsonl_record_at,
    parquet_row,
    read_csv,
    read_jsonl,
    read_parquet,
)
from arabic_news.errors import ArticleError

# Role -> field names (compared lower-cased) that give it, in order of preference.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article_text", "full_text", "maintext", "article_body"),
    "id": ("id", "article_id", "doc_id", "docno", "guid", "uuid"),
    "published": ("published", "publication_date", "date", "published_at", "publishedat", "pubdate",
                  "date_publish", "datetime"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "source_name", "sitename", "publisher"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}
_OPTION_NAMES = {"text": "text_field", "id": "id_field", "published": "date_field", "title": "title_field"}


class RecordFields(NamedTuple):
    """The field names a user gives for record files; None means "recognise it by its common names"."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    title: str | None = None

    def given(self) -> dict[str, str]:
        """{role: field name} for the names given (roles as in `FIELD_NAMES`)."""
        roles = {"text": self.text, "id": self.id, "published": self.date, "title": self.title}
        return {role: name for role, name in roles.items() if name}


_DEFAULT_FIELDS: ContextVar[RecordFields] = ContextVar("record_fields", default=RecordFields())


@contextmanager
def record_fields(*, text_field: str | None = None, id_field: str | None = None,
                  date_field: str | None = None, title_field: str | None = None) -> Iterator[RecordFields]:
    """Set the field names for record files inside a ``with`` block, for code that opens the corpus for you.

    `load_corpus` and `read_article_text` use them when not given field names
    themselves (so ``with record_fields(text_field="body_ar"): extract_corpus(folder)``
    reads ``body_ar``). Outside the block the common names apply again.

    Example:
        >>> with record_fields(text_field="body_ar") as fields:
        ...     fields.text, current_fields().text
        ('body_ar', 'body_ar')
        >>> current_fields().text is None
        True
    """
    fields = RecordFields(text_field, id_field, date_field, title_field)
    token = _DEFAULT_FIELDS.set(fields)
    try:
        yield fields
    finally:
        _DEFAULT_FIELDS.reset(token)


def current_fields(text_field: str | None = None, id_field: str | None = None,
                   date_field: str | None = None, title_field: str | None = None) -> RecordFields:
    """The field names given here, else those of the enclosing `record_fields` block, else none."""
    default = _DEFAULT_FIELDS.get()
    return RecordFields(text_field or default.text, id_field or default.id,
                        date_field or default.date, title_field or default.title)


class _FieldsMissing(Exception):
    """A role the record (or file) has no field for; the message says which names were looked for."""


@lru_cache(maxsize=256)
def match_fields(names: tuple[str, ...], fields: RecordFields) -> dict[str, str]:
    """{role: field name} for a record with fields `names`; the text role is always there.

    Raises:
        _FieldsMissing: no text field, or a field the user named is absent.
    """
    lowered = {name.lower(): name for name in reversed(names)}   # the first of two spellings wins
    given = fields.given()
    roles: dict[str, str] = {}
    for role, aliases in FIELD_NAMES.items():
        if role in given:
            name = given[role] if given[role] in names else lowered.get(given[role].lower())
            if name is None:
                raise _FieldsMissing(f"no field {given[role]!r} ({_OPTION_NAMES[role]}, "
                                     f"--{_OPTION_NAMES[role].replace('_', '-')})")
            roles[role] = name
            continue
        name = next((lowered[alias] for alias in aliases if alias in lowered), None)
        if name is not None and name not in roles.values():
            roles[role] = name
    if "text" not in roles:
        raise _FieldsMissing("no text field (looked for " + ", ".join(FIELD_NAMES["text"])
                             + "; name yours with text_field=, --text-field)")
    return roles


def _fields_message(problem: str, names) -> str:
    shown = ", ".join(repr(n) for n in list(names)[:30]) or "none"
    return f"{problem}; its fields are: {shown}"


def as_string(value: object) -> str | None:
    """A field value as metadata text: numbers as written, dates in ISO form, nested values as JSON; None stays None.

    Example:
        >>> as_string(12), as_string(dt.date(2021, 3, 14)), as_string({"name": "X"}), as_string(None)
        ('12', '2021-03-14', '{"name": "X"}', None)
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _metadata(values: Mapping, roles: dict[str, str]) -> dict[str, str]:
    """The record's fields but its text, as strings; recognised ones under their canonical keys."""
    by_field = {name: role for role, name in roles.items() if role not in ("text", "id")}
    others: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for name, value in values.items():
        if name == roles["text"]:
            continue
        role = by_field.get(name)
        if role == "outlet" and isinstance(value, dict) and "name" in value:
            value = value["name"]           # {"source": {"id": …, "name": "…"}}, as news APIs give it
        text = as_string(value)
        if text is None:
            continue
        if role:
            canonical[role] = text.strip()
        else:
            others[name] = text
    return {**others, **canonical}


def _record_text(text: str, title: str) -> str:
    """The title, a blank line and the text; just the text when there is no title or it opens the text."""
    title = " ".join(title.split())
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    if not title or " ".join(first_line.split()) == title:
        return text
    return f"{title}\n\n{text}"


def _text_value(values: Mapping, field: str) -> str:
    value = values.get(field)
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArticleError("", f"undecodable: field {field!r} is not UTF-8 (byte {exc.start})") from None
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArticleError("", f"no text (field {field!r} is empty)")
    if not isinstance(value, str):
        raise ArticleError("", f"field {field!r} holds no text but a value of type {type(value).__name__}")
    return value


def _record_id(values: Mapping, roles: dict[str, str]) -> str:
    if "id" not in roles:
        return ""
    return " ".join((as_string(values.get(roles["id"])) or "").split())


class RecordSource(NamedTuple):
    """A record file of a corpus: where it is and how it is named."""

    path: Path          # the file
    relpath: str        # relative to the corpus folder, POSIX
    kind: str           # "jsonl", "csv", "tsv" or "parquet"
    name: str           # the file as messages name it


def record_article(source: RecordSource, record: RawRecord, roles: dict[str, str], encoding: str) -> Article:
    """The `Article` of one record whose fields were matched (`match_fields`).

    Raises:
        ArticleError: no text, text that is not a string, only white space, or no Arabic letters.
    """
    name = f"{source.name}, {record.where}"
    try:
        text = _text_value(record.values, roles["text"])
    except ArticleError as error:
        raise ArticleError(name, error.reason) from None
    title = as_string(record.values.get(roles["title"])) or "" if "title" in roles else ""
    text, line_ends = translate_line_ends(text)     # the record's own line ends, not our joint's
    raw = _record_text(text, " ".join(title.split()))
    if all(is_blank_char(c) for c in raw):
        raise ArticleError(name, f"no text (field {roles['text']!r} holds only white space)")
    if not has_arabic(raw):
        raise ArticleError(name, "no Arabic letters (is this the English edition?)")
    record_id = _record_id(record.values, roles)
    path = f"{source.relpath}#{record.locator}"
    return build_article(raw, article_id=f"{source.relpath}/{record_id}" if record_id else path,
                         path=source.path.absolute(), relpath=path, encoding=encoding,
                         metadata=_metadata(record.values, roles), line_ends=line_ends,
                         sha1=hashlib.sha1(raw.encode("utf-8")).hexdigest())


def _open(source: RecordSource, positions: bool = False) -> tuple[str, list[str] | None, Iterator[RawRecord]]:
    """(encoding, column names or None for JSON Lines, records) of a record file."""
    if source.kind == "jsonl":
        encoding, records = read_jsonl(source.path, name=source.name, positions=positions)
        return encoding, None, records
    if source.kind == "parquet":
        names, records = read_parquet(source.path, name=source.name)
        return "utf-8", names, records
    delimiter = "\t" if source.kind == "tsv" else ","
    return read_csv(source.path, name=source.name, delimiter=delimiter, positions=positions)


def read_records(source: RecordSource, fields: RecordFields) -> Iterator[Article | ArticleError]:
    """Every record of a file as an `Article`, or as the `ArticleError` saying why it was skipped.

    The first item is an `ArticleError` for the whole file when it cannot be
    read (empty, binary, undecodable, not Parquet) or lacks a field.
    """
    try:
        encoding, names, records = _open(source)
        if names is not None:
            match_fields(tuple(names), fields)   # raises _FieldsMissing when a field is absent
    except ArticleError as error:
        yield error
        return
    except _FieldsMissing as missing:
        yield ArticleError(source.name, _fields_message(str(missing), names) + "; the file was skipped")
        return
    seen: dict[str, str] = {}
    first = names is None       # a JSON Lines file: its first record decides whether the fields are there
    for record in records:
        if first and record.values is not None:
            first = False
            try:
                match_fields(tuple(record.values), fields)
            except _FieldsMissing as missing:
                yield ArticleError(f"{source.name}, {record.where}", _fields_message(str(missing), record.values)
                                   + "; the file was skipped")
                return
        yield from _one_record(source, record, names, fields, encoding, seen)


def _one_record(source: RecordSource, record: RawRecord, names: list[str] | None, fields: RecordFields,
                encoding: str, seen: dict[str, str]) -> Iterator[Article | ArticleError]:
    name = f"{source.name}, {record.where}"
    if record.values is None:
        yield ArticleError(name, record.problem)
        return
    try:
        roles = match_fields(tuple(names if names is not None else record.values), fields)
        article = record_article(source, record, roles, encoding)
    except _FieldsMissing as missing:
        yield ArticleError(name, _fields_message(str(missing), record.values))
        return
    except ArticleError as error:
        yield error
        return
    if article.article_id in seen:
        yield ArticleError(name, f"id {article.article_id.rsplit('/', 1)[-1]!r} repeats the record on "
                                 f"{seen[article.article_id]}; skipped (ids must be unique: remove the "
                                 "duplicate, or name another field with id_field=, --id-field)")
        return
    seen[article.article_id] = record.where
    yield article


@lru_cache(maxsize=2)
def _positions(source: RecordSource, _mtime: int, _size: int) -> tuple[str, tuple, dict[str, tuple[int, int]]]:
    """(encoding, column names, {locator: (position, row number)}) of a JSON Lines or CSV file, in one pass."""
    encoding, names, records = _open(source, positions=True)
    index = {record.locator: (record.position, number)
             for number, record in enumerate(records, start=1) if record.position is not None}
    return encoding, tuple(names or ()), index


def find_record(source: RecordSource, locator: str, fields: RecordFields) -> Article:
    """The `Article` of the record at `locator` (``L12``, ``row=12``) of a record file.

    The first call on a JSON Lines or CSV file reads it once to index where
    its records start (kept for the two files used last); Parquet reads only
    the row group holding the row.

    Raises:
        ArticleError: no record there, or the record is broken or has no text.
    """
    stat = source.path.stat()
    if source.kind == "parquet":
        names, record = parquet_row(source.path, int(locator[len("row="):]), name=source.name)
        encoding = "utf-8"
    else:
        encoding, names, index = _positions(source, stat.st_mtime_ns, stat.st_size)
        position, row_number = index.get(locator, (None, 0))
        line = int(locator[1:]) if locator.startswith("L") else 0
        if position is None:
            record = None
        elif source.kind == "jsonl":
            record = jsonl_record_at(source.path, encoding, position, line)
        else:
            delimiter = "\t" if source.kind == "tsv" else ","
            record = csv_record_at(source.path, encoding, list(names), delimiter, position, line, row_number)
    if record is None:
        raise ArticleError(f"{source.name}#{locator}", "no record there (has the file changed since?)")
    found = list(_one_record(source, record, list(names) if names else None, fields, encoding, {}))
    if isinstance(found[0], ArticleError):
        raise found[0]
    return found[0]


def record_kind(relpath: str) -> str | None:
    """ "jsonl", "csv", "tsv" or "parquet" for a record file's path, else None.

    Example:
        >>> record_kind("exports/gulf.JSONL"), record_kind("a.txt"), record_kind(".csv"), record_kind("x.")
        ('jsonl', None, None, None)
    """
    name = relpath.rsplit("/", 1)[-1]          # as Path(relpath).suffix, without building a Path
    dot = name.rfind(".")
    return RECORD_SUFFIXES.get(name[dot:].lower()) if 0 < dot < len(name) - 1 else None
