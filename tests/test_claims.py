"""Claims: the same figure across articles, conflicts, history, wire copy counted once, corrections, citations.

The seed checks are derived from the seeds' own extraction (publication years, values, places), never from
their file names. The small corpora are ours: Arabic news-style sentences written for these tests.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from arabic_news import analysis
from arabic_news.claims import (ClaimRules, apply_corrections, best_attested, build_claims, by_evidence,
                                citation_edges, history_of, read_claim_tables, stable_id, wire_copies)
from arabic_news.corpus import article_from_text
from arabic_news.errors import CorpusError, ParameterError
from arabic_news.extract import extract_articles, extract_corpus, write_tables
from arabic_news.schema import CLAIM_TABLES

# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    facts = extract_corpus(seeds_dir)
    return facts, build_claims(facts.tables())


def _published_in(facts, year: str) -> set[str]:
    articles = facts.articles
    return set(articles.loc[articles["publication_date"].fillna("").str.startswith(year), "article_id"])


def _us_iraq_current(claims: pd.DataFrame, value: int, month: str) -> pd.DataFrame:
    c = claims
    return c[(c["table"] == "troop_levels") & (c["force"] == "us") & (c["location"] == "Iraq")
             & (c["kind"] == "current") & (c["value"] == value) & (c["window_start"] <= f"{month}-31")
             & (c["window_end"] >= f"{month}-01")]


def test_seeds_2500_us_troops_in_iraq_in_july_2021_is_one_claim_of_the_four_2021_articles(seeds):
    facts, tables = seeds
    claim = _us_iraq_current(tables.claims, 2500, "2021-07")
    assert len(claim) == 1
    row = claim.iloc[0]
    assert _published_in(facts, "2021") and len(_published_in(facts, "2021")) == 4
    assert set(row["article_ids"].split(";")) == _published_in(facts, "2021")
    assert (row["n_articles"], row["n_facts"], row["n_independent"]) == (4, 4, 4)
    assert row["qualifiers"] == "about;exact;nearly"          # hedged three ways: نحو، ما يقرب من، none
    # the four articles are from 20–29 July 2021 (issue 12 narrowed the undated ones' windows to
    # days that no longer overlap the dated one's 29 July: no day all four agree on)
    assert row["window_start"][:7] == row["window_end"][:7] == "2021-07"
    assert row["claim_id"] == stable_id(row["fact_ids"].split(";"))


def test_seeds_2024_article_gives_the_same_figure_as_a_later_step_of_its_history(seeds):
    facts, tables = seeds
    july_2021 = _us_iraq_current(tables.claims, 2500, "2021-07").iloc[0]
    history = history_of(tables.history, july_2021["claim_id"])
    steps = history.set_index("claim_id")
    later = history[(history["article_ids"] == ";".join(sorted(_published_in(facts, "2024"))))
                    & (history["value"] == 2500) & (history["kind"] == "current")]
    assert len(later) == 1 and later.iloc[0]["step"] > steps.loc[july_2021["claim_id"], "step"]
    assert later.iloc[0]["date"] > "2024" and later.iloc[0]["change"] == 0
    # the figure's path: 5,200 → 3,000 planned → 2,500 (January 2021) → 2,500 (July 2021) → 2,500 (2024)
    assert list(zip(history["value"], history["kind"])) == [(5200, "past"), (3000, "planned"), (2500, "past"),
                                                            (2500, "current"), (2500, "current")]


def test_seeds_about_50_attacks_since_the_start_of_2021_is_one_claim_of_three_articles(seeds):
    facts, tables = seeds
    c = tables.claims
    claim = c[(c["table"] == "attacks") & (c["value"] == 50) & (c["window_start"] == "2021-01-01")]
    assert len(claim) == 1 and claim.iloc[0]["n_articles"] == 3
    members = facts.attacks[facts.attacks["fact_id"].isin(claim.iloc[0]["fact_ids"].split(";"))]
    in_words = [t for t in members["text"] if not any(ch.isdigit() for ch in t)]
    assert len(in_words) == 1                                  # «نحو خمسين هجوما»
    # two of the three are one agency text republished: counted once
    assert claim.iloc[0]["n_independent"] == 2
    copies = tables.wire_copies
    assert len(copies) == 1 and {copies.iloc[0]["article_id_a"], copies.iloc[0]["article_id_b"]} <= set(
        members["article_id"])


def test_seeds_headline_is_the_2500_claim_in_one_sentence(seeds):
    _, tables = seeds
    headline = analysis.headline_figure(tables.claims)
    assert headline["sentence"] == "about 2,500 US troops in Iraq, July 2021, reported by 4 articles (4 independent)"


# --------------------------------------------------------------------------- small corpora of our own

def _facts(docs: dict[str, tuple[str, str]]):
    articles = [article_from_text(f"{title}\n\n{text}\n", article_id=key,
                                  metadata={"published": day, "outlet": f"Outlet {key}"})
                for key, (day, title, text) in ((k, (v[0], "خبر", v[1])) for k, v in docs.items())]
    return extract_articles(articles)


SYRIA = {
    "a": ("2022-03-10", "قال مسؤول في وزارة الدفاع إن نحو 900 جندي أمريكي ما زالوا منتشرين في سوريا حتى اليوم."),
    "b": ("2022-03-12", "ويوجد في سوريا حاليا ما يقرب من 900 عسكري أميركي يدعمون قوات محلية في شرق البلاد."),
    "c": ("2022-03-15", "وتنشر الولايات المتحدة 900 جندي أمريكي في سوريا بحسب بيانات رسمية نشرها البنتاغون."),
    "d": ("2022-03-11", "ويوجد نحو 900 جندي أمريكي في العراق ضمن مهمة استشارية."),
    "e": ("2022-03-11", "وأفاد تقرير بأن أكثر من 800 جندي أمريكي ينتشرون في سوريا."),
}
CONFLICT = {"f": ("2022-03-13", "وقالت مصادر عسكرية إن 2000 جندي أمريكي ينتشرون حاليا في سوريا.")}
WIRE = {
    "w1": ("2022-05-02", "بغداد (رويترز) - تعرضت القوات الأمريكية في العراق لنحو 30 هجوما بالصواريخ والطائرات "
                         "المسيرة منذ بداية العام الحالي، وفق ما أعلنه مسؤول عسكري أمريكي."),
    "w2": ("2022-05-03", "تعرضت القوات الأمريكية في العراق لنحو 30 هجوما بالصواريخ والطائرات المسيرة منذ بداية "
                         "العام الحالي، وفق ما أعلنه مسؤول عسكري أمريكي."),
    "w3": ("2022-05-04", "وشنت فصائل مسلحة ثلاثين هجوما على القوات الأمريكية منذ مطلع العام، بحسب إحصاء أعدته الصحيفة."),
}


def _syria(claims: pd.DataFrame) -> pd.DataFrame:
    return claims[(claims["location"] == "Syria") & (claims["kind"] == "current")].set_index("value")


def test_three_hedges_of_one_figure_agree_and_a_different_place_is_another_claim():
    claims = build_claims(_facts(SYRIA).tables()).claims
    syria = _syria(claims)
    assert (syria.loc[900, "article_ids"], syria.loc[900, "qualifiers"]) == ("a;b;c", "about;exact;nearly")
    assert syria.loc[900, "n_independent"] == 3 and syria.loc[900, "n_outlets"] == 3
    assert claims[claims["location"] == "Iraq"]["article_ids"].tolist() == ["d"]
    # «أكثر من 800» (800–1,000) allows 900 but says something else: its own claim, and no conflict
    assert syria.loc[800, "article_ids"] == "e"
    assert build_claims(_facts(SYRIA).tables()).conflicts.empty


def test_a_figure_no_hedge_can_reconcile_is_a_conflict_with_both_sides_quoted():
    tables = build_claims(_facts({**SYRIA, **CONFLICT}).tables())
    conflicts = tables.conflicts.set_index("article_ids_a")
    assert set(conflicts.index) == {"a;b;c", "e"} and set(conflicts["article_ids_b"]) == {"f"}
    row = conflicts.loc["a;b;c"]
    assert (row["value_a"], row["value_b"], row["location"]) == (900, 2000, "Syria")
    assert "2000 جندي" in row["quote_b"] and "900" in row["quote_a"]
    assert row["attributions_b"] == "military sources"
    # a month later the level may have changed: no conflict
    assert build_claims(_facts({**SYRIA, **CONFLICT}).tables(), conflict_days=0).conflicts.empty


def test_republished_wire_text_is_counted_once():
    facts = _facts(WIRE)
    tables = build_claims(facts.tables())
    claim = tables.claims[tables.claims["table"] == "attacks"].iloc[0]
    assert (claim["n_articles"], claim["n_independent"], claim["value"]) == (3, 2, 30)
    copy = tables.wire_copies.iloc[0]
    assert (copy["article_id_a"], copy["article_id_b"], len(tables.wire_copies)) == ("w1", "w2", 1)
    assert 0.9 < copy["similarity"] < 1
    # with a stricter similarity, the dateline keeps them apart
    assert build_claims(facts.tables(), similarity=0.99).claims.iloc[0]["n_independent"] == 3
    assert wire_copies(facts.tables()).equals(tables.wire_copies)


def test_copies_are_found_block_by_block_as_in_one_matrix(monkeypatch):
    from arabic_news.claims import copies

    facts = _facts({**WIRE, **SYRIA})
    whole = wire_copies(facts.tables())
    monkeypatch.setattr(copies, "COMPARED_ROWS", 1)          # one sentence against all the others at a time
    assert not whole.empty and wire_copies(facts.tables()).equals(whole)


def test_the_same_force_is_force_id_when_the_table_has_it():
    troops = pd.DataFrame({"fact_id": ["t", "f", "t2"], "article_id": ["x", "y", "z"], "value": [500, 500, 500],
                           "qualifier": ["exact"] * 3, "force": ["other"] * 3, "force_id": ["TR", "FR", "TR"],
                           "location": ["Syria"] * 3, "kind": ["current"] * 3,
                           "as_of_start": ["2022-01-05"] * 3, "as_of_end": ["2022-01-05"] * 3})
    claims = build_claims({"troop_levels": troops}).claims
    assert sorted(zip(claims["force_id"], claims["article_ids"])) == [("FR", "y"), ("TR", "x;z")]
    assert len(build_claims({"troop_levels": troops.drop(columns="force_id")}).claims) == 1


def test_claims_are_the_same_bytes_twice_and_sorted(tmp_path):
    facts = _facts({**SYRIA, **CONFLICT, **WIRE})
    for name in ("one", "two"):
        write_tables(facts, tmp_path / name)
    for name in CLAIM_TABLES:
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes()
    read = read_claim_tables(tmp_path / "one")
    assert read.claims["n_independent"].dtype == "Int64" and read.wire_copies["similarity"].dtype == "Float64"
    assert by_evidence(read.claims).iloc[0]["article_ids"] == "a;b;c"
    assert best_attested(read.claims)["article_ids"] == "a;b;c"
    assert best_attested(read.claims, min_independent=4) is None


def test_citations_are_an_edge_list_by_article_and_by_outlet():
    tables = build_claims(_facts(SYRIA).tables())
    edges = citation_edges(tables.citations, by="article")
    assert ("a", "defense ministry official", 2, 1) in list(edges.itertuples(index=False, name=None))
    assert set(citation_edges(tables.citations)["citing"]) >= {"Outlet a", "Outlet c"}
    with pytest.raises(ParameterError, match="by='source'"):
        citation_edges(tables.citations, by="source")


def test_a_rule_out_of_range_is_a_parameter_error_naming_it():
    with pytest.raises(ParameterError, match="window_days=-1"):
        ClaimRules(window_days=-1)
    with pytest.raises(ParameterError, match="hedge_widening"):
        build_claims({}, hedge_widening={"roughly": (0.1, 0.1)})
    assert build_claims({}).claims.empty


def test_a_facts_folder_from_before_claims_says_to_extract_again(tmp_path):
    written = write_tables(_facts(SYRIA), tmp_path)
    for name in CLAIM_TABLES:
        written[name].unlink()
    with pytest.raises(ParameterError, match="older arabic-news, before claims were built.*again"):
        read_claim_tables(tmp_path)


# --------------------------------------------------------------------------- corrections

@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = ["file,published,outlet"]
    for key, (day, text) in {**SYRIA, **CONFLICT}.items():
        (folder / f"{key}.txt").write_text(f"خبر\n\n{text}\n", encoding="utf-8")
        rows.append(f"{key}.txt,{day},Outlet {key}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _fact(facts, article_id: str) -> str:
    return facts.troop_levels.set_index("article_id").loc[article_id, "fact_id"]


def _write_corrections(folder, *lines: str) -> bytes:
    data = ("fact_id,action,column,value,reason\n" + "".join(line + "\n" for line in lines)).encode("utf-8")
    (folder / "corrections.csv").write_bytes(data)
    return data


def test_corrections_set_and_drop_change_the_tables_and_claims_and_are_listed(corpus, tmp_path):
    plain = extract_corpus(corpus, corrections=False)
    f, e = _fact(plain, "f"), _fact(plain, "e")
    data = _write_corrections(corpus, f"{f},set,value,900,misread: the text says 900 elsewhere",
                              f"{e},drop,,,a reporter's guess")
    facts = extract_corpus(corpus)
    troops = facts.troop_levels.set_index("fact_id")
    assert e not in troops.index and troops.loc[f, "value"] == 900
    assert (troops.loc[f, "value_low"], troops.loc[f, "value_high"]) == (900, 900)   # exact: no widening
    assert plain.troop_levels.set_index("fact_id").loc[f, "value"] == 2000           # the input frame is untouched
    applied = facts.corrections_applied
    assert applied[["line", "action", "column", "old_value", "new_value"]].values.tolist() == [
        [2, "set", "value", "2000", "900"], [3, "drop", None, None, None]]
    written = write_tables(facts, tmp_path / "facts")
    claims = read_claim_tables(tmp_path / "facts")
    assert claims.conflicts.empty and _syria(claims.claims).loc[900, "article_ids"] == "a;b;c;f"
    assert len(claims.corrections_applied) == 2
    manifest = json.loads(written["manifest"].read_text(encoding="utf-8"))
    assert manifest["corrections"]["n_applied"] == 2 and manifest["tables"]["corrections_applied"] == 2
    assert (corpus / "corrections.csv").read_bytes() == data
    assert analysis.corrections_sentences(applied)[1].endswith("dropped, because: a reporter's guess.")


def test_setting_a_hedged_value_widens_it_as_the_hedge_does(corpus):
    plain = extract_corpus(corpus, corrections=False)
    a = _fact(plain, "a")                                       # «نحو 900»
    _write_corrections(corpus, f"{a},set,value,1000,typo in the article")
    facts = extract_corpus(corpus)
    row = facts.troop_levels.set_index("fact_id").loc[a]
    assert (row["value"], row["value_low"], row["value_high"]) == (1000, 900, 1100)
    assert facts.corrections_applied.iloc[0]["also_changed"] == "value_high=1100;value_low=900"


@pytest.mark.parametrize("line, message", [
    ("{fact},move,,,why", r"line 2: action 'move' is neither drop nor set\. Write drop"),
    ("0000000000000000,drop,,,why", r"line 2: fact_id '0000000000000000' is in none of troop_levels, attacks, events"),
    ("{fact},set,colour,red,why", r"line 2: column 'colour' is not a column of troop_levels\. Use one of"),
    ("{fact},set,start,3,why", r"line 2: column 'start' says where the fact is in its article.*Drop the fact"),
    ("{fact},set,value,about 900,why", r"line 2: value is a whole number, not 'about 900'"),
    ("{fact},set,as_of_start,2022-13-01,why", r"line 2: as_of_start is a date.*YYYY-MM-DD"),
    ("{fact},set,kind,someday,why", r"line 2: 'someday' is not a value of kind\. Use one of current, planned, past"),
    ("{fact},set,approx,yes,why", r"line 2: approx is true or false"),
    ("{fact},drop,,,", r"line 2: the reason is empty"),
])
def test_a_correction_that_cannot_be_applied_names_the_file_the_line_and_the_fix(corpus, line, message):
    fact = _fact(extract_corpus(corpus, corrections=False), "a")
    _write_corrections(corpus, line.format(fact=fact))
    with pytest.raises(CorpusError, match=message) as error:
        extract_corpus(corpus)
    assert str(error.value).startswith(str(corpus / "corrections.csv"))


def test_a_fact_corrected_twice_and_a_bad_header_are_errors(corpus):
    fact = _fact(extract_corpus(corpus, corrections=False), "a")
    _write_corrections(corpus, f"{fact},drop,,,one", f"{fact},set,value,5,two")
    with pytest.raises(CorpusError, match="line 3: fact .* is already dropped on line 2"):
        extract_corpus(corpus)
    (corpus / "corrections.csv").write_text("fact_id,action,value\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 1: the header lacks column, reason"):
        extract_corpus(corpus)


def test_apply_corrections_to_tables_read_back_leaves_them_as_they_were(corpus, tmp_path):
    facts = extract_corpus(corpus, corrections=False)
    before = facts.troop_levels.copy()
    path = tmp_path / "corrections.csv"
    path.write_text(f"fact_id,action,column,value,reason\n{_fact(facts, 'b')},set,kind,past,old figure\n",
                    encoding="utf-8")
    fixed, applied = apply_corrections(facts.tables(), path)
    assert fixed["troop_levels"].set_index("article_id").loc["b", "kind"] == "past"
    pd.testing.assert_frame_equal(facts.troop_levels, before)
    assert applied.iloc[0]["reason"] == "old figure"


# --------------------------------------------------------------------------- the 300-article sample

def test_the_bench_sample_and_its_claims_hold_together(shared_corpus, tmp_path):
    import hashlib
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    from sample import build_sample

    folder = build_sample(tmp_path / "sample", corpus=shared_corpus / "ant-multisource-2018")
    names = sorted(p.name for p in (folder / "articles").iterdir())
    assert len(names) == 300 and all("middleEast" in n or "internationalNews" in n for n in names)
    sha = lambda name: hashlib.sha1(name.encode("utf-8")).hexdigest()  # noqa: E731
    cutoff = max(sha(n) for n in names)
    pool = [p.name for p in (shared_corpus / "ant-multisource-2018" / "articles").iterdir()
            if "middleEast" in p.name or "internationalNews" in p.name]
    assert {n for n in pool if sha(n) <= cutoff} == set(names)      # the first 300 by SHA-1, none skipped
    assert sorted(pd.read_csv(folder / "metadata.csv")["file"]) == [f"articles/{n}" for n in names]
    facts = extract_corpus(folder)
    tables = build_claims(facts.tables())
    claims = tables.claims
    members = sorted(f for ids in claims["fact_ids"] for f in ids.split(";"))
    figures = [frame.loc[frame[[f"{c}", f"{c}_low", f"{c}_high"]].notna().any(axis=1), "fact_id"]
               for frame, c in ((facts.troop_levels, "value"), (facts.attacks, "count"))]
    assert members == sorted(pd.concat(figures))                 # every figure in exactly one claim
    assert (claims["n_independent"] <= claims["n_articles"]).all() and (claims["n_articles"] <= claims["n_facts"]).all()
    assert claims["n_outlets"].max() >= 1


def test_a_corrections_file_in_the_corpus_folder_is_no_article(tmp_path):
    (tmp_path / "a.txt").write_text("خبر\n\nينتشر نحو 2500 جندي أمريكي في العراق.\n", encoding="utf-8")
    facts = extract_corpus(tmp_path)
    fact_id = facts.troop_levels["fact_id"].iloc[0]
    (tmp_path / "corrections.csv").write_text(
        f"fact_id,action,column,value,reason\n{fact_id},set,value,3000,the article was corrected\n", encoding="utf-8")
    again = extract_corpus(tmp_path)
    assert len(again.articles) == 1 and not again.skipped
    assert again.troop_levels["value"].tolist() == [3000]
