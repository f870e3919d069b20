"""report: direction of HTML blocks, highlighted article pages, the batch run on fixture notebooks."""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from arabic_news import report, schema
from arabic_news.display import article_page_name
from arabic_news.errors import ArabicNewsError, ParameterError
from arabic_news.report import ReportError, bidi_html, build_report, highlight_html, render_html

FIXTURES = Path(__file__).parent / "fixtures" / "report"
CORPUS = FIXTURES / "corpus"


def load_fixture_facts():
    spec = importlib.util.spec_from_file_location("fixture_facts", FIXTURES / "fixture_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_fixture_facts


class _Elements(HTMLParser):
    """Text of the elements with an id, and a check that tags nest properly."""

    VOID = {"meta", "img", "br", "hr", "input", "link"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.text_by_id: dict[str, str] = {}
        self.errors: list[str] = []
        self.scripts = 0
        self.attrs_seen: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.attrs_seen.append((tag, attrs))
        if tag == "script":
            self.scripts += 1
        if tag in self.VOID:
            return
        self.stack.append((tag, attrs.get("id")))
        if attrs.get("id"):
            self.text_by_id.setdefault(attrs["id"], "")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data):
        for _, ident in self.stack:
            if ident:
                self.text_by_id[ident] += data


def _parse(markup: str) -> _Elements:
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    return parser


# --- direction of blocks -------------------------------------------------------------------------


def test_bidi_html_uses_the_majority_script_even_when_a_block_starts_with_latin():
    out = bidi_html("<p>ISIS تبنت الهجوم على القاعدة</p><p>The base was hit by three rockets.</p>")
    assert out == ('<p dir="rtl" lang="ar">ISIS تبنت الهجوم على القاعدة</p>'
                   '<p dir="ltr" lang="en">The base was hit by three rockets.</p>')


def test_bidi_html_keeps_an_explicit_dir_and_leaves_scripts_alone():
    source = '<div dir="rtl" lang="ar"><p>كلمة</p></div><script>if (a < b) { x = "نص"; }</script>'
    out = bidi_html(source)
    assert '<div dir="rtl" lang="ar">' in out
    assert '<script>if (a < b) { x = "نص"; }</script>' in out


def test_a_dataframe_with_arabic_headers_reads_right_to_left():
    table = ('<table class="dataframe"><thead><tr><th></th><th>المصدر</th><th>العدد</th></tr></thead>'
             '<tbody><tr><th>0</th><td>BBC</td><td>2500</td></tr></tbody></table>')
    tags = _parse(bidi_html(table)).attrs_seen
    assert tags[0][1]["dir"] == "rtl"
    first_cell = next(attrs for tag, attrs in tags if tag == "td")
    assert first_cell["dir"] == "ltr"  # BBC


# --- article text ---------------------------------------------------------------------------------


def test_highlight_marks_exactly_the_span_and_escapes_the_rest():
    raw = "عنوان <script>alert(1)</script>\nقال مسؤول إن نحو 2500 جندي باقون.\n"
    start = raw.index("نحو 2500 جندي")
    facts = [{"fact_id": "f1", "start": start, "end": start + len("نحو 2500 جندي"),
              "sentence_start": raw.index("قال"), "sentence_end": raw.index(".") + 1, "table": "troop_levels"}]
    markup = highlight_html(raw, facts)
    parsed = _parse(markup)
    assert parsed.scripts == 0 and not parsed.errors
    assert parsed.text_by_id["f1"] == "نحو 2500 جندي"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert '<span class="an-sentence">قال مسؤول إن <mark id="f1"' in markup


def test_crossing_and_nested_spans_stay_well_formed_and_keep_the_id_on_the_first_piece():
    raw = "abcdefghij\nklm"
    facts = [{"fact_id": "outer", "start": 0, "end": 8}, {"fact_id": "inner", "start": 2, "end": 4},
             {"fact_id": "cross", "start": 6, "end": 13}]
    parsed = _parse(highlight_html(raw, facts))
    assert not parsed.errors
    assert parsed.text_by_id["outer"] == "abcdefgh"
    assert parsed.text_by_id["inner"] == "cd"
    # "cross" starts inside "outer" and ends after it: its marked piece with the id is the part inside.
    assert parsed.text_by_id["cross"] == "gh"


def test_facts_with_impossible_offsets_are_listed_not_placed(tmp_path):
    import pandas as pd

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("نص قصير", encoding="utf-8")
    tables = {
        "articles": pd.DataFrame({"article_id": ["a"], "title": ["نص"], "path": ["a.txt"]}),
        "troop_levels": pd.DataFrame({"fact_id": ["bad"], "article_id": ["a"], "start": [3], "end": [99],
                                      "quote": [""], "value": [5]}),
    }
    entries = report.write_article_pages(tmp_path / "c", tables, tmp_path / "out")
    page = entries[0]["path"].read_text(encoding="utf-8")
    assert entries[0]["n_facts"] == 0
    assert "bad (troop_levels, offsets 3–99)" in page


# --- rendering one notebook -----------------------------------------------------------------------


def _small_notebook():
    nb = new_notebook(cells=[
        new_markdown_cell("# Title\n\nAn English paragraph.\n\n<div dir=\"rtl\" lang=\"ar\">\n\nفقرة عربية\n\n</div>"),
        new_code_cell("secret_code_line = 1", outputs=[nbformat.v4.new_output("stream", text="BBC قالت الوزارة إن القوات باقية\n")]),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def test_rendered_html_loads_nothing_from_the_network_and_hides_code_by_default():
    page = render_html(_small_notebook(), provenance={"library": "arabic_news test", "corpus fingerprint": "abc"})
    lowered = page.lower()
    for needle in ("require.js", "mathjax", "cdn.jsdelivr", "cdnjs", "unpkg", "<script src", "<link"):
        assert needle not in lowered, needle
    assert "secret_code_line" not in page
    assert '<pre dir="rtl" lang="ar">' in page
    assert re.search(r'<p dir="ltr" lang="en">An English paragraph.</p>', page)
    assert "corpus fingerprint" in page and "abc" in page


def test_show_code_includes_the_code_cells():
    assert "secret_code_line" in render_html(_small_notebook(), show_code=True)


def test_a_notebook_without_a_parameters_cell_is_refused():
    with pytest.raises(ArabicNewsError, match="no cell is tagged 'parameters'"):
        report.check_notebook_parameters(FIXTURES / "missing_parameters" / "01_no_parameters.ipynb")


# --- the batch report -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    mp = pytest.MonkeyPatch()
    mp.setattr(report.build, "_extract_facts", load_fixture_facts())
    lines: list[str] = []
    try:
        result = build_report(CORPUS, out, notebooks_dir=FIXTURES / "notebooks", log=lines.append)
    finally:
        mp.undo()
    return result, lines


@pytest.mark.slow
def test_every_notebook_is_executed_and_rendered(built):
    result, lines = built
    assert result.ok
    assert [n.name for n in result.notebooks] == ["01_overview", "02_figures"]
    for n in result.notebooks:
        assert n.executed_path.is_file() and n.html_path.is_file()
        page = n.html_path.read_text(encoding="utf-8")
        assert "Provenance" in page and result.corpus_fingerprint in page
        assert "require.js" not in page and "unpkg.com" not in page.replace("unpkg.com/dt_for_itables", "")
    assert any(line.startswith("  01_overview: ok") for line in lines)
    assert any(line.startswith("  02_figures: ok") for line in lines)


@pytest.mark.slow
def test_parameters_reach_the_notebooks(built):
    result, _ = built
    nb = nbformat.read(str(result.notebooks[0].executed_path), as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert f'facts_dir = "{result.facts_dir}"' in injected.source
    assert 'label_language = "ar"' in injected.source


@pytest.mark.slow
def test_index_links_reports_with_their_key_figures(built):
    result, _ = built
    index = result.index_path.read_text(encoding="utf-8")
    assert 'href="01_overview.html"' in index and 'href="02_figures.html"' in index
    assert "troop levels" in index and "best-attested troop figure" in index
    assert result.key_figures["articles"] == "3" and result.key_figures["troop levels"] == "4"   # as shown
    # Three articles, each giving its own figure: none is a headline (two independent articles must report it).
    assert result.key_figures["best-attested troop figure"].startswith(
        "none: no current troop figure is reported by 2 independent articles or more")
    assert index.count('class="an-thumb"') == 2
    for a in ("alpha", "sub/beta", "evil"):
        assert f'href="articles/{article_page_name(a)}"' in index


@pytest.mark.slow
def test_the_index_headline_is_read_from_the_claims_table_and_every_page_lists_the_corrections(tmp_path, monkeypatch):
    # The claims table extract wrote is the one the index reads: a headline changed in claims.csv (here, the
    # 900 claim made two independent articles') is the headline shown, never recomputed from the facts.
    write_fixture_facts = load_fixture_facts()

    def extract_then_edit(corpus_dir, facts_dir):
        tables = write_fixture_facts(corpus_dir, facts_dir)
        claims = schema.read_table(facts_dir, "claims")
        row = (claims["table"] == "troop_levels") & (claims["value"] == 900)
        claims.loc[row, ["n_articles", "n_independent"]] = 2
        schema.write_table(claims, Path(facts_dir) / "claims.csv")
        fact = tables["troop_levels"].iloc[0]
        applied = pd.DataFrame([{"line": 2, "fact_id": fact["fact_id"], "table": "troop_levels",
                                 "article_id": fact["article_id"], "action": "set", "column": "value",
                                 "old_value": "2000", "new_value": "2500", "reason": "misread «2000»"}])
        schema.write_table(schema.typed("corrections_applied", applied), Path(facts_dir) / "corrections_applied.csv")

    monkeypatch.setattr(report.build, "_extract_facts", extract_then_edit)
    result = build_report(CORPUS, tmp_path, notebooks_dir=FIXTURES / "notebooks", log=lambda _: None)
    assert result.key_figures["best-attested troop figure"] == (
        "about 900 US troops in Iraq, July 2021, reported by 2 articles (2 independent)")
    line = "corrections.csv line 2: troop_levels fact"
    index = result.index_path.read_text(encoding="utf-8")
    assert "Corrections applied" in index and line in index and "value 2000 → 2500, because: misread «2000»" in index
    for notebook in result.notebooks:      # every page lists them at its end, in its provenance
        page = notebook.html_path.read_text(encoding="utf-8")
        assert page.index("corrections applied") > page.index("Provenance") and line in page, notebook.name


@pytest.mark.slow
def test_report_tables_link_figures_to_article_pages_that_highlight_them(built):
    result, _ = built
    facts = schema.read_table(result.facts_dir, "troop_levels")
    page_html = (result.out_dir / "02_figures.html").read_text(encoding="utf-8")
    for row in facts.itertuples():
        href = f"articles/{article_page_name(row.article_id)}#{row.fact_id}"
        assert f'href="{href}"' in page_html
        raw = (CORPUS / f"{row.article_id}.txt").read_bytes().decode("utf-8")
        article = _parse((result.out_dir / href.split("#")[0]).read_text(encoding="utf-8"))
        assert article.text_by_id[row.fact_id] == raw[row.start:row.end]


@pytest.mark.slow
def test_article_text_is_escaped(built):
    result, _ = built
    page = (result.out_dir / "articles" / article_page_name("evil")).read_text(encoding="utf-8")
    parsed = _parse(page)
    assert parsed.scripts == 0
    assert not any(tag == "img" for tag, _ in parsed.attrs_seen)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.slow
def test_a_failing_notebook_fails_the_run_by_name_and_the_others_finish(tmp_path, monkeypatch):
    monkeypatch.setattr(report.build, "_extract_facts", load_fixture_facts())
    with pytest.raises(ReportError) as err:
        build_report(CORPUS, tmp_path, notebooks_dir=FIXTURES / "failing_notebooks", log=lambda _: None)
    message = str(err.value)
    assert "02_broken" in message and "ValueError: fixture failure on purpose" in message
    assert "01_ok" not in message and "03_also_ok" not in message
    result = err.value.result
    assert [n.ok for n in result.notebooks] == [True, False, True]
    assert (tmp_path / "01_ok.html").is_file() and (tmp_path / "03_also_ok.html").is_file()
    broken = nbformat.read(str(tmp_path / "02_broken.ipynb"), as_version=4)
    assert any("An Exception was encountered" in c.source for c in broken.cells)  # papermill's marker
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    # The index names the failed report with its reason on one line, above the reports that rendered.
    assert 'class="an-failed-box"' in index and "ValueError: fixture failure on purpose" in index
    assert index.index("an-failed-box") < index.index('href="01_ok.html"')
    assert "Traceback" not in index
    assert not list(tmp_path.glob(".*.part")) and not list(tmp_path.glob(".*.ipynb"))


def test_bad_arguments_stop_before_any_notebook_runs(tmp_path):
    with pytest.raises(ParameterError, match="label_language"):
        build_report(CORPUS, tmp_path, label_language="fr", notebooks_dir=FIXTURES / "notebooks")
    with pytest.raises(ParameterError, match="month 13"):
        build_report(CORPUS, tmp_path, date_from="2021-13-01", notebooks_dir=FIXTURES / "notebooks")
    with pytest.raises(ParameterError, match="arabic-news extract"):
        build_report(CORPUS, tmp_path, extract=False, facts_dir=tmp_path / "nofacts",
                     notebooks_dir=FIXTURES / "notebooks")


@pytest.mark.slow
def test_executed_copies_and_pages_are_whole_files_with_ordinary_permissions(built):
    import os

    result, _ = built
    mask = os.umask(0)
    os.umask(mask)
    written = [n.executed_path for n in result.notebooks] + [n.html_path for n in result.notebooks]
    written += [result.index_path, *result.article_pages]
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask, path
    leftovers = [p.name for p in result.out_dir.rglob(".*") if p.is_file()]
    assert leftovers == []  # no temporary copy of a notebook or a page is left behind


# --- where the words live -------------------------------------------------------------------------


def _arabic_literals(path: Path) -> list[str]:
    """String literals holding Arabic letters, docstrings excepted (comments may quote Arabic)."""
    import ast
    import io
    import tokenize

    source = path.read_text(encoding="utf-8")
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(getattr(first.value, "value", None), str):
                docstrings.add((first.lineno, first.col_offset))
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [f"{path.name}:{tok.start[0]}: {tok.string}" for tok in tokens
            if tok.type in kinds and re.search("[\u0600-\u06ff]", tok.string) and tok.start not in docstrings]


def test_report_plotting_display_and_params_hold_no_arabic_literal_outside_rules():
    package = Path(report.__file__).resolve().parents[1]
    files = [*(package / "report").glob("*.py"), *(package / "plotting").glob("*.py"),
             package / "display.py", package / "params.py"]
    assert len(files) > 10
    assert [hit for path in files for hit in _arabic_literals(path)] == []
