"""Bad input through the real commands: `python -m arabic_news extract|report DIR --out OUT`.

The corpus in ``fixtures/robustness/corpus`` holds one file per kind of trouble (empty, binary,
Windows-1256, UTF-16, no Arabic, HTML in the text, a nested subfolder, a metadata.csv with an
unknown column, a bad date and a row for a missing file). The promise under test, from the
foundation and report issues: a clear error naming the file or parameter and the reason, exit 2
and no traceback for our errors, exit 0 when some files are skipped but others read; inputs never
modified, outputs whole (no temporary files left), one bad file never stops a batch, and article
text escaped on every HTML page.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from arabic_news.cli import main
from arabic_news.corpus import read_article

HERE = Path(__file__).parent
FIXTURE_DIR = HERE / "fixtures" / "robustness"
CORPUS = FIXTURE_DIR / "corpus"
from conftest import CHROMIUM, ON_CI
from conftest import CHROMIUM_LAUNCH_ARGS as LAUNCH_ARGS

READ = {"a_good", "d_windows1256", "e_utf16", "g_xss", "nested/deeper/h_nested"}
SKIPPED = {"b_empty.txt": "empty", "c_binary.txt": "binary", "f_english.txt": "no Arabic"}
XSS_RAW = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<script>alert(2)</script>")


def _load_generator():
    spec = importlib.util.spec_from_file_location("robustness_fixtures", FIXTURE_DIR / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree_hashes(folder: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file under `folder` (symlinks followed)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _leftovers(folder: Path) -> list[str]:
    """Temporary files a half-done write would leave: .part, .tmp, hidden files."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and (p.suffix in (".part", ".tmp") or p.name.startswith(".")))


def _run(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "arabic_news", *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A private copy of the robustness corpus (so a command that wrote into it could not hide)."""
    folder = tmp_path_factory.mktemp("robustness") / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture(scope="module")
def extracted(corpus, tmp_path_factory):
    before = _tree_hashes(corpus)
    out = tmp_path_factory.mktemp("extracted") / "facts"
    done = _run("extract", str(corpus), "--out", str(out))
    return done, out, before


@pytest.fixture(scope="module")
def reported(corpus, tmp_path_factory):
    before = _tree_hashes(corpus)
    out = tmp_path_factory.mktemp("reported") / "report"
    done = _run("report", str(corpus), "--out", str(out))
    return done, out, before


# --------------------------------------------------------------------------------------- the fixtures


def test_the_committed_fixtures_are_what_the_generator_writes():
    expected = _load_generator().fixtures()
    on_disk = {p.relative_to(CORPUS).as_posix(): p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()}
    assert on_disk == expected


# --------------------------------------------------------------------------------------- extract


def test_extract_reads_the_good_files_skips_the_bad_ones_by_name_and_exits_0(extracted):
    done, out, _ = extracted
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for name, reason in SKIPPED.items():
        line = next((ln for ln in done.stderr.splitlines() if name in ln), "")
        assert line.startswith("skipped") and reason in line, (name, done.stderr)
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", dtype=str)
    assert set(articles["article_id"]) == READ


def test_every_file_is_accounted_for_read_or_skipped_with_its_reason(extracted, corpus):
    _, out, _ = extracted
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    skipped = {Path(s["path"]).name: s["reason"] for s in manifest["skipped"]}
    assert set(skipped) == set(SKIPPED)
    assert all(reason.strip() for reason in skipped.values())
    n_txt = sum(1 for _ in corpus.rglob("*.txt"))
    assert manifest["n_articles"] + len(manifest["skipped"]) == n_txt


def test_encodings_are_detected_and_recorded(extracted):
    _, out, _ = extracted
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", dtype=str).set_index("article_id")
    assert articles.loc["d_windows1256", "encoding"] == "cp1256"
    assert articles.loc["e_utf16", "encoding"].startswith("utf-16")
    assert articles.loc["d_windows1256", "title"] == "البرلمان يناقش وجود القوات الأجنبية"
    assert articles.loc["e_utf16", "title"] == "تمديد مهمة التحالف"


def test_nested_subfolders_are_read_with_their_relative_path_as_id(extracted):
    _, out, _ = extracted
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", dtype=str).set_index("article_id")
    assert articles.loc["nested/deeper/h_nested", "path"] == "nested/deeper/h_nested.txt"
    assert articles.loc["nested/deeper/h_nested", "outlet"] == "Example Weekly"


def test_metadata_gives_outlet_and_date_and_a_bad_date_is_not_used(extracted):
    _, out, _ = extracted
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", dtype=str).set_index("article_id")
    assert articles.loc["a_good", "publication_date"] == "2023-03-12"
    assert articles.loc["a_good", "publication_date_basis"] == "metadata"
    assert articles.loc["g_xss", "publication_date_basis"] != "metadata"
    assert articles.loc["g_xss", "publication_date"] != "not-a-date"


def test_a_bad_metadata_date_is_named(extracted):
    _, out, _ = extracted
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", dtype=str).set_index("article_id")
    note = str(articles.loc["g_xss"].get("publication_date_note", ""))
    assert "'not-a-date', which is not a date" in note


def test_fact_spans_slice_the_raw_text_of_every_encoding(extracted, corpus):
    _, out, _ = extracted
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", dtype=str).set_index("article_id")
    n = 0
    for table in ("troop_levels", "attacks", "events"):
        frame = pd.read_csv(out / f"{table}.csv", encoding="utf-8-sig", dtype={"article_id": str})
        for row in frame.itertuples():
            raw = read_article(corpus / articles.loc[row.article_id, "path"], corpus_root=corpus).raw
            assert 0 <= row.start < row.end <= len(raw)
            assert raw[row.start:row.end] in row.quote
            n += 1
    assert n > 0


def test_extract_leaves_inputs_unchanged_and_outputs_whole(extracted, corpus):
    _, out, before = extracted
    assert _tree_hashes(corpus) == before
    assert _leftovers(out) == []


def test_extract_twice_gives_the_same_bytes(extracted, corpus, tmp_path):
    _, out, _ = extracted
    again = tmp_path / "again"
    assert main(["extract", str(corpus), "--out", str(again), "--quiet"]) == 0
    for table in ("articles", "troop_levels", "attacks", "events", "mentions"):
        assert (out / f"{table}.csv").read_bytes() == (again / f"{table}.csv").read_bytes(), table


# --------------------------------------------------------------------------------------- our errors


def _one_line_error(capsys, *needles: str) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    last = err.splitlines()[-1]
    for needle in needles:
        assert needle in last, (needle, err)
    return err


def test_a_missing_folder_is_named(tmp_path, capsys):
    for command in ("extract", "report"):
        assert main([command, str(tmp_path / "no_such_folder"), "--out", str(tmp_path / "o")]) == 2
        _one_line_error(capsys, "no_such_folder", "no such folder")
    assert not (tmp_path / "o").exists()


def test_an_empty_folder_is_named(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    for command in ("extract", "report"):
        assert main([command, str(tmp_path / "empty"), "--out", str(tmp_path / "o")]) == 2
        _one_line_error(capsys, "empty", "has no articles (no .txt, .html, .jsonl, .csv or .parquet files")


def test_a_folder_whose_every_file_is_bad_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(bytes(range(256)))
    assert main(["extract", str(folder), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    err = _one_line_error(capsys, "none of its 2 files could be read")
    assert "a.txt" in err and "b.txt" in err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("inside", [False, True], ids=["out-is-a-file", "out-inside-a-file"])
def test_an_output_folder_that_is_a_file_is_refused_before_anything_runs(corpus, tmp_path, capsys, inside):
    afile = tmp_path / "notes.txt"
    afile.write_text("keep me", encoding="utf-8")
    out = afile / "sub" if inside else afile
    assert main(["extract", str(corpus), "--out", str(out), "--quiet"]) == 2
    _one_line_error(capsys, "--out", "notes.txt", "not a folder")
    assert main(["report", str(corpus), "--out", str(out)]) == 2
    _one_line_error(capsys, "out_dir", "notes.txt", "not a folder")
    assert main(["report", str(corpus), "--out", str(tmp_path / "r"), "--facts", str(out)]) == 2
    _one_line_error(capsys, "facts_dir", "notes.txt", "not a folder")
    assert afile.read_text(encoding="utf-8") == "keep me"


def test_a_bad_date_stops_the_report_before_the_extraction(corpus, tmp_path, capsys):
    out = tmp_path / "r"
    assert main(["report", str(corpus), "--out", str(out), "--date-from", "2021-13-01"]) == 2
    err = _one_line_error(capsys, "date_from='2021-13-01'", "month 13", "YYYY-MM-DD")
    assert len(err.splitlines()) == 1 and not (out / "facts").exists()
    assert main(["report", str(corpus), "--out", str(out), "--date-from", "2022-01-01",
                 "--date-to", "2021-01-01"]) == 2
    _one_line_error(capsys, "date_from", "after date_to")
    assert not (out / "facts").exists()


def test_a_bad_notebooks_folder_and_jobs_are_named(corpus, tmp_path, capsys):
    assert main(["report", str(corpus), "--out", str(tmp_path / "r"), "--notebooks", str(tmp_path)]) == 2
    _one_line_error(capsys, "notebooks_dir", "no NN_name.ipynb")
    with pytest.raises(SystemExit) as stop:
        main(["report", str(corpus), "--out", str(tmp_path / "r"), "--jobs", "0"])
    assert stop.value.code == 2
    assert "--jobs" in capsys.readouterr().err


# --------------------------------------------------------------------------------------- the report


@pytest.mark.slow
def test_the_report_is_built_for_the_good_files(reported):
    done, out, _ = reported
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "skipped 3 files" in done.stderr
    for name in SKIPPED:
        assert name in done.stderr
    assert (out / "index.html").is_file()
    htmls = sorted(p.name for p in out.glob("0*.html"))
    assert len(htmls) == 6, htmls
    assert len(list((out / "articles").glob("*.html"))) == len(READ)
    assert (out / "timeline.json").is_file()
    assert list((out / "figures").glob("*.png"))


@pytest.mark.slow
def test_the_index_names_every_skipped_file_with_its_reason(reported):
    _, out, _ = reported
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "skipped files" in index
    for name, reason in SKIPPED.items():
        assert name in index and reason in index, name


@pytest.mark.slow
def test_the_report_leaves_inputs_unchanged_and_outputs_whole(reported, corpus):
    _, out, before = reported
    assert _tree_hashes(corpus) == before
    assert _leftovers(out) == []


@pytest.mark.slow
def test_article_text_that_looks_like_html_is_escaped_on_every_page(reported):
    _, out, _ = reported
    pages = [out / "index.html", *sorted(out.glob("0*.html")), *sorted((out / "articles").glob("*.html"))]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for raw in XSS_RAW:
            assert raw not in text, (page.name, raw)
        assert "<img src=x" not in text and "<img src=\"x\"" not in text, page.name
    xss_page = next((out / "articles").glob("g_xss-*.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xss_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in xss_page
    overview = (out / "01_corpus_overview.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in overview


@pytest.mark.slow
def test_no_page_runs_the_article_s_script_in_a_browser(reported):
    if importlib.util.find_spec("playwright") is None or not Path(CHROMIUM).is_file():
        if ON_CI:
            pytest.fail(f"playwright or {CHROMIUM} is missing on CI")
        pytest.skip(f"playwright or {CHROMIUM} is missing (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    _, out, _ = reported
    pages = [out / "index.html", out / "01_corpus_overview.html", out / "02_troop_levels.html",
             next((out / "articles").glob("g_xss-*.html"))]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            for path in pages:
                page = browser.new_page()
                dialogs: list[str] = []
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                page.goto(path.as_uri())
                page.wait_for_load_state("load")
                assert dialogs == [], (path.name, dialogs)
                assert page.locator('img[src="x"]').count() == 0, path.name
                page.close()
        finally:
            browser.close()


# --------------------------------------------------------------------------------------- regressions found at scale


def test_a_vague_range_in_nullable_integer_columns_is_drawn():
    """251 corpus articles: «ما بين ألفين إلى …» gives value empty, 2000–9999; as Int64 columns the
    middle of the range (5999.5) could not be filled in and notebook 02 failed."""
    from arabic_news import plotting

    frame = pd.DataFrame({
        "article_id": ["a", "b"], "force": ["us", "us"], "location": ["Iraq", "Iraq"],
        "kind": ["current", "current"],
        "value": pd.array([None, 2500], dtype="Int64"),
        "value_low": pd.array([2000, 2500], dtype="Int64"),
        "value_high": pd.array([9999, 2500], dtype="Int64"),
        "approx": [True, False], "qualifier": ["", ""],
        "as_of_start": ["2018-03-01", "2018-04-01"], "as_of_end": ["2018-03-01", "2018-04-01"],
    })
    fig = plotting.plot_troop_levels(frame, None, "en")
    assert fig.axes


# --------------------------------------------------------------------------------------- determinism


@pytest.mark.slow
def test_a_second_report_into_the_same_folder_gives_the_same_bytes(reported, corpus, tmp_path):
    """Figures, tables, timeline.json, article pages, executed notebooks, HTML and index: all the same.
    (Reports in two different folders differ only where the provenance names the folder.)"""
    done, out, _ = reported
    assert done.returncode == 0
    first = tmp_path / "first"
    shutil.copytree(out, first)
    again = _run("report", str(corpus), "--out", str(out))
    assert again.returncode == 0, again.stderr[-3000:]
    before, after = _tree_hashes(first), _tree_hashes(out)
    assert sorted(before) == sorted(after)
    assert [name for name in sorted(before) if before[name] != after[name]] == []
