"""Wall time of `make report` on the seeds, in total and per notebook (called by bench/run.py)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench_report(_text: str | None = None) -> dict:
    """Run the report command on seeds/ into a temporary folder; time the whole and each notebook.

    The whole is timed as a fresh process (`python -m arabic_news report`, what `make report` runs after
    set-up), so it includes importing papermill and starting kernels.
    """
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "arabic_news", "report", str(ROOT / "seeds"),
                               "--out", folder, "--facts", str(Path(folder) / "facts")],
                              capture_output=True, text=True, cwd=ROOT)
        total = time.perf_counter() - started
        per_notebook = {}
        for line in done.stdout.splitlines():
            line = line.strip()
            if ": ok (" in line or ": FAILED" in line:
                name, rest = line.split(":", 1)
                seconds = rest.rsplit("(", 1)[-1].rstrip(") s")
                per_notebook[name] = float(seconds) if seconds.replace(".", "", 1).isdigit() else rest.strip()
    return {"make_report_seconds": round(total, 1), "exit_status": done.returncode,
            "notebook_seconds": per_notebook, "note": "notebooks run 2 at a time; per-notebook times overlap"}
