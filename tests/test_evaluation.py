"""The scorer (arabic_news.evaluation) on small tables we write, and the gold annotation itself."""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import re

import pandas as pd
import pytest

from arabic_news.errors import CorpusError
from arabic_news.rules.force_ids import FORCE_ID_PATTERN
from arabic_news.evaluation import (
    GOLD_TABLES,
    check_without_gold,
    load_gold,
    match_facts,
    score_tables,
)

# ---------------------------------------------------------------- synthetic tables

RAW_A = "قال مسؤول إن نحو 3000 جندي فرنسي يوجدون في مالي، و1200 في النيجر. ووقعت 12 هجمة منذ مطلع العام."
RAW_B = "أعلنت الحكومة الأحد الماضي خطة لنشر 400 عسكري بريطاني في إستونيا."


def _span(raw: str, expr: str) -> tuple[int, int]:
    i = raw.index(expr)
    return i, i + len(expr)


def _troops(rows: list[tuple[str, str, str, float, str, str, str, str]]) -> pd.DataFrame:
    """rows: (article_id, raw, expression, value, qualifier, force, location, kind)."""
    recs = []
    for aid, raw, expr, value, qualifier, force, location, kind in rows:
        s, e = _span(raw, expr)
        recs.append({"article_id": aid, "start": s, "end": e, "text": expr, "quote": raw, "value": value,
                     "qualifier": qualifier, "force": force, "location": location, "kind": kind})
    return pd.DataFrame(recs)


GOLD_TROOPS = _troops([
    ("a", RAW_A, "نحو 3000 جندي", 3000, "about", "other", "Mali", "current"),
    ("a", RAW_A, "1200", 1200, "exact", "other", "Niger", "current"),
    ("b", RAW_B, "400 عسكري", 400, "exact", "other", "Estonia", "planned"),
])


def _gold(troops: pd.DataFrame = GOLD_TROOPS, articles: tuple[str, ...] = ("a", "b")) -> dict[str, pd.DataFrame]:
    return {"troop_levels": troops,
            "articles": pd.DataFrame({"article_id": list(articles), "tables": ["troop_levels"] * len(articles)})}


def _row(scores: pd.DataFrame, table: str = "troop_levels") -> pd.Series:
    return scores.set_index("table").loc[table]


def test_perfect_prediction_scores_one():
    r = _row(score_tables({"troop_levels": GOLD_TROOPS.copy()}, _gold()))
    assert (r.n_predicted, r.n_gold, r.true_positives) == (3, 3, 3)
    assert r.precision == r.recall == r.f1 == 1.0
    assert r.value_accuracy == r.force_accuracy == r.location_accuracy == r.kind_accuracy == 1.0


def test_missing_row_lowers_recall_only():
    r = _row(score_tables({"troop_levels": GOLD_TROOPS.iloc[[0, 2]]}, _gold()))
    assert r.precision == 1.0
    assert r.recall == pytest.approx(2 / 3)


def test_spurious_row_lowers_precision_only():
    extra = _troops([("a", RAW_A, "12 هجمة", 12, "exact", "other", "Mali", "current")])
    r = _row(score_tables({"troop_levels": pd.concat([GOLD_TROOPS, extra])}, _gold()))
    assert r.recall == 1.0
    assert r.precision == pytest.approx(3 / 4)


def test_wrong_value_on_the_same_span_is_no_match():
    pred = GOLD_TROOPS.copy()
    pred.loc[0, "value"] = 300
    pairs = match_facts(pred, GOLD_TROOPS, "troop_levels")
    assert sorted(pairs["status"]) == ["match", "match", "missed", "spurious"]
    r = _row(score_tables({"troop_levels": pred}, _gold()))
    assert (r.true_positives, r.precision, r.recall) == (2, pytest.approx(2 / 3), pytest.approx(2 / 3))


def test_facts_of_articles_the_gold_does_not_cover_are_ignored():
    other = _troops([("z", RAW_B, "400 عسكري", 400, "exact", "other", "Estonia", "planned")])
    r = _row(score_tables({"troop_levels": pd.concat([GOLD_TROOPS, other])}, _gold()))
    assert (r.n_predicted, r.precision) == (3, 1.0)


def test_an_article_annotated_as_empty_makes_every_fact_spurious():
    gold = _gold(GOLD_TROOPS.iloc[[0, 1]], articles=("a", "b"))  # b covered, nothing in it
    r = _row(score_tables({"troop_levels": GOLD_TROOPS}, gold))
    assert (r.n_gold, r.n_predicted, r.true_positives) == (2, 3, 2)
    assert r.precision == pytest.approx(2 / 3)


def test_overlapping_span_with_a_different_extent_still_matches():
    pred = GOLD_TROOPS.copy()
    pred.loc[0, "start"] += 4  # "3000 جندي" without the hedge
    pred.loc[0, "end"] += 6    # and two characters into the next word
    assert _row(score_tables({"troop_levels": pred}, _gold())).true_positives == 3


def test_disjoint_span_is_no_match_even_with_the_same_value():
    pred = GOLD_TROOPS.copy()
    pred.loc[1, ["start", "end"]] = [0, 3]
    assert _row(score_tables({"troop_levels": pred}, _gold())).true_positives == 2


def test_a_reduction_pairs_each_figure_by_value():
    raw = "خفضت الوزارة عديد قواتها من 5200 إلى 3000 جندي."
    gold = pd.DataFrame({"article_id": ["r", "r"], "start": [raw.index("5200"), raw.index("3000")],
                         "end": [raw.index("5200") + 4, raw.index("3000") + 4], "value": [5200, 3000]})
    s, e = _span(raw, "من 5200 إلى 3000 جندي")  # both predicted with the whole phrase as span
    pred = pd.DataFrame({"article_id": ["r", "r"], "start": [s, s], "end": [e, e], "value": [3000, 5200]})
    pairs = match_facts(pred, gold, "troop_levels")
    assert pairs[["status", "gold_row", "pred_row"]].values.tolist() == [["match", 0, 1], ["match", 1, 0]]


def test_field_accuracy_counts_only_matched_pairs():
    pred = GOLD_TROOPS.copy()
    pred.loc[0, "qualifier"] = "nearly"
    pred.loc[2, "kind"] = "current"
    pred.loc[1, "qualifier"] = ""  # empty means exact
    r = _row(score_tables({"troop_levels": pred}, _gold()))
    assert r.qualifier_accuracy == pytest.approx(2 / 3)
    assert r.kind_accuracy == pytest.approx(2 / 3)
    assert math.isnan(r.count_accuracy)


def test_prediction_ids_match_gold_ids_by_path_suffix():
    gold = _gold()
    gold["articles"]["article_id"] = ["outlet/articles/a", "outlet/articles/b"]
    troops = GOLD_TROOPS.assign(article_id=GOLD_TROOPS["article_id"].map(lambda a: f"outlet/articles/{a}"))
    gold["troop_levels"] = troops
    pred = GOLD_TROOPS.assign(article_id=GOLD_TROOPS["article_id"].map(lambda a: f"articles/{a}"))
    assert _row(score_tables({"troop_levels": pred}, gold)).true_positives == 3


def test_attack_period_is_right_within_the_tolerance():
    gold = pd.DataFrame({"article_id": ["a"], "start": [75], "end": [82], "count": [12],
                         "period_start": ["2021-01-01"], "period_end": ["2021-07-23"]})
    near = gold.assign(period_end="2021-07-25")
    far = gold.assign(period_end="2021-06-30")
    g = {"attacks": gold}
    assert _row(score_tables({"attacks": near}, g), "attacks").period_accuracy == 1.0
    assert _row(score_tables({"attacks": far}, g), "attacks").period_accuracy == 0.0
    assert _row(score_tables({"attacks": far}, g, tolerance_days=30), "attacks").period_accuracy == 1.0


def test_a_vague_attack_count_matches_on_the_span():
    gold = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [11], "count": [None],
                         "count_low": [20], "count_high": [90]})
    pred = gold.assign(count=[None])
    assert _row(score_tables({"attacks": pred}, {"attacks": gold}), "attacks").true_positives == 1


def test_event_dates_exact_and_within_the_gold_interval():
    gold = pd.DataFrame({"article_id": ["b", "b"], "start": [14, 40], "end": [26, 50],
                         "date_start": ["2024-02-27", "2021-12-31"], "date_end": ["2024-03-26", "2021-12-31"],
                         "precision": ["day", "day"]})
    pred = pd.DataFrame({"article_id": ["b", "b"], "start": [14, 40], "end": [26, 50],
                         "date_start": ["2024-03-05", "2021-12-01"], "date_end": ["2024-03-05", "2021-12-31"],
                         "precision": ["day", "month"]})
    r = _row(score_tables({"events": pred}, {"events": gold}), "events")
    assert r.true_positives == 2
    assert r.date_start_accuracy == 0.0
    assert r.date_end_accuracy == 0.5
    assert r.date_within_accuracy == 0.5
    assert r.precision_accuracy == 0.5


def test_a_facts_object_and_csvs_read_back_score_like_the_dataframes(tmp_path):
    class Facts:  # what arabic_news.extract returns: one attribute per table
        troop_levels = GOLD_TROOPS.copy()

    assert _row(score_tables(Facts(), _gold())).true_positives == 3
    path = tmp_path / "troop_levels.csv"
    GOLD_TROOPS.assign(approx=True).to_csv(path, index=False, encoding="utf-8-sig")
    back = pd.read_csv(path, encoding="utf-8-sig")
    assert _row(score_tables({"troop_levels": back}, _gold())).f1 == 1.0


def test_missing_predicted_table_scores_zero_recall():
    r = _row(score_tables({}, _gold()))
    assert (r.n_predicted, r.precision, r.recall, r.f1) == (0, 1.0, 0.0, 0.0)


def test_scores_are_deterministic():
    pred = pd.concat([GOLD_TROOPS.iloc[[2, 0]], GOLD_TROOPS.iloc[[1]]])
    first = match_facts(pred, GOLD_TROOPS, "troop_levels")
    second = match_facts(pred.sample(frac=1, random_state=1), GOLD_TROOPS, "troop_levels")
    assert first[["gold_row", "status"]].equals(second[["gold_row", "status"]])


def test_unknown_table_is_refused():
    with pytest.raises(ValueError, match="table='mentions'"):
        match_facts(GOLD_TROOPS, GOLD_TROOPS, "mentions")


def test_load_gold_names_a_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match="no such gold folder"):
        load_gold(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match="holds no gold table"):
        load_gold(tmp_path)


# ---------------------------------------------------------------- checks without gold


def test_check_without_gold_finds_bad_quotes_and_spans():
    s, e = _span(RAW_A, "نحو 3000 جندي")
    facts = {"troop_levels": pd.DataFrame({
        "article_id": ["a", "a", "a", "ghost"],
        "start": [s, s, 0, 0], "end": [e, e, 3, 3],
        "quote": [RAW_A[:60], "جملة ليست في المقال", RAW_A[40:70], "x"],
    }), "mentions": pd.DataFrame({"article_id": ["a"], "entity": ["مالي"]})}
    out = check_without_gold(facts, {"a": RAW_A, "b": RAW_B}).set_index("article_id")
    assert list(out.index) == ["a", "b", "ghost"]
    assert out.loc["a", ["n_facts", "quotes_found", "spans_in_quote", "ok"]].tolist() == [3, 2, 1, False]
    assert out.loc["b", ["n_facts", "ok"]].tolist() == [0, True]
    assert out.loc["ghost", ["in_corpus", "ok"]].tolist() == [False, False]
    assert set(out["table"]) == {"troop_levels"}


# ---------------------------------------------------------------- the gold itself

try:
    from arabic_news.rules.vocabularies import EVENT_TYPES, FORCES, KINDS, PUBLICATION_DATE_BASES, STATUSES, \
        TARGETS, WEAPONS
except ImportError:  # pragma: no cover - the vocabularies module ships with the package
    FORCES = ("us", "coalition", "foreign", "iraqi", "militia", "other")
    KINDS = ("current", "planned", "past")
    EVENT_TYPES = ("talks", "agreement", "announcement", "statement", "visit", "withdrawal", "deployment",
                   "mission_change", "attack", "strike", "vote", "election", "other")
    TARGETS = ("us_forces", "us_interests", "coalition", "embassy", "base", "convoy", "iraqi_forces",
               "civilians", "other")
    WEAPONS = ("rocket", "drone", "missile", "suicide_bombing", "ied", "airstrike", "gunfire", "other")
    STATUSES = ("happened", "planned", "expected")
    PUBLICATION_DATE_BASES = ("metadata", "text", "inferred", "unknown")
try:
    from arabic_news.rules.hedges import QUALIFIERS
except ImportError:  # pragma: no cover
    QUALIFIERS = ("exact", "about", "nearly", "more_than", "less_than", "up_to", "at_least")
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "interval")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORCE_ID = re.compile(FORCE_ID_PATTERN)


@pytest.fixture(scope="module")
def seed_gold(root):
    return load_gold(root / "data" / "gold" / "seeds")


@pytest.fixture(scope="module")
def corpus_gold(root, shared_corpus):
    return load_gold(root / "data" / "gold" / "corpus")


def _raws_seeds(seeds_dir) -> dict[str, str]:
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}


def _check_spans(gold: dict[str, pd.DataFrame], raws: dict[str, str]) -> None:
    for table in GOLD_TABLES:
        for r in gold.get(table, pd.DataFrame()).itertuples():
            raw = raws[r.article_id]
            assert raw[r.start:r.end] == r.text, (table, r.article_id, r.start)
            assert r.text and r.text == r.text.strip(), (table, r.article_id, r.text)
            pos = [m.start() for m in re.finditer(re.escape(r.quote), raw)]
            assert pos, f"{table} {r.article_id}: quote not in the article: {r.quote[:60]}"
            assert any(p <= r.start and r.end <= p + len(r.quote) for p in pos), (table, r.article_id, r.text)


def _check_vocabularies(gold: dict[str, pd.DataFrame]) -> None:
    t = gold.get("troop_levels")
    if t is not None and len(t):
        assert set(t["force"]) <= set(FORCES)
        assert set(t["kind"]) <= set(KINDS)
        assert set(t["qualifier"]) <= set(QUALIFIERS) | {""}  # "" only for vague amounts and ranges
        assert (t["qualifier"].ne("") | t["value"].isna()).all()
        assert (t["value"].notna() | (t["value_low"].notna() & t["value_high"].notna())).all()
        assert (t["value"].isna() | (t["value"] > 0)).all()
        assert t["approx"].isin([True, False]).all()
        assert (t["location"] != "").all()
        if "force_id" in t.columns:  # who the force is (data/gold/README.md, «The force_id column»)
            assert t["force_id"].map(lambda v: bool(FORCE_ID.match(v))).all(), set(t["force_id"])
            assert (t["force_id"].ne("US") | t["force"].eq("us")).all()
    a = gold.get("attacks")
    if a is not None and len(a):
        assert set(a["qualifier"]) <= set(QUALIFIERS) | {""}
        assert set(a["target"]) <= set(TARGETS)
        assert all(set(w.split(";")) <= set(WEAPONS) for w in a["weapons"] if w)
        assert (a["count"].notna() | (a["count_low"].notna() & a["count_high"].notna())).all()
        for s, e in zip(a["period_start"], a["period_end"]):
            assert ISO.match(s) and ISO.match(e) and s <= e
    ev = gold.get("events")
    if ev is not None and len(ev):
        assert set(ev["event_type"]) <= set(EVENT_TYPES)
        assert set(ev["status"]) <= set(STATUSES)
        assert set(ev["precision"]) <= set(PRECISIONS)
        assert ev["relative"].isin([True, False]).all()
        for s, e in zip(ev["date_start"], ev["date_end"]):
            assert ISO.match(s) and ISO.match(e) and s <= e, (s, e)
            dt.date.fromisoformat(s), dt.date.fromisoformat(e)


def test_seed_gold_spans_are_the_text_and_lie_inside_their_quotes(seed_gold, seeds_dir):
    _check_spans(seed_gold, _raws_seeds(seeds_dir))


def test_seed_gold_uses_only_known_vocabularies(seed_gold):
    _check_vocabularies(seed_gold)


def test_seed_gold_covers_every_seed_with_a_dated_basis(seed_gold, seeds_dir):
    arts = seed_gold["articles"].set_index("article_id")
    assert sorted(arts.index) == sorted(_raws_seeds(seeds_dir))
    assert set(arts["basis"]) <= set(PUBLICATION_DATE_BASES)
    for r in arts.itertuples():
        assert r.date_window_start <= r.publication_date <= r.date_window_end
        assert r.note, f"{r.Index}: say how the publication date was decided"


def test_seed_gold_against_itself_is_perfect(seed_gold):
    facts = {t: seed_gold[t] for t in GOLD_TABLES}
    scores = score_tables(facts, seed_gold).set_index("table")
    assert (scores["precision"] == 1.0).all() and (scores["recall"] == 1.0).all()
    acc = scores.filter(like="_accuracy").stack().dropna()
    assert (acc == 1.0).all()


def test_corpus_gold_spans_are_the_text_and_lie_inside_their_quotes(corpus_gold, shared_corpus):
    manifest = corpus_gold["articles"]
    raws = {r.article_id: (shared_corpus / r.path).read_bytes().decode("utf-8") for r in manifest.itertuples()}
    _check_spans(corpus_gold, raws)
    _check_vocabularies(corpus_gold)


def test_corpus_gold_names_several_outlets_and_both_folders_and_empty_articles(corpus_gold):
    manifest = corpus_gold["articles"]
    with_facts = manifest[(manifest["n_troop_levels"].astype(int) + manifest["n_attacks"].astype(int)) > 0]
    assert len(with_facts) >= 10
    assert with_facts["outlet"].nunique() >= 4
    assert manifest["path"].str.split("/").str[0].nunique() == 2
    empty = manifest[(manifest["n_troop_levels"].astype(int) + manifest["n_attacks"].astype(int)) == 0]
    # off-topic and hard negatives (and the events-only articles), at most a third of the articles
    assert 3 <= len(empty) <= len(manifest) // 3
    # the second, third and fourth batches were annotated blind (the fourth is the validation batch)
    assert set(manifest["batch"]) == {"first", "second", "third", "fourth"}
    number = manifest["path"].str.split("/").str[-1].str.split("-").str[2]
    for batch, digit in (("third", "3"), ("fourth", "7")):  # each drawn from files numbered ...3 or ...7
        assert (number[manifest["batch"] == batch].str[-1] == digit).all(), batch
    n_facts = manifest["n_troop_levels"].astype(int) + manifest["n_attacks"].astype(int)
    for batch in ("second", "third", "fourth"):  # each held-out batch: articles with facts and empty ones
        in_batch = manifest["batch"] == batch
        assert (in_batch & (n_facts > 0)).sum() >= 10 and (in_batch & (n_facts == 0)).sum() >= 3, batch
    assert (manifest.loc[manifest["batch"] == "fourth", "tables"] == "troop_levels;attacks").all()
    for table in ("troop_levels", "attacks"):
        counts = corpus_gold[table]["article_id"].value_counts()
        listed = manifest.set_index("article_id")[f"n_{table}"].astype(int)
        assert all(listed.get(a, 0) == n for a, n in counts.items())


def test_committed_gold_is_what_the_build_script_makes(root, shared_corpus):
    spec = importlib.util.spec_from_file_location("build_gold", root / "data" / "gold" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.build().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run data/gold/build_gold.py"


def test_the_score_history_holds_a_first_run_and_a_final_score_for_every_held_out_batch(root):
    from arabic_news.evaluation import load_score_history

    history = load_score_history(root / "data" / "gold" / "scores.csv")
    for batch in ("second", "third"):
        runs = set(history.loc[history["batch"] == batch, "run"])
        assert {"first", "final"} <= runs, (batch, runs)
    # the fourth batch validates the final rules: a first run only, never a score after tuning on it
    assert set(history.loc[history["batch"] == "fourth", "run"]) <= {"first"}
    final = history[(history["batch"] == "third") & (history["run"] == "final") & (history["table"] == "troop_levels")]
    assert float(final["precision"].iloc[0]) >= 0.9 and float(final["force_id_accuracy"].iloc[0]) >= 0.9
