"""Claims in words: an English sentence per claim, the headline claim, notebook 05's key figures, the corrections applied."""

from __future__ import annotations

from collections.abc import Mapping
import pandas as pd

from arabic_news.analysis.common import _force_name, _number, _HEDGE_WORDS, _when
from arabic_news.rules.labels import TARGET_NAMES, TROOP_NOUNS_EN


def claim_sentence(claim: Mapping) -> str:
    """An English sentence for one claim (a row of the `claims` table), computed from its columns.

    The hedge is the claim's own when all its reports share one, else "about"; the time is the
    days every report allows (agreed_start..agreed_end), else the claim's whole window.

    Example:
        >>> claim_sentence({"table": "troop_levels", "force": "us", "location": "Iraq", "value": 2500,
        ...                 "qualifiers": "about;exact;nearly", "agreed_start": "2021-07-29",
        ...                 "agreed_end": "2021-07-29", "n_articles": 4, "n_independent": 3})
        'about 2,500 US troops in Iraq, July 2021, reported by 4 articles (3 independent)'
    """
    qualifiers = [q for q in str(claim.get("qualifiers") or "exact").split(";") if q]
    hedge = _HEDGE_WORDS.get(qualifiers[0], "about ") if len(qualifiers) == 1 else "about "
    value = _number(claim.get("value")) or f"{_number(claim.get('value_low'))}–{_number(claim.get('value_high'))}"
    if claim.get("table") == "attacks":
        target = claim.get("target")
        target = "" if target is None or pd.isna(target) else TARGET_NAMES.get(str(target), ("", str(target)))[1]
        what = f"attacks{' on ' + target if target else ''}"
    else:   # who the number counts, as `fact_en` says it ("US troops", "armed-faction fighters")
        force = claim.get("force")
        force = "" if force is None or pd.isna(force) else str(force)
        location = claim.get("location")
        where = f" in {location}" if location is not None and not pd.isna(location) and location else ""
        what = TROOP_NOUNS_EN.get(force, _force_name(force)) + where
    agreed = claim.get("agreed_start")
    when = _when(agreed, claim.get("agreed_end")) if agreed and not pd.isna(agreed) else \
        _when(claim.get("window_start"), claim.get("window_end"))
    n, independent = int(claim.get("n_articles") or 0), int(claim.get("n_independent") or 0)
    return (f"{hedge}{value} {what}, {when}, reported by {n} article{'s' * (n != 1)} "
            f"({independent} independent)")


def headline_figure(claims: pd.DataFrame, *, min_independent: int = 2) -> dict[str, object] | None:
    """The index's headline: the best-attested current troop claim, with its sentence.

    Args:
        claims: the `claims` table (`claims.read_claim_tables(facts_dir).claims`).
        min_independent: the fewest independent articles a headline figure needs.
    Returns:
        ``{"claim_id", "sentence", "n_articles", "n_independent"}``, or None when no current troop
        figure is reported by that many independent articles.
    """
    from arabic_news.claims import best_attested

    top = best_attested(claims, min_independent=min_independent)
    if top is None:
        return None
    return {"claim_id": top["claim_id"], "sentence": claim_sentence(top), "n_articles": int(top["n_articles"]),
            "n_independent": int(top["n_independent"])}


def headline_sentence(claims: pd.DataFrame, *, min_independent: int = 2) -> str:
    """The headline in words: the best-attested current troop claim's sentence (`headline_figure`), or why
    there is none. The index and notebook 02 both say it with this function.

    Example:
        >>> headline_sentence(pd.DataFrame(columns=["claim_id", "table", "kind", "n_independent"]))
        'none: no current troop figure is reported by 2 independent articles or more (0 troop figures, each listed in the troop-levels report)'
    """
    headline = headline_figure(claims, min_independent=min_independent)
    if headline is not None:
        return headline["sentence"]
    n = int((claims["table"] == "troop_levels").sum()) if claims is not None and len(claims) else 0
    return (f"none: no current troop figure is reported by {min_independent} independent articles or more "
            f"({n} troop figure{'s' * (n != 1)}, each listed in the troop-levels report)")


def claim_key_figures(claims: pd.DataFrame, conflicts: pd.DataFrame, wire_copies: pd.DataFrame,
                      corrections_applied: pd.DataFrame | None = None) -> dict[str, object]:
    """Key figures of notebook 05: claims, how many several articles report, conflicts, copies, corrections."""
    several = int((claims["n_articles"] > 1).sum()) if len(claims) else 0
    figures: dict[str, object] = {"claims": len(claims), "reported by 2 or more articles": several,
                                  "conflicts": len(conflicts), "sentences copied across articles": len(wire_copies),
                                  "corrections applied": 0 if corrections_applied is None else len(corrections_applied)}
    headline = headline_figure(claims)
    if headline:
        figures["best-attested figure"] = headline["sentence"]
    return figures


def corrections_sentences(corrections_applied: pd.DataFrame | None) -> list[str]:
    """One English line per correction applied (for every report), or one saying there were none.

    Example:
        >>> applied = pd.DataFrame({"line": [2], "fact_id": ["f1"], "table": ["troop_levels"], "article_id": ["a"],
        ...                         "action": ["set"], "column": ["value"], "old_value": ["2500"],
        ...                         "new_value": ["3000"], "reason": ["misread"], "also_changed": [None]})
        >>> corrections_sentences(applied)
        ['corrections.csv line 2: troop_levels fact f1 (article a): value 2500 → 3000, because: misread.']
    """
    if corrections_applied is None or corrections_applied.empty:
        return ["No corrections were applied (the corpus folder has no corrections.csv, or it is empty)."]
    lines = []
    for row in corrections_applied.to_dict("records"):
        if row["action"] == "drop":
            change = "dropped"
        else:
            change = f"{row['column']} {row['old_value'] or '(empty)'} → {row['new_value'] or '(empty)'}"
            also = row.get("also_changed")
            change += f" (and {also.replace(';', ', ')})" if also and not pd.isna(also) else ""
        lines.append(f"corrections.csv line {row['line']}: {row['table']} fact {row['fact_id']} "
                     f"(article {row['article_id']}): {change}, because: {row['reason']}.")
    return lines
