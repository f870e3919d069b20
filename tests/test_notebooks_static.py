"""The committed notebooks: stripped, parameterized, explained, and readable right to left where Arabic."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SIX_PARAMETERS = ["corpus_dir", "facts_dir", "output_dir", "label_language", "date_from", "date_to"]
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_sequence_is_numbered_without_gaps():
    numbers = [int(p.name[:2]) for p in NOTEBOOKS]
    assert numbers == list(range(1, len(NOTEBOOKS) + 1)) and len(NOTEBOOKS) >= 6


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    nb = _load(path)
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, path.name
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_one_parameters_cell_near_the_top_with_the_six_parameters(path):
    cells = _load(path)["cells"]
    tagged = [i for i, c in enumerate(cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and tagged[0] <= 3
    source = "".join(cells[tagged[0]]["source"])
    names = [node.target.id for node in ast.parse(source).body if isinstance(node, ast.AnnAssign)]
    assert names[:6] == SIX_PARAMETERS
    assert all("#" in line for line in source.splitlines() if line.strip()), "every parameter has a comment"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_first_code_cell_after_the_parameters_checks_them(path):
    cells = _load(path)["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert "check_params(" in "".join(code[1]["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_follows_a_markdown_cell_and_is_short(path):
    cells = _load(path)["cells"]
    for i, cell in enumerate(cells):
        if cell["cell_type"] == "code":
            assert i > 0 and cells[i - 1]["cell_type"] == "markdown", f"{path.name} cell {i}"
            assert len("".join(cell["source"]).splitlines()) <= 12, f"{path.name} cell {i} is long: move it to lib/"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_title_matches_the_file_name(path):
    first = "".join(_load(path)["cells"][0]["source"])
    assert first.startswith(f"# {path.stem}")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_arabic_prose_is_wrapped_to_read_right_to_left(path):
    for cell in _load(path)["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"])
        for paragraph in re.split(r"\n\s*\n", re.sub(r'<div dir="rtl" lang="ar">\n\n.*?\n\n</div>', "", source,
                                                     flags=re.S)):
            letters = [ch for ch in paragraph if ch.isalpha()]
            arabic = [ch for ch in letters if ARABIC.match(ch)]
            assert len(arabic) <= len(letters) / 2, f"{path.name}: Arabic paragraph outside an RTL block"
        for block in re.findall(r'<div dir="rtl" lang="ar">(.*?)</div>', source, flags=re.S):
            assert block.startswith("\n\n") and block.endswith("\n\n"), "blank lines inside the RTL block"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_absolute_paths_or_magics(path):
    for cell in _load(path)["cells"]:
        source = "".join(cell["source"])
        assert not re.search(r"(^|\s)(/work|/home|/root|C:\\)", source)
        assert not re.search(r"^\s*[%!]", source, flags=re.M)


def test_notebooks_link_to_the_next_one():
    for path, following in zip(NOTEBOOKS, NOTEBOOKS[1:]):
        last = "".join(_load(path)["cells"][-1]["source"])
        assert f"({following.name})" in last, path.name
