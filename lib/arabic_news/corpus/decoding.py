"""Bytes to text: the encodings we accept, the ones we refuse, and line ends.

`decode_bytes` turns a file's bytes into text and names the codec; it never
guesses silently (a BOM, strict UTF-8, then only a confident detection of an
Arabic legacy encoding or BOM-less UTF-16/32). `translate_line_ends` makes
CRLF and lone CR into LF, as Python's universal newlines do, and says which
style the text had. Which code points are Arabic letters is the table
`arabic_news.rules.characters`.
"""

from __future__ import annotations

import codecs
import re

from arabic_news.errors import ArticleError
from arabic_news.rules.characters import ARABIC_LETTERS

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

_ARABIC_LETTER_RE = re.compile(ARABIC_LETTERS)
_CONTROL_BYTES = frozenset(set(range(0x01, 0x09)) | set(range(0x0E, 0x20)) - {0x1B} | {0x7F})
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES and b != 0)  # deleted to count the rest
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


def has_arabic(text: str) -> bool:
    """True when `text` holds at least one Arabic letter (`rules.characters.ARABIC_LETTERS`).

    Example:
        >>> has_arabic("Troops, 2500"), has_arabic("2500 جندي")
        (False, True)
    """
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
    if len(head.translate(None, _NOT_CONTROL)) > _MAX_CONTROL_SHARE * len(head):
        raise ArticleError(name, "binary file (mostly control bytes, not text)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        why = f"not valid UTF-8 (byte {exc.start})"
    return _decode_detected(data, name, why)


def translate_line_ends(text: str) -> tuple[str, str]:
    """Make CRLF and lone CR into LF; say which line ends the text had.

    Returns:
        ``(text, line_ends)``: the text with LF line ends only, and "\\n",
        "\\r\\n", "\\r" or "mixed" (more than one style).
    Example:
        >>> translate_line_ends("a\\r\\nb\\rc")
        ('a\\nb\\nc', 'mixed')
    """
    if "\r" not in text:
        return text, "\n"
    crlf = text.count("\r\n")
    kinds = [kind for kind, count in (("\n", text.count("\n") - crlf), ("\r\n", crlf),
                                       ("\r", text.count("\r") - crlf)) if count]
    line_ends = kinds[0] if len(kinds) == 1 else "mixed"
    return text.replace("\r\n", "\n").replace("\r", "\n"), line_ends

