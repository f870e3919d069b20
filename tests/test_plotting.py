"""Charts, their data and saving: every chart function on empty and non-empty tables.

The frames below are synthetic, written with issue 5's column names. Run this file
as a script to write every chart (both label languages) to a folder and look at them:

    .venv/bin/python tests/test_plotting.py /tmp/charts
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.offsetbox import TextArea
from matplotlib.text import Text

from arabic_news.analysis import troop_figures
from arabic_news.errors import ParameterError
from arabic_news.plotting import (
    figure_caption,
    figure_data,
    has_arabic,
    plot_attack_rates,
    plot_counts,
    plot_timeline,
    plot_troop_levels,
    save_figure,
)

ARTICLES = pd.DataFrame({
    "article_id": ["wire/a1", "wire/a2", "daily/a3", "daily/a4"],
    "publication_date": ["2021-07-23", "2021-07-29", "2021-12-31", "2021-08-01"],
    "outlet": ["x", "x", "y", "y"],
})


def troop(article_id, value, force="us", location="Iraq", kind="current", low=None, high=None, approx=False,
          qualifier="exact", as_of_start="", as_of_end=""):
    low = value if low is None else low
    high = value if high is None else high
    return dict(fact_id=f"t{article_id}{value}{kind}", article_id=article_id, sentence_id=0, start=0, end=1,
                quote="…", value=value, value_low=low, value_high=high, approx=approx, qualifier=qualifier,
                force=force, location=location, as_of_start=as_of_start, as_of_end=as_of_end, kind=kind,
                attribution="")


TROOPS = pd.DataFrame([
    troop("wire/a1", 2500, low=2250, high=2750, approx=True, qualifier="about"),
    troop("wire/a2", 2500, low=2250, high=2750, approx=True, qualifier="about"),
    troop("daily/a3", 2500, as_of_start="2021-12-31", as_of_end="2021-12-31"),
    troop("wire/a1", 5200, kind="past", as_of_start="2020-01-01", as_of_end="2020-09-09"),
    troop("wire/a1", 3000, kind="planned", as_of_start="2020-09-30", as_of_end="2020-09-30"),
    troop("daily/a4", 15000, location="Kuwait"),
    troop("daily/a4", 3500, force="foreign"),
    troop("daily/a4", None, force="coalition", location="Syria", low=1000, high=9000, approx=True),
])


def attack(article_id, count, start, end, weapons="rocket", low=None, high=None, approx=False):
    low = count if low is None else low
    high = count if high is None else high
    return dict(fact_id=f"a{article_id}{start}", article_id=article_id, sentence_id=0, start=0, end=1, quote="…",
                count=count, count_low=low, count_high=high, approx=approx, qualifier="about" if approx else "exact",
                weapons=weapons, period_start=start, period_end=end, target="us_forces", attribution="")


ATTACKS = pd.DataFrame([
    attack("wire/a1", 50, "2021-01-01", "2021-07-23", weapons="rocket;drone", approx=True),
    attack("wire/a2", 6, "2021-07-05", "2021-07-11"),
    attack("daily/a4", None, "2021-03-01", "2021-05-31", weapons="drone", low=10, high=90, approx=True),
    attack("daily/a4", 3, "", ""),
])


def event(article_id, expression, start, end, precision, relative, event_type, actors="", status="happened"):
    return dict(fact_id=f"e{article_id}{start}{event_type}", article_id=article_id, sentence_id=0, start=0, end=1,
                quote="…", time_expression=expression, date_start=start, date_end=end, precision=precision,
                relative=relative, event_type=event_type, actors=actors, status=status, attribution="")


EVENTS = pd.DataFrame([
    event("daily/a3", "31 كانون الأول 2021", "2021-12-31", "2021-12-31", "day", False, "mission_change",
          "United States;Iraq", "planned"),
    event("wire/a2", "يوم الاثنين", "2021-07-26", "2021-07-26", "day", True, "talks", "Joe Biden;Mustafa al-Kadhimi"),
    event("wire/a2", "الشهر الماضي", "2021-06-01", "2021-06-30", "month", True, "attack"),
    event("wire/a1", "عام 2014", "2014-01-01", "2014-12-31", "year", False, "deployment", "United States"),
    event("wire/a1", "أيلول (سبتمبر) 2020", "2020-09-01", "2020-09-30", "month", False, "announcement", "Pentagon"),
    event("daily/a4", "نهاية العام", "2021-12-31", "2021-12-31", "day", True, "withdrawal", "United States",
          "expected"),
    event("daily/a4", "قريبا", "", "", "", True, "other"),
])

MENTIONS = pd.DataFrame([
    dict(article_id="wire/a1", entity="الولايات المتحدة", entity_en="United States", type="place", count=7),
    dict(article_id="wire/a2", entity="الولايات المتحدة", entity_en="United States", type="place", count=3),
    dict(article_id="wire/a1", entity="البنتاغون", entity_en="Pentagon", type="organization", count=4),
    dict(article_id="wire/a1", entity="مصطفى الكاظمي", entity_en="Mustafa al-Kadhimi", type="person", count=5),
    dict(article_id="wire/a1", entity="وول ستريت جورنال (WSJ)", entity_en="Wall Street Journal", type="outlet",
         count=2),
    dict(article_id="wire/a1", entity="داعش", entity_en="ISIS", type="organization", count=6),
])


def all_charts(label_language: str) -> dict[str, Figure]:
    title = "الأكثر ذكرا" if label_language == "ar" else "Most mentioned"
    return {
        "troop_levels": plot_troop_levels(TROOPS, ARTICLES, label_language),
        "attack_rates": plot_attack_rates(ATTACKS, ARTICLES, label_language),
        "timeline": plot_timeline(EVENTS, label_language),
        "mentions": plot_counts(MENTIONS, title, label_language),
        "troop_levels_empty": plot_troop_levels(TROOPS.iloc[0:0], ARTICLES, label_language),
    }


@functools.cache
def charts(label_language: str) -> dict[str, Figure]:
    """The same figures for every test that only looks at them (drawing is slow on two cores)."""
    return all_charts(label_language)


def texts(figure: Figure) -> list[str]:
    figure.canvas.draw()
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def draw(figure: Figure):
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


# --------------------------------------------------------------------------- troop levels


def test_the_same_figure_from_articles_a_week_apart_is_one_claim_drawn_as_one_point():
    points = figure_data(plot_troop_levels(TROOPS, ARTICLES, "en"))
    about = points[(points["value"] == 2500) & points["approx"]]
    assert about["n_articles"].tolist() == [2] and about["label"].tolist() == ["≈2,500 ×2"]
    assert about["article_ids"].tolist() == ["wire/a1;wire/a2"]
    # no stated time: the claim's days are its articles' publication dates (they share no day: its whole window)
    assert about[["date_start", "date_end"]].values.tolist() == [["2021-07-23", "2021-07-29"]]
    assert about["time_basis"].tolist() == ["publication_date"]


def test_the_chart_draws_the_claims_it_is_given_and_groups_nothing_itself():
    from arabic_news.analysis import troop_figures

    apart = troop_figures(TROOPS, ARTICLES, window_days=0)      # claims' own rule: six days apart, two claims
    points = figure_data(plot_troop_levels(TROOPS, ARTICLES, "en", figures=apart))
    assert sorted(points["claim_id"]) == sorted(apart["claim_id"])
    assert points[(points["value"] == 2500) & points["approx"]]["label"].tolist() == ["≈2,500 ×1", "≈2,500 ×1"]


def test_troop_levels_use_the_stated_time_before_the_publication_date():
    points = figure_data(plot_troop_levels(TROOPS, ARTICLES, "en"))
    past = points[points["kind"] == "past"].iloc[0]
    assert (past["date_start"], past["date_end"], past["time_basis"]) == ("2020-01-01", "2020-09-09", "stated")
    assert past["date"] == "2020-05-06"    # the middle of the stated span


def test_troop_levels_draw_planned_hollow_hedged_with_a_range_and_label_every_claim_with_its_articles():
    figure = plot_troop_levels(TROOPS, ARTICLES, "en")
    panels = [ax for ax in figure.axes if ax.get_visible()]
    markers = [line for ax in panels for line in ax.get_lines()
               if line.get_marker() in ("o", "s") and len(line.get_xdata()) == 1]
    hollow = [m for m in markers if m.get_markerfacecolor() == "white"]
    assert len(markers) == len(figure_data(figure)) == 7
    assert [m.get_ydata()[0] for m in hollow] == [3000]
    assert [m.get_ydata()[0] for m in markers if m.get_marker() == "s"] == [5200]    # the past figure
    # Error bars: the about-2500 claim (2250..2750, what both its reports allow) and the vague coalition figure.
    assert sum(len(ax.collections) for ax in panels) == 2
    labels = sorted(t.get_text() for ax in panels for t in ax.texts)
    # ×n is each claim's n_articles: the hedged pair of July is one claim (×2); the exact 2,500 of another article
    # in December is another claim, five months later (×1), not more evidence for the first.
    assert labels == sorted(["≈2,500 ×2", "2,500 ×1", "5,200 ×1", "3,000 ×1", "1,000-9,000 ×1", "3,500 ×1",
                             "15,000 ×1"])


def test_troop_levels_give_each_force_and_place_its_own_panel_biggest_story_first():
    figure = plot_troop_levels(TROOPS, ARTICLES, "en")
    titles = [ax.get_title(loc="left") for ax in figure.axes if ax.get_visible()]
    assert titles == ["US forces — Iraq", "Coalition forces — Syria", "Foreign forces — Iraq", "US forces — Kuwait"]
    # Arabic panels are read from the top right.
    arabic = [ax for ax in plot_troop_levels(TROOPS, ARTICLES, "ar").axes if ax.get_visible()]
    top_right = max(arabic, key=lambda ax: (round(ax.get_position().y0, 2), ax.get_position().x0))
    assert top_right.get_title(loc="right") == "القوات الأمريكية — العراق"


def test_point_labels_do_not_overlap_each_other():
    crowded = pd.concat([TROOPS] + [TROOPS.assign(value=TROOPS["value"] + 150 * i, fact_id=TROOPS["fact_id"] + f"-{i}",
                                                  article_id=TROOPS["article_id"] + f"-{i}") for i in range(1, 3)],
                        ignore_index=True)
    articles = pd.concat([ARTICLES] + [ARTICLES.assign(article_id=ARTICLES["article_id"] + f"-{i}")
                                        for i in range(1, 3)], ignore_index=True)
    figure = plot_troop_levels(crowded, articles, "en", min_independent=1)
    assert len(figure_data(figure)) == len(troop_figures(crowded, articles)) >= 15
    renderer = draw(figure)
    for ax in figure.axes:
        boxes = [Text.get_window_extent(t, renderer) for t in ax.texts]    # the text, not its leader line
        overlapping = [(a, b) for a, b in combinations(boxes, 2) if a.overlaps(b)]
        assert overlapping == [], ax.get_title(loc="left")


def test_troop_levels_legend_names_force_and_place_in_the_label_language():
    en = [t.get_text() for t in plot_troop_levels(TROOPS, ARTICLES, "en").legends[0].get_texts()]
    assert "US forces — Iraq" in en and "Coalition forces — Syria" in en
    ar = [t.get_text() for t in plot_troop_levels(TROOPS, ARTICLES, "ar").legends[0].get_texts()]
    assert "القوات الأمريكية — العراق" in ar and "قوات التحالف — سوريا" in ar


def test_troop_levels_without_any_time_are_counted_not_drawn():
    rows = pd.DataFrame([troop("nowhere/a9", 900)])
    figure = plot_troop_levels(rows, ARTICLES, "en")
    assert figure_data(figure).empty
    assert "no data" in texts(figure)


# --------------------------------------------------------------------------- attacks


def test_attack_rates_are_counts_per_week_of_the_period_with_both_days_included():
    spans = figure_data(plot_attack_rates(ATTACKS, ARTICLES, "en"))
    fifty = spans[spans["count"] == 50].iloc[0]
    assert fifty["weeks"] == pytest.approx(204 / 7)
    assert fifty["rate"] == pytest.approx(50 / (204 / 7))
    six = spans[spans["count"] == 6].iloc[0]
    assert six["rate"] == pytest.approx(6.0)
    vague = spans[spans["count"].isna()].iloc[0]
    # 1 March .. 31 May: 92 days.
    assert (vague["rate_low"], vague["rate_high"]) == (pytest.approx(10 / (92 / 7)), pytest.approx(90 / (92 / 7)))
    assert len(spans) == 3


def test_attack_rates_say_how_many_rows_had_no_period():
    assert any("not drawn: 1" in t for t in texts(plot_attack_rates(ATTACKS, ARTICLES, "en")))
    assert any("لم تُرسم: 1" in t for t in texts(plot_attack_rates(ATTACKS, ARTICLES, "ar")))


def test_attack_rate_labels_keep_a_range_in_reading_order_inside_arabic():
    labels = [t.get_text() for t in plot_attack_rates(ATTACKS, ARTICLES, "ar").axes[0].texts]
    # an ASCII hyphen: an en dash would show "90–10" in an RTL line
    assert "10-90 خلال 13 أسبوعا · 0.8-6.8 في الأسبوع" in labels


@pytest.mark.parametrize("count, start, end, label", [
    (6, "2021-07-01", "2021-07-10", "6 in 10 days · 4.2 a week"),       # not "6 in 1 week" drawn at 4.2
    (2, "2018-05-06", "2018-05-06", "2 in one day · 14 a week"),        # not "2 in one week" drawn at 14
    (50, "2021-01-01", "2021-08-31", "50 in 35 weeks · 1.4 a week"),
])
def test_an_attack_label_states_the_period_and_the_rate_it_is_drawn_at(count, start, end, label):
    table = pd.DataFrame({"article_id": ["a"], "count": [count], "period_start": [start], "period_end": [end]})
    figure = plot_attack_rates(table, None, "en")
    drawn = figure_data(figure)
    assert drawn["label"].tolist() == [label]
    line = next(l for l in figure.axes[0].get_lines() if l.get_linestyle() == "-")
    assert line.get_ydata()[0] == pytest.approx(drawn["rate"].iloc[0])
    assert float(label.split("· ")[1].split()[0]) == pytest.approx(drawn["rate"].iloc[0], abs=0.05)


def test_attack_labels_sit_at_the_height_of_their_own_line():
    # "35 weeks" under the 52-week line: a label belongs to the line it is level with.
    table = pd.DataFrame({"article_id": ["a", "b", "c"], "count": [50, 50, 50],
                          "period_start": ["2021-01-01"] * 3, "period_end": ["2021-07-29", "2021-08-31", "2021-12-31"]})
    figure = plot_attack_rates(table, None, "en")
    renderer = draw(figure)
    ax = figure.axes[0]
    for text in ax.texts:
        rate = float(text.get_text().split("· ")[1].split()[0])
        y_pixel = ax.transData.transform((0, rate))[1]
        box = Text.get_window_extent(text, renderer)
        assert abs((box.y0 + box.y1) / 2 - y_pixel) < 40, text.get_text()


def test_a_count_of_rockets_and_drones_is_coloured_as_both():
    table = pd.DataFrame({"article_id": ["a", "b"], "count": [6, 3], "weapons": ["rocket;drone", "rocket"],
                          "period_start": ["2021-07-01"] * 2, "period_end": ["2021-07-10"] * 2})
    figure = plot_attack_rates(table, None, "en")
    assert sorted(figure_data(figure)["weapon_name"]) == ["drones + rockets", "rockets"]
    legend = [t.get_text() for leg in figure.legends for t in leg.get_texts()]
    assert "drones + rockets" in legend and "rockets" in legend


def test_attack_rate_labels_count_weeks_as_arabic_counts_them():
    from arabic_news.plotting.wording import weeks_text

    assert [weeks_text(w, "ar") for w in (0.4, 1, 2.2, 3, 10, 11, 104)] == [
        "أسبوع واحد", "أسبوع واحد", "أسبوعين", "3 أسابيع", "10 أسابيع", "11 أسبوعا", "104 أسبوعا"]
    assert weeks_text(30.4, "en") == "30 weeks"


def test_attack_rates_without_periods_give_no_data():
    figure = plot_attack_rates(ATTACKS[ATTACKS["period_start"] == ""], ARTICLES, "ar")
    assert "لا توجد بيانات" in texts(figure)


# --------------------------------------------------------------------------- timeline


def test_timeline_draws_days_as_points_and_spans_as_bars_in_date_order():
    events = figure_data(plot_timeline(EVENTS, "en"))
    assert events["date_start"].tolist() == ["2014-01-01", "2020-09-01", "2021-06-01", "2021-07-26",
                                             "2021-12-31", "2021-12-31"]
    assert events["shape"].tolist() == ["interval", "interval", "interval", "point", "point", "point"]
    assert events["precision"].tolist() == ["year", "month", "month", "day", "day", "day"]


def test_timeline_marks_resolved_relative_dates_hollow():
    figure = plot_timeline(EVENTS, "en")
    ax = figure.axes[0]
    points = [line for line in ax.get_lines() if len(line.get_xdata()) == 1]
    hollow = sorted(line.get_ydata()[0] for line in points if line.get_markerfacecolor() == "white")
    relative_points = figure_data(figure).query("relative and shape == 'point'").index.tolist()
    assert hollow == relative_points == [3, 5]
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert len(hatched) == 1   # "last month": a resolved relative interval


def test_timeline_shows_the_date_at_its_precision():
    labels = [t.get_text() for t in plot_timeline(EVENTS, "en").axes[0].texts]
    assert labels == ["2014", "2020-09", "2021-06", "2021-07-26", "2021-12-31", "2021-12-31"]


def test_timeline_rows_say_what_happened_not_when():
    ar = [t.get_text() for t in plot_timeline(EVENTS, "ar").axes[0].get_yticklabels()]
    assert "تغيير المهمة (مخطط): الولايات المتحدة، العراق" in ar      # not «حدث: الأحد»
    en = [t.get_text() for t in plot_timeline(EVENTS, "en").axes[0].get_yticklabels()]
    assert "mission change (planned): United States, Iraq" in en


def test_the_same_event_from_several_articles_is_one_row_counted():
    many = pd.concat([EVENTS.iloc[:1].assign(article_id=f"a{i}") for i in range(5)], ignore_index=True)
    figure = plot_timeline(many, "en")
    assert figure_data(figure)["n_articles"].tolist() == [5]
    assert figure.axes[0].get_yticklabels()[0].get_text().endswith("×5")


def test_an_event_ending_before_it_starts_is_not_drawn_and_the_chart_says_so():
    backwards = EVENTS.iloc[:2].assign(date_start=["2018-04-23", "2021-01-01"], date_end=["2018-04-22", "2021-01-01"])
    figure = plot_timeline(backwards, "en")
    assert figure_data(figure)["date_start"].tolist() == ["2021-01-01"]
    assert "not drawn: 1 intervals ending before they start" in " ".join(texts(figure))
    assert "1 events whose end comes before their start are not drawn" in figure_caption(figure)


# --------------------------------------------------------------------------- counts


def test_counts_add_up_per_entity_largest_first_in_the_label_language():
    ar = figure_data(plot_counts(MENTIONS, "الأكثر ذكرا", "ar"))
    assert ar.values.tolist()[:2] == [["الولايات المتحدة", 10], ["داعش", 6]]
    en = figure_data(plot_counts(MENTIONS, "Most mentioned", "en"))
    assert en["label"].tolist() == ["United States", "ISIS", "Mustafa al-Kadhimi", "Pentagon", "Wall Street Journal"]


def test_counts_take_a_series_and_attribution_rows():
    series = figure_data(plot_counts(pd.Series({"رويترز": 2, "الجزيرة": 5}), "t", "ar"))
    assert series.values.tolist() == [["الجزيرة", 5], ["رويترز", 2]]
    rows = pd.DataFrame({"attribution": ["مسؤول أمريكي", "مسؤول أمريكي", "البنتاغون"],
                         "attribution_en": ["US official", "US official", ""]})
    en = figure_data(plot_counts(rows, "Sources", "en"))
    # An empty English name falls back to the Arabic one rather than vanishing.
    assert en.values.tolist() == [["US official", 2], ["البنتاغون", 1]]


def test_counts_of_nothing_give_no_data():
    for empty in (pd.Series(dtype=int), MENTIONS.iloc[0:0]):
        assert "no data" in texts(plot_counts(empty, "Most mentioned", "en"))


# --------------------------------------------------------------------------- all charts


@pytest.mark.parametrize("label_language", ["ar", "en"])
def test_every_chart_returns_a_figure_with_a_title_and_axis_labels(label_language):
    for name, figure in charts(label_language).items():
        assert isinstance(figure, Figure), name
        assert figure._suptitle is not None and figure._suptitle.get_text(), name
        if not name.endswith("_empty"):
            assert any(ax.get_xlabel() for ax in figure.axes), name
            assert figure.legends or name == "mentions", name


def test_english_labels_hold_no_arabic():
    for name, figure in charts("en").items():
        arabic = [t for t in texts(figure) if has_arabic(t)]
        assert arabic == [], name


def test_arabic_labels_are_arabic_and_read_from_the_right():
    for name, figure in charts("ar").items():
        assert has_arabic(figure._suptitle.get_text()), name
        assert figure._suptitle.get_ha() == "right", name
        for legend in figure.legends:
            # Each entry is text then marker (the marker on the right), aligned to the right.
            rows = [row for column in legend._legend_handle_box.get_children() for row in column.get_children()]
            assert rows and all(isinstance(row.get_children()[0], TextArea) for row in rows), name
            assert legend._legend_box.align == "right"


@pytest.mark.parametrize("label_language", ["ar", "en"])
def test_tick_labels_do_not_overlap(label_language):
    for name, figure in charts(label_language).items():
        renderer = draw(figure)
        for axis in ("x", "y"):
            labels = [t for t in getattr(figure.axes[0], f"get_{axis}ticklabels")() if t.get_text()]
            boxes = [t.get_window_extent(renderer) for t in labels]
            for a, b in combinations(boxes, 2):
                assert not a.overlaps(b), (name, axis)


def test_every_value_of_the_fact_tables_has_a_label_in_each_language_and_no_label_is_stray():
    from arabic_news.rules import labels, periods, vocabularies

    tables = {"force": (labels.FORCE_NAMES, vocabularies.FORCES), "kind": (labels.KIND_NAMES, vocabularies.KINDS),
              "event_type": (labels.EVENT_TYPE_NAMES, vocabularies.EVENT_TYPES),
              "weapon": (labels.WEAPON_NAMES, vocabularies.WEAPONS + ("",)),   # "" labels an unnamed weapon
              "status": (labels.STATUS_NAMES, vocabularies.STATUSES),
              "precision": (labels.PRECISION_NAMES, periods.PRECISIONS)}
    for column, (names, values) in tables.items():
        assert set(names) == set(values), column
        for value, row in names.items():
            assert len(row) == len(labels.LABEL_LANGUAGES) and all(row), (column, value)
            assert has_arabic(row[0]) and not has_arabic(row[1]), (column, value)
    assert list(labels.PRECISION_NAMES) == list(periods.PRECISIONS)   # the timeline's colours go precise to vague


def test_an_unknown_label_language_names_the_parameter():
    for call in (lambda: plot_troop_levels(TROOPS, ARTICLES, "fr"), lambda: plot_attack_rates(ATTACKS, None, "fr"),
                 lambda: plot_timeline(EVENTS, "fr"), lambda: plot_counts(MENTIONS, "t", "fr")):
        with pytest.raises(ParameterError, match="label_language='fr'.*Use \"ar\""):
            call()


def test_charts_accept_tables_read_back_from_csv(tmp_path):
    # Dates as text, booleans as true/false, missing values as empty cells: as `extract` writes them.
    path = tmp_path / "troop_levels.csv"
    TROOPS.assign(approx=TROOPS["approx"].map({True: "true", False: "false"})).to_csv(path, index=False)
    read = pd.read_csv(path, encoding="utf-8", keep_default_na=True)
    assert figure_data(plot_troop_levels(read, ARTICLES, "en")).equals(figure_data(plot_troop_levels(TROOPS, ARTICLES,
                                                                                                     "en")))


def test_charts_do_not_change_rcparams():
    before = dict(matplotlib.rcParams)
    all_charts("ar")
    assert dict(matplotlib.rcParams) == before


# --------------------------------------------------------------------------- saving


def test_save_figure_writes_png_svg_and_csv_of_the_drawn_data(tmp_path):
    paths = save_figure(plot_attack_rates(ATTACKS, ARTICLES, "ar"), "attack_rates", tmp_path)
    assert paths == {kind: tmp_path / "figures" / f"attack_rates.{kind}" for kind in ("png", "svg", "csv")}
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in paths["svg"].read_bytes()[:500]
    assert paths["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(paths["csv"], encoding="utf-8-sig")
    assert table["count"].dropna().tolist() == [50, 6]
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == ["attack_rates.csv", "attack_rates.png",
                                                                         "attack_rates.svg"]


def test_save_figure_takes_explicit_data_and_a_figure_made_by_hand(tmp_path):
    figure = Figure()
    figure.add_subplot().plot([1, 2], [3, 4])
    assert set(save_figure(figure, "plain", tmp_path)) == {"png", "svg"}
    paths = save_figure(figure, "with_data", tmp_path, data=pd.DataFrame({"x": [1, 2], "y": [3, 4]}))
    assert paths["csv"].read_text(encoding="utf-8-sig") == "x,y\n1,3\n2,4\n"


@pytest.mark.slow   # runs the demo twice in other processes: the whole suite, not the fast loop
def test_demo_is_byte_identical_from_run_to_run(tmp_path):
    # The demo (every chart, both languages), then the Arabic charts again from fresh figures.
    written = write_demo(tmp_path / "one")
    assert len(written) == 2 * 5 * 3
    assert all(path.stat().st_size > 1000 for path in written if path.suffix == ".png")
    for name, figure in all_charts("ar").items():
        for kind, path in save_figure(figure, f"{name}_ar", tmp_path / "two").items():
            assert path.read_bytes() == (tmp_path / "one" / "figures" / path.name).read_bytes(), (name, kind)
    svg = (tmp_path / "one" / "figures" / "timeline_ar.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in (tmp_path / "one" / "figures" / "timeline_ar.png").read_bytes()


@pytest.mark.slow   # starts another Python process
def test_save_figure_is_byte_identical_in_another_process(tmp_path):
    code = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "import test_plotting as t; from arabic_news.plotting import save_figure;"
        "save_figure(t.all_charts('ar')['troop_levels'], 'troop_levels', sys.argv[1])"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "other"), str(Path(__file__).parent)], check=True)
    here = save_figure(plot_troop_levels(TROOPS, ARTICLES, "ar"), "troop_levels", tmp_path / "here")
    for kind, path in here.items():
        assert path.read_bytes() == (tmp_path / "other" / "figures" / path.name).read_bytes(), kind


def test_save_figure_replaces_a_file_whole_and_leaves_no_temporary_files(tmp_path):
    save_figure(plot_counts(pd.Series({"a": 1}), "t", "en"), "counts", tmp_path)
    paths = save_figure(plot_counts(pd.Series({"a": 1, "b": 2}), "t", "en"), "counts", tmp_path)
    assert paths["csv"].read_text(encoding="utf-8-sig") == "label,count\nb,2\na,1\n"
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == ["counts.csv", "counts.png", "counts.svg"]


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden", "name with space"])
def test_save_figure_refuses_a_name_that_is_not_a_plain_file_name(tmp_path, name):
    with pytest.raises(ParameterError, match="is not a plain file name"):
        save_figure(Figure(), name, tmp_path)
    assert not (tmp_path / "figures").exists() or not any((tmp_path / "figures").iterdir())


def write_demo(out_dir: Path) -> list[Path]:
    written = []
    for label_language in ("ar", "en"):
        for name, figure in all_charts(label_language).items():
            written += save_figure(figure, f"{name}_{label_language}", out_dir).values()
    return written


if __name__ == "__main__":
    for path in write_demo(Path(sys.argv[1] if len(sys.argv) > 1 else "reports")):
        print(path)


def test_a_crowded_timeline_counts_events_per_month_over_its_busy_span_and_says_what_it_left_out():
    days = [f"2018-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 28, 3)]
    events = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(days) + 2)],
                           "date_start": ["1953-07-27", "2011-12-31"] + days, "date_end": ["1953-07-27", "2011-12-31"] + days,
                           "precision": ["day"] * (len(days) + 2), "event_type": ["withdrawal"] * 2 + ["talks"] * len(days),
                           "status": ["happened"] * (len(days) + 2)})
    figure = plot_timeline(events, "en", max_rows=10)
    bins = figure_data(figure)
    caption = figure_caption(figure)
    before, after = map(int, re.search(r"Left out of the chart: (\d+) events dated before that span and (\d+) after",
                                       caption).groups())
    assert set(bins["unit"]) == {"month"} and "per month" in caption
    assert bins["n_events"].sum() + before + after == len(events)       # nothing vanishes unsaid
    assert before >= 2 and bins["n_events"].sum() >= 0.7 * len(events)   # 1953 and 2011 are outside, 2018 inside
    assert bins["labelled"].sum() == 8
    legend = [t.get_text() for leg in figure.legends for t in leg.get_texts()]
    assert len(legend) == 8 and all("talks" in t for t in legend)


def test_timeline_bins_are_weeks_months_or_years_by_span():
    from arabic_news.plotting.selection import bin_unit

    day = pd.Timestamp("2018-01-01")
    assert [bin_unit(day, day + pd.Timedelta(days=n)) for n in (60, 700, 4000)] == ["week", "month", "year"]


def test_troop_panels_share_one_time_axis():
    frame = pd.DataFrame({
        "article_id": ["a", "b", "c"], "force": ["us", "us", "us"], "location": ["Iraq", "Iraq", "South Korea"],
        "kind": ["current", "current", "past"], "value": [5200, 5000, 28500], "value_low": [None] * 3,
        "value_high": [None] * 3, "approx": [False] * 3, "qualifier": ["exact"] * 3,
        "as_of_start": ["2018-03-01", "2018-06-01", "2016-07-27"], "as_of_end": ["2018-03-01", "2018-06-01", "2016-07-27"]})
    figure = plot_troop_levels(frame, None, "en")
    iraq, korea = [ax for ax in figure.axes if ax.get_visible() and ax.get_title(loc="left")][:2]
    assert iraq.get_xlim() == korea.get_xlim()


def _corpus_of(n: int) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "publication_date": ["2018-05-01"] * n})


def _troops(rows) -> pd.DataFrame:
    return pd.DataFrame([dict(article_id=a, force=f, location=l, kind="current", value=v, value_low=None,
                              value_high=None, approx=False, qualifier="exact", as_of_start="2018-05-01",
                              as_of_end="2018-05-01") for a, f, l, v in rows])


_SINGLES = [(f"s{i}", "other", f"Place {i % 4}", 100 + i) for i in range(12)]   # twelve figures one article gives


def test_in_a_large_corpus_a_figure_one_article_gives_is_not_drawn_and_the_caption_says_why():
    troops = _troops([("a1", "us", "Iraq", 2500), ("a2", "us", "Iraq", 2500), ("a3", "us", "", 776000),
                      ("a4", "militia", "Iraq", 2)] + _SINGLES)
    figure = plot_troop_levels(troops, _corpus_of(300), "en")
    assert figure_data(figure)["value"].tolist() == [2500.0]
    assert ("Drawn: 1 of 15 distinct figures (claims), those reported by at least 2 independent articles"
            in figure_caption(figure))
    small = plot_troop_levels(troops[:4], _corpus_of(5), "en")     # five articles: every figure is drawn
    assert sorted(figure_data(small)["value"]) == [2.0, 2500.0, 776000.0]   # the two 2,500 are one point ×2


def test_a_large_corpus_without_a_figure_reported_twice_draws_none_and_says_so():
    troops = _troops([("a1", "us", "", 776000), ("a2", "militia", "Iraq", 2)] + _SINGLES)
    figure = plot_troop_levels(troops, _corpus_of(300), "en")
    assert figure_data(figure).empty
    assert figure_caption(figure).startswith("No figure is drawn: none of the 14 distinct figures")


def test_a_large_corpus_with_few_figures_draws_them_all():
    troops = _troops([("a1", "us", "", 776000), ("a2", "militia", "Iraq", 2)])   # each from one article
    figure = plot_troop_levels(troops, _corpus_of(300), "en")
    assert sorted(figure_data(figure)["value"]) == [2.0, 776000.0]


def test_a_troop_chart_keeps_at_most_six_panels_the_best_reported():
    rows = [(f"a{i}{j}", "other", f"Place {i}", 100 + i) for i in range(9) for j in range(2 + (i == 8))]
    figure = plot_troop_levels(_troops(rows), _corpus_of(300), "en")
    assert figure_data(figure)["location"].nunique() == 6
    assert "Place 8" in set(figure_data(figure)["location"])       # three articles: the best reported
    assert "3 more forces and places" in figure_caption(figure)


@pytest.mark.parametrize("kind", ["troop_levels", "attack_rates", "timeline"])
def test_every_interactive_chart_is_strict_json_with_a_sentence_a_gloss_and_a_link_per_mark(kind):
    import json

    from arabic_news.plotting import interactive_spec

    spec = interactive_spec(charts("en")[kind])
    text = json.dumps(spec, allow_nan=False)          # a NaN would break the kernel's message and the page
    rows = next(iter(spec["datasets"].values()))
    assert rows and all({"sentence", "fact", "source", "link"} <= set(r) for r in rows)
    assert "href" in text and '"tooltip"' in text


# --------------------------------------------------------------------------- charts read the claims


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    """The seeds' fact and claim tables, as `arabic-news extract` writes them and a notebook reads them."""
    from arabic_news import analysis, claims
    from arabic_news.extract import extract_corpus, write_tables

    folder = tmp_path_factory.mktemp("seed-facts")
    write_tables(extract_corpus(Path(__file__).resolve().parents[1] / "seeds"), folder)
    return analysis.read_facts(folder), claims.read_claim_tables(folder)


def test_every_point_of_the_troop_chart_is_labelled_with_its_claims_n_articles_from_the_claims_table(seed_tables):
    facts, tables = seed_tables
    written = tables.claims.set_index("claim_id")
    # the claims as extract wrote them (what notebook 02 passes), and built again by the chart itself
    for figures in (troop_figures(facts["troop_levels"], facts["articles"], claims=tables.claims), None):
        figure = plot_troop_levels(facts["troop_levels"], facts["articles"], "ar", figures=figures)
        points = figure_data(figure)
        troop_claims = written[written["table"] == "troop_levels"]
        assert sorted(points["claim_id"]) == sorted(troop_claims.index)          # every claim, each once
        drawn = sorted(t.get_text() for ax in figure.axes for t in ax.texts)
        assert drawn == sorted(points["label"])
        for claim_id, label, n in zip(points["claim_id"], points["label"], points["n_articles"]):
            assert n == written.loc[claim_id, "n_articles"] and label.endswith(f"×{n}"), (label, claim_id)
    # the seeds' best-attested figure: about 2,500 US troops in Iraq in July 2021, four articles
    assert "≈2,500 ×4" in drawn


def test_the_interactive_troop_chart_labels_each_point_as_the_static_one_does(seed_tables):
    from arabic_news.plotting import interactive_spec

    facts, _ = seed_tables
    figure = plot_troop_levels(facts["troop_levels"], facts["articles"], "en")
    spec = interactive_spec(figure)
    rows = next(iter(spec["datasets"].values()))
    assert sorted(r["label"] for r in rows) == sorted(figure_data(figure)["label"])
    assert '"text": {"field": "label"' in __import__("json").dumps(spec)
    assert all(r["claim"].endswith("independent)") and r["link"].startswith("articles/") for r in rows)


def test_the_history_chart_draws_the_steps_of_the_best_attested_figure_each_with_its_kind_and_articles(seed_tables):
    from arabic_news import analysis
    from arabic_news.plotting import plot_figure_history

    facts, tables = seed_tables
    focus = analysis.history_focus(tables.claims, tables.figure_history)
    figure = plot_figure_history(focus["steps"], tables.claims, facts, "en")
    steps = figure_data(figure)
    # 5,200 → 3,000 planned → 2,500 → 2,500 (July 2021, four articles) → the 2024 article's 2,500
    assert list(zip(steps["value"], steps["kind"], steps["n_articles"])) == [
        (5200, "past", 1), (3000, "planned", 1), (2500, "past", 1), (2500, "current", 4), (2500, "current", 1)]
    assert steps["claim_id"].iloc[3] == focus["claim_id"] and steps["date"].iloc[4] > "2024"
    ax = figure.axes[0]
    markers = [line for line in ax.get_lines() if len(line.get_xdata()) == 1 and line.get_marker() in ("o", "s")]
    assert [m.get_marker() for m in markers] == ["s", "o", "s", "o", "o"]
    assert [m.get_markerfacecolor() == "white" for m in markers] == [False, True, False, False, False]
    assert sorted(t.get_text() for t in ax.texts) == sorted(steps["label"]) and "4 · ≈2,500 ×4" in set(steps["label"])
    assert "5,200 (past, October 2020, 1 article) → 3,000 (planned" in figure_caption(figure)
    # who reported each step, and the fact that speaks for it, for the hover and the click
    assert steps["reported_by"].str.len().min() > 0 and steps["fact_id"].notna().all()


def test_the_history_chart_is_interactive_with_who_reported_each_step_and_a_link(seed_tables):
    import json

    from arabic_news import analysis
    from arabic_news.plotting import interactive_spec, plot_figure_history

    facts, tables = seed_tables
    focus = analysis.history_focus(tables.claims, tables.figure_history)
    spec = interactive_spec(plot_figure_history(focus["steps"], tables.claims, facts, "ar"))
    text = json.dumps(spec, allow_nan=False)
    rows = next(iter(spec["datasets"].values()))
    assert len(rows) == 5 and all(r["link"].startswith("articles/") and "#" in r["link"] for r in rows)
    assert all(r["sentence"] and r["fact"] and r["reported_by"] for r in rows)
    assert '"title": "reported by"' in text and '"href"' in text


def test_a_history_without_steps_says_no_data():
    from arabic_news.plotting import plot_figure_history

    figure = plot_figure_history(pd.DataFrame(), label_language="en")
    assert figure_data(figure).empty and "no data" in texts(figure)


def test_the_citation_chart_is_a_matrix_of_sources_by_citing_outlets_the_most_cited_first():
    from arabic_news.plotting import plot_citations

    edges = pd.DataFrame({"citing": ["X", "Y", "X", "Z"] + [f"w{i}" for i in range(12)],
                          "source": ["Pentagon", "Pentagon", "Reuters", "AFP"] + ["officials"] * 12,
                          "n_facts": [3, 2, 1, 1] + [1] * 12, "n_articles": [2, 1, 1, 1] + [1] * 12})
    figure = plot_citations(edges, "en", by="outlet", max_citing=3)
    ax = figure.axes[0]
    drawn = figure_data(figure)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["officials", "Pentagon", "AFP", "Reuters"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["X", "Y", "Z"]
    assert len(ax.collections[0].get_offsets()) == len(drawn) == 4 and set(drawn["citing"]) == {"X", "Y", "Z"}
    caption = figure_caption(figure)
    assert "the 3 of 15 outlets that attribute most facts" in caption
    assert "cited by more than one of these outlets (most: Pentagon, by 2)" in caption
    arabic = plot_citations(edges, "ar", by="outlet").axes[0]
    assert arabic.yaxis.get_ticks_position() == "right"          # Arabic reads the sources from the right


def test_a_corpus_without_citations_draws_no_data_and_says_so():
    from arabic_news.plotting import plot_citations

    figure = plot_citations(pd.DataFrame(columns=["citing", "source", "n_facts", "n_articles"]), "en")
    assert "no data" in texts(figure) and figure_caption(figure).startswith("No article attributes")


def test_the_attack_chart_draws_one_span_per_claim_with_its_articles():
    attacks = pd.DataFrame({
        "fact_id": ["f1", "f2", "f3"], "article_id": ["a", "b", "c"], "count": [50, 50, 50],
        "count_low": [45, 45, 45], "count_high": [55, 55, 55], "approx": [True, True, False],
        "qualifier": ["about", "about", "exact"], "weapons": ["rocket;drone", "drone", "rocket;drone"],
        "period_start": ["2021-01-01"] * 3, "period_end": ["2021-07-23", "2021-07-25", "2021-07-29"],
        "target": ["us_interests"] * 3, "quote": ["q"] * 3})
    data = figure_data(plot_attack_rates(attacks, None, "en"))
    assert len(data) == 1 and data["n_articles"].tolist() == [3]
    assert data["weapon"].tolist() == ["drone;rocket"] and data["label"].iloc[0].endswith("×3")
