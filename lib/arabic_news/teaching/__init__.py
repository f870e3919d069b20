"""Teaching: the checks behind the course in ``notebooks/teaching``, and the tools that render it.

A lesson imports `check` from here, which judges one exercise and shows *right* or a
hint (never a traceback), and a few small helpers that keep its code cells short
(`code_points`, `character_rules`, `large`, `gold_from_values`), and the few that write a
lesson's conclusions from its data instead of typing them (`sentence_outcomes`, `score_note`,
`claims_note`). The rest is for the teacher and `make teaching`:

* `arabic_news.teaching.checks`: the check mechanism (`Hint`, `CheckResult`, `Registry`);
* `arabic_news.teaching.exercises`: every exercise's judge (``lesson04.py``) and its words and data
  (``lesson04.toml``), lesson by lesson;
* `arabic_news.teaching.versions`: one master notebook → a student and a teacher version;
* `arabic_news.teaching.glossary`: the glossary, from the lessons' glosses and the rules tables;
* `arabic_news.teaching.course`: `render_course`, behind ``make teaching``.

We do not grade: a check has no points and records nothing.

Example:
    >>> from arabic_news.teaching import check
    >>> print(check("1.1", {"n_letters": 6, "first_name": "ARABIC LETTER ALEF"}).status)
    right
"""

from __future__ import annotations

from arabic_news.teaching.checks import CheckResult, Hint
from arabic_news.teaching.exercises import REGISTRY
from arabic_news.teaching.helpers import (Prose, character_rules, claims_note, code_points, gold_from_values, large,
                                         score_note, sentence_outcomes)

__all__ = ["check", "code_points", "character_rules", "large", "gold_from_values", "sentence_outcomes", "score_note",
           "claims_note", "Prose", "CheckResult", "Hint", "REGISTRY", "EXERCISES"]

check = REGISTRY.check
"""``check("2.3")``: judge exercise 2.3 with the notebook's names; shows *right* or a hint."""

EXERCISES = REGISTRY.exercises
"""Every exercise of the course by id (``"2.3"``), with its names, first hint and judge."""
