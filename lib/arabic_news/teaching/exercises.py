"""Every exercise of the course: what it reads from the notebook, its first hint, and its judge.

One function per exercise, registered with ``@exercise(id, title, names=…, hint=…)``. The
judge receives the values of ``names`` from the student's notebook; it raises `Hint` with a
message that points at the idea when the answer is wrong, and returns a line on what the right
answer shows. Wherever it can, a judge computes the expected answer with the library itself
(`parse_quantity`, `find_dates` …) rather than holding a typed copy, so a check and the
library never disagree.

The first hint (``hint=``) is what a student sees before answering, and whenever the answer
breaks (a wrong type, ``None``, an exception in their function). Hints never name our code's
internals; they name the idea and, at most, the public function to use.

To add an exercise: see "Teaching with this collection" in the README.
"""

from __future__ import annotations

import numbers
import unicodedata

from arabic_news.normalize import normalize, normalize_with_offsets
from arabic_news.teaching.checks import Hint, Registry, describe, same_number

__all__ = ["REGISTRY", "exercise"]

REGISTRY = Registry()
exercise = REGISTRY.exercise


def _call(function, *args):
    """Call the student's function; its own exception goes up to the check, which turns it into a hint."""
    if not callable(function):
        raise Hint(f"This should be a function (written with `def`), not {describe(function)}.")
    return function(*args)


# =========================================================================================
# Lesson 1: Arabic text as data


@exercise("1.1", "the code points of a word", names=("n_letters", "first_name"),
          hint="`len()` counts the code points of a string, and `unicodedata.name()` names one code point. "
               "Which index holds the first letter?")
def _count_code_points(n_letters, first_name):
    word = "القوات"
    if not same_number(n_letters, len(word)):
        raise Hint(f"`n_letters` is {describe(n_letters)}. Count with `len(forces)`: every letter is one code "
                   "point, the alef at each end included.")
    if not isinstance(first_name, str):
        raise Hint(f"`first_name` is {describe(first_name)}; it should be Unicode's name for `forces[0]`, "
                   "a string in capitals that `unicodedata.name()` gives.")
    if first_name.strip().upper() == unicodedata.name(word[-1]):
        raise Hint("That is the name of the last code point, the letter at the left end on screen. Python keeps "
                   "Arabic in reading order: index 0 is the letter a reader meets first, on the right.")
    if first_name.strip().upper() != unicodedata.name(word[0]):
        raise Hint("Ask Unicode for the name of `forces[0]` with `unicodedata.name(forces[0])`.")
    return ("Six code points, and index 0 is the alef on the right: Python stores Arabic in reading order "
            "and the screen draws it right to left.")


@exercise("1.2", "text copied from a PDF", names=("fixed",),
          hint="The PDF stored one code point per letter shape. The table of shapes above folded each shape "
               "back to its letter: do the same to the whole string.")
def _presentation_forms(fixed):
    if not isinstance(fixed, str):
        raise Hint(f"`fixed` is {describe(fixed)}; it should be the folded text, a string.")
    if fixed == "بغداد":
        return "Five shapes, five letters: the font, not the text, should choose a letter's shape."
    if any("FORM" in unicodedata.name(ch, "") for ch in fixed):
        raise Hint("`fixed` still holds presentation forms (their names end in INITIAL FORM, FINAL FORM …). "
                   "Fold them with `unicodedata.normalize(\"NFKC\", pdf_text)`.")
    raise Hint("Fold `pdf_text` itself, as a whole, with `unicodedata.normalize(\"NFKC\", pdf_text)`; "
               "`fixed == \"بغداد\"` should then be True.")


_MARK_CASES = (("جُنْدِيٌّ", 5), ("جندي", 0), ("", 0), ("القُوّات", 2))


@exercise("1.3", "count the vowel marks", names=("count_marks",),
          hint="A vowel mark is a code point of its own whose `unicodedata.category(ch)` is 'Mn' "
               "(a non-spacing mark): count those.")
def _count_marks(count_marks):
    for text, expected in _MARK_CASES:
        got = _call(count_marks, text)
        if not same_number(got, expected):
            raise Hint(f"`count_marks({text!r})` gave {describe(got)}, but the word has {expected} mark(s). "
                       "Go through the characters and count those whose `unicodedata.category` is 'Mn'.")
    got = _call(count_marks, "جنـــدي")
    if not same_number(got, 0):
        raise Hint(f"`count_marks('جنـــدي')` gave {describe(got)}: that word has no vowel mark, only three tatweel "
                   "strokes (ـ), which stretch a line and are not marks (their category is 'Lm'). Counting what "
                   "`normalize()` deletes counts them too: count only category 'Mn'.")
    return "Marks are code points of their own; tatweel is not a mark, though normalize() deletes both."


@exercise("1.4", "what normalization does not fix", names=("n_distinct",),
          hint="Normalize each spelling, then count how many different results there are "
               "(a Python set keeps one copy of each).")
def _distinct_spellings(n_distinct):
    if same_number(n_distinct, 2):
        return ("Two spellings remain: normalization changes letters one for one, it never moves one. The gazetteer "
                "lists both امريكي and اميركي for that reason.")
    if same_number(n_distinct, 5):
        raise Hint("Five is the count before normalizing: normalize each spelling first.")
    if same_number(n_distinct, 1):
        raise Hint("Look again at the letters in the middle: one spelling has ري, the other ير. Normalization "
                   "maps one letter to another (أ to ا, ى to ي); it never moves or drops a letter.")
    raise Hint(f"`n_distinct` is {describe(n_distinct)}. Normalize each spelling, collect the results in a set "
               "and count it.")


_SPAN_TEXT = "أكَّدَ أنَّ نحو ٢٥٠٠ جنديٍّ باقون"


def _expected_span(raw: str, target: str):
    n = normalize_with_offsets(raw)
    at = n.text.find(normalize(target))
    return None if at < 0 or not target else n.raw_span(at, at + len(normalize(target)))


@exercise("1.5", "a span in the raw text", names=("raw_span_of",),
          hint="Search the normalized text, then map the match back to the raw text, as the cells above do; "
               "return None when the target is not there.")
def _raw_span(raw_span_of):
    for target in ("2500", "جندي", "باقون", "قوات"):
        expected = _expected_span(_SPAN_TEXT, target)
        got = _call(raw_span_of, _SPAN_TEXT, target)
        if expected is None:
            if got is not None:
                raise Hint(f"«{target}» is not in the text, so `raw_span_of` should return None (not found is None, "
                           f"never 0 or -1), but it gave {describe(got)}.")
            continue
        if isinstance(got, str):
            raise Hint("Return the span, a pair `(start, end)` of positions in `raw`, not the text itself.")
        if not (isinstance(got, (tuple, list)) and len(got) == 2
                and all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in got)):
            raise Hint(f"`raw_span_of(raw, {target!r})` gave {describe(got)}: return a pair `(start, end)`.")
        start, end = (int(v) for v in got)
        if (start, end) == tuple(expected):
            continue
        n = normalize_with_offsets(_SPAN_TEXT)
        at = n.text.find(normalize(target))
        if (start, end) == (at, at + len(normalize(target))):
            raise Hint(f"For «{target}» you returned ({start}, {end}), where `raw[{start}:{end}]` is "
                       f"«{_SPAN_TEXT[start:end]}»: those are positions in the normalized text. The vowel marks "
                       "deleted before it shift every later position; map them back with `raw_span`.")
        raise Hint(f"For «{target}» `raw[{start}:{end}]` is «{_SPAN_TEXT[start:end]}», not the word. Search the "
                   "normalized text, then map the match back with `raw_span(start, end)`.")
    return "Search in normalized text, report in raw text: every fact the library finds keeps its raw span this way."


# =========================================================================================
# Lesson 2: reading numbers and hedges

_DIGIT_CASES = (("٢٠٢١", "2021"), ("۱۴۰۰", "1400"), ("عام ٢٠٢١", "عام 2021"), ("12 و۳", "12 و3"), ("", ""))


@exercise("2.1", "digits without the library", names=("to_western",),
          hint="Go through the text one character at a time: `unicodedata.digit(ch, None)` gives a digit's value "
               "and None for anything else. Keep the other characters as they are.")
def _digits(to_western):
    for text, expected in _DIGIT_CASES:
        got = _call(to_western, text)
        if got == expected:
            continue
        if isinstance(got, (int, float)):
            raise Hint(f"`to_western({text!r})` gave {describe(got)}: return text (a str), with only the digits "
                       "changed, so that «عام ٢٠٢١» becomes «عام 2021».")
        if not isinstance(got, str):
            raise Hint(f"`to_western({text!r})` gave {describe(got)}: return the whole text as a string.")
        if normalize(got) == normalize(text) and got != expected:
            raise Hint(f"`to_western({text!r})` gave {got!r}: the digits are still Arabic-Indic or Persian. "
                       "Replace each digit with `str()` of its value.")
        raise Hint(f"`to_western({text!r})` gave {got!r}, but it should be {expected!r}: change the digits "
                   "and keep every other character, spaces and letters included.")
    return "Each digit is one code point with a numeric value; that is all normalize() needs to turn them into 0-9."


_THOUSANDS = ("ثلاثة آلاف", "عشرة آلاف", "خمسة آلاف", "ثمانية آلاف", "أربع آلاف")


@exercise("2.2", "three thousand, by hand", names=("thousands",),
          hint="Build a dict from every form of the table to its value; the table is written normalized "
               "(ة as ه), so normalize the phrase before you look its first word up. Then multiply by 1,000.")
def _thousands(thousands):
    from arabic_news.numbers import parse_number

    for phrase in _THOUSANDS:
        expected = parse_number(phrase)
        got = _call(thousands, phrase)
        if same_number(got, expected):
            continue
        if same_number(got, expected / 1000):
            raise Hint(f"`thousands({phrase!r})` gave {got}: that is the number word alone. The plural «آلاف» "
                       "after it multiplies it by 1,000.")
        raise Hint(f"`thousands({phrase!r})` gave {describe(got)}, not the value of «{phrase}». Look its first "
                   "word up in the table (normalized) and multiply by 1,000.")
    return "A number word times a scale word: parse_number applies the same rule to every row of the table."


def _interval_expected(value: int, qualifier: str) -> tuple[int, int]:
    from arabic_news.numbers import parse_quantity

    phrase = {"about": "نحو {} جندي", "nearly": "ما يقرب من {} جندي", "more_than": "أكثر من {} جندي",
              "exact": "{} جندي"}[qualifier].format(value)
    q = parse_quantity(phrase)
    return q.low, q.high


_INTERVAL_HINTS = {
    "about": "About a figure is a tenth below it to a tenth above it (ABOUT_WIDTH).",
    "nearly": "Nearly a figure is just under it: from NEARLY_WIDTH below the figure up to the figure itself.",
    "more_than": "More than a figure cannot be below it: the figure is the low end, and OPEN_WIDTH above it the high end.",
    "exact": "With no hedge the figure is exact: low and high are both the figure.",
}


@exercise("2.3", "a hedge as an interval", names=("interval",),
          hint="Treat each qualifier in turn: `about` is a tenth either side, `nearly` is just under the figure, "
               "`more_than` starts at the figure, `exact` is the figure itself. The widths are in `hedges`.")
def _interval(interval):
    for value, qualifier in ((2500, "about"), (2500, "nearly"), (2500, "more_than"), (900, "exact"),
                             (900, "about")):
        expected = _interval_expected(value, qualifier)
        got = _call(interval, value, qualifier)
        if not (isinstance(got, (tuple, list)) and len(got) == 2):
            raise Hint(f"`interval({value}, {qualifier!r})` gave {describe(got)}: return a pair `(low, high)`.")
        if same_number(got[0], expected[0]) and same_number(got[1], expected[1]):
            continue
        raise Hint(f"`interval({value}, {qualifier!r})` gave {tuple(got)}. {_INTERVAL_HINTS[qualifier]}")
    return "The same intervals as parse_quantity: a hedged figure is a range, and the range is a named choice."


@exercise("2.4", "keep the vague ones", names=("hedged", "found"),
          hint="Keep a row of `found` when it has a hedge (its qualifier is not 'exact') or when it is a vague "
               "amount (its `vague` is not empty); pandas joins two conditions with `|`.")
def _hedged(hedged, found):
    import pandas as pd

    if not isinstance(hedged, pd.DataFrame):
        raise Hint(f"`hedged` is {describe(hedged)}; it should be a DataFrame: the rows of `found` you keep.")
    if "text" not in hedged.columns:
        raise Hint("Keep the rows of `found` with all their columns (the check reads `text`).")
    expected = set(found.loc[(found["qualifier"] != "exact") | found["vague"].notna(), "text"])
    got = set(hedged["text"])
    if got == expected:
        return "Three of four figures carry their vagueness with them; only «٣٠٠ جندي» is exact."
    vague_only = set(found.loc[found["vague"].notna(), "text"])
    if expected - got and (expected - got) <= vague_only:
        raise Hint(f"«{sorted(expected - got)[0]}» is missing: it has no hedge word (its qualifier is 'exact') "
                   "but it has no figure either, only an interval. Keep rows whose `vague` is not empty too.")
    if got - expected:
        raise Hint(f"«{sorted(got - expected)[0]}» is an exact figure with no hedge: leave it out.")
    raise Hint(f"You kept {len(got)} row(s), {len(expected)} are wanted: the hedged figures and the vague amounts.")


# =========================================================================================
# Lesson 3: reading dates

_MONTH_CASES = ("آب", "أغسطس", "كانون الثاني", "حزيران", "جويلية", "يناير", "رمضان", "القوات")


def _gregorian_month(name: str) -> int | None:
    from arabic_news.rules.months import MONTHS

    key = normalize(name).strip()
    return next((m.month for m in MONTHS if m.calendar == "gregorian" and key in m.forms), None)


@exercise("3.1", "a month's number", names=("month_number",),
          hint="Build a dict from every form of the Gregorian rows of `MONTHS` to the row's month; normalize the "
               "name before you look it up, and let `.get()` give None for anything else.")
def _month_number(month_number):
    from arabic_news.rules.months import MONTHS

    hijri = {form for m in MONTHS if m.calendar == "hijri" for form in m.forms}
    for name in _MONTH_CASES:
        expected = _gregorian_month(name)
        got = _call(month_number, name)
        if expected is None:
            if got is not None:
                why = ("it is a month of the Islamic calendar: keep only the rows whose calendar is 'gregorian'"
                       if normalize(name) in hijri else "it is no month at all")
                raise Hint(f"`month_number({name!r})` gave {describe(got)}, but it should be None: {why}.")
            continue
        if same_number(got, expected):
            continue
        if got is None and normalize(name) != name:
            raise Hint(f"`month_number({name!r})` gave None. The table writes it «{normalize(name)}» (normalized): "
                       "normalize the name before you look it up.")
        raise Hint(f"`month_number({name!r})` gave {describe(got)}; look «{name}» up among the forms of the "
                   "Gregorian rows.")
    return "Three systems, one number: that is how the finder reads «تموز/يوليو» as one month."


@exercise("3.2", "Ramadan 1445", names=("ramadan_start", "ramadan_days"),
          hint="`parse_date(\"رمضان 1445\")` returns a DateSpan: its `date_start` is the first day; subtracting "
               "two dates gives a timedelta whose `.days` counts the days between them.")
def _ramadan(ramadan_start, ramadan_days):
    import datetime as dt

    from arabic_news.dates import parse_date

    span = parse_date("رمضان 1445")
    days = (span.date_end - span.date_start).days + 1
    if not isinstance(ramadan_start, dt.date):
        raise Hint(f"`ramadan_start` is {describe(ramadan_start)}; it should be a `datetime.date`: the "
                   "`date_start` of what parse_date returns.")
    if ramadan_start != span.date_start:
        raise Hint(f"`ramadan_start` is {ramadan_start}, not the first day of the month. Read it from "
                   "`parse_date(\"رمضان 1445\").date_start`.")
    if isinstance(ramadan_days, dt.timedelta):
        raise Hint("`ramadan_days` is a timedelta: take its `.days`, a whole number.")
    if same_number(ramadan_days, days - 1):
        raise Hint(f"{ramadan_days} days is the distance from the first day to the last: count the first day "
                   "too (add 1).")
    if not same_number(ramadan_days, days):
        raise Hint(f"`ramadan_days` is {describe(ramadan_days)}. Subtract the first day from the last, take "
                   "`.days`, and count both ends.")
    return f"{days} days: a lunar month has 29 or 30, which is why Hijri months drift through the seasons."


@exercise("3.3", "without a publication date", names=("n_without", "n_with", "sentence", "published"),
          hint="Call `find_dates(sentence)` and `find_dates(sentence, ref_date=published)`, and count each list "
               "with `len()`.")
def _without_publication_date(n_without, n_with, sentence, published):
    from arabic_news.dates import find_dates

    expected_with = len(find_dates(sentence, ref_date=published))
    expected_without = len(find_dates(sentence))
    if not same_number(n_with, expected_with):
        raise Hint(f"`n_with` is {describe(n_with)}. Count the list `find_dates(sentence, ref_date=published)` "
                   "returns: one entry per date expression.")
    if not same_number(n_without, expected_without):
        raise Hint(f"`n_without` is {describe(n_without)}. Call `find_dates(sentence)` with no publication date "
                   "and count what it returns.")
    return ("None without a publication date, all three with one: the library never dates a relative "
            "expression by guessing.")


@exercise("3.4", "how far off?", names=("error_days", "sentence"),
          hint="Merge the two tables on `text` (with `suffixes=` to tell the two `date_start` columns apart), "
               "subtract the right date from the wrong one, and keep `.days` of each difference in a dict.")
def _how_far_off(error_days, sentence):
    import datetime as dt

    from arabic_news.dates import find_dates

    right = {d.text: d.date_start for d in find_dates(sentence, ref_date=dt.date(2021, 7, 29))}
    wrong = {d.text: d.date_start for d in find_dates(sentence, ref_date=dt.date(2021, 8, 5))}
    expected = {text: (wrong[text] - right[text]).days for text in right if text in wrong}
    if not isinstance(error_days, dict):
        raise Hint(f"`error_days` is {describe(error_days)}; it should be a dict from each date's text to a "
                   "number of days.")
    if set(error_days) != set(expected):
        missing = sorted(set(expected) - set(error_days))
        raise Hint(f"The keys should be the texts of the dates found, e.g. «{missing[0] if missing else ''}». "
                   "Use the `text` column of the merged table.")
    for text, days in expected.items():
        got = error_days[text]
        if isinstance(got, dt.timedelta):
            raise Hint(f"For «{text}» you kept a timedelta: keep its `.days`, a whole number.")
        if same_number(got, -days):
            raise Hint(f"For «{text}» you have {got}: subtract the right date from the wrong one (later minus "
                       "earlier), so the error is positive.")
        if not same_number(got, days):
            raise Hint(f"For «{text}» you have {describe(got)} days. Compare its `date_start` in the two tables.")
    return "A week for the days, a whole month for «next month»: relative dates inherit the error, unevenly."


# =========================================================================================
# Lesson 4: from a sentence to a fact

# Our annotation of lesson 04's six sentences, following its guidelines (the teacher's answer).
_L4_VALUES = {1: 2500, 2: 400, 3: None, 4: 900, 5: None, 6: 2500}
_L4_QUALIFIERS = {1: "about", 2: "more_than", 4: "nearly", 6: "exact"}
_L4_SPEAKERS = {1: "Pentagon spokesman", 2: "British defense ministry", 4: "US official", 6: "the official"}
_L4_WHY = {
    1: "Sentence 1: «نحو 2500 جندي أمريكي» is a number of soldiers of a named force in a place (guideline 1); "
       "write the figure as stated, without its hedge (guideline 2).",
    2: "Sentence 2: more than 400 British troops serve in Iraq: a troop level; write the figure as stated, 400 "
       "(guideline 2).",
    3: "Sentence 3 counts soldiers who were killed: a casualty count, not a troop level (guideline 3).",
    4: "Sentence 4: nearly 900 soldiers deployed in Syria is a troop level; write the stated figure.",
    5: "Sentence 5: a number withdrawn says how many left, not how many are there: a change, not a level "
       "(guideline 4).",
    6: "Sentence 6 does state a troop level: «قوامها» (its strength) says what 2500 counts, although no noun "
       "follows the number (guideline 5).",
}


def _check_annotation_keys(name: str, answer, keys) -> None:
    if not isinstance(answer, dict):
        raise Hint(f"`{name}` is {describe(answer)}; it should be a dict from sentence numbers to answers.")
    extra = sorted((k for k in answer if k not in keys), key=str)
    if extra:
        raise Hint(f"`{name}` has the key {extra[0]!r}: the keys are the sentence numbers {sorted(keys)} "
                   "(whole numbers, not strings).")


@exercise("4.1", "which sentences hold a troop level?", names=("my_values",),
          hint="Read each sentence's translation against the six guidelines, then write a dict with every "
               "sentence number from 1 to 6 as a key and a figure (a number) or None as its value.")
def _annotate_values(my_values):
    _check_annotation_keys("my_values", my_values, _L4_VALUES)
    missing = [n for n in _L4_VALUES if n not in my_values]
    if missing:
        raise Hint(f"Sentence {missing[0]} has no answer: give every sentence 1–6 a figure or None.")
    for n, expected in _L4_VALUES.items():
        got = my_values[n]
        if expected is None and got is None:
            continue
        if expected is not None and same_number(got, expected):
            continue
        raise Hint(_L4_WHY[n])
    return ("Four troop levels in six sentences. Two of them (5 and 6) are where annotators most often disagree; "
            "that is what the guidelines are for.")


@exercise("4.2", "hedge and speaker", names=("my_qualifiers", "my_speakers", "SPEAKERS"),
          hint="Give the four sentences with a troop level (1, 2, 4, 6) a qualifier each (lesson 02: which hedge "
               "stands before the figure?) and a speaker from `SPEAKERS`: who said, announced, or is the figure "
               "'according to'?")
def _annotate_qualifiers(my_qualifiers, my_speakers, SPEAKERS):  # noqa: N803 (the notebook's constant)
    _check_annotation_keys("my_qualifiers", my_qualifiers, _L4_QUALIFIERS)
    _check_annotation_keys("my_speakers", my_speakers, _L4_SPEAKERS)
    for n, expected in _L4_QUALIFIERS.items():
        got = my_qualifiers.get(n)
        if got != expected:
            raise Hint(f"Sentence {n}: the qualifier is {got!r}. Which hedge word stands before its figure, if any? "
                       "(«نحو» is about, «أكثر من» more than, «ما يقرب من» nearly; no hedge is exact.)")
    for n, expected in _L4_SPEAKERS.items():
        got = my_speakers.get(n)
        if got not in SPEAKERS and got is not None:
            raise Hint(f"Sentence {n}: {got!r} is not in `SPEAKERS`; choose one of the list (or None).")
        if got != expected:
            raise Hint(f"Sentence {n}: the speaker is {got!r}. Look for the verb of saying (said, announced, "
                       "affirmed) or «بحسب» (according to), and take who it names.")
    return ("In sentence 4 the speaker comes after the figure («بحسب مسؤول أمريكي»): attribution is not always "
            "at the start of a sentence.")


def _l4_predicted(troops) -> set[tuple[int, int]]:
    return {(int(str(r.article_id)[1:]), int(r.value)) for r in troops.itertuples() if r.value == r.value}


@exercise("4.3", "two sets of facts", names=("gold", "predicted", "troops"),
          hint="Both are sets of pairs `(sentence number, figure)`. For `gold`, go through `my_values.items()` "
               "and skip None; for `predicted`, go through `troops.itertuples()` and turn 's3' into 3.")
def _fact_sets(gold, predicted, troops):
    expected_gold = {(n, v) for n, v in _L4_VALUES.items() if v is not None}
    expected_predicted = _l4_predicted(troops)
    for name, got, expected in (("gold", gold, expected_gold), ("predicted", predicted, expected_predicted)):
        if not isinstance(got, (set, frozenset)):
            raise Hint(f"`{name}` is {describe(got)}; make it a set of pairs, e.g. `{{(1, 2500), ...}}`.")
        bad = [p for p in got if not (isinstance(p, tuple) and len(p) == 2)]
        if bad:
            raise Hint(f"`{name}` holds {describe(bad[0])}: each element should be a pair `(sentence, figure)`.")
        if any(isinstance(p[0], str) for p in got):
            raise Hint(f"`{name}` has sentence numbers as text ('s1' or '1'): use whole numbers, `int(...)`.")
        if got != expected:
            if name == "gold":
                raise Hint("`gold` does not hold the four pairs of the annotation: are exercise 4.1's answers "
                           "right, and did you leave out the sentences marked None?")
            raise Hint("`predicted` should hold one pair per row of `troops`: the number of its article and its "
                       "`value`.")
    return "Same shape, same meaning: now the two answers can be compared with set operations."


_PR_CASES = (
    ({(1, 1), (2, 2)}, {(1, 1), (3, 3)}, (0.5, 0.5)),
    ({(1, 1)}, {(1, 1), (2, 2)}, (1.0, 0.5)),
    ({(1, 1), (2, 2), (3, 3), (4, 4)}, {(1, 1)}, (0.25, 1.0)),
    (set(), {(1, 1)}, (1.0, 0.0)),
    ({(1, 1)}, set(), (0.0, 1.0)),
    (set(), set(), (1.0, 1.0)),
)


@exercise("4.4", "the two scores", names=("precision_recall",),
          hint="The true positives are the pairs in both sets (`predicted & gold`). Precision divides their count "
               "by the number predicted, recall by the number in the gold; an empty set gives 1.0.")
def _precision_recall(precision_recall):
    for predicted, gold, expected in _PR_CASES:
        try:
            got = _call(precision_recall, set(predicted), set(gold))
        except ZeroDivisionError:
            raise Hint(f"With predicted={predicted or 'set()'} and gold={gold or 'set()'} your function divided "
                       "by zero. When nothing is predicted, precision is 1.0; when the gold is empty, recall is 1.0."
                       ) from None
        if not (isinstance(got, (tuple, list)) and len(got) == 2):
            raise Hint(f"`precision_recall` gave {describe(got)}: return a pair `(precision, recall)`.")
        if same_number(got[0], expected[0]) and same_number(got[1], expected[1]):
            continue
        if same_number(got[0], expected[1]) and same_number(got[1], expected[0]):
            raise Hint(f"For predicted={predicted} and gold={gold} you gave {tuple(got)}: precision and recall "
                       "are swapped. Precision is about what was predicted: true positives / len(predicted).")
        raise Hint(f"For predicted={predicted or 'set()'} and gold={gold or 'set()'} the answer is {expected}, "
                   f"you gave {tuple(got)}.")
    return "Precision: of what was said, how much is right. Recall: of what was there, how much was found."


@exercise("4.5", "score the extractor", names=("scores", "false_positives", "false_negatives", "troops"),
          hint="`scores` is your function applied to `predicted` and `gold`. The false positives are the pairs "
               "in `predicted - gold`, the false negatives those in `gold - predicted`; keep their sentence numbers.")
def _score_extractor(scores, false_positives, false_negatives, troops):
    gold = {(n, v) for n, v in _L4_VALUES.items() if v is not None}
    predicted = _l4_predicted(troops)
    tp = len(gold & predicted)
    expected = (tp / len(predicted) if predicted else 1.0, tp / len(gold) if gold else 1.0)
    if not (isinstance(scores, (tuple, list)) and len(scores) == 2):
        raise Hint(f"`scores` is {describe(scores)}: it should be the pair your `precision_recall` returns.")
    if not (same_number(scores[0], expected[0]) and same_number(scores[1], expected[1])):
        raise Hint(f"`scores` is {tuple(scores)}. Call `precision_recall(predicted, gold)` (in that order) once "
                   "exercises 4.3 and 4.4 are right.")
    fp = {n for n, _ in predicted - gold}
    fn = {n for n, _ in gold - predicted}
    for name, got, want, word in (("false_positives", false_positives, fp, "found but not in your annotation"),
                                  ("false_negatives", false_negatives, fn, "in your annotation but not found")):
        if not isinstance(got, (set, frozenset)):
            raise Hint(f"`{name}` is {describe(got)}; make it a set of sentence numbers.")
        if any(isinstance(x, tuple) for x in got):
            raise Hint(f"`{name}` holds pairs: keep only the sentence number of each.")
        if set(got) != want:
            raise Hint(f"`{name}` should hold the sentences {word}: compare `predicted` and `gold` with `-`.")
    return (f"Precision {expected[0]:.2f} and recall {expected[1]:.2f}: one troop level too many (sentence "
            f"{min(fp)}), one missed (sentence {min(fn)}).")


# =========================================================================================
# Lesson 6: drawing Arabic (lesson 5 follows below)

_VISUAL_LABEL = "قوات 2500"


@exercise("6.1", "predict the visual order", names=("visual",),
          hint="The line reads right to left because its first letter is Arabic, so position 0 is drawn at the "
               "right end; the number keeps its own left-to-right order. List the positions as the eye meets "
               "them going from left to right.")
def _visual_order(visual):
    from bidi.algorithm import get_display

    label = _VISUAL_LABEL
    if not isinstance(visual, (list, tuple)) or not all(isinstance(i, int) for i in visual):
        raise Hint(f"`visual` is {describe(visual)}; it should be a list of positions in `label`, e.g. [0, 1, …].")
    if sorted(visual) != list(range(len(label))):
        raise Hint(f"`visual` should hold every position 0 to {len(label) - 1} exactly once.")
    if "".join(label[i] for i in visual) == get_display(label):
        return "The number at the left in its own order, the word from the right: that is the bidi algorithm."
    if list(visual) == list(range(len(label))):
        raise Hint("That is the logical order, the order of the string. On screen the Arabic word starts at the "
                   "right end: which position is drawn there?")
    if list(visual) == list(range(len(label)))[::-1]:
        raise Hint("Reversed entirely, the number would read 0052. Digits keep their left-to-right order inside "
                   "an Arabic line: reverse the word, not the number.")
    raise Hint("Place the number first (leftmost, in its own order), then the space, then the letters of the word "
               "from its last to its first.")


@exercise("6.2", "which line is right?", names=("right_line",),
          hint="Look at the right end of each line: the right one starts there with ن, a bowl with a dot above "
               "it. In the other, the letters of each word run the wrong way.")
def _which_line(right_line):
    from arabic_news.plotting import matplotlib_shapes_arabic

    expected = "A" if matplotlib_shapes_arabic() else "B"
    if not isinstance(right_line, str) or right_line.strip().upper() not in ("A", "B"):
        raise Hint(f"`right_line` is {describe(right_line)}; answer \"A\" or \"B\".")
    if right_line.strip().upper() != expected:
        raise Hint(f"Line {right_line.strip().upper()} is the reversed one: look where its ن stands, at the left "
                   "end. The right line starts with ن at the right end.")
    return (f"Line {expected}: this matplotlib {'shapes Arabic itself, so the old recipe reverses it' if expected == 'A' else 'does not shape Arabic, so the old recipe is needed'}.")


_LABELS = ("نحو 2500 جندي", "قاعدة عين الأسد", "2500 troops")


@exercise("6.3", "the label to hand to matplotlib", names=("label_for",),
          hint="Two cases: a matplotlib that shapes by itself gets the text as it is; one that does not gets the "
               "old recipe, `get_display(arabic_reshaper.reshape(text))`. Text with no Arabic letter needs neither.")
def _label_for(label_for):
    from arabic_news.plotting import shape_label

    for native in (True, False):
        for text in _LABELS:
            got = _call(label_for, text, native)
            expected = shape_label(text, native=native)
            if got == expected:
                continue
            if not isinstance(got, str):
                raise Hint(f"`label_for({text!r}, {native})` gave {describe(got)}: return a string.")
            if native:
                raise Hint(f"`label_for({text!r}, True)` changed the text. A matplotlib that shapes by itself must "
                           "get it unchanged, or it reverses it.")
            if got == text and text != expected:
                raise Hint(f"`label_for({text!r}, False)` returned the text unchanged: a renderer that does no "
                           "shaping needs the old recipe's string.")
            raise Hint(f"`label_for({text!r}, {native})` should be {expected!r}; text without Arabic letters "
                       "stays as it is.")
    return "That choice, made by measuring instead of by version number, is what plotting.shape_label does."


_PLACES = ("العراق", "سوريا", "الكويت", "الأردن", "واشنطن", "الجنود")


@exercise("6.4", "English names from the gazetteer", names=("to_english",),
          hint="Build a dict from each row's normalized `name_ar` to its `name_en`, and look the normalized name "
               "up with `.get()`, which gives None for a name that is not there.")
def _to_english(to_english):
    from arabic_news.rules.gazetteer import ENTITIES

    english = {normalize(e.name_ar): e.name_en for e in ENTITIES}
    for name in _PLACES:
        expected = english.get(normalize(name))
        got = _call(to_english, name)
        if got == expected:
            continue
        if expected is None:
            raise Hint(f"`to_english({name!r})` gave {describe(got)}; the gazetteer has no entity of that name, "
                       "so the answer is None.")
        if got is None and normalize(name) != name:
            raise Hint(f"`to_english({name!r})` gave None. The gazetteer writes it with a hamza, the text may "
                       "not: normalize both sides before comparing.")
        raise Hint(f"`to_english({name!r})` gave {describe(got)}; the gazetteer's English name is in `name_en`.")
    return "One table gives every chart its English labels: the Arabic name is never typed twice."


@exercise("6.5", "the chart in English", names=("fig",),
          hint="Call `plotting.plot_counts(mentions, title, label_language=\"en\")` with an English title.")
def _english_chart(fig):
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from arabic_news.plotting import figure_data, has_arabic

    if not isinstance(fig, Figure):
        raise Hint(f"`fig` is {describe(fig)}; it should be the Figure that `plotting.plot_counts` returns.")
    arabic = [t.get_text() for t in fig.findobj(Text) if has_arabic(t.get_text())]
    data = figure_data(fig)
    labels = [] if data is None else [str(v) for v in data["label"]]
    if any(has_arabic(label) for label in labels):
        raise Hint("The bars are labelled in Arabic: pass `label_language=\"en\"` (and make sure exercise 6.4 "
                   "filled the `entity_en` column).")
    if arabic:
        raise Hint(f"The chart still holds Arabic text («{arabic[0]}»): give it an English title too.")
    if not labels:
        raise Hint("The chart has no bars: draw it from `mentions`.")
    return "Same data, same code, labels a mixed class can read."


# =========================================================================================
# Lesson 5: across articles

_BY_OUTLET_COLUMNS = ("article_id", "outlet", "value", "value_low", "value_high", "qualifier", "attribution_en")


def _l5_by_outlet(troops, facts):
    return troops.merge(facts.articles[["article_id", "outlet"]], on="article_id")[list(_BY_OUTLET_COLUMNS)]


@exercise("5.1", "figures by outlet", names=("by_outlet", "troops", "facts"),
          hint="A merge on `article_id` gives each troop level the outlet of its article (`facts.articles` has "
               "one row per article); then keep the columns you need with a list in brackets.")
def _by_outlet(by_outlet, troops, facts):
    import pandas as pd

    if not isinstance(by_outlet, pd.DataFrame):
        raise Hint(f"`by_outlet` is {describe(by_outlet)}; it should be a DataFrame, the merged table.")
    missing = [c for c in _BY_OUTLET_COLUMNS if c not in by_outlet.columns]
    if missing:
        raise Hint(f"`by_outlet` has no column `{missing[0]}`: keep " + ", ".join(_BY_OUTLET_COLUMNS) + ".")
    expected = _l5_by_outlet(troops, facts)
    if len(by_outlet) != len(expected):
        raise Hint(f"`by_outlet` has {len(by_outlet)} rows; it should have one per troop level ({len(expected)}). "
                   "Merge on `article_id`, which each article has once.")
    pairs = sorted(zip(by_outlet["article_id"], by_outlet["outlet"]))
    if pairs != sorted(zip(expected["article_id"], expected["outlet"])):
        raise Hint("Some rows carry the wrong outlet: merge on the `article_id` column of both tables.")
    return "Every figure now knows its outlet: the claim can be compared across the press."


_OVERLAP_CASES = (
    (((2250, 2750), (2500, 3125)), True),
    (((2250, 2500), (2500, 3125)), True),
    (((2500, 3125), (3500, 3500)), False),
    (((3500, 3500), (2250, 2750)), False),
    (((1, 5), (2, 3)), True),
    (((2, 3), (1, 5)), True),
)


@exercise("5.2", "do two intervals overlap?", names=("overlaps",),
          hint="Two intervals share a point unless one ends before the other begins: compare each one's low end "
               "with the other's high end.")
def _overlaps(overlaps):
    for (a, b), expected in _OVERLAP_CASES:
        got = _call(overlaps, a, b)
        if not isinstance(got, bool) and type(got).__name__ != "bool_":
            raise Hint(f"`overlaps({a}, {b})` gave {describe(got)}: return True or False.")
        if bool(got) == expected:
            continue
        if a[1] == b[0] or b[1] == a[0]:
            raise Hint(f"`overlaps({a}, {b})` gave {got}: these two touch at {max(a[0], b[0])}, and ends count "
                       "(nearly 2,500 and more than 2,500 can both be 2,500). Use <= rather than <.")
        if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
            raise Hint(f"`overlaps({a}, {b})` gave {got}: one interval lies inside the other, so they overlap.")
        raise Hint(f"`overlaps({a}, {b})` gave {got}, but they {'do' if expected else 'do not'} share a point.")
    return "Agreement as overlap: «about», «nearly» and «more than» 2,500 all agree, and none of them is 3,500."


@exercise("5.3", "the conflicting figure", names=("conflicting_outlet", "troops", "facts"),
          hint="For each row of `by_outlet`, ask `overlaps` about its `(value_low, value_high)` and that of every "
               "row of another outlet. The conflicting row overlaps none of them.")
def _conflict(conflicting_outlet, troops, facts):
    table = _l5_by_outlet(troops, facts)
    rows = list(table.itertuples())
    alone = sorted({r.outlet for r in rows
                    if not any(r.value_low <= s.value_high and s.value_low <= r.value_high
                               for s in rows if s.outlet != r.outlet)})
    if not isinstance(conflicting_outlet, str):
        raise Hint(f"`conflicting_outlet` is {describe(conflicting_outlet)}: give the outlet's name, a string.")
    if conflicting_outlet not in set(table["outlet"]):
        raise Hint(f"{conflicting_outlet!r} is not one of the outlets: " + ", ".join(sorted(set(table["outlet"]))) + ".")
    if [conflicting_outlet] != alone:
        raise Hint(f"Some figure of {conflicting_outlet} overlaps a figure of another outlet. Which figure is "
                   "far from 2,500, even allowing for «more than»?")
    return f"{conflicting_outlet}: its 3,500 lies above every other interval, «more than 2,500» included."


@exercise("5.4", "shingles and Jaccard", names=("shingles", "jaccard"),
          hint="Split the normalized text into words; a shingle is a tuple of three neighbouring words, one for "
               "each position that still has three words after it. Jaccard: shared elements over all elements "
               "(`&` and `|` on sets).")
def _shingles(shingles, jaccard):
    text = "قال إنَّ نحو 2500 جندي"
    words = normalize(text).split()
    expected = {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
    got = _call(shingles, text)
    if not isinstance(got, (set, frozenset)):
        raise Hint(f"`shingles({text!r})` gave {describe(got)}: return a set of tuples of three words.")
    if any(not isinstance(g, tuple) for g in got):
        raise Hint("Each shingle should be a tuple of three words (a list cannot go in a set).")
    if got != expected:
        plain = text.split()
        if got == {tuple(plain[i:i + 3]) for i in range(len(plain) - 2)}:
            raise Hint("Your shingles keep the vowel marks of «إنَّ»: split the normalized text, so two spellings "
                       "of a copy still match.")
        raise Hint(f"`shingles({text!r})` should hold {len(expected)} shingles, one for each run of three "
                   f"consecutive words; yours holds {len(got)}.")
    for a, b, want in (({1, 2}, {2, 3}, 1 / 3), ({1}, {1}, 1.0), ({1}, {2}, 0.0)):
        sim = _call(jaccard, a, b)
        if not same_number(sim, want):
            raise Hint(f"`jaccard({a}, {b})` gave {describe(sim)}; it should be {want:.3g}: shared elements over "
                       "all elements.")
    return "Shingles of normalized words: a copy with different spelling or punctuation still shares them."


@exercise("5.5", "which two articles share a story?", names=("similarity", "wire_pair", "TEXTS"),
          hint="For each pair `(x, y)` that `combinations(TEXTS, 2)` gives, store the Jaccard similarity of the "
               "shingles of the two texts. Then look for the key with the largest value (`max` takes a `key=`).")
def _wire_pair(similarity, wire_pair, TEXTS):  # noqa: N803 (the notebook's constant)
    from itertools import combinations

    def sh(text: str) -> set:
        words = normalize(text).split()
        return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}

    expected = {(x, y): len(sh(TEXTS[x]) & sh(TEXTS[y])) / len(sh(TEXTS[x]) | sh(TEXTS[y]))
                for x, y in combinations(TEXTS, 2)}
    if not isinstance(similarity, dict) or set(similarity) != set(expected):
        raise Hint("`similarity` should be a dict with one key per pair of articles, (\"A\", \"B\"), (\"A\", \"C\") "
                   f"… ({len(expected)} pairs).")
    for pair, value in expected.items():
        if not same_number(similarity[pair], value, tolerance=1e-6):
            raise Hint(f"The similarity of {pair} should be {value:.3f}; yours is {describe(similarity[pair])}. "
                       "Use your `shingles` on both texts, then `jaccard`.")
    best = max(expected, key=expected.get)
    if not isinstance(wire_pair, tuple) or tuple(sorted(wire_pair)) != tuple(sorted(best)):
        raise Hint(f"`wire_pair` is {describe(wire_pair)}: the key of `similarity` with the largest value.")
    return f"{best[0]} and {best[1]}: {expected[best]:.2f} of their shingles are shared; no other pair reaches 0.1."


@exercise("5.6", "a citation table", names=("citations", "facts"),
          hint="Keep the mentions whose `type` is 'outlet' (done above as `outlets_named`), merge them with the "
               "articles' outlets on `article_id`, and rename `entity_en` to `cites`.")
def _citations(citations, facts):
    import pandas as pd

    named = facts.mentions[facts.mentions["type"] == "outlet"]
    expected = sorted(zip(named.merge(facts.articles[["article_id", "outlet"]], on="article_id")["outlet"],
                          named["entity_en"]))
    if not isinstance(citations, pd.DataFrame):
        raise Hint(f"`citations` is {describe(citations)}; it should be a DataFrame with columns outlet and cites.")
    if list(citations.columns) != ["outlet", "cites"]:
        raise Hint(f"`citations` has the columns {list(citations.columns)}; keep exactly `outlet` and `cites` "
                   "(rename `entity_en` with `.rename(columns={...})`).")
    got = sorted(zip(citations["outlet"], citations["cites"]))
    if got != expected:
        raise Hint(f"`citations` has {len(got)} rows; it should list each outlet with each agency it names "
                   f"({len(expected)} rows). Check the merge on `article_id`.")
    return ("Three of the four outlets credit an agency, and two agencies stand behind every figure of about "
            "2,500: many reports, few sources.")
