"""One master notebook per lesson, two versions: the student's (solutions removed) and the teacher's.

A master notebook marks its cells with tags (JupyterLab: property inspector → cell tags):

``exercise``
    the cell where the student writes an answer. Inside it, as in otter-grader's and
    nbgrader's master notebooks, a line ending in ``# SOLUTION`` becomes ``name = ...``
    in the student version (``...`` alone when the line assigns nothing), and the lines
    between ``# BEGIN SOLUTION`` and ``# END SOLUTION`` become one ``...``. An exercise
    cell without a marker is refused: the student would see the answer.
``check``
    the cell that calls ``check("2.3")``; kept in both versions.
``teacher``
    notes for the teacher (timing, what students get wrong, the idea behind a solution):
    only in the teacher version.

Every other cell is in both versions. Both are written without outputs, kernel python3,
with a banner under the title saying which version it is.

Example:
    >>> print(student_source("low = 2250  # SOLUTION\\nhigh = low * 1.1  # SOLUTION"))
    low = ...  # your answer here
    high = ...  # your answer here
    >>> print(student_source("p, r = score(a, b)  # SOLUTION"))
    p, r = ..., ...  # your answer here
    >>> print(student_source("def f(x):\\n    # BEGIN SOLUTION\\n    return x + 1\\n    # END SOLUTION"))
    def f(x):
        ...  # your code here
    >>> print(teacher_source("def f(x):\\n    # BEGIN SOLUTION\\n    return x + 1\\n    # END SOLUTION"))
    def f(x):
        return x + 1
"""

from __future__ import annotations

import copy
import re

from arabic_news.errors import ArabicNewsError

__all__ = ["TAGS", "VERSIONS", "MasterError", "student_source", "teacher_source", "make_version", "cell_tags"]

TAGS = ("exercise", "check", "teacher")
"""The tags a master notebook uses (see the module docstring)."""

VERSIONS = ("student", "teacher")

_LINE_MARK = re.compile(r"\s*#\s*SOLUTION\s*$")
_BEGIN = re.compile(r"^(\s*)#\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")
_ASSIGNMENT = re.compile(r"^(\s*)([A-Za-z_][\w\s,()\[\]]*?)\s*=(?!=)")

BANNERS = {
    "student": ("> **Student copy.** Write your answer where you see `...`, run the cell, then run the check "
                "cell under it: it says *right*, or gives a hint. Run the cells from the top, in order."),
    "teacher": ("> **Teacher's copy.** The solutions are filled in and the notes for the teacher are kept "
                "(they start with **Teacher**). Hand out the student copy instead: it has `...` where each "
                "answer goes and the same checks."),
}


class MasterError(ArabicNewsError):
    """A master notebook cannot be split into its two versions (e.g. an exercise without a marker)."""


def cell_tags(cell) -> list[str]:
    """The tags of a notebook cell (an empty list when it has none)."""
    return list(cell.get("metadata", {}).get("tags", []))


def _has_marker(source: str) -> bool:
    lines = source.splitlines()
    return any(_LINE_MARK.search(line) or _BEGIN.match(line) for line in lines)


def student_source(source: str) -> str:
    """The exercise cell as the student gets it: every solution replaced by ``...``.

    Raises:
        MasterError: a ``# BEGIN SOLUTION`` without its ``# END SOLUTION``.
    """
    out: list[str] = []
    inside: str | None = None
    for line in source.splitlines():
        if inside is not None:
            if _END.match(line):
                out.append(f"{inside}...  # your code here")
                inside = None
            continue
        begin = _BEGIN.match(line)
        if begin:
            inside = begin.group(1)
            continue
        if _LINE_MARK.search(line):
            code = _LINE_MARK.sub("", line)
            target = _ASSIGNMENT.match(code)
            if target:
                names = target.group(2).rstrip()
                stubs = ", ".join(["..."] * len([n for n in names.strip("()[] ").split(",") if n.strip()]))
                out.append(f"{target.group(1)}{names} = {stubs}  # your answer here")
            else:
                out.append(f"{code[:len(code) - len(code.lstrip())]}...  # your code here")
            continue
        out.append(line)
    if inside is not None:
        raise MasterError("# BEGIN SOLUTION has no # END SOLUTION after it")
    return "\n".join(out)


def teacher_source(source: str) -> str:
    """The exercise cell as the teacher gets it: the solution, without the markers."""
    out = []
    for line in source.splitlines():
        if _BEGIN.match(line) or _END.match(line):
            continue
        out.append(_LINE_MARK.sub("", line))
    return "\n".join(out)


def make_version(master, version: str, *, name: str = "lesson"):
    """The student or teacher version of a master notebook (an ``nbformat.NotebookNode``).

    Args:
        master: the master notebook (not changed).
        version: ``"student"`` or ``"teacher"``.
        name: the lesson's name, for messages and the notebook's metadata.
    Returns:
        A new notebook without outputs, kernel python3, with the version's banner under the title.
    Raises:
        MasterError: an exercise cell without a solution marker, or an unknown version.
    """
    import nbformat

    if version not in VERSIONS:
        raise MasterError(f"{version!r} is not a version: use one of {', '.join(VERSIONS)}")
    nb = copy.deepcopy(master)
    cells = []
    for index, cell in enumerate(nb.cells):
        tags = cell_tags(cell)
        if "teacher" in tags and version == "student":
            continue
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            if "exercise" in tags:
                if not _has_marker(cell.source):
                    raise MasterError(f"{name}: exercise cell {index} has no # SOLUTION marker: "
                                      "the student version would show the answer")
                try:
                    cell.source = student_source(cell.source) if version == "student" else teacher_source(cell.source)
                    compile(cell.source, f"{name} cell {index}", "exec")
                except MasterError as exc:
                    raise MasterError(f"{name}: exercise cell {index}: {exc}") from None
                except SyntaxError as exc:
                    raise MasterError(f"{name}: exercise cell {index} is not valid Python in the {version} version "
                                      f"({exc.msg}, line {exc.lineno}): mark a solution that spans several lines "
                                      "with # BEGIN SOLUTION / # END SOLUTION") from None
        cells.append(cell)
    banner = nbformat.v4.new_markdown_cell(BANNERS[version])
    banner["id"] = f"{version}-banner"
    cells.insert(1 if cells and cells[0].cell_type == "markdown" else 0, banner)
    nb.cells = cells
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.setdefault("arabic_news", {})["teaching"] = {"lesson": name, "version": version}
    return nb
