"""Dates written in file names: archives name a saved article after its day (`…-20180416.txt`).

`extract.publication` reads a publication date from the file name (basis ``filename``) when
neither metadata.csv nor a dateline gives one. The last match in the name wins (the date
usually ends it). A row is a regular expression with the named groups `y`, `m` and `d`;
impossible days (31 February) are ignored. To add a layout: add a row and a case to
`tests/test_extract.py`.
"""

from __future__ import annotations

from typing import NamedTuple


class FileNameDate(NamedTuple):
    pattern: str   # a regex with the groups y, m, d
    note: str = ""


_YEAR = r"(?P<y>(?:19|20)\d{2})"
_MONTH = r"(?P<m>0[1-9]|1[0-2])"
_DAY = r"(?P<d>0[1-9]|[12]\d|3[01])"

FILE_NAME_DATES: tuple[FileNameDate, ...] = (
    FileNameDate(rf"(?<!\d){_YEAR}{_MONTH}{_DAY}(?!\d)", "YYYYMMDD, as in ANT's SK-middleEast-1473-20180412"),
    FileNameDate(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.](?P<m>0?[1-9]|1[0-2])[-_.](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)",
                 "YYYY-MM-DD, YYYY_MM_DD or YYYY.MM.DD"),
    FileNameDate(rf"(?<!\d){_DAY}{_MONTH}{_YEAR}(?!\d)", "DDMMYYYY, as in ANT's JA-localNews-533-10112016"),
)
