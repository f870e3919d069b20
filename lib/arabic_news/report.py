"""The batch report: run every notebook, render HTML, write the article pages and the index.

:func:`build_report` runs ``extract`` (unless the facts are already there), then every
``notebooks/NN_*.ipynb`` with papermill (in this process, a few at a time on threads),
renders each executed notebook to one self-contained HTML file with nbconvert and the
template shipped in ``templates/nbconvert/arabic_news`` (no CDN, no require.js, no MathJax;
each block's direction set by its majority script), writes one page per article under
``articles/`` with every fact's span highlighted, and ``index.html`` linking the reports
with their key figures.

A failing notebook does not stop the others: its executed copy is kept, marked at the
failing cell (papermill's marker), and :class:`ReportError` names it after the rest finish.
Every file is written whole (a temporary file in the same folder, then a rename).
This module never changes a notebook's source.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arabic_news.display import (
    KEY_FIGURES_MIME,
    article_page_name,
    dir_attrs,
    lang_for,
    script_direction,
)
from arabic_news.errors import ArabicNewsError, ParameterError
from arabic_news.files import write_text_atomically
from arabic_news import params as _params
from arabic_news.params import parse_iso_date
from arabic_news.schema import FACT_TABLES, read_table, table_path

TEMPLATES_DIR = Path(__file__).parent / "templates"
NBCONVERT_TEMPLATE = "arabic_news"
NOTEBOOK_PARAMETERS = ("corpus_dir", "facts_dir", "output_dir", "label_language", "date_from", "date_to")
"""The parameters every notebook declares in its ``parameters`` cell and receives from the report."""

SPAN_TABLES = ("troop_levels", "attacks", "events")
"""Fact tables whose rows have start/end offsets into Article.raw (highlighted on article pages)."""

_FIGURE_TEXT_COLUMNS = {"troop_levels": "value", "attacks": "count", "events": "time_expression"}

# Block-level tags whose direction the renderer sets from their own text.
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "caption", "blockquote",
               "dt", "dd", "figcaption", "summary", "pre", "ul", "ol")


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
            lines.append(f"  {f.name}: {f.error} (executed copy: {f.executed_path})")
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
    """

    name: str
    source: Path
    executed_path: Path
    html_path: Path | None
    ok: bool
    error: str = ""
    seconds: float = 0.0
    key_figures: Mapping[str, str] = field(default_factory=dict)


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
# Writing files whole


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` whole (see `arabic_news.files`).

    Example:
        >>> import tempfile; folder = Path(tempfile.mkdtemp())
        >>> write_text(folder / "a.html", "<p>نص</p>").read_text(encoding="utf-8")
        '<p>نص</p>'
    """
    return write_text_atomically(path, text)


# ---------------------------------------------------------------------------------------------
# Direction of HTML blocks


def bidi_html(fragment: str) -> str:
    """Set ``dir`` and ``lang`` on every block of an HTML fragment by its majority script.

    Blocks that already have a ``dir`` keep it. A table takes its direction from its
    header cells (so a table with Arabic headers puts its first column on the right); its
    cells each take their own. Text inside ``<script>`` and ``<style>`` is left alone.

    Args:
        fragment: HTML, e.g. a markdown cell rendered to HTML or a ``text/html`` output.
    Returns:
        The same HTML with direction attributes added.
    Example:
        >>> bidi_html("<p>ISIS تبنت الهجوم على القاعدة</p><p>The base was hit.</p>")
        '<p dir="rtl" lang="ar">ISIS تبنت الهجوم على القاعدة</p><p dir="ltr" lang="en">The base was hit.</p>'
    """
    if not fragment or "<" not in fragment:
        return fragment
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, "html.parser")
    for tag in soup.find_all(_BLOCK_TAGS):
        if tag.has_attr("dir"):
            continue
        _set_dir(tag, tag.get_text(" "))
    for table in soup.find_all("table"):
        if table.has_attr("dir"):
            continue
        heads = table.find_all("th")
        text = " ".join(th.get_text(" ") for th in heads) if heads else ""
        if not text.strip():
            first = table.find("tr")
            text = first.get_text(" ") if first is not None else ""
        _set_dir(table, text)
    for div in soup.find_all("div"):
        if div.has_attr("dir"):
            continue
        own = " ".join(s for s in div.find_all(string=True, recursive=False))
        if own.strip():
            _set_dir(div, own)
    return str(soup)


def _set_dir(tag, text: str) -> None:
    direction = script_direction(text)
    if direction is None:
        return
    tag["dir"] = direction
    if not tag.has_attr("lang"):
        tag["lang"] = lang_for(direction)


def _css() -> str:
    return (TEMPLATES_DIR / "report.css").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Rendering a notebook to HTML


def render_html(notebook, *, show_code: bool = False, provenance: Mapping[str, Any] | None = None) -> str:
    """Render an executed notebook to one self-contained HTML page.

    Args:
        notebook: a path to an ``.ipynb`` or an ``nbformat.NotebookNode``.
        show_code: include the code cells (for a class); hidden by default for readers.
        provenance: key → value shown at the end of the page (and stored in the notebook's
            metadata as ``arabic_news.provenance``).
    Returns:
        The HTML text: no external script, stylesheet or font, blocks with ``dir``/``lang``.
    """
    import nbformat
    from nbconvert import HTMLExporter

    if isinstance(notebook, (str, Path)):
        nb = nbformat.read(str(notebook), as_version=4)
        name = Path(notebook).stem
    else:
        nb = notebook
        name = nb.metadata.get("arabic_news", {}).get("name", "report")
    if provenance is not None:
        nb.metadata.setdefault("arabic_news", {})["provenance"] = dict(provenance)
    exporter = HTMLExporter(
        template_name=NBCONVERT_TEMPLATE,
        extra_template_basedirs=[str(TEMPLATES_DIR / "nbconvert")],
        exclude_input=not show_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_filter("bidi_html", bidi_html)
    exporter.register_filter("dir_attrs", lambda text: dir_attrs(str(text)))
    resources = {"metadata": {"name": name}, "arabic_news_css": _css()}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


# ---------------------------------------------------------------------------------------------
# Running notebooks

_PAPERMILL_LOCK = threading.Lock()


def _ipc_kernel_manager():
    """A kernel manager that talks to the kernel over Unix sockets instead of TCP.

    The kernel and this process share the machine, so no TCP port is opened and ipykernel has no
    reason to warn that TCP is unencrypted (it does on every start otherwise). The socket files are
    in the temporary folder and jupyter_client removes them when the kernel stops.
    """
    import uuid

    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = os.path.join(tempfile.gettempdir(), f"arabic-news-kernel-{uuid.uuid4().hex[:12]}")

    return IPCKernelManager


def _papermill():
    """Import papermill once (it takes a few seconds)."""
    with _PAPERMILL_LOCK:
        import papermill

        return papermill


def find_notebooks(notebooks_dir: str | Path) -> list[Path]:
    """The notebooks a report runs: ``NN_*.ipynb`` in `notebooks_dir`, in order.

    Raises:
        ParameterError: the folder is missing or holds no such notebook.
    """
    folder = Path(notebooks_dir)
    if not folder.is_dir():
        raise ParameterError("notebooks_dir", str(notebooks_dir), "is not a folder",
                             "Give the folder holding 01_…ipynb to 06_…ipynb")
    found = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if p.is_file())
    if not found:
        raise ParameterError("notebooks_dir", str(notebooks_dir), "holds no NN_name.ipynb notebook",
                             "Give the folder holding 01_…ipynb to 06_…ipynb")
    return found


def check_notebook_parameters(path: str | Path) -> None:
    """Check that a notebook has a ``parameters`` cell declaring every report parameter.

    Raises:
        ArabicNewsError: no cell is tagged ``parameters``, or a parameter is not declared there
            (papermill would inject it silently as an unknown parameter).
    """
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    name = Path(path).name
    if not cells:
        raise ArabicNewsError(
            f"{name}: no cell is tagged 'parameters'. Tag the cell that sets "
            f"{', '.join(NOTEBOOK_PARAMETERS)} (JupyterLab: property inspector → cell tags)"
        )
    declared = set(_papermill().inspect_notebook(str(path)).keys())
    missing = [p for p in NOTEBOOK_PARAMETERS if p not in declared]
    if missing:
        raise ArabicNewsError(
            f"{name}: the parameters cell does not declare {', '.join(missing)}. "
            "Add one line per parameter, e.g. date_from: str = \"\""
        )


def run_notebook(
    source: str | Path,
    executed_path: str | Path,
    parameters: Mapping[str, Any],
    *,
    timeout: int | None = 1800,
) -> tuple[bool, str]:
    """Execute one notebook with papermill and keep the executed copy, whole.

    Args:
        source: the notebook to run (never modified).
        executed_path: where the executed copy goes; written once the run ends, also on failure
            (then marked at the failing cell, as papermill does).
        parameters: injected after the ``parameters`` cell.
        timeout: seconds allowed for one cell.
    Returns:
        ``(ok, error)``; `error` names the failing cell and its exception.
    """
    pm = _papermill()
    engine_options = {"kernel_manager_class": _ipc_kernel_manager()} if os.name == "posix" else {}
    executed_path = Path(executed_path)
    executed_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{executed_path.stem}.", suffix=".ipynb", dir=executed_path.parent)
    os.close(fd)
    ok, error = True, ""
    try:
        pm.execute_notebook(
            str(source), tmp, parameters=dict(parameters), kernel_name="python3",
            progress_bar=False, log_output=False, execution_timeout=timeout, **engine_options,
        )
    except pm.PapermillExecutionError as exc:
        ok = False
        error = f"cell {exc.cell_index} (In [{exc.exec_count}]): {exc.ename}: {exc.evalue}"
    except Exception as exc:  # the kernel died, a timeout: the notebook failed, the others go on
        ok = False
        error = f"{type(exc).__name__}: {exc}"
    except BaseException:  # interrupted: leave no temporary copy behind
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if os.path.exists(tmp) and os.path.getsize(tmp) > 0:
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, executed_path)
    else:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return ok, error


def _key_figures(nb) -> dict[str, str]:
    figures: dict[str, str] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if KEY_FIGURES_MIME in data:
                value = data[KEY_FIGURES_MIME]
                if isinstance(value, str):
                    value = json.loads(value)
                pairs = value["figures"] if "figures" in value else value.items()
                figures.update({str(k): str(v) for k, v in pairs})
    return figures


def _thumbnail(nb) -> str:
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                return "data:image/png;base64," + "".join(str(data["image/png"]).split())
            if "image/svg+xml" in data:
                svg = data["image/svg+xml"]
                svg = "".join(svg) if isinstance(svg, list) else svg
                return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return ""


_RUN_TIMES = ("start_time", "end_time", "duration")


def strip_run_metadata(nb, executed_path: str | Path | None = None):
    """Drop what changes from run to run in an executed notebook: clock times and durations.

    papermill stamps the notebook and each cell with ``start_time``, ``end_time`` and
    ``duration``; the kernel adds ``metadata.execution`` timestamps; papermill's
    ``output_path`` names the temporary file the run wrote, and its injected-parameters
    cell gets a random id. Without them the same corpus gives
    the same executed notebook and HTML, byte for byte. Status and exceptions are kept.

    Args:
        nb: an ``nbformat.NotebookNode``, changed in place.
        executed_path: the executed copy's final path, recorded as papermill's ``output_path``.
    Returns:
        `nb`.
    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(metadata={"papermill": {"duration": 1.5, "exception": None}})
        >>> nb.cells.append(nbformat.v4.new_code_cell("1", metadata={"execution": {"iopub.status.busy": "…"},
        ...                                                           "papermill": {"start_time": "…", "status": "completed"}}))
        >>> nb = strip_run_metadata(nb)
        >>> dict(nb.metadata.papermill), dict(nb.cells[0].metadata)
        ({'exception': None}, {'papermill': {'status': 'completed'}})
    """
    run = nb.metadata.get("papermill")
    if isinstance(run, dict):
        for key in _RUN_TIMES:
            run.pop(key, None)
        if executed_path is not None and "output_path" in run:
            run["output_path"] = str(executed_path)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", ()) and "id" in cell:
            cell["id"] = "injected-parameters"  # papermill gives it a random id on every run
        per_cell = cell.metadata.get("papermill")
        if isinstance(per_cell, dict):
            for key in _RUN_TIMES:
                per_cell.pop(key, None)
    return nb


def _run_and_render(
    source: Path, out_dir: Path, parameters: Mapping[str, Any], show_code: bool,
    provenance: Mapping[str, Any], timeout: int | None,
) -> tuple[NotebookResult, str]:
    import nbformat

    started = time.perf_counter()
    name = source.stem
    executed = out_dir / f"{name}.ipynb"
    html_path = out_dir / f"{name}.html"
    try:
        check_notebook_parameters(source)
    except ArabicNewsError as exc:
        return NotebookResult(name, source, executed, None, False, str(exc),
                              time.perf_counter() - started), ""
    ok, error = run_notebook(source, executed, parameters, timeout=timeout)
    figures: dict[str, str] = {}
    thumb = ""
    written: Path | None = None
    if executed.exists():
        nb = nbformat.read(str(executed), as_version=4)
        strip_run_metadata(nb, executed)
        nb.metadata.setdefault("arabic_news", {})["name"] = name
        prov = {"notebook": source.name, **provenance, "status": "ok" if ok else f"failed: {error}"}
        write_text(html_path, render_html(nb, show_code=show_code, provenance=prov))
        write_text(executed, nbformat.writes(nb))
        written = html_path
        figures = _key_figures(nb)
        thumb = _thumbnail(nb)
    result = NotebookResult(name, source, executed, written, ok, error,
                            time.perf_counter() - started, figures)
    return result, thumb


# ---------------------------------------------------------------------------------------------
# Fact tables


def index_key_figures(tables: Mapping[str, Any]) -> dict[str, Any]:
    """The key figures the index shows above the reports: counts and the most reported troop figure.

    Args:
        tables: table name → DataFrame (articles, troop_levels, attacks, events).
    Returns:
        Label → value, in display order.
    Example:
        >>> import pandas as pd
        >>> t = {"articles": pd.DataFrame({"article_id": ["a", "b"]}),
        ...      "troop_levels": pd.DataFrame({"article_id": ["a", "b", "b"], "value": [2500, 2500, 900]})}
        >>> index_key_figures(t)["most reported troop figure"]
        '2500 (2 articles)'
    """
    figures: dict[str, Any] = {}
    labels = {"articles": "articles", "troop_levels": "troop levels", "attacks": "attack counts",
              "events": "dated events"}
    for name, label in labels.items():
        if name in tables:
            figures[label] = len(tables[name])
    troops = tables.get("troop_levels")
    if troops is not None and len(troops) and "value" in troops.columns:
        valued = troops.dropna(subset=["value"])
        if len(valued):
            per_value = valued.groupby("value")["article_id"].nunique()
            best = sorted(per_value.items(), key=lambda kv: (-kv[1], -float(kv[0])))[0]
            value = int(best[0]) if float(best[0]).is_integer() else best[0]
            figures["most reported troop figure"] = f"{value} ({best[1]} article{'s' if best[1] != 1 else ''})"
    return figures


def skipped_files_note(facts_dir: str | Path, corpus_dir: str | Path, *, limit: int = 20) -> str:
    """The files the extraction skipped, each with its reason, as one line for the index.

    Args:
        facts_dir: the fact tables; their ``manifest.json`` lists the skipped files.
        corpus_dir: paths are shown relative to it where they are inside it.
        limit: at most this many files are named; the line says how many more the manifest lists.
    Returns:
        ``""`` when nothing was skipped (or there is no manifest), else e.g.
        ``"2: empty.txt (empty file); scan.txt (binary file)"``.
    Example:
        >>> import json, tempfile; facts = Path(tempfile.mkdtemp())
        >>> _ = (facts / "manifest.json").write_text(json.dumps({"skipped": [
        ...     {"path": "/c/a.txt", "reason": "empty file"}, {"path": "/c/b/c.txt", "reason": "binary file"}]}))
        >>> skipped_files_note(facts, "/c", limit=1)
        '2: a.txt (empty file); … and 1 more, listed in manifest.json'
    """
    from arabic_news.params import read_manifest

    try:
        entries = read_manifest(facts_dir).get("skipped") or []
    except (OSError, ValueError):
        return ""
    root = Path(corpus_dir).resolve()
    shown = []
    for entry in entries[:limit]:
        path = Path(str(entry.get("path", "?")))
        try:
            path = path.resolve().relative_to(root)
        except ValueError:
            pass
        shown.append(f"{path.as_posix()} ({entry.get('reason', '')})")
    more = f"; … and {len(entries) - limit} more, listed in manifest.json" if len(entries) > limit else ""
    return f"{len(entries)}: " + "; ".join(shown) + more if entries else ""


# ---------------------------------------------------------------------------------------------
# Article pages


def _read_raw(corpus_dir: Path, rel_path: str) -> str:
    """An article's raw text, exactly as the fact offsets index it (Article.raw)."""
    from arabic_news.corpus import read_article

    return read_article(corpus_dir / rel_path, corpus_root=corpus_dir).raw


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    rank: int  # 0 line, 1 sentence, 2 fact: outer first
    open_first: str
    open_again: str
    close: str


def highlight_html(raw: str, facts: Iterable[Mapping[str, Any]]) -> str:
    """An article's text as escaped HTML: one ``<p>`` per line, each fact's span in ``<mark id>``.

    Each fact's sentence is wrapped in ``<span class="an-sentence">``; when spans cross,
    elements are closed and reopened so the HTML stays well formed (the ``id`` stays on
    the first piece).

    Args:
        raw: the article's raw text.
        facts: mappings with ``fact_id``, ``start``, ``end`` (half-open, into `raw`), and optionally
            ``sentence_start``/``sentence_end``, ``table`` and ``title``.
    Returns:
        HTML: every character of `raw` escaped exactly once.
    Example:
        >>> highlight_html("قال <b> إن نحو 2500 جندي باقون", [{"fact_id": "f1", "start": 11, "end": 24}])
        '<p dir="rtl" lang="ar">قال &lt;b&gt; إن <mark id="f1" class="an-fact">نحو 2500 جندي</mark> باقون</p>'
    """
    spans: list[_Span] = []
    pos = 0
    for line in raw.split("\n"):
        if line.strip():
            attrs = dir_attrs(line)
            spans.append(_Span(pos, pos + len(line), 0, f"<p{attrs}>", f"<p{attrs}>", "</p>"))
        pos += len(line) + 1
    sentences: set[tuple[int, int]] = set()
    for fact in facts:
        start, end = int(fact["start"]), int(fact["end"])
        s_start, s_end = fact.get("sentence_start"), fact.get("sentence_end")
        if s_start is not None and s_end is not None and (int(s_start), int(s_end)) not in sentences:
            sentences.add((int(s_start), int(s_end)))
            spans.append(_Span(int(s_start), int(s_end), 1, '<span class="an-sentence">',
                               '<span class="an-sentence">', "</span>"))
        table = fact.get("table")
        cls = "an-fact" + (f" an-{html.escape(str(table), quote=True)}" if table else "")
        title = fact.get("title")
        title_attr = f' title="{html.escape(str(title), quote=True)}"' if title else ""
        fid = html.escape(str(fact["fact_id"]), quote=True)
        spans.append(_Span(start, end, 2, f'<mark id="{fid}" class="{cls}"{title_attr}>',
                           f'<mark class="{cls}">', "</mark>"))
    return _nest(raw, spans)


def _nest(text: str, spans: list[_Span]) -> str:
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    order = {id(s): i for i, s in enumerate(spans)}
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    active: list[_Span] = []
    opened: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        wanted = sorted((s for s in spans if s.start <= a and s.end >= b),
                        key=lambda s: (s.rank, s.start, -s.end, order[id(s)]))
        keep = 0
        while keep < len(active) and keep < len(wanted) and active[keep] is wanted[keep]:
            keep += 1
        for s in reversed(active[keep:]):
            out.append(s.close)
        for s in wanted[keep:]:
            out.append(s.open_again if id(s) in opened else s.open_first)
            opened.add(id(s))
        active = wanted
        out.append(html.escape(text[a:b], quote=False))
    for s in reversed(active):
        out.append(s.close)
    return "".join(out)


def _sentence_span(raw: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    if not quote:
        return None
    at = raw.find(quote)
    while at != -1:
        if at <= start and end <= at + len(quote):
            return at, at + len(quote)
        at = raw.find(quote, at + 1)
    return None


def _clean(value: Any) -> str:
    from arabic_news.display import cell_text

    return cell_text(value)


def write_article_pages(
    corpus_dir: str | Path,
    tables: Mapping[str, Any],
    out_dir: str | Path,
    *,
    provenance: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Write ``out_dir/articles/<page>.html`` for every article, its facts highlighted.

    Args:
        corpus_dir: the corpus folder (the articles table's ``path`` is relative to it).
        tables: the fact tables (articles, troop_levels, attacks, events).
        out_dir: the report folder.
        provenance: shown at the end of each page.
    Returns:
        One entry per article: article_id, title, href (relative to out_dir), path, n_facts.
    """
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    env = _jinja()
    template = env.get_template("article.html.j2")
    css = _css()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for table in SPAN_TABLES:
        frame = tables.get(table)
        if frame is None or not len(frame):
            continue
        figure_col = _FIGURE_TEXT_COLUMNS[table]
        for row in frame.to_dict("records"):
            by_article.setdefault(_clean(row["article_id"]), []).append({
                "table": table,
                "fact_id": _clean(row["fact_id"]),
                "start": row.get("start"),
                "end": row.get("end"),
                "quote": _clean(row.get("quote")),
                "value": _clean(row.get(figure_col)),
                "attribution": _clean(row.get("attribution")),
            })
    entries = []
    for row in tables["articles"].to_dict("records"):
        article_id = _clean(row["article_id"])
        rel = _clean(row.get("path")) or f"{article_id}.txt"
        raw = _read_raw(corpus_dir, rel)
        facts, problems = [], []
        for fact in sorted(by_article.get(article_id, []), key=lambda f: (_int(f["start"]), f["fact_id"])):
            start, end = _int(fact["start"]), _int(fact["end"])
            if start is None or end is None or not 0 <= start < end <= len(raw):
                problems.append(f"{fact['fact_id']} ({fact['table']}, offsets {fact['start']}–{fact['end']})")
                continue
            sentence = _sentence_span(raw, fact["quote"], start, end)
            facts.append({**fact, "start": start, "end": end, "text": raw[start:end],
                          "sentence_start": sentence[0] if sentence else None,
                          "sentence_end": sentence[1] if sentence else None,
                          "title": f"{fact['table']}: {fact['value']}"})
        title = _clean(row.get("title")) or article_id
        direction = script_direction(raw) or "ltr"
        meta = [("article id", article_id), ("path", rel)]
        for key in ("outlet", "publication_date", "publication_date_basis"):
            if _clean(row.get(key)):
                meta.append((key.replace("_", " "), _clean(row.get(key))))
        page = template.render(
            title=title, title_dir=dir_attrs(title), lang=lang_for(direction), direction=direction,
            css=css, meta=meta, facts=facts, problems=problems,
            text_html=highlight_html(raw, facts), text_dir=dir_attrs(raw),
            provenance=dict(provenance or {}),
        )
        name = article_page_name(article_id)
        write_text(out_dir / "articles" / name, page)
        entries.append({"article_id": article_id, "title": title, "href": f"articles/{name}",
                        "path": out_dir / "articles" / name, "n_facts": len(facts)})
    return entries


def _int(value: Any) -> int | None:
    try:
        if value is None or value != value:  # NaN
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def _jinja():
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    env.filters["dir_attrs"] = lambda text: Markup(dir_attrs(str(text)))
    return env


# ---------------------------------------------------------------------------------------------
# The whole report


def _extract_facts(corpus_dir: Path, facts_dir: Path) -> None:
    """Run the extraction into facts_dir (tables + manifest.json); patched in tests."""
    from arabic_news import extract

    facts = extract.extract_corpus(corpus_dir)
    extract.write_tables(facts, facts_dir)


def _library_version() -> str:
    from arabic_news import __version__

    return __version__


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
    if label_language not in ("ar", "en"):
        raise ParameterError("label_language", label_language, "is not a label language",
                             'Use "ar" or "en"')
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
        t0 = time.perf_counter()
        say(f"extract: {corpus} → {facts}")
        facts.mkdir(parents=True, exist_ok=True)
        _extract_facts(corpus, facts)
        say(f"extract: done in {time.perf_counter() - t0:.1f} s")
    elif not facts.is_dir():
        raise ParameterError("facts_dir", str(facts_dir), "is not a folder",
                             f"Run `arabic-news extract {corpus_dir} --out {facts_dir}` first")
    fingerprint = _params.fingerprint_of(corpus)
    parameters = {
        "corpus_dir": str(corpus), "facts_dir": str(facts), "output_dir": str(out),
        "label_language": label_language, "date_from": date_from or "", "date_to": date_to or "",
    }
    provenance = {
        "library": f"arabic_news {_library_version()}",
        **{k: v for k, v in parameters.items()},
        "corpus fingerprint": fingerprint,
        "python": sys.version.split()[0],
    }

    _papermill()  # import once, before the threads start
    say(f"report: {len(notebooks)} notebook(s), {max(1, jobs)} at a time, into {out}")
    results: dict[Path, NotebookResult] = {}
    thumbs: dict[Path, str] = {}

    def one(source: Path) -> None:
        result, thumb = _run_and_render(source, out, parameters, show_code, provenance, timeout)
        results[source], thumbs[source] = result, thumb
        status = "ok" if result.ok else f"FAILED: {result.error}"
        say(f"  {result.name}: {status} ({result.seconds:.1f} s)")

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for future in [pool.submit(one, nb) for nb in notebooks]:
            future.result()
    ordered = tuple(results[nb] for nb in notebooks)

    tables = {name: read_table(facts, name) for name in FACT_TABLES if table_path(facts, name) is not None}
    if "articles" not in tables:
        raise ParameterError("facts_dir", str(facts), "lacks the fact table articles",
                             f"Run `arabic-news extract {corpus_dir} --out {facts}` first")
    entries = write_article_pages(corpus, tables, out, provenance=provenance)
    say(f"articles: {len(entries)} page(s) in {out / 'articles'}")
    figures = index_key_figures(tables)
    skipped = skipped_files_note(facts, corpus)
    if skipped:
        figures["skipped files"] = skipped
    index = write_index(out, ordered, thumbs=[thumbs[nb] for nb in notebooks], articles=entries,
                        key_figures=figures, provenance=provenance, corpus_dir=str(corpus_dir))
    say(f"index: {index}")
    result = ReportResult(out, index, facts, ordered, tuple(e["path"] for e in entries), fingerprint, figures)
    if not result.ok:
        raise ReportError(result.failures, result)
    return result


def write_index(
    out_dir: str | Path,
    notebooks: Sequence[NotebookResult],
    *,
    thumbs: Sequence[str] = (),
    articles: Sequence[Mapping[str, Any]] = (),
    key_figures: Mapping[str, Any] | None = None,
    provenance: Mapping[str, Any] | None = None,
    corpus_dir: str = "",
    title: str = "Arabic news coverage: reports",
) -> Path:
    """Write ``out_dir/index.html``: each report with its key figures and first chart, the article pages.

    Returns:
        The index path.
    """
    out_dir = Path(out_dir)
    thumbs = list(thumbs) + [""] * (len(notebooks) - len(thumbs))
    reports = [
        {"name": n.name, "html": f"{n.name}.html", "ok": n.ok, "error": n.error, "seconds": n.seconds,
         "key_figures": dict(n.key_figures), "thumbnail": t}
        for n, t in zip(notebooks, thumbs)
    ]
    page = _jinja().get_template("index.html.j2").render(
        title=title, css=_css(), reports=reports, articles=list(articles),
        key_figures=dict(key_figures or {}), provenance=dict(provenance or {}), corpus_dir=corpus_dir,
    )
    return write_text(out_dir / "index.html", page)
