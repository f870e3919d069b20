"""What the reader keeps per article stays small, and gives the same answers: metadata.csv rows are
looked up in the file (`corpus.metadata.MetadataFile`, the rows of `MetadataIndex` over the whole
table), and the ids already read are kept as hashes (a clash still names the earlier article)."""

from __future__ import annotations

import pytest

from arabic_news.corpus import load_corpus
from arabic_news.corpus.metadata import MetadataFile, MetadataIndex, metadata_index, read_metadata
from arabic_news.errors import CorpusError

TRICKY = (
    "\ufeffFile,Date,Outlet,notes\r\n"
    "2020/a.txt,2020-01-01,First,\"two\r\nlines\"\r\n"
    "2020/a.txt,2020-09-09,Second row of the same file (ignored),\r\n"
    "./2021/a.txt,2021-02-02,Dot slash,\r\n"
    "b,2019-05-05,A bare id,\r\n"
    "\r\n"
    " , ,blank file value,\r\n"
    "stem-only.TXT,2018-03-03,A bare name,\r\n"
    "x/dup,2017-01-01,Id of a folder,\r\n"
    "twice.txt,2016-01-01,One stem,\r\n"
    "other/twice.txt,2016-02-02,Same stem in a folder,\r\n"
    "short,2015-01-01\r\n"
    "عربي/خبر.txt,2014-04-04,عربي,\r\n"
)
PROBES = ["2020/a.txt", "2021/a.txt", "b.txt", "news/b.txt", "c/stem-only.txt", "stem-only.txt", "x/dup.txt",
          "elsewhere/twice.txt", "twice.txt", "short.txt", "z/short.txt", "عربي/خبر.txt", "nothing.txt", "2020/a"]


def test_the_file_backed_index_gives_the_rows_of_the_whole_table(tmp_path):
    (tmp_path / "metadata.csv").write_text(TRICKY, encoding="utf-8", newline="")
    whole, on_file = MetadataIndex(read_metadata(tmp_path)), MetadataFile(str(tmp_path / "metadata.csv"))
    for ambiguous in (frozenset(), frozenset({"stem-only", "twice", "short"})):
        for relpath in PROBES:
            assert on_file.row(relpath, ambiguous) == whole.row(relpath, ambiguous), (relpath, ambiguous)
    assert on_file.row("2020/a.txt")["outlet"] == "First" and on_file.row("2020/a.txt")["notes"] == "two\r\nlines"
    assert on_file.row("news/b.txt")["published"] == "2019-05-05"


def test_the_reader_uses_the_file_backed_index(tmp_path):
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "a.txt").write_text("عنوان\n\nقال الوزير إن القوات باقية.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(TRICKY, encoding="utf-8", newline="")
    assert isinstance(metadata_index(tmp_path), MetadataFile)
    (article,) = list(load_corpus(tmp_path))
    assert article.metadata["published"] == "2020-01-01"


@pytest.mark.parametrize("content, message", [
    (b"date,outlet\n2018-01-01,x\n", "has no file column"),
    ("file,title\na.txt,عنوان\n".encode("cp1256"), "is not UTF-8 text"),
])
def test_a_bad_metadata_file_is_a_corpus_error_naming_it(tmp_path, content, message):
    (tmp_path / "a.txt").write_text("عنوان\n\nقال الوزير إن القوات باقية.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_bytes(content)
    with pytest.raises(CorpusError, match=rf"metadata\.csv: {message}"):
        list(load_corpus(tmp_path))


def test_an_id_read_twice_names_the_earlier_file(tmp_path):
    for name in ("b.TXT", "b.txt", "c.txt"):
        (tmp_path / name).write_text("عنوان\n\nقال الوزير إن القوات باقية.", encoding="utf-8")
    reader = load_corpus(tmp_path)
    assert [a.relpath for a in reader] == ["b.TXT", "c.txt"]
    assert [e.reason for e in reader.skipped] == ["its article id 'b' is already the id of b.TXT; rename one of them"]


def test_ids_with_the_same_hash_do_not_clash(tmp_path, monkeypatch):
    import arabic_news.corpus.reader as reader_module

    record = '{{"id": "{}", "text": "عاد 300 جندي إلى القاعدة."}}'
    (tmp_path / "api.jsonl").write_text("\n".join(record.format(i) for i in ("7", "8")) + "\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("عنوان\n\nقال الوزير إن القوات باقية.", encoding="utf-8")
    monkeypatch.setattr(reader_module, "hash", lambda value: 42, raising=False)
    reader = load_corpus(tmp_path)
    assert [a.article_id for a in reader] == ["a", "api.jsonl/7", "api.jsonl/8", "b"] and reader.skipped == []
