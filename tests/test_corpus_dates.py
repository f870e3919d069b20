"""The corpus-level step of publication dates (issue 12): an undated article placed by an event a dated
article of the same corpus reports (`arabic_news.extract.corpus_dates.place_undated_articles`)."""

from __future__ import annotations

import pandas as pd

from arabic_news.extract import extract_corpus
from arabic_news.extract.corpus_dates import place_undated_articles


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    # dated (metadata.csv): Putin and Macron met in Moscow on Monday 4 March 2019 ("yesterday")
    (folder / "dated.txt").write_text(
        "قمة في موسكو\n\nالتقى الرئيس الروسي فلاديمير بوتين أمس في موسكو الرئيس الفرنسي إيمانويل ماكرون لبحث الوضع في سوريا.\n",
        encoding="utf-8")
    # undated: the same meeting announced for "Monday"; the article names 2019 elsewhere
    (folder / "undated.txt").write_text(
        "ماكرون إلى موسكو\n\nوقال الكرملين في بيان إن بوتين سيستقبل ماكرون في موسكو يوم الاثنين لبحث الوضع في سوريا.\n"
        "وكانت فرنسا قد أعلنت في يناير 2019 عن خطة جديدة.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("path,published\ndated.txt,2019-03-05\n", encoding="utf-8")
    return folder


def test_an_undated_article_is_placed_by_an_event_a_dated_one_reports(tmp_path):
    facts = extract_corpus(_corpus(tmp_path))
    articles = facts.articles.set_index("article_id")
    undated = articles.loc["undated"]
    assert undated["publication_date_basis"] == "inferred"
    assert (str(undated["date_window_start"]), str(undated["date_window_end"])) == ("2019-02-26", "2019-03-03")
    assert str(undated["publication_date"]) == "2019-03-03"   # the meeting is ahead: the window's last day
    assert "dated (2019-03-04)" in undated["publication_date_note"]
    monday = facts.events[(facts.events["article_id"] == "undated")
                          & (facts.events["time_expression"] == "يوم الاثنين")]
    assert [str(d) for d in monday["date_start"]] == ["2019-03-04"]


def test_nothing_to_place_leaves_the_tables_as_they_are():
    articles = pd.DataFrame({"article_id": ["a"], "publication_date_basis": ["metadata"]})
    events = pd.DataFrame(columns=["article_id", "actors", "precision", "date_start", "date_end"])
    assert place_undated_articles(articles, events)[0] is articles


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_streamed_run_places_and_corrects_as_the_run_held_in_memory(tmp_path):
    from arabic_news.extract import write_tables

    folder = _corpus(tmp_path)
    plain = extract_corpus(folder, corrections=False)
    event = plain.events[plain.events["article_id"] == "dated"]["fact_id"].iloc[0]
    (folder / "corrections.csv").write_text(f"fact_id,action,column,value,reason\n{event},drop,,,a duplicate\n",
                                            encoding="utf-8")
    for format in ("csv", "parquet"):
        write_tables(extract_corpus(folder), tmp_path / f"memory-{format}", format)
        written = extract_corpus(folder, out=tmp_path / f"streamed-{format}", format=format)
        assert _files(tmp_path / f"memory-{format}") == _files(tmp_path / f"streamed-{format}")
        placed = written.read("articles").set_index("article_id").loc["undated"]
        assert str(placed["date_window_start"]) == "2019-02-26"          # placed by the dated article's event
        assert event not in set(written.read("events")["fact_id"])        # the correction applied
        assert written.counts["corrections_applied"] == 1 and len(written.corrections_applied) == 1
