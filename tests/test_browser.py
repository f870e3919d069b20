"""The report in a real browser: Debian's chromium driven by Python playwright.

Builds a report from the fixture notebooks and facts in a temporary folder, then opens
index.html, a notebook report and an article page, and checks what a reader would see:
figures load, Arabic reads right to left and English left to right, the highlighted span
is the figure's text, the page makes no network request and no console error, and an
article holding ``<script>`` or an ``onerror`` attribute does not run it.

`playwright install` downloads a browser and is not needed: we use /usr/bin/chromium
(`apt-get install -y chromium`). Off CI a missing chromium skips these tests with that
hint; under CI=true it fails them.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from arabic_news import report, schema
from arabic_news.display import article_page_name

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "report"
CORPUS = FIXTURES / "corpus"
from conftest import CHROMIUM, ON_CI
from conftest import CHROMIUM_LAUNCH_ARGS as LAUNCH_ARGS
INSTALL_HINT = "install it with `apt-get install -y chromium` (and `pip install playwright`); `make test` does this"
# Schemes that never leave the machine: the page itself, inline data, and the itables bundle
# (injected from a base64 string as a blob: module).
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def _missing(reason: str):
    if ON_CI:
        pytest.fail(f"{reason}: the browser tests must run on CI; {INSTALL_HINT}")
    pytest.skip(f"{reason}; {INSTALL_HINT}")


@pytest.fixture(scope="module")
def browser():
    if importlib.util.find_spec("playwright") is None:
        _missing("playwright is not installed")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _missing(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("fixture_facts", FIXTURES / "fixture_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("browser-report")
    mp = pytest.MonkeyPatch()
    mp.setattr(report.build, "_extract_facts", module.write_fixture_facts)
    try:
        result = report.build_report(CORPUS, out, notebooks_dir=FIXTURES / "notebooks", log=lambda _: None)
    finally:
        mp.undo()
    return result


class Visit:
    """A page opened in the browser, with what it logged, requested and tried to pop up."""

    def __init__(self, browser, path: Path, fragment: str = ""):
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        # Anything that would leave the machine is recorded above and refused here.
        self.page.route(
            lambda url: not url.startswith(LOCAL_SCHEMES), lambda route: route.abort()
        )
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(800)

    def network(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]

    def errors(self) -> list[str]:
        return [c for c in self.console if not c.startswith("warning")]

    def direction(self, selector: str) -> str:
        return self.page.eval_on_selector(selector, "e => getComputedStyle(e).direction")

    def screenshot(self, path: Path) -> Path:
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self):
        self.page.close()


def _clean(visit: Visit) -> None:
    assert visit.network() == [], f"network requests: {visit.network()}"
    assert visit.errors() == [], f"console errors: {visit.errors()}"
    assert visit.dialogs == [], f"the page ran a dialog: {visit.dialogs}"


def test_index_loads_with_its_figures_and_links(browser, built, tmp_path):
    visit = Visit(browser, built.index_path)
    try:
        _clean(visit)
        page = visit.page
        assert page.locator("img.an-thumb").count() == 2
        assert page.eval_on_selector_all("img.an-thumb", "els => els.every(e => e.complete && e.naturalWidth > 0)")
        assert page.locator('a[href="01_overview.html"]').count() >= 1
        visit.screenshot(tmp_path / "index.png")
    finally:
        visit.close()


def test_notebook_report_reads_arabic_right_to_left_and_english_left_to_right(browser, built, tmp_path):
    visit = Visit(browser, built.out_dir / "01_overview.html")
    try:
        _clean(visit)
        page = visit.page
        assert page.eval_on_selector_all(
            ".jp-OutputArea-output img", "els => els.filter(e => e.complete && e.naturalWidth > 0).length"
        ) >= 1
        # The Arabic paragraph starts with "ISIS" and still reads right to left.
        arabic = page.locator("p", has_text="ISIS تبنت").first
        assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert arabic.evaluate("e => getComputedStyle(e).textAlign") in ("right", "start")
        english = page.locator("p", has_text="This English paragraph").first
        assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
        # Article text in a table is escaped: the <script> in a title is shown, not run.
        assert page.locator("td", has_text="<script>alert(1)</script>").count() == 1
        visit.screenshot(tmp_path / "01_overview.png")
    finally:
        visit.close()


def test_long_tables_are_interactive_offline_and_figures_are_svg(browser, built, tmp_path):
    visit = Visit(browser, built.out_dir / "02_figures.html")
    try:
        _clean(visit)
        page = visit.page
        page.wait_for_selector("table.dataTable", timeout=10_000)
        assert page.locator(".dt-search input").count() == 1
        page.fill(".dt-search input", "29")
        page.wait_for_timeout(300)
        assert page.locator("table.dataTable tbody tr").count() == 1
        assert page.locator(".jp-OutputArea-output img[src^='data:image/svg+xml']").count() >= 1
        # The Arabic-headed table puts its first column on the right.
        assert page.eval_on_selector("table.dataTable", "e => getComputedStyle(e).direction") == "rtl"
        visit.screenshot(tmp_path / "02_figures.png")
    finally:
        visit.close()


def test_a_figure_link_opens_its_article_with_the_span_highlighted(browser, built, tmp_path):
    facts = schema.read_table(built.facts_dir, "troop_levels")
    row = facts[facts["article_id"] == "alpha"].iloc[0]
    raw = (CORPUS / "alpha.txt").read_bytes().decode("utf-8")
    visit = Visit(browser, built.out_dir / "02_figures.html")
    try:
        link = visit.page.locator(f'a[href$="#{row.fact_id}"]').first
        link.click()
        visit.page.wait_for_load_state("load")
        assert visit.page.url.endswith(f"/articles/{article_page_name('alpha')}#{row.fact_id}")
        mark = visit.page.locator(f"mark[id='{row.fact_id}']")
        assert mark.text_content() == raw[int(row.start):int(row.end)]
        assert mark.evaluate("e => e.matches(':target')")
        sentence = mark.evaluate("e => e.closest('.an-sentence').textContent")
        assert sentence == row.quote
        assert visit.direction(".an-article-text p") == "rtl"
        _clean(visit)
        visit.screenshot(tmp_path / "article.png")
    finally:
        visit.close()


def test_an_article_holding_script_and_onerror_does_not_run_them(browser, built, tmp_path):
    page_path = built.out_dir / "articles" / article_page_name("evil")
    visit = Visit(browser, page_path)
    try:
        _clean(visit)
        page = visit.page
        assert page.locator("script").count() == 0
        assert page.locator("img").count() == 0
        text = page.locator(".an-article-text").text_content()
        assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
        visit.screenshot(tmp_path / "evil.png")
    finally:
        visit.close()
