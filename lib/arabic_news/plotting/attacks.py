"""The attacks chart: attack counts as attacks per week over the period each one covers."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from arabic_news.plotting import columns as col
from arabic_news.plotting.layout import (
    SERIES_COLOURS, axis_labels, date_axis, declutter, describe, keep_data, legend, legend_places,
    new_axes, new_figure, no_data, text_kwargs, titles,
)
from arabic_news.plotting.shaping import shape_label
from arabic_news.plotting.wording import RANGE, check_language, days_text, name_of, thousands, weeks_text, words
from arabic_news.rules.labels import WEAPON_NAMES


def _attack_spans(attacks: pd.DataFrame, articles: pd.DataFrame | None) -> tuple[pd.DataFrame, int]:
    """One row per distinct count and period, with its rate per week and how many articles report it."""
    if attacks is None or attacks.empty:
        return pd.DataFrame(), 0
    frame = col.table("attacks", attacks)
    rows = pd.DataFrame({
        "article_id": col.strings(frame["article_id"]),
        "period_start": col.dates(frame["period_start"]),
        "period_end": col.dates(frame["period_end"]),
        **{name: col.numbers(frame[name]) for name in ("count", "count_low", "count_high")},
        "approx": col.flags(frame["approx"]),
        "weapons": col.strings(frame["weapons"]),
    })
    has_count = rows["count"].notna() | (rows["count_low"].notna() & rows["count_high"].notna())
    drawable = rows["period_start"].notna() & rows["period_end"].notna() & has_count & (
        rows["period_end"] >= rows["period_start"])
    skipped = int((~drawable).sum())
    rows = rows[drawable].copy()
    if rows.empty:
        return pd.DataFrame(), skipped
    # A period counts its first and its last day: 1 Jan .. 7 Jan is one week.
    rows["days"] = (rows["period_end"] - rows["period_start"]).dt.days + 1
    rows["weeks"] = rows["days"] / 7.0
    # The colour is the set of weapons a count names («صواريخ وطائرات مسيرة» is rockets and drones, not rockets).
    rows["weapon"] = rows["weapons"].map(lambda w: ";".join(sorted(p.strip() for p in w.split(";") if p.strip())))
    for name in REPORT_COLUMNS:
        rows[name] = col.strings(frame[name]) if name in frame else ""
    rows["claim"] = _claim_of_each(attacks, articles, rows)
    rows = rows.sort_values(["article_id", "fact_id"], kind="stable")
    grouped = (rows.groupby("claim", sort=True)
               .agg(period_start=("period_start", "min"), period_end=("period_end", "max"),
                    count=("count", "first"), count_low=("count_low", "min"), count_high=("count_high", "max"),
                    approx=("approx", "any"), weapon=("weapon", _union),
                    n_articles=("article_id", "nunique"), article_ids=("article_id", lambda s: ";".join(sorted(set(s)))),
                    article_id=("article_id", "first"), **{name: (name, "first") for name in REPORT_COLUMNS})
               .reset_index(drop=True))
    grouped["weapons"] = grouped["weapon"]
    grouped["days"] = (grouped["period_end"] - grouped["period_start"]).dt.days + 1
    grouped["weeks"] = grouped["days"] / 7.0
    grouped["rate"] = grouped["count"] / grouped["weeks"]
    grouped["rate_low"] = grouped["count_low"].fillna(grouped["count"]) / grouped["weeks"]
    grouped["rate_high"] = grouped["count_high"].fillna(grouped["count"]) / grouped["weeks"]
    grouped = grouped.sort_values(["period_start", "period_end", "rate_high"], kind="stable").reset_index(drop=True)
    return grouped, skipped


def _union(weapons: pd.Series) -> str:
    """The weapons every report of a claim names, together ("drone" and "drone;rocket" → "drone;rocket")."""
    return ";".join(sorted({p for w in weapons for p in str(w).split(";") if p}))


def _claim_of_each(attacks: pd.DataFrame, articles: pd.DataFrame | None, rows: pd.DataFrame) -> list[str]:
    """The claim (`arabic_news.claims`) each drawn row belongs to: the one place that decides that two
    reports give the same count over the same period; a row in no claim stands alone."""
    from arabic_news.claims import build_claims

    claims = build_claims({"attacks": attacks, "articles": articles}).claims
    claim_of = {fact: claim for claim, ids in zip(claims["claim_id"], claims["fact_ids"])
                for fact in str(ids or "").split(";") if fact}
    return [claim_of.get(fact) or f"fact:{fact or index}" for index, fact in zip(rows.index, rows["fact_id"])]


#: What a span keeps of its first report (by article id): the fact to open and to quote in a hover.
REPORT_COLUMNS = ("fact_id", "quote", "fact_en", "attribution", "attribution_en")

#: Periods shorter than this many days are worded in days ("6 in 10 days"), longer ones in weeks.
DAYS_WORDED_UNDER = 21

# Where a span's label may go, first choice first: right after the span's end at the span's height, so a
# label can only belong to its own line; then above or below that end, with a leader line.
ATTACK_LABEL_SPOTS = (
    (6, 0, "left", "center"), (6, 11, "left", "bottom"), (6, -11, "left", "top"), (6, 24, "left", "bottom"),
    (6, -24, "left", "top"), (-6, 11, "right", "bottom"), (-6, -11, "right", "top"), (6, 38, "left", "bottom"),
    (6, -38, "left", "top"),
)


def period_text(days: int, lang: str) -> str:
    """A period's length as a reader checks it against the rate: days under three weeks, whole weeks above.

    Example:
        >>> period_text(1, "en"), period_text(10, "en"), period_text(245, "en")
        ('one day', '10 days', '35 weeks')
    """
    if days < DAYS_WORDED_UNDER:
        return days_text(days, lang)
    return weeks_text(days / 7.0, lang)


def rate_text(row: pd.Series, lang: str) -> str:
    """A span's label: the count over its period and the rate drawn, so the label and the height agree.

    Example:
        >>> rate_text(pd.Series({"count": 6, "count_low": 6, "count_high": 6, "approx": False, "days": 10,
        ...                      "rate": 4.2, "rate_low": 4.2, "rate_high": 4.2, "n_articles": 1}), "en")
        '6 in 10 days · 4.2 a week'
    """
    if pd.isna(row["count"]):
        count = f"{thousands(row['count_low'])}{RANGE}{thousands(row['count_high'])}"
        rate = f"{_rate(row['rate_low'])}{RANGE}{_rate(row['rate_high'])}"
    else:
        count = ("≈" if row["approx"] else "") + thousands(row["count"])
        rate = _rate(row["rate"])
    text = words("count_over_period", lang, count=count, period=period_text(int(row["days"]), lang))
    text += " · " + words("per_week", lang, rate=rate)
    if row["n_articles"] > 1:
        text += f" ×{int(row['n_articles'])}"
    return text


def _rate(value: float) -> str:
    return thousands(round(float(value), 1))


def weapon_name(weapons: str, lang: str) -> str:
    """The name of a set of weapons ("rocket;drone" → "rockets + drones"); "" names an unnamed weapon.

    Example:
        >>> weapon_name("drone;rocket", "en"), weapon_name("", "en")
        ('drones + rockets', 'unspecified')
    """
    parts = [p for p in weapons.split(";") if p] or [""]
    return " + ".join(name_of(WEAPON_NAMES, p, lang) for p in parts)


def plot_attack_rates(attacks: pd.DataFrame, articles: pd.DataFrame | None = None,
                      label_language: str = "ar") -> Figure:
    """Chart attack counts as attacks per week over the period each one covers.

    A count over `period_start`..`period_end` (both days included) becomes
    count / (days / 7) and is drawn as a horizontal line across its period, so counts over
    periods of different lengths compare fairly and the periods stay visible. A vague
    count (only `count_low`..`count_high`) is a shaded box over that range of rates; a
    hedged count is dashed. Each line is labelled, at its height right after its end,
    with the count over its period and the rate drawn ("6 in 10 days · 4.2 a week", and
    "×n" when n articles report it); colours are the set of weapons named. Rows without
    a period are not drawn, and the chart says how many.

    Args:
        attacks: issue 5's `attacks` table (count, count_low, count_high, approx,
            weapons, period_start, period_end, article_id).
        articles: issue 5's `articles` table; accepted for symmetry, not needed.
        label_language: "ar" or "en".
    Returns:
        The figure; `figure_data(fig)` holds the spans drawn with their rates.
    Raises:
        ParameterError: for a `label_language` other than "ar" or "en".
    Example:
        >>> from arabic_news.plotting import figure_data
        >>> table = pd.DataFrame({"count": [14], "period_start": ["2021-01-01"], "period_end": ["2021-01-14"]})
        >>> figure_data(plot_attack_rates(table, None, "en"))["rate"].tolist()
        [7.0]
    """
    lang = check_language(label_language)
    title = words("attacks_title", lang)
    spans, skipped = _attack_spans(attacks, articles)
    if spans.empty:
        return no_data(title, lang)

    weapons = sorted(set(spans["weapon"]), key=lambda w: (w.count(";"), w))
    colours = {w: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, w in enumerate(weapons)}
    figure = new_figure(10, 5.8)
    ax = new_axes(figure)
    top = float(spans[["rate", "rate_high"]].max().max())
    labels, obstacles = _draw_spans(ax, spans, colours, lang)
    date_axis(ax, spans["period_start"].min(), spans["period_end"].max())
    ax.set_ylim(0, top * 1.25)
    axis_labels(ax, words("date", lang), words("attacks_y", lang))
    note = words("attacks_note", lang)
    if skipped:
        note += "\n" + words("not_shown", lang, n=skipped)
    titles(figure, ax, title, note, lang)
    _legend(figure, spans, weapons, colours, lang)
    declutter(figure, labels, obstacles, ATTACK_LABEL_SPOTS)
    data = spans.copy()
    data.insert(0, "label", [rate_text(row, lang) for _, row in spans.iterrows()])
    data.insert(1, "weapon_name", [weapon_name(w, lang) for w in spans["weapon"]])
    for column in ("period_start", "period_end"):
        data[column] = data[column].map(col.iso)
    caption = (f"{len(spans)} counts drawn as attacks per week over their periods"
               + (f"; {skipped} counts without a period are not drawn (a count with no period has no rate)"
                  if skipped else "") + ". Hover a line for its sentence, click to open its article.")
    return describe(keep_data(figure, data), "attack_rates", caption, lang)


def _draw_spans(ax, spans: pd.DataFrame, colours: dict[str, str], lang: str) -> tuple[list, list]:
    """Each count as a line (or a shaded box of rates when vague) across its period, labelled over its middle."""
    labels: list = []
    obstacles: list = []
    for _, row in spans.iterrows():
        colour = colours[row["weapon"]]
        start, end = row["period_start"], row["period_end"] + pd.Timedelta(days=1)
        if pd.isna(row["count"]):
            ax.fill_between([start, end], row["rate_low"], row["rate_high"], color=colour, alpha=0.18,
                            hatch="//", edgecolor=colour, linewidth=0.8, zorder=2)
            y = (row["rate_low"] + row["rate_high"]) / 2
        else:
            y = row["rate"]
            ax.plot([start, end], [y, y], color=colour, linewidth=3.2, solid_capstyle="butt",
                    linestyle=(0, (4, 2)) if row["approx"] else "-", zorder=3)
            ax.plot([start, end], [y, y], linestyle="none", marker="|", markersize=12, markeredgewidth=2,
                    color=colour, zorder=3)
            obstacles.append((ax, start, y, end, y, 4))
        text = rate_text(row, lang)
        label = ax.annotate(shape_label(text), (end, y), xytext=(6, 0), textcoords="offset points",
                            ha="left", va="center", fontsize=8.5, color=colour, **text_kwargs(text),
                            arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0, "shrinkA": 1,
                                        "shrinkB": 2, "alpha": 0.6})
        if pd.isna(row["count"]):
            label.set_bbox({"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        labels.append(label)
    return labels, obstacles


def _legend(figure: Figure, spans: pd.DataFrame, weapons: list[str], colours: dict[str, str], lang: str) -> None:
    """The weapons' colours, and the line styles of hedged and vague counts when the chart has them."""
    handles = [Line2D([], [], color=colours[w], linewidth=3.2) for w in weapons]
    legend_labels = [weapon_name(w, lang) for w in weapons]
    if (spans["approx"] & spans["count"].notna()).any():
        handles.append(Line2D([], [], color="#666666", linewidth=3.2, linestyle=(0, (4, 2))))
        legend_labels.append(words("hedged_count", lang))
    if spans["count"].isna().any():
        handles.append(Patch(facecolor="#cccccc", edgecolor="#666666", hatch="//"))
        legend_labels.append(words("vague", lang))
    legend(figure, handles, legend_labels, words("weapon", lang), lang, legend_places(lang)[0],
           ncols=min(4, len(handles)))
