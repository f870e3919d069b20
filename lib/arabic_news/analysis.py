"""From fact tables to what the notebooks show: filtered tables, rates, groups and computed sentences.

This module owns the small computations every notebook needs and none should
copy: reading the tables `arabic-news extract` wrote, keeping the facts inside
a date range, grouping the same figure across articles, turning attack counts
over periods of different lengths into rates, the machine-readable timeline,
who is cited for what, the quality scores of notebook 06, and the "What this
corpus says" sentences and key figures, which are computed from the data,
never typed. It reads articles only through `arabic_news.corpus`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from arabic_news.errors import ParameterError
from arabic_news.files import write_text_atomically
from arabic_news.glosses import with_fact_en
from arabic_news.rules.labels import FORCE_NAMES, TROOP_NOUNS_EN
from arabic_news.schema import read_tables


def _force_name(force: object) -> str:
    """The English name of a force code ("us" → "US forces"), from the one table of labels."""
    return FORCE_NAMES[force][1] if force in FORCE_NAMES else f"{force or 'Unnamed'} forces"



def read_facts(facts_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read the five tables `arabic-news extract` wrote (CSV, or Parquet when present).

    Integers come back as nullable integers, booleans as nullable booleans,
    dates stay ISO strings (``YYYY-MM-DD``) and empty cells are missing values.

    Args:
        facts_dir: the folder given to ``extract --out``.
    Returns:
        Table name → DataFrame, for every table of `arabic_news.schema.TABLES` (typed by `schema.read_table`);
        troop_levels, attacks and events also carry `fact_en`, the fact in English (`arabic_news.glosses`).
    Raises:
        ParameterError: a table is missing, naming the file and the command that writes it.
    """
    return with_fact_en(read_tables(facts_dir))


def _day(value: object) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _overlaps(start: object, end: object, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    first, last = _day(start), _day(end) or _day(start)
    if first is None and last is None:
        return True  # undated facts are kept: a date filter never hides what it cannot place
    first = first or last
    return (date_to is None or first <= date_to) and (date_from is None or last >= date_from)


def filter_facts(facts: Mapping[str, pd.DataFrame], date_from: dt.date | None = None,
                 date_to: dt.date | None = None, article_ids: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Keep the facts that fall inside [date_from, date_to] and, if given, belong to `article_ids`.

    An article is kept when its publication date (or date window) overlaps the
    range; a troop level when its as-of interval does (else its article's
    date); an attack count when its period does; an event when its date does.
    Facts with no date at all are kept, so a filter never silently hides them.

    Args:
        facts: the tables of `read_facts`.
        date_from, date_to: inclusive limits, or None for none.
        article_ids: the articles to keep, or None for all.
    Returns:
        The same table names with the rows kept.
    Example:
        >>> events = pd.DataFrame({"article_id": ["a", "a"], "date_start": ["2020-01-03", "2021-07-26"],
        ...                        "date_end": ["2020-01-03", "2021-07-26"]})
        >>> kept = filter_facts({"events": events}, date_from=dt.date(2021, 1, 1))
        >>> kept["events"]["date_start"].tolist()
        ['2021-07-26']
    """
    article_dates: dict[str, tuple[object, object]] = {}
    articles = facts.get("articles")
    if articles is not None and len(articles):
        for row in articles.itertuples(index=False):
            start = getattr(row, "publication_date", None) or getattr(row, "date_window_start", None)
            end = getattr(row, "publication_date", None) or getattr(row, "date_window_end", None)
            article_dates[row.article_id] = (start, end)
    wanted = set(article_ids) if article_ids else None
    out: dict[str, pd.DataFrame] = {}
    for name, frame in facts.items():
        if frame is None or frame.empty:
            out[name] = frame
            continue
        keep = []
        for row in frame.to_dict("records"):
            if wanted is not None and row.get("article_id") not in wanted:
                keep.append(False)
                continue
            if name == "articles":
                start, end = article_dates.get(row["article_id"], (None, None))
            elif name == "troop_levels":
                start, end = row.get("as_of_start"), row.get("as_of_end")
                if _day(start) is None and _day(end) is None:
                    start, end = article_dates.get(row["article_id"], (None, None))
            elif name == "attacks":
                start, end = row.get("period_start"), row.get("period_end")
            elif name == "events":
                start, end = row.get("date_start"), row.get("date_end")
            else:
                start, end = article_dates.get(row.get("article_id"), (None, None))
            keep.append(_overlaps(start, end, date_from, date_to))
        out[name] = frame[keep].reset_index(drop=True)
    return out


def _number(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.1f}"


TROOP_FIGURE_COLUMNS = ["force", "location", "kind", "value", "value_low", "value_high", "approx", "n_articles",
                        "n_outlets", "n_reports", "article_ids", "fact_ids", "fact_en"]


def troop_figures(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The same troop figure across articles, one row per (force, location, kind, value), with its evidence.

    This is the one function the report asks "how many articles and outlets report this figure"
    (the index's headline, the troop chart's selection, notebook 02's table); when
    `arabic_news.claims` lands it answers here instead.

    Args:
        troop_levels: the troop_levels table (with `fact_en` when read by `read_facts`).
        articles: the articles table, for the outlets; without it (or without outlets) n_outlets is 0.
    Returns:
        Columns force, location, kind, value, value_low, value_high, approx (any
        report hedged it), n_articles, n_outlets (distinct known outlets), n_reports,
        article_ids and fact_ids (``;``-joined, in article order), fact_en (of the
        first report), sorted by force, location, kind, value. Empty when there are no figures.
    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "b", "b"], "fact_id": ["f1", "f2", "f3"], "force": ["us"] * 3,
        ...                   "location": ["Iraq"] * 3, "kind": ["current"] * 3, "value": [2500, 2500, 2500],
        ...                   "value_low": [None] * 3, "value_high": [None] * 3, "approx": [True, False, False]})
        >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Reuters", "AFP"]})
        >>> troop_figures(t, a)[["value", "n_articles", "n_outlets", "n_reports", "approx"]].values.tolist()
        [[2500, 2, 2, 3, True]]
    """
    columns = TROOP_FIGURE_COLUMNS
    if troop_levels is None or troop_levels.empty:
        return pd.DataFrame(columns=columns)
    frame = troop_levels.copy()
    for column in ("force", "location", "kind"):
        frame[column] = frame[column].fillna("")
    frame["_value"] = pd.to_numeric(frame["value"], errors="coerce").fillna(
        pd.to_numeric(frame["value_low"], errors="coerce"))
    outlets = _outlets(articles)
    rows = []
    for (force, location, kind, value), group in frame.groupby(["force", "location", "kind", "_value"],
                                                               sort=True, dropna=False):
        group = group.sort_values("article_id", kind="stable")
        ids = sorted(set(group["article_id"]))
        rows.append({
            "force": force or None, "location": location or None, "kind": kind or None,
            "value": int(value) if float(value).is_integer() else float(value),
            "value_low": pd.to_numeric(group["value_low"], errors="coerce").min(),
            "value_high": pd.to_numeric(group["value_high"], errors="coerce").max(),
            "approx": bool(group["approx"].fillna(False).astype(bool).any()),
            "n_articles": len(ids), "n_outlets": len({outlets[a] for a in ids if a in outlets}),
            "n_reports": len(group), "article_ids": ";".join(ids),
            "fact_ids": ";".join(str(f) for f in group.get("fact_id", pd.Series(dtype=object)).dropna()),
            "fact_en": group["fact_en"].iloc[0] if "fact_en" in group else None,
        })
    return pd.DataFrame(rows, columns=columns)


def _outlets(articles: pd.DataFrame | None) -> dict[str, str]:
    """article_id -> outlet, for the articles whose outlet is known."""
    if articles is None or articles.empty or "outlet" not in articles.columns:
        return {}
    return {str(a): str(o) for a, o in zip(articles["article_id"], articles["outlet"])
            if o is not None and not pd.isna(o) and str(o).strip()}


def headline_troop_figure(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                          *, min_articles: int = 2) -> dict[str, object] | None:
    """The troop figure the most articles report, if at least `min_articles` do; else None.

    A figure one article gives is a lead, not a headline: the index says so instead of
    promoting it. Ties go to the figure more outlets report, then to the larger value.

    Returns:
        ``{"text": "about 2,500 US troops in Iraq, current", "n_articles": 3, "n_outlets": 2, ...}``
        (the row of `troop_figures`), or None.
    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "b", "c"], "force": ["us", "us", "militia"],
        ...                   "location": ["Iraq"] * 3, "kind": ["current"] * 3, "value": [2500, 2500, 776000],
        ...                   "value_low": [None] * 3, "value_high": [None] * 3, "approx": [True, False, False]})
        >>> headline_troop_figure(t)["text"], headline_troop_figure(t.iloc[[2]]) is None
        ('about 2,500 US troops in Iraq, current (2 articles)', True)
    """
    figures = troop_figures(troop_levels, articles)
    figures = figures[figures["n_articles"] >= min_articles]
    if figures.empty:
        return None
    top = figures.sort_values(["n_articles", "n_outlets", "value"], ascending=False, kind="mergesort").iloc[0]
    where = f" in {top['location']}" if top["location"] else ""
    kind = f", {top['kind']}" if top["kind"] else ""
    outlets = f", {top['n_outlets']} outlets" if top["n_outlets"] > 1 else ""
    noun = TROOP_NOUNS_EN.get(top["force"] or "", _force_name(top["force"]))
    text = (f"{'about ' if top['approx'] else ''}{_number(top['value'])} {noun}{where}{kind} "
            f"({top['n_articles']} articles{outlets})")
    return {**top.to_dict(), "text": text}


def _article_days(troop_levels: pd.DataFrame, articles: pd.DataFrame | None) -> list[str]:
    """The days the rows refer to: their as-of start, else their article's publication date or window."""
    published: dict[str, str] = {}
    if articles is not None and len(articles):
        for row in articles.to_dict("records"):
            day = row.get("publication_date") or row.get("date_window_start")
            if day is not None and not pd.isna(day):
                published[row["article_id"]] = str(day)[:10]
    days = []
    for row in troop_levels.to_dict("records"):
        day = row.get("as_of_start")
        day = str(day)[:10] if day is not None and not pd.isna(day) else published.get(row["article_id"])
        if day:
            days.append(day)
    return sorted(days)


def troop_story(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                events: pd.DataFrame | None = None) -> list[str]:
    """Sentences (English) that state what the corpus says about troop levels, computed from the data.

    For each force and place with current figures, whether the figure stays the same across the
    articles (and over which days) or varies; then its past and planned figures; then, when `events`
    is given, how many changes of mission the articles date meanwhile.

    Returns:
        One sentence per force and place, the most reported first, and one on mission changes;
        a single sentence saying so when there are no figures.
    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "b"], "force": ["us", "us"], "location": ["Iraq", "Iraq"],
        ...                   "kind": ["current", "current"], "value": [2500, 2500], "value_low": [None, None],
        ...                   "value_high": [None, None], "approx": [True, False],
        ...                   "as_of_start": ["2021-07-22", "2024-03-15"]})
        >>> troop_story(t)[0]
        'US forces in Iraq: all 2 articles that give a current figure give the same one, about 2,500, from 2021-07-22 to 2024-03-15.'
    """
    figures = troop_figures(troop_levels)
    if figures.empty:
        return ["The corpus gives no troop levels."]
    order = figures.groupby(["force", "location"], dropna=False)["n_reports"].sum().sort_values(
        ascending=False, kind="mergesort")
    sentences = []
    for force, location in order.index:
        group = figures[(figures["force"].fillna("") == (force or "")) &
                        (figures["location"].fillna("") == (location or ""))]
        rows = troop_levels[(troop_levels["force"].fillna("") == (force or "")) &
                            (troop_levels["location"].fillna("") == (location or ""))]
        subject = _force_name(force) + (f" in {location}" if location else "")
        parts = []
        current = group[group["kind"] == "current"]
        current_rows = rows[rows["kind"] == "current"]
        if len(current):
            days = _article_days(current_rows, articles)
            span = f", from {days[0]} to {days[-1]}" if days and days[0] != days[-1] else \
                (f", on {days[0]}" if days else "")
            n_articles = current_rows["article_id"].nunique()
            if len(current) == 1 and n_articles == 1:
                top = current.iloc[0]
                parts.append(f"one article gives a current figure, {'about ' if top['approx'] else ''}"
                             f"{_number(top['value'])}{span}")
            elif len(current) == 1:
                top = current.iloc[0]
                hedge = "about " if top["approx"] else ""
                parts.append(f"all {n_articles} articles that give a current figure give "
                             f"the same one, {hedge}{_number(top['value'])}{span}")
            else:
                top = current.sort_values(["n_articles", "value"], ascending=[False, False]).iloc[0]
                low, high = _number(current["value"].min()), _number(current["value"].max())
                parts.append(f"{n_articles} articles give current figures from {low} to {high}{span}; "
                             f"the most reported is {'about ' if top['approx'] else ''}{_number(top['value'])} "
                             f"({top['n_articles']} articles)")
        for kind, label in (("past", "past figures"), ("planned", "planned figures")):
            values = [_number(v) for v in group[group["kind"] == kind]["value"]]
            if values:
                parts.append(f"{label}: " + ", ".join(values))
        if parts:
            sentences.append(f"{subject}: " + "; ".join(parts) + ".")
    if events is not None and len(events) and "event_type" in events:
        changes = events[events["event_type"].isin(["mission_change", "withdrawal"])]
        if len(changes):
            kinds = changes["event_type"].value_counts()
            described = " and ".join(f"{n} {'mission changes' if k == 'mission_change' else 'withdrawals'}"
                                     for k, n in kinds.items())
            sentences.append(f"Meanwhile the articles date {described}, "
                             f"{int(changes['status'].isin(['planned', 'expected']).sum())} of them planned or expected.")
    return sentences


def attack_rates(attacks: pd.DataFrame) -> pd.DataFrame:
    """Attack counts as rates: attacks per week over each count's period.

    A count over a period of d days is count / (d / 7) attacks a week; vague
    counts (count empty) give rates from count_low and count_high. Counts with
    no period get no rate (the rate columns are empty), never a guessed one.

    Returns:
        The attacks' article_id, fact_id, count, count_low, count_high, approx, qualifier, weapons,
        period_start, period_end, plus days, per_week, per_week_low, per_week_high.
    Example:
        >>> a = pd.DataFrame({"article_id": ["a"], "fact_id": ["f"], "count": [50], "count_low": [None],
        ...                   "count_high": [None], "approx": [True], "qualifier": ["about"], "weapons": ["rocket"],
        ...                   "period_start": ["2021-01-01"], "period_end": ["2021-07-29"]})
        >>> attack_rates(a)[["days", "per_week"]].values.tolist()
        [[210, 1.67]]
    """
    keep = ["article_id", "fact_id", "count", "count_low", "count_high", "approx", "qualifier", "weapons",
            "period_start", "period_end"]
    columns = keep + ["days", "per_week", "per_week_low", "per_week_high"]
    if attacks is None or attacks.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for row in attacks.to_dict("records"):
        out = {key: row.get(key) for key in keep}
        first, last = _day(row.get("period_start")), _day(row.get("period_end"))
        days = (last - first).days + 1 if first and last and last >= first else None
        out["days"] = days
        for source, target in (("count", "per_week"), ("count_low", "per_week_low"), ("count_high", "per_week_high")):
            value = row.get(source)
            if source == "count_low" and (value is None or pd.isna(value)):
                value = row.get("count")
            if source == "count_high" and (value is None or pd.isna(value)):
                value = row.get("count")
            out[target] = round(float(value) / (days / 7), 2) if days and value is not None and not pd.isna(value) \
                else None
        rows.append(out)
    frame = pd.DataFrame(rows, columns=columns)
    frame["days"] = frame["days"].astype("Int64")
    return frame


def attack_story(attacks: pd.DataFrame) -> list[str]:
    """Sentences (English) that state what the corpus says about attack counts, computed from the data."""
    rates = attack_rates(attacks)
    if rates.empty:
        return ["The corpus gives no attack counts."]
    sentences = []
    for row in rates.sort_values(["period_start", "article_id"], na_position="last").to_dict("records"):
        count = _number(row["count"]) or f"{_number(row['count_low'])}–{_number(row['count_high'])}"
        hedge = "about " if row["approx"] and row["count"] is not None and not pd.isna(row["count"]) else ""
        if row["days"]:
            sentences.append(f"{row['article_id']}: {hedge}{count} attacks from {row['period_start']} to "
                             f"{row['period_end']} ({row['days']} days), about {row['per_week']} a week.")
        else:
            sentences.append(f"{row['article_id']}: {hedge}{count} attacks over an unstated period.")
    return sentences


def timeline_records(events: pd.DataFrame) -> list[dict]:
    """The events as plain records for a machine-readable timeline, sorted by date then article and offset.

    Each record has fact_id, article_id, start, end, time_expression, date_start, date_end, precision,
    relative, event_type, actors (a list), status and quote. Missing values are None.
    """
    if events is None or events.empty:
        return []
    records = []
    for row in events.to_dict("records"):
        record = {}
        for key in ("fact_id", "article_id", "start", "end", "time_expression", "date_start", "date_end",
                    "precision", "relative", "event_type", "status", "quote"):
            value = row.get(key)
            if value is pd.NA or (isinstance(value, float) and pd.isna(value)):
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            record[key] = value
        actors = row.get("actors")
        record["actors"] = [a for a in str(actors).split(";") if a] if actors and not pd.isna(actors) else []
        records.append(record)
    return sorted(records, key=lambda r: (r["date_start"] or "9999", r["article_id"], r["start"] or 0))


def write_timeline_json(events: pd.DataFrame, path: str | Path, *, parameters: Mapping[str, str] | None = None) -> Path:
    """Write the timeline as JSON (UTF-8, stable key order), whole or not at all.

    Args:
        events: the events table (already filtered as the notebook's parameters say).
        path: the file to write; its folder is created.
        parameters: recorded under ``"parameters"`` for provenance.
    Returns:
        The path written.
    """
    from arabic_news import __version__

    document = {"library_version": __version__, "parameters": dict(parameters or {}),
                "events": timeline_records(events)}
    return write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def attribution_counts(facts: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Who is cited, per article: one row per (article, speaker) across the fact tables.

    Returns:
        Columns article_id, attribution, attribution_en, n_facts, tables (``;``-joined),
        sorted by article then most facts first. Facts stated in the article's own voice
        (no attribution) are counted under attribution "" and attribution_en "(the article itself)".
    """
    rows = []
    for name in ("troop_levels", "attacks", "events"):
        frame = facts.get(name)
        if frame is None or frame.empty:
            continue
        for row in frame.to_dict("records"):
            speaker = row.get("attribution")
            speaker = "" if speaker is None or pd.isna(speaker) else str(speaker)
            english = row.get("attribution_en")
            english = "(the article itself)" if not speaker else ("" if english is None or pd.isna(english)
                                                                 else str(english))
            rows.append({"article_id": row["article_id"], "attribution": speaker, "attribution_en": english,
                         "table": name})
    columns = ["article_id", "attribution", "attribution_en", "n_facts", "tables"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    grouped = (frame.groupby(["article_id", "attribution", "attribution_en"], sort=True)
               .agg(n_facts=("table", "size"), tables=("table", lambda t: ";".join(sorted(set(t)))))
               .reset_index())
    return grouped.sort_values(["article_id", "n_facts", "attribution"], ascending=[True, False, True],
                               kind="mergesort", ignore_index=True)[columns]


def figures_with_sources(facts: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every troop level and attack count with the source behind it.

    Returns:
        Columns table, fact_id, article_id, start, end, figure (the matched text), value,
        qualifier, fact_en, attribution, attribution_en, attribution_cue, quote.
    """
    columns = ["table", "fact_id", "article_id", "start", "end", "figure", "value", "qualifier", "fact_en",
               "attribution", "attribution_en", "attribution_cue", "quote"]
    rows = []
    for name, value_column in (("troop_levels", "value"), ("attacks", "count")):
        frame = facts.get(name)
        if frame is None or frame.empty:
            continue
        for row in frame.to_dict("records"):
            rows.append({"table": name, "fact_id": row["fact_id"], "article_id": row["article_id"],
                         "start": row["start"], "end": row["end"], "figure": row.get("text"),
                         "value": row.get(value_column), "qualifier": row.get("qualifier"),
                         "fact_en": row.get("fact_en"), "attribution": row.get("attribution"), "attribution_en": row.get("attribution_en"),
                         "attribution_cue": row.get("attribution_cue"), "quote": row.get("quote")})
    return pd.DataFrame(rows, columns=columns)


def top_mentions(mentions: pd.DataFrame, n: int = 15, entity_type: str | None = None) -> pd.DataFrame:
    """The most mentioned entities across the corpus, with the number of articles naming each.

    Returns:
        Columns entity, entity_en, type, count (mentions), n_articles; most mentioned first.
    """
    columns = ["entity", "entity_en", "type", "count", "n_articles"]
    if mentions is None or mentions.empty:
        return pd.DataFrame(columns=columns)
    frame = mentions if entity_type is None else mentions[mentions["type"] == entity_type]
    frame = frame.assign(count=pd.to_numeric(frame["count"], errors="coerce").fillna(0).astype(int))
    grouped = (frame.groupby(["entity", "entity_en", "type"], sort=True)
               .agg(count=("count", "sum"), n_articles=("article_id", "nunique")).reset_index())
    return grouped.sort_values(["count", "entity_en"], ascending=[False, True], kind="mergesort",
                               ignore_index=True).head(n)[columns]


def split_ids(article_ids: str, articles: pd.DataFrame | None = None) -> list[str] | None:
    """Parse a notebook's comma-separated `article_ids` parameter.

    Returns:
        The ids, or None when the parameter is empty (meaning all articles).
    Raises:
        ParameterError: an id that is not in `articles`, naming it.
    Example:
        >>> split_ids(" a, b ,") , split_ids("")
        (['a', 'b'], None)
    """
    ids = [part.strip() for part in str(article_ids or "").split(",") if part.strip()]
    if not ids:
        return None
    if articles is not None and len(articles):
        known = set(articles["article_id"])
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ParameterError("article_ids", article_ids, f"names articles not in the corpus: {', '.join(unknown)}",
                                 "Use ids from the articles table (01_corpus_overview), comma-separated")
    return ids


def set_aside_table(corpus_dir: str | Path) -> pd.DataFrame:
    """The lines the reader set aside as website chrome, one row per line, with the rule that matched.

    Returns:
        Columns article_id, start, end, rule, text.
    """
    from arabic_news.corpus import load_corpus

    rows = [{"article_id": article.article_id, "start": span.start, "end": span.end, "rule": span.label,
             "text": article.raw[span.start:span.end]}
            for article in load_corpus(corpus_dir) for span in article.boilerplate]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "rule", "text"])


def normalization_sample(corpus_dir: str | Path, n_lines: int = 6) -> pd.DataFrame:
    """Lines whose normalized form differs from the raw one, from the first articles of the corpus.

    Returns:
        Columns article_id, raw, normalized; at most `n_lines` rows, lines shortened to 160 characters.
    """
    from arabic_news.corpus import load_corpus
    from arabic_news.normalize import normalize

    rows = []
    for article in load_corpus(corpus_dir):
        for block in article.paragraphs:
            line = article.raw[block.start:block.end][:160]
            if normalize(line) != line:
                rows.append({"article_id": article.article_id, "raw": line, "normalized": normalize(line)})
                break
        if len(rows) >= n_lines:
            break
    return pd.DataFrame(rows, columns=["article_id", "raw", "normalized"])


def undated_sentence(articles: pd.DataFrame) -> str:
    """How many articles have no publication date, and why that matters, in one sentence.

    Example:
        >>> undated_sentence(pd.DataFrame({"publication_date": ["2018-04-16", None]}))
        'One of the 2 articles has no publication date: its facts cannot be placed in time, a date filter keeps them whatever its range, and its relative dates (on Monday, last week) stay unresolved. A metadata.csv with its date, or a file name ending in it (…-20180416.txt), fixes that.'
    """
    n = len(articles)
    undated = int(articles["publication_date"].isna().sum()) if "publication_date" in articles else n
    if not undated:
        return f"Every one of the {n} articles has a publication date."
    who = "One" if undated == 1 else str(undated)
    its, has = ("its", "has") if undated == 1 else ("their", "have")
    return (f"{who} of the {n} articles {has} no publication date: {its} facts cannot be placed in time, a date "
            f"filter keeps them whatever its range, and {its} relative dates (on Monday, last week) stay unresolved. "
            f"A metadata.csv with {its} date{'s' * (undated != 1)}, or a file name ending in it (…-20180416.txt), "
            "fixes that.")


def corpus_key_figures(facts: Mapping[str, pd.DataFrame]) -> dict[str, object]:
    """Key figures of a corpus: articles, outlets, date range and facts per table."""
    articles = facts.get("articles", pd.DataFrame())
    dates = sorted(d for column in ("publication_date", "date_window_start", "date_window_end")
                   for d in articles.get(column, pd.Series(dtype=object)).dropna())
    n_outlets = articles["outlet"].dropna().nunique() if len(articles) and "outlet" in articles else 0
    undated = int(articles["publication_date"].isna().sum()) if "publication_date" in articles else len(articles)
    figures: dict[str, object] = {"articles": len(articles),
                                  "outlets": n_outlets or "not known (no outlet in metadata.csv or the pages)",
                                  "articles without a date": undated,
                                  "first publication date": dates[0] if dates else "unknown",
                                  "last publication date": dates[-1] if dates else "unknown"}
    for name in ("troop_levels", "attacks", "events"):
        frame = facts.get(name)
        figures[name.replace("_", " ")] = 0 if frame is None else len(frame)
    return figures


def timeline_key_figures(events: pd.DataFrame) -> dict[str, object]:
    """Key figures of a timeline: events, the span of dates, how many were relative, planned or expected."""
    if events is None or events.empty:
        return {"events": 0}
    starts = sorted(events["date_start"].dropna())
    return {
        "events": len(events),
        "earliest date": starts[0] if starts else "unknown",
        "latest date": max(events["date_end"].dropna()) if events["date_end"].notna().any() else "unknown",
        "resolved from relative expressions": int(events["relative"].fillna(False).astype(bool).sum()),
        "planned or expected": int(events["status"].isin(["planned", "expected"]).sum()),
    }


def source_key_figures(facts: Mapping[str, pd.DataFrame]) -> dict[str, object]:
    """Key figures of attribution: figures with and without a stated source, distinct sources."""
    figures = figures_with_sources(facts)
    attributed = figures["attribution"].notna() & (figures["attribution"].astype(str) != "")
    return {"figures": len(figures), "with a stated source": int(attributed.sum()),
            "in the article's own voice": int((~attributed).sum()),
            "distinct sources": figures.loc[attributed, "attribution_en"].nunique()}


def facts_per_article(facts: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """How many troop levels, attack counts and events each article yields (zeros included)."""
    articles = facts.get("articles", pd.DataFrame(columns=["article_id"]))
    frame = pd.DataFrame({"article_id": list(articles["article_id"])})
    for name in ("troop_levels", "attacks", "events"):
        table = facts.get(name)
        counts = table.groupby("article_id").size() if table is not None and len(table) else pd.Series(dtype=int)
        frame[name] = [int(counts.get(a, 0)) for a in frame["article_id"]]
    frame["n_facts"] = frame[["troop_levels", "attacks", "events"]].sum(axis=1)
    return frame


def quality_scores(facts: Mapping[str, pd.DataFrame], gold_dir: str | Path,
                   project_root: Path | None = None) -> pd.DataFrame:
    """Precision and recall per table against the gold in `gold_dir` (relative to the project root too).

    Returns:
        `arabic_news.evaluation.score_tables`' table; empty when the folder holds no gold or
        the gold covers none of these articles.
    """
    from arabic_news.evaluation import load_gold, score_tables

    folder = Path(gold_dir)
    if not folder.is_absolute() and not folder.is_dir() and project_root is not None:
        folder = Path(project_root) / folder
    if not folder.is_dir():
        return pd.DataFrame(columns=["table", "n_articles", "n_gold", "n_predicted", "true_positives", "precision",
                                     "recall", "f1"])
    gold = _gold_of_corpus(load_gold(folder), facts.get("articles"))
    scores = score_tables(facts, gold)
    if "n_articles" in scores:
        scores = scores[scores["n_articles"] > 0].reset_index(drop=True)
    return scores.round(2)


def _gold_of_corpus(gold: Mapping[str, pd.DataFrame], articles: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The gold of the articles this corpus holds: gold for other articles is not this corpus's to miss."""
    if articles is None or "article_id" not in articles:
        return dict(gold)
    ids = set(articles["article_id"].astype(str))
    return {name: frame[frame["article_id"].astype(str).isin(ids)].reset_index(drop=True)
            if frame is not None and "article_id" in frame else frame for name, frame in gold.items()}


def gold_sentence(scores: pd.DataFrame, gold_dir: str | Path, n_articles: int) -> str:
    """One sentence on what the scores rest on: how many of the corpus's articles the gold covers, or none.

    Example:
        >>> gold_sentence(pd.DataFrame(columns=["table", "n_articles"]), "data/gold/seeds", 300)
        'This corpus has no gold annotation: data/gold/seeds covers none of its 300 articles, so precision and recall cannot be computed here. The checks below need no annotation.'
    """
    covered = int(scores["n_articles"].max()) if len(scores) else 0
    if not covered:
        return (f"This corpus has no gold annotation: {gold_dir} covers none of its {n_articles} articles, so "
                "precision and recall cannot be computed here. The checks below need no annotation.")
    return (f"The gold annotation in {gold_dir} covers {covered} of the corpus's {n_articles} articles; "
            "only those are scored.")


def failed_checks(checks: pd.DataFrame, limit: int = 5) -> str:
    """The checks that failed, as one sentence naming each table and article (for an assert's message).

    Example:
        >>> c = pd.DataFrame({"table": ["events"], "article_id": ["a"], "n_facts": [3], "quotes_found": [3],
        ...                   "spans_in_quote": [2], "ok": [False]})
        >>> failed_checks(c)
        '1 check failed: events of a (2 of 3 spans inside their quote, 3 of 3 quotes found)'
    """
    bad = checks[~checks["ok"].astype(bool)]
    items = [f"{r['table']} of {r['article_id']} ({r['spans_in_quote']} of {r['n_facts']} spans inside their quote, "
             f"{r['quotes_found']} of {r['n_facts']} quotes found)" for r in bad.head(limit).to_dict("records")]
    more = f"; and {len(bad) - limit} more" if len(bad) > limit else ""
    return f"{len(bad)} check{'s' * (len(bad) != 1)} failed: " + "; ".join(items) + more


def field_accuracy(scores: pd.DataFrame) -> pd.DataFrame:
    """The field accuracies of `quality_scores`, one row per table and field (fields a table lacks left out).

    Example:
        >>> scores = pd.DataFrame({"table": ["attacks"], "count_accuracy": [1.0], "value_accuracy": [float("nan")]})
        >>> field_accuracy(scores).values.tolist()
        [['attacks', 'count', 1.0]]
    """
    columns = [c for c in scores.columns if c.endswith("_accuracy")]
    rows = [{"table": row["table"], "field": column[: -len("_accuracy")], "accuracy": row[column]}
            for row in scores.to_dict("records") for column in columns if not pd.isna(row[column])]
    return pd.DataFrame(rows, columns=["table", "field", "accuracy"])


def checks_without_gold(facts: Mapping[str, pd.DataFrame], corpus_dir: str | Path) -> pd.DataFrame:
    """`arabic_news.evaluation.check_without_gold` over the articles of `corpus_dir`."""
    from arabic_news.corpus import load_corpus
    from arabic_news.evaluation import check_without_gold

    raws = {article.article_id: article.raw for article in load_corpus(corpus_dir)}
    return check_without_gold(facts, raws)


def quality_key_figures(scores: pd.DataFrame, checks: pd.DataFrame) -> dict[str, object]:
    """Key figures of notebook 06: precision and recall per table, and the share of checks passed."""
    figures: dict[str, object] = {}
    for row in scores.to_dict("records"):
        figures[f"{row['table']} precision"] = f"{row['precision']:.2f}"
        figures[f"{row['table']} recall"] = f"{row['recall']:.2f}"
    if not figures:
        figures["gold"] = "none for this corpus"
    figures["checks passed"] = f"{int(checks['ok'].sum())} of {len(checks)}" if len(checks) else "no facts"
    return figures


def troop_key_figures(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None) -> dict[str, object]:
    """Key figures of notebook 02: how many figures, and the most reported one when two articles or more give it."""
    figures = troop_figures(troop_levels, articles)
    if figures.empty:
        return {"troop figures": 0}
    headline = headline_troop_figure(troop_levels, articles)
    return {"troop figures": len(troop_levels),
            "distinct figures": len(figures),
            "reported by two articles or more": int((figures["n_articles"] >= 2).sum()),
            "most reported figure": headline["text"] if headline else "none reported by two articles or more",
            "hedged figures": int(troop_levels["approx"].fillna(False).astype(bool).sum())}


def attack_key_figures(rates: pd.DataFrame) -> dict[str, object]:
    """Key figures of notebook 03: how many counts, and the highest and lowest weekly rates."""
    if rates is None or rates.empty:
        return {"attack counts": 0}
    with_rate = rates.dropna(subset=["per_week"])
    figures: dict[str, object] = {"attack counts": len(rates), "with a period": len(with_rate)}
    if len(with_rate):
        figures["highest rate (attacks a week)"] = float(with_rate["per_week"].max())
        figures["lowest rate (attacks a week)"] = float(with_rate["per_week"].min())
    return figures


def cited_sources(sources: pd.DataFrame, label_language: str = "ar") -> pd.Series:
    """Facts per named source across the corpus, labelled in Arabic as written or in English.

    Args:
        sources: `attribution_counts`' table.
        label_language: "ar" labels by the speaker as the articles write it, "en" by its English name
            (a speaker without one keeps its Arabic).
    Returns:
        A Series of fact counts indexed by label, most cited first; the article's own voice is left out.
    Example:
        >>> s = pd.DataFrame({"article_id": ["a", "b", "b"], "attribution": ["البنتاغون", "البنتاغون", ""],
        ...                   "attribution_en": ["Pentagon", "Pentagon", "(the article itself)"], "n_facts": [1, 2, 5]})
        >>> cited_sources(s, "en").to_dict(), cited_sources(s, "ar").to_dict()
        ({'Pentagon': 3}, {'البنتاغون': 3})
    """
    named = sources[sources["attribution"].fillna("") != ""]
    if named.empty:
        return pd.Series(dtype=int, name="n_facts")
    labels = named["attribution"] if label_language != "en" else \
        named["attribution_en"].where(named["attribution_en"].fillna("") != "", named["attribution"])
    counts = named.groupby(labels.rename("source"))["n_facts"].sum()
    return counts.sort_values(ascending=False, kind="mergesort")
