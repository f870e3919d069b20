"""Lesson 03, reading dates: the judges of exercises 3.1–3.4 (their words and data: ``lesson03.toml``)."""

from __future__ import annotations

import datetime as dt

from arabic_news.normalize import normalize
from arabic_news.teaching.checks import describe, same_number
from arabic_news.teaching.exercises.base import call, exercise, text


def _gregorian_month(name: str) -> int | None:
    from arabic_news.rules.months import MONTHS

    key = normalize(name).strip()
    return next((m.month for m in MONTHS if m.calendar == "gregorian" and key in m.forms), None)


@exercise("3.1", names=("month_number",))
def _month_number(month_number):
    from arabic_news.rules.months import MONTHS

    ex = text("3.1")
    hijri = {form for m in MONTHS if m.calendar == "hijri" for form in m.forms}
    for name in ex.data["names"]:
        expected = _gregorian_month(name)
        got = call(month_number, name)
        if expected is None:
            if got is not None:
                raise ex.hint("not_none_hijri" if normalize(name) in hijri else "not_none", name=name,
                              got=describe(got))
            continue
        if same_number(got, expected):
            continue
        if got is None and normalize(name) != name:
            raise ex.hint("not_normalized", name=name, normalized=normalize(name))
        raise ex.hint("other", name=name, got=describe(got))
    return ex.say("right")


@exercise("3.2", names=("ramadan_start", "ramadan_days"))
def _ramadan(ramadan_start, ramadan_days):
    from arabic_news.dates import parse_date

    ex = text("3.2")
    span = parse_date(ex.data["month"])
    days = (span.date_end - span.date_start).days + 1
    if not isinstance(ramadan_start, dt.date):
        raise ex.hint("start_not_date", got=describe(ramadan_start))
    if ramadan_start != span.date_start:
        raise ex.hint("wrong_start", got=ramadan_start, month=ex.data["month"])
    if isinstance(ramadan_days, dt.timedelta):
        raise ex.hint("timedelta")
    if same_number(ramadan_days, days - 1):
        raise ex.hint("one_short", got=ramadan_days)
    if not same_number(ramadan_days, days):
        raise ex.hint("wrong_days", got=describe(ramadan_days))
    return ex.say("right", days=days)


@exercise("3.3", names=("n_without", "n_with", "sentence", "published"))
def _without_publication_date(n_without, n_with, sentence, published):
    from arabic_news.dates import find_dates

    ex = text("3.3")
    expected_with = len(find_dates(sentence, ref_date=published))
    expected_without = len(find_dates(sentence))
    if not same_number(n_with, expected_with):
        raise ex.hint("wrong_with", got=describe(n_with))
    if not same_number(n_without, expected_without):
        raise ex.hint("wrong_without", got=describe(n_without))
    return ex.say("right", n_without=str(expected_without or "None"), n_with=str(expected_with or "none"))


@exercise("3.4", names=("error_days", "sentence"))
def _how_far_off(error_days, sentence):
    from arabic_news.dates import find_dates

    ex = text("3.4")
    right = {d.text: d.date_start for d in find_dates(sentence, ref_date=ex.data["right_date"])}
    wrong = {d.text: d.date_start for d in find_dates(sentence, ref_date=ex.data["wrong_date"])}
    expected = {t: (wrong[t] - right[t]).days for t in right if t in wrong}
    if not isinstance(error_days, dict):
        raise ex.hint("not_a_dict", got=describe(error_days))
    if set(error_days) != set(expected):
        missing = sorted(set(expected) - set(error_days))
        raise ex.hint("wrong_keys", example=missing[0] if missing else "")
    for date, days in expected.items():
        got = error_days[date]
        if isinstance(got, dt.timedelta):
            raise ex.hint("timedelta", date=date)
        if same_number(got, -days):
            raise ex.hint("negative", date=date, got=got)
        if not same_number(got, days):
            raise ex.hint("wrong_days", date=date, got=describe(got))
    moves = ", ".join(f"«{date}» {days} day{'s' * (days != 1)}" for date, days in expected.items())
    return ex.say("right", moves=moves)
