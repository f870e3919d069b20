"""The rows of the claim tables: claims, conflicts, figure_history and citations.

One function per table turns claims (or fact rows) into dicts keyed by the columns of
`schema.TABLES`; `schema.frame_from_rows` types and sorts them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Mapping

import pandas as pd

from arabic_news.claims.copies import independent_articles
from arabic_news.claims.grouping import Claim, known_quantity, stable_id
from arabic_news.claims.reports import ClaimRules, iso, text_or_none

_KIND_ORDER = {"past": 0, "current": 1, "planned": 2}
TEXT_SEPARATOR = " | "
"""Between the figure phrases of a claim's `texts` (a `;` may occur inside Arabic text)."""


def tidy(number: float | None) -> int | float | None:
    """A computed bound without float noise: 2750.0000000000005 → 2750."""
    if number is None:
        return None
    number = round(float(number), 6)
    return int(number) if number.is_integer() else number


def _joined(values) -> str | None:
    values = sorted({v for v in values if v})
    return ";".join(values) or None


def _value(claim: Claim) -> float | None:
    """The value most reports give (ties: the smallest); None for a range without a value."""
    if not claim.points:
        return None
    counts = Counter(claim.points)
    return min(counts, key=lambda v: (-counts[v], v))


def _windows(claim: Claim) -> tuple[int | None, int | None, int | None, int | None, str]:
    placed = [r for r in claim.reports if r.first is not None]
    if not placed:
        return None, None, None, None, "none"
    first, last = min(r.first for r in placed), max(r.last for r in placed)
    common_first, common_last = max(r.first for r in placed), min(r.last for r in placed)
    stated = {r.stated for r in placed}
    basis = "stated" if stated == {True} else ("publication_date" if stated == {False} else "mixed")
    if common_first > common_last:
        common_first = common_last = None
    return first, last, common_first, common_last, basis


def lead_order(report) -> tuple:
    """The order of a claim's reports; the first speaks for the claim (its `quote`, its force_id).

    Earliest published first (undated last), then by article id and offset.
    """
    return (report.published or "9999", report.article_id, report.start)


def claim_row(claim: Claim, rules: ClaimRules) -> dict:
    """One row of the `claims` table."""
    reports = sorted(claim.reports, key=lead_order)
    head = reports[0]
    first, last, common_first, common_last, basis = _windows(claim)
    published = sorted(r.published for r in reports if r.published)
    speakers = [r.attribution_en or r.attribution for r in reports]
    return {
        "claim_id": claim.claim_id, "table": head.table,
        "force": Counter(r.force for r in reports).most_common(1)[0][0], "force_id": head.force_id,
        "target": head.target, "location": head.location, "kind": head.kind,
        "value": tidy(_value(claim)), "value_low": tidy(claim.low), "value_high": tidy(claim.high),
        "approx": any(r.approx for r in reports),
        "qualifiers": _joined(r.qualifier or "exact" for r in reports),
        "window_start": iso(first), "window_end": iso(last), "agreed_start": iso(common_first),
        "agreed_end": iso(common_last), "time_basis": basis,
        "n_facts": len(reports), "n_articles": len({r.article_id for r in reports}),
        "n_outlets": len({r.outlet for r in reports if r.outlet}),
        "n_independent": independent_articles(reports, rules),
        "article_ids": _joined(r.article_id for r in reports), "outlets": _joined(r.outlet for r in reports),
        "attributions": _joined(speakers),
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "texts": TEXT_SEPARATOR.join(dict.fromkeys(r.text for r in reports if r.text)) or None,
        "quote": head.quote or None, "fact_ids": ";".join(claim.fact_ids),
    }


_SIDE = ("claim_id", "value", "value_low", "value_high", "window_start", "window_end", "n_articles",
         "n_independent", "article_ids", "outlets", "attributions", "quote", "fact_ids")


def conflict_row(a: dict, b: dict) -> dict:
    """One row of the `conflicts` table from the claim rows of its two sides."""
    row = {"conflict_id": stable_id([a["claim_id"], b["claim_id"]]), "table": a["table"],
           "force": a["force"], "force_id": a["force_id"], "target": a["target"], "location": a["location"],
           "kind": a["kind"]}
    for side, claim in (("a", a), ("b", b)):
        for column in _SIDE:
            row[f"{column}_{side}"] = claim[column]
    return row


def _middle(row: dict) -> str | None:
    first = row["agreed_start"] or row["window_start"]
    last = row["agreed_end"] or row["window_end"]
    if not first:
        return None
    a, b = pd.Timestamp(first), pd.Timestamp(last)
    return (a + (b - a) / 2).strftime("%Y-%m-%d")


def history_rows(claims: list[Claim], rows: Mapping[str, dict]) -> list[dict]:
    """The `figure_history` table: each troop quantity's claims in time order, one step each.

    A quantity is a force (its force_id, else its force code) in one place; claims of an
    unnamed force or with no days at all are left out. `change` is the step's value minus
    the previous step's.
    """
    series: dict[tuple, list[dict]] = defaultdict(list)
    for claim in claims:
        row = rows[claim.claim_id]
        if row["table"] != "troop_levels" or not known_quantity(claim) or not row["window_start"]:
            continue
        series[(claim.reports[0].key[1], row["location"] or "")].append(row)
    out = []
    for key in sorted(series):
        steps = sorted(series[key], key=lambda r: (_middle(r), _KIND_ORDER.get(r["kind"], 3),
                                                   r["value"] if r["value"] is not None else r["value_low"],
                                                   r["claim_id"]))
        previous = None
        for step, row in enumerate(steps, start=1):
            change = None if previous is None or row["value"] is None else tidy(row["value"] - previous)
            out.append({"force": row["force"], "force_id": row["force_id"], "location": row["location"],
                        "step": step, "claim_id": row["claim_id"], "kind": row["kind"], "date": _middle(row),
                        **{c: row[c] for c in ("value", "value_low", "value_high", "approx", "qualifiers",
                                               "window_start", "window_end", "n_articles", "n_independent",
                                               "article_ids", "outlets", "attributions", "first_published")},
                        "change": change})
            previous = row["value"] if row["value"] is not None else previous
    return out


CITATION_TABLES = ("troop_levels", "attacks", "events")


def citation_rows(tables: Mapping[str, pd.DataFrame]) -> list[dict]:
    """The `citations` table: who each article cites for its facts, with how many facts.

    One row per article and source (the attribution as written, with its English name); facts
    stated in the article's own voice are not citations and are left out.
    """
    outlets = {}
    articles = tables.get("articles")
    if articles is not None and not articles.empty:
        outlets = {str(a): text_or_none(o) for a, o in zip(articles["article_id"], articles.get(
            "outlet", pd.Series([None] * len(articles))))}
    counts: dict[tuple, list] = {}
    for name in CITATION_TABLES:
        frame = tables.get(name)
        if frame is None or frame.empty or "attribution" not in frame.columns:
            continue
        english = frame["attribution_en"] if "attribution_en" in frame.columns else [None] * len(frame)
        for article_id, source, source_en in zip(frame["article_id"], frame["attribution"], english):
            source = text_or_none(source)
            if source is None:
                continue
            entry = counts.setdefault((str(article_id), source, text_or_none(source_en)), [0, set()])
            entry[0] += 1
            entry[1].add(name)
    return [{"article_id": article_id, "outlet": outlets.get(article_id), "source": source, "source_en": source_en,
             "n_facts": n, "tables": ";".join(sorted(names))}
            for (article_id, source, source_en), (n, names) in sorted(counts.items(), key=lambda kv: (
                kv[0][0], kv[0][2] or "", kv[0][1]))]
