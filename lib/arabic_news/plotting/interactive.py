"""The interactive twin of a chart: a Vega-Lite spec (built with Altair) from the rows the chart drew.

`interactive_spec(figure)` takes a figure made by `plot_troop_levels`, `plot_attack_rates`
or `plot_timeline` and returns its Vega-Lite spec: the same selection of rows (what the
static chart drew, `figure_data`), drawn by the reader's browser. Hovering a mark shows
its Arabic sentence, its English gloss (`fact_en`) and its source; clicking it opens the
article page at that fact (``articles/<page>.html#<fact_id>``, the ``href`` channel: no
JavaScript of ours). The browser shapes the Arabic itself.

Why Vega-Lite (through Altair) and not Plotly or Bokeh: hover text and click-through are
two declarative channels (``tooltip``, ``href``), the tooltip escapes what it shows, and the
whole library is one 0.9 MB file (`write_vega_bundle`, from the vl-convert-python package,
so nothing is fetched from a CDN) against plotly.js's 4.8 MB. JupyterLab draws the same
spec natively (`VEGA_LITE_MIME`). The PNG and SVG of `save_figure` stay the versions for print.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd

from arabic_news.files import write_text_atomically
from arabic_news.plotting.layout import figure_data, figure_kind, figure_language
from arabic_news.plotting.wording import name_of, words
from arabic_news.rules.labels import KIND_NAMES

VEGA_LITE_MIME = "application/vnd.vegalite.v6+json"
"""The output type of an interactive chart (Vega-Lite 6, as Altair 6 writes it)."""

VEGA_LITE_VERSION = "6.4"
"""The Vega-Lite of the bundle; it matches Altair's schema."""

VEGA_BUNDLE = "js/vega-bundle.js"
"""Vega, Vega-Lite and vega-embed in one file, relative to the report folder."""

WIDTH = 640
"""Width of an interactive chart (of one panel for troop levels), in pixels."""

_TOOLTIP_TEXT = 220   # characters of a sentence shown in a hover

RING = ("M-1,0A1,1,0,1,1,1,0A1,1,0,1,1,-1,0Z"
        "M-0.55,0A0.55,0.55,0,1,0,0.55,0A0.55,0.55,0,1,0,-0.55,0Z")
"""A ring as a Vega symbol path (the inner circle drawn the other way round is a hole): a planned figure."""


def write_vega_bundle(out_dir: str | Path) -> Path:
    """Write `VEGA_BUNDLE` (Vega, Vega-Lite and vega-embed) into the report folder, whole; once per report.

    Returns:
        Its path. Nothing is fetched: the JavaScript ships inside the vl-convert-python package.
    """
    import vl_convert

    return write_text_atomically(Path(out_dir) / VEGA_BUNDLE,
                                 vl_convert.javascript_bundle(vl_version=VEGA_LITE_VERSION))


def _text(value: object, limit: int | None = None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    text = " ".join(str(value).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _href(article_id: object, fact_id: object, articles_href: str) -> str:
    from arabic_news.display import article_page_name

    article = _text(article_id)
    if not article:
        return ""
    fact = _text(fact_id)
    return f"{articles_href}{article_page_name(article)}" + (f"#{fact}" if fact else "")


def _source(row: pd.Series) -> str:
    return _text(row.get("attribution_en")) or _text(row.get("attribution")) or "the article itself"


def _records(frame: pd.DataFrame) -> pd.DataFrame:
    """Plain JSON-able columns: no NaN, no pandas NA."""
    return frame.astype(object).where(frame.notna(), None)


def _hover(frame: pd.DataFrame, articles_href: str, *, prefix: str = "") -> pd.DataFrame:
    """The hover and link columns of each row: sentence, fact (English), source, link."""
    return frame.assign(
        sentence=[_text(q, _TOOLTIP_TEXT) for q in frame.get(f"{prefix}quote", pd.Series("", index=frame.index))],
        fact=[_text(f) for f in frame.get(f"{prefix}fact_en", pd.Series("", index=frame.index))],
        source=[_source(pd.Series({"attribution_en": a, "attribution": b})) for a, b in zip(
            frame.get(f"{prefix}attribution_en", pd.Series("", index=frame.index)),
            frame.get(f"{prefix}attribution", pd.Series("", index=frame.index)))],
        link=[_href(a, f, articles_href) for a, f in zip(frame[f"{prefix}article_id"], frame[f"{prefix}fact_id"])],
    )


def _tooltip(alt, *first: Any) -> list:
    return [*first, alt.Tooltip("sentence:N", title="sentence (Arabic)"), alt.Tooltip("fact:N", title="in English"),
            alt.Tooltip("source:N", title="source")]


def interactive_spec(figure, *, articles_href: str = "articles/") -> dict | None:
    """The Vega-Lite spec of a chart's interactive twin, or None for a chart that has none (counts, "no data").

    Args:
        figure: a figure from `plot_troop_levels`, `plot_attack_rates`, `plot_timeline`, `plot_figure_history`
            or `plot_citations`.
        articles_href: where the article pages are, relative to the page showing the chart.
    Returns:
        The spec as a dict (JSON-able), with the drawn rows inline.
    Example:
        >>> from arabic_news.plotting import plot_attack_rates
        >>> table = pd.DataFrame({"article_id": ["a"], "fact_id": ["f1"], "count": [14],
        ...                       "period_start": ["2021-01-01"], "period_end": ["2021-01-14"], "quote": ["نص"]})
        >>> spec = interactive_spec(plot_attack_rates(table, None, "en"))
        >>> spec["encoding"]["href"]["field"], spec["datasets"][spec["data"]["name"]][0]["link"]
        ('link', 'articles/a-ca978112ca.html#f1')
    """
    data = figure_data(figure)
    builders = {"troop_levels": _troop_spec, "attack_rates": _attack_spec, "timeline": _timeline_spec,
                "timeline_binned": _binned_spec, "figure_history": _history_spec, "citations": _citation_spec}
    build = builders.get(figure_kind(figure))
    if build is None or data is None or data.empty:
        return None
    return _json_safe(build(data, figure_language(figure), articles_href).to_dict())


def _json_safe(value: Any) -> Any:
    """The spec with every NaN or infinity as null: JSON has neither, and a kernel message refuses them."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def _claim_sources(attributions: object) -> str:
    """The sources a claim's reports name (``;``-joined), or the article's own voice."""
    return ", ".join(a for a in _text(attributions).split(";") if a) or "the article itself"


def _when(start: object, end: object) -> str:
    start, end = _text(start), _text(end)
    return start if not end or end == start else f"{start} to {end}"


def _time_x(alt, field: str, starts: pd.Series, ends: pd.Series, lang: str):
    """A time axis padded as the static charts' (`layout.date_axis`): a single day is not stretched over the
    whole width, and a short span is labelled by day."""
    first, last = pd.to_datetime(starts).min(), pd.to_datetime(ends).max()
    span = max((last - first).days, 1)
    pad = pd.Timedelta(days=max(15, int(span * 0.05)))

    def day(t: pd.Timestamp):
        return alt.DateTime(year=t.year, month=t.month, date=t.day)

    return alt.X(field, title=words("date", lang), scale=alt.Scale(domain=[day(first - pad), day(last + 2 * pad)]),
                 axis=alt.Axis(format="%Y-%m-%d" if span < 120 else "%Y-%m"))


def _troop_spec(data: pd.DataFrame, lang: str, articles_href: str):
    import altair as alt

    frame = _records(_hover(data, articles_href).assign(
        source=[_claim_sources(a) for a in data["attributions"]],
        when=[_when(a, b) for a, b in zip(data["date_start"], data["date_end"])],
        kind_name=[name_of(KIND_NAMES, k, lang) for k in data["kind"]],
        low=data["value_low"].where(data["value_low"] != data["value_high"]),
        high=data["value_high"].where(data["value_low"] != data["value_high"])))
    base = alt.Chart(frame).encode(x=_time_x(alt, "date:T", data["date_start"], data["date_end"], lang))
    ranges = base.mark_rule(strokeWidth=2, opacity=0.6).encode(y="low:Q", y2="high:Q", color=alt.Color("series:N"))
    kinds = [name_of(KIND_NAMES, k, lang) for k in ("past", "current", "planned")]
    # as the static chart: a past figure a square, a current one a disc, a planned one a ring (hollow)
    points = base.mark_point(size=140, filled=True, opacity=0.9).encode(
        y=alt.Y("y_drawn:Q", title=words("troops_y", lang)),
        color=alt.Color("series:N", title=words("series", lang), legend=alt.Legend(orient="bottom")),
        shape=alt.Shape("kind_name:N", title=words("style", lang),
                        scale=alt.Scale(domain=kinds, range=["square", "circle", RING])),
        href="link:N",
        tooltip=_tooltip(alt, alt.Tooltip("series:N", title="force and place"),
                         alt.Tooltip("label:N", title="figure (× articles)"), alt.Tooltip("when:N", title="when"),
                         alt.Tooltip("claim:N", title="the claim"),
                         alt.Tooltip("n_articles:Q", title="articles reporting it"),
                         alt.Tooltip("n_independent:Q", title="independent of each other")),
    )
    labels = base.mark_text(align="left", dx=9, dy=-9, fontSize=11).encode(
        y=alt.Y("y_drawn:Q"), text="label:N", color=alt.Color("series:N", legend=None))
    chart = alt.layer(ranges, points, labels).properties(width=WIDTH, height=150)
    return chart.facet(row=alt.Row("series:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
                       title=words("troops_title", lang)).resolve_scale(y="independent")


def _history_spec(data: pd.DataFrame, lang: str, articles_href: str):
    """Steps over time: the days each claim's reports agree on, its range, a line in step order, a marker by
    kind (planned hollow); hover for who reported it, click for the article."""
    import altair as alt

    end = pd.to_datetime(data["date_end"]) + pd.Timedelta(days=1)
    hedged_range = data["value_low"] != data["value_high"]
    frame = _records(_hover(data, articles_href).assign(
        source=[_claim_sources(a) for a in data["attributions"]], date_to=end.dt.strftime("%Y-%m-%d"),
        when=[_when(a, b) for a, b in zip(data["date_start"], data["date_end"])],
        low=data["value_low"].where(hedged_range), high=data["value_high"].where(hedged_range),
        kind_name=[name_of(KIND_NAMES, k, lang) for k in data["kind"]]))
    x = _time_x(alt, "date:T", data["date_start"], data["date_end"], lang)
    y = alt.Y("y_drawn:Q", title=words("troops_y", lang), scale=alt.Scale(zero=True))
    base = alt.Chart(frame)
    days = base.mark_rule(strokeWidth=6, opacity=0.25, color="#1f77b4").encode(
        x=alt.X("date_start:T"), x2="date_to:T", y=y)
    ranges = base.mark_rule(strokeWidth=2, opacity=0.7, color="#1f77b4").encode(x=x, y="low:Q", y2="high:Q")
    line = base.mark_line(strokeWidth=1.2, opacity=0.5, color="#1f77b4").encode(x=x, y=y, order="step:Q")
    tooltip = _tooltip(alt, alt.Tooltip("step:Q", title="step"), alt.Tooltip("label:N", title="figure (× articles)"),
                       alt.Tooltip("kind_name:N", title="kind"), alt.Tooltip("when:N", title="when"),
                       alt.Tooltip("reported_by:N", title="reported by"),
                       alt.Tooltip("n_independent:Q", title="independent articles"))
    kinds = [name_of(KIND_NAMES, k, lang) for k in ("past", "current", "planned")]
    legend = alt.Legend(orient="bottom", title=words("style", lang))
    points = base.mark_point(size=160, filled=True, strokeWidth=2.5, stroke="#1f77b4", opacity=0.95).encode(
        x=x, y=y, shape=alt.Shape("kind_name:N", legend=legend,
                                  scale=alt.Scale(domain=kinds, range=["square", "circle", "circle"])),
        fill=alt.Fill("kind_name:N", legend=legend, scale=alt.Scale(domain=kinds,
                                                                    range=["#1f77b4", "#1f77b4", "white"])),
        href="link:N", tooltip=tooltip)
    labels = base.mark_text(align="left", dx=9, dy=-10, fontSize=11).encode(x=x, y=y, text="label:N")
    return alt.layer(days, ranges, line, points, labels).properties(
        width=WIDTH, height=300, title=words("history_title", lang, subject=_text(data["series"].iloc[0])))


def _citation_spec(data: pd.DataFrame, lang: str, articles_href: str):
    """The citation matrix: hover a dot for the full names, the facts and the articles."""
    import altair as alt

    frame = _records(data.assign(sentence="", fact="", link=""))
    sources = data.groupby("source")["n_facts"].sum().sort_values(ascending=False, kind="mergesort").index.tolist()
    citing = data.groupby("citing")["n_facts"].sum().sort_values(ascending=False, kind="mergesort").index.tolist()
    x = alt.X("citing:N", sort=citing[::-1] if lang == "ar" else citing, title=None,
              axis=alt.Axis(orient="top", labelAngle=-35, labelLimit=220))
    y = alt.Y("source:N", sort=sources, title=None,
              axis=alt.Axis(orient="right" if lang == "ar" else "left", labelLimit=260))
    sizes = sorted({int(n) for n in data["n_facts"]})
    tooltip = [alt.Tooltip("citing:N", title="cited by"), alt.Tooltip("source:N", title="source"),
               alt.Tooltip("n_facts:Q", title="facts attributed"), alt.Tooltip("n_articles:Q", title="articles")]
    dots = alt.Chart(frame).mark_circle(opacity=0.85, color="#4c78a8").encode(
        x=x, y=y, tooltip=tooltip,
        size=alt.Size("n_facts:Q", title="facts attributed", scale=alt.Scale(domainMin=0),
                      legend=alt.Legend(orient="bottom", values=sizes[:: max(1, len(sizes) // 4)])))
    numbers = alt.Chart(frame).mark_text(color="white", fontSize=10).encode(x=x, y=y, text="n_facts:Q",
                                                                             tooltip=tooltip)
    return alt.layer(dots, numbers).properties(width=max(200, 70 * len(citing)), height=max(200, 22 * len(sources)),
                                               title=words("citations_title", lang))


def _attack_spec(data: pd.DataFrame, lang: str, articles_href: str):
    import altair as alt

    end = pd.to_datetime(data["period_end"]) + pd.Timedelta(days=1)
    frame = _records(_hover(data, articles_href).assign(
        y=data["rate"].fillna((data["rate_low"] + data["rate_high"]) / 2),
        period_to=end.dt.strftime("%Y-%m-%d")))
    return alt.Chart(frame).mark_rule(strokeWidth=7, opacity=0.85).encode(
        x=alt.X("period_start:T", title=words("date", lang), axis=alt.Axis(format="%Y-%m")), x2="period_to:T",
        y=alt.Y("y:Q", title=words("attacks_y", lang)),
        color=alt.Color("weapon_name:N", title=words("weapon", lang), legend=alt.Legend(orient="bottom")),
        href="link:N",
        tooltip=_tooltip(alt, alt.Tooltip("label:N", title="count and rate"),
                         alt.Tooltip("period_start:N", title="from"), alt.Tooltip("period_end:N", title="to")),
    ).properties(width=WIDTH, height=320, title=words("attacks_title", lang))


def _timeline_spec(data: pd.DataFrame, lang: str, articles_href: str):
    import altair as alt

    from arabic_news.glosses import date_text

    end = pd.to_datetime(data["date_end"]) + pd.Timedelta(days=1)
    frame = _records(_hover(data, articles_href).assign(
        order=range(len(data)), date_to=end.dt.strftime("%Y-%m-%d"),
        when=[date_text(a, b, p) for a, b, p in zip(data["date_start"], data["date_end"], data["precision"])]))
    y = alt.Y("label:N", sort=alt.SortField("order"), title=None, axis=alt.Axis(labelLimit=320))
    tooltip = _tooltip(alt, alt.Tooltip("label:N", title="what happened"), alt.Tooltip("when:N", title="when"),
                       alt.Tooltip("n_articles:Q", title="articles"))
    base = alt.Chart(frame).encode(y=y, href="link:N", tooltip=tooltip,
                                   color=alt.Color("precision:N", title=words("precision", lang),
                                                   legend=alt.Legend(orient="bottom")))
    bars = base.mark_bar(height=9, opacity=0.8).encode(x=alt.X("date_start:T", title=words("date", lang)),
                                                       x2="date_to:T")
    points = base.mark_point(size=90, filled=True).encode(x="date_start:T")
    return alt.layer(bars, points).properties(width=WIDTH, height=max(200, 16 * len(frame)),
                                              title=words("timeline_title", lang))


def _binned_spec(data: pd.DataFrame, lang: str, articles_href: str):
    import altair as alt

    from arabic_news.plotting.wording import name_of
    from arabic_news.rules.labels import BIN_NAMES

    unit = str(data["unit"].iloc[0])
    end = pd.to_datetime(data["bin_end"]) + pd.Timedelta(days=1)
    frame = _records(_hover(data, articles_href, prefix="top_").assign(bin_to=end.dt.strftime("%Y-%m-%d")))
    return alt.Chart(frame).mark_bar(opacity=0.85, color="#6baed6").encode(
        x=alt.X("bin_start:T", title=words("date", lang), axis=alt.Axis(format="%Y-%m")), x2="bin_to:T",
        y=alt.Y("n_events:Q", title=words("events_per_bin", lang, unit=name_of(BIN_NAMES, unit, lang))),
        y2=alt.datum(0),
        href="link:N",
        tooltip=[alt.Tooltip("bin_start:N", title=unit), alt.Tooltip("n_events:Q", title="dated events"),
                 alt.Tooltip("top_n_articles:Q", title="articles reporting its top event"),
                 *_tooltip(alt)[0:3]],
    ).properties(width=WIDTH, height=320, title=words("timeline_title", lang))
