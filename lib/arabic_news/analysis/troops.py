"""Troop figures across articles (from `arabic_news.claims`), the headline figure, and notebook 02's sentences and key figures."""

from __future__ import annotations

import pandas as pd

from arabic_news.rules.labels import TROOP_NOUNS_EN
from arabic_news.analysis.common import _force_name, _number, _outlets


TROOP_FIGURE_COLUMNS = ["claim_id", "force", "force_id", "location", "kind", "value", "value_low", "value_high",
                        "approx", "n_articles", "n_outlets", "n_independent", "n_reports", "article_ids", "fact_ids",
                        "window_start", "window_end", "fact_en"]


def troop_figures(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                  **claim_rules) -> pd.DataFrame:
    """The same troop figure across articles: one row per claim (`arabic_news.claims.build_claims`).

    This is the one function the report asks "how many articles and outlets report this figure"
    (the index's headline, the troop chart's selection, notebook 02's table). The grouping is the
    claims' own ("same force and place, kind, time and a value every report's hedge allows"), so
    this table, the charts and the index count the same articles.

    Args:
        troop_levels: the troop_levels table (with `fact_en` when read by `read_facts`).
        articles: the articles table, for the outlets and to place figures whose rows state no
            as-of days (optional; without it n_outlets is 0).
        **claim_rules: the rules of `build_claims` (window_days, hedge_widening, …), its defaults otherwise.
    Returns:
        `TROOP_FIGURE_COLUMNS`: claim_id, force, force_id, location, kind, value (a range-only figure:
        its low end), value_low, value_high (the range every report allows), approx (any report hedged
        it), n_articles, n_outlets, n_independent (reports that are not copies of each other),
        n_reports, article_ids and fact_ids (``;``-joined), window_start, window_end, fact_en (of its
        first report); sorted by force, location, kind, time, value. Empty when there are no figures.
    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "b", "b"], "fact_id": ["f1", "f2", "f3"], "force": ["us"] * 3,
        ...                   "location": ["Iraq"] * 3, "kind": ["current"] * 3, "value": [2500, 2500, 2500],
        ...                   "value_low": [None] * 3, "value_high": [None] * 3, "approx": [True, False, False]})
        >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Reuters", "AFP"]})
        >>> troop_figures(t, a)[["value", "n_articles", "n_outlets", "n_reports", "approx"]].values.tolist()
        [[2500, 2, 2, 3, True]]
    """
    from arabic_news.claims import build_claims

    columns = TROOP_FIGURE_COLUMNS
    if troop_levels is None or troop_levels.empty:
        return pd.DataFrame(columns=columns)
    tables = {"troop_levels": troop_levels, "articles": articles}
    claims = build_claims(tables, **claim_rules).claims
    claims = claims[claims["table"] == "troop_levels"].rename(columns={"n_facts": "n_reports"})
    claims = claims.assign(value=claims["value"].fillna(claims["value_low"]))
    outlets = _outlets(articles)
    claims["n_outlets"] = [len({outlets[a] for a in str(ids).split(";") if a in outlets})
                           for ids in claims["article_ids"]]
    glosses = dict(zip(troop_levels["fact_id"], troop_levels["fact_en"])) \
        if {"fact_id", "fact_en"} <= set(troop_levels.columns) else {}
    claims["fact_en"] = [glosses.get(str(ids).split(";")[0]) for ids in claims["fact_ids"]]
    for column in columns:
        if column not in claims.columns:
            claims[column] = None
    return claims.sort_values(["force", "location", "kind", "window_start", "value"], kind="mergesort",
                              na_position="last", ignore_index=True)[columns]


def headline_troop_figure(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None,
                          *, min_articles: int = 2) -> dict[str, object] | None:
    """The troop figure the most independent articles report, if at least `min_articles` do; else None.

    A figure one article gives is a lead, not a headline: the index says so instead of
    promoting it. The choice is `claims.best_attested` over `troop_figures` (a current figure
    first; else any): ties go to more articles, then the later window.

    Returns:
        The row of `troop_figures` with ``text``, e.g. "about 2,500 US troops in Iraq, current
        (2 articles, 2 independent)", or None.
    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "b", "c"], "fact_id": ["f1", "f2", "f3"],
        ...                   "force": ["us", "us", "militia"], "location": ["Iraq"] * 3, "kind": ["current"] * 3,
        ...                   "value": [2500, 2500, 776000], "value_low": [None] * 3, "value_high": [None] * 3,
        ...                   "approx": [True, False, False], "quote": ["نحو 2500 جندي", "2500 جندي", "776 ألف"]})
        >>> headline_troop_figure(t)["text"], headline_troop_figure(t.iloc[[2]]) is None
        ('about 2,500 US troops in Iraq, current (2 articles, 2 independent)', True)
    """
    from arabic_news.claims import best_attested

    figures = troop_figures(troop_levels, articles).assign(table="troop_levels")
    top = best_attested(figures, min_independent=min_articles) or \
        best_attested(figures, min_independent=min_articles, kind=None)
    if top is None:
        return None
    where = f" in {top['location']}" if top["location"] else ""
    kind = f", {top['kind']}" if top["kind"] else ""
    outlets = f", {top['n_outlets']} outlets" if top["n_outlets"] > 1 else ""
    noun = TROOP_NOUNS_EN.get(top["force"] or "", _force_name(top["force"]))
    text = (f"{'about ' if top['approx'] else ''}{_number(top['value'])} {noun}{where}{kind} "
            f"({top['n_articles']} articles, {top['n_independent']} independent{outlets})")
    return {**top, "text": text}


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
    figures = troop_figures(troop_levels, articles)
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
            if current["value"].nunique() == 1 and n_articles == 1:
                top = current.iloc[0]
                parts.append(f"one article gives a current figure, {'about ' if current['approx'].any() else ''}"
                             f"{_number(top['value'])}{span}")
            elif current["value"].nunique() == 1:
                top = current.iloc[0]
                hedge = "about " if current["approx"].any() else ""
                parts.append(f"all {n_articles} articles that give a current figure give "
                             f"the same one, {hedge}{_number(top['value'])}{span}")
            else:
                top = current.sort_values(["n_articles", "value"], ascending=[False, False]).iloc[0]
                low, high = _number(current["value"].min()), _number(current["value"].max())
                parts.append(f"{n_articles} articles give current figures from {low} to {high}{span}; "
                             f"the most reported is {'about ' if top['approx'] else ''}{_number(top['value'])} "
                             f"({top['n_articles']} articles)")
        for kind, label in (("past", "past figures"), ("planned", "planned figures")):
            values = [_number(v) for v in dict.fromkeys(group[group["kind"] == kind]["value"])]
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
