"""Claims: the same figure across articles, its conflicts and history, wire copy counted once, who cites whom.

This package is the only place that decides "the same figure". From the fact tables of a
corpus it builds (`build_claims`):

- ``claims``: troop levels and attack counts from different articles that state the same thing
  (same quantity: table, force, or target for attacks, place and kind; the same time; values each
  inside every other's hedged interval), with their articles, outlets, speakers and how many of the
  articles are independent of each other (wire copy counted once);
- ``conflicts``: pairs of claims about the same named quantity at the same time that allow no
  common value, with both sides' sources and sentences;
- ``figure_history``: each troop quantity's claims in time order (5,200 → 3,000 planned → 2,500);
- ``citations``: who each article cites for its facts (an edge list, see `citation_edges`);
- ``wire_copies``: sentences of different articles that are copies of one text;
- ``corrections_applied``: what ``corrections.csv`` changed (`apply_corrections`), and why.

Every threshold of "same" and "compatible" is a keyword argument of `build_claims` with a
documented default (`ClaimRules`); none is hidden in a function. The language rules claims
use (how wide a hedge is) come from `rules/hedges.py`. The tables are typed, read and
written by `arabic_news.schema`; `arabic-news extract` writes them beside the fact tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from arabic_news.claims.copies import copy_rows
from arabic_news.claims.corrections import (ACTIONS, CORRECTION_COLUMNS, CORRECTIONS_FILE, PROVENANCE_COLUMNS,
                                            apply_corrections)
from arabic_news.claims.grouping import conflicting_pairs, group_reports, stable_id
from arabic_news.claims.reports import FIGURE_TABLES, ClaimRules, default_hedge_widening, reports_from_tables
from arabic_news.claims.rows import citation_rows, claim_row, conflict_row, history_rows, lead_order
from arabic_news.errors import ParameterError
from arabic_news.schema import CLAIM_TABLES, frame_from_rows, read_table

__all__ = [
    "ClaimRules", "ClaimTables", "build_claims", "wire_copies", "citations", "citation_edges", "apply_corrections",
    "read_claim_tables", "by_evidence", "best_attested", "history_of", "lead_facts", "default_hedge_widening",
    "stable_id", "CLAIM_INPUTS", "CORRECTIONS_FILE", "CORRECTION_COLUMNS", "ACTIONS", "PROVENANCE_COLUMNS", "FIGURE_TABLES",
]


@dataclass
class ClaimTables:
    """The claim tables of a corpus (columns: `schema.CLAIM_SCHEMAS`).

    Attributes:
        claims, conflicts, figure_history, citations, wire_copies, corrections_applied: typed frames.
        rules: the `ClaimRules` they were built with, as plain values (empty when read from files).
    """

    claims: pd.DataFrame
    conflicts: pd.DataFrame
    figure_history: pd.DataFrame
    citations: pd.DataFrame
    wire_copies: pd.DataFrame
    corrections_applied: pd.DataFrame = field(default_factory=lambda: frame_from_rows("corrections_applied", []))
    rules: dict = field(default_factory=dict)

    @property
    def history(self) -> pd.DataFrame:
        """The same frame as `figure_history`."""
        return self.figure_history

    def tables(self) -> dict[str, pd.DataFrame]:
        """The six tables by name, in the order of `schema.CLAIM_TABLES`."""
        return {name: getattr(self, name) for name in CLAIM_TABLES}


CLAIM_INPUTS: dict[str, tuple[tuple[str, ...] | None, str | None]] = {
    "articles": (("article_id", "outlet", "publication_date", "date_window_start", "date_window_end"), None),
    "troop_levels": (None, None),
    "attacks": (None, None),
    "events": (("article_id", "attribution", "attribution_en"), "attribution"),
}
"""What `build_claims` reads of each fact table: (its columns, None for all; the column a row must have
for it to count, None for every row). The events serve the citations only, so a large corpus's events
are read three columns wide and only where they are attributed (`schema.read_table`)."""


def build_claims(tables: Mapping[str, pd.DataFrame], *, window_days: int = 31, period_days: int = 7,
                 conflict_days: int = 7, hedge_widening: Mapping[str, tuple[float, float]] | None = None,
                 similarity: float = 0.8, min_copy_chars: int = 40,
                 corrections_applied: pd.DataFrame | None = None) -> ClaimTables:
    """Group the figures of a corpus into claims, and find conflicts, histories, citations and copies.

    Args:
        tables: fact tables by name: ``troop_levels`` and ``attacks`` (the figures), ``articles``
            (outlets and publication dates; optional), ``events`` (for citations; optional). Already
            corrected, if there are corrections (`apply_corrections`).
        window_days, period_days, conflict_days, hedge_widening, similarity, min_copy_chars: the rules
            of "same" and "compatible", documented with their defaults in `ClaimRules`.
        corrections_applied: the table `apply_corrections` returned, carried into the result.
    Returns:
        `ClaimTables`; every frame empty (with its columns) when there are no figures.
    Raises:
        ParameterError: a rule out of range (e.g. a negative number of days), naming it.
    Example:
        >>> troops = pd.DataFrame({
        ...     "fact_id": ["f1", "f2", "f3"], "article_id": ["a", "b", "c"], "value": [2500, 2500, 2500],
        ...     "qualifier": ["about", "nearly", "exact"], "force": ["us"] * 3, "location": ["Iraq"] * 3,
        ...     "kind": ["current"] * 3, "as_of_start": ["2021-07-29", "2021-07-01", "2021-07-20"],
        ...     "as_of_end": ["2021-07-29", "2021-08-31", "2021-07-20"]})
        >>> c = build_claims({"troop_levels": troops}).claims
        >>> c[["value", "value_low", "value_high", "qualifiers", "n_articles", "agreed_start"]].values.tolist()
        [[2500, 2500, 2500, 'about;exact;nearly', 3, None]]
        >>> len(build_claims({"troop_levels": troops}, window_days=0).claims)  # 20 July is before 29 July
        2
    """
    rules = ClaimRules(window_days=window_days, period_days=period_days, conflict_days=conflict_days,
                       hedge_widening=hedge_widening or {}, similarity=similarity, min_copy_chars=min_copy_chars)
    claims = group_reports(reports_from_tables(tables, rules), rules)
    rows = {claim.claim_id: claim_row(claim, rules) for claim in claims}
    conflicts = [conflict_row(rows[a.claim_id], rows[b.claim_id]) for a, b in conflicting_pairs(claims, rules)]
    return ClaimTables(
        claims=frame_from_rows("claims", list(rows.values())),
        conflicts=frame_from_rows("conflicts", conflicts),
        figure_history=frame_from_rows("figure_history", history_rows(claims, rows)),
        citations=frame_from_rows("citations", citation_rows(tables)),
        wire_copies=frame_from_rows("wire_copies", copy_rows(tables, rules)),
        corrections_applied=(corrections_applied if corrections_applied is not None
                             else frame_from_rows("corrections_applied", [])),
        rules=rules.as_dict(),
    )


def wire_copies(tables: Mapping[str, pd.DataFrame], *, similarity: float = 0.8, min_copy_chars: int = 40,
                table_names: Sequence[str] = FIGURE_TABLES) -> pd.DataFrame:
    """Sentences of different articles that are copies of one text (the same agency copy republished).

    Args:
        tables: fact tables by name; the ``quote`` (sentence) of every fact of `table_names` is compared,
            and ``articles`` gives outlets and publication dates when present.
        similarity, min_copy_chars: see `ClaimRules` (rapidfuzz's `fuzz.ratio` on normalized sentences).
        table_names: the tables whose sentences are compared; add ``"events"`` to compare more sentences.
    Returns:
        The `wire_copies` table: article_id_a (published first), article_id_b, outlets, similarity (0–1),
        both sentences and the fact ids they carry.
    Example:
        >>> a = "ونقلت الوكالة أن نحو 2500 جندي أمريكي ما زالوا في العراق ضمن مهمة التحالف الدولي."
        >>> facts = pd.DataFrame({"fact_id": ["f1", "f2"], "article_id": ["x", "y"], "quote": [a, "(رويترز) " + a]})
        >>> wire_copies({"troop_levels": facts})[["article_id_a", "article_id_b", "similarity"]].values.tolist()
        [['x', 'y', 0.947]]
    """
    rules = ClaimRules(similarity=similarity, min_copy_chars=min_copy_chars)
    return frame_from_rows("wire_copies", copy_rows(tables, rules, table_names))


def citations(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Who each article cites for its facts: the `citations` table (article → source, number of facts).

    Example:
        >>> t = pd.DataFrame({"article_id": ["a", "a", "b"], "attribution": ["البنتاغون", "البنتاغون", None],
        ...                   "attribution_en": ["Pentagon", "Pentagon", None]})
        >>> citations({"troop_levels": t})[["article_id", "source_en", "n_facts"]].values.tolist()
        [['a', 'Pentagon', 2]]
    """
    return frame_from_rows("citations", citation_rows(tables))


def citation_edges(citations: pd.DataFrame, by: str = "outlet", label_language: str = "en") -> pd.DataFrame:
    """The citation graph as an edge list: who (an article or an outlet) cites which source, how often.

    Args:
        citations: the `citations` table.
        by: ``"outlet"`` (an article without an outlet stands for itself) or ``"article"``.
        label_language: sources named in English (``"en"``, the Arabic where there is no English) or
            as the articles write them (``"ar"``).
    Returns:
        Columns citing, source, n_facts, n_articles; most facts first, then by name.
    Raises:
        ParameterError: `by` or `label_language` is not one of its values.
    Example:
        >>> c = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "source": ["البنتاغون"] * 2,
        ...                   "source_en": ["Pentagon"] * 2, "n_facts": [2, 1]})
        >>> citation_edges(c).values.tolist()
        [['X', 'Pentagon', 3, 2]]
    """
    if by not in ("outlet", "article"):
        raise ParameterError("by", by, "is not a kind of citing node", 'Use "outlet" or "article"')
    if label_language not in ("en", "ar"):
        raise ParameterError("label_language", label_language, "is not a label language", 'Use "en" or "ar"')
    columns = ["citing", "source", "n_facts", "n_articles"]
    if citations is None or citations.empty:
        return pd.DataFrame(columns=columns)
    frame = citations.copy()
    frame["citing"] = frame["article_id"] if by == "article" else frame["outlet"].fillna(frame["article_id"])
    english = frame["source_en"].where(frame["source_en"].notna(), frame["source"])
    frame["label"] = english if label_language == "en" else frame["source"]
    edges = (frame.groupby(["citing", "label"], sort=True)
             .agg(n_facts=("n_facts", "sum"), n_articles=("article_id", "nunique")).reset_index()
             .rename(columns={"label": "source"}))
    edges["n_facts"] = edges["n_facts"].astype(int)
    return edges.sort_values(["n_facts", "citing", "source"], ascending=[False, True, True], kind="mergesort",
                             ignore_index=True)[columns]


def read_claim_tables(folder: str | Path) -> ClaimTables:
    """Read the claim tables `arabic-news extract` wrote to `folder`.

    Raises:
        ParameterError: a table is missing; for a folder written before claims existed, the message
            says so and gives the command that writes them.
    """
    return ClaimTables(**{name: read_table(folder, name) for name in CLAIM_TABLES})


def by_evidence(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims sorted by evidence: independent articles, then articles, outlets and reports, most first.

    Example:
        >>> c = pd.DataFrame({"claim_id": ["x", "y"], "n_independent": [1, 2], "n_articles": [3, 2],
        ...                   "n_outlets": [0, 0], "n_facts": [3, 2]})
        >>> by_evidence(c)["claim_id"].tolist()
        ['y', 'x']
    """
    keys = ["n_independent", "n_articles", "n_outlets", "n_facts"]
    return claims.sort_values(keys + ["claim_id"], ascending=[False] * len(keys) + [True], kind="mergesort",
                              ignore_index=True)


def best_attested(claims: pd.DataFrame, *, min_independent: int = 2, kind: str | None = "current",
                  table: str = "troop_levels") -> dict | None:
    """The claim reported by the most independent articles (at least `min_independent`), or None.

    Args:
        claims: the `claims` table.
        min_independent: the fewest independent articles a headline figure needs.
        kind: only claims of this kind (troop levels: ``current``, ``planned``, ``past``); None for any.
        table: ``troop_levels`` or ``attacks``.
    Returns:
        The claim's row as a dict; ties go to more articles, then the later window, then the id.
    Example:
        >>> c = pd.DataFrame({"claim_id": ["x", "y"], "table": ["troop_levels"] * 2, "kind": ["current"] * 2,
        ...                   "n_independent": [1, 3], "n_articles": [5, 3], "window_end": ["2021-07-29"] * 2})
        >>> best_attested(c)["claim_id"], best_attested(c, min_independent=4)
        ('y', None)
    """
    if claims is None or claims.empty:
        return None
    chosen = claims[(claims["table"] == table) & (claims["n_independent"].fillna(0) >= min_independent)]
    if kind is not None:
        chosen = chosen[chosen["kind"] == kind]
    if chosen.empty:
        return None
    chosen = chosen.assign(_end=chosen["window_end"].fillna(""))
    top = chosen.sort_values(["n_independent", "n_articles", "_end", "claim_id"],
                             ascending=[False, False, False, True], kind="mergesort").iloc[0]
    return {k: v for k, v in top.items() if k != "_end"}


def history_of(history: pd.DataFrame, claim_id: str) -> pd.DataFrame:
    """The history (all steps) of the quantity that claim `claim_id` belongs to; empty when it has none.

    Example:
        >>> h = pd.DataFrame({"force": ["us", "us", "us"], "force_id": [None] * 3,
        ...                   "location": ["Iraq", "Iraq", "Syria"], "step": [1, 2, 1], "claim_id": ["a", "b", "c"],
        ...                   "value": [5200, 2500, 900]})
        >>> history_of(h, "b")["value"].tolist(), len(history_of(h, "z"))
        ([5200, 2500], 0)
    """
    if history is None or history.empty or claim_id not in set(history["claim_id"]):
        return history.iloc[0:0] if history is not None else pd.DataFrame()
    step = history[history["claim_id"] == claim_id].iloc[0]
    same = (history["force"].fillna("") == (step["force"] or "")) & \
           (history["force_id"].fillna("") == (step["force_id"] or "")) & \
           (history["location"].fillna("") == (step["location"] or ""))
    return history[same].reset_index(drop=True)


LEAD_COLUMNS = ["claim_id", "fact_id", "article_id", "quote", "text", "attribution", "attribution_en", "fact_en"]
"""The columns of `lead_facts`."""


def lead_facts(claims: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The fact that speaks for each claim: the report `build_claims` quotes (the claim's ``quote``).

    A chart's hover shows this fact's sentence, English gloss and source, and its click opens the
    article at it. The lead is the first of the claim's facts in `tables`, earliest published first
    (the order `build_claims` uses); a claim none of whose facts is in `tables` (a date filter left
    them out) gets no row.

    Args:
        claims: the `claims` table (or its rows of one table, e.g. `analysis.troop_figures`).
        tables: the fact tables: ``troop_levels``, ``attacks`` (with `fact_en` when read by
            `analysis.read_facts`) and ``articles`` (publication dates; optional).
    Returns:
        `LEAD_COLUMNS`, one row per claim with a fact in `tables`, in the order of `claims`.
    Example:
        >>> t = pd.DataFrame({"fact_id": ["f1", "f2"], "article_id": ["b", "a"], "value": [2500, 2500],
        ...                   "force": ["us", "us"], "location": ["Iraq", "Iraq"], "kind": ["current"] * 2,
        ...                   "quote": ["second", "first"], "as_of_start": ["2021-07-01"] * 2})
        >>> a = pd.DataFrame({"article_id": ["a", "b"], "publication_date": ["2021-07-02", "2021-07-01"]})
        >>> built = build_claims({"troop_levels": t, "articles": a}).claims
        >>> lead_facts(built, {"troop_levels": t, "articles": a})[["fact_id", "quote"]].values.tolist()
        [['f1', 'second']]
    """
    if claims is None or claims.empty:
        return pd.DataFrame(columns=LEAD_COLUMNS)
    reports = {r.fact_id: r for r in reports_from_tables(tables, ClaimRules())}
    glosses = {}
    for name in FIGURE_TABLES:
        frame = tables.get(name)
        if frame is not None and {"fact_id", "fact_en"} <= set(frame.columns):
            glosses.update(zip(frame["fact_id"], frame["fact_en"]))
    rows = []
    for claim_id, fact_ids in zip(claims["claim_id"], claims["fact_ids"]):
        members = [reports[f] for f in str(fact_ids).split(";") if f in reports]
        if not members:
            continue
        lead = min(members, key=lead_order)
        rows.append({"claim_id": claim_id, "fact_id": lead.fact_id, "article_id": lead.article_id,
                     "quote": lead.quote or None, "text": lead.text or None, "attribution": lead.attribution,
                     "attribution_en": lead.attribution_en, "fact_en": glosses.get(lead.fact_id)})
    return pd.DataFrame(rows, columns=LEAD_COLUMNS)
