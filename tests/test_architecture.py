"""The architecture stays as architecture.md draws it: sizes, rules in rules/, and the import layers.

- No module outside rules/ is longer than 800 lines, and no function longer than 80.
- No string literal with Arabic letters in code outside rules/ (docstrings and comments may
  quote Arabic to explain a rule): a language rule lives in one table.
- Nothing imports upward: each module belongs to a layer (`LAYERS`, the picture in
  architecture.md), and imports only from its own layer or below. The pure core never
  imports pandas.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "lib" / "arabic_news"
MAX_MODULE_LINES = 800
MAX_FUNCTION_LINES = 80
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")  # U+FEFF is the BOM

# The layers of architecture.md, bottom up: a module imports from its own layer or below.
LAYERS: dict[str, int] = {
    "errors": 0, "files": 0, "rules": 0,
    "normalize": 1, "patterns": 1, "sentences": 1, "numbers": 1, "dates": 1, "hijri": 1,
    "mentions": 1, "attribution": 1, "countries": 1,
    "corpus": 2, "schema": 2,
    "extract": 3,
    "claims": 3,
    "analysis": 4, "evaluation": 4, "glosses": 4,
    "plotting": 5, "display": 5,
    "params": 6, "report": 6, "teaching": 6, "cli": 7, "__main__": 7, "__init__": 7,
}
CORE = {name for name, layer in LAYERS.items() if layer <= 1}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "rules" not in p.relative_to(PACKAGE).parts)


def _top(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return first[:-3] if first.endswith(".py") else first


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            out.add(id(node.value))
    return out


def _arabic_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    return [f"{where}:{node.lineno}: {node.value[:40]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and ARABIC.search(node.value)]


def test_no_module_outside_rules_is_longer_than_800_lines():
    long = [f"{p.relative_to(ROOT)}: {n}" for p in _modules()
            for n in [p.read_text(encoding="utf-8").count("\n")] if n > MAX_MODULE_LINES]
    assert not long, f"split these modules by job: {long}"


def test_no_function_is_longer_than_80_lines():
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {n} lines")
    assert not long, long


def test_no_arabic_literal_outside_rules():
    found = [hit for path in _modules() for hit in _arabic_literals(path)]
    assert not found, f"move these into a table under rules/: {found}"


def test_the_literal_check_finds_a_literal_and_spares_a_docstring(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""يشرح القاعده."""\nWORD = "نحو"\nNOTE = "english only"\n', encoding="utf-8")
    assert [hit.split(": ", 1)[1] for hit in _arabic_literals(sample)] == ["'نحو'"]


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every arabic_news module `path` imports (at any depth), with the line."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("arabic_news"):
            parts = node.module.split(".")
            if len(parts) > 1:
                out.append((node.lineno, parts[1]))
            else:
                out.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            out.extend((node.lineno, a.name.split(".")[1]) for a in node.names
                       if a.name.startswith("arabic_news.") and len(a.name.split(".")) > 1)
    return out


def test_every_module_has_a_layer():
    missing = sorted({_top(p) for p in _modules()} - set(LAYERS))
    assert not missing, f"give these modules a layer in LAYERS and architecture.md: {missing}"


def test_nothing_imports_upward():
    upward = []
    for path in _modules():
        layer = LAYERS.get(_top(path), 99)
        for line, name in _imports(path):
            if name in LAYERS and LAYERS[name] > layer:
                upward.append(f"{path.relative_to(ROOT)}:{line} imports {name} (layer {LAYERS[name]} > {layer})")
    assert not upward, upward


def test_the_pure_core_never_imports_pandas():
    offenders = []
    for path in _modules():
        if _top(path) not in CORE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(n.split(".")[0] in ("pandas", "matplotlib") for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_rules_import_only_rules():
    offenders = []
    for path in sorted((PACKAGE / "rules").glob("*.py")):
        for line, name in _imports(path):
            if name != "rules":
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports arabic_news.{name}")
    assert not offenders, offenders
