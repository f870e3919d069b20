"""The real notebooks, executed on the seeds: what they write, parameters honoured, bad parameters stopped.

One report is built per session (extract + six notebooks + HTML) and shared by the checks; a second, in
English with a date range, checks that parameters reach the notebooks. Marked slow: they run kernels.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from arabic_news.extract import extract_corpus, write_tables

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def seed_facts(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("facts")
    write_tables(extract_corpus(ROOT / "seeds"), folder)
    return folder


@pytest.fixture(scope="session")
def report_ar(tmp_path_factory, seed_facts):
    from arabic_news.report import build_report

    out = tmp_path_factory.mktemp("report_ar")
    result = build_report(ROOT / "seeds", out, facts_dir=seed_facts, extract=False, notebooks_dir=NOTEBOOKS,
                          log=lambda line: None)
    return out, result


@pytest.fixture(scope="session")
def report_en_2024(tmp_path_factory, seed_facts):
    from arabic_news.report import build_report

    out = tmp_path_factory.mktemp("report_en")
    result = build_report(ROOT / "seeds", out, facts_dir=seed_facts, extract=False, notebooks_dir=NOTEBOOKS,
                          label_language="en", date_from="2024-01-01", log=lambda line: None)
    return out, result


def test_every_notebook_runs_top_to_bottom_on_the_seeds(report_ar):
    out, result = report_ar
    assert result.ok, [f.error for f in result.failures]
    names = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    assert [n.name for n in result.notebooks] == names
    for name in names:
        assert (out / f"{name}.ipynb").is_file() and (out / f"{name}.html").is_file()


def test_each_chart_is_written_as_png_svg_and_the_csv_it_was_drawn_from(report_ar):
    out, _ = report_ar
    figures = out / "figures"
    stems = {p.stem for p in figures.glob("*.png")}
    assert {"01_mentions", "02_troop_levels", "03_attack_rates", "04_timeline", "05_sources", "05_figure_history",
            "05_citations", "06_facts_per_article"} <= stems
    for stem in stems:
        assert (figures / f"{stem}.svg").stat().st_size > 1000
        assert (figures / f"{stem}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_troop_chart_data_holds_the_figures_the_tables_hold(report_ar, seed_facts):
    out, _ = report_ar
    drawn = pd.read_csv(out / "figures" / "02_troop_levels.csv", encoding="utf-8-sig")
    troops = pd.read_csv(seed_facts / "troop_levels.csv", encoding="utf-8-sig")
    assert len(troops) > 0 and len(drawn) > 0
    assert set(pd.to_numeric(drawn["value"]).dropna()) <= set(troops["value"].dropna())


def test_each_point_of_the_troop_chart_is_a_claim_labelled_with_its_n_articles_from_claims_csv(report_ar, seed_facts):
    drawn = pd.read_csv(out_dir(report_ar) / "figures" / "02_troop_levels.csv", encoding="utf-8-sig")
    claims = pd.read_csv(seed_facts / "claims.csv", encoding="utf-8-sig").set_index("claim_id")
    assert sorted(drawn["claim_id"]) == sorted(claims[claims["table"] == "troop_levels"].index)
    for claim_id, label, n in zip(drawn["claim_id"], drawn["label"], drawn["n_articles"]):
        assert n == claims.loc[claim_id, "n_articles"] and label.endswith(f"×{n}")
    page = (out_dir(report_ar) / "02_troop_levels.html").read_text(encoding="utf-8")
    assert "n_independent" in page and "Troop figures: one row per claim" in page


def test_the_index_headline_is_the_seeds_best_attested_claim(report_ar):
    _, result = report_ar
    assert result.key_figures["best-attested troop figure"] == (
        "about 2,500 US troops in Iraq, July 2021, reported by 4 articles (4 independent)")


def test_notebook_05_shows_claims_conflicts_the_history_and_who_cites_whom(report_ar, seed_facts):
    out = out_dir(report_ar)
    page = (out / "05_sources_and_claims.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "Claims, the best attested first" in text and "about 2,500 US troops in Iraq, July 2021" in text
    assert "No conflict: none of the 10 claims contradicts another" in text          # the seeds have none
    assert "The best-attested figure is about 2,500 US troops in Iraq" in text
    assert text.count("Who cites whom") >= 2 and "Sentences copied across articles: 1" in text
    assert "No corrections were applied" in text
    history = pd.read_csv(out / "figures" / "05_figure_history.csv", encoding="utf-8-sig")
    assert history["value"].tolist() == [5200, 3000, 2500, 2500, 2500]
    assert history["kind"].tolist() == ["past", "planned", "past", "current", "current"]
    edges = pd.read_csv(out / "figures" / "05_citations.csv", encoding="utf-8-sig")
    citations = pd.read_csv(seed_facts / "citations.csv", encoding="utf-8-sig")
    assert edges["n_facts"].sum() == citations["n_facts"].sum()                     # the whole edge list
    assert page.count('class="an-vega"') == 2                                        # history and citations


def test_notebook_06_shows_each_gold_batchs_first_run_and_final_scores(report_ar):
    page = (out_dir(report_ar) / "06_extraction_quality.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "Each gold batch: its first run and its final scores" in text
    history = pd.read_csv(ROOT / "data" / "gold" / "scores.csv", encoding="utf-8")
    held_out = history[(history["run"] == "first") & (history["table"] == "troop_levels")]["batch"]
    assert f"On batches the rules had not seen ({', '.join(held_out)}), their first run scored troop_levels" in text
    third = history[(history["batch"] == "third") & (history["table"] == "troop_levels")].set_index("run")
    assert f"{third.loc['first', 'recall']:g}" in text and "held out" in text


def out_dir(report) -> Path:
    return report[0]


def test_the_timeline_json_lists_every_event_in_date_order(report_ar, seed_facts):
    out, _ = report_ar
    timeline = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    events = pd.read_csv(seed_facts / "events.csv", encoding="utf-8-sig")
    assert len(timeline["events"]) == len(events) > 0
    starts = [e["date_start"] or "9999" for e in timeline["events"]]
    assert starts == sorted(starts)


def test_reports_show_tables_with_rows(report_ar):
    out, _ = report_ar
    for name in ("02_troop_levels", "03_attack_counts", "04_timeline"):
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert page.count("<tr") > 3, name


def test_date_parameters_reach_the_notebooks(report_en_2024):
    out, result = report_en_2024
    assert result.ok, [f.error for f in result.failures]
    timeline = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    assert timeline["parameters"]["date_from"] == "2024-01-01"
    assert timeline["events"] and all(e["date_end"] >= "2024-01-01" for e in timeline["events"] if e["date_end"])


def test_label_language_en_reaches_the_charts(report_ar, report_en_2024):
    # that an English chart holds no Arabic is tested on the chart functions (tests/test_plotting.py);
    # here: the parameter reaches the notebook and changes what it draws
    out, _ = report_en_2024
    executed = json.loads((out / "05_sources_and_claims.ipynb").read_text(encoding="utf-8"))
    injected = [c for c in executed["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert injected and "label_language = \"en\"" in "".join(injected[0]["source"])
    english = pd.read_csv(out / "figures" / "05_sources.csv", encoding="utf-8-sig")
    arabic = pd.read_csv(report_ar[0] / "figures" / "05_sources.csv", encoding="utf-8-sig")
    is_arabic = lambda labels: any("\u0600" <= ch <= "\u06ff" for label in labels for ch in str(label))  # noqa: E731
    assert is_arabic(arabic.iloc[:, 0]) and not is_arabic(english.iloc[:, 0])


@pytest.mark.parametrize("parameters, named", [
    ({"corpus_dir": "no/such/folder"}, "corpus_dir"),
    ({"date_from": "2021-13-01"}, "date_from"),
    ({"label_language": "fr"}, "label_language"),
])
def test_a_bad_parameter_stops_the_first_notebook_cell_with_its_name(tmp_path, seed_facts, parameters, named):
    import papermill

    values = {"corpus_dir": str(ROOT / "seeds"), "facts_dir": str(seed_facts), "output_dir": str(tmp_path),
              "label_language": "ar", "date_from": "", "date_to": ""}
    values.update(parameters)
    with pytest.raises(papermill.PapermillExecutionError) as failure:
        papermill.execute_notebook(str(NOTEBOOKS / "02_troop_levels.ipynb"), str(tmp_path / "out.ipynb"),
                                   parameters=values, progress_bar=False, kernel_name="python3", cwd=str(ROOT))
    assert failure.value.ename == "ParameterError"
    assert named in failure.value.evalue


def test_facts_from_another_corpus_are_refused(tmp_path, seed_facts):
    import shutil

    import papermill

    other = tmp_path / "other_corpus"
    other.mkdir()
    shutil.copy(next((ROOT / "seeds").glob("*.txt")), other / "one.txt")
    values = {"corpus_dir": str(other), "facts_dir": str(seed_facts), "output_dir": str(tmp_path),
              "label_language": "ar", "date_from": "", "date_to": ""}
    with pytest.raises(papermill.PapermillExecutionError) as failure:
        papermill.execute_notebook(str(NOTEBOOKS / "01_corpus_overview.ipynb"), str(tmp_path / "out.ipynb"),
                                   parameters=values, progress_bar=False, kernel_name="python3", cwd=str(ROOT))
    assert "facts_dir" in failure.value.evalue and "extract" in failure.value.evalue
