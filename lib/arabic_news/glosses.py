"""English sentences built from a fact row's fields (`fact_en`), so a reader without Arabic can read a fact.

Every troop level, attack count and dated event gets one sentence, built from its
fields only (never translated from its quote), in the words of `rules.labels`
(`HEDGE_WORDS_EN`, `TROOP_NOUNS_EN`, `FACT_WORDS_EN` and the name tables):

- troop level: "about 2,500 US troops in Iraq, current, according to Pentagon";
- attack count: "about 50 attacks with rockets and drones on US interests from 2021-01-01 to 2021-07-29";
- event: "mission change, planned: United States, Iraq; 2021-12".

`reading_table`, `articles_for_reading` and `with_article_titles` give the tables as a
reader reads them: the fact in English beside its Arabic sentence, the article by its title.

The sentence is computed where tables are read for display (`analysis.read_facts`,
the report's article pages), not stored by the extraction: change a word in
`rules/labels.py` and every table, hover and page says it the new way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from arabic_news.rules.labels import (
    EVENT_TYPE_NAMES, FACT_WORDS_EN, HEDGE_WORDS_EN, KIND_NAMES, STATUS_NAMES, TARGET_NAMES, TROOP_NOUNS_EN,
    WEAPON_NAMES,
)
from arabic_news.schema import missing_cell

GLOSSED_TABLES = ("troop_levels", "attacks", "events")
"""The fact tables that get a `fact_en` column."""

_EN = 1   # the English column of the (ar, en) name tables


def _text(value: object) -> str:
    return "" if missing_cell(value) else str(value).strip()


def _number(value: object) -> str:
    """2500 → '2,500'; 7.5 → '7.5'; missing → ''."""
    if missing_cell(value):
        return ""
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,.1f}"


def _name(table: Mapping[str, tuple[str, str]], value: object) -> str:
    key = _text(value)
    return table[key][_EN] if key in table else key.replace("_", " ")


def _amount(row: Mapping[str, object], value: str, low: str, high: str) -> str:
    """The number with its hedge ("about 2,500"), or its range when only a range is known ("20–99")."""
    if not missing_cell(row.get(value)):
        return HEDGE_WORDS_EN.get(_text(row.get("qualifier")), "") + _number(row.get(value))
    if not missing_cell(row.get(low)) and not missing_cell(row.get(high)):
        return FACT_WORDS_EN["range"].format(low=_number(row.get(low)), high=_number(row.get(high)))
    return _number(row.get(low)) or _number(row.get(high)) or "?"


def _source(row: Mapping[str, object]) -> str:
    source = _text(row.get("attribution_en"))
    return FACT_WORDS_EN["according_to"].format(source=source) if source else ""


def date_text(start: object, end: object, precision: object = None) -> str:
    """A resolved date as precisely as it is known: 2021-12-31, 2021-12, 2014, or a range.

    Args:
        start, end: ISO dates (strings, dates or Timestamps); a missing end is the start.
        precision: the events table's precision (day, month, year …), or None.
    Returns:
        The text; ``"date unknown"`` when `start` is missing.
    Example:
        >>> date_text("2021-12-01", "2021-12-31", "month"), date_text("2014-01-01", "2014-12-31", "year")
        ('2021-12', '2014')
        >>> date_text("2021-01-01", "2021-07-29", "interval"), date_text("2021-07-29", None, "day")
        ('2021-01-01 to 2021-07-29', '2021-07-29')
    """
    first, last = _day(start), _day(end)
    if first is None:
        return FACT_WORDS_EN["undated"]
    last = last or first
    if first == last or _text(precision) == "day":
        return first.isoformat()
    whole_month = first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and \
        (first.year, first.month) == (last.year, last.month)
    if whole_month:
        return first.strftime("%Y-%m")
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    return f"{first.isoformat()} to {last.isoformat()}"


def _day(value: object) -> dt.date | None:
    if missing_cell(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def troop_level_en(row: Mapping[str, object]) -> str:
    """The English sentence of one troop level.

    Example:
        >>> troop_level_en({"value": 2500, "qualifier": "about", "force": "us", "location": "Iraq",
        ...                 "kind": "current", "attribution_en": "US officials"})
        'about 2,500 US troops in Iraq, current, according to US officials'
        >>> troop_level_en({"value_low": 20, "value_high": 99, "force": "other", "kind": "past"})
        '20–99 troops, past'
    """
    force = _text(row.get("force"))
    text = _amount(row, "value", "value_low", "value_high") + " " + TROOP_NOUNS_EN.get(force, force + " troops")
    place = _text(row.get("location"))
    if place:
        text += FACT_WORDS_EN["in_place"].format(place=place)
    kind = _text(row.get("kind"))
    if kind:
        text += ", " + _name(KIND_NAMES, kind)
    return text + _source(row)


def attack_en(row: Mapping[str, object]) -> str:
    """The English sentence of one attack count.

    Example:
        >>> attack_en({"count": 50, "qualifier": "about", "weapons": "rocket;drone", "target": "us_interests",
        ...            "period_start": "2021-01-01", "period_end": "2021-07-29"})
        'about 50 attacks with rockets and drones on US interests from 2021-01-01 to 2021-07-29'
    """
    one = _text(row.get("qualifier")) in ("", "exact") and not missing_cell(row.get("count")) and \
        float(row.get("count")) == 1
    text = _amount(row, "count", "count_low", "count_high") + " " + \
        FACT_WORDS_EN["one_attack" if one else "attacks"]
    weapons = [_name(WEAPON_NAMES, w) for w in _text(row.get("weapons")).split(";") if w.strip()]
    if weapons:
        text += FACT_WORDS_EN["with_weapons"].format(weapons=FACT_WORDS_EN["and"].join(weapons))
    target = _text(row.get("target"))
    if target and target != "other":
        text += FACT_WORDS_EN["on_target"].format(target=_name(TARGET_NAMES, target))
    first, last = _day(row.get("period_start")), _day(row.get("period_end"))
    if first and last and first != last:
        text += FACT_WORDS_EN["from_to"].format(start=first.isoformat(), end=last.isoformat())
    elif first or last:
        text += FACT_WORDS_EN["on_day"].format(day=(first or last).isoformat())
    return text + _source(row)


def event_en(row: Mapping[str, object], max_actors: int = 3) -> str:
    """The English sentence of one dated event: what, whether it happened, who, when.

    Example:
        >>> event_en({"event_type": "mission_change", "status": "planned", "actors": "United States;Iraq",
        ...           "date_start": "2021-12-01", "date_end": "2021-12-31", "precision": "month"})
        'mission change, planned: United States, Iraq; 2021-12'
    """
    kind = _name(EVENT_TYPE_NAMES, _text(row.get("event_type")) or "other")
    status = _text(row.get("status"))
    status = FACT_WORDS_EN["status"].format(status=_name(STATUS_NAMES, status)) if status else ""
    actors = [a.strip() for a in _text(row.get("actors")).split(";") if a.strip()]
    when = date_text(row.get("date_start"), row.get("date_end"), row.get("precision"))
    if actors:
        shown = ", ".join(actors[:max_actors]) + (" …" if len(actors) > max_actors else "")
        text = FACT_WORDS_EN["event"].format(kind=kind, status=status, actors=shown, when=when)
    else:
        text = FACT_WORDS_EN["event_no_actors"].format(kind=kind, status=status, when=when)
    return text + _source(row)


_BUILDERS = {"troop_levels": troop_level_en, "attacks": attack_en, "events": event_en}


def fact_en(table: str, frame: pd.DataFrame) -> pd.Series:
    """The `fact_en` column of a fact table: one English sentence per row.

    Args:
        table: "troop_levels", "attacks" or "events".
        frame: the table (columns it lacks count as empty).
    Returns:
        A Series of strings aligned with `frame`'s index.
    Raises:
        KeyError: for a table without sentences.
    """
    build = _BUILDERS[table]
    return pd.Series([build(row) for row in frame.to_dict("records")], index=frame.index, dtype=object)


def with_fact_en(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables, with a `fact_en` column added to each of `GLOSSED_TABLES` present (others unchanged)."""
    out = dict(tables)
    for name in GLOSSED_TABLES:
        frame = out.get(name)
        if frame is not None:
            out[name] = frame.assign(fact_en=fact_en(name, frame)) if len(frame) else \
                frame.assign(fact_en=pd.Series(dtype=object))
    return out


READING_COLUMNS = {
    "troop_levels": ["fact_id", "article_id", "text", "fact_en", "quote", "attribution", "article", "published"],
    "attacks": ["fact_id", "article_id", "text", "fact_en", "period_start", "period_end", "quote", "attribution",
                "article", "published"],
    "events": ["fact_id", "article_id", "time_expression", "when", "what", "fact_en", "quote", "article", "published"],
}
"""The columns of a fact table as a reader reads it (`reading_table`); the ids serve the link only."""


def reading_table(table: str, frame: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """A fact table as a reader reads it: the phrase (linked to its article), the fact in English, its sentence,
    its source and its article's title and date, searchable in Arabic and in English.

    An event says when (its resolved date, `date_text`) and what happened in both languages
    ("انسحاب · withdrawal"), so a search for «انسحاب» or "withdrawal" finds it.

    Args:
        table: "troop_levels", "attacks" or "events".
        frame: the table, with `fact_en` (as `analysis.read_facts` gives it).
        articles: the articles table, for titles and dates; without it those columns are empty.
    Returns:
        The columns of `READING_COLUMNS[table]`, one row per fact.
    Example:
        >>> e = pd.DataFrame({"fact_id": ["f"], "article_id": ["a"], "time_expression": ["نهاية العام"],
        ...                   "date_start": ["2021-12-01"], "date_end": ["2021-12-31"], "precision": ["month"],
        ...                   "event_type": ["withdrawal"], "status": ["planned"], "quote": ["..."]})
        >>> reading_table("events", e)[["when", "what"]].values.tolist()
        [['2021-12', 'انسحاب · withdrawal (planned)']]
    """
    out = frame.copy()
    if "fact_en" not in out:
        out["fact_en"] = fact_en(table, out) if len(out) else pd.Series(dtype=object)
    titles, dates = {}, {}
    if articles is not None and len(articles):
        for row in articles.to_dict("records"):
            titles[str(row["article_id"])] = _text(row.get("title")) or str(row["article_id"])
            dates[str(row["article_id"])] = _text(row.get("publication_date"))
    ids = out["article_id"].astype(str) if "article_id" in out else pd.Series("", index=out.index)
    out["article"] = [titles.get(a, a) for a in ids]
    out["published"] = [dates.get(a, "") for a in ids]
    if table == "events":
        out["when"] = [date_text(a, b, c) for a, b, c in zip(out.get("date_start", []), out.get("date_end", []),
                                                              out.get("precision", []))]
        out["what"] = [" · ".join(EVENT_TYPE_NAMES.get(_text(t) or "other", (t, t))) +
                       (f" ({_name(STATUS_NAMES, s)})" if _text(s) and _text(s) != "happened" else "")
                       for t, s in zip(out.get("event_type", []), out.get("status", []))]
    for column in READING_COLUMNS[table]:
        if column not in out:
            out[column] = None
    return out[READING_COLUMNS[table]].reset_index(drop=True)


def _titles(articles: pd.DataFrame | None) -> dict[str, str]:
    if articles is None or not len(articles):
        return {}
    return {str(r["article_id"]): _text(r.get("title")) or str(r["article_id"]) for r in articles.to_dict("records")}


def with_article_titles(frame: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """`frame` with its `article_id` column replaced by `article`, the article's title (its id when it has none).

    Example:
        >>> with_article_titles(pd.DataFrame({"article_id": ["a"], "n": [1]}),
        ...                     pd.DataFrame({"article_id": ["a"], "title": ["عنوان"]})).columns.tolist()
        ['article', 'n']
    """
    titles = _titles(articles)
    out = frame.copy()
    at = list(out.columns).index("article_id")
    out.insert(at, "article", [titles.get(str(a), str(a)) for a in out["article_id"]])
    return out.drop(columns=["article_id"])


def articles_for_reading(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table as a reader reads it: title, outlet, date and how it was found, size; ids last."""
    columns = ["title", "outlet", "publication_date", "publication_date_basis", "date_window_start",
               "date_window_end", "n_paragraphs", "n_chars", "n_boilerplate", "path"]
    out = articles.copy()
    out["title"] = [_text(t) or "(no headline)" for t in out.get("title", pd.Series(index=out.index, dtype=object))]
    return out[[c for c in columns if c in out.columns]]
