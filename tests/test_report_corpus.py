"""The report on a real folder: the fixed 300-article sample of the shared corpus (tests/samples.py), with and
without metadata.csv, rendered once per session by `arabic-news report` as a user runs it (issue 10).

Every check reads what the run wrote: the exit status, every page, every link, the index's figures and the
fact tables.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pandas as pd
import pytest

import samples
from arabic_news import cli
from arabic_news.plotting.selection import FEW_FIGURES

pytestmark = [pytest.mark.slow, pytest.mark.corpus]



@pytest.fixture(scope="module")
def runs(shared_corpus, tmp_path_factory):
    """{"metadata": (exit status, report folder, corpus folder), "bare": …}: each sample reported once."""
    out = {}
    for name, with_metadata in (("metadata", True), ("bare", False)):
        folder = tmp_path_factory.mktemp(f"sample300-{name}")
        corpus = samples.sample_300(folder / "corpus", with_metadata=with_metadata)
        status = cli.main(["report", str(corpus), "--out", str(folder / "report")])
        out[name] = (status, folder / "report", corpus)
    return out


@pytest.fixture(scope="module", params=["metadata", "bare"])
def run(request, runs):
    return runs[request.param]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag in ("a", "link") and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag in ("img", "script") and attrs.get("src") and not attrs["src"].startswith("data:"):
            self.hrefs.append(attrs["src"])

    def handle_data(self, data):
        self.text.append(data)


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _pages(report: Path) -> list[Path]:
    return sorted(report.glob("*.html")) + sorted((report / "articles").glob("*.html"))


def _chart_links(page: Path) -> list[str]:
    """The links of the interactive charts' marks (the `link` field of their inline data)."""
    return re.findall(r'"link": "([^"]+)"', page.read_text(encoding="utf-8"))


def test_the_report_runs_to_the_end_and_exits_0(run):
    status, report, _ = run
    assert status == 0
    assert (report / "index.html").is_file() and len(list(report.glob("0*.html"))) == 6


def test_no_page_shows_a_traceback_or_an_assertion(run):
    _, report, _ = run
    for page in _pages(report):
        text = page.read_text(encoding="utf-8")
        for bad in ("Traceback (most recent call last)", "AssertionError", "An Exception was encountered",
                    "Warning:", 'data-mime-type="application/vnd.jupyter.stderr"'):
            assert bad not in text, f"{page.name}: {bad}"


def test_every_link_in_every_page_resolves_to_a_page_or_a_figure_file(run):
    _, report, _ = run
    ids: dict[Path, set[str]] = {}
    for page in _pages(report):
        parsed = _parse(page)
        for href in parsed.hrefs + _chart_links(page):
            parts = urlsplit(href)
            if parts.scheme or href.startswith("#"):   # a link out (itables' credit) or within the page
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.name}: {href} does not exist"
            assert target.suffix in (".html", ".png", ".svg", ".csv", ".js"), f"{page.name}: {href} is no page"
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = _parse(target).ids
                assert parts.fragment in ids[target], f"{page.name}: {href} has no such anchor"


def test_the_index_shows_no_nan_and_names_its_reports(run):
    _, report, _ = run
    text = " ".join(_parse(report / "index.html").text)
    assert not re.search(r"\bnan\b", text, flags=re.I)
    assert "How many troops, where, and when" in text and "A timeline of dated events" in text
    assert "articles without a date" in text


def test_the_headline_troop_figure_is_reported_by_two_independent_articles_or_is_none(run):
    _, report, _ = run
    index = " ".join(" ".join(_parse(report / "index.html").text).split())
    headline = re.search(r"best-attested troop figure (.+?\))", index).group(1)
    if not headline.startswith("none"):
        assert int(re.search(r"\((\d+) independent\)", headline).group(1)) >= 2, headline
    assert "776,000" not in headline


def test_notebook_05_says_plainly_what_the_corpus_lacks_and_draws_who_cites_whom_by_outlet(runs):
    _, report, _ = runs["metadata"]
    text = " ".join(" ".join(_parse(report / "05_sources_and_claims.html").text).split())
    claims = pd.read_csv(report / "facts" / "claims.csv", encoding="utf-8-sig")
    conflicts = pd.read_csv(report / "facts" / "conflicts.csv", encoding="utf-8-sig")
    if conflicts.empty:
        assert f"No conflict: none of the {len(claims)} claims contradicts another" in text
    edges = pd.read_csv(report / "figures" / "05_citations.csv", encoding="utf-8-sig")
    outlets = set(pd.read_csv(report / "facts" / "articles.csv", encoding="utf-8-sig")["outlet"].dropna())
    assert set(edges["citing"]) <= outlets                  # the corpus names its outlets: they cite, not articles
    history = pd.read_csv(report / "figures" / "05_figure_history.csv", encoding="utf-8-sig")
    assert len(history) >= 1 and ("best-attested figure is" in text or "the longest history instead" in text)


def test_a_corpus_without_gold_says_so_and_reports_no_recall(run):
    _, report, _ = run
    page = " ".join(_parse(report / "06_extraction_quality.html").text)
    assert "This corpus has no gold annotation" in page
    assert "recall 0.00" not in page and "troop_levels recall" not in page


def test_crowded_charts_are_chosen_by_evidence_and_say_what_they_left_out(run):
    _, report, _ = run
    timeline = pd.read_csv(report / "figures" / "04_timeline.csv", encoding="utf-8-sig")
    assert set(timeline["unit"]) <= {"week", "month", "year"} and timeline["labelled"].sum() == 8
    page = " ".join(_parse(report / "04_timeline.html").text)
    assert "Too many to draw one by one" in page and "Left out of the chart" in page
    troops = pd.read_csv(report / "figures" / "02_troop_levels.csv", encoding="utf-8-sig")
    claims = pd.read_csv(report / "facts" / "claims.csv", encoding="utf-8-sig")
    if (claims["table"] == "troop_levels").sum() > FEW_FIGURES:     # many figures: the better attested only
        assert troops.empty or troops["n_independent"].min() >= 2
    else:                                                             # a few: every one is drawn
        assert not troops.empty
    assert troops.empty or troops["location"].fillna("").nunique() <= 6


def test_publication_dates_are_read_from_the_file_names(runs):
    _, report, corpus = runs["bare"]
    articles = pd.read_csv(report / "facts" / "articles.csv", encoding="utf-8-sig", dtype=str)
    # A dateline in the text comes first; every other article is dated by its file name, none is undated.
    assert set(articles["publication_date_basis"]) <= {"filename", "text"}
    assert (articles["publication_date_basis"] == "filename").sum() >= 290
    dated = articles[articles["publication_date_basis"] == "filename"]
    for path, day in zip(dated["path"], dated["publication_date"]):
        stamp = re.search(r"-(\d{8})\.txt$", path).group(1)
        assert day == f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}", path
    assert "articles without a date" in (report / "index.html").read_text(encoding="utf-8")


# Troop levels that are not troop levels: an organization's total strength, a casualty count, a few gunmen.
# Each case: the file, the phrase the extraction must not read as a troop level, and why.
NOT_TROOP_LEVELS = [
    ("CN-internationalNews-730-20181018.txt", "776 ألف جندي", "the size of FORSCOM, a US Army command"),
    ("AL-internationalNews-1189-20180516.txt", "أربعة", "four gunmen killed by Indonesian police"),
    ("SK-middleEast-3850-20181013.txt", "اثنين من المقاتلين", "two Kurdish fighters killed"),
    ("BB-middleEast-956-20180906.txt", "عشرة جنود", "ten soldiers sentenced by a court"),
    ("BB-middleEast-956-20180906.txt", "جنديان", "two soldiers convicted"),
    ("SK-middleEast-455-20180321.txt", "جنديين", "two soldiers slapped at a checkpoint"),
    ("FR-internationalNews-561-20180405.txt", "323 مسلحا", "jihadists who came back to France"),
]


@pytest.mark.parametrize("name, phrase, why", NOT_TROOP_LEVELS, ids=[c[2] for c in NOT_TROOP_LEVELS])
def test_no_troop_level_is_a_total_strength_a_casualty_count_or_a_few_gunmen(runs, name, phrase, why):
    _, report, _ = runs["metadata"]
    troops = pd.read_csv(report / "facts" / "troop_levels.csv", encoding="utf-8-sig", dtype=str)
    rows = troops[troops["article_id"].str.endswith(name[:-4]) & troops["text"].fillna("").str.contains(phrase)]
    assert rows.empty, f"{why}: {rows['text'].tolist()}"


def test_the_sample_holds_each_case_of_a_figure_that_is_no_troop_level(shared_corpus):
    names = set(samples.sample_300_names())
    assert {name for name, _, _ in NOT_TROOP_LEVELS} <= names


def test_the_interactive_charts_carry_sentences_glosses_and_links(run):
    _, report, _ = run
    assert (report / "js" / "vega-bundle.js").is_file()
    page = (report / "04_timeline.html").read_text(encoding="utf-8")
    spec = json.loads(re.search(r'<script id="[^"]+-spec" type="application/json">(.+?)</script>', page,
                                flags=re.S).group(1))
    rows = next(iter(spec["datasets"].values()))
    assert all(r["link"].startswith("articles/") for r in rows if r["link"])
    assert any(re.search(r"[\u0600-\u06FF]", r["sentence"] or "") for r in rows)
    assert all(r["fact"] for r in rows)
