"""The course in notebooks/teaching: its checks, its two versions, its glossary, and every lesson run.

Fast tests read the master notebooks (structure, glosses, versions) and exercise the check
mechanism. The slow ones render the whole course once per session, as `make teaching` does
(both versions of every lesson run top to bottom on a fresh kernel each), then check that every
check of a teacher version says *right* and every check of a student version shows its hint and
no traceback, and open one student page in chromium.
"""

from __future__ import annotations

import ast
import dataclasses
import html
import importlib.util
import json
import re
import shutil
import string
from pathlib import Path

import nbformat
import pytest

from arabic_news import normalize
from arabic_news.teaching import EXERCISES, check
from arabic_news.teaching.checks import Hint, Registry, is_stub
from arabic_news.teaching.course import find_lessons, lesson_info, render_course
from arabic_news.teaching.exercises import lesson_texts, text
from arabic_news.teaching.helpers import count_words, mistakes_phrase, number_word, score_note, sentence_outcomes
from arabic_news.teaching.glossary import BDI_RE, GLOSS_RE, character_rule, collect_terms, library_reading, term_key
from arabic_news.teaching.versions import MasterError, make_version, student_source, teacher_source

ROOT = Path(__file__).resolve().parents[1]
LESSONS_DIR = ROOT / "notebooks" / "teaching"
LESSONS = sorted(LESSONS_DIR.glob("[0-9][0-9]_*.ipynb"))
EXERCISES_DIR = ROOT / "lib" / "arabic_news" / "teaching" / "exercises"
LESSON_MODULES = sorted(EXERCISES_DIR.glob("lesson[0-9][0-9].py"))
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
RTL_BLOCK = re.compile(r'<div dir="rtl" lang="ar">(.*?)</div>', re.S)
EXERCISE_HEADING = re.compile(r"^###\s+Exercise\s+(\d+)\.(\d+):", re.M)
CHECK_CALL = re.compile(r'^check\("(\d+\.\d+)"\)\s*$')


def _nb(path: Path):
    return nbformat.read(str(path), as_version=4)


def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _student_markdown(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "markdown" and "teacher" not in _tags(c)]


# --------------------------------------------------------------------------------------------
# The check mechanism


@pytest.fixture()
def registry() -> Registry:
    reg = Registry()

    @reg.exercise("9.1", "a lower bound", names=("low",), hint="About widens a figure by a tenth on each side.",
                  success="A tenth below.")
    def _(low):
        if low != 2250:
            raise Hint(f"{low} is not a tenth below 2500.")

    @reg.exercise("9.2", "a function", names=("double",), hint="Return twice the number.")
    def _(double):
        if double(2) != 4:
            raise Hint("double(2) should be 4.")

    @reg.exercise("9.3", "a judge with a bug", names=("x",), hint="Give x.")
    def _(x):
        return {}["missing"]

    return reg


def test_a_right_answer_is_confirmed_with_its_line(registry):
    result = registry.check("9.1", {"low": 2250})
    assert result.status == "right" and result.passed
    assert str(result) == "✓ Exercise 9.1 (a lower bound): right.\nA tenth below."


def test_a_wrong_answer_gets_the_judges_hint(registry):
    result = registry.check("9.1", {"low": 2000})
    assert result.status == "not_yet" and result.message == "2000 is not a tenth below 2500."
    assert "Hint: 2000 is not a tenth below 2500." in str(result)


def test_an_unanswered_exercise_shows_its_first_hint(registry):
    result = registry.check("9.1", {"low": ...})
    assert result.status == "no_answer" and result.message == "About widens a figure by a tenth on each side."


def test_a_function_whose_body_is_still_dots_is_unanswered(registry):
    def double(x): ...

    assert is_stub(double)
    assert registry.check("9.2", {"double": double}).status == "no_answer"


def test_an_exception_in_the_students_function_is_a_hint_with_one_line_not_a_traceback(registry):
    def double(x):
        return x + "2"

    result = registry.check("9.2", {"double": double})
    assert result.status == "not_yet" and result.message == "Return twice the number."
    assert result.detail.startswith("TypeError: unsupported operand")
    assert "Traceback" not in str(result) and "Traceback" not in result._repr_html_()


def test_none_and_a_wrong_type_are_hints(registry):
    for answer in (None, "2250", [2250]):
        result = registry.check("9.1", {"low": answer})
        assert result.status == "not_yet" and "Traceback" not in str(result)


def test_a_bug_in_a_judge_still_ends_as_a_hint(registry):
    result = registry.check("9.3", {"x": 1})
    assert result.status == "not_yet" and result.message == "Give x." and result.detail == "KeyError: 'missing'"


def test_a_missing_name_or_an_unknown_exercise_is_a_hint(registry):
    missing = registry.check("9.1", {})
    assert missing.status == "no_answer" and "`low` is not defined yet" in missing.message
    unknown = registry.check("7.7", {})
    assert unknown.status == "not_yet" and "There is no exercise '7.7'" in unknown.message and "9.1" in unknown.message


def test_check_reads_the_callers_names(registry):
    globals()["low"] = 2250
    try:
        assert registry.check("9.1").status == "right"
    finally:
        del globals()["low"]


def test_the_box_is_html_left_to_right_with_arabic_isolated_and_code_marked():
    reg = Registry()

    @reg.exercise("9.9", "hedges", names=("x",), hint="Call `parse_quantity` on «نحو 2500».")
    def _(x):
        raise Hint("Call `parse_quantity` on «نحو 2500».")

    box = reg.check("9.9", {"x": 1})._repr_html_()
    assert 'dir="ltr" lang="en"' in box and 'data-exercise="9.9"' in box
    assert "<code>parse_quantity</code>" in box and '<bdi lang="ar">نحو 2500</bdi>' in box


def test_every_exercise_of_the_course_has_a_title_a_hint_and_names():
    assert len(EXERCISES) >= 18
    for exercise_id, ex in EXERCISES.items():
        assert re.fullmatch(r"\d\.\d", exercise_id)
        assert ex.title and ex.names and len(ex.hint) > 30, exercise_id
        assert "Traceback" not in ex.hint


def test_every_exercise_unanswered_shows_its_first_hint():
    for exercise_id, ex in EXERCISES.items():
        result = check(exercise_id, {name: ... for name in ex.names})
        assert result.status == "no_answer" and result.message == ex.hint, exercise_id


# --------------------------------------------------------------------------------------------
# Each exercise's words and data: the lesson's TOML file beside its judges


def test_every_lesson_has_a_module_of_judges_and_a_data_file_that_ships_with_the_package():
    assert [p.stem for p in LESSON_MODULES] == [f"lesson{int(p.name[:2]):02d}" for p in LESSONS]
    assert all(p.with_suffix(".toml").is_file() for p in LESSON_MODULES)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"teaching/exercises/*.toml"' in pyproject


@pytest.mark.parametrize("module", LESSON_MODULES, ids=lambda p: p.stem)
def test_a_lessons_data_file_holds_exactly_the_exercises_its_module_registers(module):
    lesson = int(module.stem[-2:])
    registered = {i for i in EXERCISES if int(i.split(".")[0]) == lesson}
    assert set(lesson_texts(lesson)) == registered


def _placeholders(template: str) -> set[str]:
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _message_calls(module: Path):
    """(exercise id or None, key, keyword names or None, line) of every `ex.hint(...)`/`ex.say(...)` with a constant key.

    The exercise is known where the function assigns `ex = text("4.3")`; in a helper that receives `ex`, it is None.
    Keyword names are None when the call passes `**values`.
    """
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = []
    for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        known = {}
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Call, ast.Tuple)):
                targets = node.targets[0].elts if isinstance(node.targets[0], ast.Tuple) else node.targets
                values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                for target, value in zip(targets, values):
                    if isinstance(target, ast.Name) and isinstance(value, ast.Call) and \
                            getattr(value.func, "id", "") == "text" and isinstance(value.args[0], ast.Constant):
                        known[target.id] = value.args[0].value
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("hint", "say") \
                    and isinstance(node.func.value, ast.Name) and node.args and isinstance(node.args[0], ast.Constant):
                keywords = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                found.append((known.get(node.func.value.id), node.args[0].value, keywords, node.lineno))
    return found


@pytest.mark.parametrize("module", LESSON_MODULES, ids=lambda p: p.stem)
def test_every_message_a_judge_names_exists_and_gets_every_placeholder(module):
    texts = lesson_texts(int(module.stem[-2:]))
    for exercise_id, key, keywords, line in _message_calls(module):
        candidates = [texts[exercise_id]] if exercise_id else [t for t in texts.values() if key in t.says]
        assert candidates and all(key in t.says for t in candidates), f"{module.name}:{line}: no message {key!r}"
        if keywords is None:
            continue
        for t in candidates:
            missing = _placeholders(t.says[key]) - keywords
            assert not missing, f"{module.name}:{line}: {t.exercise_id} {key!r} needs {sorted(missing)}"


@pytest.mark.parametrize("module", LESSON_MODULES, ids=lambda p: p.stem)
def test_no_message_of_a_lessons_data_file_is_left_unused(module):
    source = module.read_text(encoding="utf-8")
    named = {node.value for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    for t in lesson_texts(int(module.stem[-2:])).values():
        unused = sorted(set(t.says) - named)
        assert not unused, f"{t.exercise_id}: {unused} in {module.with_suffix('.toml').name} is never said"


# The notebook's own copy of what a check checks with: (lesson, notebook name, exercise, how to read the data).
NOTEBOOK_COPIES = [
    ("01", "forces", "1.1", lambda d: d["word"]),
    ("01", "raw", "1.5", lambda d: d["raw"]),
    ("04", "SENTENCES", "4.1", lambda d: [row["text"] for row in d["sentences"]]),
    ("06", "label", "6.1", lambda d: d["label"]),
]


@pytest.mark.parametrize("lesson,name,exercise_id,read", NOTEBOOK_COPIES, ids=[c[1] for c in NOTEBOOK_COPIES])
def test_a_check_checks_with_what_the_notebook_holds(lesson, name, exercise_id, read):
    path = next(p for p in LESSONS if p.name.startswith(lesson))
    assigned = [ast.literal_eval(node.value) for cell in _nb(path).cells if cell.cell_type == "code"
                for node in ast.parse(cell.source).body
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name]
    assert assigned == [read(text(exercise_id).data)], f"{path.name}: `{name}` and {exercise_id}'s data differ"


def test_the_mistakes_of_lesson_04_are_named_by_kind_and_sentence():
    assert mistakes_phrase({(1, 2500), (6, 2500)}, {(1, 2500), (5, 400), (2, 400)}) == (
        "two false positives (sentences 2 and 5: found, but not in your annotation) and one false negative "
        "(sentence 6: in your annotation, but not found)")
    assert mistakes_phrase({(1, 1)}, {(1, 1)}) == ""
    assert str(sentence_outcomes(..., set(), 6)).startswith("This compares the two sets of exercise 4.3")


# --------------------------------------------------------------------------------------------
# Lessons 04 and 05 read right whatever the extractor finds


def _pairs_frame(pairs) -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame({"article_id": [f"s{n}" for n, _ in sorted(pairs)],
                         "value": pd.array([v for _, v in sorted(pairs)], dtype="Int64")})


def _lesson_04_answers(troops) -> dict:
    from arabic_news.teaching.exercises.lesson04 import annotation

    my_values = {n: row.get("value") for n, row in annotation().items()}
    gold = {(n, v) for n, v in my_values.items() if v is not None}
    predicted = {(int(r.article_id[1:]), int(r.value)) for r in troops.itertuples()}
    tp = len(gold & predicted)
    return {"troops": troops, "gold": gold, "predicted": predicted,
            "scores": (tp / len(predicted) if predicted else 1.0, tp / len(gold) if gold else 1.0),
            "false_positives": {n for n, _ in predicted - gold}, "false_negatives": {n for n, _ in gold - predicted}}


@pytest.mark.parametrize("found", [
    {(1, 2500), (2, 400), (4, 900), (6, 2500)},              # a perfect extractor
    {(1, 2500), (2, 400), (4, 900), (5, 400)},               # today's mistakes (sentences 5 and 6)
    {(1, 2500), (2, 400), (3, 3), (4, 900), (6, 2500)},      # another: the dead counted
    {(1, 2500), (4, 90)},                                    # a wrong figure and a missed level
    set(),                                                   # nothing found at all
], ids=["perfect", "today", "casualties", "wrong-figure", "nothing"])
def test_lesson_04_scores_and_speaks_of_whatever_the_extractor_finds(found):
    answers = _lesson_04_answers(_pairs_frame(found))
    for exercise_id in ("4.3", "4.5"):
        result = check(exercise_id, answers)
        assert result.status == "right", (exercise_id, result)
    said = check("4.5", answers).message
    precision, recall = answers["scores"]
    assert said.startswith(f"Precision {precision:.2f} and recall {recall:.2f}: ")
    note = str(score_note(answers["gold"], answers["predicted"], 6))
    table = sentence_outcomes(answers["gold"], answers["predicted"], 6)
    if found == answers["gold"]:
        assert "agrees with your annotation on all six sentences" in said + note
        assert "false" not in " ".join(table["outcome"])
    else:
        wrong = {n for n, _ in answers["gold"] ^ found}
        assert f"disagree on {number_word(len(wrong))} of the six sentences" in note
        assert {n for n, o in table["outcome"].items() if "false" in o} == wrong
        assert mistakes_phrase(answers["gold"], found) in said


def _run_in_process(path: Path, version: str = "teacher") -> dict:
    """Run a lesson's code cells here, not in a kernel (so the test can change the library under it).

    Returns:
        {"checks": {id: CheckResult}, "shown": [the value of each code cell's last expression], "names": the
        notebook's names at the end}.
    """
    nb = make_version(_nb(path), version, name=path.stem)
    namespace: dict = {"__name__": "__lesson__"}
    checks, shown = {}, []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        body = ast.parse(cell.source).body
        last = body.pop() if body and isinstance(body[-1], ast.Expr) else None
        exec(compile(ast.Module(body=body, type_ignores=[]), path.name, "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), path.name, "eval"), namespace)
            match = CHECK_CALL.match(cell.source)
            if match:
                checks[match.group(1)] = value
            shown.append(value)
    return {"checks": checks, "shown": shown, "names": namespace}


def _extractor_that(change, only=lambda article_id: True):
    """`extract_articles` as the library has it, the troop levels of the articles `only` picks changed by `change`."""
    import pandas as pd

    from arabic_news import extract

    real = extract.extract_articles

    def extract_articles(articles):
        facts = real(articles)
        picked = facts.troop_levels["article_id"].map(only).astype(bool)
        if not picked.any():
            return facts
        troops = pd.concat([facts.troop_levels[~picked], change(facts.troop_levels[picked])], ignore_index=True)
        return dataclasses.replace(facts, troop_levels=troops)

    return extract_articles


def _perfect_lesson_04(troops):
    import pandas as pd

    from arabic_news.teaching.exercises.lesson04 import gold_pairs

    kept = troops[[(int(a[1:]), int(v)) in gold_pairs() for a, v in zip(troops["article_id"], troops["value"])]]
    have = {(int(a[1:]), int(v)) for a, v in zip(kept["article_id"], kept["value"])}
    added = [kept.iloc[0].to_dict() | {"article_id": f"s{n}", "value": v, "value_low": v, "value_high": v}
             for n, v in sorted(gold_pairs() - have)]
    return pd.concat([kept, pd.DataFrame(added)], ignore_index=True)


@pytest.mark.parametrize("change", [lambda t: t, _perfect_lesson_04, lambda t: t.iloc[0:0]],
                         ids=["as-is", "perfect", "finds-nothing"])
def test_lesson_04_runs_and_reads_right_with_another_extractor(change, monkeypatch):
    from arabic_news import extract

    sentences = lambda article_id: re.fullmatch(r"s\d+", article_id)  # noqa: E731 (not the example of section 1)
    monkeypatch.setattr(extract, "extract_articles", _extractor_that(change, only=sentences))
    run = _run_in_process(LESSONS_DIR / "04_sentence_to_fact.ipynb")
    assert all(result.status == "right" for result in run["checks"].values()), run["checks"]
    notes = [str(v) for v in run["shown"] if type(v).__name__ == "Prose"]
    evaluation = run["shown"][-1]   # section 6: the project's evaluation agrees with the student's function
    assert tuple(evaluation[["precision", "recall"]].iloc[0]) == pytest.approx(run["names"]["scores"])
    if change is _perfect_lesson_04:
        assert "precision and recall are both 1.00" in notes[0] and "all six sentences" in str(run["checks"]["4.5"])
    elif not run["names"]["predicted"]:
        assert "disagree on four of the six sentences" in notes[0]


def _without_headlines(troops):
    return troops[troops["sentence_id"] > 0]   # sentence 0 is the headline


@pytest.mark.parametrize("change", [
    lambda t: t,
    _without_headlines,
    lambda t: t.assign(attribution_en=t["attribution_en"].map(lambda s: s and s.upper())),
], ids=["as-is", "no-headline-figures", "other-speaker-names"])
def test_lesson_05_runs_and_reads_right_with_another_extractor(change, monkeypatch):
    from arabic_news import extract

    monkeypatch.setattr(extract, "extract_articles", _extractor_that(change))
    run = _run_in_process(LESSONS_DIR / "05_across_articles.ipynb")
    assert all(result.status == "right" for result in run["checks"].values()), run["checks"]
    names = run["names"]
    agreeing = names["by_outlet"][names["by_outlet"]["outlet"] != names["conflicting_outlet"]]
    close = str(run["shown"][-1])
    assert f"the figure of 2,500 was reported {count_words(len(agreeing), 'time')}" in close
    assert "cannot both be right" in close and "3,500" in close
    assert "`build_claims` counts the same" in str(run["checks"]["5.6"])


# --------------------------------------------------------------------------------------------
# Master → student and teacher versions


def test_a_solution_line_keeps_its_names_and_a_block_becomes_dots():
    assert student_source("low = 2250  # SOLUTION") == "low = ...  # your answer here"
    assert student_source("p, r = f(a)  # SOLUTION") == "p, r = ..., ...  # your answer here"
    assert student_source("print(1)  # SOLUTION") == "...  # your code here"
    source = "def f(x):\n    # BEGIN SOLUTION\n    return x\n    # END SOLUTION\ny = 1"
    assert student_source(source) == "def f(x):\n    ...  # your code here\ny = 1"
    assert teacher_source(source) == "def f(x):\n    return x\ny = 1"


def test_an_exercise_without_a_marker_or_with_broken_python_is_refused():
    master = nbformat.v4.new_notebook()
    master.cells = [nbformat.v4.new_markdown_cell("# 99_x: x"),
                    nbformat.v4.new_code_cell("answer = 42", metadata={"tags": ["exercise"]})]
    with pytest.raises(MasterError, match="no # SOLUTION marker"):
        make_version(master, "student", name="99_x")
    master.cells[1].source = "x = (1 +  # SOLUTION\n     2)  # SOLUTION"
    with pytest.raises(MasterError, match="not valid Python"):
        make_version(master, "student", name="99_x")
    master.cells[1].source = "# BEGIN SOLUTION\nx = 1"
    with pytest.raises(MasterError, match="no # END SOLUTION"):
        make_version(master, "student", name="99_x")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_the_student_version_hides_every_solution_and_every_teacher_note(path):
    master = _nb(path)
    student = make_version(master, "student", name=path.stem)
    teacher = make_version(master, "teacher", name=path.stem)
    student_text = "\n".join(c.source for c in student.cells)
    assert "SOLUTION" not in student_text and "SOLUTION" not in "\n".join(c.source for c in teacher.cells)
    assert not any("teacher" in _tags(c) for c in student.cells)
    handed_out = {c.id: c.source for c in student.cells}
    for cell in master.cells:
        if "exercise" not in _tags(cell):
            continue
        solution = [line.strip() for line in cell.source.splitlines()
                    if "# SOLUTION" in line or _inside_block(cell.source, line)]
        for line in solution:
            code = line.split("# SOLUTION")[0].strip()
            if "=" in code and not code.startswith("def "):
                code = code.split("=", 1)[1].strip()  # the right-hand side: the answer itself
            if len(code) > 6:
                assert code not in handed_out[cell.id], f"{path.name}: the student sees {code!r}"
    assert student.cells[1].source.startswith("> **Student copy.**")
    assert teacher.cells[1].source.startswith("> **Teacher's copy.**")


def _inside_block(source: str, line: str) -> bool:
    inside = False
    for raw in source.splitlines():
        if "# BEGIN SOLUTION" in raw:
            inside = True
        elif "# END SOLUTION" in raw:
            inside = False
        elif inside and raw == line:
            return True
    return False


# --------------------------------------------------------------------------------------------
# The lessons, read without running them


def test_the_course_has_five_or_six_lessons_numbered_without_gaps():
    assert [int(p.name[:2]) for p in LESSONS] == list(range(1, len(LESSONS) + 1))
    assert 5 <= len(LESSONS) <= 6


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_has_its_title_time_objectives_and_summary(path):
    info = lesson_info(path)
    nb = _nb(path)
    assert nb.cells[0].source.startswith(f"# {path.stem}: ")
    assert info.minutes is not None and 45 <= info.minutes[0] <= info.minutes[1] <= 60
    assert 3 <= len(info.objectives) <= 6
    text = "\n".join(_student_markdown(nb))
    assert "## Summary" in text and "## Questions to try" in text
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_has_three_to_six_exercises_each_with_its_cell_and_its_check(path):
    number = int(path.name[:2])
    cells = _nb(path).cells
    headings = [(i, int(m.group(1)), int(m.group(2))) for i, c in enumerate(cells) if c.cell_type == "markdown"
                for m in EXERCISE_HEADING.finditer(c.source)]
    assert 3 <= len(headings) <= 6
    assert [(lesson, n) for _, lesson, n in headings] == [(number, n) for n in range(1, len(headings) + 1)]
    bounds = [i for i, _, _ in headings] + [len(cells)]
    for (start, lesson, n), end in zip(headings, bounds[1:]):
        part = cells[start + 1:end]
        kinds = [_tags(c) for c in part if c.cell_type == "code"]
        assert any("exercise" in t for t in kinds), f"exercise {lesson}.{n} has no exercise cell"
        checks = [c for c in part if "check" in _tags(c)]
        assert len(checks) == 1 and CHECK_CALL.match(checks[0].source).group(1) == f"{lesson}.{n}"
        assert f"{lesson}.{n}" in EXERCISES


def test_every_registered_exercise_is_used_by_a_lesson():
    used = {CHECK_CALL.match(c.source).group(1) for p in LESSONS for c in _nb(p).cells if "check" in _tags(c)}
    assert used == set(EXERCISES)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_is_stored_without_outputs_with_short_explained_code_cells(path):
    cells = _nb(path).cells
    for i, cell in enumerate(cells):
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [] and cell.execution_count is None, f"{path.name} cell {i} has outputs"
        assert len(cell.source.splitlines()) <= 12, f"{path.name} cell {i} is long: move it to lib/"
        before = cells[i - 1]
        if "check" in _tags(cell):
            assert "exercise" in _tags(before), f"{path.name} cell {i}: a check follows its exercise cell"
        else:
            assert before.cell_type == "markdown", f"{path.name} cell {i} has no markdown cell before it"
        assert not re.search(r"(^|\s)(/work|/home|/root|C:\\)", cell.source)
        assert not re.search(r"^\s*[%!]", cell.source, flags=re.M)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_links_to_the_next(path):
    following = {p.stem: q for p, q in zip(LESSONS, LESSONS[1:])}
    last = _nb(path).cells[-1].source
    if path.stem in following:
        assert f"({following[path.stem].name})" in last
    else:
        assert f"({LESSONS[0].name})" in last


# --------------------------------------------------------------------------------------------
# Every Arabic word glossed


CODE_SPAN = re.compile(r"`[^`\n]+`")


def _outside_rtl(source: str) -> str:
    return RTL_BLOCK.sub("", source)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_arabic_in_english_prose_is_isolated_and_arabic_sentences_read_right_to_left(path):
    for cell in _nb(path).cells:
        if cell.cell_type != "markdown":
            continue
        for block in RTL_BLOCK.findall(cell.source):
            assert block.startswith("\n\n") and block.endswith("\n\n"), "blank lines inside the RTL block"
        prose = CODE_SPAN.sub("", BDI_RE.sub("", _outside_rtl(cell.source)))
        stray = ARABIC_LETTER.findall(prose)
        assert not stray, f"{path.name}: Arabic outside <bdi>, code and RTL blocks: {prose[:200]!r}"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_arabic_sentence_is_followed_by_its_transliteration_and_translation(path):
    for cell in _nb(path).cells:
        if cell.cell_type != "markdown":
            continue
        for match in RTL_BLOCK.finditer(cell.source):
            after = cell.source[match.end():].lstrip("\n")
            first = after.split("\n\n", 1)[0]
            assert re.match(r"^\*[^*]+\*", first), f"{path.name}: no transliteration after {match.group(1)[:40]!r}"
            assert re.search(r"“.+”", first), f"{path.name}: no translation after {match.group(1)[:40]!r}"


def test_every_arabic_word_is_glossed_on_its_first_use_in_the_course():
    glossed: set[str] = set()
    for path in LESSONS:
        for source in _student_markdown(_nb(path)):
            prose = _outside_rtl(source)
            glosses = {m.start(): term_key(m.group(1)) for m in GLOSS_RE.finditer(prose)}
            for m in BDI_RE.finditer(prose):
                key = term_key(m.group(1))
                if m.start() in glosses:
                    glossed.add(key)
                assert key in glossed, f"{path.name}: «{m.group(1)}» is used before it is glossed"


def _arabic_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\u0621-\u064A\u0671-\u06D3]+", normalize(text))}


def test_every_arabic_word_in_code_was_shown_with_its_meaning_before():
    covered: set[str] = set()
    for path in LESSONS:
        for cell in _nb(path).cells:
            if "teacher" in _tags(cell):
                continue
            if cell.cell_type == "markdown":
                for m in GLOSS_RE.finditer(cell.source):
                    covered |= _arabic_words(m.group(1))
                for block in RTL_BLOCK.findall(cell.source):
                    covered |= _arabic_words(block)
                for span in CODE_SPAN.findall(_outside_rtl(cell.source)):
                    unknown = _arabic_words(span) - covered
                    assert not unknown, f"{path.name}: {sorted(unknown)} in {span}, never glossed or translated"
                continue
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    unknown = _arabic_words(node.value) - covered
                    assert not unknown, f"{path.name}: {sorted(unknown)} in code, never glossed or translated"


def test_the_glossary_lists_every_glossed_word_once_with_its_first_lesson():
    terms = collect_terms(LESSONS)
    keys = [t.key for t in terms]
    assert len(keys) == len(set(keys)) and len(terms) >= 60
    assert all(t.transliteration and t.english and t.lesson and t.section for t in terms)
    by_key = {t.key: t for t in terms}
    nahw = by_key[term_key("نحو")]
    assert (nahw.english, nahw.source, nahw.lesson) == ("about", "rules/hedges.py", "02_numbers_and_hedges")
    assert by_key[term_key("تموز")].english == "July (Levantine month name)"
    assert by_key[term_key("تشكيل")].source == "lesson text"
    from_tables = [t for t in terms if t.source.startswith("rules/")]
    assert len(from_tables) >= len(terms) / 3


def test_library_reading_strips_clitics_and_the_article():
    assert library_reading("والجنود") == ("soldier", "rules/units.py")
    assert library_reading("بالعراق") == ("Iraq", "rules/gazetteer.py")
    assert library_reading("الخميس") == ("Thursday", "rules/weekdays.py")
    assert library_reading("ة") is None and character_rule("ة") == "rules/characters.py, rule 'taa_marbuta': written ه"


# --------------------------------------------------------------------------------------------
# The whole course, rendered and run (slow)


@pytest.fixture(scope="session")
def course(tmp_path_factory):
    out = tmp_path_factory.mktemp("teaching")
    return render_course(LESSONS_DIR, out, jobs=3, log=lambda line: None)


def _check_outputs(path: Path) -> list[tuple[str, str, str]]:
    """(exercise id, text/plain, text/html) of every check cell of an executed notebook."""
    found = []
    for cell in _nb(path).cells:
        if "check" not in _tags(cell):
            continue
        plain = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
        rich = "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)
        found.append((CHECK_CALL.match(cell.source).group(1), plain, rich))
    return found


def _errors(path: Path) -> list[str]:
    out = []
    for cell in _nb(path).cells:
        for o in cell.get("outputs", []):
            if o.output_type == "error":
                out.append(f"{o.ename}: {o.evalue}")
            text = o.get("text", "") + json.dumps(o.get("data", {}), ensure_ascii=False)
            if "Traceback (most recent call last)" in text:
                out.append(text[:300])
    return out


@pytest.mark.slow
def test_every_lesson_runs_top_to_bottom_in_both_versions(course):
    assert course.ok, [f"{r.name} {r.version}: {r.error}" for r in course.runs if not r.ok]
    assert len(course.runs) == 2 * len(LESSONS)
    for run in course.runs:
        assert run.html is not None and run.html.stat().st_size > 10_000
        assert _errors(run.executed) == [], f"{run.name} ({run.version})"


@pytest.mark.slow
def test_every_check_of_the_solution_versions_says_right(course):
    for path in LESSONS:
        results = _check_outputs(course.run(path.stem, "teacher").executed)
        assert results, path.name
        for exercise_id, plain, _ in results:
            assert plain.startswith(f"✓ Exercise {exercise_id} "), plain


@pytest.mark.slow
def test_every_check_of_the_student_versions_shows_its_hint_and_no_traceback(course):
    for path in LESSONS:
        for exercise_id, plain, rich in _check_outputs(course.run(path.stem, "student").executed):
            hint = EXERCISES[exercise_id].hint
            assert plain.startswith(f"… Exercise {exercise_id} ") and f"Hint: {hint}" in plain, plain
            assert 'class="an-hint"' in rich and "Traceback" not in plain + rich


@pytest.mark.slow
def test_the_handouts_are_clean_notebooks_and_the_index_links_everything(course):
    out = course.out_dir
    for path in LESSONS:
        for version in ("student", "teacher"):
            nb = _nb(out / version / path.name)
            assert all(c.outputs == [] for c in nb.cells if c.cell_type == "code")
            assert nb.metadata["arabic_news"]["teaching"] == {"lesson": path.stem, "version": version}
    index = course.index_path.read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"#]+)"', index):
        assert (out / html.unescape(href)).is_file(), href
    glossary = course.glossary_path.read_text(encoding="utf-8")
    assert '<td dir="rtl" lang="ar" class="an-gloss-ar">نحو</td>' in glossary
    assert (out / "glossary.csv").read_bytes().startswith("\ufeff".encode())


@pytest.mark.slow
def test_rendering_again_gives_the_same_pages(course, tmp_path):
    again = render_course(LESSONS_DIR, tmp_path, jobs=3, log=lambda line: None)
    for name in ("index.html", "glossary.html", "glossary.csv", "student/02_numbers_and_hedges.html",
                 "teacher/04_sentence_to_fact.html", "student/01_arabic_text_as_data.ipynb"):
        assert (again.out_dir / name).read_bytes() == (course.out_dir / name).read_bytes(), name


# --------------------------------------------------------------------------------------------
# A student page in a real browser (slow)


@pytest.fixture(scope="module")
def browser():
    from conftest import CHROMIUM, CHROMIUM_LAUNCH_ARGS, ON_CI

    hint = "install it with `apt-get install -y chromium` (and `pip install playwright`); `make test` does this"
    if importlib.util.find_spec("playwright") is None or not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        if ON_CI:
            pytest.fail(f"playwright or {CHROMIUM} is missing: the browser tests must run on CI; {hint}")
        pytest.skip(f"playwright or {CHROMIUM} is missing; {hint}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.mark.slow
def test_a_student_page_shows_its_hints_and_reads_arabic_right_to_left(browser, course, tmp_path):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route(lambda url: not url.startswith(("file:", "data:", "blob:", "about:")), lambda route: route.abort())
    try:
        page.goto((course.out_dir / "student" / "02_numbers_and_hedges.html").as_uri())
        page.wait_for_load_state("load")
        box = page.locator('.an-check[data-exercise="2.3"]')
        assert box.count() == 1 and box.is_visible()
        assert "Hint:" in box.inner_text() and "about is a tenth either side" in box.inner_text()
        assert box.evaluate("e => getComputedStyle(e).direction") == "ltr"
        sentence = page.locator('div[dir="rtl"] p', has_text="عشرات الصواريخ").first
        assert sentence.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert page.locator("text=# your code here").count() >= 3
        page.screenshot(path=str(tmp_path / "student_02.png"), full_page=True)
        assert [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))] == []
        assert errors == []
    finally:
        page.close()
