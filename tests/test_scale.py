"""Scale, bounded: `arabic-news extract` on a few hundred real articles from ../shared/corpus.

A deterministic sample (every k-th file in sorted order) of both corpora is linked into a
temporary folder, the multi-source one with its metadata.csv, the Jawhara FM one in a subfolder.
The checks are the ones an analyst's batch relies on: no crash, every file accounted for
(read + skipped = total), fact spans that slice to their text, unique ids, and the same bytes
from two runs. No timing is asserted here (speed is `make bench`'s job); the whole module stays
well under a minute and a half on our two-core machines.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from arabic_news.cli import main
from arabic_news.corpus import read_article

pytestmark = [pytest.mark.slow, pytest.mark.corpus]

N_MULTISOURCE = 300
N_JAWHARA = 100
TABLES = ("articles", "troop_levels", "attacks", "events", "mentions", "claims", "conflicts", "figure_history",
          "citations", "wire_copies", "corrections_applied")
SPAN_TABLES = ("troop_levels", "attacks", "events")
# An article that once crashed the number parser («مليونين ونصف»): kept as a regression case below.
KNOWN_CRASH = "BB-middleEast-699-20180705.txt"


def _every_kth(files: list[Path], n: int) -> list[Path]:
    step = max(1, len(files) // n)
    return files[::step][:n]


@pytest.fixture(scope="module")
def sample(shared_corpus, tmp_path_factory) -> Path:
    multi = shared_corpus / "ant-multisource-2018"
    jawhara = shared_corpus / "ant-jawharafm-2013-2017"
    folder = tmp_path_factory.mktemp("scale") / "corpus"
    (folder / "articles").mkdir(parents=True)
    (folder / "jawhara").mkdir()
    multi_files = sorted((multi / "articles").glob("*.txt"))
    for path in _every_kth(multi_files, N_MULTISOURCE):
        os.symlink(path, folder / "articles" / path.name)
    for path in _every_kth(sorted((jawhara / "articles").glob("*.txt")), N_JAWHARA):
        os.symlink(path, folder / "jawhara" / path.name)
    shutil.copyfile(multi / "metadata.csv", folder / "metadata.csv")
    return folder


@pytest.fixture(scope="module")
def runs(sample, tmp_path_factory) -> tuple[Path, Path]:
    outs = []
    for name in ("first", "second"):
        out = tmp_path_factory.mktemp(name) / "facts"
        assert main(["extract", str(sample), "--out", str(out), "--quiet"]) == 0
        outs.append(out)
    return outs[0], outs[1]


def _table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype={"article_id": str, "fact_id": str},
                       keep_default_na=False, na_values=[""])


def test_every_file_is_read_or_skipped_with_a_reason(runs, sample):
    out, _ = runs
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    total = sum(1 for _ in sample.rglob("*.txt"))
    assert total == N_MULTISOURCE + N_JAWHARA
    assert manifest["n_articles"] + len(manifest["skipped"]) == total
    assert all(s["reason"].strip() for s in manifest["skipped"])
    articles = _table(out, "articles")
    assert len(articles) == manifest["n_articles"] and articles["article_id"].is_unique


def test_metadata_reaches_the_articles_table(runs):
    out, _ = runs
    articles = _table(out, "articles")
    multi = articles[articles["article_id"].str.startswith("articles/")]
    assert len(multi) == N_MULTISOURCE
    assert multi["outlet"].notna().all()
    assert (multi["publication_date_basis"] == "metadata").mean() > 0.95


def test_two_runs_give_the_same_bytes(runs):
    first, second = runs
    for name in TABLES:
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes(), name


def test_no_temporary_file_is_left(runs):
    for out in runs:
        assert sorted(p.name for p in out.iterdir()) == sorted([f"{t}.csv" for t in TABLES] + ["manifest.json"])


def test_fact_spans_slice_to_their_text_inside_the_quote(runs, sample):
    out, _ = runs
    paths = _table(out, "articles").set_index("article_id")["path"]
    raws: dict[str, str] = {}
    n = 0
    for name in SPAN_TABLES:
        frame = _table(out, name)
        assert frame["fact_id"].is_unique, name
        for row in frame.itertuples():
            if row.article_id not in raws:
                raws[row.article_id] = read_article(sample / paths[row.article_id], corpus_root=sample).raw
            raw = raws[row.article_id]
            assert 0 <= row.start < row.end <= len(raw), (name, row.fact_id)
            assert raw[row.start:row.end] in row.quote, (name, row.fact_id)
            n += 1
    assert n > 100


def test_the_article_that_once_crashed_the_number_parser_is_extracted(shared_corpus, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    os.symlink(shared_corpus / "ant-multisource-2018" / "articles" / KNOWN_CRASH, folder / KNOWN_CRASH)
    assert main(["extract", str(folder), "--out", str(tmp_path / "facts"), "--quiet"]) == 0
    assert len(_table(tmp_path / "facts", "articles")) == 1


def test_one_article_that_breaks_the_extractor_does_not_stop_the_batch(tmp_path, monkeypatch, capsys):
    import arabic_news.extract as extract

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "breaks.txt", "c.txt"):
        (folder / name).write_text("عنوان\n\nقال مسؤول إن نحو 2500 جندي أمريكي باقون في العراق.\n", encoding="utf-8")
    real = extract.extract_article

    def breaks_on_one(article):
        if article.article_id == "breaks":
            raise ValueError("a bug in a rule")
        return real(article)

    monkeypatch.setattr(extract, "extract_article", breaks_on_one)
    assert main(["extract", str(folder), "--out", str(tmp_path / "facts"), "--quiet"]) == 0
    assert sorted(_table(tmp_path / "facts", "articles")["article_id"]) == ["a", "c"]
    err = capsys.readouterr().err
    assert "breaks.txt" in err and "extraction failed (ValueError: a bug in a rule)" in err
    with pytest.raises(ValueError, match="a bug in a rule"):
        extract.extract_corpus(folder, errors="raise")
