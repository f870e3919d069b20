"""The claim tables as notebook 05 reads them: filtered by date, sorted by evidence, both sides of a conflict
quoted, the figure whose history to draw, who cites whom, and what the corpus says about its claims.

Every table here is read from what `arabic-news extract` wrote beside the fact tables
(`claims.read_claim_tables`); nothing here decides again whether two figures are the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from arabic_news.analysis.claim_text import claim_sentence, headline_figure
from arabic_news.analysis.common import _day, _number

CLAIM_READING_COLUMNS = ["claim", "text", "n_articles", "n_outlets", "n_independent", "attributions", "article_ids",
                         "article_id", "fact_id"]
"""The columns of `claims_for_reading`: the claim in English, its phrases (linked to the sentence that speaks for
it), its evidence, its sources, its articles."""


def _overlaps(start: object, end: object, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    first, last = _day(start), _day(end) or _day(start)
    if first is None:
        return True   # undated claims are kept: a date filter never hides what it cannot place
    return (date_to is None or first <= date_to) and (date_from is None or last >= date_from)


def read_claims(facts_dir: str | Path, date_from: dt.date | None = None, date_to: dt.date | None = None,
                articles: pd.DataFrame | None = None):
    """The claim tables `arabic-news extract` wrote to `facts_dir`, kept to a date range and to some articles.

    A claim is kept when its window (the days its reports refer to) overlaps [date_from, date_to];
    so are its history steps, and a conflict when both its sides are kept. Citations and wire copies
    are kept for the articles of `articles` (the articles table `analysis.filter_facts` kept).
    Corrections applied are all kept: they were applied to every table.

    Args:
        facts_dir: the folder given to ``extract --out``.
        date_from, date_to: inclusive limits, or None for none.
        articles: the articles kept, or None for all.
    Returns:
        A `claims.ClaimTables`.
    Raises:
        ParameterError: a claim table is missing (the message gives the command that writes it).
    """
    from arabic_news.claims import ClaimTables, read_claim_tables

    tables = read_claim_tables(facts_dir)
    claims = tables.claims
    if len(claims) and (date_from or date_to):
        claims = claims[[_overlaps(a, b, date_from, date_to) for a, b in zip(claims["window_start"],
                                                                             claims["window_end"])]]
    kept = set(claims["claim_id"])
    conflicts = tables.conflicts[tables.conflicts["claim_id_a"].isin(kept) & tables.conflicts["claim_id_b"].isin(kept)]
    citations, copies = tables.citations, tables.wire_copies
    if articles is not None:
        ids = set(articles["article_id"].astype(str))
        citations = citations[citations["article_id"].astype(str).isin(ids)]
        copies = copies[copies["article_id_a"].astype(str).isin(ids) & copies["article_id_b"].astype(str).isin(ids)]
    return ClaimTables(claims=claims.reset_index(drop=True), conflicts=conflicts.reset_index(drop=True),
                       figure_history=tables.figure_history[tables.figure_history["claim_id"].isin(kept)]
                       .reset_index(drop=True),
                       citations=citations.reset_index(drop=True), wire_copies=copies.reset_index(drop=True),
                       corrections_applied=tables.corrections_applied)


def article_titles(articles: pd.DataFrame | None) -> dict[str, str]:
    """article_id → its title, or its id when it has none (for tables and links that name articles)."""
    if articles is None or not len(articles):
        return {}
    titles = articles["title"] if "title" in articles.columns else pd.Series([None] * len(articles))
    return {str(a): (str(t).strip() if t is not None and not pd.isna(t) and str(t).strip() else str(a))
            for a, t in zip(articles["article_id"], titles)}


def claims_for_reading(claims: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The claims sorted by evidence (`claims.by_evidence`), as a reader reads them.

    Args:
        claims: the `claims` table.
        tables: the fact tables (troop_levels, attacks with `fact_en`; articles): each claim's phrases
            link to its lead fact (`claims.lead_facts`).
    Returns:
        `CLAIM_READING_COLUMNS`: ``claim`` (`claim_sentence`), ``text`` (its phrases as the articles write
        them, linked to its lead fact's sentence), n_articles, n_outlets (empty where no article of the claim
        names its outlet: 0 would say "no outlet reports it"), n_independent, attributions, article_ids (for
        links to the articles); most independent articles first.
    """
    from arabic_news.claims import by_evidence, lead_facts

    if claims is None or claims.empty:
        return pd.DataFrame(columns=CLAIM_READING_COLUMNS)
    ordered = by_evidence(claims)
    leads = lead_facts(ordered, tables).set_index("claim_id")
    out = ordered.assign(claim=[claim_sentence(row) for row in ordered.to_dict("records")],
                         attributions=ordered["attributions"].map(_sources),
                         text=ordered["texts"], article_id=ordered["claim_id"].map(leads["article_id"]),
                         fact_id=ordered["claim_id"].map(leads["fact_id"]),
                         n_outlets=ordered["n_outlets"].astype("Int64").where(ordered["outlets"].notna()))
    return out[CLAIM_READING_COLUMNS]


def _side(row: Mapping, side: str) -> dict:
    fields = {c: row.get(f"{c}_{side}") for c in ("value", "value_low", "value_high", "window_start", "window_end",
                                                 "n_articles", "n_independent")}
    return {**fields, "table": row.get("table"), "force": row.get("force"), "location": row.get("location"),
            "target": row.get("target")}


def _sources(attributions: object) -> str:
    """A claim's sources (``;``-joined in the tables) as a reader reads them."""
    return "" if attributions is None or pd.isna(attributions) else "; ".join(str(attributions).split(";"))


CONFLICT_READING_COLUMNS = ["conflict", "side", "claim", "quote", "sources", "article_ids"]


def conflicts_for_reading(conflicts: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each conflict with both its sides, one row a side: its English sentence beside its Arabic sentence.

    Args:
        conflicts: the `conflicts` table.
        claims: the `claims` table, for each side's hedges and agreed days in its sentence (optional: without
            it a side is told from the conflict row, without its hedge).
    Returns:
        `CONFLICT_READING_COLUMNS`: conflict (its number), side ("lower" or "higher" figure), claim (the side in
        English), quote (its Arabic sentence), sources, article_ids; two rows a conflict, none without one.
    """
    if conflicts is None or conflicts.empty:
        return pd.DataFrame(columns=CONFLICT_READING_COLUMNS)
    full = {} if claims is None or claims.empty else {r["claim_id"]: r for r in claims.to_dict("records")}
    rows = []
    for number, row in enumerate(conflicts.to_dict("records"), start=1):
        for side, name in (("a", "lower"), ("b", "higher")):
            claim = full.get(row[f"claim_id_{side}"]) or _side(row, side)
            rows.append({"conflict": number, "side": name, "claim": claim_sentence(claim), "quote": row[f"quote_{side}"],
                         "sources": _sources(row[f"attributions_{side}"]), "article_ids": row[f"article_ids_{side}"]})
    return pd.DataFrame(rows, columns=CONFLICT_READING_COLUMNS)


def conflicts_sentence(conflicts: pd.DataFrame, claims: pd.DataFrame) -> str:
    """One sentence: how many claims contradict each other, or that none do (said plainly).

    Example:
        >>> conflicts_sentence(pd.DataFrame(), pd.DataFrame({"claim_id": ["a", "b"]}))
        'No conflict: none of the 2 claims contradicts another about the same force or target, place and time.'
    """
    n_claims = 0 if claims is None else len(claims)
    if n_claims == 0:
        return "No claims, so no conflicts: the corpus gives no troop level or attack count."
    if conflicts is None or conflicts.empty:
        return (f"No conflict: none of the {n_claims} claims contradicts another about the same force or "
                "target, place and time.")
    n = len(conflicts)
    return (f"{n} conflict{'s' * (n != 1)}: pairs of claims about the same force or target, place and time whose "
            "values cannot both be right. Both sides are quoted below; neither is chosen for you.")


def history_focus(claims: pd.DataFrame, history: pd.DataFrame, *, min_independent: int = 2) -> dict[str, object]:
    """The troop figure whose history notebook 05 draws, and why that one.

    The best-attested current figure (`headline_figure`, the index's headline) when there is one; else
    the quantity (force and place) with the most steps in `figure_history`, the most reported first.

    Returns:
        ``{"claim_id", "steps" (its `claims.history_of`), "sentence"}``; claim_id None and steps empty
        when no troop figure has a history.
    """
    from arabic_news.claims import history_of

    headline = headline_figure(claims, min_independent=min_independent) if claims is not None else None
    if headline is not None and len(history_of(history, headline["claim_id"])):
        steps = history_of(history, headline["claim_id"])
        return {"claim_id": headline["claim_id"], "steps": steps,
                "sentence": f"The best-attested figure is {headline['sentence']}. Its quantity has "
                            f"{len(steps)} step{'s' * (len(steps) != 1)} in the corpus:"}
    if history is None or history.empty:
        return {"claim_id": None, "steps": pd.DataFrame(columns=getattr(history, "columns", [])),
                "sentence": "No troop figure has a history here: the corpus gives no dated troop level of a "
                            "named force."}
    why = (f"The best-attested figure, {headline['sentence']}, has no history (its force is not named)"
           if headline is not None else
           f"No current troop figure is reported by {min_independent} independent articles or more")
    sizes = history.groupby(["force", "force_id", "location"], dropna=False).agg(
        steps=("step", "size"), articles=("n_articles", "sum")).reset_index()
    top = sizes.sort_values(["steps", "articles"], ascending=False, kind="mergesort").iloc[0]
    claim_id = history[(history["force"].fillna("") == (top["force"] if pd.notna(top["force"]) else "")) &
                       (history["location"].fillna("") == (top["location"] if pd.notna(top["location"]) else "")) &
                       (history["force_id"].fillna("") == (top["force_id"] if pd.notna(top["force_id"]) else ""))
                       ]["claim_id"].iloc[-1]
    steps = history_of(history, claim_id)
    return {"claim_id": claim_id, "steps": steps,
            "sentence": f"{why}, so we draw the quantity with the longest history instead ({len(steps)} "
                        f"step{'s' * (len(steps) != 1)}):"}


def history_sentence(steps: pd.DataFrame) -> str:
    """The history in one line: "5,200 (past) → 3,000 (planned) → …", each step with its articles.

    Example:
        >>> history_sentence(pd.DataFrame({"value": [5200, 3000], "value_low": [5200, 3000],
        ...                                "value_high": [5200, 3000], "kind": ["past", "planned"],
        ...                                "date": ["2020-10-16", "2020-10-16"], "n_articles": [1, 2]}))
        '5,200 (past, October 2020, 1 article) → 3,000 (planned, October 2020, 2 articles)'
    """
    from arabic_news.analysis.common import _when

    parts = []
    for row in steps.to_dict("records"):
        value = _number(row["value"]) or f"{_number(row['value_low'])}–{_number(row['value_high'])}"
        n = int(row["n_articles"] or 0)
        parts.append(f"{value} ({row['kind']}, {_when(row['date'], row['date'])}, {n} article{'s' * (n != 1)})")
    return " → ".join(parts)


def citation_graph(citations: pd.DataFrame, articles: pd.DataFrame | None = None,
                   label_language: str = "en") -> tuple[pd.DataFrame, str]:
    """Who cites whom, ready to draw: `claims.citation_edges` by outlet when the corpus names its outlets,
    else by article (named by its title).

    Returns:
        (edges: citing, source, n_facts, n_articles; by: "outlet" or "article").
    """
    from arabic_news.claims import citation_edges

    has_outlets = citations is not None and len(citations) and citations["outlet"].notna().any()
    by = "outlet" if has_outlets else "article"
    edges = citation_edges(citations, by=by, label_language=label_language)
    if by == "article" and len(edges):
        titles = article_titles(articles)
        edges = edges.assign(citing=[titles.get(str(c), str(c)) for c in edges["citing"]])
    return edges, by


def wire_copies_for_reading(wire_copies: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sentences copied across articles, as a reader reads them: both articles by title, both sentences.

    Returns:
        Columns article_a (published first), article_b, similarity, quote_a, quote_b, article_ids (both, for
        links); empty with these columns when there is no copy.
    """
    columns = ["article_a", "article_b", "similarity", "quote_a", "quote_b", "article_ids"]
    if wire_copies is None or wire_copies.empty:
        return pd.DataFrame(columns=columns)
    titles = article_titles(articles)
    return pd.DataFrame({
        "article_a": [titles.get(str(a), str(a)) for a in wire_copies["article_id_a"]],
        "article_b": [titles.get(str(b), str(b)) for b in wire_copies["article_id_b"]],
        "similarity": wire_copies["similarity"], "quote_a": wire_copies["quote_a"], "quote_b": wire_copies["quote_b"],
        "article_ids": [f"{a};{b}" for a, b in zip(wire_copies["article_id_a"], wire_copies["article_id_b"])]},
        columns=columns)


def claims_story(tables, n_articles: int) -> list[str]:
    """What the corpus says about its claims, in sentences computed from the claim tables.

    Args:
        tables: a `claims.ClaimTables`.
        n_articles: the articles of the corpus (after any date filter).
    Returns:
        Sentences: the claims and how many several articles report, the best-attested figure, conflicts,
        wire copies, the most cited source, corrections.
    """
    claims = tables.claims
    if claims.empty:
        return [f"The {n_articles} articles give no troop level or attack count, so there are no claims to "
                "compare.", conflicts_sentence(tables.conflicts, claims)]
    several = int((claims["n_articles"] > 1).sum())
    independent = int((claims["n_independent"] > 1).sum())
    out = [f"The {n_articles} articles make {len(claims)} distinct claim{'s' * (len(claims) != 1)} (troop levels "
           f"and attack counts); {several} {'is' if several == 1 else 'are'} reported by more than one article, "
           f"{independent} by more than one independent article."]
    headline = headline_figure(claims)
    out.append(f"The best-attested current troop figure: {headline['sentence']}." if headline else
               "No current troop figure is reported by two independent articles or more.")
    out.append(conflicts_sentence(tables.conflicts, claims))
    copies = tables.wire_copies
    out.append(f"{len(copies)} sentence{'s' * (len(copies) != 1)} of one article "
               f"{'reappear' if len(copies) != 1 else 'reappears'} in another (wire copy); their articles count once "
               "as evidence." if len(copies) else
               "No sentence of one article reappears in another: no wire copy was found.")
    if len(tables.citations):
        sources = tables.citations.assign(name=tables.citations["source_en"].fillna(tables.citations["source"]))
        top = sources.groupby("name")["n_facts"].sum().sort_values(ascending=False, kind="mergesort")
        out.append(f"Across every fact (figures and dated events), the most cited source is {top.index[0]} "
                   f"({int(top.iloc[0])} facts); {len(top)} sources are cited in all.")
    n = len(tables.corrections_applied)
    out.append(f"{n} correction{'s' * (n != 1)} from corrections.csv {'were' if n != 1 else 'was'} applied "
               "before the claims were built." if n else "No corrections were applied.")
    return out
