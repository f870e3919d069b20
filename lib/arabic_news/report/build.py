"""The batch report: check the arguments, extract, run every notebook, then the article pages and the index.

:func:`build_report` only orchestrates: `execution` runs the notebooks,
`rendering` turns each executed copy into HTML, `article_pages` and
`index_page` write the rest. A failing notebook does not stop the others: its
executed copy is kept, marked at the failing cell (papermill's marker), and
:class:`ReportError` names it after the rest finish.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arabic_news import params as _params
from arabic_news.errors import ArabicNewsError, ParameterError
from arabic_news.files import write_text_atomically
from arabic_news.glosses import with_fact_en
from arabic_news.plotting.interactive import write_vega_bundle
from arabic_news.params import parse_iso_date
from arabic_news.report.article_pages import write_article_pages
from arabic_news.report.execution import (
    check_notebook_parameters, find_notebooks, import_papermill, run_notebook, strip_run_metadata,
)
from arabic_news.report.index_page import (
    index_key_figures, notebook_key_figures, notebook_summary, notebook_thumbnail, skipped_files_note,
    write_index,
)
from arabic_news.report.rendering import render_html
from arabic_news.rules.labels import LABEL_LANGUAGES
from arabic_news.schema import FACT_TABLES, read_table, table_path


class ReportError(ArabicNewsError):
    """One or more notebooks failed; the others finished and the index was written.

    Attributes:
        failures: the failed :class:`NotebookResult` records.
        result: the whole :class:`ReportResult`.
    """

    def __init__(self, failures: Sequence[NotebookResult], result: ReportResult):
        self.failures = tuple(failures)
        self.result = result
        lines = [f"{len(self.failures)} notebook(s) failed:"]
        for f in self.failures:
            lines.append(f"  {f.name}: {f.reason} (executed copy: {f.executed_path})")
        lines.append("The other notebooks rendered; index.html names the failure.")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class NotebookResult:
    """What happened to one notebook.

    Attributes:
        name: the notebook's stem, e.g. ``02_troop_levels``.
        source: the notebook run.
        executed_path: the executed copy (kept even when the run failed).
        html_path: the rendered report, or ``None`` when rendering was impossible.
        ok: whether every cell ran.
        error: for a failure, the failing cell and its error, e.g. ``cell 5 (In [4]): ValueError: boom``.
        seconds: wall time of the run and the rendering.
        key_figures: figures the notebook displayed with ``display.show_key_figures``.
        title: the notebook's title, from its first heading ("How many troops, where, and when").
        summary: what it shows, the first English paragraph of its first cell.
    """

    name: str
    source: Path
    executed_path: Path
    html_path: Path | None
    ok: bool
    error: str = ""
    seconds: float = 0.0
    key_figures: Mapping[str, str] = field(default_factory=dict)
    title: str = ""
    summary: str = ""

    @property
    def reason(self) -> str:
        """Why it failed, on one line for the index: the failing cell and the first line of its error."""
        first = self.error.strip().splitlines()[0] if self.error.strip() else ""
        return first if len(first) <= 240 else first[:239] + "…"


@dataclass(frozen=True)
class ReportResult:
    """What :func:`build_report` wrote.

    Attributes:
        out_dir: the report folder.
        index_path: ``out_dir/index.html``.
        facts_dir: the fact tables the notebooks read.
        notebooks: one record per notebook, in order.
        article_pages: the article pages written, in ``out_dir/articles``.
        corpus_fingerprint: the fingerprint of the corpus the facts come from.
        key_figures: the corpus's key figures shown on the index.
    """

    out_dir: Path
    index_path: Path
    facts_dir: Path
    notebooks: tuple[NotebookResult, ...]
    article_pages: tuple[Path, ...]
    corpus_fingerprint: str
    key_figures: Mapping[str, Any]

    @property
    def ok(self) -> bool:
        """True when every notebook ran."""
        return all(n.ok for n in self.notebooks)

    @property
    def failures(self) -> tuple[NotebookResult, ...]:
        """The notebooks that failed."""
        return tuple(n for n in self.notebooks if not n.ok)


# ---------------------------------------------------------------------------------------------
# Arguments


def check_output_dir(name: str, path: str | Path) -> Path:
    """Check that `path` can be a folder of outputs: it is one, or it can be created.

    Args:
        name: the parameter's name, for the message (e.g. ``"--out"``).
        path: the folder; it may be missing (it is created later), but neither it nor any
            existing parent may be a file.
    Returns:
        The folder, resolved.
    Raises:
        ParameterError: `path` or one of its parents is a file.
    Example:
        >>> import tempfile; afile = Path(tempfile.mkdtemp()) / "notes.txt"; _ = afile.write_text("x")
        >>> check_output_dir("--out", afile / "reports")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        arabic_news.errors.ParameterError: --out='.../notes.txt/reports' is inside a file (.../notes.txt), not a folder. ...
    """
    folder = Path(path).resolve()
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            if not candidate.is_dir():
                where = "is a file" if candidate == folder else f"is inside a file ({candidate})"
                raise ParameterError(name, str(path), f"{where}, not a folder",
                                     "Give a folder: it is created when missing")
            break
    return folder


def check_report_arguments(
    corpus_dir: str | Path,
    out_dir: str | Path,
    *,
    facts_dir: str | Path | None = None,
    label_language: str = "ar",
    notebooks_dir: str | Path | None = None,
    date_from: str = "",
    date_to: str = "",
) -> list[Path]:
    """Check a report's arguments before anything runs (so a bad one fails in a second, not after extraction).

    Args:
        corpus_dir, out_dir, facts_dir, label_language, notebooks_dir, date_from, date_to:
            as for :func:`build_report`.
    Returns:
        The notebooks the report will run, in order.
    Raises:
        ParameterError: naming the first bad argument and what to do.
    Example:
        >>> check_report_arguments(".", "reports", label_language="fr")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        arabic_news.errors.ParameterError: label_language='fr' is not a label language. Use "ar" or "en"
    """
    if not Path(corpus_dir).is_dir():
        raise ParameterError("corpus_dir", str(corpus_dir), "is not a folder",
                             "Give a folder of articles, e.g. seeds")
    if label_language not in LABEL_LANGUAGES:
        raise ParameterError("label_language", label_language, "is not a label language",
                             "Use " + " or ".join(f'"{language}"' for language in LABEL_LANGUAGES))
    start, end = parse_iso_date("date_from", date_from), parse_iso_date("date_to", date_to)
    if start and end and start > end:
        raise ParameterError("date_from", date_from, f"is after date_to={date_to!r}", "Swap them")
    check_output_dir("out_dir", out_dir)
    if facts_dir is not None:
        check_output_dir("facts_dir", facts_dir)
    if notebooks_dir is None:
        from arabic_news.params import find_project_root

        root = find_project_root() or find_project_root(Path(__file__).parent)
        if root is None:
            raise ParameterError("notebooks_dir", None, "was not given and no project root was found",
                                 "Pass notebooks_dir, the folder holding 01_…ipynb to 06_…ipynb")
        notebooks_dir = root / "notebooks"
    return find_notebooks(notebooks_dir)


# ---------------------------------------------------------------------------------------------
# The steps


def _extract_facts(corpus_dir: Path, facts_dir: Path) -> None:
    """Run the extraction into facts_dir (tables + manifest.json); patched in tests."""
    from arabic_news import extract

    facts = extract.extract_corpus(corpus_dir)
    extract.write_tables(facts, facts_dir)


def _extract_with_progress(corpus: Path, facts: Path, say: Callable[[str], None]) -> None:
    t0 = time.perf_counter()
    say(f"extract: {corpus} → {facts}")
    facts.mkdir(parents=True, exist_ok=True)
    _extract_facts(corpus, facts)
    say(f"extract: done in {time.perf_counter() - t0:.1f} s")


def _manifest_record_fields(facts_dir: Path) -> dict[str, str]:
    """The record field names the extraction used (manifest.json), to read records back the same way."""
    try:
        return dict(_params.read_manifest(facts_dir).get("record_fields") or {})
    except (OSError, ValueError):
        return {}


def _library_version() -> str:
    from arabic_news import __version__

    return __version__


def _run_and_render(
    source: Path, out_dir: Path, parameters: Mapping[str, Any], show_code: bool,
    provenance: Mapping[str, Any], timeout: int | None,
) -> tuple[NotebookResult, str]:
    """Run one notebook, then write its HTML and its cleaned executed copy; also the index's thumbnail."""
    import nbformat

    started = time.perf_counter()
    name = source.stem
    executed = out_dir / f"{name}.ipynb"
    html_path = out_dir / f"{name}.html"
    title, summary = notebook_summary(nbformat.read(str(source), as_version=4))
    try:
        check_notebook_parameters(source)
    except ArabicNewsError as exc:
        return NotebookResult(name, source, executed, None, False, str(exc),
                              time.perf_counter() - started, title=title, summary=summary), ""
    ok, error = run_notebook(source, executed, parameters, timeout=timeout)
    figures: dict[str, str] = {}
    thumb = ""
    written: Path | None = None
    if executed.exists():
        nb = nbformat.read(str(executed), as_version=4)
        strip_run_metadata(nb, executed)
        nb.metadata.setdefault("arabic_news", {})["name"] = name
        prov = {"notebook": source.name, **provenance, "status": "ok" if ok else f"failed: {error}"}
        write_text_atomically(html_path, render_html(nb, show_code=show_code, provenance=prov))
        write_text_atomically(executed, nbformat.writes(nb))
        written = html_path
        figures = notebook_key_figures(nb)
        thumb = notebook_thumbnail(nb)
    result = NotebookResult(name, source, executed, written, ok, error,
                            time.perf_counter() - started, figures, title, summary)
    return result, thumb


def _run_notebooks(notebooks: Sequence[Path], out: Path, parameters: Mapping[str, Any], *, show_code: bool,
                   provenance: Mapping[str, Any], timeout: int | None, jobs: int,
                   say: Callable[[str], None]) -> tuple[tuple[NotebookResult, ...], list[str]]:
    """Every notebook, `jobs` at a time on threads; the results and thumbnails in notebook order."""
    import_papermill()  # import once, before the threads start
    say(f"report: {len(notebooks)} notebook(s), {max(1, jobs)} at a time, into {out}")
    results: dict[Path, NotebookResult] = {}
    thumbs: dict[Path, str] = {}

    def one(source: Path) -> None:
        result, thumb = _run_and_render(source, out, parameters, show_code, provenance, timeout)
        results[source], thumbs[source] = result, thumb
        status = "ok" if result.ok else f"FAILED: {result.reason}"
        say(f"  {result.name}: {status} ({result.seconds:.1f} s)")

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for future in [pool.submit(one, nb) for nb in notebooks]:
            future.result()
    return tuple(results[nb] for nb in notebooks), [thumbs[nb] for nb in notebooks]


def _read_fact_tables(facts: Path, corpus_dir: str | Path) -> dict[str, Any]:
    """The fact tables present in `facts`, typed, each fact with its English sentence; the articles table must be there."""
    tables = with_fact_en({name: read_table(facts, name) for name in FACT_TABLES
                           if table_path(facts, name) is not None})
    if "articles" not in tables:
        raise ParameterError("facts_dir", str(facts), "lacks the fact table articles",
                             f"Run `arabic-news extract {corpus_dir} --out {facts}` first")
    return tables


def _claims_table(facts: Path):
    """The `claims` table written beside the facts (the index's headline), or None for facts written before claims."""
    return read_table(facts, "claims") if table_path(facts, "claims") is not None else None


def _corrections_lines(facts: Path) -> list[str]:
    """The corrections applied to the facts, one sentence each with its reason (every page lists them)."""
    from arabic_news.analysis import corrections_sentences

    applied = read_table(facts, "corrections_applied") if table_path(facts, "corrections_applied") else None
    return corrections_sentences(applied)


# ---------------------------------------------------------------------------------------------
# The whole report


def build_report(
    corpus_dir: str | Path,
    out_dir: str | Path,
    *,
    facts_dir: str | Path | None = None,
    extract: bool = True,
    label_language: str = "ar",
    show_code: bool = False,
    notebooks_dir: str | Path | None = None,
    date_from: str = "",
    date_to: str = "",
    jobs: int = 2,
    timeout: int | None = 1800,
    log: Callable[[str], None] | None = None,
) -> ReportResult:
    """Extract, run every notebook, and write the HTML reports, article pages and index.

    Args:
        corpus_dir: the folder of articles.
        out_dir: where reports go: ``NN_name.ipynb`` and ``.html``, ``articles/``, ``index.html``
            (and what the notebooks write there, e.g. ``figures/``).
        facts_dir: the fact tables; ``out_dir/facts`` when ``None``.
        extract: run the extraction into `facts_dir` first; ``False`` when the facts are
            already there (``make report`` extracts into ``data/processed`` beforehand).
        label_language: ``"ar"`` or ``"en"``, passed to every notebook.
        show_code: show the code cells in the HTML (for a class).
        notebooks_dir: the notebooks to run; the project's ``notebooks/`` when ``None``.
        date_from: ISO date or ``""``, passed to every notebook.
        date_to: ISO date or ``""``, passed to every notebook.
        jobs: notebooks run at the same time.
        timeout: seconds allowed for one cell.
        log: where progress lines go; printed to stdout when ``None``.
    Returns:
        The :class:`ReportResult`.
    Raises:
        ParameterError: a bad argument (missing folder, bad date, unknown language), before any run.
        ReportError: a notebook failed; every other notebook finished and the index was written.
    """
    say = log or (lambda line: print(line, flush=True))
    notebooks = check_report_arguments(corpus_dir, out_dir, facts_dir=facts_dir, label_language=label_language,
                                       notebooks_dir=notebooks_dir, date_from=date_from, date_to=date_to)
    corpus = Path(corpus_dir).resolve()
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    facts = Path(facts_dir).resolve() if facts_dir is not None else out / "facts"
    if extract:
        _extract_with_progress(corpus, facts, say)
    elif not facts.is_dir():
        raise ParameterError("facts_dir", str(facts_dir), "is not a folder",
                             f"Run `arabic-news extract {corpus_dir} --out {facts_dir}` first")
    fingerprint = _params.fingerprint_of(corpus)
    parameters = {
        "corpus_dir": str(corpus), "facts_dir": str(facts), "output_dir": str(out),
        "label_language": label_language, "date_from": date_from or "", "date_to": date_to or "",
    }
    corrections = _corrections_lines(facts)
    provenance = {"library": f"arabic_news {_library_version()}", **parameters,
                  "corpus fingerprint": fingerprint, "python": sys.version.split()[0],
                  "corrections applied": " ".join(corrections)}
    write_vega_bundle(out)   # the interactive charts' library, once for every page
    ordered, thumbs = _run_notebooks(notebooks, out, parameters, show_code=show_code, provenance=provenance,
                                     timeout=timeout, jobs=jobs, say=say)

    tables = _read_fact_tables(facts, corpus_dir)
    entries = write_article_pages(corpus, tables, out, provenance=provenance,
                                  record_fields=_manifest_record_fields(facts))
    say(f"articles: {len(entries)} page(s) in {out / 'articles'}")
    figures = index_key_figures(tables, _claims_table(facts))
    skipped = skipped_files_note(facts, corpus)
    if skipped:
        figures["skipped files"] = skipped
    index = write_index(out, ordered, thumbs=thumbs, articles=entries, key_figures=figures,
                        provenance=provenance, corpus_dir=str(corpus_dir), corrections=corrections)
    say(f"index: {index}")
    result = ReportResult(out, index, facts, ordered, tuple(e["path"] for e in entries), fingerprint, figures)
    if not result.ok:
        raise ReportError(result.failures, result)
    return result
