"""Extraction rules, each on sentences we wrote (not from the seeds), and the tables' invariants."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest

from arabic_news.corpus import article_from_text
from arabic_news.extract import (
    ARTICLE_COLUMNS,
    ATTACK_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    TABLES,
    TROOP_COLUMNS,
    extract_article,
    extract_corpus,
    write_tables,
)
from arabic_news.extract.context import force_words
from arabic_news.extract.owners import coarse_force
from arabic_news.normalize import normalize
from arabic_news.rules.force_ids import FORCE_ID_PATTERN
from arabic_news.rules import events as event_rules
from arabic_news.rules import forces as force_rules
from arabic_news.rules import known_events as known_rules
from arabic_news.rules import weapons as weapon_rules
from arabic_news.rules.vocabularies import EVENT_TYPES, FORCES, KINDS, STATUSES, TARGETS, WEAPONS

META = {"published": "2023-05-10"}


def facts(body: str, metadata: dict | None = META, title: str = "خبر") -> dict[str, list[dict]]:
    article = article_from_text(f"{title}\n\n{body}", article_id="t", metadata=dict(metadata or {}))
    return extract_article(article)


def troops(body: str, **kw) -> list[tuple]:
    return [(r["value"], r["force"], r["location"], r["kind"]) for r in facts(body, **kw)["troop_levels"]]


# ------------------------------------------------------------------ troop levels

def test_figure_with_noun_nationality_and_place_is_a_current_troop_level():
    rows = facts("وتنتشر في سوريا حاليا قرابة 900 جندي أمريكي لدعم الحلفاء.")["troop_levels"]
    assert [(r["value"], r["force"], r["location"], r["kind"], r["approx"]) for r in rows] == [
        (900, "us", "Syria", "current", True)]
    assert rows[0]["as_of_start"] == "2023-05-10"


def test_list_after_a_troop_figure_keeps_the_elided_noun():
    rows = troops("وتحتفظ الولايات المتحدة بنحو 13 ألف جندي أمريكي في الكويت، و3 آلاف في قطر.")
    assert [(v, f, loc) for v, f, loc, _ in rows] == [(13000, "us", "Kuwait"), (3000, "us", "Qatar")]


def test_reduction_from_to_gives_a_past_and_a_planned_row():
    rows = troops("وأعلنت وزارة الدفاع خطة لتقليص القوات الأمريكية في ألمانيا من 34500 إلى 24000 جندي.")
    assert [(v, f, k) for v, f, _, k in rows] == [(34500, "us", "past"), (24000, "us", "planned")]


def test_anaphor_takes_the_troops_of_an_earlier_sentence():
    body = ("وكان عدد الجنود الأمريكيين في أفغانستان يبلغ 8600 جندي. "
            "ثم خفضت الإدارة هذا العدد إلى 4000 في وقت لاحق.")
    rows = troops(body)
    assert [(v, f, loc) for v, f, loc, _ in rows] == [(8600, "us", "Afghanistan"), (4000, "us", "Afghanistan")]


def test_elided_noun_after_an_exception_word():
    body = "ومن المقرر أن تغادر القوات الأمريكية كل القواعد في سوريا، باستثناء نحو 400 سيبقون في التنف."
    rows = troops(body)
    assert [(v, f) for v, f, _, _ in rows] == [(400, "us")]
    assert rows[0][3] == "planned"


def test_people_staying_behind_a_withdrawal_count_without_a_troop_noun():
    body = "وتقضي خطة الانسحاب البريطاني من مالي، التي تنتهي بحلول أيلول، باستثناء قرابة 250 سيبقون لحماية السفارة."
    rows = troops(body)
    assert [(v, k) for v, _, _, k in rows] == [(250, "planned")]
    # without a withdrawal, an excepted number that stays is not a troop level
    assert troops("وزار الوزير كل المدارس باستثناء نحو 30 ستبقى مغلقة.") == []


def test_total_containing_another_gives_two_forces():
    rows = troops("ويبلغ عدد القوات الأمريكية 900 جندي من أصل 2000 جندي أجنبي في سوريا.")
    assert [(v, f) for v, f, _, _ in rows] == [(900, "us"), (2000, "foreign")]


def test_faction_strength_is_militia_and_the_faction_count_is_not_a_troop_level():
    rows = troops("وتضم الفصائل المسلحة أكثر من 100 ألف مسلح موزعين على 60 فصيلا في العراق.")
    assert [(v, f) for v, f, _, _ in rows] == [(100000, "militia")]


@pytest.mark.parametrize("body", [
    "وأسفر الهجوم عن مقتل 12 جنديا عراقيا وإصابة آخرين.",
    "وشاركت 48 مقاتلة في الغارات على المواقع.",
    "ويعيش نحو 5 آلاف شخص في المخيم منذ سنوات.",
    "وانتشرت القوات الأمريكية في العراق عام 2014 بعد سقوط الموصل.",
    "وهذه هي الجولة الثالثة من الحوار بين البلدين.",
    "وارتفعت أسعار النفط بنسبة 3 في المئة خلال الأسبوع.",
])
def test_casualties_aircraft_people_years_ordinals_and_shares_are_not_troop_levels(body):
    assert troops(body) == []


def test_a_sports_article_yields_no_troops_and_no_attacks():
    out = facts("فاز الفريق بثلاثة أهداف مقابل هدف واحد أمام 40 ألف متفرج في الملعب، "
                "وسجل المهاجم 20 هدفا هذا الموسم.")
    assert out["troop_levels"] == [] and out["attacks"] == []


# ------------------------------------------------------------------ attacks

def test_attack_count_with_weapons_target_and_period_since_the_start_of_the_year():
    body = "وتعرضت المصالح الأمريكية في العراق منذ بداية العام لأكثر من 20 هجوما بالصواريخ والطائرات المسيرة."
    rows = facts(body)["attacks"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["count"], row["qualifier"], row["weapons"], row["target"]) == (20, "more_than", "rocket;drone",
                                                                             "us_interests")
    assert (row["period_start"], row["period_end"]) == ("2023-01-01", "2023-05-10")


def test_vague_attack_count_keeps_bounds_without_a_count():
    rows = facts("وشنت الفصائل عشرات الهجمات على قاعدة عين الأسد.")["attacks"]
    assert len(rows) == 1
    assert rows[0]["count"] is None and rows[0]["count_low"] is not None and rows[0]["approx"] is True
    assert rows[0]["target"] == "base"


# ------------------------------------------------------------------ events

def test_every_time_expression_is_an_event_with_type_actors_and_status():
    body = ("وعقد الوفدان العراقي والأمريكي جولة محادثات في بغداد يوم 12 مارس 2023. "
            "ومن المقرر أن يزور رئيس الوزراء العراقي واشنطن في يونيو المقبل.")
    rows = facts(body)["events"]
    by_text = {r["time_expression"]: r for r in rows}
    talks = next(r for t, r in by_text.items() if "12 مارس 2023" in t)
    assert (talks["date_start"], talks["event_type"], talks["status"]) == ("2023-03-12", "talks", "happened")
    assert "Baghdad" in talks["actors"]
    visit = next(r for t, r in by_text.items() if "يونيو" in t)
    assert (visit["date_start"], visit["event_type"], visit["status"]) == ("2023-06-01", "visit", "planned")



def events(body: str, **kw) -> dict[str, dict]:
    return {r["time_expression"]: r for r in facts(body, **kw)["events"]}


def test_a_year_so_far_runs_from_its_start_to_the_publication_date():
    rows = events("وسجلت الشرطة في عام 2023 حتى الآن 12 هجوما على المراكز الحدودية.")
    row = rows["عام 2023"]
    assert (row["date_start"], row["date_end"], row["precision"], row["relative"]) == (
        "2023-01-01", "2023-05-10", "interval", True)


def test_today_as_nowadays_is_no_event_but_today_with_a_verb_or_a_part_of_the_day_is():
    body = ("والمنطقة اليوم تعيش مرحلة صعبة من التوتر. "
            "ووصلت التعزيزات إلى القاعدة اليوم بعد رحلة طويلة. "
            "وانفجرت عبوة ظهر اليوم قرب السوق.")
    rows = facts(body)["events"]
    assert [(r["sentence_id"], r["date_start"]) for r in rows] == [(2, "2023-05-10"), (3, "2023-05-10")]


def test_qad_before_a_perfect_verb_is_already_not_may():
    rows = events("وكان التنظيم قد تبنى الهجوم الأربعاء 10 ماي في بيان.")
    assert next(iter(rows.values()))["status"] == "happened"
    rows = events("وقال المسؤول إن المحادثات قد تستمر حتى الأربعاء 17 ماي.")
    assert next(iter(rows.values()))["status"] != "happened"


def test_a_past_month_without_a_year_after_the_publication_month_is_last_year():
    rows = events("وزار الوزير الجزيرة في سبتمبر عندما قصف المتمردون المطار.")
    assert (rows["سبتمبر"]["date_start"], rows["سبتمبر"]["status"]) == ("2022-09-01", "happened")


# ------------------------------------------------------------------ publication dates

def test_publication_date_from_a_dateline_when_there_is_no_metadata():
    out = facts("وقال المتحدث اليوم الخميس (4 مايو 2023) إن المحادثات مستمرة.", metadata=None)
    row = out["articles"][0]
    assert (row["publication_date"], row["publication_date_basis"]) == ("2023-05-04", "text")


def test_metadata_wins_and_a_different_dateline_is_noted():
    out = facts("وقال المتحدث اليوم الخميس (4 مايو 2023) إن المحادثات مستمرة.")
    row = out["articles"][0]
    assert (row["publication_date"], row["publication_date_basis"]) == ("2023-05-10", "metadata")
    assert "2023-05-04" in row["publication_date_note"]


def test_inferred_window_from_a_known_event_and_a_month_called_current():
    body = ("وتتواصل الهجمات منذ عملية طوفان الأقصى في 7 أكتوبر الماضي. "
            "ومن المقرر عقد اجتماع جديد خلال شهر فبراير الحالي.")
    row = facts(body, metadata=None)["articles"][0]
    assert row["publication_date_basis"] == "inferred"
    assert (row["date_window_start"], row["date_window_end"]) == ("2024-02-01", "2024-02-29")


def test_a_date_in_the_file_name_is_the_publication_date_when_nothing_else_gives_one():
    article = article_from_text("خبر\n\nوقال المتحدث إن المحادثات مستمرة بين الجانبين.",
                                article_id="archive/SK-middleEast-77-20180416")
    row = extract_article(article)["articles"][0]
    assert (row["publication_date"], row["publication_date_basis"]) == ("2018-04-16", "filename")
    assert (row["date_window_start"], row["date_window_end"]) == ("2018-04-16", "2018-04-16")


def test_a_day_first_file_name_date_is_read_and_metadata_still_wins():
    body = "خبر\n\nوقال المتحدث إن المحادثات مستمرة بين الجانبين."
    named = extract_article(article_from_text(body, article_id="JA-localNews-5-10112016"))["articles"][0]
    assert (named["publication_date"], named["publication_date_basis"]) == ("2016-11-10", "filename")
    meta = extract_article(article_from_text(body, article_id="x-20180416", metadata=META))["articles"][0]
    assert (meta["publication_date"], meta["publication_date_basis"]) == ("2023-05-10", "metadata")


def test_a_file_name_date_notes_when_the_text_places_the_article_elsewhere():
    body = "خبر\n\nومن المقرر عقد اجتماع جديد خلال شهر فبراير الحالي بعد عملية طوفان الأقصى في 7 أكتوبر الماضي."
    row = extract_article(article_from_text(body, article_id="news-20190101"))["articles"][0]
    assert row["publication_date_basis"] == "filename"
    assert "2024-02-01" in row["publication_date_note"]


def test_a_hash_or_an_impossible_day_in_a_file_name_is_no_date():
    body = "خبر\n\nوقال المتحدث إن المحادثات مستمرة بين الجانبين."
    for name in ("000_ce7f71b2a60672a7", "report-20181340", "note-20180231"):
        assert extract_article(article_from_text(body, article_id=name))["articles"][0]["publication_date_basis"] \
            == "unknown", name


def test_no_date_anywhere_is_unknown_not_a_guess():
    row = facts("وقال المتحدث إن المحادثات مستمرة بين الجانبين.", metadata=None)["articles"][0]
    assert row["publication_date_basis"] == "unknown"
    assert row["publication_date"] is None and row["date_window_start"] is None


# ------------------------------------------------------------------ provenance

def test_offsets_slice_to_the_expression_and_quote_is_the_whole_sentence():
    body = ("قال مسؤول أمريكي إن نحو 2500 جندي أمريكي ما زالوا في العراق. "
            "وتعرضت القوات الأمريكية لنحو 30 هجوما منذ بداية العام.")
    article = article_from_text(f"عنوان\n\n{body}", article_id="t", metadata=dict(META))
    out = extract_article(article)
    for table in ("troop_levels", "attacks", "events"):
        for row in out[table]:
            assert article.raw[row["start"]:row["end"]] in row["quote"]
            assert row["quote"] in article.raw
            assert row["rule"]
    assert [article.raw[r["start"]:r["end"]] for r in out["troop_levels"]] == ["نحو 2500 جندي"]


def test_fact_ids_are_stable_and_unique():
    body = "ويوجد نحو 2500 جندي أمريكي في العراق و900 جندي أمريكي في سوريا."
    first, second = facts(body), facts(body)
    ids = [r["fact_id"] for r in first["troop_levels"]]
    assert ids == [r["fact_id"] for r in second["troop_levels"]]
    assert len(set(ids)) == len(ids) == 2


def test_rows_have_exactly_the_contract_columns():
    out = facts("ويوجد نحو 2500 جندي أمريكي في العراق منذ عام 2014.")
    assert list(out["articles"][0]) == ARTICLE_COLUMNS
    assert list(out["troop_levels"][0]) == TROOP_COLUMNS
    assert list(out["events"][0]) == EVENT_COLUMNS
    assert TROOP_COLUMNS[:18] == ["fact_id", "article_id", "sentence_id", "start", "end", "quote", "value",
                                  "value_low", "value_high", "approx", "qualifier", "force", "force_id", "location",
                                  "as_of_start", "as_of_end", "kind", "attribution"]
    assert TROOP_COLUMNS[18] == "rule" and ATTACK_COLUMNS[16] == "rule" and EVENT_COLUMNS[15] == "rule"
    assert MENTION_COLUMNS == ["article_id", "entity", "entity_en", "type", "count"]


def test_values_come_from_the_vocabularies():
    body = ("ويوجد نحو 2500 جندي أمريكي في العراق. وتعرضت القوات الأمريكية لنحو 30 هجوما صاروخيا. "
            "وعقد الجانبان محادثات في يناير 2023.")
    out = facts(body)
    assert {r["force"] for r in out["troop_levels"]} <= set(FORCES)
    assert {r["kind"] for r in out["troop_levels"]} <= set(KINDS)
    assert {r["target"] for r in out["attacks"]} <= set(TARGETS) | {None}
    assert {w for r in out["attacks"] if r["weapons"] for w in r["weapons"].split(";")} <= set(WEAPONS)
    assert {r["event_type"] for r in out["events"]} <= set(EVENT_TYPES)
    assert {r["status"] for r in out["events"]} <= set(STATUSES)


# ------------------------------------------------------------------ tables and files

@pytest.fixture
def small_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان أول\n\nويوجد نحو 2500 جندي أمريكي في العراق منذ عام 2014.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("عنوان ثان\n\nوتعرضت القوات الأمريكية لنحو 30 هجوما منذ بداية العام.\n",
                                  encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_extract_corpus_reports_a_broken_file_and_extracts_the_rest(small_corpus):
    result = extract_corpus(small_corpus)
    assert list(result.articles["article_id"]) == ["a", "b"]
    assert [e.path.endswith("empty.txt") for e in result.skipped] == [True]
    assert list(result.troop_levels["value"]) == [2500]
    assert list(result.attacks["count"]) == [30]
    for name, frame in result.tables().items():
        assert list(frame.columns) == TABLES[name]


def test_written_csv_has_a_bom_plain_integers_true_false_and_empty_missing(small_corpus, tmp_path):
    out = tmp_path / "out"
    written = write_tables(extract_corpus(small_corpus), out)
    data = written["troop_levels"].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(written["troop_levels"], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    row = frame.iloc[0]
    assert row["value"] == "2500" and row["approx"] == "true" and row["value_high"].isdigit()
    assert row["attribution"] == ""
    manifest = json.loads(written["manifest"].read_text(encoding="utf-8"))
    assert manifest["n_articles"] == 2 and manifest["tables"]["troop_levels"] == 1
    assert manifest["corpus_fingerprint"] and manifest["skipped"][0]["path"].endswith("empty.txt")
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_extracting_twice_gives_byte_identical_tables(small_corpus, tmp_path):
    write_tables(extract_corpus(small_corpus), tmp_path / "one")
    write_tables(extract_corpus(small_corpus), tmp_path / "two")
    for name in TABLES:
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes()


def test_parquet_tables_keep_the_columns(small_corpus, tmp_path):
    written = write_tables(extract_corpus(small_corpus), tmp_path / "pq", format="parquet")
    frame = pd.read_parquet(written["troop_levels"])
    assert list(frame.columns) == TROOP_COLUMNS and int(frame["value"].iloc[0]) == 2500


# ------------------------------------------------------------------ rule tables

def _forms():
    yield from ((r.form, "force") for r in force_words())
    yield from ((r.form, "personnel") for r in force_rules.PERSONNEL_NOUNS)
    for name in ("TROOP_NOUNS", "ANAPHORS", "EXCEPTION_CUES", "CHANGE_CUES", "TOTAL_CUES", "PAST_CUES",
                 "SENDING_VERBS", "STATE_OWNERS",
                 "NOT_LOCATION_CUES", "LOCATIVE_CUES", "CASUALTY_CUES", "MEMBERSHIP_CUES", "EXERCISE_WORDS"):
        yield from ((f, name) for f in getattr(force_rules, name))
    yield from ((r.form, "trigger") for r in event_rules.EVENT_TRIGGERS)
    yield from ((r.form, "status") for r in event_rules.STATUS_CUES)
    yield from ((r.form, "weapon") for r in weapon_rules.WEAPON_WORDS)
    yield from ((r.form, "target") for r in weapon_rules.TARGET_WORDS)
    yield from ((f, "known") for e in known_rules.KNOWN_EVENTS for f in e.forms)


def test_every_extraction_form_is_written_normalized():
    assert [(f, t) for f, t in _forms() if normalize(f) != f] == []


def test_extraction_tables_use_only_known_values():
    force_id = re.compile(FORCE_ID_PATTERN)
    assert [w for w in force_words() if not force_id.match(w.force_id)] == []
    assert all(force_id.match(r.default_force) for r in force_rules.PERSONNEL_NOUNS)
    assert {coarse_force(w.force_id) for w in force_words()} <= set(FORCES)
    assert {r.event_type for r in event_rules.EVENT_TRIGGERS} <= set(EVENT_TYPES)
    assert {r.status for r in event_rules.STATUS_CUES} <= set(STATUSES)
    assert {r.weapon for r in weapon_rules.WEAPON_WORDS} <= set(WEAPONS)
    assert {r.target for r in weapon_rules.TARGET_WORDS} <= set(TARGETS)
    for event in known_rules.KNOWN_EVENTS:
        assert dt.date.fromisoformat(event.date)


# ------------------------------------------------------------------ publication windows (inferred)

def _window(body: str) -> tuple[str, str]:
    row = facts(body, metadata=None)["articles"][0]
    assert row["publication_date_basis"] == "inferred"
    return row["date_window_start"], row["date_window_end"]


def test_yearless_months_in_the_past_raise_the_lower_bound_within_the_latest_year():
    body = ("وكانت القوات قد انسحبت من القاعدة في مارس 2022. "
            "وصدر بيان مشترك في 9 يونيو عن الجانبين. "
            "ومن المقرر أن تعقد الجولة المقبلة في نوفمبر.")
    assert _window(body) == ("2022-06-09", "2022-11-30")


def test_a_deadline_ahead_lowers_the_upper_bound_to_its_first_occurrence():
    body = ("وتراجعت الهجمات بعد اتفاق أبرم في يناير 2019. "
            "ومن المتوقع أن تغادر القوات بحلول 15 فبراير.")
    assert _window(body) == ("2019-01-01", "2019-02-15")


def test_a_yearless_month_without_a_past_or_future_sign_says_nothing():
    body = "وكانت القوات قد انسحبت من القاعدة في مارس 2022. ويتناول التقرير أرقام سبتمبر."
    assert _window(body) == ("2022-03-01", "2023-12-31")


def test_an_office_holder_named_bounds_the_window_from_below_but_not_a_vice_president():
    assert _window("وقالت إدارة بايدن إن المحادثات مستمرة.")[0] == "2021-01-20"
    body = "وزار نائب الرئيس جو بايدن بغداد في أبريل 2011 والتقى المسؤولين."
    assert _window(body)[0] == "2011-04-01"


def test_today_named_as_a_weekday_trims_the_window_to_that_weekday():
    body = "وقالت إدارة بايدن إن المحادثات تتواصل اليوم الجمعة في بغداد."
    start, end = _window(body)
    assert (start, end) == ("2021-01-22", "2022-12-30")
    assert dt.date.fromisoformat(start).weekday() == dt.date.fromisoformat(end).weekday() == 4


def test_relative_dates_resolve_against_the_windows_first_day():
    body = "وقالت إدارة بايدن إن القوات ستغادر بنهاية هذا العام."
    events = facts(body, metadata=None)["events"]
    assert [(e["date_start"], e["date_end"]) for e in events] == [("2021-12-01", "2021-12-31")]


# ------------------------------------------------------------------ events cut at the publication date

def test_since_runs_to_the_publication_date_and_until_from_it():
    body = ("وتنتشر القوات في المنطقة منذ عام 2014. "
            "وستبقى القوات حتى نهاية 2026. "
            "ومن المتوقع أن يصوت المجلس في وقت لاحق من هذا العام.")
    by_text = {e["time_expression"]: e for e in facts(body)["events"]}
    since = next(e for t, e in by_text.items() if "2014" in t)
    assert (since["date_start"], since["date_end"], since["precision"]) == ("2014-01-01", "2023-05-10", "interval")
    until = next(e for t, e in by_text.items() if "2026" in t)
    assert (until["date_start"], until["date_end"], until["precision"]) == ("2023-05-10", "2026-12-31", "interval")
    later = by_text["هذا العام"]  # the expression; «في وقت لاحق من» before it cuts it
    assert (later["date_start"], later["date_end"]) == ("2023-05-10", "2023-12-31")


def test_until_a_past_date_is_left_as_it_is():
    body = "وبقيت القوات الأمريكية في العراق حتى عام 2011."
    event = facts(body)["events"][0]
    assert (event["date_start"], event["date_end"], event["precision"]) == ("2011-01-01", "2011-12-31", "year")


# ------------------------------------------------------------------ as_of and kind of troop levels

def test_a_level_in_the_present_is_as_of_the_publication_date_not_of_another_clause():
    body = "ويوجد حاليا نحو 2500 جندي أمريكي في العراق ضمن التحالف الذي تقوده واشنطن منذ سبتمبر 2014."
    row = facts(body)["troop_levels"][0]
    assert (row["kind"], row["as_of_start"], row["as_of_end"]) == ("current", "2023-05-10", "2023-05-10")


def test_a_reduction_by_a_past_date_is_past_and_dated_by_its_own_clause():
    body = ("وفي الربيع أعلنت الوزارة خطة لخفض عديد القوات الأمريكية في سوريا من 2000 إلى 1500؛ "
            "وبحلول مارس 2023، خفضت الإدارة هذا العدد إلى 900.")
    rows = facts(body)["troop_levels"]
    last = rows[-1]
    assert (last["value"], last["kind"], last["as_of_start"], last["as_of_end"]) == (900, "past", "2023-03-01",
                                                                                     "2023-03-31")
    assert last["attribution"] is None   # the plan's announcer does not reach past «؛»


def test_an_elided_speaker_inherits_the_speaker_of_the_sentence_before():
    body = ("وقال المتحدث باسم البنتاغون إن الوضع مستقر. "
            "وأضاف أن نحو 900 جندي أمريكي ما زالوا في سوريا.")
    row = facts(body)["troop_levels"][0]
    assert row["attribution"] == "المتحدث باسم البنتاغون"
    assert row["attribution_en"] == "Pentagon spokesman"


# ------------------------------------------------------------------ not troops, and kinds from cues

@pytest.mark.parametrize("body", [
    "وهناك عشرات المدربين العراقيين الذين دربوا فرق الكرة في الدوري المحلي.",
    "ويستقبل المستشفى حاليا قرابة 300 جندي سابق من قدامى الحرب.",
    "وقالت الوزارة إن نحو 100 من القوات الموالية للحكومة قتلوا في ضربات جوية.",
])
def test_coaches_veterans_and_casualties_named_later_are_not_troop_levels(body):
    assert facts(body)["troop_levels"] == []


def test_the_earlier_term_of_a_comparison_is_a_past_level():
    rows = troops("وينتشر نحو 14 ألف جندي أمريكي حاليا في أفغانستان، مقارنة بنحو 8500 عسكري في نهاية العام الماضي.")
    assert [(v, k) for v, _, _, k in rows] == [(14000, "current"), (8500, "past")]


def test_a_country_sending_troops_is_their_force_and_the_host_city_their_country():
    rows = troops("وتستعد تركيا لنشر حوالي 300 جندي في قاعدة بالدوحة خلال الشهرين القادمين.")
    assert rows == [(300, "other", "Qatar", "planned")]


def test_an_attack_count_so_far_this_year_runs_to_the_publication_date():
    row = facts("وسجل المركز في عام 2023 حتى الآن 12 هجوما على القواعد.")["attacks"][0]
    assert (row["count"], row["period_start"], row["period_end"]) == (12, "2023-01-01", "2023-05-10")


def test_articles_table_counts_the_boilerplate_lines_set_aside():
    row = facts("شارك الخبر\n\nويوجد نحو 900 جندي أمريكي في سوريا.")["articles"][0]
    assert list(row)[-1] == "n_boilerplate" and row["n_boilerplate"] >= 1


# ---- rules added after scoring a second, held-out batch of corpus articles


def test_people_to_be_trained_are_no_troop_level():
    body = "أطلقت الحكومة برنامجا لتكوين آلاف الجنود على الحدود مع الأردن."
    assert troops(body) == []


def test_the_owner_after_a_link_word_is_the_force_of_the_figure():
    body = "شارك في التدريب نحو 900 عنصر من الأسطول الأمريكي ونحو 450 عنصرا من الجيش الكوري الجنوبي في كوريا الجنوبية."
    rows = {r[0]: r[1] for r in troops(body)}
    assert rows[450] == "other"


def test_a_figure_followed_by_a_partitive_of_forces_counts_troops():
    body = "بدأت روسيا مناورات في الشرق الأقصى بمشاركة 150 ألف من عديد قواتها المسلحة."
    assert [r[0] for r in troops(body)] == [150000]


def test_an_ambiguous_noun_counts_after_a_force_word_in_its_clause_or_at_a_base():
    assert [r[0] for r in troops("وتنشر القوات البريطانية حاليا نحو 250 عنصرا في قاعدة التاجي.")] == [250]
    assert troops("أوقفت الشرطة 12 عنصرا في حي سكني.") == []


def test_a_force_that_is_helped_is_not_the_owner_of_the_figure():
    body = "وأرسلت الولايات المتحدة 1500 عسكري لدعم القوات العراقية في الأنبار."
    assert troops(body)[0][1] == "us"


def test_the_force_named_after_count_of_is_preferred_to_a_nearer_one():
    body = "ويقدر عدد قوات حزب الله المتحالفة مع النظام السوري في سوريا بنحو 7000 جندي."
    assert troops(body)[0][1] == "militia"


def test_a_result_clause_gives_the_current_level():
    body = "وكانت بريطانيا قد أرسلت 400 عسكري إضافي في مارس 2019 وبذلك يبلغ عدد قواتها هناك 1100 عسكري."
    rows = {r[0]: r[3] for r in troops(body)}
    assert rows[1100] == "current"


def test_soldiers_arrested_dismissed_or_handed_over_are_no_troop_level():
    assert troops("وأصدرت النيابة مذكرات توقيف بحق 120 عسكريا في إطار التحقيق.") == []
    assert troops("وطالبت أنقرة بتسليم خمسة جنود فروا إلى اليونان.") == []


def test_a_direction_word_before_a_country_is_a_location():
    assert troops("وقال إن وجود 900 جندي أمريكي شمال سوريا لا يكفي.")[0][2] == "Syria"


def test_attacks_foiled_are_no_attack_count():
    rows = facts("وأعلنت الشرطة أنها أحبطت ست هجمات إرهابية منذ مطلع العام.")["attacks"]
    assert rows == []


# --- duals, postposed cardinals, attack spans -------------------------------------------------

def attacks(body: str, **kw) -> list[tuple]:
    return [(r["count"], r["text"], r["period_start"], r["period_end"]) for r in facts(body, **kw)["attacks"]]


def test_a_dual_attack_noun_is_an_attack_count_of_two():
    assert attacks("تعرضت القاعدة الأمريكية لهجومين صاروخيين يوم الأحد.") == [
        (2, "هجومين", "2023-05-07", "2023-05-07")]


def test_killed_soldiers_in_the_dual_are_no_troop_level():
    assert troops("قتل جنديان أمريكيان في هجوم على قاعدة في العراق.") == []
    assert troops("أصيب عنصران من القوات الأمريكية بجروح في سوريا.") == []


def test_non_unit_duals_and_monday_give_nothing():
    out = facts("اتفق الجانبان على تعزيز العلاقات بين البلدين يوم الاثنين.")
    assert out["troop_levels"] == [] and out["attacks"] == []


def test_a_postposed_cardinal_counts_the_attacks():
    assert [r[:2] for r in attacks("تبنت الفصائل الهجمات الستة على القواعد الأمريكية في العراق.")] == [
        (6, "الهجمات الستة")]


def test_an_attack_span_ends_at_publication_and_starts_that_long_before():
    assert attacks("تعرضت القوات الأمريكية لأربعة هجمات خلال ثلاثة أيام في العراق.") == [
        (4, "أربعة هجمات", "2023-05-07", "2023-05-10")]
    assert attacks("تعرضت القاعدة لستة هجمات صاروخية في غضون أسبوع.") == [
        (6, "ستة هجمات", "2023-05-03", "2023-05-10")]
    assert attacks("سجلت القيادة خمسة هجمات خلال الأيام الثلاثة الماضية.") == [
        (5, "خمسة هجمات", "2023-05-07", "2023-05-10")]
    assert attacks("شنت الفصائل 12 هجوما خلال الشهرين الماضيين.") == [
        (12, "12 هجوما", "2023-03-10", "2023-05-10")]


def test_an_attack_span_ends_at_the_day_the_sentence_gives():
    assert attacks("وقعت ثلاثة هجمات خلال أسبوع حتى يوم الأحد 7 مايو 2023.") == [
        (3, "ثلاثة هجمات", "2023-04-30", "2023-05-07")]


def test_a_stated_part_of_a_month_keeps_its_bounds_and_a_year_is_no_span():
    [(count, _, start, _)] = attacks("استهدفت القوات بستة هجمات صاروخية في أسبوع واحد فقط في أوائل مايو.")
    assert (count, start) == (6, "2023-05-01")
    assert attacks("شنت الفصائل 20 هجوما خلال عام 2022.") == [(20, "20 هجوما", "2022-01-01", "2022-12-31")]


@pytest.mark.parametrize("ahead", [
    "ستغادر القوات العراق بنهاية هذا العام.",
    "وقال المتحدث إن المهمة مستمرة حتى نهاية العام الجاري.",
    "وقال المتحدث إن الانسحاب سيكتمل هذا العام.",
])
def test_the_current_year_named_ahead_caps_the_window_at_its_end(ahead):
    row = facts(f"وصلت القوات إلى القاعدة في مارس 2019. {ahead}", metadata=None)["articles"][0]
    assert (row["publication_date_basis"], row["date_window_start"], row["date_window_end"]) == (
        "inferred", "2019-03-01", "2019-12-31")
    assert "ahead in 2019" in row["publication_date_note"]


@pytest.mark.parametrize("other", [
    "وقال المتحدث إن المحادثات جرت في العام الماضي.",
    "وقال المتحدث إن المحادثات ستجري في العام المقبل.",
    "وقال المتحدث إن المهمة مستمرة.",
])
def test_another_year_or_none_leaves_the_window_open_into_the_next_year(other):
    row = facts(f"وصلت القوات إلى القاعدة في مارس 2019. {other}", metadata=None)["articles"][0]
    assert (row["date_window_start"], row["date_window_end"]) == ("2019-03-01", "2020-12-31")


@pytest.mark.parametrize("body", [
    "زادت الولايات المتحدة عدد قواتها في العراق بـ 6000 عسكري.",
    "رفعت واشنطن عدد جنودها في سوريا بنحو 2000 جندي أمريكي.",
    "عززت بريطانيا وجودها العسكري في الكويت بمقدار 500 جندي.",
])
def test_the_size_of_an_increase_is_no_troop_level(body):
    assert troops(body) == []


def test_a_level_after_a_change_in_another_clause_is_kept():
    assert troops("بعد تقليص قواتها، تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.") == [
        (2500, "us", "Iraq", "current")]
    assert troops("تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.") == [(2500, "us", "Iraq", "current")]


def test_men_of_a_peacekeeping_mission_are_a_troop_level():
    assert troops("وتضم قوة حفظ السلام الدولية في لبنان نحو 10 آلاف رجل.") == [(10000, "foreign", "Lebanon", "current")]
    assert [r[:2] for r in troops("وتنتشر بعثة الأمم المتحدة لحفظ السلام التي تضم 12 ألف رجل.")] == [
        (12000, "foreign")]


@pytest.mark.parametrize("body", [
    "اعتقلت الشرطة العراقية 3 رجال في بغداد.",
    "شارك 200 رجل في الاحتفال بمدينة الموصل.",
])
def test_men_without_a_force_or_mission_word_are_no_troop_level(body):
    assert troops(body) == []


# ------------------------------------------------------------------ force and place from context

def test_a_figure_whose_sentence_names_no_owner_takes_the_last_figures_force():
    # the member of an alliance is the owner, not the alliance; the nearer Iraqi forces are no owner
    body = ("وتنشر بريطانيا نحو 150 جنديا بريطانيا في أربيل منذ عامين. "
            "وقال الوزير إن القوات العراقية أصبحت قادرة على حماية البلاد. "
            "ولدى المملكة الأوروبية العضو في حلف شمال الأطلسي أيضا نحو 40 عنصرا في قاعدة عسكرية قرب الموصل.")
    assert [(v, f) for v, f, _, _ in troops(body)] == [(150, "other"), (40, "other")]


def test_an_adjective_of_a_place_noun_is_no_owner():
    body = ("ويوجد 3000 جندي أمريكي في الكويت. "
            "أما القاعدة البحرية الكبرى فمقرها مدينة نابولي الإيطالية وتضم قوة قوامها 6 آلاف جندي.")
    assert [(v, f) for v, f, _, _ in troops(body)] == [(3000, "us"), (6000, "us")]


def test_several_unnamed_nations_are_a_foreign_force():
    body = "ورحب البيان باستعداد دول عربية لتوفير قوة قوامها 20 ألف جندي في كل من ليبيا واليمن."
    assert [r[:3] for r in troops(body)] == [(20000, "foreign", "Libya;Yemen")]
    assert [r[:2] for r in troops("ويبلغ عديد القوة المشتركة ثلاثة آلاف عسكري من الدول الأعضاء.")] == [
        (3000, "foreign")]


def test_the_alliance_named_before_owns_an_exercises_troops():
    assert [r[:2] for r in troops("وتنطلق مناورات الحلف الشهر المقبل ويشارك فيها 40 ألف جندي.")] == [
        (40000, "coalition")]


def test_an_exercise_without_a_place_is_where_the_articles_exercise_sentences_say():
    body = ("وتنطلق مناورات الحلف الشهر المقبل ويشارك فيها 40 ألف جندي.\n"
            "وقال قائد القوات إن المناورات ستجري في جنوب ألمانيا قرب الحدود.")
    assert troops(body) == [(40000, "coalition", "Germany", "planned")]


def test_a_place_noun_in_the_figures_clause_is_its_place_when_none_is_located():
    # «قوة مجموعة الساحل» names the Sahel without a locative; the list item after it inherits it
    body = ("ويبلغ عديد قوة مجموعة الساحل ستة آلاف عسكري من الدول الخمس، وهي بحاجة إلى تمويل. "
            "وتعمل إلى جانب ألفي جندي تنشرهم فرنسا في منطقة الحدود.")
    assert [(v, f, loc) for v, f, loc, _ in troops(body)] == [(6000, "foreign", "Sahel"), (2000, "other", "Sahel")]


def test_a_place_named_only_by_an_adjective_is_the_location_of_a_joint_exercise():
    body = "وكان الجيشان الأميركي والياباني قد أعلنا مناورات مشتركة سيشارك فيها نحو 8 آلاف جندي أمريكي."
    assert [(v, loc) for v, _, loc, _ in troops(body)] == [(8000, "Japan")]
    body = "وتضمنت تدريبات العام الماضي 900 عنصر من الجيش الأميركي ونحو 500 عنصر من الجيش الكوري الجنوبي."
    assert [(v, f, loc) for v, f, loc, _ in troops(body)] == [(900, "us", "South Korea"), (500, "other", "South Korea")]


def test_a_ministrys_nationality_adjective_is_not_a_place_noun():
    # «الوزارة الصينية» owns the figure; the article is about exercises in Russia
    body = ("وتجري روسيا مناورات ضخمة في روسيا هذا الأسبوع. "
            "وأكدت الوزارة الصينية أن عدد قواتها المشاركة يبلغ 2000 عسكري.")
    assert [(v, loc) for v, _, loc, _ in troops(body)] == [(2000, "Russia")]


def test_throughout_a_country_is_a_location():
    assert [(v, loc) for v, _, loc, _ in troops("وتضم القاعدة 800 عسكري روسي تنفذ طائراتهم غارات في مختلف أرجاء ليبيا.")] == [
        (800, "Libya")]
