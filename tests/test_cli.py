"""The command line: `arabic-news extract` and `python -m arabic_news extract`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from arabic_news.cli import build_parser, main


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text("عنوان\n\nويوجد نحو 2500 جندي أمريكي في العراق منذ عام 2014.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe\x00")
    return folder


def test_extract_writes_the_fact_and_claim_tables_and_a_summary_naming_the_skipped_file(corpus, tmp_path, capsys):
    out = tmp_path / "facts"
    assert main(["extract", str(corpus), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "broken.txt" in err and "skipped 1" in err
    assert "troop_levels" in err and "read 1 article" in err
    names = sorted(p.name for p in out.iterdir())
    assert names == ["articles.csv", "attacks.csv", "citations.csv", "claims.csv", "conflicts.csv",
                     "corrections_applied.csv", "events.csv", "figure_history.csv", "manifest.json", "mentions.csv",
                     "troop_levels.csv", "wire_copies.csv"]
    assert "claims" in err and "conflicts" in err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["n_articles"] == 1 and manifest["tables"]["troop_levels"] == 1


def test_parquet_format(corpus, tmp_path):
    out = tmp_path / "pq"
    assert main(["extract", str(corpus), "--out", str(out), "--format", "parquet", "--quiet"]) == 0
    assert (out / "troop_levels.parquet").exists()


def test_our_errors_print_a_message_without_traceback_and_exit_2(tmp_path, capsys):
    missing = tmp_path / "no_such_folder"
    assert main(["extract", str(missing), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "no_such_folder" in err and "Traceback" not in err


def test_errors_raise_stops_at_the_first_broken_file(corpus, tmp_path, capsys):
    assert main(["extract", str(corpus), "--out", str(tmp_path / "o"), "--errors", "raise", "--quiet"]) == 2
    assert "broken.txt" in capsys.readouterr().err
    assert not (tmp_path / "o" / "troop_levels.csv").exists()


def test_a_command_is_required_and_extract_needs_out():
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args([])
    with pytest.raises(SystemExit):
        parser.parse_args(["extract", "seeds"])


def test_python_dash_m_runs_the_same_command(corpus, tmp_path):
    out = tmp_path / "m"
    done = subprocess.run([sys.executable, "-m", "arabic_news", "extract", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "article" in done.stderr and (out / "events.csv").exists()


@pytest.mark.slow
def test_report_exits_non_zero_naming_a_failed_notebook_after_rendering_the_others(corpus, tmp_path, capsys):
    from pathlib import Path

    notebooks = Path(__file__).parent / "fixtures" / "report" / "failing_notebooks"
    out = tmp_path / "report"
    status = main(["report", str(corpus), "--out", str(out), "--notebooks", str(notebooks)])
    err = capsys.readouterr().err
    assert status != 0 and "02_broken" in err and "fixture failure on purpose" in err
    assert (out / "01_ok.html").is_file() and (out / "03_also_ok.html").is_file() and (out / "index.html").is_file()
