"""environment.yml (for conda users) lists the same packages as pyproject.toml."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_packages() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    return {_name(r): r.replace(" ", "") for r in requirements}


def _environment_packages() -> dict[str, str]:
    packages = {}
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    for line in text.split("dependencies:", 1)[1].splitlines():
        match = re.match(r"^\s+-\s+([A-Za-z][\w.\-]*[^\s#]*)\s*$", line)
        if match and _name(match.group(1)) not in ("python", "pip", "pip:", "-e"):
            packages[_name(match.group(1))] = match.group(1)
    return packages


def test_environment_yml_lists_every_runtime_and_test_package_of_pyproject():
    assert set(_pyproject_packages()) == set(_environment_packages())


def test_environment_yml_uses_the_same_version_ranges_as_pyproject():
    env = _environment_packages()
    for name, requirement in _pyproject_packages().items():
        assert env[name] == requirement, f"{name}: pyproject says {requirement}, environment.yml says {env[name]}"


def test_the_lock_pins_matplotlib_that_shapes_arabic_itself():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    version = re.search(r"^matplotlib==(\d+)\.(\d+)", lock, re.M)
    assert version and (int(version.group(1)), int(version.group(2))) >= (3, 11)
