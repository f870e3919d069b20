"""Streaming extraction (`extract_corpus(folder, out=…)`, `extract.stream`, `schema.TableWriter`):
rows held for a batch of articles only, and tables that are the same bytes as a run holding
everything in memory and writing it with `write_tables`."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import arabic_news.extract.stream as stream
import arabic_news.schema as schema
from arabic_news.cli import main
from arabic_news.errors import CorpusError, ParameterError
from arabic_news.extract import WrittenTables, extract_corpus, write_tables
from arabic_news.schema import FACT_TABLES, TABLES, TableWriter, frame_from_rows, read_table, write_table

FORMATS = ("csv", "parquet")


def _same_files(a: Path, b: Path) -> list[str]:
    """The names of the files that differ between two folders (or are in one only)."""
    names = {p.name for p in a.iterdir()} | {p.name for p in b.iterdir()}
    return sorted(n for n in names if not (a / n).is_file() or not (b / n).is_file()
                  or (a / n).read_bytes() != (b / n).read_bytes())


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def small_row_groups(monkeypatch):
    """Row groups of 7 rows, so the seeds' tables are cut into several."""
    monkeypatch.setattr(schema, "ROW_GROUP_ROWS", 7)


@pytest.mark.parametrize("format", FORMATS)
def test_streamed_seeds_are_the_bytes_of_the_tables_held_in_memory(seeds_dir, tmp_path, small_row_groups, format):
    write_tables(extract_corpus(seeds_dir), tmp_path / "memory", format)
    written = extract_corpus(seeds_dir, out=tmp_path / "streamed", format=format, run_articles=2)
    assert isinstance(written, WrittenTables)
    assert _same_files(tmp_path / "memory", tmp_path / "streamed") == []
    assert written.counts["articles"] == 5 and written.counts["events"] == len(read_table(tmp_path / "memory", "events"))


def test_articles_whose_ids_do_not_follow_their_files_are_merged_in_id_order(tmp_path):
    # Paths sort "a-b.txt" < "a.txt" ("-" before "."), ids "a" < "a-b"; records come in file order (10, 9, 2).
    body = "عنوان\n\nوقال مسؤول إن نحو {n} جندي أمريكي في العراق منذ عام 2014.\n"
    folder = _write(tmp_path / "corpus", {
        "a-b.txt": body.format(n=100), "a.txt": body.format(n=200), "a/c.txt": body.format(n=300),
        "b.jsonl": "\n".join(json.dumps({"id": i, "text": body.format(n=i * 10), "date": "2021-01-05"},
                                        ensure_ascii=False) for i in (10, 9, 2)) + "\n",
    })
    for format in FORMATS:
        write_tables(extract_corpus(folder), tmp_path / f"memory-{format}", format)
        extract_corpus(folder, out=tmp_path / f"streamed-{format}", format=format, run_articles=1)
        assert _same_files(tmp_path / f"memory-{format}", tmp_path / f"streamed-{format}") == []
    ids = read_table(tmp_path / "streamed-csv", "articles")["article_id"].tolist()
    assert ids == sorted(ids) and ids[:2] == ["a", "a-b"] and ids[-3:] == ["b.jsonl/10", "b.jsonl/2", "b.jsonl/9"]


def test_a_fraction_in_one_batch_makes_the_column_float_in_every_batch(tmp_path):
    first = [{"article_id": "a", "entity": "x", "count": 1}]
    second = [{"article_id": "b", "entity": "y", "count": 2.5}]
    runs = [stream.write_run(tmp_path / "runs", "run-0", {"articles": [{"article_id": "a"}], "mentions": first}),
            stream.write_run(tmp_path / "runs", "run-1", {"articles": [{"article_id": "b"}], "mentions": second})]
    assert [r.fractional["mentions"] for r in runs] == [(), ("count",)]
    for format in FORMATS:
        stream.merge_runs(tmp_path / "runs", runs, tmp_path / "merged", format)
        write_table(frame_from_rows("mentions", first + second), tmp_path / "whole" / f"mentions.{format}", format)
        assert (tmp_path / "merged" / f"mentions.{format}").read_bytes() == \
            (tmp_path / "whole" / f"mentions.{format}").read_bytes()
    assert (tmp_path / "merged" / "mentions.csv").read_text(encoding="utf-8-sig").splitlines()[1:] == \
        ["a,x,,,1.0", "b,y,,,2.5"]


@pytest.mark.parametrize("format", FORMATS)
def test_a_table_written_in_pieces_is_the_bytes_of_the_table_written_whole(tmp_path, small_row_groups, format):
    rows = [{"article_id": f"a{i:02d}", "entity": "x" if i % 3 else None, "count": i} for i in range(30)]
    whole = write_table(frame_from_rows("mentions", rows), tmp_path / f"whole.{format}", format, table="mentions")
    with TableWriter(tmp_path / f"pieces.{format}", "mentions", format) as writer:
        for start, end in ((0, 0), (0, 3), (3, 17), (17, 30)):
            writer.write(frame_from_rows("mentions", rows[start:end]))
    assert (tmp_path / f"pieces.{format}").read_bytes() == whole.read_bytes()


def test_an_empty_table_is_a_header_or_a_schema(tmp_path):
    for format in FORMATS:
        with TableWriter(tmp_path / f"attacks.{format}", "attacks", format):
            pass
        assert list(read_table(tmp_path, "attacks").columns) == TABLES["attacks"]
        (tmp_path / f"attacks.{format}").unlink()


def test_a_failed_write_leaves_no_file_behind(tmp_path):
    with pytest.raises(RuntimeError), TableWriter(tmp_path / "mentions.csv", "mentions") as writer:
        writer.write(frame_from_rows("mentions", [{"article_id": "a", "entity": "x", "count": 1}]))
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_rows_are_held_for_one_batch_of_articles_only(seeds_dir, tmp_path, monkeypatch):
    batches: list[int] = []
    real = stream.write_run

    def recording(folder, name, rows):
        batches.append(len(rows["articles"]))
        return real(folder, name, rows)

    monkeypatch.setattr(stream, "write_run", recording)
    extract_corpus(seeds_dir, out=tmp_path / "out", run_articles=2)
    assert batches == [2, 2, 1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]    # the runs' scratch folder is gone


def test_streaming_writes_nothing_when_every_file_is_bad(tmp_path):
    folder = _write(tmp_path / "corpus", {"a.txt": "", "b.txt": "English only."})
    with pytest.raises(CorpusError, match="none of its 2 files could be read"):
        extract_corpus(folder, out=tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_the_manifest_keeps_the_record_fields_and_the_skipped_record(tmp_path, monkeypatch):
    import arabic_news.extract as extract

    folder = _write(tmp_path / "corpus", {"api.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": 1, "body_ar": "عاد 300 جندي إلى القاعدة.", "day": "2021-01-05"},
        {"id": 2, "body_ar": "خبر يفشل استخراجه.", "day": "2021-01-06"},
        {"id": 3, "body_ar": "", "day": "2021-01-07"})) + "\n"})
    real = extract.extract_article
    monkeypatch.setattr(extract, "extract_article",
                        lambda a: (_ for _ in ()).throw(ValueError("boom")) if a.article_id.endswith("/2") else real(a))
    written = extract_corpus(folder, out=tmp_path / "out", text_field="body_ar", date_field="day")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["record_fields"] == {"text_field": "body_ar", "date_field": "day"}
    paths = [Path(s["path"]).name for s in manifest["skipped"]]
    assert paths == ["api.jsonl, line 3", "api.jsonl#L2"]    # the reader's skips, then the failure, by record
    assert "extraction failed (ValueError: boom)" in manifest["skipped"][1]["reason"]
    assert written.counts["articles"] == 1 and manifest["n_articles"] == 1


def test_the_report_reads_a_record_back_with_the_manifest_fields(tmp_path):
    from arabic_news.corpus import read_article_text
    from arabic_news.report.article_pages import write_article_pages

    folder = _write(tmp_path / "corpus", {"api.jsonl": json.dumps(
        {"id": 1, "body_ar": "عاد 300 جندي إلى القاعدة.", "day": "2021-01-05"}, ensure_ascii=False) + "\n"})
    extract_corpus(folder, out=tmp_path / "facts", text_field="body_ar")
    fields = json.loads((tmp_path / "facts" / "manifest.json").read_text(encoding="utf-8"))["record_fields"]
    assert read_article_text(folder, "api.jsonl#L1", **fields) == "عاد 300 جندي إلى القاعدة."
    tables = {name: read_table(tmp_path / "facts", name) for name in TABLES}
    (entry,) = write_article_pages(folder, tables, tmp_path / "report", record_fields=fields)
    assert "إلى القاعدة" in entry["path"].read_text(encoding="utf-8")


def test_progress_shows_articles_mb_per_second_and_skipped(seeds_dir, tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:2]:
        (tmp_path / "corpus" / path.name).write_bytes(path.read_bytes())
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    extract_corpus(tmp_path / "corpus", out=tmp_path / "out", progress=True)
    err = capsys.readouterr().err
    assert "3/3" in err and "article/s" in err and "MB/s" in err and "1 skipped" in err


def test_the_cli_streams_and_says_what_it_wrote(seeds_dir, tmp_path, capsys):
    assert main(["extract", str(seeds_dir), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "read 5 articles" in err and "events" in err
    write_tables(extract_corpus(seeds_dir), tmp_path / "memory")
    assert _same_files(tmp_path / "memory", tmp_path / "out") == []


def test_in_memory_and_streamed_runs_give_equal_frames(seeds_dir, tmp_path):
    held = extract_corpus(seeds_dir)
    streamed = extract_corpus(seeds_dir, out=tmp_path / "out").facts()
    for name in FACT_TABLES:
        pd.testing.assert_frame_equal(getattr(held, name), getattr(streamed, name))


@pytest.mark.parametrize("format", FORMATS)
def test_a_table_read_for_some_columns_and_rows_is_that_part_of_the_whole(seeds_dir, tmp_path, format, monkeypatch):
    write_tables(extract_corpus(seeds_dir), tmp_path, format)
    monkeypatch.setattr(schema, "READ_CHUNK_ROWS", 5)                  # several chunks of the CSV
    whole = read_table(tmp_path, "events")
    part = read_table(tmp_path, "events", columns=["article_id", "attribution"], present="attribution")
    expected = whole[whole["attribution"].notna()][["article_id", "attribution"]].reset_index(drop=True)
    assert len(part) > 0 and len(part) < len(whole)
    pd.testing.assert_frame_equal(part, expected)
    with pytest.raises(ParameterError, match="not columns of the events table"):
        read_table(tmp_path, "events", columns=["no_such_column"])
