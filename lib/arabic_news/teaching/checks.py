"""Checks for the course's exercises: a right answer is confirmed, a wrong one gets a hint.

A check cell in a lesson holds one call, ``check("2.3")``. The exercise's judge
(registered with `exercise` in `arabic_news.teaching.exercises`) reads the names
the exercise asks for from the notebook, and answers with a `CheckResult`, which
the notebook shows as a coloured box:

* **right**: the answer is what the exercise asks for (with a line on what it shows);
* **not yet**: a hint that points at the idea, never at our code;
* **no answer yet**: the answer is still ``...`` (or a function whose body is only
  ``...``), and the exercise's first hint says where to start.

A check never raises and never shows a traceback. A name that is not defined, a
wrong type, ``None``, or an exception inside the student's own function all end
as a hint; for the last, the exception's type and message are quoted on one line,
because that is the student's own code speaking. We do not grade: a check has no
points and records nothing.

Example:
    >>> from arabic_news.teaching.checks import Hint, Registry
    >>> reg = Registry()
    >>> @reg.exercise("0.1", "a lower bound", names=("low",),
    ...               hint="«About» widens a figure by a tenth on each side.")
    ... def _(low):
    ...     if low != 2250:
    ...         raise Hint(f"{low} is not a tenth below 2500.")
    >>> reg.check("0.1", {"low": 2250}).status
    'right'
    >>> print(reg.check("0.1", {"low": 2000}))
    ✗ Exercise 0.1 (a lower bound): not yet.
    Hint: 2000 is not a tenth below 2500.
    >>> print(reg.check("0.1", {"low": ...}))
    … Exercise 0.1 (a lower bound): no answer yet.
    Hint: «About» widens a figure by a tenth on each side.
"""

from __future__ import annotations

import dis
import html
import inspect
import math
import types
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from arabic_news.rules.characters import ARABIC_BLOCKS

__all__ = ["Hint", "Exercise", "CheckResult", "Registry", "STATUSES", "is_stub", "same_number", "describe",
           "inline_html"]

STATUSES = ("right", "not_yet", "no_answer")
"""What a check can say: the answer is right, not yet right, or not given."""

_MARKS = {"right": "✓", "not_yet": "✗", "no_answer": "…"}
_WORDS = {"right": "right", "not_yet": "not yet", "no_answer": "no answer yet"}
# Border and background of the box, per status: green, amber (not red: "not yet"), blue-grey.
_COLOURS = {"right": ("#2e7d32", "#f1f8e9"), "not_yet": ("#b26a00", "#fff8e1"), "no_answer": ("#546e7a", "#eceff1")}


class Hint(Exception):
    """Raised by a judge when an answer is wrong: its message is the hint the student reads."""


@dataclass(frozen=True)
class Exercise:
    """One exercise of the course.

    Attributes:
        exercise_id: ``"<lesson>.<n>"``, e.g. ``"2.3"``, as the lesson's heading says.
        title: a few words on what is asked.
        names: the notebook names the judge receives, in order (``("low", "high")``).
        hint: the first hint, shown when there is no answer yet or the answer breaks.
        judge: called with the values of `names`; raises `Hint` when the answer is
            wrong, returns an optional line to show when it is right.
        success: shown when the answer is right and the judge returns nothing.
    """

    exercise_id: str
    title: str
    names: tuple[str, ...]
    hint: str
    judge: Callable[..., str | None]
    success: str = ""


@dataclass(frozen=True)
class CheckResult:
    """What a check says about one answer; shown as a box in a notebook.

    Attributes:
        exercise_id: the exercise checked.
        title: its title.
        status: one of `STATUSES`.
        message: the hint (not yet, no answer) or the line on what a right answer shows.
        detail: for an answer that broke, the exception in one line (``TypeError: …``); else "".
    """

    exercise_id: str
    title: str
    status: str
    message: str
    detail: str = ""

    @property
    def passed(self) -> bool:
        """True when the answer is right."""
        return self.status == "right"

    def __str__(self) -> str:
        head = f"{_MARKS[self.status]} Exercise {self.exercise_id} ({self.title}): {_WORDS[self.status]}."
        lines = [head]
        if self.detail:
            lines.append(f"Your code stopped with {self.detail}")
        if self.message:
            lines.append(("" if self.passed else "Hint: ") + self.message)
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        border, background = _COLOURS[self.status]
        style = (f"border-left: 5px solid {border}; background: {background}; padding: 0.5em 0.9em; "
                 "margin: 0.4em 0; border-radius: 3px; font-family: sans-serif; line-height: 1.5")
        head = (f'<strong style="color: {border}">{_MARKS[self.status]} Exercise {html.escape(self.exercise_id)}'
                f" ({inline_html(self.title)}): {_WORDS[self.status]}.</strong>")
        parts = [head]
        if self.detail:
            parts.append(f"<br>Your code stopped with <code>{html.escape(self.detail)}</code>")
        if self.message:
            label = "" if self.passed else "<strong>Hint:</strong> "
            parts.append(f'<br><span class="an-hint">{label}{inline_html(self.message)}</span>')
        return (f'<div class="an-check an-check-{self.status}" data-exercise="{html.escape(self.exercise_id)}" '
                f'dir="ltr" lang="en" style="{style}">{"".join(parts)}</div>')


def inline_html(text: str) -> str:
    """Escape a hint for HTML: `code` in backticks becomes <code>, each Arabic run a <bdi> (it keeps its order).

    Example:
        >>> inline_html("Call `find_dates` on «أمس» & co.")
        'Call <code>find_dates</code> on «<bdi lang="ar">أمس</bdi>» &amp; co.'
    """
    pieces = text.split("`")
    return "".join(f"<code>{html.escape(piece)}</code>" if i % 2 else _arabic_runs(piece)
                   for i, piece in enumerate(pieces))


def _arabic_runs(text: str) -> str:
    out, run = [], []
    for ch in text:
        if _is_arabic(ch) or (run and (ch == " " or ch.isdigit())):
            run.append(ch)
            continue
        if run:
            out.append(_bdi("".join(run)))
            run = []
        out.append(html.escape(ch))
    if run:
        out.append(_bdi("".join(run)))
    return "".join(out)


def _is_arabic(ch: str) -> bool:
    return any(first <= ord(ch) <= last for first, last in ARABIC_BLOCKS)


def _bdi(run: str) -> str:
    stripped = run.rstrip()
    return f'<bdi lang="ar">{html.escape(stripped)}</bdi>' + " " * (len(run) - len(stripped))


# Operations a function may hold and still do nothing: its body is `...`, `pass` or a docstring.
_STUB_OPS = frozenset({"RESUME", "NOP", "LOAD_CONST", "RETURN_VALUE", "RETURN_CONST", "POP_TOP"})


def is_stub(value: object) -> bool:
    """Whether `value` is an answer still to be written: ``...``, or a function that does nothing.

    Example:
        >>> def todo(text): ...
        >>> def done(text): return text.strip()
        >>> is_stub(...), is_stub(todo), is_stub(done), is_stub(None)
        (True, True, False, False)
    """
    if value is Ellipsis:
        return True
    if isinstance(value, types.FunctionType):
        return all(ins.opname in _STUB_OPS for ins in dis.get_instructions(value))
    return False


def same_number(a: object, b: object, tolerance: float = 1e-9) -> bool:
    """Whether `a` is a number (not a bool) equal to `b` (floats within `tolerance`).

    Example:
        >>> same_number(2250, 2250.0), same_number("2250", 2250), same_number(True, 1)
        (True, False, False)
    """
    if isinstance(a, bool) or not isinstance(a, (int, float)) and type(a).__module__ != "numpy":
        return False
    try:
        return math.isclose(float(a), float(b), rel_tol=0, abs_tol=tolerance)
    except (TypeError, ValueError):
        return False


def describe(value: object) -> str:
    """A short description of an answer for a hint: its type and a shortened repr.

    Example:
        >>> describe("2250"), describe(None), describe([1, 2])
        ("the text '2250'", 'None', 'a list [1, 2]')
    """
    if value is None:
        return "None"
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "…"
    kinds = {str: "the text", list: "a list", tuple: "a tuple", dict: "a dict", set: "a set",
             int: "the number", float: "the number", bool: "the truth value"}
    kind = kinds.get(type(value))
    if kind is None:
        kind = f"a {type(value).__name__}"
    return f"{kind} {text}"


@dataclass
class Registry:
    """The exercises of a course, by id, and the `check` that judges them."""

    exercises: dict[str, Exercise] = field(default_factory=dict)

    def exercise(self, exercise_id: str, title: str, *, names: Iterable[str], hint: str, success: str = ""):
        """Register the decorated function as the judge of one exercise.

        Raises:
            ValueError: the id is taken, or the hint is empty.
        """
        if exercise_id in self.exercises:
            raise ValueError(f"exercise {exercise_id} is registered twice")
        if not hint.strip():
            raise ValueError(f"exercise {exercise_id} needs a hint")

        def register(judge: Callable[..., str | None]) -> Callable[..., str | None]:
            self.exercises[exercise_id] = Exercise(exercise_id, title, tuple(names), hint, judge, success)
            return judge

        return register

    def check(self, exercise_id: str, answers: Mapping[str, object] | None = None) -> CheckResult:
        """Judge one exercise's answer; never raises.

        Args:
            exercise_id: e.g. ``"2.3"``.
            answers: name → value; by default the caller's global names (the notebook's).
        Returns:
            A `CheckResult` (the notebook shows it as a box).
        """
        if answers is None:
            frame = inspect.currentframe()
            caller = frame.f_back if frame is not None else None
            answers = dict(caller.f_globals) if caller is not None else {}
            del frame, caller
        return self._judge(exercise_id, answers)

    def _judge(self, exercise_id: str, answers: Mapping[str, object]) -> CheckResult:
        ex = self.exercises.get(str(exercise_id))
        if ex is None:
            known = ", ".join(sorted(self.exercises, key=_id_order)) or "none"
            return CheckResult(str(exercise_id), "unknown exercise", "not_yet",
                               f"There is no exercise {exercise_id!r}. The course's exercises are {known}.")
        missing = [name for name in ex.names if name not in answers]
        if missing:
            names = " and ".join(f"`{n}`" for n in missing)
            return CheckResult(ex.exercise_id, ex.title, "no_answer",
                               f"{names} is not defined yet: run the exercise cell above first. {ex.hint}")
        values = [answers[name] for name in ex.names]
        if any(is_stub(v) for v in values):
            return CheckResult(ex.exercise_id, ex.title, "no_answer", ex.hint)
        try:
            said = ex.judge(*values)
        except Hint as hint:
            return CheckResult(ex.exercise_id, ex.title, "not_yet", str(hint) or ex.hint)
        except Exception as exc:  # the student's code or answer broke: a hint, never a traceback
            first = (str(exc).splitlines() or [""])[0][:160]
            return CheckResult(ex.exercise_id, ex.title, "not_yet", ex.hint, f"{type(exc).__name__}: {first}".rstrip(": "))
        return CheckResult(ex.exercise_id, ex.title, "right", said or ex.success)


def _id_order(exercise_id: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in exercise_id.split("."))
    except ValueError:
        return (10**6,)
