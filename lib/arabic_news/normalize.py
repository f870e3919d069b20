"""Arabic normalization for matching, with a map back to the raw text.

Owns `normalize()` and `normalize_with_offsets()`. The rules themselves are
the table in `arabic_news.rules.characters`; each can be switched off by its
keyword. Normalization never reads files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from arabic_news.errors import ParameterError
from arabic_news.rules.characters import CHAR_RULES, RULE_NAMES


@dataclass(frozen=True)
class Normalized:
    """Normalized text with the offset of every character in the raw text.

    Attributes:
        text: the normalized text.
        to_raw: ``len(text) + 1`` offsets (a numpy integer array);
            ``to_raw[i]`` is where normalized character ``i`` stands in the
            raw text, and ``to_raw[len(text)]`` is the raw text's length.
    """

    text: str
    to_raw: np.ndarray

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the span of the raw text it came from.

        The raw span starts at the first character's raw offset and runs up to
        the next kept character, so marks deleted after the last character
        (a final shadda, a tatweel) stay inside it.

        Example:
            >>> n = normalize_with_offsets("نَحْوَ ٢٥٠٠")
            >>> m = n.text.index("2500")
            >>> n.raw_span(m, m + 4)
            (7, 11)
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside a text of {len(self.text)} characters")
        return int(self.to_raw[start]), int(self.to_raw[end])


def _check_switches(switches: dict[str, bool]) -> None:
    for name in switches:
        if name not in RULE_NAMES:
            raise ParameterError(name, switches[name], "is not a normalization rule",
                                 f"Use one of: {', '.join(RULE_NAMES)}")


_DELETE = 0xFFFFFFFF  # marks a deleted character in the lookup table


@lru_cache(maxsize=64)
def _tables(active: tuple[str, ...]) -> tuple[dict[int, str | None], np.ndarray]:
    """The rules switched on, as a str.translate table and as a code-point lookup array.

    The lookup array covers the Basic Multilingual Plane, where every rule's
    characters are; code points above it are never changed.
    """
    table: dict[int, str | None] = {}
    lookup = np.arange(0x10000, dtype=np.uint32)
    for rule in CHAR_RULES:
        if rule.name not in active:
            continue
        for char, replacement in rule.mapping.items():
            table[ord(char)] = replacement or None
            lookup[ord(char)] = ord(replacement) if replacement else _DELETE
    lookup.flags.writeable = False
    return table, lookup


def _active(switches: dict[str, bool]) -> tuple[str, ...]:
    _check_switches(switches)
    return tuple(name for name in RULE_NAMES if switches.get(name, True))


def normalize(text: str, **switches: bool) -> str:
    """Normalize Arabic text for matching.

    Strips diacritics and tatweel, unifies alef forms, alef maqsura and taa
    marbuta, turns Arabic-Indic and Persian digits and separators into ASCII,
    no-break spaces into spaces, and removes zero-width and bidi marks.
    Everything else (ؤ ئ ء, punctuation, Latin) is unchanged.

    Args:
        text: any text.
        **switches: a rule's name (see `arabic_news.rules.characters`) set to
            False switches that rule off, e.g. ``taa_marbuta=False``.
    Returns:
        The normalized text ("" for "").
    Raises:
        ParameterError: a keyword that names no rule.
    Example:
        >>> normalize("أَكْثَرُ مِنْ ٢٬٥٠٠ جنديّ")
        'اكثر من 2,500 جندي'
        >>> normalize("القوّات", taa_marbuta=False)
        'القوات'
    """
    active = _active(switches)
    if len(text) > _VECTORIZE_FROM:
        return _normalize_codes(text, active)[0]
    return text.translate(_tables(active)[0])


def normalize_with_offsets(text: str, **switches: bool) -> Normalized:
    """Normalize like `normalize()` and keep the raw offset of every character.

    A match found in ``result.text`` at ``[s, e)`` comes from
    ``text[result.to_raw[s]:result.to_raw[e]]`` (see `Normalized.raw_span`).

    Args:
        text: the raw text; offsets point into this exact string.
        **switches: as for `normalize()`.
    Returns:
        A `Normalized` with the text and its offset map.
    Example:
        >>> n = normalize_with_offsets("قُرابة ٣٠٠٠")
        >>> n.text
        'قرابه 3000'
        >>> s, e = n.raw_span(6, 10)
        >>> "قُرابة ٣٠٠٠"[s:e]
        '٣٠٠٠'
    """
    normalized, kept = _normalize_codes(text, _active(switches))
    to_raw = np.append(np.flatnonzero(kept), len(text)).astype(np.int64)
    return Normalized(normalized, to_raw)


# Above this length a vectorized pass over code points beats str.translate (measured by `make bench`).
_VECTORIZE_FROM = 2_000


def _normalize_codes(text: str, active: tuple[str, ...]) -> tuple[str, np.ndarray]:
    """Normalize through a code-point lookup; also return the mask of raw characters kept."""
    lookup = _tables(active)[1]
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    in_plane = codes < 0x10000
    mapped = np.where(in_plane, lookup[np.where(in_plane, codes, 0)], codes)
    kept = mapped != _DELETE
    return mapped[kept].tobytes().decode("utf-32-le"), kept
