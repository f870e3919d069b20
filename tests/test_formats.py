"""Real archive formats: saved web pages, JSON Lines, CSV/TSV and Parquet, good records and bad ones."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from arabic_news.cli import main
from arabic_news.corpus import (
    article_kind,
    corpus_fingerprint,
    list_article_files,
    load_corpus,
    read_article,
    read_article_at,
    read_article_text,
    record_fields,
)
from arabic_news.corpus.web_pages import declared_date, decode_page
from arabic_news.errors import ArticleError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
import make_format_fixtures as made  # noqa: E402  (the generator of the fixtures, committed beside them)

FORMATS = FIXTURES / "formats"
ARCHIVE = FORMATS / "archive"
PAGES = ARCHIVE / "pages"


@pytest.fixture(scope="module")
def archive():
    """Every article of the archive fixture by id, and the reader (with its skipped list)."""
    reader = load_corpus(ARCHIVE)
    return {a.article_id: a for a in reader}, reader


def _skipped(reader) -> dict[str, str]:
    """{file (relative), where: reason} of every skipped file or record."""
    return {e.path.replace(str(ARCHIVE) + "/", ""): e.reason for e in reader.skipped}


def _blocks(article) -> list[str]:
    return [article.text(s) for s in article.body_blocks]


def test_committed_format_fixtures_are_what_the_generator_writes():
    for relpath, data in made.fixtures().items():
        assert (FORMATS / relpath).read_bytes() == data, f"re-run tests/fixtures/make_format_fixtures.py ({relpath})"


# --------------------------------------------------------------------------- which files are articles


def test_every_format_is_listed_and_metadata_csv_never_is(tmp_path):
    for name in ("a.txt", "b.HTML", "c.htm", "d.jsonl", "e.ndjson", "f.csv", "g.tsv", "h.parquet",
                 "metadata.csv", "sub/metadata.csv", "notes.md", "data.json", ".hidden.jsonl"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert list_article_files(tmp_path) == ["a.txt", "b.HTML", "c.htm", "d.jsonl", "e.ndjson", "f.csv",
                                            "g.tsv", "h.parquet"]
    assert [article_kind(n) for n in ("x.Txt", "x.htm", "x.ndjson", "x.tsv", "x.parquet", "x.json")] == [
        "text", "web_page", "jsonl", "tsv", "parquet", None]


def test_read_article_refuses_a_file_of_many_articles_and_says_what_to_use():
    with pytest.raises(ArticleError, match=r"news_api\.jsonl: holds many articles \(jsonl\): open its folder "
                                           "with load_corpus"):
        read_article(ARCHIVE / "records" / "news_api.jsonl")


# --------------------------------------------------------------------------- saved web pages


@pytest.mark.parametrize("name, title, body, subheadings", [
    ("gulf_daily.html", made.GULF_TITLE, made.GULF_BODY, ["هجمات متكررة"]),
    ("levant_agency.htm", made.LEVANT_TITLE, made.LEVANT_BODY, []),
    ("satellite_channel.html", made.CHANNEL_TITLE, made.CHANNEL_BODY, ["تصعيد متبادل"]),
    ("maghreb_daily.html", made.MAGHREB_TITLE, made.MAGHREB_BODY, []),
])
def test_a_page_keeps_its_title_and_main_text_and_leaves_the_site_chrome_behind(archive, name, title, body,
                                                                               subheadings):
    article = archive[0][f"pages/{name}"]
    assert article.title == title
    blocks = _blocks(article)
    assert blocks[0] == title
    assert [b for b in body if b not in blocks] == []          # every paragraph, whole, in order
    assert [blocks.index(b) for b in body] == sorted(blocks.index(b) for b in body)
    assert [article.text(s) for s in article.subheadings] == subheadings
    assert [phrase for phrase in made.CHROME if phrase in article.raw] == []
    assert "التعليقات" not in article.raw and "الكلمات المفتاحية" not in article.raw


def test_an_inline_read_also_link_in_a_page_is_set_aside_as_chrome(archive):
    article = archive[0]["pages/satellite_channel.html"]
    assert [(s.label, article.text(s)) for s in article.boilerplate] == [
        ("read_also_link", "اقرأ أيضاً: واشنطن تعلن عقوبات جديدة")]
    assert "واشنطن تعلن عقوبات جديدة" not in " ".join(_blocks(article))


@pytest.mark.parametrize("name, published, where, outlet, encoding", [
    ("gulf_daily.html", "2021-03-14", "json-ld datePublished", "أخبار الخليج اليوم", "utf-8"),
    ("levant_agency.htm", "2018-05-16", "meta pubdate", "وكالة أنباء المشرق", "cp1256"),
    ("satellite_channel.html", "2019-12-29", "time datePublished", "قناة المشرق الإخبارية", "utf-8"),
    ("maghreb_daily.html", None, None, "الصباح المغاربي", "utf-8-sig"),
])
def test_a_page_gives_its_declared_date_outlet_and_encoding(archive, name, published, where, outlet, encoding):
    article = archive[0][f"pages/{name}"]
    assert article.metadata.get("published") == published
    assert article.metadata.get("published_from") == where
    assert article.metadata.get("outlet") == outlet
    assert article.encoding == encoding


def test_a_date_written_only_in_the_page_text_is_not_its_publication_date(archive):
    article = archive[0]["pages/maghreb_daily.html"]
    assert "2020-11-05" in article.raw and "published" not in article.metadata


def test_metadata_csv_wins_over_what_the_page_says(tmp_path):
    (tmp_path / "page.html").write_bytes((PAGES / "gulf_daily.html").read_bytes())
    (tmp_path / "metadata.csv").write_text("file,outlet,date\npage.html,Our label,2021-03-15\n", encoding="utf-8")
    article = next(iter(load_corpus(tmp_path)))
    assert (article.metadata["outlet"], article.metadata["published"]) == ("Our label", "2021-03-15")
    assert article.metadata["url"] == "https://gulf-today.example/news/ain-al-asad-withdrawal"


def test_a_page_keeps_its_suffix_in_its_id_and_its_sha1_is_of_the_extracted_text(archive):
    article = archive[0]["pages/gulf_daily.html"]
    assert article.relpath == "pages/gulf_daily.html"
    assert article.sha1 == hashlib.sha1(article.raw.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name, reason", [
    ("section_index.html", "no article text found in the page (an index, gallery or empty page?)"),
    ("english_edition.html", "no Arabic letters (is this the English edition?)"),
])
def test_a_page_without_an_arabic_article_is_skipped_by_name(archive, name, reason):
    assert _skipped(archive[1])[f"pages/{name}"] == reason


def test_a_wrong_charset_declaration_gives_way_to_the_bytes():
    html = '<html><head><meta charset="windows-1256"></head><body><p>جندي</p></body></html>'
    assert decode_page(html.encode("utf-8"), name="x.html") == (html, "utf-8")


@pytest.mark.parametrize("html, found", [
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
     '{"@type": "NewsArticle", "datePublished": "2020-05-01T10:00:00Z"}]}</script>', ("2020-05-01", "json-ld datePublished")),
    ('<meta name="DC.date.issued" content="2019-02-03">', ("2019-02-03", "meta dc.date.issued")),
    ('<meta property="article:published_time" content="Sun, 14 Mar 2021 09:30:00 GMT">',
     ("2021-03-14", "meta article:published_time")),
    ('<time pubdate datetime="2018-07-08">8 يوليو</time>', ("2018-07-08", "time datePublished")),
    ('<time datetime="2018-07-08T10:00">x</time><time datetime="2018-07-08T12:00">y</time>',
     ("2018-07-08", "time element")),
    ('<link rel="canonical" href="https://x.example/ar/2017/3/9/story">', ("2017-03-09", "canonical url")),
    ('<time datetime="2018-07-08">x</time><time datetime="2018-07-09">y</time>', None),   # which one?
    ("<p>نشر في 2020-11-05</p>", None),
    ('<meta name="date" content="not a date">', None),
])
def test_the_declared_date_comes_from_markup_only(html, found):
    assert declared_date(f"<html><head></head><body>{html}</body></html>") == found


def test_an_xhtml_page_s_date_is_found_past_its_xml_declaration():
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><head><meta name="pubdate" content="2016-10-02"></head></html>'
    assert declared_date(page) == ("2016-10-02", "meta pubdate")


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_records_become_articles_with_ids_paths_titles_and_metadata(archive):
    article = archive[0]["records/news_api.jsonl/gulf-0001"]
    assert article.relpath == "records/news_api.jsonl#L1"
    assert article.path == (ARCHIVE / "records" / "news_api.jsonl").absolute()
    assert article.raw == made.API_1["title"] + "\n\n" + made.API_1["body"]
    assert article.title == made.API_1["title"]
    assert _blocks(article)[1:] == made.API_1["body"].split("\n\n")
    assert {k: article.metadata[k] for k in ("published", "outlet", "url", "title", "author", "id")} == {
        "published": "2021-06-02T08:15:00Z", "outlet": "شبكة الأخبار العربية", "url": "https://news.example/a/1",
        "title": made.API_1["title"], "author": "فريق التحرير", "id": "gulf-0001"}
    assert "body" not in article.metadata
    assert article.sha1 == hashlib.sha1(article.raw.encode("utf-8")).hexdigest()


def test_a_record_s_line_ends_are_translated_and_recorded(archive):
    article = archive[0]["records/news_api.jsonl/gulf-0002"]
    assert "\r" not in article.raw and article.line_ends == "\r\n"


def test_fields_are_recognised_by_their_other_common_names(archive):
    article = archive[0]["records/news_api.jsonl/7"]       # headline, content, date, link; ASCII-escaped JSON
    assert article.title == made.API_OTHER_NAMES["headline"]
    assert article.metadata["published"] == "2021-06-05"
    assert article.metadata["url"] == "https://news.example/a/7"


def test_a_record_without_an_id_is_named_by_its_path(archive):
    article = archive[0]["records/news_api.jsonl#L11"]
    assert article.relpath == "records/news_api.jsonl#L11"


def test_bad_jsonl_records_are_named_with_file_and_line_and_the_rest_is_read(archive):
    articles, reader = archive
    skipped = _skipped(reader)
    where = "records/news_api.jsonl, line"
    assert skipped[f"{where} 3"].startswith("not JSON (Unterminated string")
    assert skipped[f"{where} 3"].endswith("a broken line")
    assert skipped[f"{where} 4"] == "not a JSON object but a list (one article per line, as {...})"
    assert skipped[f"{where} 6"] == "no text (field 'body' is empty)"
    assert skipped[f"{where} 7"] == "no Arabic letters (is this the English edition?)"
    assert skipped[f"{where} 8"].startswith("id 'gulf-0001' repeats the record on line 1; skipped")
    assert skipped[f"{where} 9"] == "field 'body' holds no text but a value of type int"
    assert skipped[f"{where} 12"] == "undecodable bytes in this line"
    assert f"{where} 5" not in skipped                       # a blank line is no record
    assert sorted(a.relpath for a in articles.values() if "news_api" in a.relpath) == [
        "records/news_api.jsonl#L1", "records/news_api.jsonl#L10", "records/news_api.jsonl#L11",
        "records/news_api.jsonl#L2"]


def test_errors_raise_stops_at_the_first_bad_record(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "خبر أول."}\n{"text": ""}\n{"text": "خبر ثالث."}\n',
                                      encoding="utf-8")
    reader = load_corpus(tmp_path, errors="raise")
    with pytest.raises(ArticleError, match=r"a\.jsonl, line 2: no text \(field 'text' is empty\)"):
        list(reader)


def test_a_utf16_jsonl_is_decoded_as_a_text_file_would_be(archive):
    article = archive[0]["records/utf16_export.jsonl/u-1"]
    assert article.encoding == "utf-16" and article.title == "مناورات مشتركة في الصحراء"


def test_one_stray_byte_in_a_utf8_jsonl_spoils_only_its_line(tmp_path):
    lines = [json.dumps({"id": n, "text": f"قال الوزير إن {n} جنود عادوا."}, ensure_ascii=False) for n in range(3)]
    data = "\n".join(lines).encode("utf-8").replace("عادوا".encode(), b"\xe9", 1)
    (tmp_path / "a.jsonl").write_bytes(data)
    reader = load_corpus(tmp_path)
    assert [a.article_id for a in reader] == ["a.jsonl/1", "a.jsonl/2"]
    assert [(e.path, e.reason) for e in reader.skipped] == [(f"{tmp_path}/a.jsonl, line 1",
                                                              "undecodable bytes in this line")]


# --------------------------------------------------------------------------- CSV and TSV


def test_a_csv_row_over_several_lines_is_one_article_at_the_line_it_starts(archive):
    article = archive[0]["records/scraper.csv/101"]
    assert article.relpath == "records/scraper.csv#L2"
    assert article.raw == made.CSV_ROWS[0][1] + "\n\n" + made.CSV_ROWS[0][2].replace("\r\n", "\n")
    assert article.line_ends == "\r\n" and '"الانفجار وقع صباح الاثنين"' in article.raw
    assert article.metadata["outlet"] == "وكالة الرافدين" and article.metadata["published"] == "2020-02-10"
    assert archive[0]["records/scraper.csv/104"].relpath == "records/scraper.csv#L8"   # after a blank line


def test_bad_csv_rows_are_named_with_line_and_row_and_the_rest_is_read(archive):
    skipped = _skipped(archive[1])
    assert skipped["records/scraper.csv, line 5 (row 2)"] == "no text (field 'content' is empty)"
    assert skipped["records/scraper.csv, line 6 (row 3)"] == (
        "7 fields but the header names 6 (an unquoted comma or tab in the text?)")


def test_a_csv_without_a_text_column_is_skipped_naming_its_columns(archive):
    assert _skipped(archive[1])["records/no_text_column.csv"] == (
        "no text field (looked for text, body, content, article_text, full_text, maintext, article_body; "
        "name yours with text_field=, --text-field); its fields are: 'id', 'title', 'date'; the file was skipped")


def test_a_windows_1256_csv_is_decoded(archive):
    article = archive[0]["records/windows_export.csv/c-1"]
    assert article.encoding == "cp1256" and article.title == "وصول قوات حفظ السلام"


def test_a_tsv_record_with_an_empty_title_is_just_its_text(archive):
    article = archive[0]["records/wire.tsv/w-2"]
    assert article.raw == "قالت وزارة الداخلية إن قواتها أحبطت هجوما على مركز للشرطة."
    assert article.title is None and article.metadata["published"] == "2019-08-02"


def test_a_long_csv_text_is_read_whole(tmp_path):
    text = "قال مسؤول إن القوات باقية. " * 20000                # ~540,000 characters: past csv's default limit
    (tmp_path / "long.csv").write_text("id,text\n1,\"" + text + "\"\n", encoding="utf-8")
    assert [a.n_chars for a in load_corpus(tmp_path)] == [len(text)]


# --------------------------------------------------------------------------- field names given by the user


def test_fields_with_uncommon_names_are_named_or_the_file_is_skipped_naming_its_fields():
    reader = load_corpus(FORMATS / "custom_fields")
    assert list(reader) == []
    assert [e.reason for e in reader.skipped] == [
        "no text field (looked for text, body, content, article_text, full_text, maintext, article_body; "
        "name yours with text_field=, --text-field); its fields are: 'story_id', 'hed', 'body_ar', 'pub_time', "
        "'desk'; the file was skipped"]
    named = list(load_corpus(FORMATS / "custom_fields", text_field="body_ar", id_field="story_id",
                             date_field="pub_time", title_field="hed"))
    assert [a.article_id for a in named] == ["stories.jsonl/s-77", "stories.jsonl/s-78"]
    assert named[0].raw == made.STORY["hed"] + "\n\n" + made.STORY["body_ar"]
    assert named[0].metadata["published"] == "2022-09-18 22:40" and named[0].metadata["desk"] == "أخبار"


def test_a_named_field_that_is_absent_is_named_with_the_fields_there_are():
    reader = load_corpus(FORMATS / "custom_fields", text_field="body_ar", id_field="uuid")
    assert list(reader) == []
    assert reader.skipped[0].reason.startswith("no field 'uuid' (id_field, --id-field); its fields are: 'story_id'")


def test_a_record_fields_block_sets_the_names_for_code_that_opens_the_corpus(tmp_path):
    with record_fields(text_field="body_ar", id_field="story_id", title_field="hed"):
        articles = list(load_corpus(FORMATS / "custom_fields"))
        raw = read_article_text(FORMATS / "custom_fields", "stories.jsonl#L2")
    assert [a.article_id for a in articles] == ["stories.jsonl/s-77", "stories.jsonl/s-78"]
    assert raw == articles[1].raw
    assert list(load_corpus(FORMATS / "custom_fields")) == []             # outside the block: common names


def test_the_cli_takes_the_field_names(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(FORMATS / "custom_fields"), "--out", str(out), "--quiet"]) == 2
    assert "its fields are: 'story_id', 'hed', 'body_ar'" in capsys.readouterr().err
    assert main(["extract", str(FORMATS / "custom_fields"), "--out", str(out), "--quiet", "--text-field", "body_ar",
                 "--id-field", "story_id", "--date-field", "pub_time", "--title-field", "hed"]) == 0
    articles = (out / "articles.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in articles[1:]] == ["stories.jsonl/s-77", "stories.jsonl/s-78"]
    assert articles[1].split(",")[2:4] == ["2022-09-18", "metadata"]


# --------------------------------------------------------------------------- Parquet


def test_parquet_rows_are_read_by_row_group_and_bad_rows_are_named(tmp_path):
    made.write_parquet(tmp_path / "exports" / "daily.parquet")
    reader = load_corpus(tmp_path)
    articles = list(reader)
    assert reader.total == 4
    assert [(a.article_id, a.relpath, a.metadata["outlet"]) for a in articles] == [
        ("exports/daily.parquet/p-1", "exports/daily.parquet#row=1", "صحيفة الغد"),
        ("exports/daily.parquet/p-4", "exports/daily.parquet#row=4", "صحيفة الغد")]
    assert articles[1].raw == "هجومان على قافلة\n\nتعرضت قافلة إمدادات لهجومين متتاليين قرب الحدود."
    where = f"{tmp_path}/exports/daily.parquet, row"
    assert [(e.path, e.reason) for e in reader.skipped] == [
        (f"{where} 2", "no text (field 'text' is empty)"),
        (f"{where} 3", "no Arabic letters (is this the English edition?)")]
    assert read_article_text(tmp_path, "exports/daily.parquet#row=4") == articles[1].raw   # from row group 2


def test_parquet_dates_and_numbers_become_iso_metadata(tmp_path):
    import datetime as dt

    made.write_parquet(tmp_path / "t.parquet", [{"text": "خبر عن القوات.", "date": dt.date(2020, 1, 2),
                                                "views": 12, "tags": ["a", "b"]}])
    article = next(iter(load_corpus(tmp_path)))
    assert article.metadata == {"published": "2020-01-02", "views": "12", "tags": '["a", "b"]'}
    assert article.article_id == "t.parquet#row=1"


def test_a_broken_parquet_file_is_skipped_by_name(archive):
    assert _skipped(archive[1])["records/broken.parquet"].startswith("not a readable Parquet file (")


# --------------------------------------------------------------------------- ids, offsets, reading back


def test_every_article_id_is_unique_and_a_clash_is_named(tmp_path):
    (tmp_path / "a.html.txt").write_text("عنوان\n\nقال الوزير إن القوات باقية.", encoding="utf-8")
    (tmp_path / "a.html").write_bytes((PAGES / "gulf_daily.html").read_bytes())
    reader = load_corpus(tmp_path)
    assert [a.relpath for a in reader] == ["a.html"]
    assert [e.reason for e in reader.skipped] == [
        "its article id 'a.html' is already the id of a.html; rename one of them"]


def test_fact_offsets_slice_records_and_pages_and_their_text_is_read_back(archive):
    from arabic_news.extract import extract_article

    n_spans = 0
    for article in archive[0].values():
        assert read_article_text(ARCHIVE, article.relpath) == article.raw
        assert read_article_at(ARCHIVE, article.relpath).sha1 == article.sha1
        for table, rows in extract_article(article).items():
            for row in rows:
                if row.get("start") is not None:
                    assert article.raw[row["start"]:row["end"]] in row["quote"], (article.article_id, table)
                    n_spans += 1
    assert n_spans >= 20


def test_reading_back_a_record_that_is_not_there_is_an_article_error():
    with pytest.raises(ArticleError, match=r"news_api\.jsonl, line 3: not JSON"):
        read_article_text(ARCHIVE, "records/news_api.jsonl#L3")
    with pytest.raises(ArticleError, match=r"news_api\.jsonl#L99: no record there"):
        read_article_text(ARCHIVE, "records/news_api.jsonl#L99")


def test_a_text_file_with_a_hash_in_its_name_is_read_back_as_a_file(tmp_path):
    (tmp_path / "report#L2.txt").write_text("عنوان\n\nقال الوزير إن القوات باقية.", encoding="utf-8")
    assert read_article_text(tmp_path, "report#L2.txt").startswith("عنوان")


def test_the_total_counts_records_without_reading_them_whole(tmp_path):
    (tmp_path / "a.txt").write_text("خبر", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "خبر"}\n' * 3, encoding="utf-8")
    (tmp_path / "c.csv").write_text('id,text\n1,"خبر\nفي سطرين"\n', encoding="utf-8")
    assert load_corpus(tmp_path).total == 1 + 3 + 2          # a CSV row over two lines counts two: an estimate


def test_the_fingerprint_covers_every_format(tmp_path):
    (tmp_path / "b.jsonl").write_text('{"text": "خبر"}\n', encoding="utf-8")
    before = corpus_fingerprint(tmp_path)
    (tmp_path / "b.jsonl").write_text('{"text": "خبر آخر"}\n', encoding="utf-8")
    changed = corpus_fingerprint(tmp_path)
    (tmp_path / "c.html").write_text("<p>خبر</p>", encoding="utf-8")
    assert len({before, changed, corpus_fingerprint(tmp_path)}) == 3


def test_the_cli_extracts_an_archive_of_every_format_and_names_what_it_skipped(tmp_path, capsys):
    assert main(["extract", str(ARCHIVE), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert f"skipped {ARCHIVE}/records/news_api.jsonl, line 4: not a JSON object" in err
    assert "read 14 articles" in err and "skipped 13" in err
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["n_articles"] == 14 and len(manifest["skipped"]) == 13
