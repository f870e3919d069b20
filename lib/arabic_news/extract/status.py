"""Whether a clause speaks of something planned or expected: status cues and future verbs.

A status cue (من المقرر → planned, من المتوقع → expected; `rules.events.STATUS_CUES`) or a
future verb (سـ + imperfect) in the clause before a figure or a date makes it planned or
expected. Used by troop levels (kind), events (status) and publication dates (a month
written without a year and placed ahead).
"""

from __future__ import annotations

import re

from arabic_news.extract.context import ArticleContext, marks_class
from arabic_news.rules import clauses, windows

_STATUS_CLAUSE_RE = re.compile(marks_class(clauses.STATUS_CLAUSE_MARKS) + "|"
                               + re.escape(clauses.STATUS_CLAUSE_DASH).replace(r"\ ", r"\s"))


def status_clause_start(ctx: ArticleContext, s_nstart: int, nstart: int) -> int:
    """Where the clause governing a figure at `nstart` begins: after the last clause mark
    that lies more than `windows.STATUS_MARK_MIN_DISTANCE` characters before it (a mark
    right before the figure, as in «، نحو 2500», does not cut the figure from its verb)."""
    clause_start = s_nstart
    for m in _STATUS_CLAUSE_RE.finditer(ctx.ntext[s_nstart:nstart]):
        if nstart - (s_nstart + m.end()) > windows.STATUS_MARK_MIN_DISTANCE:
            clause_start = s_nstart + m.end()
    return clause_start


def status_near(ctx: ArticleContext, s_nstart: int, nstart: int, nend: int, s_nend: int) -> str | None:
    """planned/expected from a status cue or a future verb (سـ) in the clause before the figure
    (or a status cue just after it); None when there is neither."""
    clause_start = status_clause_start(ctx, s_nstart, nstart)
    hits = ctx.hits_in("status", clause_start, min(s_nend, nend + windows.STATUS_AFTER))
    if not hits:
        return "planned" if ctx.future_verb_between(clause_start, nstart) else None
    expected = any(h.value == "expected" for h in hits) and not any(h.value == "planned" for h in hits)
    return "expected" if expected else "planned"
