"""check_params: resolving paths against the project root, and messages that name the fix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from arabic_news import params
from arabic_news.errors import ParameterError
from arabic_news.params import check_params, find_project_root, parse_iso_date


def _fake_fingerprint(folder: Path) -> str:
    return "fp-" + Path(folder).name


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project: pyproject.toml, notebooks/, a corpus folder and facts extracted from it."""
    root = tmp_path / "proj"
    (root / "notebooks").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    corpus = root / "mycorpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("قال مسؤول إن نحو 2500 جندي باقون", encoding="utf-8")
    _write_facts(root / "facts", corpus_name="mycorpus")
    monkeypatch.setattr(params, "fingerprint_of", _fake_fingerprint)
    monkeypatch.chdir(root / "notebooks")
    return root


def _write_facts(folder: Path, corpus_name: str, tables=params.REQUIRED_TABLES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for table in tables:
        (folder / f"{table}.csv").write_text("article_id\n", encoding="utf-8-sig")
    manifest = {"corpus_fingerprint": "fp-" + corpus_name, "corpus_dir": corpus_name,
                "library_version": "0.1.0", "n_articles": 1, "tables": {t: 0 for t in tables}}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _check(**overrides):
    args = dict(corpus_dir="mycorpus", facts_dir="facts", output_dir="out", label_language="ar",
                date_from="", date_to="")
    args.update(overrides)
    return check_params(**args)


def test_relative_folders_resolve_against_the_project_root_from_notebooks(project):
    p = _check()
    assert p.corpus_dir == project / "mycorpus"
    assert p.facts_dir == project / "facts"
    assert p.project_root == project
    assert p.corpus_fingerprint == "fp-mycorpus"


def test_a_folder_in_the_current_directory_wins_over_the_project_root(project):
    local = project / "notebooks" / "mycorpus"
    local.mkdir()
    (local / "b.txt").write_text("نص", encoding="utf-8")
    _write_facts(project / "notebooks" / "facts", corpus_name="mycorpus")
    p = _check()
    assert p.corpus_dir == local
    assert p.facts_dir == project / "notebooks" / "facts"


def test_a_missing_output_dir_is_created_under_the_project_root(project):
    p = _check(output_dir="reports/new")
    assert p.output_dir == project / "reports" / "new"
    assert p.output_dir.is_dir()


def test_find_project_root_needs_pyproject_and_notebooks(tmp_path):
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    assert find_project_root(tmp_path) is None
    (tmp_path / "notebooks").mkdir()
    assert find_project_root(tmp_path / "notebooks") == tmp_path


def test_dates_parse_to_date_objects_and_empty_means_no_limit(project):
    p = _check(date_from="2021-01-01", date_to="")
    assert p.date_from == dt.date(2021, 1, 1)
    assert p.date_to is None
    assert p.label_language == "ar"


@pytest.mark.parametrize(
    "value, part",
    [("2021-13-01", "month 13"), ("2021-02-30", "day 30"), ("29/07/2021", "expected YYYY-MM-DD"),
     ("yesterday", "expected YYYY-MM-DD")],
)
def test_a_bad_date_names_the_parameter_the_value_and_the_wrong_part(project, value, part):
    with pytest.raises(ParameterError) as err:
        _check(date_to=value)
    assert err.value.name == "date_to"
    assert err.value.value == value
    message = str(err.value)
    assert f"date_to={value!r}" in message and part in message and "YYYY-MM-DD" in message


def test_arabic_indic_digits_are_accepted_in_dates():
    assert parse_iso_date("date_from", "٢٠٢١-٠٧-٢٩") == dt.date(2021, 7, 29)


def test_date_from_after_date_to_is_refused(project):
    with pytest.raises(ParameterError, match=r"date_from='2022-01-01' is after date_to='2021-01-01'"):
        _check(date_from="2022-01-01", date_to="2021-01-01")


def test_an_unknown_label_language_says_which_ones_exist(project):
    with pytest.raises(ParameterError) as err:
        _check(label_language="fr")
    assert err.value.name == "label_language"
    assert '"ar"' in str(err.value) and '"en"' in str(err.value)


def test_a_missing_corpus_folder_names_it_and_where_it_was_looked_for(project):
    with pytest.raises(ParameterError) as err:
        _check(corpus_dir="nowhere", notebook="02_troop_levels")
    message = str(err.value)
    assert err.value.name == "corpus_dir"
    assert "corpus_dir='nowhere' is not a folder" in message
    assert str(project) in message and "02_troop_levels" in message


def test_facts_from_another_corpus_are_refused_with_the_extract_command(project):
    other = project / "othercorpus"
    other.mkdir()
    (other / "x.txt").write_text("نص آخر", encoding="utf-8")
    with pytest.raises(ParameterError) as err:
        _check(corpus_dir="othercorpus")
    message = str(err.value)
    assert err.value.name == "facts_dir"
    assert "different corpus" in message
    assert "arabic-news extract othercorpus --out facts" in message


def test_missing_fact_tables_are_named_with_the_extract_command(project):
    (project / "facts" / "attacks.csv").unlink()
    with pytest.raises(ParameterError) as err:
        _check()
    assert "attacks" in str(err.value)
    assert "arabic-news extract mycorpus --out facts" in str(err.value)


def test_a_facts_dir_from_before_claims_names_the_claim_tables_and_says_extract_again(project):
    _write_facts(project / "facts", corpus_name="mycorpus", tables=params.FACT_TABLES)
    for name in params.CLAIM_TABLES:
        (project / "facts" / f"{name}.csv").unlink()
    with pytest.raises(ParameterError) as err:
        _check()
    message = str(err.value)
    assert "lacks the claim table(s) claims, conflicts, figure_history" in message
    assert "written by arabic-news 0.1.0, before claims were built" in message
    assert "Run `arabic-news extract mycorpus --out facts` again" in message


def test_a_corrections_file_added_after_extraction_stops_the_notebook(project):
    (project / "mycorpus" / "corrections.csv").write_text("fact_id,action,column,value,reason\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="extracted before corrections.csv of the corpus was added.*again"):
        _check()


def test_a_facts_dir_without_manifest_was_not_written_by_extract(project):
    (project / "facts" / "manifest.json").unlink()
    with pytest.raises(ParameterError, match="manifest.json"):
        _check()


def test_params_as_dict_gives_strings_for_provenance(project):
    d = _check(date_from="2021-07-29").as_dict()
    assert d["date_from"] == "2021-07-29" and d["date_to"] == ""
    assert d["corpus_dir"] == str(project / "mycorpus")
