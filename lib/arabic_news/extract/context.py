"""One article's context: its body normalized once, with every finder's results by position.

`ArticleContext` is what every extraction rule reads. It masks everything but the body
(title and website chrome stay out, offsets unchanged), normalizes the body once, splits
its sentences, runs the one phrase matcher (`patterns.PhraseMatcher`) over the cue tables
of `rules/` (`CUE_TABLES`), and finds dates once per reference day. Rules then ask it
for offsets (`n`, `raw_span`), sentences, clauses and the cue hits inside a span
(`hits_in`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Iterable

from arabic_news import mentions
from arabic_news.normalize import normalize_with_offsets
from arabic_news.patterns import Hit, PhraseMatcher
from arabic_news.rules import attack_periods as attack_period_rules
from arabic_news.rules import clauses, clitics
from arabic_news.rules import events as event_rules
from arabic_news.rules import force_ids as force_id_rules
from arabic_news.rules import forces as force_rules
from arabic_news.rules import known_events as known_rules
from arabic_news.rules import weapons as weapon_rules
from arabic_news.rules import weekdays as weekday_rules

__all__ = ["ArticleContext", "cue_matcher", "marks_class", "distance", "words_re"]


def marks_class(marks: str) -> str:
    """A regex character class of the punctuation `marks` (from `rules.clauses`)."""
    return "[" + re.escape(marks) + "]"


_FUTURE_VERB_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, clitics.CONJUNCTIONS)) + r")?("
    + re.escape(clauses.FUTURE_PREFIX) + "[" + "".join(clauses.FUTURE_PERSON_PREFIXES) + r"]\w{"
    + str(clauses.FUTURE_MIN_STEM_LETTERS) + r",})")
_NOT_FUTURE = frozenset(event_rules.NOT_FUTURE_VERBS)


def words_re(forms: Iterable[str], before: str = "", after: str = "") -> re.Pattern:
    """A pattern of `forms` as whole words, each maybe after a clitic prefix (`rules.clitics.PREFIXES`), with
    `before` and `after` around it: for a rule that looks at one spot rather than scanning the text
    (no hit in `ArticleContext.hits`)."""
    alternatives = "|".join(map(re.escape, sorted(set(forms), key=len, reverse=True)))
    prefixes = "|".join(map(re.escape, sorted(clitics.PREFIXES, key=len, reverse=True)))
    return re.compile(rf"{before}(?<!\w)(?:{prefixes})?(?:{alternatives})(?!\w){after}")


def _flags(forms: Iterable[str]) -> list[tuple[str, bool]]:
    return [(f, True) for f in forms]


def _table_rows() -> dict[str, list[tuple[str, Any]]]:
    """Every cue table of rules/ the extraction reads, by the name the rules look it up by.

    A hit's value is the table's row (force, personnel, known_event), what the row gives
    (trigger: (row index, event type); status; weapon; target; marker: past/current/future;
    weekday: its number) or True for a table that is a list of forms.
    """
    f, e, k = force_rules, event_rules, known_rules
    return {
        "force": [(w.form, w) for w in force_words()],
        "personnel": [(p.form, p) for p in f.PERSONNEL_NOUNS],
        "troop_noun": _flags(f.TROOP_NOUNS), "anaphor": _flags(f.ANAPHORS),
        "exception": _flags(f.EXCEPTION_CUES), "staying": _flags(f.STAYING_VERBS),
        "change": _flags(f.CHANGE_CUES), "total": _flags(f.TOTAL_CUES), "past": _flags(f.PAST_CUES),
        "casualty": _flags(f.CASUALTY_CUES), "decrement": _flags(f.DECREMENT_CUES),
        "partitive": _flags(f.PARTITIVE_CUES), "current": _flags(f.CURRENT_CUES),
        "casualty_after": _flags(f.CASUALTY_AFTER_CUES), "mixed": _flags(f.MIXED_WITH_PEOPLE),
        "not_location": _flags(f.NOT_LOCATION_CUES), "locative": _flags(f.LOCATIVE_CUES),
        "civilian": _flags(f.CIVILIAN_CONTEXT), "veteran": _flags(f.VETERAN_CUES),
        "casualty_later": _flags(f.CASUALTY_VERBS_LATER), "comparison": _flags(f.COMPARISON_CUES),
        "training": _flags(f.TRAINING_CUES), "support": _flags(f.SUPPORT_CUES),
        "owner_link": _flags(f.OWNER_LINKS), "force_partitive": _flags(f.FORCE_PARTITIVES),
        "military_site": _flags(f.MILITARY_SITES), "mission": _flags(f.MISSION_WORDS),
        "count_of": _flags(f.COUNT_OF_FORCES), "membership": _flags(f.MEMBERSHIP_CUES),
        "exercise": _flags(f.EXERCISE_WORDS), "sending": _flags(f.SENDING_VERBS),
        "state_owner": _flags(f.STATE_OWNERS), "rate": _flags(f.RATE_CUES), "rate_phrase": _flags(f.RATE_PHRASES),
        "place_head": _flags(f.PLACE_HEAD_NOUNS), "nisba_context": _flags(f.NISBA_MILITARY_CONTEXT),
        "police": _flags(f.POLICE_WORDS), "military_police": _flags(f.MILITARY_POLICE), "group_member": _flags(member_forms()), "aboard": _flags(f.ABOARD_CUES), "source": _flags(f.SOURCE_CUES), "removal": _flags(f.REMOVAL_VERBS),
        "strength": _flags(f.STRENGTH_NOUNS), "strength_verb": _flags(f.STRENGTH_VERBS),
        "force_wide": _flags(f.FORCE_WIDE_CUES), "incident": _flags(f.INCIDENT_VERBS),
        "left_fight": _flags(f.LEFT_THE_FIGHT_CUES),
        "fight": _flags(f.FIGHT_CUES), "multinational": _flags(f.MULTINATIONAL_NOUNS),
        "taking_part": _flags(f.TAKING_PART_VERBS), "border_with": _flags(f.BORDER_WITH_CUES),
        "border": _flags(f.BORDER_WORDS), "helper": _flags(f.HELPER_CUES), "group_anaphor": _flags(f.GROUP_ANAPHORS),
        "sent_by": _flags(f.SENT_BY_VERBS),
        "trained": _flags(f.TRAINED_VERBS),
        "not_exception": _flags(f.NOT_EXCEPTION_CUES),
        "trigger": [(t.form, (i, t.event_type)) for i, t in enumerate(e.EVENT_TRIGGERS)],
        "status": [(c.form, c.status) for c in e.STATUS_CUES],
        "weapon": [(w.form, w.weapon) for w in weapon_rules.WEAPON_WORDS],
        "target": [(t.form, t.target) for t in weapon_rules.TARGET_WORDS],
        "not_attack": _flags(weapon_rules.NOT_ATTACK_FOLLOWERS), "foiled": _flags(weapon_rules.FOILED_CUES),
        "counter": _flags(weapon_rules.COUNTER_CUES), "tally": _flags(attack_period_rules.TALLY_CUES),
        "range_opener": _flags(attack_period_rules.RANGE_OPENERS),
        "event_relative": _flags(attack_period_rules.EVENT_RELATIVE_CUES),
        "undated_time": _flags(attack_period_rules.UNDATED_TIME_WORDS),
        "known_event": [(form, event) for event in k.KNOWN_EVENTS for form in event.forms],
        "dateline": _flags(k.DATELINE_CUES), "deadline": _flags(k.DEADLINE_CUES),
        "marker": list(k.RELATIVE_MARKERS.items()),
        "since": _flags(e.SINCE_CUES), "past_verb": _flags(e.PAST_VERBS), "until": _flags(e.UNTIL_CUES),
        "later": _flags(e.LATER_CUES), "so_far": _flags(e.SO_FAR_CUES), "day_part": _flags(e.DAY_PARTS),
        "earlier": _flags(e.EARLIER_CUES),
        "weekday": [(form, w.weekday) for w in weekday_rules.WEEKDAYS for form in w.forms],
        "entity": mentions.entity_forms(),   # the gazetteer, read in the same scan (`entities`)
    }


def member_forms() -> list[str]:
    """The member nouns of every armed group («داعشي», «دواعش»; `rules.force_ids.ARMED_GROUPS`)."""
    return [form for row in force_id_rules.ARMED_GROUPS for form in row.members]


def force_words() -> list:
    """Every force word: `rules.forces.FORCE_WORDS` first (they win a shared form), then every
    country's nisba adjectives (`arabic_news.countries`), armed groups and missions
    (`rules.force_ids`)."""
    from arabic_news.countries import countries

    rows = list(force_rules.FORCE_WORDS)
    for c in countries():
        rows += [force_rules.ForceWord(form, c.code, c.name_en) for form in c.nisba]
    for table in (force_id_rules.ARMED_GROUPS, force_id_rules.MISSIONS):
        rows += [force_rules.ForceWord(form, row.force_id, note=row.name_en)
                 for row in table for form in row.forms + row.members]
    return rows


@lru_cache(maxsize=1)
def cue_matcher() -> PhraseMatcher:
    """The one matcher of every cue table (built once)."""
    return PhraseMatcher.of_tables(_table_rows(), guarded=("entity",))


def _blank(text: str) -> str:
    """`text` with every character but a line break turned into a space (same length)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def distance(start: int, end: int, other_start: int, other_end: int) -> int:
    """Characters between two spans (0 when they overlap)."""
    if other_end <= start:
        return start - other_end
    if other_start >= end:
        return other_start - end
    return 0


class ArticleContext:
    """The body of one article, normalized once, with every finder's results.

    Attributes:
        article: the `corpus.Article`.
        raw: its raw text; `body`: the same with everything outside the body blanked.
        norm, ntext, to_raw: the normalized body and its map back to raw offsets.
        sentences: the body's sentences (raw spans), empty ones left out.
        hits: cue table name → its hits in `ntext`, by position.
        entities: the gazetteer's entities in the body (raw spans).
    """

    def __init__(self, article):
        from arabic_news.sentences import split_sentences

        self.article = article
        self.raw: str = article.raw
        self.body = self._mask(article)
        self.norm = normalize_with_offsets(self.body)
        self.ntext = self.norm.text
        self.to_raw = self.norm.to_raw
        self.sentences = [s for s in split_sentences(self.raw, blocks=self._blocks(article))
                          if self.raw[s.start:s.end].strip()]
        self._sentence_starts = [s.start for s in self.sentences]
        self._by_index = {s.index: s for s in self.sentences}
        self.hits = cue_matcher().find_tables(self.ntext)
        self._hit_starts: dict[str, list[int]] = {}   # table → its hits' starts, made when first asked
        self._dates: dict[dt.date | None, list] = {}
        self._entities: list | None = None
        self.attributions: dict[int, list] = {}   # sentence index → its attributions (a cache)
        self.located: list[Hit] = []              # places after a locative (extract.places), set by troops

    @staticmethod
    def _blocks(article):
        blocks = [(b[0], b[1]) for b in (getattr(article, "body_blocks", None) or [])]
        return blocks or None

    @staticmethod
    def _mask(article) -> str:
        """`raw` with everything outside the body blocks blanked (same length, same offsets)."""
        raw = article.raw
        blocks = list(getattr(article, "body_blocks", None) or [])
        if not blocks:
            return raw
        kept: list[list[int]] = []
        for start, end in sorted((max(0, span.start), min(len(raw), span.end)) for span in blocks):
            if start >= end:
                continue
            if kept and start <= kept[-1][1]:
                kept[-1][1] = max(kept[-1][1], end)
            else:
                kept.append([start, end])
        parts, pos = [], 0
        for start, end in kept + [[len(raw), len(raw)]]:
            parts.append(_blank(raw[pos:start]))
            parts.append(raw[start:end])
            pos = end
        return "".join(parts)

    @property
    def entities(self) -> list:
        """The gazetteer's entities named in the body (`mentions.find_entities` of it, from the one scan)."""
        if self._entities is None:
            self._entities = mentions.entity_matches(self.norm, self.hits["entity"])
        return self._entities

    def dates(self, ref_date: dt.date | None) -> list:
        """`find_dates` over the body against `ref_date`, computed once per reference day."""
        from arabic_news.dates import find_dates

        if ref_date not in self._dates:
            self._dates[ref_date] = find_dates(self.body, ref_date=ref_date)
        return self._dates[ref_date]

    # offsets ---------------------------------------------------------------------------------
    def n(self, raw_offset: int) -> int:
        """The normalized offset of a raw offset."""
        return bisect.bisect_left(self.to_raw, raw_offset)

    def raw_span(self, nstart: int, nend: int) -> tuple[int, int]:
        return self.norm.raw_span(nstart, nend)

    # sentences -------------------------------------------------------------------------------
    def sentence_of(self, raw_offset: int):
        """The sentence holding a raw offset, or None (outside the body)."""
        i = bisect.bisect_right(self._sentence_starts, raw_offset) - 1
        if i >= 0 and self.sentences[i].start <= raw_offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quote(self, sentence) -> str:
        return self.raw[sentence.start:sentence.end]

    def sentence_nspan(self, sentence) -> tuple[int, int]:
        return self.n(sentence.start), self.n(sentence.end)

    def previous_sentence(self, sentence, back: int = 1):
        return self._by_index.get(sentence.index - back)

    def within_sentences(self, raw_offset: int, sentence, n: int) -> bool:
        """Whether the sentence of `raw_offset` is `sentence` or one of the `n` before it."""
        other = self.sentence_of(raw_offset)
        return other is not None and 0 <= sentence.index - other.index <= n

    # cues ------------------------------------------------------------------------------------
    def hits_in(self, name: str, nstart: int, nend: int) -> list[Hit]:
        """Hits of cue table `name` lying inside the normalized span [nstart, nend)."""
        starts = self._hit_starts.get(name)
        if starts is None:
            starts = self._hit_starts[name] = [hit.start for hit in self.hits[name]]
        out = []
        for hit in self.hits[name][bisect.bisect_left(starts, nstart):]:
            if hit.start >= nend:
                break
            if hit.end <= nend:
                out.append(hit)
        return out

    def right_after(self, name: str, nend: int, reach: int, slack: int) -> Hit | None:
        """The longest hit of `name` starting within `slack` characters after `nend`, only
        spaces between (looked for up to `reach` characters on)."""
        hits = [h for h in self.hits_in(name, nend, nend + reach)
                if h.start < nend + slack and not self.ntext[nend:h.start].strip()]
        return max(hits, key=lambda h: h.end - h.start) if hits else None

    # clauses ---------------------------------------------------------------------------------
    def clause_start(self, floor: int, nstart: int, reach: int, marks: str = clauses.CLAUSE_MARKS) -> int:
        """Where the clause before `nstart` begins: after the last of `marks` within `reach`
        characters before it, never before `floor` (the sentence's start)."""
        start = max(floor, nstart - reach)
        last = None
        for m in re.finditer(marks_class(marks), self.ntext[start:nstart]):
            last = m
        return start + last.end() if last else start

    def clause_end(self, nend: int, reach: int, marks: str = clauses.CLAUSE_MARKS) -> int:
        """Where the clause after `nend` ends: at the first of `marks` within `reach` characters."""
        gap = self.ntext[nend:nend + reach]
        stop = re.search(marks_class(marks), gap)
        return nend + (stop.start() if stop else len(gap))

    def future_verb_between(self, nstart: int, nend: int) -> bool:
        """A future verb (سـ + imperfect; rules.events.NOT_FUTURE_VERBS aside) in [nstart, nend)."""
        return any(m.group(1) not in _NOT_FUTURE for m in _FUTURE_VERB_RE.finditer(self.ntext, nstart, nend))

    def future_verb_in(self, text: str) -> bool:
        """Whether a normalized snippet holds a future verb (any: the sentence-level test)."""
        return bool(_FUTURE_VERB_RE.search(text))
