"""Which reports state the same figure (a claim), and which claims cannot both be right (a conflict).

Two reports state the same figure when they are about the same quantity (`Report.key`: table,
force, target, place and kind), at the same time (`ClaimRules.window_days`, `period_days`), and
each one's value lies inside the interval every other one's hedge allows: «2500», «نحو 2500» and
«ما يقرب من 2500» agree; «أكثر من 2000» (2000–2500) is compatible with «نحو 2500» but says
something else. A claim is built by adding reports, in a fixed order, to the first claim every
member of which they agree with, so the same facts always give the same claims.

Two claims conflict when some report of one and some report of the other are about the same
known quantity (force or target named), both state their days, lie close in time
(`ClaimRules.conflict_days` for troop levels; for attack counts both starts and ends within
`period_days`) and allow no common value.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Iterable

from arabic_news.claims.reports import ClaimRules, Report

_FAR = 10 ** 9  # sorts undated reports last


class Claim:
    """Reports that state the same figure, with the interval all of them allow."""

    __slots__ = ("reports", "low", "high", "points")

    def __init__(self, report: Report):
        self.reports = [report]
        self.low, self.high = report.low, report.high
        self.points = [] if report.point is None else [report.point]

    def admits(self, report: Report, rules: ClaimRules) -> bool:
        if not _values_agree(self, report):
            return False
        return all(same_time(member, report, rules) for member in self.reports)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.low, self.high = max(self.low, report.low), min(self.high, report.high)
        if report.point is not None:
            self.points.append(report.point)

    @property
    def fact_ids(self) -> list[str]:
        return sorted(r.fact_id for r in self.reports)

    @property
    def claim_id(self) -> str:
        return stable_id(self.fact_ids)


def stable_id(fact_ids: Iterable[str]) -> str:
    """A 16-hex id from sorted fact ids: the same members, the same id.

    Example:
        >>> stable_id(["b", "a"]) == stable_id(["a", "b"]), len(stable_id(["a"]))
        (True, 16)
    """
    return hashlib.sha1(";".join(sorted(fact_ids)).encode("utf-8")).hexdigest()[:16]


def _values_agree(claim: Claim, report: Report) -> bool:
    low, high = max(claim.low, report.low), min(claim.high, report.high)
    if low > high:
        return False
    if report.point is None or not claim.points:
        # A range without a value («عشرات») is the same figure only as the very same range.
        return report.point is None and not claim.points and (claim.low, claim.high) == (report.low, report.high)
    return all(low <= p <= high for p in (*claim.points, report.point))


def _gap(a: Report, b: Report) -> int:
    """Days between two reports' windows (0 or less when they overlap)."""
    return max(a.first, b.first) - min(a.last, b.last)


def same_time(a: Report, b: Report, rules: ClaimRules) -> bool:
    """Whether two reports of one quantity can be about the same time (see `ClaimRules`)."""
    if a.first is None or b.first is None:
        return a.first is None and b.first is None   # both unplaced: nothing tells them apart
    if a.table == "attacks" and (a.stated or b.stated):
        return a.stated and b.stated and abs(a.first - b.first) <= rules.period_days and _gap(a, b) <= 0
    return _gap(a, b) <= rules.window_days


def _order(report: Report) -> tuple:
    value = report.point if report.point is not None else report.low
    return (report.first if report.first is not None else _FAR, report.last or _FAR, value,
            report.article_id, report.start, report.fact_id)


def group_reports(reports: Iterable[Report], rules: ClaimRules) -> list[Claim]:
    """Reports grouped into claims, quantity by quantity, in a fixed order.

    Returns:
        Claims in the order of their quantity key and first report.
    """
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    for report in reports:
        by_key[report.key].append(report)
    claims: list[Claim] = []
    for key in sorted(by_key, key=lambda k: tuple("" if part is None else part for part in k)):
        open_claims: list[Claim] = []
        for report in sorted(by_key[key], key=_order):
            for claim in open_claims:
                if claim.admits(report, rules):
                    claim.add(report)
                    break
            else:
                open_claims.append(Claim(report))
        claims.extend(open_claims)
    return claims


def _conflicting(a: Report, b: Report, rules: ClaimRules) -> bool:
    if not (a.stated and b.stated) or a.low <= b.high and b.low <= a.high:
        return False
    if a.table == "attacks":
        return abs(a.first - b.first) <= rules.period_days and abs(a.last - b.last) <= rules.period_days
    return _gap(a, b) <= rules.conflict_days


def known_quantity(claim: Claim) -> bool:
    """A claim whose force (troop levels) or target (attack counts) is named: only those can conflict."""
    _, force_key, target, _, _ = claim.reports[0].key
    return bool(force_key if claim.reports[0].table == "troop_levels" else target)


def conflicting_pairs(claims: list[Claim], rules: ClaimRules) -> list[tuple[Claim, Claim]]:
    """Pairs of claims of one known quantity that some of their reports make incompatible.

    Returns:
        (a, b) pairs with a's value below b's (ties by claim id), in a fixed order.
    """
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if known_quantity(claim):
            by_key[claim.reports[0].key].append(claim)
    pairs = []
    for group in by_key.values():
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if any(_conflicting(a, b, rules) for a in first.reports for b in second.reports):
                    a, b = sorted((first, second), key=lambda c: (c.low, c.high, c.claim_id))
                    pairs.append((a, b))
    return pairs
