"""Files that hold many articles, read as streams: JSON Lines, CSV/TSV and Parquet.

Each reader yields `RawRecord`s: the record's field values and where it is
(``L12``: the line a JSON Lines record is on, or the line a CSV row starts on;
``row=12``: the 12th row of a Parquet file, counting from 1). A broken record
(not JSON, not an object, undecodable bytes, a CSV row with more fields than
the header) comes as a `RawRecord` with a `problem` and no values, so the
caller names it and goes on. Nothing holds a whole file: JSON Lines and CSV
are read a line at a time, Parquet a batch of one row group at a time.

JSON Lines and CSV are decoded as text files are, deciding on the first
64 KiB (a BOM; UTF-8, also when a few of its lines hold stray bytes; else
`decode_bytes`'s confident Windows-1256 / ISO-8859-6 / BOM-less UTF-16
detection). A line or row with bytes that do not decode is one broken record,
and the others are read. Parquet text is UTF-8 by definition.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from arabic_news.corpus.decoding import decode_bytes
from arabic_news.errors import ArticleError

# suffix (lower-cased) -> kind of record file
RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
SNIFF_BYTES = 1 << 16           # bytes read to decide a stream's encoding
CSV_FIELD_LIMIT = 1 << 27       # characters in one CSV field (Python's default, 131,072, is one long article)
PARQUET_BATCH_ROWS = 1024       # rows converted to Python at a time

_LOCATOR_RE = re.compile(r"(?:L|row=)[1-9][0-9]*")
_UNDECODABLE = "\udc80"        # a lone surrogate put where bytes did not decode (never in decoded text)
_ERROR_HANDLER = "arabic_news.mark_undecodable"
_MAX_BAD_LINE_SHARE = 0.10      # of a UTF-8 head's lines that may hold stray bytes


class RawRecord(NamedTuple):
    """One record as read: its place, its values or why it is broken."""

    locator: str                    # "L12" or "row=12": what follows "#" in the article's path
    where: str                      # the place in words, for messages: "line 12", "line 30 (row 12)"
    values: dict | None = None      # field name -> value; None when broken
    problem: str = ""               # why it is broken
    position: int | None = None     # where the record starts (a text stream's tell()), when asked for


def is_locator(text: str) -> bool:
    """True for what follows "#" in a record's path: ``L<line>`` or ``row=<n>``, counted from 1.

    Example:
        >>> is_locator("L12"), is_locator("row=3"), is_locator("L0"), is_locator("page2")
        (True, True, False, False)
    """
    return _LOCATOR_RE.fullmatch(text) is not None


def _mostly_utf8(head: bytes) -> bool:
    """True when the lines of `head` are UTF-8 but for a few with stray bytes (and more are not plain ASCII).

    A few: one line, or a tenth of the lines that are not plain ASCII. A file in
    Windows-1256 fails on nearly every line with Arabic in it, so it is not taken for UTF-8.
    """
    if head.startswith(codecs.BOM_UTF8) or b"\x00" in head:
        return False
    good = bad = 0
    for line in head.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
            continue
        good += not line.isascii()
    return good > bad and bad <= max(1.0, _MAX_BAD_LINE_SHARE * (good + bad))


def _stream_encoding(path: Path, name: str) -> str:
    """The codec a JSON Lines or CSV file is read with, decided on its first bytes as for a text file."""
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES + 1)
    if len(head) > SNIFF_BYTES:       # cut where the decoders can stop cleanly
        head = head[:SNIFF_BYTES]
        head = head[:len(head) - len(head) % 4] if b"\x00" in head else head[:head.rfind(b"\n") + 1] or head
    if _mostly_utf8(head):
        return "utf-8"
    return decode_bytes(head, name=name)[1]


def _mark_undecodable(error: UnicodeDecodeError) -> tuple[str, int]:
    return _UNDECODABLE, error.end


def _open_text(path: Path, encoding: str, newline: str):
    """A text stream in which bytes that do not decode become a marker, so one bad line spoils only itself."""
    try:
        codecs.lookup_error(_ERROR_HANDLER)
    except LookupError:
        codecs.register_error(_ERROR_HANDLER, _mark_undecodable)
    return open(path, encoding=encoding, errors=_ERROR_HANDLER, newline=newline)


def _readline(handle, state: dict) -> str | None:
    """The stream's next line (None at its end), counted in ``state["line"]``."""
    line = handle.readline()
    if not line:
        return None
    state["line"] += 1
    return line


def _lines(handle, state: dict) -> Iterator[str]:
    """Every line of the stream, as `_readline` reads them (what csv.reader reads a row from)."""
    while (line := _readline(handle, state)) is not None:
        yield line


def read_jsonl(path: Path, *, name: str, positions: bool = False) -> tuple[str, Iterator[RawRecord]]:
    """The encoding of a JSON Lines file and its records, one a line (blank lines skipped).

    Raises:
        ArticleError: the file is empty, binary or undecodable from its start.
    """
    encoding = _stream_encoding(path, name)

    def records() -> Iterator[RawRecord]:
        state = {"line": 0}
        with _open_text(path, encoding, "\n") as handle:
            while True:
                position = handle.tell() if positions else None
                line = _readline(handle, state)
                if line is None:
                    break
                if line.strip():
                    yield _json_record(line, state["line"], position)

    return encoding, records()


def _json_record(line: str, number: int, position: int | None) -> RawRecord:
    where = f"line {number}"
    if _UNDECODABLE in line:
        return RawRecord(f"L{number}", where, None, "undecodable bytes in this line", position)
    try:
        value = json.loads(line, strict=False)
    except ValueError as exc:
        return RawRecord(f"L{number}", where, None, f"not JSON ({getattr(exc, 'msg', exc)}, column "
                                                    f"{getattr(exc, 'colno', '?')}): a broken line", position)
    if not isinstance(value, dict):
        return RawRecord(f"L{number}", where, None,
                         f"not a JSON object but a {type(value).__name__} (one article per line, as {{...}})",
                         position)
    return RawRecord(f"L{number}", where, value, "", position)


def read_csv(path: Path, *, name: str, delimiter: str = ",",
             positions: bool = False) -> tuple[str, list[str], Iterator[RawRecord]]:
    """The encoding, header and records of a CSV (or, with ``delimiter="\\t"``, TSV) file.

    Rows are counted from 1 after the header; blank rows are skipped. A row's
    locator is the line it starts on (a quoted text may span many lines).

    Raises:
        ArticleError: the file is empty, binary, undecodable from its start, or has no header.
    """
    encoding = _stream_encoding(path, name)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    with _open_text(path, encoding, "") as handle:
        names = _csv_header(csv.reader(_lines(handle, {"line": 0}), delimiter=delimiter), name)

    def records() -> Iterator[RawRecord]:
        state = {"line": 0}
        row_number = 0
        with _open_text(path, encoding, "") as handle:
            reader = csv.reader(_lines(handle, state), delimiter=delimiter)
            next(reader)                                # the header, read above
            while True:
                position = handle.tell() if positions else None
                start = state["line"] + 1
                try:
                    row = next(reader, None)
                except csv.Error as exc:
                    row_number += 1
                    yield RawRecord(f"L{start}", f"line {start} (row {row_number})", None,
                                    f"not valid CSV ({exc})", position)
                    continue
                if row is None:
                    break
                if not any(field.strip() for field in row):
                    continue
                row_number += 1
                yield _csv_record(row, names, start, row_number, position)

    return encoding, names, records()


def _csv_header(reader, name: str) -> list[str]:
    """The column names of a CSV file's first row."""
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise ArticleError(name, f"its header is not valid CSV ({exc})") from None
    if not header or not any(h.strip() for h in header):
        raise ArticleError(name, "no header row (the first line must name the columns)")
    return [h.strip() for h in header]


def _csv_record(row: list[str], names: list[str], start: int, row_number: int, position: int | None) -> RawRecord:
    locator, where = f"L{start}", f"line {start} (row {row_number})"
    if len(row) > len(names):
        return RawRecord(locator, where, None, f"{len(row)} fields but the header names {len(names)} "
                                               "(an unquoted comma or tab in the text?)", position)
    if any(_UNDECODABLE in field for field in row):
        return RawRecord(locator, where, None, "undecodable bytes in this row", position)
    return RawRecord(locator, where, dict(zip(names, row)), "", position)


def read_parquet(path: Path, *, name: str) -> tuple[list[str], Iterator[RawRecord]]:
    """The columns and rows of a Parquet file, read one row group (in batches) at a time.

    Raises:
        ArticleError: the file is not a Parquet file.
    """
    import pyarrow.parquet as pq

    try:
        names = list(pq.read_schema(path).names)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError or others for a broken file
        raise ArticleError(name, f"not a readable Parquet file ({type(exc).__name__}: {exc})") from None

    def records() -> Iterator[RawRecord]:
        number = 0
        try:
            with pq.ParquetFile(path) as parquet:
                for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
                    for values in batch.to_pylist():
                        number += 1
                        yield RawRecord(f"row={number}", f"row {number}", values)
        except Exception as exc:  # a damaged row group: name where the reading stopped, keep what was read
            yield RawRecord(f"row={number + 1}", f"row {number + 1}", None,
                            f"unreadable from here on ({type(exc).__name__}: {exc}); the rest of the file was not read")

    return names, records()


def parquet_row(path: Path, number: int, *, name: str) -> tuple[list[str], RawRecord | None]:
    """The columns of a Parquet file and its row `number` (from 1), reading only the row group that holds it."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # as in read_parquet
        raise ArticleError(name, f"not a readable Parquet file ({type(exc).__name__}: {exc})") from None
    with parquet:
        names = list(parquet.schema_arrow.names)
        first = 1
        for group in range(parquet.metadata.num_row_groups):
            size = parquet.metadata.row_group(group).num_rows
            if first <= number < first + size:
                values = parquet.read_row_group(group).slice(number - first, 1).to_pylist()[0]
                return names, RawRecord(f"row={number}", f"row {number}", values)
            first += size
    return names, None


def estimate_records(path: Path, kind: str) -> int:
    """About how many records a file holds (for a progress bar): rows of a Parquet file, else lines.

    Counts line ends a megabyte at a time; a CSV row spanning lines makes it an overestimate.
    """
    if kind == "parquet":
        import pyarrow.parquet as pq

        try:
            return pq.ParquetFile(path).metadata.num_rows
        except Exception:  # a broken file is reported when it is read; here it counts as one
            return 1
    lines, last = 0, b"\n"
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    lines += last != b"\n"
    return max(1, lines - (kind in ("csv", "tsv")))


def jsonl_record_at(path: Path, encoding: str, position: int, line: int) -> RawRecord:
    """The JSON Lines record on `line`, which starts at `position` (a tell() value of `read_jsonl`)."""
    with _open_text(path, encoding, "\n") as handle:
        handle.seek(position)
        return _json_record(handle.readline(), line, position)


def csv_record_at(path: Path, encoding: str, names: list[str], delimiter: str, position: int,
                  line: int, row_number: int) -> RawRecord:
    """The CSV row starting on `line` at `position` (a tell() value of `read_csv`)."""
    with _open_text(path, encoding, "") as handle:
        handle.seek(position)
        row = next(csv.reader(iter(handle.readline, ""), delimiter=delimiter), None) or []
        return _csv_record(row, names, line, row_number, position)
