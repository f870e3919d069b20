"""Running notebooks: papermill in this process, kernels over Unix sockets, executed copies kept whole.

papermill is imported once (it takes a few seconds) and runs each notebook in a
fresh ``python3`` kernel, on one of `build_report`'s threads. The executed copy
is written whole, also when a cell fails (then papermill marks the failing
cell). What changes from run to run (clock times, the temporary file's name, a
random cell id) is stripped, so the same corpus gives the same executed notebook.
This module never changes a notebook's source.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from arabic_news.errors import ArabicNewsError, ParameterError
from arabic_news.files import write_atomically

NOTEBOOK_PARAMETERS = ("corpus_dir", "facts_dir", "output_dir", "label_language", "date_from", "date_to")
"""The parameters every notebook declares in its ``parameters`` cell and receives from the report."""

_PAPERMILL_LOCK = threading.Lock()
_RUN_TIMES = ("start_time", "end_time", "duration")


def import_papermill():
    """papermill, imported once (it takes a few seconds); safe to call from several threads."""
    with _PAPERMILL_LOCK:
        import papermill

        return papermill


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
    declared = set(import_papermill().inspect_notebook(str(path)).keys())
    missing = [p for p in NOTEBOOK_PARAMETERS if p not in declared]
    if missing:
        raise ArabicNewsError(
            f"{name}: the parameters cell does not declare {', '.join(missing)}. "
            "Add one line per parameter, e.g. date_from: str = \"\""
        )


class _NothingExecuted(Exception):
    """papermill wrote no executed copy (the kernel did not start): the previous copy stays."""


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
    pm = import_papermill()
    engine_options = {"kernel_manager_class": _ipc_kernel_manager()} if os.name == "posix" else {}
    outcome = {"ok": True, "error": ""}

    def execute(temporary: str) -> None:
        try:
            pm.execute_notebook(
                str(source), temporary, parameters=dict(parameters), kernel_name="python3",
                progress_bar=False, log_output=False, execution_timeout=timeout, **engine_options,
            )
        except pm.PapermillExecutionError as exc:
            outcome.update(ok=False, error=f"cell {exc.cell_index} (In [{exc.exec_count}]): {exc.ename}: {exc.evalue}")
        except Exception as exc:  # the kernel died, a timeout: the notebook failed, the others go on
            outcome.update(ok=False, error=f"{type(exc).__name__}: {exc}")
        if os.path.getsize(temporary) == 0:
            raise _NothingExecuted

    try:
        write_atomically(executed_path, execute, suffix=".ipynb")
    except _NothingExecuted:
        pass
    return outcome["ok"], outcome["error"]


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
