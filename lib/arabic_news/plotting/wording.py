"""The text of a chart in its label language: wording, names of values, numbers.

Every word comes from `arabic_news.rules.labels` (chart wording, force, kind,
precision, weapon, event type and status names) or from the gazetteer
(`rules.gazetteer`: Arabic names of places and actors); this module only picks
the column of the label language and fills in the numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from arabic_news.errors import ParameterError
from arabic_news.rules import labels as _labels
from arabic_news.rules.labels import LABEL_LANGUAGES
from arabic_news.schema import missing_cell

_TEXT = {w.key: w for w in _labels.CHART_TEXT}

# Ranges are written with the ASCII hyphen: between two numbers it keeps them in
# reading order inside an Arabic line, where an en dash would swap them ("90–10").
RANGE = "-"


def check_language(label_language: str) -> str:
    """`label_language` when it is one of `LABEL_LANGUAGES`.

    Raises:
        ParameterError: naming the parameter and the languages to use.
    """
    if label_language not in LABEL_LANGUAGES:
        raise ParameterError("label_language", label_language, "is not a label language",
                             'Use "ar" (Arabic labels) or "en" (English labels)')
    return label_language


def words(key: str, lang: str, **fields: object) -> str:
    """The chart wording `key` (a `rules.labels.CHART_TEXT` row) in `lang`, with `fields` filled in.

    Example:
        >>> words("not_shown", "en", n=2)
        'rows without a date or period, not drawn: 2'
    """
    wording = _TEXT[key]
    text = wording.ar if lang == "ar" else wording.en
    return text.format(**fields) if fields else text


def name_of(table: Mapping[str, tuple[str, str]], value: object, lang: str) -> str:
    """The display name of an enumeration value from a `rules.labels` name table; an unknown value as it is.

    Example:
        >>> from arabic_news.rules.labels import FORCE_NAMES
        >>> name_of(FORCE_NAMES, "us", "en"), name_of(FORCE_NAMES, "navy", "en")
        ('US forces', 'navy')
    """
    key = "" if missing(value) else str(value)
    if key in table:
        return table[key][LABEL_LANGUAGES.index(lang)]
    return key


def place(value: object, lang: str, place_names: Mapping[str, str] | None) -> str:
    """Places or actors (";"-separated English names) as one label; in Arabic with the gazetteer's names.

    Example:
        >>> place("United States;Iraq", "en", None)
        'United States, Iraq'
    """
    if missing(value):
        return ""
    names = dict(arabic_names())
    if place_names:
        names.update(place_names)
    parts = [p.strip() for p in str(value).split(";") if p.strip()]
    if lang == "ar":
        parts = [names.get(p, p) for p in parts]
    return _labels.LIST_SEPARATORS[lang].join(parts)


@functools.cache
def arabic_names() -> dict[str, str]:
    """English display name -> Arabic display name, from the gazetteer (`rules.gazetteer`)."""
    from arabic_news.rules import gazetteer

    return {entity.name_en: entity.name_ar for entity in gazetteer.ENTITIES}


missing = missing_cell
"""Whether a table cell is empty (`schema.missing_cell`)."""


def shorten(text: str, limit: int = 48) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def thousands(value: float, _pos: int | None = None) -> str:
    """A number with thousands separators, without ".0" when whole (also a tick formatter).

    Example:
        >>> thousands(2500.0), thousands(7.25)
        ('2,500', '7.2')
    """
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


def weeks_text(weeks: float, lang: str) -> str:
    """A period's length in whole weeks (at least one), worded as the language counts it."""
    n = max(1, round(weeks))
    for limit, arabic, english in _labels.WEEK_FORMS:
        if n <= limit:
            return (arabic if lang == "ar" else english).format(n=n)
    return str(n)


def days_text(days: int, lang: str) -> str:
    """A period's length in days, worded as the language counts it.

    Example:
        >>> days_text(1, "en"), days_text(10, "en")
        ('one day', '10 days')
    """
    n = max(1, int(days))
    for limit, arabic, english in _labels.DAY_FORMS:
        if n <= limit:
            return (arabic if lang == "ar" else english).format(n=n)
    return str(n)


def hedge_sign(qualifiers: object, hedged: bool) -> str:
    """The sign before a hedged figure: its one qualifier's (`rules.labels.HEDGE_SIGNS`), else "≈"; "" when exact.

    Example:
        >>> hedge_sign("more_than", True), hedge_sign("about;exact;nearly", True), hedge_sign("exact", False)
        ('>', '≈', '')
    """
    if not hedged:
        return ""
    found = {q for q in ("" if missing(qualifiers) else str(qualifiers)).split(";") if q and q != "exact"}
    if len(found) == 1:
        return _labels.HEDGE_SIGNS.get(found.pop(), _labels.HEDGE_SIGN_DEFAULT)
    return _labels.HEDGE_SIGN_DEFAULT
