"""Shared fixtures: where the project, the seeds and the shared corpus are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold"
# The large real corpus lives beside the project (never committed): ../shared/corpus
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# The page tests drive Debian's chromium (installed by `make test`), never a browser playwright downloads.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus; skipped off CI when absent, a failure on CI."""
    if not SHARED_CORPUS.is_dir():
        if ON_CI:
            pytest.fail(f"{SHARED_CORPUS} is missing: CI runs with shared/ beside the clone")
        pytest.skip(f"{SHARED_CORPUS} is absent (it sits beside the project on our machines)")
    return SHARED_CORPUS


def pytest_collection_modifyitems(config, items):
    """A test that reads ../shared/corpus is marked `corpus`, so `make check` can leave it out."""
    for item in items:
        if "shared_corpus" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.corpus)
