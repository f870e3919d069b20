"""The Dask engine (`extract_corpus(…, engine="dask")`, `arabic-news extract --engine dask`): the same
per-article function on a cluster's workers, over parts of the folder's files, gives the tables of
the in-process engine, byte for byte."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import arabic_news.extract.engines as engines
from arabic_news.cli import main
from arabic_news.extract import extract_corpus, write_tables
from arabic_news.extract.engines import partition_files
from samples import sample_300

FORMATS = ("csv", "parquet")


def _differing(a: Path, b: Path) -> list[str]:
    names = {p.name for p in a.iterdir()} | {p.name for p in b.iterdir()}
    return sorted(n for n in names if not (a / n).is_file() or not (b / n).is_file()
                  or (a / n).read_bytes() != (b / n).read_bytes())


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster of two worker processes, shared by the tests of this module."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as running:
        yield running.scheduler_address


@pytest.mark.parametrize("format", FORMATS)
def test_the_dask_engine_gives_the_bytes_of_the_local_engine_on_the_seeds(seeds_dir, tmp_path, cluster, format):
    write_tables(extract_corpus(seeds_dir), tmp_path / "local", format)
    extract_corpus(seeds_dir, out=tmp_path / "dask", format=format, engine="dask", scheduler=cluster)
    assert _differing(tmp_path / "local", tmp_path / "dask") == []


def test_parts_of_one_file_each_still_give_the_same_tables(tmp_path, cluster, monkeypatch):
    # "a.TXT" and "a.txt" both have the id "a": in two parts, only reading in order can say which is
    # skipped, so the engine reads the corpus again in order.
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = "عنوان\n\nوقال مسؤول إن نحو {n} جندي أمريكي في العراق منذ عام 2014.\n"
    for i, name in enumerate(("a.TXT", "a.txt", "b.txt", "c.jsonl")):
        (folder / name).write_text(text.format(n=100 + i) if name != "c.jsonl" else
                                   '{"id": 2, "text": "عاد 300 جندي."}\n{"id": 1, "text": "عاد 200 جندي."}\n',
                                   encoding="utf-8")
    monkeypatch.setattr(engines, "PART_FILES", 1)
    write_tables(extract_corpus(folder), tmp_path / "local")
    written = extract_corpus(folder, out=tmp_path / "dask", engine="dask", scheduler=cluster)
    assert _differing(tmp_path / "local", tmp_path / "dask") == []
    assert [Path(e.path).name for e in written.skipped] == ["a.txt"]


def test_without_an_output_folder_the_dask_engine_returns_the_tables(seeds_dir, cluster):
    held = extract_corpus(seeds_dir)
    on_dask = extract_corpus(seeds_dir, engine="dask", scheduler=cluster)
    for name, frame in held.tables().items():
        assert frame.equals(getattr(on_dask, name)), name


def test_the_cli_starts_a_local_cluster_of_n_workers(seeds_dir, tmp_path, capsys):
    assert main(["extract", str(seeds_dir), "--out", str(tmp_path / "dask"), "--engine", "dask",
                 "--workers", "2", "--quiet"]) == 0
    assert "read 5 articles" in capsys.readouterr().err
    write_tables(extract_corpus(seeds_dir), tmp_path / "local")
    assert _differing(tmp_path / "local", tmp_path / "dask") == []


def test_workers_without_the_dask_engine_is_refused(seeds_dir, tmp_path, capsys):
    assert main(["extract", str(seeds_dir), "--out", str(tmp_path / "o"), "--workers", "2", "--quiet"]) == 2
    assert "--workers=2 needs --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_an_unreachable_scheduler_is_named(seeds_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(engines, "CONNECT_SECONDS", 1)
    assert main(["extract", str(seeds_dir), "--out", str(tmp_path / "o"), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9", "--quiet"]) == 2
    assert "scheduler='tcp://127.0.0.1:9' cannot be reached" in capsys.readouterr().err


def test_parts_are_contiguous_and_cover_every_file(tmp_path):
    files = [f"{i:03d}.txt" for i in range(50)]
    for i, name in enumerate(files):
        (tmp_path / name).write_bytes(b"x" * (100 if i % 10 else 5000))
    parts = partition_files(tmp_path, files, 2)
    assert [f for part in parts for f in part] == files
    assert len(parts) <= 2 * engines.PARTS_PER_WORKER


@pytest.mark.slow
@pytest.mark.parametrize("format", FORMATS)
def test_the_dask_engine_gives_the_bytes_of_the_local_engine_on_300_shared_articles(shared_corpus, tmp_path,
                                                                                   cluster, format):
    folder = sample_300(tmp_path / "sample")
    write_tables(extract_corpus(folder), tmp_path / "local", format)
    extract_corpus(folder, out=tmp_path / "dask", format=format, engine="dask", scheduler=cluster)
    assert _differing(tmp_path / "local", tmp_path / "dask") == []
