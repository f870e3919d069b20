"""`make teaching`: the course's student and teacher versions as notebooks and HTML, an index and a glossary.

`render_course` reads the master notebooks (``notebooks/teaching/NN_name.ipynb``) and writes

    out/student/NN_name.ipynb   the handout: solutions replaced by ``...``, checks kept, no outputs
    out/student/NN_name.html    the same, run top to bottom: each check shows its hint
    out/teacher/NN_name.ipynb   solutions and teacher's notes, no outputs
    out/teacher/NN_name.html    the same, run: each check says "right"
    out/runs/<version>/NN_name.ipynb   the executed copies the pages were rendered from
    out/glossary.html, glossary.csv    every glossed word (see `arabic_news.teaching.glossary`)
    out/index.html                     the lessons, their length and objectives, links to all of the above

Running and rendering go through `arabic_news.report` (papermill on a fresh kernel per
notebook, the ``arabic_news`` nbconvert template that sets each block's direction), so a
lesson's page reads right to left where it is Arabic, exactly as the reports do. A lesson
that fails keeps its executed copy and page; the others finish, then `TeachingError` names it.
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from arabic_news.errors import ArabicNewsError, ParameterError
from arabic_news.files import write_text_atomically
from arabic_news.teaching.glossary import collect_terms, glossary_frame, glossary_html
from arabic_news.teaching.versions import VERSIONS, make_version

__all__ = ["LessonInfo", "LessonRun", "CourseResult", "TeachingError", "find_lessons", "lesson_info",
           "render_course", "COURSE_TITLE"]

COURSE_TITLE = "Reading Arabic news with Python: a short course"
LESSON_GLOB = "[0-9][0-9]_*.ipynb"

_TITLE_RE = re.compile(r"^#\s+(\d\d_\w+):\s*(.+?)\s*$", re.M)
_MINUTES_RE = re.compile(r"\*\*Time:\*\*\s*(?:about\s+)?(\d+)(?:\s*(?:–|-|to)\s*(\d+))?\s*minutes")
_EXERCISE_RE = re.compile(r"^###\s+Exercise\s+(\d+\.\d+):\s*(.+?)\s*$", re.M)
_LINK_RE = re.compile(r"\]\((\d\d_\w+)\.ipynb\)")


class TeachingError(ArabicNewsError):
    """A lesson failed to run or render; the others finished and the index was written.

    Attributes:
        failures: the failed `LessonRun` records.
    """

    def __init__(self, failures):
        self.failures = tuple(failures)
        lines = [f"{len(self.failures)} lesson run(s) failed:"]
        lines += [f"  {f.name} ({f.version}): {f.error} (executed copy: {f.executed})" for f in self.failures]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class LessonInfo:
    """What the index says about one lesson, read from its master notebook.

    Attributes:
        name: the file stem, e.g. ``02_numbers_and_hedges``.
        title: the title after the name in the first heading.
        minutes: ``(low, high)`` from the ``**Time:**`` line.
        objectives: the bullet points under ``## Learning objectives``.
        exercises: ``(id, title)`` of each ``### Exercise N.M: title`` heading.
    """

    name: str
    title: str
    minutes: tuple[int, int] | None
    objectives: tuple[str, ...]
    exercises: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LessonRun:
    """One version of one lesson: written, run and rendered.

    Attributes:
        name: the lesson's stem.
        version: ``student`` or ``teacher``.
        notebook: the clean notebook (no outputs) to hand out.
        executed: the executed copy.
        html: the rendered page (None when nothing was run).
        ok: every cell ran.
        error: the failing cell and its error, else "".
        seconds: wall time of the run and the rendering.
    """

    name: str
    version: str
    notebook: Path
    executed: Path | None
    html: Path | None
    ok: bool
    error: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class CourseResult:
    """What `render_course` wrote."""

    out_dir: Path
    index_path: Path
    glossary_path: Path
    lessons: tuple[LessonInfo, ...]
    runs: tuple[LessonRun, ...]

    @property
    def ok(self) -> bool:
        """True when every run finished."""
        return all(r.ok for r in self.runs)

    def run(self, name: str, version: str) -> LessonRun:
        """The run of one lesson's version."""
        for r in self.runs:
            if r.name == name and r.version == version:
                return r
        raise KeyError((name, version))


def find_lessons(folder: str | Path) -> list[Path]:
    """The master notebooks of the course, ``NN_name.ipynb`` in `folder`, in order.

    Raises:
        ParameterError: the folder is missing or holds no lesson.
    """
    path = Path(folder)
    if not path.is_dir():
        raise ParameterError("lessons_dir", str(folder), "is not a folder",
                             "Give the folder of the master notebooks, e.g. notebooks/teaching")
    found = sorted(p for p in path.glob(LESSON_GLOB) if p.is_file())
    if not found:
        raise ParameterError("lessons_dir", str(folder), "holds no NN_name.ipynb lesson",
                             "Give the folder of the master notebooks, e.g. notebooks/teaching")
    return found


def _markdown(nb) -> list[str]:
    tags = lambda c: c.get("metadata", {}).get("tags", [])  # noqa: E731
    return [c.source for c in nb.cells if c.cell_type == "markdown" and "teacher" not in tags(c)]


def lesson_info(path: str | Path) -> LessonInfo:
    """Title, time, objectives and exercises of one master notebook."""
    import nbformat

    path = Path(path)
    nb = nbformat.read(str(path), as_version=4)
    texts = _markdown(nb)
    title_match = _TITLE_RE.search(texts[0]) if texts else None
    title = title_match.group(2) if title_match else path.stem
    minutes = None
    objectives: list[str] = []
    exercises: list[tuple[str, str]] = []
    for text in texts:
        m = _MINUTES_RE.search(text)
        if m and minutes is None:
            minutes = (int(m.group(1)), int(m.group(2) or m.group(1)))
        if "## Learning objectives" in text and not objectives:
            after = text.split("## Learning objectives", 1)[1]
            for line in after.splitlines():
                if line.startswith("## "):
                    break
                if re.match(r"^\s*[-*]\s+", line):
                    objectives.append(re.sub(r"^\s*[-*]\s+", "", line).strip())
        exercises += [(m.group(1), m.group(2)) for m in _EXERCISE_RE.finditer(text)]
    return LessonInfo(path.stem, title, minutes, tuple(objectives), tuple(exercises))


def _capital(title: str) -> str:
    return title[:1].upper() + title[1:]


def _html_copy(nb, lessons: list[LessonInfo], name: str):
    """The executed notebook as its page shows it: lesson links to pages, a navigation line at the end."""
    import nbformat

    page = copy.deepcopy(nb)
    for cell in page.cells:
        if cell.cell_type == "markdown":
            cell.source = _LINK_RE.sub(r"](\1.html)", cell.source)
    names = [lesson.name for lesson in lessons]
    i = names.index(name) if name in names else -1
    parts = ["[Course index](../index.html)", "[Glossary](../glossary.html)"]
    if i > 0:
        parts.insert(0, f"Previous: [{_capital(lessons[i - 1].title)}]({names[i - 1]}.html)")
    if 0 <= i < len(names) - 1:
        parts.append(f"Next: [{_capital(lessons[i + 1].title)}]({names[i + 1]}.html)")
    nav = nbformat.v4.new_markdown_cell("---\n" + " · ".join(parts))
    nav["id"] = "course-navigation"
    page.cells.append(nav)
    return page


def _run_one(name: str, version: str, clean: Path, out: Path, lessons: list[LessonInfo], timeout: int | None) -> LessonRun:
    import nbformat

    from arabic_news import report

    started = time.perf_counter()
    executed = out / "runs" / version / clean.name
    ok, error = report.run_notebook(clean, executed, {}, timeout=timeout)
    html_path: Path | None = None
    if executed.exists():
        nb = nbformat.read(str(executed), as_version=4)
        report.strip_run_metadata(nb, executed)
        write_text_atomically(executed, nbformat.writes(nb))
        title = next((lesson.title for lesson in lessons if lesson.name == name), name)
        page = _html_copy(nb, lessons, name)
        page.metadata.setdefault("arabic_news", {})["name"] = f"{_capital(title)} ({version})"
        html_path = write_text_atomically(out / version / f"{name}.html", report.render_html(page, show_code=True))
    return LessonRun(name, version, clean, executed if executed.exists() else None, html_path, ok, error,
                     time.perf_counter() - started)


def _jinja():
    import jinja2

    from arabic_news.report import TEMPLATES_DIR

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR / "teaching")), autoescape=True,
                              keep_trailing_newline=True)


def _css() -> str:
    from arabic_news.report import TEMPLATES_DIR

    return (TEMPLATES_DIR / "report.css").read_text(encoding="utf-8")


def write_glossary(lessons_dir: str | Path, out_dir: str | Path, lessons: list[LessonInfo] | None = None) -> Path:
    """Write ``glossary.html`` and ``glossary.csv`` into `out_dir`; return the page's path."""
    from markupsafe import Markup

    paths = find_lessons(lessons_dir)
    lessons = lessons if lessons is not None else [lesson_info(p) for p in paths]
    terms = collect_terms(paths)
    out = Path(out_dir)
    frame = glossary_frame(terms)
    write_text_atomically(out / "glossary.csv", "\ufeff" + frame.to_csv(index=False, lineterminator="\n"))
    titles = {lesson.name: f"{lesson.name[:2]}. {_capital(lesson.title)}" for lesson in lessons}
    ordered = [t for lesson in lessons for t in sorted((t for t in terms if t.lesson == lesson.name),
                                                       key=lambda t: t.key)]
    page = _jinja().get_template("glossary.html.j2").render(
        title=f"{COURSE_TITLE}: glossary", css=_css(), rows=Markup(glossary_html(ordered, titles)),
        n_terms=len(terms), n_from_tables=sum(t.source != "lesson text" for t in terms))
    return write_text_atomically(out / "glossary.html", page)


def _inline_markdown(text: str):
    """The little markdown an objective holds (`code`, *emphasis*) as safe HTML."""
    from markupsafe import Markup

    from arabic_news.teaching.checks import inline_html

    return Markup(re.sub(r"\*([^*<>]+)\*", r"<em>\1</em>", inline_html(text)))


def write_index(out_dir: str | Path, lessons: list[LessonInfo], runs: list[LessonRun] | None = None) -> Path:
    """Write the course's ``index.html``: each lesson with its time, objectives and links."""
    failed = {(r.name, r.version): r.error for r in (runs or []) if not r.ok}
    entries = []
    for lesson in lessons:
        entries.append({
            "name": lesson.name, "number": lesson.name[:2], "title": _capital(lesson.title),
            "minutes": (f"{lesson.minutes[0]}–{lesson.minutes[1]} minutes" if lesson.minutes and
                        lesson.minutes[0] != lesson.minutes[1] else
                        f"{lesson.minutes[0]} minutes" if lesson.minutes else ""),
            "objectives": [_inline_markdown(o) for o in lesson.objectives],
            "exercises": [(i, _inline_markdown(t)) for i, t in lesson.exercises],
            "failed": [f"{v}: {failed[(lesson.name, v)]}" for v in VERSIONS if (lesson.name, v) in failed],
        })
    page = _jinja().get_template("index.html.j2").render(title=COURSE_TITLE, css=_css(), lessons=entries)
    return write_text_atomically(Path(out_dir) / "index.html", page)


def render_course(
    lessons_dir: str | Path,
    out_dir: str | Path,
    *,
    execute: bool = True,
    jobs: int = 2,
    timeout: int | None = 600,
    log: Callable[[str], None] | None = None,
) -> CourseResult:
    """Write both versions of every lesson, run them, render their pages, the glossary and the index.

    Args:
        lessons_dir: the master notebooks (``notebooks/teaching``).
        out_dir: where the course goes (``reports/teaching``).
        execute: run the notebooks and render their pages; False writes only the clean
            notebooks, the glossary and the index.
        jobs: notebooks run at the same time.
        timeout: seconds allowed for one cell.
        log: where progress lines go; printed when None.
    Returns:
        The `CourseResult`.
    Raises:
        ParameterError: the lessons folder is missing or empty.
        MasterError: a master notebook cannot be split (an exercise without a solution marker).
        TeachingError: a run failed; everything else was written.
    """
    import nbformat

    say = log or (lambda line: print(line, flush=True))
    paths = find_lessons(lessons_dir)
    lessons = [lesson_info(p) for p in paths]
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, str, Path]] = []
    for path in paths:
        master = nbformat.read(str(path), as_version=4)
        for version in VERSIONS:
            nb = make_version(master, version, name=path.stem)
            written.append((path.stem, version,
                            write_text_atomically(out / version / path.name, nbformat.writes(nb))))
    say(f"teaching: {len(paths)} lesson(s), student and teacher versions, into {out}")
    runs: list[LessonRun] = []
    if execute:
        import papermill  # noqa: F401  (imported once here: importing it from several threads at once races)

        results: dict[tuple[str, str], LessonRun] = {}

        def one(item: tuple[str, str, Path]) -> None:
            name, version, clean = item
            run = _run_one(name, version, clean, out, lessons, timeout)
            results[(name, version)] = run
            say(f"  {name} ({version}): {'ok' if run.ok else 'FAILED: ' + run.error} ({run.seconds:.1f} s)")

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for future in [pool.submit(one, item) for item in written]:
                future.result()
        runs = [results[(name, version)] for name, version, _ in written]
    else:
        runs = [LessonRun(name, version, clean, None, None, True) for name, version, clean in written]
    glossary = write_glossary(lessons_dir, out, lessons)
    index = write_index(out, lessons, runs)
    say(f"teaching: {index}")
    result = CourseResult(out, index, glossary, tuple(lessons), tuple(runs))
    failures = [r for r in runs if not r.ok]
    if failures:
        raise TeachingError(failures)
    return result
