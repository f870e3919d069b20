"""The course's registry of exercises, and each exercise's words and data, read from its lesson's TOML file.

An exercise has two halves that live apart:

* its **judge**, the logic, a Python function in the lesson's module (``lesson04.py``);
* its **text and data**, course content rather than code, in the data file beside it
  (``lesson04.toml``): the title, the first hint, every message the judge can show, and the
  data it checks with (the Arabic sentences, the expected forms, the teacher's annotation).

A lesson's TOML file has one table per exercise::

    ["4.3"]
    title = "two sets of facts"
    hint = "Both are sets of pairs …"            # the first hint
    ["4.3".says]                                 # what the judge can say: Python format strings
    right = "Same shape, same meaning: …"
    not_a_set = "`{name}` is {got}; make it a set of pairs, e.g. `{{(1, 2500), ...}}`."
    ["4.3".data]                                 # what the judge checks with
    …

A judge reads its exercise with `text` and raises ``ex.hint("not_a_set", name=…, got=…)`` or
returns ``ex.say("right")``. A literal brace in a message is written twice, as in any Python
format string. ``tests/test_teaching.py`` checks that every message a judge names exists,
that every placeholder is filled, and that no message is left unused.

Example:
    >>> ex = text("4.3")
    >>> ex.title
    'two sets of facts'
    >>> str(ex.hint("not_a_set", name="gold", got="None"))
    '`gold` is None; make it a set of pairs, e.g. `{(1, 2500), ...}`.'
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from arabic_news.teaching.checks import Hint, Registry, describe

__all__ = ["REGISTRY", "ExerciseText", "exercise", "text", "lesson_texts", "call", "DATA_PACKAGE"]

REGISTRY = Registry()
"""Every exercise of the course, registered by the lesson modules when `arabic_news.teaching.exercises` is imported."""

DATA_PACKAGE = "arabic_news.teaching.exercises"
"""Where the lessons' TOML files are (package data: ``lesson01.toml`` … beside the modules)."""


@dataclass(frozen=True)
class ExerciseText:
    """One exercise's text and data, as its lesson's TOML file gives them.

    Attributes:
        exercise_id: ``"4.3"``.
        title: a few words on what is asked.
        first_hint: shown before an answer, and whenever the answer breaks.
        says: message name → Python format string (what the judge can say).
        data: what the judge checks with (sentences, expected forms …), as TOML types.
    """

    exercise_id: str
    title: str
    first_hint: str
    says: Mapping[str, str]
    data: Mapping[str, object]

    def say(self, key: str, **values: object) -> str:
        """The message `key` with its placeholders filled.

        Raises:
            KeyError: the lesson's TOML file has no such message (a test checks every name).
        """
        return self.says[key].format(**values)

    def hint(self, key: str, **values: object) -> Hint:
        """The message `key` as a `Hint` for the judge to raise."""
        return Hint(self.say(key, **values))


def _lesson_file(lesson: int) -> str:
    return f"lesson{lesson:02d}.toml"


@lru_cache(maxsize=None)
def lesson_texts(lesson: int) -> dict[str, ExerciseText]:
    """Every exercise of one lesson (``4`` → ``lesson04.toml``), by id.

    Raises:
        FileNotFoundError: the package has no data file for the lesson.
        ValueError: an exercise in it has no title or no hint.
    """
    with (resources.files(DATA_PACKAGE) / _lesson_file(lesson)).open("rb") as handle:
        raw = tomllib.load(handle)
    texts = {}
    for exercise_id, entry in raw.items():
        if not entry.get("title") or not entry.get("hint"):
            raise ValueError(f"{_lesson_file(lesson)}: exercise {exercise_id} needs a title and a hint")
        texts[exercise_id] = ExerciseText(exercise_id, entry["title"], entry["hint"], dict(entry.get("says", {})),
                                          dict(entry.get("data", {})))
    return texts


def text(exercise_id: str) -> ExerciseText:
    """The text and data of one exercise, e.g. ``text("2.3")``, from its lesson's TOML file.

    Raises:
        KeyError: the lesson's file has no such exercise.
    """
    return lesson_texts(int(exercise_id.split(".")[0]))[exercise_id]


def exercise(exercise_id: str, *, names: Iterable[str]):
    """Register the decorated function as the judge of `exercise_id`, titled and hinted by its TOML entry."""
    ex = text(exercise_id)
    return REGISTRY.exercise(exercise_id, ex.title, names=names, hint=ex.first_hint)


def call(function, *args):
    """Call the student's function; its own exception goes up to the check, which turns it into a hint."""
    if not callable(function):
        raise Hint(f"This should be a function (written with `def`), not {describe(function)}.")
    return function(*args)
