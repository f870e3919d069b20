"""The corpus reader: decoding, bad input, layout, metadata, lazy sorted iteration."""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_news import corpus
from arabic_news.corpus import (
    Article,
    Span,
    article_from_text,
    corpus_fingerprint,
    list_article_files,
    load_corpus,
    parse_layout,
    read_article,
    read_metadata,
)
from arabic_news.errors import ArticleError, CorpusError, ParameterError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
import make_fixtures  # noqa: E402  (the generator of the fixtures, committed beside them)

REFERENCE = article_from_text(make_fixtures.ARTICLE)


def _texts(article: Article, spans) -> list[str]:
    return [article.text(s) for s in spans]


def _visible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf")).strip()


# --------------------------------------------------------------------------- fixtures


def test_committed_fixtures_are_what_the_generator_writes():
    for relpath, data in make_fixtures.fixtures().items():
        assert (FIXTURES / relpath).read_bytes() == data, f"re-run tests/fixtures/make_fixtures.py ({relpath})"


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file (0 bytes)"),
    ("whitespace_only.txt", "empty file (only white space)"),
    ("binary.bin", "binary file"),
    ("mixed_corpus/d_binary.txt", "binary file (contains NUL bytes"),
    ("no_arabic.txt", "no Arabic letters"),
    ("latin1.txt", "undecodable: not valid UTF-8"),
])
def test_bad_input_raises_an_article_error_naming_the_file_and_reason(name, reason):
    path = FIXTURES / name
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert info.value.reason.startswith(reason)
    assert str(info.value).startswith(f"{path}: {reason}")


def test_a_missing_file_is_an_article_error():
    with pytest.raises(ArticleError, match=r"nowhere\.txt: no such file"):
        read_article(FIXTURES / "nowhere.txt")


def test_undecodable_names_the_encoding_it_looks_like_and_the_fix():
    with pytest.raises(ArticleError, match=r"not an Arabic encoding we accept.*re-save it as UTF-8"):
        read_article(FIXTURES / "latin1.txt")


def test_utf8_with_a_broken_byte_is_refused_not_guessed(tmp_path):
    path = tmp_path / "broken.txt"
    data = make_fixtures.ARTICLE.encode("utf-8")
    cut = data.index(b"\n")
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    with pytest.raises(ArticleError, match=rf"broken\.txt: undecodable: not valid UTF-8 \(byte {cut}\)"):
        read_article(path)


def test_a_bom_whose_bytes_do_not_follow_is_undecodable(tmp_path):
    path = tmp_path / "bad_bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "خبر".encode() + b"\xff\xfe\xfd")
    with pytest.raises(ArticleError, match="undecodable: it starts with a utf-8-sig byte-order mark"):
        read_article(path)


# --------------------------------------------------------------------------- encodings and line ends


@pytest.mark.parametrize("name, encoding", [
    ("utf8_bom.txt", "utf-8-sig"),
    ("utf16_bom.txt", "utf-16"),
    ("utf16le_no_bom.txt", "utf-16-le"),
    ("cp1256.txt", "cp1256"),
    ("crlf.txt", "utf-8"),
])
def test_every_encoding_gives_the_same_article(name, encoding):
    article = read_article(FIXTURES / name)
    assert article.encoding == encoding
    assert article.raw == REFERENCE.raw            # BOM removed, nothing else changed
    assert article.title == make_fixtures.HEADLINE
    assert article.paragraphs == REFERENCE.paragraphs
    assert article.subheadings == REFERENCE.subheadings


@pytest.mark.parametrize("name, line_ends", [("crlf.txt", "\r\n"), ("cr.txt", "\r"), ("cp1256.txt", "\n")])
def test_line_ends_become_lf_and_the_original_style_is_recorded(name, line_ends):
    article = read_article(FIXTURES / name)
    assert "\r" not in article.raw
    assert article.line_ends == line_ends
    assert _texts(article, article.paragraphs) == [make_fixtures.BODY_1, make_fixtures.BODY_2, make_fixtures.BODY_3]


def test_mixed_line_ends_are_recorded_as_mixed():
    article = article_from_text("عنوان الخبر\r\n\r\nفقرة أولى من الخبر.\nفقرة ثانية.\rفقرة ثالثة.")
    assert article.line_ends == "mixed"
    assert _texts(article, article.paragraphs) == ["فقرة أولى من الخبر.", "فقرة ثانية.", "فقرة ثالثة."]


def test_stray_control_characters_are_kept_in_raw_but_not_in_spans():
    article = read_article(FIXTURES / "control_chars.txt")
    assert "\x07" in article.raw and "\x00" in article.raw and "\x0b" in article.raw
    assert article.title == make_fixtures.HEADLINE
    assert _texts(article, article.paragraphs) == [make_fixtures.BODY_1, make_fixtures.BODY_2]


def test_zero_width_and_bidi_marks_stay_in_raw():
    raw = "عنوان\u200f الخبر\n\nقال\u200c المتحدث إن\u202b القوات باقية.\n"
    article = article_from_text(raw)
    assert article.raw == raw
    assert article.text(article.paragraphs[0]) == "قال\u200c المتحدث إن\u202b القوات باقية."


def test_sha1_is_of_the_file_bytes():
    path = FIXTURES / "cp1256.txt"
    assert read_article(path).sha1 == hashlib.sha1(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- layout


HEADLINE = "القوات الأمريكية تبدأ مغادرة قاعدة في الشمال"
LONG = "وقال مسؤول في وزارة الدفاع إن نحو 300 جندي غادروا القاعدة خلال الأسبوع الماضي، وإن البقية ستغادر لاحقا."
LONG_2 = "وأضاف أن الانسحاب يجري بالتنسيق الكامل مع الحكومة، وأن المعدات الثقيلة نقلت جوا إلى الكويت."


@pytest.mark.parametrize("text, title", [
    (f"{HEADLINE}\n\n{LONG}\n", HEADLINE),
    (f"{HEADLINE}\n{LONG}\n", HEADLINE),                                  # no blank line, body follows
    (f"هل تغادر القوات الأمريكية العراق؟\n\n{LONG}\n", "هل تغادر القوات الأمريكية العراق؟"),
    (f"بعد عشرين عاما...\n\n{LONG}\n", "بعد عشرين عاما..."),
    (f"  {HEADLINE}  \n\n{LONG}\n", HEADLINE),                            # padding is not part of it
    (f"\n\n{HEADLINE}\n\n{LONG}\n", HEADLINE),
    (f"{LONG}\n\n{LONG_2}\n", None),                                      # starts with a sentence
    (f"- {HEADLINE}\n- {LONG}\n{LONG_2}\n", None),                        # a list item is no headline
    (f"{HEADLINE}:\n{LONG}\n", None),                                     # runs on into the body
    (f"{HEADLINE}،\n{LONG}\n", None),
    (f"{HEADLINE}\n", None),                                              # nothing after it
    (f"قال وزير الدفاع الأمريكي\nإن القوات باقية.\n\n{LONG}\n\n{LONG_2}\n", None),  # wrapped lead paragraph
    (" ".join(["كلمة"] * 30) + f"\n\n{LONG}\n", None),                    # too long for a headline
])
def test_title_is_the_first_line_only_when_it_is_a_headline(text, title):
    assert article_from_text(text).title == title


def test_title_span_points_at_the_title():
    article = article_from_text(f"\n  {HEADLINE}\n\n{LONG}\n")
    assert article.title_span == Span(3, 3 + len(HEADLINE), "title")
    assert article.text(article.title_span) == article.title


def test_a_short_line_between_paragraphs_is_a_subheading():
    text = f"{HEADLINE}\n\n{LONG}\n\nموقف الحكومة  \n\n{LONG_2}\n"
    article = article_from_text(text)
    assert _texts(article, article.subheadings) == ["موقف الحكومة"]
    assert _texts(article, article.paragraphs) == [LONG, LONG_2]
    assert [s.label for s in article.body_blocks] == ["title", "paragraph", "subheading", "paragraph"]


def test_subheadings_are_found_without_blank_lines_too():
    text = f"{LONG}\nانتقال إلى دور جديد\n{LONG_2}\n"
    assert _texts(article_from_text(text), article_from_text(text).subheadings) == ["انتقال إلى دور جديد"]


@pytest.mark.parametrize("text", [
    f"{HEADLINE}\n\n{LONG}\n\nبغداد\nأربيل\nالبصرة\n\n{LONG_2}\n",   # a list of short lines
    f"{HEADLINE}\n\n{LONG}\n\n{LONG_2}\n\nمراسل الوكالة\n",            # a short last line
    f"{HEADLINE}\n\n{LONG}\n\nوقال الوزير: لا تعليق.\n\n{LONG_2}\n",    # short but a sentence
    f"{HEADLINE}\n\n{LONG}\n\n1- القاعدة الأولى\n\n{LONG_2}\n",        # a numbered item
])
def test_short_lines_that_are_not_headings_stay_paragraphs(text):
    article = article_from_text(text)
    assert article.subheadings == ()


def test_each_non_blank_line_is_exactly_one_block():
    text = f"{HEADLINE}\n\nشارك الخبر\n\n{LONG}\n\nموقف الحكومة\n\n{LONG_2}\n\nLeave a Reply\n"
    article = article_from_text(text)
    blocks = sorted(article.body_blocks + article.boilerplate)
    assert [article.text(s) for s in blocks] == [line.strip() for line in text.splitlines() if line.strip()]


PIECE = st.sampled_from(list("قال الوزير إن القوات باقية .؟،:-\u200f\xa0\t\r\x07") + ["Close", "Read Next", "شارك الخبر"])
LINE = st.lists(PIECE, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=12))
def test_blocks_cover_every_visible_line_once_and_spans_index_raw(lines):
    raw = "\n".join(lines)
    layout = parse_layout(raw)
    spans = sorted(([layout.title] if layout.title else []) + list(layout.paragraphs)
                   + list(layout.subheadings) + list(layout.boilerplate))
    assert all(0 <= s.start < s.end <= len(raw) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    covered = [raw[s.start:s.end] for s in spans]
    assert [_visible(c) for c in covered] == [_visible(line) for line in raw.split("\n") if _visible(line)]


def test_article_fields_and_counts():
    article = read_article(FIXTURES / "utf8_bom.txt")
    assert article.article_id == "utf8_bom"
    assert article.relpath == "utf8_bom.txt"
    assert article.path == (FIXTURES / "utf8_bom.txt").absolute()
    assert article.n_paragraphs == 3 and article.n_boilerplate == 0
    assert article.n_chars == len(make_fixtures.ARTICLE)
    assert article.metadata == {}


# --------------------------------------------------------------------------- folders


def test_list_article_files_is_sorted_recursive_and_articles_only():
    assert list_article_files(FIXTURES / "corpus") == [
        "2019/report.txt", "2020/brief.txt", "2020/report.txt", "archive/old/notes.txt"]


def test_hidden_files_and_folders_are_not_articles(tmp_path):
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a.txt").write_text("خبر")
    (tmp_path / ".hidden.txt").write_text("خبر")
    (tmp_path / "B.TXT").write_text("خبر")
    (tmp_path / "a.txt").write_text("خبر")
    assert list_article_files(tmp_path) == ["B.TXT", "a.txt"]


def test_missing_folder_is_a_corpus_error_naming_it(tmp_path):
    missing = tmp_path / "no_such_corpus"
    with pytest.raises(CorpusError, match=re.escape(f"{missing}: no such folder")):
        load_corpus(missing)
    with pytest.raises(CorpusError, match="no such folder"):
        list_article_files(missing)


def test_a_file_is_not_a_corpus_folder():
    with pytest.raises(CorpusError, match=r"empty\.txt: is not a folder"):
        load_corpus(FIXTURES / "empty.txt")


def test_a_folder_without_articles_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match=r"no_articles: has no articles \(no \.txt, \.html"):
        load_corpus(FIXTURES / "no_articles")
    with pytest.raises(CorpusError, match="has no articles"):
        load_corpus(tmp_path)


def test_unknown_errors_mode_is_a_parameter_error():
    with pytest.raises(ParameterError, match="errors='skip' is not a way to handle bad files. Use errors='report'"):
        load_corpus(FIXTURES / "corpus", errors="skip")


def test_load_corpus_yields_sorted_articles_with_ids_unique_across_subfolders():
    articles = list(load_corpus(FIXTURES / "corpus"))
    ids = [a.article_id for a in articles]
    assert ids == ["2019/report", "2020/brief", "2020/report", "archive/old/notes"]
    assert [a.relpath for a in articles] == [i + ".txt" for i in ids]
    assert len(set(ids)) == len(ids)
    assert articles[0].path == (FIXTURES / "corpus" / "2019" / "report.txt").absolute()


def test_load_corpus_reads_no_file_before_iteration(monkeypatch):
    reads = []
    real = corpus.reader._read_bytes
    monkeypatch.setattr(corpus.reader, "_read_bytes", lambda path: reads.append(path) or real(path))
    reader = load_corpus(FIXTURES / "corpus")
    assert reads == [] and reader.total == 4
    first = next(reader)
    assert first.article_id == "2019/report" and len(reads) == 1
    assert next(reader).article_id == "2020/brief" and len(reads) == 2


def test_each_for_loop_is_a_fresh_pass_with_the_same_result():
    reader = load_corpus(FIXTURES / "corpus")
    first = [(a.article_id, a.raw, a.paragraphs) for a in reader]
    second = [(a.article_id, a.raw, a.paragraphs) for a in reader]
    assert first == second and len(first) == 4


def test_report_mode_skips_and_records_bad_files():
    reader = load_corpus(FIXTURES / "mixed_corpus")
    assert [a.article_id for a in reader] == ["a_good", "e_good"]
    assert [(Path(e.path).name, e.reason.split(" (")[0]) for e in reader.skipped] == [
        ("b_empty.txt", "empty file"), ("c_english.txt", "no Arabic letters"), ("d_binary.txt", "binary file")]
    summary = reader.summary()
    assert summary.startswith("3 of 5 files skipped:")
    assert "mixed_corpus/c_english.txt: no Arabic letters" in summary


def test_raise_mode_stops_at_the_first_bad_file():
    reader = load_corpus(FIXTURES / "mixed_corpus", errors="raise")
    seen = []
    with pytest.raises(ArticleError, match=r"b_empty\.txt: empty file"):
        for article in reader:
            seen.append(article.article_id)
    assert seen == ["a_good"]


# --------------------------------------------------------------------------- metadata


def test_metadata_columns_get_canonical_names_and_others_are_kept():
    table = read_metadata(FIXTURES / "corpus")
    assert table["2019/report.txt"] == {
        "file": "2019/report.txt", "published": "2019-05-02", "outlet": "Example Daily",
        "url": "http://example.org/1", "title": "زيارة وفد عسكري إلى بغداد", "language": "ar", "desk": "politics"}


def test_metadata_rows_match_by_path_or_by_file_stem_and_unmatched_is_empty():
    by_id = {a.article_id: a.metadata for a in load_corpus(FIXTURES / "corpus")}
    assert by_id["2020/report"]["published"] == "2020-01-15"
    assert by_id["archive/old/notes"]["outlet"] == "Archive Weekly"   # row given as the stem "notes"
    assert by_id["2020/brief"] == {}


def test_a_row_with_a_folder_never_matches_a_namesake_in_another_folder(tmp_path):
    for name in ("2020/a.txt", "2021/a.txt", "2021/b.txt", "2022/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("عنوان\n\nقال الوزير إن القوات باقية.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\n2021/a.txt,X\nb,Y\n", encoding="utf-8")
    outlets = {a.article_id: a.metadata.get("outlet") for a in load_corpus(tmp_path)}
    # "b" names no folder, but two files are called b.txt: which one it means is unknown
    assert outlets == {"2020/a": None, "2021/a": "X", "2021/b": None, "2022/b": None}


def test_read_article_takes_a_row_a_table_or_the_corpus_root():
    path = FIXTURES / "corpus" / "2019" / "report.txt"
    assert read_article(path, corpus_root=FIXTURES / "corpus").metadata["desk"] == "politics"
    table = read_metadata(FIXTURES / "corpus")
    assert read_article(path, corpus_root=FIXTURES / "corpus", metadata=table).metadata["desk"] == "politics"
    assert read_article(path, metadata={"published": "2019-05-02"}).metadata == {"published": "2019-05-02"}
    assert read_article(path).metadata == {}
    assert read_article(path, corpus_root=FIXTURES / "corpus").article_id == "2019/report"


def test_no_metadata_file_gives_an_empty_table():
    assert read_metadata(FIXTURES / "mixed_corpus") == {}


def test_metadata_with_docno_bom_and_other_case(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x-1.txt").write_text("عنوان\n\nفقرة من الخبر.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_bytes(b"\xef\xbb\xbfDOCNO,Date,Outlet\nx-1,2018-03-01,Example\n")
    (article,) = list(load_corpus(tmp_path))
    assert article.metadata == {"file": "x-1", "published": "2018-03-01", "outlet": "Example"}


def test_metadata_without_a_file_column_is_a_corpus_error(tmp_path):
    (tmp_path / "metadata.csv").write_text("date,outlet\n2018-01-01,x\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv: has no file column"):
        read_metadata(tmp_path)


def test_metadata_that_is_not_utf8_is_a_corpus_error(tmp_path):
    (tmp_path / "metadata.csv").write_bytes("file,title\na.txt,عنوان\n".encode("cp1256"))
    with pytest.raises(CorpusError, match=r"metadata\.csv: is not UTF-8 text"):
        read_metadata(tmp_path)


# --------------------------------------------------------------------------- fingerprint


def test_fingerprint_is_stable_and_independent_of_location(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(FIXTURES / "corpus", copy)
    assert corpus_fingerprint(FIXTURES / "corpus") == corpus_fingerprint(copy)
    assert re.fullmatch(r"[0-9a-f]{64}", corpus_fingerprint(copy))


def test_fingerprint_changes_with_a_byte_or_the_metadata(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(FIXTURES / "corpus", copy)
    before = corpus_fingerprint(copy)
    (copy / "metadata.csv").write_text("file\n")
    after_metadata = corpus_fingerprint(copy)
    (copy / "2019" / "report.txt").write_bytes((copy / "2019" / "report.txt").read_bytes() + b" ")
    assert len({before, after_metadata, corpus_fingerprint(copy)}) == 3


# --------------------------------------------------------------------------- seeds

SEED_TITLES = {
    "000": "مسؤولون يسربون تفاصيل الحوار الاستراتيجي، المهام القتالية ستنتهي و القوات الاميركية باقية لاجل غير مسمّى",
    "001": None,   # starts with a bullet summary
    "002": "الكاظمي عائداً إلى بغداد: اتفقنا على عدم وجود قوات قتالية أميركية في العراق بنهاية العام",
    "003": None,   # starts with a full sentence of the body
    "004": "الكاظمي مثقلا بالضغوط يخوض جولة حسم الانسحاب في الحوار مع واشنطن",
}
# The chrome of each seed, read by hand: (rule id, line).
SEED_CHROME = {
    "000": [
        ("share_button", "شارك الخبر"),
        ("read_previous_next", "Read Previous"),
        ("read_previous_next", "بريطانيا تضع نوفل العاكوب في قائمة العقوبات البريطانية و تعد بالمزيد"),
        ("read_previous_next", "Read Next"),
        ("read_previous_next", "صحيفة وول ستريت: الحوار الاستراتيجي لسحب القوات يهدف لتخفيف الضغط عن الكاظمي من الموالين لايران"),
        ("comment_form", "Leave a Reply"),
        ("comment_form", "لن يتم نشر عنوان بريدك الإلكتروني."),
    ],
    "001": [],
    "002": [
        ("disclaimer", "تنويه: جميع المقالات المنشورة تمثل رأي كتابها فقط"),
        ("lone_punctuation", ","),
        ("privacy_notice", "Read our Privacy Policy by clicking here"),
        ("cookie_notice", "By continuing to use the site, you agree to the use of cookies. more information"),
        ("cookie_notice", 'The cookie settings on this website are set to "allow cookies" to give you the best '
                          'browsing experience possible. If you continue to use this website without changing your '
                          'cookie settings or you click "Accept" below then you are consenting to this.'),
        ("close_button", "Close"),
    ],
    "003": [],
    "004": [],
}
SEED_SUBHEADINGS = {"000": 13, "001": 2, "002": 0, "003": 0, "004": 0}
SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")


def _seed(seeds_dir: Path, prefix: str) -> Article:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return read_article(path, corpus_root=seeds_dir)


@pytest.mark.parametrize("prefix", sorted(SEED_TITLES))
def test_seed_title(seeds_dir, prefix):
    assert _seed(seeds_dir, prefix).title == SEED_TITLES[prefix]


@pytest.mark.parametrize("prefix", sorted(SEED_CHROME))
def test_seed_chrome_is_set_aside_and_nothing_else(seeds_dir, prefix):
    article = _seed(seeds_dir, prefix)
    assert [(s.label, article.text(s)) for s in article.boilerplate] == SEED_CHROME[prefix]


@pytest.mark.parametrize("prefix", sorted(SEED_CHROME))
def test_seed_keeps_every_body_line_and_sentence(seeds_dir, prefix):
    article = _seed(seeds_dir, prefix)
    chrome = {line for _, line in SEED_CHROME[prefix]}
    body_lines = [line.strip() for line in article.raw.split("\n") if line.strip() and line.strip() not in chrome]
    assert _texts(article, article.body_blocks) == body_lines
    paragraphs = "\n".join(_texts(article, article.paragraphs))
    for line in body_lines:
        if line == article.title or line in _texts(article, article.subheadings):
            continue
        for sentence in SENTENCE_END.split(line):
            assert sentence in paragraphs


@pytest.mark.parametrize("prefix", sorted(SEED_SUBHEADINGS))
def test_seed_subheadings_are_short_lines_between_paragraphs(seeds_dir, prefix):
    article = _seed(seeds_dir, prefix)
    assert len(article.subheadings) == SEED_SUBHEADINGS[prefix]
    for span in article.subheadings:
        assert len(article.text(span).split()) <= corpus.SUBHEADING_MAX_WORDS
        assert article.text(span)[-1] not in ".:،"


def test_seed_subheading_example(seeds_dir):
    assert "اللمسات الأخيرة" in _texts(_seed(seeds_dir, "000"), _seed(seeds_dir, "000").subheadings)


def test_seeds_load_in_order_with_nothing_skipped(seeds_dir):
    reader = load_corpus(seeds_dir)
    articles = list(reader)
    assert [a.article_id[:3] for a in articles] == ["000", "001", "002", "003", "004"]
    assert reader.skipped == [] and all(a.encoding == "utf-8" for a in articles)


# --------------------------------------------------------------------------- the shared corpus


@pytest.mark.corpus
def test_a_sample_of_the_shared_corpus_reads_with_metadata_and_titles(shared_corpus):
    articles = []
    for sub in sorted(p for p in shared_corpus.iterdir() if (p / "metadata.csv").is_file()):
        relpaths = list_article_files(sub)
        step = max(1, len(relpaths) // 150)
        table = read_metadata(sub)
        for relpath in relpaths[::step][:150]:           # deterministic: every step-th file
            articles.append(read_article(sub / relpath, corpus_root=sub, metadata=table))
    assert len(articles) >= 300
    assert all(a.metadata.get("published") for a in articles)
    assert all(a.metadata["file"] == a.relpath for a in articles)
    with_title = [a for a in articles if _visible(a.metadata.get("title", ""))]
    agree = sum(_visible(a.title or "") == _visible(a.metadata["title"]) for a in with_title)
    assert agree / len(with_title) >= 0.98
    for a in articles:
        blocks = a.body_blocks + a.boilerplate
        assert all(a.raw[s.start:s.end].strip() == a.raw[s.start:s.end] for s in blocks)
        assert a.paragraphs, a.relpath


@pytest.mark.corpus
def test_the_multisource_corpus_loads_lazily_and_fully(shared_corpus):
    folder = shared_corpus / "ant-multisource-2018"
    reader = load_corpus(folder)
    assert reader.total == 9304
    first = next(reader)
    assert first.metadata["outlet"].startswith("Al Arabiya")
    assert first.title == first.metadata["title"]
