"""What the notebooks compute from the fact tables: filters, groups, rates, sources, texts."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from arabic_news import analysis
from arabic_news.errors import ParameterError

ARTICLES = pd.DataFrame({"article_id": ["a", "b", "c"], "publication_date": ["2021-07-29", "2024-03-10", None],
                         "date_window_start": ["2021-07-29", "2024-03-10", None],
                         "date_window_end": ["2021-07-29", "2024-03-10", None], "outlet": ["X", "Y", None]})
TROOPS = pd.DataFrame({
    "fact_id": ["t1", "t2", "t3", "t4"], "article_id": ["a", "b", "b", "c"],
    "text": ["نحو 2500 جندي", "2500 عسكري", "من 5200", "600"], "force": ["us", "us", "us", "us"],
    "location": ["Iraq", "Iraq", "Iraq", "Afghanistan"], "kind": ["current", "current", "past", "planned"],
    "value": [2500, 2500, 5200, 600], "value_low": [2250, None, None, None], "value_high": [2750, None, None, None],
    "approx": [True, False, False, False], "as_of_start": [None, None, "2020-09-01", None],
    "as_of_end": [None, None, "2020-11-30", None], "attribution": [None, "البنتاغون", None, None],
    "attribution_en": [None, "Pentagon", None, None], "start": [0, 0, 10, 0], "end": [5, 5, 15, 3]})
ATTACKS = pd.DataFrame({
    "fact_id": ["x1", "x2", "x3"], "article_id": ["a", "a", "b"], "text": ["نحو 50 هجوما", "ستة هجمات", "عشرات"],
    "count": [50, 6, None], "count_low": [None, None, 20], "count_high": [None, None, 90],
    "approx": [True, False, True], "qualifier": ["about", "exact", "exact"], "weapons": ["rocket", "drone", None],
    "period_start": ["2021-01-01", "2021-07-01", None], "period_end": ["2021-07-29", "2021-07-07", None],
    "attribution": [None, None, None], "attribution_en": [None, None, None], "start": [0, 9, 0], "end": [5, 14, 5]})
EVENTS = pd.DataFrame({
    "fact_id": ["e1", "e2", "e3"], "article_id": ["a", "b", "c"], "date_start": ["2021-07-26", "2024-11-05", None],
    "date_end": ["2021-07-26", "2024-11-05", None], "event_type": ["visit", "election", "other"],
    "status": ["happened", "planned", "happened"], "relative": [True, False, False], "start": [0, 0, 0],
    "end": [3, 3, 3], "actors": ["Joe Biden;Iraq", None, None], "time_expression": ["الاثنين", "5 نوفمبر", "ذلك"],
    "precision": ["day", "day", None], "quote": ["q", "q", "q"], "attribution": [None, None, None]})
FACTS = {"articles": ARTICLES, "troop_levels": TROOPS, "attacks": ATTACKS, "events": EVENTS}


def test_a_date_range_keeps_facts_inside_it_and_facts_it_cannot_place():
    kept = analysis.filter_facts(FACTS, date_from=dt.date(2024, 1, 1))
    assert kept["articles"]["article_id"].tolist() == ["b", "c"]            # c has no date: kept, not hidden
    assert kept["events"]["fact_id"].tolist() == ["e2", "e3"]
    assert kept["troop_levels"]["fact_id"].tolist() == ["t2", "t4"]       # t3 is as of 2020; t1's article is 2021
    assert kept["attacks"]["fact_id"].tolist() == ["x3"]


def test_article_ids_limit_every_table():
    kept = analysis.filter_facts(FACTS, article_ids=["a"])
    assert set(kept["events"]["article_id"]) == set(kept["attacks"]["article_id"]) == {"a"}


def test_an_unknown_article_id_is_a_parameter_error_naming_it():
    with pytest.raises(ParameterError, match="article_ids.*zz"):
        analysis.split_ids("a, zz", ARTICLES)


def test_the_same_figure_in_two_articles_is_one_group_with_its_article_count():
    groups = analysis.troop_figures(TROOPS)
    row = groups[(groups["value"] == 2500) & (groups["kind"] == "current")].iloc[0]
    assert (row["n_articles"], row["n_reports"], row["approx"], row["article_ids"]) == (2, 2, True, "a;b")


def test_attack_counts_become_weekly_rates_over_their_own_periods():
    rates = analysis.attack_rates(ATTACKS).set_index("fact_id")
    assert rates.loc["x1", "days"] == 210 and rates.loc["x1", "per_week"] == round(50 / 30, 2)
    assert rates.loc["x2", "per_week"] == pytest.approx(6.0)
    assert pd.isna(rates.loc["x3", "per_week"])                          # no period: no guessed rate


def test_the_troop_story_is_computed_from_the_rows():
    story = analysis.troop_story(TROOPS, ARTICLES, EVENTS)
    assert story[0].startswith("US forces in Iraq: all 2 articles that give a current figure give the same one, "
                               "about 2,500")
    assert "past figures: 5,200" in story[0]
    assert any("Afghanistan" in s and "planned figures: 600" in s for s in story)
    changed = analysis.troop_story(TROOPS.assign(value=[2500, 3000, 5200, 600]), ARTICLES)
    assert "current figures from 2,500 to 3,000" in changed[0]


def test_sources_are_counted_per_article_and_charted_in_the_label_language():
    sources = analysis.attribution_counts(FACTS)
    own = sources[sources["attribution"] == ""]
    assert own["attribution_en"].unique().tolist() == ["(the article itself)"]
    assert analysis.cited_sources(sources, "en").to_dict() == {"Pentagon": 1}
    assert analysis.cited_sources(sources, "ar").to_dict() == {"البنتاغون": 1}


def test_the_timeline_json_is_sorted_and_keeps_actors_as_lists(tmp_path):
    path = analysis.write_timeline_json(EVENTS, tmp_path / "timeline.json", parameters={"date_from": ""})
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [e["fact_id"] for e in document["events"]] == ["e1", "e2", "e3"]
    assert document["events"][0]["actors"] == ["Joe Biden", "Iraq"]
    assert document["parameters"] == {"date_from": ""}


def test_read_facts_names_the_missing_table_and_the_command(tmp_path):
    with pytest.raises(ParameterError, match="arabic-news extract"):
        analysis.read_facts(tmp_path)


def test_quality_scores_without_a_gold_folder_are_an_empty_table_with_the_shown_columns(tmp_path):
    scores = analysis.quality_scores(FACTS, tmp_path / "no_gold")
    assert scores.empty
    assert {"n_gold", "n_predicted", "precision", "recall"} <= set(scores.columns)
    assert analysis.field_accuracy(scores).empty


def test_quality_scores_on_the_seed_gold_are_rounded(root):
    from arabic_news.extract import extract_corpus

    scores = analysis.quality_scores(extract_corpus(root / "seeds").tables(), "data/gold/seeds", root)
    assert set(scores["table"]) == {"troop_levels", "attacks", "events"}
    assert all(round(v, 2) == v for v in scores["precision"])


# --------------------------------------------------------------------------- the claim tables, as notebook 05 reads them

CLAIM_TROOPS = pd.DataFrame({
    "fact_id": ["s1", "s2", "s3", "s4", "k1"], "article_id": ["p", "q", "r", "s", "p"],
    "force": ["us"] * 5, "force_id": ["US"] * 5, "location": ["Syria"] * 4 + ["Kuwait"], "kind": ["current"] * 5,
    "value": [900, 900, 900, 2000, 13000], "value_low": [810, 810, 900, 2000, 13000],
    "value_high": [990, 900, 900, 2000, 13000], "approx": [True, True, False, False, False],
    "qualifier": ["about", "nearly", "exact", "exact", "exact"],
    "as_of_start": ["2022-03-10", "2022-03-12", "2022-03-15", "2022-03-13", "2022-03-10"],
    "as_of_end": ["2022-03-10", "2022-03-12", "2022-03-15", "2022-03-13", "2022-03-10"], "start": [0] * 5,
    "end": [3] * 5,
    "text": ["نحو 900", "ما يقرب من 900", "900 جندي", "2000 جندي", "13 ألف"],
    "quote": ["قال مسؤول إن نحو 900 جندي في سوريا.", "يوجد ما يقرب من 900 عسكري.", "تنشر 900 جندي.",
              "قالت مصادر إن 2000 جندي في سوريا.", "13 ألف جندي في الكويت."],
    "attribution": ["مسؤول", None, None, "مصادر", None], "attribution_en": ["official", None, None, "sources", None]})
CLAIM_ARTICLES = pd.DataFrame({"article_id": ["p", "q", "r", "s"], "title": ["P", "Q", None, "S"],
                               "publication_date": ["2022-03-10", "2022-03-12", "2022-03-15", "2022-03-13"],
                               "outlet": [None] * 4})


@pytest.fixture(scope="module")
def claim_dir(tmp_path_factory):
    from arabic_news.claims import build_claims
    from arabic_news.schema import write_table

    folder = tmp_path_factory.mktemp("claims")
    tables = {"troop_levels": CLAIM_TROOPS, "articles": CLAIM_ARTICLES}
    for name, frame in build_claims(tables).tables().items():
        write_table(frame, folder / f"{name}.csv")
    return folder


def test_claims_read_for_a_date_range_keep_those_whose_days_overlap_it(claim_dir):
    every = analysis.read_claims(claim_dir)
    assert len(every.claims) == 3 and len(every.conflicts) == 1
    later = analysis.read_claims(claim_dir, dt.date(2022, 3, 14), None)
    assert later.claims["value"].tolist() == [900]            # 10-15 March overlaps; 2,000 (13 March) does not
    assert later.conflicts.empty                                # its other side was left out
    assert set(later.figure_history["claim_id"]) == set(later.claims["claim_id"])


def test_claims_for_reading_put_the_best_attested_first_with_their_phrases_linked_to_the_lead_fact(claim_dir):
    tables = analysis.read_claims(claim_dir)
    rows = analysis.claims_for_reading(tables.claims, {"troop_levels": CLAIM_TROOPS, "articles": CLAIM_ARTICLES})
    top = rows.iloc[0]
    assert (top["n_articles"], top["n_independent"], top["article_ids"]) == (3, 3, "p;q;r")
    assert top["claim"] == "about 900 US troops in Syria, March 2022, reported by 3 articles (3 independent)"
    assert (top["article_id"], top["fact_id"]) == ("p", "s1")            # published first: its sentence speaks
    assert pd.isna(top["n_outlets"])                                    # no outlet is known: not "0 outlets"
    assert analysis.article_titles(CLAIM_ARTICLES) == {"p": "P", "q": "Q", "r": "r", "s": "S"}


def test_a_conflict_is_read_with_both_sides_quoted_and_said_plainly(claim_dir):
    tables = analysis.read_claims(claim_dir)
    sides = analysis.conflicts_for_reading(tables.conflicts, tables.claims).set_index("side")
    assert sides["conflict"].tolist() == [1, 1]
    assert sides.loc["lower", "claim"].startswith("about 900 US troops in Syria")
    assert "900 جندي" in sides.loc["lower", "quote"] and sides.loc["lower", "article_ids"] == "p;q;r"
    assert sides.loc["higher", "claim"].startswith("2,000 US troops in Syria")
    assert "2000 جندي" in sides.loc["higher", "quote"] and sides.loc["higher", "sources"] == "sources"
    assert analysis.conflicts_for_reading(tables.conflicts).iloc[0]["claim"].startswith("900 US troops")  # no hedge
    assert analysis.conflicts_sentence(tables.conflicts, tables.claims).startswith("1 conflict:")
    assert analysis.conflicts_sentence(tables.conflicts.iloc[0:0], tables.claims).startswith("No conflict: none of")
    assert analysis.conflicts_sentence(None, tables.claims.iloc[0:0]).startswith("No claims, so no conflicts")


def test_the_history_drawn_is_the_best_attested_figures_else_the_longest_and_the_reason_is_said(claim_dir):
    tables = analysis.read_claims(claim_dir)
    focus = analysis.history_focus(tables.claims, tables.figure_history)
    assert focus["sentence"].startswith("The best-attested figure is about 900 US troops in Syria")
    assert focus["steps"]["value"].tolist() == [900, 2000]
    weak = tables.claims.assign(n_independent=1)
    fallback = analysis.history_focus(weak, tables.figure_history)
    assert fallback["sentence"].startswith("No current troop figure is reported by 2 independent articles or more, "
                                           "so we draw the quantity with the longest history instead (2 steps)")
    assert analysis.history_focus(weak, tables.figure_history.iloc[0:0])["claim_id"] is None


def test_notebook_02s_best_attested_figure_is_the_index_headline_said_by_one_function(claim_dir):
    tables = analysis.read_claims(claim_dir)
    figures = analysis.troop_figures(CLAIM_TROOPS, CLAIM_ARTICLES, claims=tables.claims)
    assert analysis.troop_key_figures(CLAIM_TROOPS, CLAIM_ARTICLES, figures=figures)["best-attested figure"] == \
        analysis.headline_sentence(tables.claims)
    assert set(figures["claim_id"]) == set(tables.claims["claim_id"])        # the claims as written, none rebuilt


def test_the_score_history_gives_each_batch_its_first_run_and_final_scores(root):
    history = analysis.score_history("data/gold/scores.csv", root).set_index(["batch", "table"])
    third = history.loc[("third", "troop_levels")]
    assert third["first_run"] == "held out" and (third["first_recall"], third["final_recall"]) == (0.737, 1.0)
    assert history.loc[("seeds", "troop_levels"), "first_run"].startswith("not held out")
    raw = pd.read_csv(root / "data" / "gold" / "scores.csv", encoding="utf-8")
    first = raw[(raw["run"] == "first") & (raw["table"] == "troop_levels")]
    batches = ", ".join(first["batch"])
    low, high = first["precision"].min(), first["precision"].max()
    assert analysis.score_history_sentence(history.reset_index()).startswith(
        f"On batches the rules had not seen ({batches}), their first run scored troop_levels precision "
        f"{low:.2f}–{high:.2f}")
    assert analysis.score_history("no/such/scores.csv", root).empty


def test_a_corpus_without_claims_says_so_plainly():
    from arabic_news.claims import build_claims

    empty = build_claims({"troop_levels": CLAIM_TROOPS.iloc[0:0]})
    assert analysis.claims_story(empty, 12) == [
        "The 12 articles give no troop level or attack count, so there are no claims to compare.",
        "No claims, so no conflicts: the corpus gives no troop level or attack count."]
    assert analysis.claims_for_reading(empty.claims, {}).empty
    assert analysis.history_focus(empty.claims, empty.figure_history)["sentence"].startswith(
        "No troop figure has a history here")


def test_the_claims_story_counts_claims_copies_sources_and_corrections(claim_dir):
    story = analysis.claims_story(analysis.read_claims(claim_dir), 4)
    assert story[0] == ("The 4 articles make 3 distinct claims (troop levels and attack counts); 1 is reported by "
                        "more than one article, 1 by more than one independent article.")
    assert story[1].startswith("The best-attested current troop figure: about 900 US troops in Syria")
    assert "No corrections were applied." in story
