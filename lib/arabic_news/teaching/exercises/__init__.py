"""Every exercise of the course: its judge in Python, its words and data in a TOML file beside it.

One module per lesson holds the judges (``lesson01.py`` … ``lesson06.py``), and one data file
per lesson holds what a student reads and what an exercise checks with (``lesson01.toml`` …):
titles, first hints, every message, the Arabic sentences and the expected forms. Course content
is not a language rule, so it does not live in ``rules/``; it ships with the package all the same
(`base` reads it with `importlib.resources`).

A judge receives the values of its exercise's ``names`` from the student's notebook; it raises
a `Hint` whose message points at the idea when the answer is wrong, and returns a line on what
the right answer shows. Wherever it can, a judge computes the expected answer with the library
itself (`parse_quantity`, `find_dates`, `build_claims` …) rather than holding a typed copy, so a
check and the library never disagree; a message that states what the library found is computed
too, never typed.

The first hint is what a student sees before answering, and whenever the answer breaks (a wrong
type, ``None``, an exception in their function). Hints never name our code's internals; they name
the idea and, at most, the public function to use.

To add an exercise: see "Teaching with this collection" in the README.
"""

from __future__ import annotations

from arabic_news.teaching.exercises.base import REGISTRY, ExerciseText, exercise, lesson_texts, text

# Importing a lesson's module registers its judges.
from arabic_news.teaching.exercises import lesson01, lesson02, lesson03, lesson04, lesson05, lesson06  # noqa: E402,F401

__all__ = ["REGISTRY", "ExerciseText", "exercise", "text", "lesson_texts"]
