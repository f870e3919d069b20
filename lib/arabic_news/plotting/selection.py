"""What a chart draws when a corpus is large: figures chosen by their evidence, events binned by time.

A chart that draws every row reads well on five articles and misleads on three hundred: a
figure one article gives looks as solid as one ten outlets repeat, and a thousand events
crowd into a smear. The rules here decide what is drawn, and each returns what it left out,
so the chart's caption can say so (`troop_caption`, `timeline_caption`):

- **troop levels**: the points are claims (`analysis.troop_figures`, from `arabic_news.claims`, the one
  place that decides "the same figure" and counts its articles); up to `SMALL_CORPUS` articles, or
  `FEW_FIGURES` claims, every claim is drawn; above, only those at least `LARGE_CORPUS_MIN_INDEPENDENT` independent articles report,
  in at most `MAX_PANELS` panels, the best reported first;
- **timeline**: the same event reported by several articles is one row; up to `MAX_EVENT_ROWS`
  rows every event is drawn, each by what happened; above, events are counted per week, month
  or year (`time_bins`) over the span that holds most of them (`core_span`), and the busiest
  bins are labelled by their most reported event.
"""

from __future__ import annotations

import pandas as pd

SMALL_CORPUS = 20
"""Up to this many articles, every troop figure is drawn."""
LARGE_CORPUS_MIN_INDEPENDENT = 2
"""Above `SMALL_CORPUS` articles, a troop figure is drawn when at least this many independent articles report
it: the rule of the index's headline (`claims.best_attested`); wire copies of one text count once."""
FEW_FIGURES = 12
"""Up to this many troop figures (claims), every one is drawn however large the corpus: a handful of points
crowds no chart, and an empty chart beside a table of figures tells a reader nothing."""
MAX_PANELS = 6
"""A troop chart has at most this many panels (force and place), the best reported first."""
MAX_EVENT_ROWS = 64
"""Up to this many distinct events, the timeline draws each one; above, it counts them per time bin."""
LABELLED_BINS = 8
"""A binned timeline labels this many of its busiest bins with their most reported event."""
CORE_SHARE = 0.75
"""A binned timeline's axis is the shortest span that holds this share of the events ..."""
PUBLISHED_SHARE = 0.95
"""... widened to the shortest span that holds this share of the articles' publication dates."""


def min_independent_for(n_articles: int, n_figures: int | None = None) -> int:
    """How many independent articles must report a troop figure for the chart to draw it.

    Every figure in a small corpus (`SMALL_CORPUS` articles) or when there are few figures
    (`FEW_FIGURES` claims); else `LARGE_CORPUS_MIN_INDEPENDENT`.

    Example:
        >>> min_independent_for(5), min_independent_for(300), min_independent_for(300, n_figures=6)
        (1, 2, 1)
    """
    few = n_figures is not None and n_figures <= FEW_FIGURES
    return 1 if n_articles <= SMALL_CORPUS or few else LARGE_CORPUS_MIN_INDEPENDENT


def select_troop_points(points: pd.DataFrame, *, min_independent: int,
                        max_panels: int = MAX_PANELS) -> tuple[pd.DataFrame, dict[str, int]]:
    """The points a troop chart draws: claims (`analysis.troop_figures`), chosen by their evidence.

    Args:
        points: one row per claim (force, location, n_articles, n_independent, …).
        min_independent: a claim fewer independent articles report is left out.
        max_panels: at most this many series (force, place) are kept: those whose drawn claims most
            independent articles report, then those with most claims.
    Returns:
        The points kept, and what was left out: ``{"figures": all claims, "drawn": claims drawn,
        "weak": claims below min_independent, "series": series, "series_left_out": series over
        max_panels, "figures_in_left_series": their claims}``.
    Example:
        >>> pts = pd.DataFrame({"force": ["us", "militia"], "location": ["Iraq"] * 2, "n_independent": [3, 1]})
        >>> kept, left = select_troop_points(pts, min_independent=2)
        >>> kept["force"].tolist(), left["weak"], left["drawn"]
        (['us'], 1, 1)
    """
    strong = points["n_independent"].fillna(0) >= min_independent
    left = {"figures": len(points), "weak": int((~strong).sum())}
    kept = points[strong]
    series = kept.groupby(["force", "location"], sort=True).agg(
        evidence=("n_independent", "max"), size=("n_independent", "size"))
    order = sorted(series.index, key=lambda k: (-int(series.loc[k, "evidence"]), -int(series.loc[k, "size"]), k))
    chosen = set(order[:max_panels])
    in_chosen = pd.Series([(f, l) in chosen for f, l in zip(kept["force"], kept["location"])], index=kept.index,
                          dtype=bool)
    left["series"] = len(order)
    left["series_left_out"] = max(0, len(order) - max_panels)
    left["figures_in_left_series"] = int((~in_chosen).sum())
    kept = kept[in_chosen]
    left["drawn"] = len(kept)
    return kept, left


def troop_caption(left: dict[str, int], min_independent: int, undated: int = 0) -> str:
    """What a troop chart drew and left out, and why, in one English paragraph.

    Example:
        >>> troop_caption({"figures": 17, "drawn": 0, "weak": 17, "series": 0, "series_left_out": 0,
        ...                "figures_in_left_series": 0}, 2)
        'No figure is drawn: none of the 17 distinct figures (claims) is reported by 2 independent articles or more (each comes from one article, or from copies of one text; all are in the table above).'
    """
    if left["drawn"] == 0:
        return (f"No figure is drawn: none of the {left['figures']} distinct figures (claims) is reported by "
                f"{min_independent} independent articles or more (each comes from one article, or from copies of "
                "one text; all are in the table above).")
    parts = [f"Drawn: {left['drawn']} of {left['figures']} distinct figures (claims)"
             + (f", those reported by at least {min_independent} independent articles (a figure one article gives, "
                "or copies of one agency text repeat, is a lead, not a trend, in a corpus this size)"
                if min_independent > 1 else "")
             + ". The number after × is the claim's articles, as the claims table counts them."]
    if left["weak"] and min_independent > 1:
        parts.append(f"Left out: {left['weak']} figures reported by fewer independent articles.")
    if left["series_left_out"]:
        parts.append(f"{left['series_left_out']} more forces and places ({left['figures_in_left_series']} figures) "
                     f"are left out: the chart keeps the {left['series'] - left['series_left_out']} best reported.")
    if undated:
        parts.append(f"{undated} figures without any date (nor a dated article) are not drawn.")
    parts.append("Every figure is in the table above; hover a point for its sentence, click to open its article.")
    return " ".join(parts)


def event_groups(rows: pd.DataFrame) -> pd.DataFrame:
    """The same event reported by several articles as one row: same dates, type and status.

    Args:
        rows: dated events with date_start, date_end (Timestamps), event_type, status, article_id,
            and the first report's fact_id, quote, fact_en, attribution_en, actors.
    Returns:
        One row per event, with n_articles, in date order; the first report (by article id) speaks for it.
    """
    keys = ["date_start", "date_end", "event_type", "status"]
    rows = rows.sort_values(["article_id", "fact_id"] if "fact_id" in rows else ["article_id"], kind="stable")
    firsts = [c for c in rows.columns if c not in keys and c != "article_id"]
    grouped = rows.groupby(keys, sort=True, dropna=False).agg(
        n_articles=("article_id", "nunique"), article_id=("article_id", "first"),
        **{c: (c, "first") for c in firsts})
    return grouped.reset_index().sort_values(["date_start", "date_end", "event_type"], kind="stable",
                                             ignore_index=True)


def core_span(starts: pd.Series, published: pd.Series | None = None,
              share: float = CORE_SHARE) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The span a crowded timeline draws: the shortest that holds `share` of the events' dates, widened to
    hold every publication date.

    A corpus of 2018 articles that mentions 1150 once, and the 2011 withdrawal a dozen times, should
    show 2018 week by week; the events outside are counted in the caption, never silently dropped.

    Example:
        >>> days = pd.Series(pd.to_datetime(["1150-01-01", "2011-12-31"] + ["2018-05-01"] * 17 + ["2030-01-01"]))
        >>> [str(d.date()) for d in core_span(days, share=0.8)]
        ['2018-05-01', '2018-05-01']
    """
    days = starts.dropna().sort_values().reset_index(drop=True)
    k = max(1, int(round(share * len(days))))
    widths = [(days[i + k - 1] - days[i], i) for i in range(len(days) - k + 1)]
    _, i = min(widths)
    low, high = days[i], days[i + k - 1]
    if published is not None and published.notna().any():
        # widened to the publication dates, but for a stray one (an archive's 2013 page in a 2018 corpus)
        dates = published.dropna().sort_values().reset_index(drop=True)
        k = max(1, int(round(PUBLISHED_SHARE * len(dates))))
        _, j = min((dates[i + k - 1] - dates[i], i) for i in range(len(dates) - k + 1))
        low, high = min(low, dates[j]), max(high, dates[j + k - 1])
    return pd.Timestamp(low), pd.Timestamp(high)


def bin_unit(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """Week, month or year: the bin that gives a readable number of bars over a span.

    Example:
        >>> bin_unit(pd.Timestamp("2018-01-01"), pd.Timestamp("2018-05-01")), bin_unit(
        ...     pd.Timestamp("2008-01-01"), pd.Timestamp("2026-12-31"))
        ('week', 'year')
    """
    days = (last - first).days
    if days <= 26 * 7:
        return "week"
    if days <= 6 * 366:
        return "month"
    return "year"


def time_bins(days: pd.Series, unit: str) -> pd.Series:
    """The first day of each date's week (Monday), month or year."""
    if unit == "week":
        return (days - pd.to_timedelta(days.dt.weekday, unit="D")).dt.normalize()
    if unit == "month":
        return days.dt.to_period("M").dt.start_time
    return days.dt.to_period("Y").dt.start_time


def bin_events(groups: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp,
               labelled: int = LABELLED_BINS) -> tuple[pd.DataFrame, str, dict[str, int]]:
    """Count the events of `groups` per time bin over [first, last]; the busiest bins keep their top event.

    Returns:
        (bins, unit, left out): bins has bin_start, bin_end, n_events, n_reports (articles, summed),
        top_* (the most reported event of the bin: its fact_id, article_id, quote, fact_en, event_type,
        status, actors, n_articles) and `labelled` (True for the busiest `labelled` bins);
        left out counts the events ``before`` and ``after`` the span.
    """
    middle = groups["date_start"] + (groups["date_end"] - groups["date_start"]) / 2
    inside = (middle >= first) & (middle <= last + pd.Timedelta(days=1))
    left = {"before": int((middle < first).sum()), "after": int((middle > last + pd.Timedelta(days=1)).sum())}
    unit = bin_unit(first, last)
    kept = groups[inside].assign(bin_start=time_bins(middle[inside], unit))
    rows = []
    for start, members in kept.groupby("bin_start", sort=True):
        top = members.sort_values(["n_articles", "event_type"], ascending=[False, True], kind="stable")
        typed = top[top["event_type"].fillna("other") != "other"]
        top = (typed if len(typed) else top).iloc[0]
        rows.append({"bin_start": start, "n_events": len(members), "n_reports": int(members["n_articles"].sum()),
                     **{f"top_{c}": top.get(c) for c in ("fact_id", "article_id", "quote", "fact_en", "event_type",
                                                          "status", "actors", "n_articles", "attribution_en")}})
    bins = pd.DataFrame(rows)
    if bins.empty:
        return bins, unit, left
    step = {"week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}[unit]
    bins["bin_end"] = bins["bin_start"] + step - pd.Timedelta(days=1)
    busiest = bins.sort_values(["n_events", "bin_start"], ascending=[False, True], kind="stable").index[:labelled]
    bins["labelled"] = bins.index.isin(busiest)
    return bins, unit, left


def timeline_caption(total_rows: int, n_groups: int, drawn: int, *, unit: str | None = None,
                     left: dict[str, int] | None = None, backwards: int = 0, undated: int = 0,
                     span: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> str:
    """What a timeline drew and left out, and why, in one English paragraph."""
    parts = [f"{total_rows} dated mentions of {n_groups} distinct events (the same dates, type and status "
             "reported by several articles count once)."]
    if unit is None:
        parts.append(f"Every event is drawn, labelled by what happened.")
    else:
        parts.append(f"Too many to draw one by one: the chart counts them per {unit}"
                     + (f" from {span[0]:%Y-%m-%d} to {span[1]:%Y-%m-%d}, the shortest span that holds "
                        f"{round(CORE_SHARE * 100)}% of them and nearly every publication date" if span else "")
                     + f", and labels the {drawn} busiest {unit}s by their most reported event.")
        if left and (left["before"] or left["after"]):
            parts.append(f"Left out of the chart: {left['before']} events dated before that span and "
                         f"{left['after']} after it.")
    if backwards:
        parts.append(f"{backwards} events whose end comes before their start are not drawn (an extraction error).")
    if undated:
        parts.append(f"{undated} rows without a date are not drawn.")
    parts.append("All are in the table below, searchable in Arabic and English.")
    return " ".join(parts)
