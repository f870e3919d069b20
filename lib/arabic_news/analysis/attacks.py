"""Attack counts as rates (attacks a week over each reported period), and notebook 03's sentences and key figures."""

from __future__ import annotations

import pandas as pd

from arabic_news.analysis.common import _number, _day


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
