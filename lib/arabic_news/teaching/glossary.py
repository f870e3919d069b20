"""The course's glossary, generated: the words the lessons gloss, read against the library's tables.

A lesson glosses an Arabic word the first time the course uses it, in its markdown, as

    <bdi>نحو</bdi> (*naḥwa*, about)

that is: the Arabic in a ``<bdi>`` (so it keeps its order inside an English line), then
in brackets the transliteration in italics and the English. `collect_terms` reads the
master notebooks in course order and keeps the first gloss of every word, with the lesson
and section where it stands. `library_reading` looks the word up in the language tables
under ``arabic_news.rules`` (hedges, number words, vague amounts, units, months, weekdays,
relative days, period words, speaker words, the gazetteer); when a table has the word, the
glossary's English comes from that table row, and the glossary names the table, so the
word's meaning is written in one place. Words no table has (the names of letters and marks,
verbs of the example sentences) keep the lesson's English; for a letter or mark the glossary
adds what `normalize()` does to it (`rules.characters`).
Nothing is typed twice: the transliteration exists only in the lesson, the meaning only
in the table or the lesson.

Example:
    >>> library_reading("نَحْوَ")
    ('about', 'rules/hedges.py')
    >>> library_reading("تموز")
    ('July (Levantine month name)', 'rules/months.py')
    >>> library_reading("تشكيل") is None, library_reading("ة") is None
    (True, True)
"""

from __future__ import annotations

import calendar
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from arabic_news.normalize import normalize
from arabic_news.rules.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS

__all__ = ["Term", "GLOSS_RE", "BDI_RE", "collect_terms", "library_reading", "character_rule", "glossary_frame",
           "glossary_html"]

GLOSS_RE = re.compile(r"<bdi>([^<]*[\u0600-\u06FF][^<]*)</bdi>\s*\(\*([^*]+)\*,\s*([^)]+)\)")
"""A first-use gloss in a lesson's markdown: ``<bdi>Arabic</bdi> (*transliteration*, English)``."""

BDI_RE = re.compile(r"<bdi>([^<]*[\u0600-\u06FF][^<]*)</bdi>")
"""Any Arabic run in English prose (glossed or not)."""

_HEADING_RE = re.compile(r"^#{1,3}\s+(.+?)\s*$", re.M)


@dataclass(frozen=True)
class Term:
    """One glossary entry.

    Attributes:
        arabic: the word as the lesson first writes it.
        key: its normalized form (what two spellings of one word share).
        transliteration: as the lesson writes it.
        english: the table's meaning when a rules table gives the word one, else the lesson's gloss.
        source: where the English comes from: ``rules/<table>.py`` or ``lesson text``.
        library: what the library's tables do with the word when that is not a meaning (a letter
            that normalization rewrites), else "".
        lesson: the lesson's file stem, e.g. ``02_numbers_and_hedges``.
        section: the heading above the first use.
        lesson_gloss: the English the lesson gives.
    """

    arabic: str
    key: str
    transliteration: str
    english: str
    source: str
    lesson: str
    section: str
    lesson_gloss: str
    library: str = ""


def term_key(arabic: str) -> str:
    """The normalized form under which a word is glossed once.

    A letter or a mark on its own (two characters at most, e.g. «أ» or «◌ُ») is its own key:
    normalizing would make أ and ا, or two marks, the same entry.

    Example:
        >>> term_key("أَكْثَرُ مِنْ") == term_key("اكثر من"), term_key("أ") == term_key("ا")
        (True, False)
    """
    stripped = arabic.strip()
    if len(stripped) <= 2:
        return stripped
    return " ".join(normalize(stripped).split())


def collect_terms(lessons: Iterable[Path]) -> list[Term]:
    """Every word the course glosses, at its first use, in course order.

    Args:
        lessons: the master notebooks, in course order. Cells tagged ``teacher`` are skipped
            (the student never sees them).
    Returns:
        One `Term` per normalized word.
    """
    import nbformat

    terms: dict[str, Term] = {}
    for path in lessons:
        nb = nbformat.read(str(path), as_version=4)
        section = ""
        for cell in nb.cells:
            if cell.cell_type != "markdown" or "teacher" in cell.get("metadata", {}).get("tags", []):
                continue
            events = sorted([(m.start(), 0, m) for m in _HEADING_RE.finditer(cell.source)]
                            + [(m.start(), 1, m) for m in GLOSS_RE.finditer(cell.source)], key=lambda e: e[:2])
            for _, is_gloss, match in events:
                if not is_gloss:
                    section = match.group(1)
                    continue
                arabic, translit, english = (g.strip() for g in match.groups())
                key = term_key(arabic)
                if key in terms:
                    continue
                reading = library_reading(arabic)
                rule = character_rule(arabic)
                terms[key] = Term(arabic, key, translit, reading[0] if reading else english,
                                  reading[1] if reading else "lesson text", path.stem,
                                  _plain(section), english, rule)
    return list(terms.values())


def _plain(heading: str) -> str:
    return re.sub(r"<[^>]+>|[*`]", "", heading).strip()


# --------------------------------------------------------------------------- the tables


def _number_english(value: int | float, kind: str, vague: str | None) -> str:
    if kind == "fraction":
        return f"{Fraction(value).limit_denominator(12)} (fraction)"
    if kind == "scale_plural":
        return f"{(vague or '').replace('_', ' ')} (times {value:,} after a number; alone, a vague amount)"
    if kind == "dual_scale":
        return f"{value:,} (dual: two {value // 2:,}s)"
    return f"{value:,}"


@lru_cache(maxsize=1)
def _readings() -> dict[str, tuple[str, str]]:
    """Normalized form → (English, table), the first table that has the form winning."""
    from hijridate import Hijri

    from arabic_news.rules import attribution_cues, characters, gazetteer, hedges, months, periods, units, weekdays
    from arabic_news.rules import numbers as number_rules

    found: dict[str, tuple[str, str]] = {}

    def add(form: str, english: str, table: str) -> None:
        found.setdefault(" ".join(normalize(form).split()), (english, f"rules/{table}.py"))

    for h in hedges.HEDGES:
        add(h.form, h.qualifier.replace("_", " "), "hedges")
    for w in number_rules.NUMBER_WORDS:
        for form in w.forms:
            add(form, _number_english(w.value, w.kind, w.vague), "numbers")
    for v in number_rules.VAGUE:
        for form in v.forms:
            add(form, f"{v.label.replace('_', ' ')} ({v.low:,} to {v.high:,})", "numbers")
    for u in units.UNITS:
        noun = u.unit.replace("_", " ")
        for form in u.forms:
            add(form, noun, "units")
        for form in u.duals:
            add(form, f"two of '{noun}' (dual)", "units")
    for m in months.MONTHS:
        if m.calendar == "hijri":
            english = f"{Hijri(1445, m.month, 1).month_name()} (Hijri month)"
        else:
            english = f"{calendar.month_name[m.month]} ({m.system.capitalize()} month name)"
        for form in m.forms:
            add(form, english, "months")
    for d in weekdays.WEEKDAYS:
        for form in d.forms:
            add(form, calendar.day_name[d.weekday], "weekdays")
    for r in periods.RELATIVE_DAYS:
        when = ("the publication day" if r.offset == 0 else
                f"{abs(r.offset)} day(s) {'before' if r.offset < 0 else 'after'} the publication date")
        add(r.form, when, "periods")
    for p in periods.PERIOD_NOUNS:
        for form in p.forms:
            add(form, p.unit, "periods")
    for mod in periods.MODIFIERS:
        add(mod.form, {"past": "last, past", "future": "next, coming", "current": "current, this",
                       "after_next": "the one after next"}[mod.direction],
            "periods")
    for s in attribution_cues.SPEAKER_WORDS:
        add(s.form, s.en, "attribution_cues")
    from arabic_news.mentions import is_adjective_form

    for e in gazetteer.ENTITIES:
        for form in (e.name_ar, *e.forms):
            adjective = is_adjective_form(e.key, form)
            add(form, f"of {e.name_en} (adjective)" if adjective else e.name_en, "gazetteer")
    return found


def character_rule(arabic: str) -> str:
    """What `normalize()` does to a letter or mark on its own, from `rules.characters`; "" for anything else.

    Example:
        >>> character_rule("ة")
        "rules/characters.py, rule 'taa_marbuta': written ه"
        >>> character_rule("◌ّ"), character_rule("جندي")
        ("rules/characters.py, rule 'diacritics': deleted", '')
    """
    from arabic_news.rules.characters import CHAR_RULES

    stripped = arabic.strip()
    if len(stripped) > 2:
        return ""
    for rule in CHAR_RULES:
        for ch in stripped:
            if ch in rule.mapping:
                becomes = rule.mapping[ch]
                return f"rules/characters.py, rule '{rule.name}': " + (f"written {becomes}" if becomes else "deleted")
    return ""


def library_reading(arabic: str) -> tuple[str, str] | None:
    """What the library's tables say a word means: ``(English, "rules/<table>.py")`` or None.

    The word is looked up as written (normalized), then without a one-letter clitic (و ف ب ل ك,
    `rules.clitics`) and the article ال, then with the article (weekday names carry it).
    """
    table = _readings()
    stripped = arabic.strip()
    if len(stripped) <= 2:  # a letter or a mark: no word of the tables (see character_rule)
        return None
    key = term_key(arabic)
    candidates = [key]
    for prefix in CONJUNCTIONS + PREPOSITIONS:
        if key.startswith(prefix) and len(key) > 3:
            candidates.append(key[len(prefix):])
    for c in list(candidates):
        if c.startswith(ARTICLE) and len(c) > 4:
            candidates.append(c[len(ARTICLE):])
        if len(c) >= 3:
            candidates.append(ARTICLE + c)
    for c in candidates:
        if c in table:
            return table[c]
    return None


# --------------------------------------------------------------------------- the page


def glossary_frame(terms: Iterable[Term]):
    """The glossary as a DataFrame (one row per term, sorted by Arabic), for CSV and HTML."""
    import pandas as pd

    rows = [{"arabic": t.arabic, "transliteration": t.transliteration, "english": t.english,
             "source": t.source, "library": t.library, "lesson": t.lesson, "section": t.section,
             "lesson_gloss": t.lesson_gloss}
            for t in terms]
    frame = pd.DataFrame(rows, columns=["arabic", "transliteration", "english", "source", "library", "lesson",
                                        "section", "lesson_gloss"])
    return frame.sort_values(["lesson", "arabic"], kind="mergesort", ignore_index=True)


def glossary_html(terms: Iterable[Term], lesson_titles: dict[str, str], *, href: str = "student/{lesson}.html") -> str:
    """The rows of the glossary page's table, escaped, Arabic cells right to left."""
    from arabic_news.teaching.checks import inline_html

    rows = []
    for t in terms:
        link = html.escape(href.format(lesson=t.lesson))
        where = (f'<a href="{link}">{html.escape(lesson_titles.get(t.lesson, t.lesson))}</a>'
                 + (f"<br><small>{html.escape(t.section)}</small>" if t.section else ""))
        source = f"<code>{html.escape(t.source)}</code>" if t.source.startswith("rules/") else "the lesson"
        if t.library:
            source += f"<br><small>{inline_html(t.library.replace('rules/characters.py, ', 'normalize(), '))}</small>"
        rows.append(
            "<tr>"
            f'<td dir="rtl" lang="ar" class="an-gloss-ar">{html.escape(t.arabic)}</td>'
            f'<td dir="ltr" lang="en"><em>{html.escape(t.transliteration)}</em></td>'
            f'<td dir="ltr" lang="en">{html.escape(t.english)}</td>'
            f'<td dir="ltr" lang="en">{where}</td>'
            f'<td dir="ltr" lang="en">{source}</td>'
            "</tr>"
        )
    return "\n".join(rows)
