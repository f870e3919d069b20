"""Compiling word tables into matchers: the one place the finders and extractors share.

- `trie_pattern`: `numbers` and `dates` each turn their tables' forms into one
  alternation. A flat alternation of hundreds of forms makes Python's regex engine
  try every form at every position; the same forms factored as a character trie let
  it give up after one character almost everywhere.
- `PhraseMatcher`: tables of word forms (the gazetteer, attribution's speaker words,
  extraction's cue tables) matched word by word, with the clitic prefixes of
  `rules.clitics` allowed before the first word: one scan of a text for every table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

from arabic_news.rules import clitics

T = TypeVar("T")


def trie_pattern(forms: Iterable[str], *, space: str = r"\s+") -> str:
    """One regex alternation of `forms`, factored as a character trie; longer forms win.

    Args:
        forms: the surface forms (already normalized).
        space: what a space inside a form matches (any run of whitespace by default).
    Returns:
        A pattern without anchors or groups that capture; "" for no forms.
    Example:
        >>> p = trie_pattern(["نحو", "نحوا", "ما يقرب من"])
        >>> [m.group() for m in re.finditer(p, "نحوا ما  يقرب من")]
        ['نحوا', 'ما  يقرب من']
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
            piece = space if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for key, child in node.items() if key), default=0)


# ---------------------------------------------------------------------------------------------
# Phrase tables: the one matcher of word forms with clitics (gazetteer, attribution, extraction cues).

_WORD_RE = re.compile(r"[^\W_]+")
# What may stand between the words of a multi-word form: spaces or dashes («شمال-شرق»), quotes and
# the marks of a hashtag («تنظيم "الدولة الإسلامية"», «منطقة #الساحل», «#بوركينا_فاسو»), or one
# dot with no space (العربية.نت).
_GAP_RE = re.compile(r"[\s\-–\"«»“”#_]+|\.")


class Hit(NamedTuple):
    """One match of a phrase table in normalized text.

    Attributes:
        start: offset of the first word (its clitics included) in the text matched.
        end: half-open end of the last word.
        form: the table's form that matched.
        value: the value the table gives that form.
    """

    start: int
    end: int
    form: str
    value: Any


def clitic_readings(word: str) -> tuple[tuple[str, bool], ...]:
    """`word` and what it may be once its clitic prefixes (`rules.clitics`) are taken off.

    Each reading comes with whether a "heavy" clitic was taken off: ف or a preposition
    (ب ل ك), which a short form may not carry (`rules.clitics.SHORT_FORM_LETTERS`). The
    word itself comes first; a reading keeps at least two letters.

    Example:
        >>> [r for r, _ in clitic_readings("وبالعراق")]
        ['وبالعراق', 'بالعراق', 'العراق', 'عراق']
        >>> [r for r, heavy in clitic_readings("للعراق") if heavy]
        ['لعراق', 'العراق', 'عراق']
    """
    return _readings(word)


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[str, bool], ...]:
    out: dict[str, bool] = {word: False}

    def add(reading: str, heavy: bool) -> None:
        if len(reading) >= 2 and reading not in out:
            out[reading] = heavy

    for conj in ("",) + clitics.CONJUNCTIONS:
        if not word.startswith(conj):
            continue
        after_conj = word[len(conj):]
        for prep in ("",) + clitics.PREPOSITIONS:
            if not after_conj.startswith(prep):
                continue
            rest = after_conj[len(prep):]
            heavy = bool(prep) or (bool(conj) and conj not in clitics.LIGHT_CONJUNCTIONS)
            if conj or prep:
                add(rest, heavy)
            if rest.startswith(clitics.ARTICLE) and len(rest) > len(clitics.ARTICLE) + 1:
                add(rest[len(clitics.ARTICLE):], heavy)
        if after_conj.startswith(clitics.LAM_ARTICLE) and len(after_conj) > len(clitics.LAM_ARTICLE) + 1:
            stem = after_conj[len(clitics.LAM_ARTICLE):]
            add(clitics.ARTICLE + stem, True)   # «للعراق» = ل + العراق
            add(stem, True)
    return tuple(out.items())


class _Entry(NamedTuple):
    table: str
    words: tuple[str, ...]
    form: str
    value: Any
    guarded: bool   # a short form of this table takes no heavy clitic


class PhraseMatcher(Generic[T]):
    """Match tables of normalized word forms in text: one scan for every table.

    A form is one or more words (runs of letters and digits); its first word may carry
    clitic prefixes (و ف, then ب ل ك, then ال; `rules.clitics`), and its words may be
    separated by spaces, a dash or one dot (العربية.نت). For each table, the longest form
    starting at a word wins, and one table's matches never overlap; different tables
    match independently. In a table built with ``guard_short_forms``, a form whose first
    word has at most `rules.clitics.SHORT_FORM_LETTERS` letters takes only و and ال, so
    «وات» (the TAP agency) does not match «فوات».

    Args:
        rows: (form, value) pairs of a single table; forms as `normalize()` outputs them.
        guard_short_forms: apply the short-form rule to that table.
    Example:
        >>> m = PhraseMatcher([("البيت الابيض", "white_house"), ("بايدن", "biden")])
        >>> [(v, s, e) for s, e, v in m.find_normalized("وصل بايدن الي البيت الابيض")]
        [('biden', 4, 9), ('white_house', 14, 26)]
    """

    def __init__(self, rows: Iterable[tuple[str, T]] = (), *, guard_short_forms: bool = True,
                 tables: Mapping[str, Iterable[tuple[str, Any]]] | None = None,
                 guarded_tables: Iterable[str] = ()):
        if tables is None:
            tables, guarded_tables = {"": rows}, ("",) if guard_short_forms else ()
        guarded = set(guarded_tables)
        self.names: tuple[str, ...] = tuple(tables)
        index: dict[str, list[_Entry]] = {}
        for name, table_rows in tables.items():
            seen: set[str] = set()
            for form, value in table_rows:
                if form in seen:
                    continue
                seen.add(form)
                words = tuple(_WORD_RE.findall(form))
                if words:
                    index.setdefault(words[0], []).append(_Entry(name, words, form, value, name in guarded))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e.words))
        self._index = index
        self._starts = _word_pattern(index)
        self._plans: dict[str, tuple[frozenset, tuple[tuple[str, tuple[int, ...], dict], ...]]] = {}

    @classmethod
    def of_tables(cls, tables: Mapping[str, Iterable[tuple[str, Any]]], *,
                  guarded: Iterable[str] = ()) -> "PhraseMatcher":
        """A matcher of several named tables, scanned together (`find_tables`).

        Args:
            tables: table name → (form, value) rows.
            guarded: the names of the tables whose short forms take no heavy clitic.
        """
        return cls(tables=tables, guarded_tables=guarded)

    def _entries_for(self, word: str) -> tuple[tuple[_Entry, bool], ...]:
        """Every entry a word may start (through each clitic reading), longest first per reading."""
        return tuple((entry, heavy) for reading, heavy in _readings(word)
                     for entry in self._index.get(reading, ())
                     if not (heavy and entry.guarded and len(entry.words[0]) <= clitics.SHORT_FORM_LETTERS))

    def _plan_for(self, word: str) -> tuple[frozenset, tuple[tuple[str, tuple[int, ...], dict], ...]]:
        """What a word may start: (every beginning of the words a form starting with it has
        after it, by table: (table, the numbers of words that may follow it, longest first,
        {those following words: the entry})), computed once per word.

        Per table the longest form wins, and among forms of the same words the first of
        `_entries_for`; the dictionary keeps that one.
        """
        plan = self._plans.get(word)
        if plan is None:
            by_table: dict[str, dict[tuple[str, ...], _Entry]] = {}
            for entry, _heavy in self._entries_for(word):
                by_table.setdefault(entry.table, {}).setdefault(entry.words[1:], entry)
            tables = tuple((table, tuple(sorted({len(rest) for rest in by_rest}, reverse=True)), by_rest)
                           for table, by_rest in by_table.items())
            beginnings = frozenset(rest[:k] for by_rest in by_table.values() for rest in by_rest
                                   for k in range(1, len(rest) + 1))
            plan = (beginnings, tables)
            if len(self._plans) < 200_000:
                self._plans[word] = plan
        return plan

    def find_tables(self, text: str) -> dict[str, list[Hit]]:
        """Matches of every table in normalized `text`, by table name, each list by position.

        Only the words that may start a form (`_word_pattern`) are looked at; the words after
        one are read only to complete a form of several words.

        Example:
            >>> m = PhraseMatcher.of_tables({"force": [("القوات", 1)], "place": [("العراق", 2)]})
            >>> {k: [(h.start, h.end) for h in v] for k, v in m.find_tables("والقوات في العراق").items()}
            {'force': [(0, 7)], 'place': [(11, 17)]}
        """
        found: dict[str, list[Hit]] = {name: [] for name in self.names}
        busy_until: dict[str, int] = {}
        plans = self._plans
        for word in self._starts.finditer(text):
            plan = plans.get(word.group())
            if plan is None:
                plan = self._plan_for(word.group())
            beginnings, tables = plan
            ws, we = word.span()
            after: list[tuple[str, int]] | None = None
            for table, lengths, by_rest in tables:
                if busy_until.get(table, -1) > ws:
                    continue
                for n_after in lengths:
                    if n_after == 0:
                        entry, end = by_rest[()], we
                    else:
                        if after is None:
                            after = _words_after(text, we, beginnings)
                        if len(after) < n_after:
                            continue
                        entry = by_rest.get(tuple(w for w, _ in after[:n_after]))
                        if entry is None:
                            continue
                        end = after[n_after - 1][1]
                    found[table].append(Hit(ws, end, entry.form, entry.value))
                    busy_until[table] = end
                    break
        return found

    def find_normalized(self, text: str) -> list[tuple[int, int, T]]:
        """Matches of a single-table matcher in normalized `text`, as (start, end, value)."""
        return [(h.start, h.end, h.value) for h in self.find_tables(text)[self.names[0]]]

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Matches in raw `text`, as (start, end, value) with offsets into `text`."""
        from arabic_news.normalize import normalize_with_offsets

        norm = normalize_with_offsets(text)
        return [(*norm.raw_span(s, e), v) for s, e, v in self.find_normalized(norm.text)]


def _words_after(text: str, pos: int, beginnings: frozenset) -> list[tuple[str, int]]:
    """The words after offset `pos` (the end of a word), each with its end, for as long as each
    is joined to the one before by an allowed gap (`_GAP_RE`) and they are one of `beginnings`."""
    out: list[tuple[str, int]] = []
    read: tuple[str, ...] = ()
    while True:
        word = _WORD_RE.search(text, pos)
        if word is None:
            return out
        read += (word.group(),)
        if read not in beginnings or not _GAP_RE.fullmatch(text, pos, word.start()):
            return out
        out.append((word.group(), word.end()))
        pos = word.end()


def _word_pattern(first_words: Iterable[str]) -> re.Pattern:
    """A regex of the whole words whose clitic readings (`_readings`) may be one of `first_words`.

    Every reading of a word is the word less clitic prefixes (`rules.clitics`), or, after
    «لل», the article and the rest: so a word may start a form only when it is at most a few
    clitics followed by a first word, or by a first word less its article. The matcher looks
    up only the words this finds (a superset), and skips the others in one regex step.
    """
    article = clitics.ARTICLE
    stems = set(first_words)
    stems |= {w[len(article):] for w in stems if w.startswith(article) and len(w) > len(article) + 1}
    clitic = sorted(set(clitics.CONJUNCTIONS + clitics.PREPOSITIONS + (article, clitics.LAM_ARTICLE)),
                    key=lambda c: (-len(c), c))
    if not stems:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, clitic)) + "){0,4}(?:"
                      + trie_pattern(sorted(stems)) + r")(?![^\W_])")
