"""An interactive chart in a real browser: hover a point, read its sentence, follow it to the article (issue 10).

The seeds' report is built once (extraction and every notebook); Debian's chromium opens the troop-levels
report offline (file:// only), hovers the first point of its Vega-Lite chart, finds the fact's Arabic
sentence and English gloss in the tooltip, clicks, and lands on the article page at that fact.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from arabic_news import analysis, report
from conftest import CHROMIUM, CHROMIUM_LAUNCH_ARGS, ON_CI, SEEDS

pytestmark = pytest.mark.slow
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-report")
    return report.build_report(SEEDS, out, log=lambda _: None)


@pytest.fixture(scope="module")
def page(seeds_report):
    if importlib.util.find_spec("playwright") is None or not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        reason = "playwright or chromium is missing; `make test` installs chromium"
        pytest.fail(reason) if ON_CI else pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_LAUNCH_ARGS)
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        tab.requests = []
        tab.on("request", lambda r: tab.requests.append(r.url))
        tab.route(lambda url: not url.startswith(LOCAL_SCHEMES), lambda route: route.abort())
        yield tab
        browser.close()


def test_hovering_a_point_shows_its_sentence_and_clicking_opens_the_article_at_it(seeds_report, page):
    page.goto((seeds_report.out_dir / "02_troop_levels.html").as_uri())
    points = page.locator(".an-vega g.mark-symbol path")
    points.first.wait_for(state="visible", timeout=15000)
    assert points.count() >= 5
    points.first.hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5000)
    shown = tooltip.inner_text()
    troops = analysis.read_facts(seeds_report.facts_dir)["troop_levels"]
    fact = next(row for row in troops.to_dict("records") if row["quote"][:40] in " ".join(shown.split()))
    assert fact["fact_en"] in shown and "sentence (Arabic)" in shown
    points.first.click()
    page.wait_for_load_state("load")
    assert "/articles/" in page.url and page.url.endswith(f"#{fact['fact_id']}")
    mark = page.locator(f"mark#{fact['fact_id']}")
    assert mark.inner_text() == fact["text"]
    assert [u for u in page.requests if not u.startswith(LOCAL_SCHEMES)] == []


def test_hovering_a_step_of_the_history_says_who_reported_it_and_clicking_opens_its_article(seeds_report, page):
    page.goto((seeds_report.out_dir / "05_sources_and_claims.html").as_uri())
    chart = page.locator(".an-vega").first          # the history comes first in notebook 05
    steps = chart.locator("g.mark-symbol.role-mark path")      # the steps, not the legend's symbols
    steps.first.wait_for(state="visible", timeout=15000)
    assert steps.count() == 5
    steps.nth(3).hover()                              # the fourth step: about 2,500 in July 2021, four articles
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5000)
    shown = " ".join(tooltip.inner_text().split())
    assert "reported by" in shown and "×4" in shown and "and 1 more" in shown
    steps.nth(3).click()
    page.wait_for_load_state("load")
    assert "/articles/" in page.url and "#" in page.url


def test_the_chart_reads_its_library_from_the_report_folder_once(seeds_report):
    pages = [p.read_text(encoding="utf-8") for p in seeds_report.out_dir.glob("0*.html")]
    assert sum('<script src="js/vega-bundle.js"></script>' in p for p in pages) == 4   # 02, 03, 04, 05
    assert (seeds_report.out_dir / "js" / "vega-bundle.js").stat().st_size > 500_000
    assert not any("cdn.jsdelivr" in p or "unpkg.com/vega" in p for p in pages)


def test_the_timeline_table_is_searched_in_arabic_and_in_english(seeds_report, page):
    page.goto((seeds_report.out_dir / "04_timeline.html").as_uri())
    search = page.locator(".dt-search input, .dataTables_filter input").first
    search.wait_for(state="visible", timeout=15000)
    counts = {}
    for word in ("انسحاب", "withdrawal"):
        search.fill(word)
        page.wait_for_timeout(300)
        rows = page.locator("table.dataTable tbody tr")
        counts[word] = rows.count()
        assert word in rows.first.inner_text() or word in " ".join(rows.all_inner_texts())
    assert counts["انسحاب"] == counts["withdrawal"] >= 5


def test_no_seeds_page_shows_a_warning_or_an_error_output(seeds_report):
    for page in seeds_report.out_dir.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'data-mime-type="application/vnd.jupyter.stderr"' not in text, page.name
        assert "Traceback (most recent call last)" not in text, page.name
