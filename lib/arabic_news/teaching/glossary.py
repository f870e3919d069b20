"""The course's glossary, generated: the words the lessons gloss, read against the library's tables.

A lesson glosses an Arabic word the first time the course uses it, in its markdown, as

    <bdi>نحو</bdi> (*naḥwa*, about)

that is: the Arabic in a ``<bdi>`` (so it keeps its order inside an English line), then
in brackets the transliteration in italics and the English. `collect_terms` reads the
master notebooks in course order and keeps the first gloss of every word, with the lesson
and section where it stands. `library_reading` looks the word up in the language tables
under ``arabic_news.rules`` (hedges, number words, vague amounts, units, months, weekdays,
relative days, period words, speaker words, the gazetteer, the character rules); when a
table has the word, the glossary's English comes from that table row, and the glossary
names the table, so the word's meaning is written in one place. Words no table has (the
names of letters and marks, verbs of the example sentences) keep the lesson's English.
Nothing is typed twice: the transliteration exists only in the lesson, the meaning only
in the table or the lesson.

Example:
    >>> library_reading("نَحْوَ")
    ('about', 'rules/hedges.py')
    >>> library_reading("تموز")
    ('July (Levantine month name)', 'rules/months.py')
    >>> library_reading("تشكيل") is None
    True
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

__all__ = ["Term", "GLOSS_RE", "BDI_RE", "collect_terms", "library_reading", "glossary_frame", "glossary_html"]

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
        english: the table's reading when a rules table has the word, else the lesson's gloss.
        source: ``rules/<table>.py`` or ``lesson text``.
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
                terms[key] = Term(arabic, key, translit, reading[0] if reading else english,
                                  reading[1] if reading else "lesson text", path.stem,
                                  _plain(section), english)
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
        add(mod.form, {"past": "last, past", "future": "next, coming", "current": "current, this"}[mod.direction],
            "periods")
    for s in attribution_cues.SPEAKER_WORDS:
        add(s.form, s.en, "attribution_cues")
    for e in gazetteer.ENTITIES:
        for form in (e.name_ar, *e.forms):
            add(form, e.name_en, "gazetteer")
    for rule in characters.CHAR_RULES:
        for char in rule.mapping:
            if "\u0600" <= char <= "\u06ff":
                found.setdefault(char, (f"{rule.name.replace('_', ' ')} ({rule.note})", "rules/characters.py"))
    return found


def library_reading(arabic: str) -> tuple[str, str] | None:
    """What the library's tables say a word means: ``(English, "rules/<table>.py")`` or None.

    The word is looked up as written (normalized), then without a clitic (و ف ب ل ك) and
    the article ال, then with the article (weekday names carry it).
    """
    table = _readings()
    stripped = arabic.strip()
    if len(stripped) <= 2:  # a letter or a mark (on a dotted circle): the character rules, as written
        for ch in stripped:
            if ch in table:
                return table[ch]
    key = term_key(arabic) if len(stripped) > 2 else " ".join(normalize(stripped).split())
    candidates = [key]
    for prefix in ("و", "ف", "ب", "ل", "ك"):
        if key.startswith(prefix) and len(key) > 3:
            candidates.append(key[1:])
    for c in list(candidates):
        if c.startswith("ال") and len(c) > 4:
            candidates.append(c[2:])
        if len(c) >= 3:
            candidates.append("ال" + c)
    for c in candidates:
        if c in table:
            return table[c]
    return None


# --------------------------------------------------------------------------- the page


def glossary_frame(terms: Iterable[Term]):
    """The glossary as a DataFrame (one row per term, sorted by Arabic), for CSV and HTML."""
    import pandas as pd

    rows = [{"arabic": t.arabic, "transliteration": t.transliteration, "english": t.english,
             "source": t.source, "lesson": t.lesson, "section": t.section, "lesson_gloss": t.lesson_gloss}
            for t in terms]
    frame = pd.DataFrame(rows, columns=["arabic", "transliteration", "english", "source", "lesson", "section",
                                        "lesson_gloss"])
    return frame.sort_values(["lesson", "arabic"], kind="mergesort", ignore_index=True)


def glossary_html(terms: Iterable[Term], lesson_titles: dict[str, str], *, href: str = "student/{lesson}.html") -> str:
    """The rows of the glossary page's table, escaped, Arabic cells right to left."""
    rows = []
    for t in terms:
        link = html.escape(href.format(lesson=t.lesson))
        where = (f'<a href="{link}">{html.escape(lesson_titles.get(t.lesson, t.lesson))}</a>'
                 + (f"<br><small>{html.escape(t.section)}</small>" if t.section else ""))
        rows.append(
            "<tr>"
            f'<td dir="rtl" lang="ar" class="an-gloss-ar">{html.escape(t.arabic)}</td>'
            f'<td dir="ltr" lang="en"><em>{html.escape(t.transliteration)}</em></td>'
            f'<td dir="ltr" lang="en">{html.escape(t.english)}</td>'
            f'<td dir="ltr" lang="en"><code>{html.escape(t.source)}</code></td>'
            f'<td dir="ltr" lang="en">{where}</td>'
            "</tr>"
        )
    return "\n".join(rows)
