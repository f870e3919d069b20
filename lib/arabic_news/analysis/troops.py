"""Troop figures across articles (from `arabic_news.claims`), the headline figure, and notebook 02's sentences and key figures."""

from __future__ import annotations

import pandas as pd

from arabic_news.analysis.claim_text import claim_sentence, headline_sentence
from arabic_news.analysis.common import _HEDGE_WORDS, _force_name, _number


TROOP_FIGURE_COLUMNS = ["claim_id", "force", "force_id", "location", "kind", "value", "value_low", "value_high",
                        "approx", "qualifiers", "n_articles", "n_outlets", "n_independent", "n_reports",
                        "window_start", "window_end", "agreed_start", "agreed_end", "time_basis", "article_ids",
                        "fact_ids", "outlets", "attributions", "texts", "quote", "article_id", "fact_id", "fact_en",
                        "claim", "table"]


def troop_figures(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                  claims: pd.DataFrame | None = None, **claim_rules) -> pd.DataFrame:
    """The same troop figure across articles: one row per claim of `arabic_news.claims`.

    This is the one table the report reads for "how many articles and outlets report this figure"
    (notebook 02's table, the troop chart's points and their "×n", the index's headline). The grouping
    is the claims' own ("same force and place, kind, time and a value every report's hedge allows");
    nothing here groups figures again.

    Args:
        troop_levels: the troop_levels table (with `fact_en` when read by `read_facts`): the facts each
            claim's lead fact (its sentence, gloss and link) is looked up in.
        articles: the articles table: outlets, and the days of figures whose rows state none (optional).
        claims: the `claims` table `arabic-news extract` wrote (`claims.read_claim_tables`); its troop
            rows are used as they are. None builds them from `troop_levels` (`claims.build_claims`).
        **claim_rules: the rules of `build_claims` (window_days, hedge_widening, …) when building.
    Returns:
        `TROOP_FIGURE_COLUMNS`: the claim's columns (value is None for a range without a value, e.g.
        «عشرات»; value_low, value_high the range every report allows; approx when any report hedged it;
        n_independent the articles that are not copies of each other), n_reports (its facts), the lead
        fact (article_id, fact_id, fact_en: `claims.lead_facts`) and ``claim``, the claim in one English
        sentence (`claim_sentence`); sorted by force, location, kind, time, value. Empty with these
        columns when there are no figures.
    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "b", "b"], "fact_id": ["f1", "f2", "f3"], "force": ["us"] * 3,
        ...                   "location": ["Iraq"] * 3, "kind": ["current"] * 3, "value": [2500, 2500, 2500],
        ...                   "value_low": [None] * 3, "value_high": [None] * 3, "approx": [True, False, False]})
        >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Reuters", "AFP"]})
        >>> troop_figures(t, a)[["value", "n_articles", "n_outlets", "n_reports", "approx"]].values.tolist()
        [[2500, 2, 2, 3, True]]
    """
    from arabic_news.claims import build_claims, lead_facts

    columns = TROOP_FIGURE_COLUMNS
    if claims is None:
        if troop_levels is None or troop_levels.empty:
            return pd.DataFrame(columns=columns)
        claims = build_claims({"troop_levels": troop_levels, "articles": articles}, **claim_rules).claims
    figures = claims[claims["table"] == "troop_levels"].rename(columns={"n_facts": "n_reports"})
    if figures.empty:
        return pd.DataFrame(columns=columns)
    tables = {"troop_levels": troop_levels if troop_levels is not None else pd.DataFrame(), "articles": articles}
    leads = lead_facts(figures, tables).set_index("claim_id")
    figures = figures.assign(
        article_id=figures["claim_id"].map(leads["article_id"]), fact_id=figures["claim_id"].map(leads["fact_id"]),
        fact_en=figures["claim_id"].map(leads["fact_en"]),
        claim=[claim_sentence(row) for row in figures.to_dict("records")])
    return figures.sort_values(["force", "location", "kind", "window_start", "value"], kind="mergesort",
                               na_position="last", ignore_index=True)[columns]


FIGURE_READING_COLUMNS = ["claim", "text", "kind", "n_articles", "n_outlets", "n_independent", "days", "article_ids",
                          "article_id", "fact_id"]


def troop_figures_for_reading(figures: pd.DataFrame) -> pd.DataFrame:
    """`troop_figures` as a reader reads them: the claim in English, its phrases as the articles write them
    (linked to its lead fact), its kind, its evidence (n_outlets empty where no article names its outlet),
    the days its reports agree on, its articles.

    Example:
        >>> f = pd.DataFrame({"claim": ["2,500 US forces in Iraq"], "texts": ["2500 جندي"], "kind": ["current"],
        ...                   "n_articles": [2], "n_outlets": [0], "n_independent": [1], "agreed_start": [None],
        ...                   "agreed_end": [None], "window_start": ["2021-07-01"], "window_end": ["2021-07-29"],
        ...                   "article_ids": ["a;b"], "article_id": ["a"], "fact_id": ["f1"], "outlets": [None]})
        >>> troop_figures_for_reading(f)[["text", "n_independent", "days"]].values.tolist()
        [['2500 جندي', 1, '2021-07-01 to 2021-07-29']]
    """
    def days(start: object, end: object) -> str:
        start, end = ("" if v is None or pd.isna(v) else str(v) for v in (start, end))
        return start if not end or end == start else f"{start} to {end}"

    out = figures.assign(text=figures["texts"], n_outlets=figures["n_outlets"].astype("Int64").where(
        figures["outlets"].notna()), days=[
        days(a, b) if a is not None and not pd.isna(a) else days(c, d) for a, b, c, d in zip(
            figures["agreed_start"], figures["agreed_end"], figures["window_start"], figures["window_end"])])
    return out[FIGURE_READING_COLUMNS].reset_index(drop=True)


def _hedge(figures: pd.DataFrame) -> str:
    """How a reader hedges these figures: their one qualifier ("more than "), else "about " when any is hedged."""
    qualifiers = {q for text in figures["qualifiers"].dropna() for q in str(text).split(";") if q} \
        if "qualifiers" in figures.columns else set()
    if len(qualifiers) == 1 and next(iter(qualifiers)) != "exact":
        return _HEDGE_WORDS.get(next(iter(qualifiers)), "about ")
    return "about " if figures["approx"].fillna(False).astype(bool).any() else ""


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
                events: pd.DataFrame | None = None, *, figures: pd.DataFrame | None = None) -> list[str]:
    """Sentences (English) that state what the corpus says about troop levels, computed from the data.

    For each force and place with current figures, whether the figure stays the same across the
    articles (and over which days) or varies; then its past and planned figures; then, when `events`
    is given, how many changes of mission the articles date meanwhile.

    Args:
        troop_levels, articles, events: the fact tables.
        figures: `troop_figures` of them (the claims), computed when None.
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
    figures = troop_figures(troop_levels, articles) if figures is None else figures
    if figures.empty:
        return ["The corpus gives no troop levels."]
    # a range without a value («عشرات») is told by its low end
    figures = figures.assign(value=figures["value"].astype("Float64").fillna(figures["value_low"].astype("Float64")))
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
                parts.append(f"one article gives a current figure, {_hedge(current)}{_number(top['value'])}{span}")
            elif current["value"].nunique() == 1:
                top = current.iloc[0]
                parts.append(f"all {n_articles} articles that give a current figure give "
                             f"the same one, {_hedge(current)}{_number(top['value'])}{span}")
            else:
                top = current.sort_values(["n_articles", "value"], ascending=[False, False]).iloc[0]
                low, high = _number(current["value"].min()), _number(current["value"].max())
                parts.append(f"{n_articles} articles give current figures from {low} to {high}{span}; "
                             f"the most reported is {_hedge(current.loc[[top.name]])}{_number(top['value'])} "
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


def troop_key_figures(troop_levels: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                      figures: pd.DataFrame | None = None) -> dict[str, object]:
    """Key figures of notebook 02: how many figures and claims, and the best-attested one (`headline_sentence`,
    the sentence the index shows)."""
    figures = troop_figures(troop_levels, articles) if figures is None else figures
    if figures.empty:
        return {"troop figures": 0 if troop_levels is None else len(troop_levels)}
    return {"troop figures": len(troop_levels),
            "claims": len(figures),
            "from 2+ independent articles": int((figures["n_independent"] >= 2).sum()),
            "best-attested figure": headline_sentence(figures),
            "hedged figures": int(troop_levels["approx"].fillna(False).astype(bool).sum())}
