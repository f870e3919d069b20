"""The batch report: run every notebook, render HTML, write the article pages and the index.

:func:`build_report` runs ``extract`` (unless the facts are already there), then every
``notebooks/NN_*.ipynb`` with papermill, renders each executed notebook to one
self-contained HTML page, writes one page per article with every fact's span
highlighted, and ``index.html`` linking the reports with their key figures. One
module per step, as papermill splits ``execute`` and ``parameterize``:

==========================  =====================================================================
`report.build`              :func:`build_report` and its arguments: extract, run, then the pages.
`report.execution`          running notebooks: papermill in this process, kernels, executed copies.
`report.rendering`          HTML: the nbconvert template, each block's direction (:func:`bidi_html`).
`report.article_pages`      one page per article, each fact's span highlighted (:func:`highlight_html`).
`report.index_page`         ``index.html``: the reports with their key figures, the article pages.
==========================  =====================================================================

A failing notebook does not stop the others: its executed copy is kept, marked at the
failing cell (papermill's marker), and :class:`ReportError` names it after the rest finish.
Every file is written whole (`arabic_news.files`). This package never changes a notebook's source.
"""

from __future__ import annotations

from arabic_news.report.article_pages import SPAN_TABLES, highlight_html, write_article_pages
from arabic_news.report.build import (
    NotebookResult, ReportError, ReportResult, build_report, check_output_dir, check_report_arguments,
)
from arabic_news.report.execution import (
    NOTEBOOK_PARAMETERS, check_notebook_parameters, find_notebooks, run_notebook, strip_run_metadata,
)
from arabic_news.report.index_page import index_key_figures, skipped_files_note, write_index
from arabic_news.report.rendering import NBCONVERT_TEMPLATE, TEMPLATES_DIR, bidi_html, render_html

__all__ = [
    "NBCONVERT_TEMPLATE", "NOTEBOOK_PARAMETERS", "SPAN_TABLES", "TEMPLATES_DIR",
    "NotebookResult", "ReportError", "ReportResult",
    "bidi_html", "build_report", "check_notebook_parameters", "check_output_dir", "check_report_arguments",
    "find_notebooks", "highlight_html", "index_key_figures", "render_html", "run_notebook",
    "skipped_files_note", "strip_run_metadata", "write_article_pages", "write_index",
]
